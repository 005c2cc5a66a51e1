/* xc-truth.h: truth discovery: source reliability estimated jointly with
 * the true values.
 *
 * Input is a table of claims (xc-table.h).  Each (item, attribute) is a
 * data item; each source gives it at most one value (its last row counts).
 * The engine iterates, in the spirit of the published methods:
 *   - a value's vote is the sum of its sources' vote weights,
 *     ln(n·A/(1-A)) for a source of accuracy A among n false values (Accu,
 *     Dong et al. 2009; one accuracy per source over all its attributes:
 *     an accuracy per attribute, AccuAttr in Li et al. 2012, silences a
 *     minority that is right on the attribute where it is outvoted, and
 *     locks the first vote in), plus a share of the votes of similar
 *     values (AccuSim; TruthFinder's implication): a number less than 1%
 *     away, an author list for a list holding its family names (in that
 *     direction only: the first author alone supports the full list, the
 *     full list supports the first author in part), a gate with or
 *     without its concourse letter;
 *   - the probability of each value is the softmax of the votes; the
 *     chosen value is always a value some source gave, so a 100x typo
 *     cannot drag a consensus (unlike a mean: CRH and GTM estimate a mean,
 *     which the Population outliers wreck); a source's accuracy is the mean
 *     probability of its values, numbers credited by a bounded, scale-free
 *     loss as in CRH, shrunk toward its prior;
 *   - copying (AccuCopy): two sources that share false values are likely
 *     dependent; the Bayesian probability of dependence is computed for
 *     each pair from the values they share (true and false) and those they
 *     do not.  A value counts as shared only when both wrote it the same
 *     way (the raw text, white space folded): a copier copies the text,
 *     while sources that found a value each on their own write it each in
 *     their own format ("9:00aDec 8" and "Dec 08 - 9:00am").  Without
 *     this, a minority holding the true value against a copied majority
 *     looks like a ring of copiers sharing a false value.  The chance of
 *     sharing a false value by accident is taken
 *     from how many other sources give it (PopAccu) rather than a uniform
 *     1/n; the vote of a source that agrees with a more accurate source it
 *     likely copies is discounted by (1 - c·P(dependence)).
 * docs/algorithms.md explains the choices; docs/evaluation.md measures
 * them.
 *
 * Ownership: an XcTruth owns everything it returns; items, sources and
 * pairs are borrowed (transfer none) while it lives. */
#pragma once

#include <glib.h>
#include "xc-normalize.h"
#include "xc-table.h"
#include "xc-claims.h"

G_BEGIN_DECLS

typedef struct _XcTruth XcTruth;

/** XcTruthValue: one distinct value of an item and who gives it. */
typedef struct {
  const char *value;      /* normalized */
  double number;          /* as a number where the type has one, else NAN */
  double probability;     /* 0..1, the engine's belief that it is true */
  GPtrArray *sources;     /* (element-type utf8): source names */
} XcTruthValue;

/**
 * XcTruthItem:
 * @item, @attribute: the data item (@attribute nullable).
 * @type: how its values were read.
 * @value: (nullable): the resolved value, normalized; NULL when no source
 *   gave a readable value.
 * @number: @value as a number (NAN for strings and lists).
 * @low, @high: for numbers, dates and times, the range of the values that
 *   support @value (the similar ones); NAN otherwise.
 * @confidence: the probability of @value, 0..1; for numbers, dates and
 *   times, the probability that the truth lies in @low..@high.
 * @status: "single" (one source), "agree" (one value), "disputed" (the
 *   value holds more than half the belief), "contradiction" (it does not),
 *   "none" (no row gave a readable value).
 * @values: (element-type XcTruthValue): most probable first.
 * @n_unreadable: rows whose value could not be read as @type.
 * @names: (nullable): for lists, @value as its sources write it: the
 *   names in order with their given names whole (xc_normalize_names()),
 *   the form that the most vote weight among the sources of @value gives;
 *   NULL for other types.
 */
typedef struct {
  const char *item;
  const char *attribute;
  XcValueType type;
  const char *value;
  double number;
  double low;
  double high;
  double confidence;
  const char *status;
  GPtrArray *values;
  guint n_unreadable;
  const char *names;
} XcTruthItem;

/** XcTruthSource: a source and its estimated reliability (0..1). */
typedef struct {
  const char *source;
  double reliability;
  guint claims;
} XcTruthSource;

/** XcTruthCopy: two sources found to depend on each other. */
typedef struct {
  const char *a;
  const char *b;
  double probability;
} XcTruthCopy;

/** xc_truth_new: Returns: (transfer full): an engine with no data. */
XC_API XcTruth *xc_truth_new(void);

/**
 * xc_truth_set_type:
 * @attribute: (nullable): an attribute, or NULL for items without one.
 * Reads @attribute's values as @type.  Attributes without a type are read
 * as numbers when every value is one, else as strings.
 */
XC_API void xc_truth_set_type(XcTruth *truth, const char *attribute, XcValueType type);

/**
 * xc_truth_parse_type:
 * @spec: "attribute=type" (type: see xc_value_type_from_string()); "*=type"
 *   or "=type" sets items without an attribute and every attribute without
 *   a type of its own.
 * Returns: FALSE with @error set (XC_ERROR_USAGE) for a malformed spec.
 */
XC_API gboolean xc_truth_parse_type(XcTruth *truth, const char *spec, GError **error);

/**
 * xc_truth_set_prior:
 * The reliability (0..1, exclusive) @source is believed to have before the
 * data are seen; it weighs as much as ten of its claims (a source without
 * one starts at 0.8, weighing two claims).
 */
XC_API void xc_truth_set_prior(XcTruth *truth, const char *source, double reliability);

/**
 * xc_truth_load_priors:
 * Reads priors from @path: one "source<TAB or comma>reliability" a line;
 * blank lines and lines starting with '#' are skipped.
 * Returns: FALSE with @error set naming file:line for a malformed line or
 * a reliability outside (0, 1).
 */
XC_API gboolean xc_truth_load_priors(XcTruth *truth, const char *path, GError **error);

/** xc_truth_set_copy_detection: on (the default) or off. */
XC_API void xc_truth_set_copy_detection(XcTruth *truth, gboolean enabled);

/**
 * xc_truth_set_chronological:
 * Says that the rows are in the order the values were stated (an edit
 * history: claim ids or times increasing), which is off by default.  Then
 * a source that keeps repeating the value stated just before it on item
 * after item (a bot re-saving pages, a mirror) is taken for a copier of
 * the record, and its repeats count for little.  Call before
 * xc_truth_run().
 */
XC_API void xc_truth_set_chronological(XcTruth *truth, gboolean chronological);

/**
 * xc_truth_add_table:
 * Takes the rows of @table (copied; @table may be freed after).  Call
 * before xc_truth_run(); types must be set before too.
 */
XC_API void xc_truth_add_table(XcTruth *truth, const XcTable *table);

/**
 * xc_truth_run:
 * Normalizes the values and iterates until the reliabilities settle (at
 * most 20 rounds).  Cannot fail; an empty table gives no items.
 */
XC_API void xc_truth_run(XcTruth *truth);

/** xc_truth_get_n_items: the data items, in the order first seen. */
XC_API guint xc_truth_get_n_items(const XcTruth *truth);
/** xc_truth_get_item: Returns: (transfer none). */
XC_API const XcTruthItem *xc_truth_get_item(const XcTruth *truth, guint index);
/**
 * xc_truth_find_item:
 * Returns: (transfer none) (nullable): the item @item/@attribute.
 */
XC_API const XcTruthItem *xc_truth_find_item(const XcTruth *truth, const char *item,
                                             const char *attribute);

/** xc_truth_get_n_sources: sources, most reliable first. */
XC_API guint xc_truth_get_n_sources(const XcTruth *truth);
/** xc_truth_get_source: Returns: (transfer none). */
XC_API const XcTruthSource *xc_truth_get_source(const XcTruth *truth, guint index);
/** xc_truth_find_source: Returns: (transfer none) (nullable). */
XC_API const XcTruthSource *xc_truth_find_source(const XcTruth *truth, const char *source);

/** xc_truth_get_n_copies: pairs with P(dependence) >= 0.5, most likely first. */
XC_API guint xc_truth_get_n_copies(const XcTruth *truth);
/** xc_truth_get_copy: Returns: (transfer none). */
XC_API const XcTruthCopy *xc_truth_get_copy(const XcTruth *truth, guint index);

/** xc_truth_get_iterations: rounds the last run took. */
XC_API guint xc_truth_get_iterations(const XcTruth *truth);

/**
 * xc_truth_write:
 * @format: "text", "json" (docs/json.md, "reconcile --format json"), "md"
 *   (tables to paste), "csv" (one row an item and value) or "html" (one
 *   self-contained page).
 * Returns: FALSE with @error set (XC_ERROR_USAGE) for another format.
 */
XC_API gboolean xc_truth_write(const XcTruth *truth, const char *format,
                               GString *out, GError **error);

/**
 * xc_truth_weigh_claims:
 * @set: claims after xc_reconcile_claims().
 *
 * Weighs outlets for claims read from text, one round of the iteration
 * above: an outlet's reliability is the share of its independent weight,
 * over the claims whose consensus holds most of the weight (status agree
 * or disputed; a figure that moved over time contradicts no one), that
 * lies inside the consensus, shrunk toward 0.8 with the weight of two
 * statements.  Each statement's outlet_weight becomes min(1, reliability
 * / 0.8), the outlets are stored in @set (xc_claim_set_get_outlet()), and
 * when any weight fell, every claim is reconciled again
 * (xc_reconcile_claims()), so consensus, agreement, status,
 * contradictions and report order all follow from the new weights.
 * One round only: the record is taken against consensus reached without
 * it, so an outlet's weight never feeds on itself.
 */
XC_API void xc_truth_weigh_claims(XcClaimSet *set);

/** xc_truth_free: NULL is fine. */
XC_API void xc_truth_free(XcTruth *truth);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcTruth, xc_truth_free)

G_END_DECLS
