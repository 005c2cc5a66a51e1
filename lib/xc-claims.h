/* xc-claims.h: statements grouped into claims, the third pipeline stage.
 *
 * A statement is a mention read in its context: what it counts (normalized
 * to a concept: "troops", "soldiers" and "servicemen" are all military
 * personnel), its scope (a first unit, a second batch, a monthly rate),
 * who says so, and the day it speaks of.  A claim is one quantity in the
 * world and every statement about it, from every document.  Grouping
 * never merges two statements for their magnitude alone: they must count
 * the same thing in the same scope.
 *
 * Ownership: an XcClaimSet owns its claims and statements; statements
 * borrow their mentions, which the caller keeps alive (see
 * xc_claim_set_new()). */
#pragma once

#include <glib.h>
#include "xc-extract.h"
#include "xc-lexicon.h"

G_BEGIN_DECLS

/**
 * XcStatement:
 * @mention: (transfer none): the figure.
 * @concept: (nullable): what is counted, normalized ("military personnel").
 * @scope: (nullable): the part of the whole it speaks of ("first unit").
 * @attributed_to: (nullable): who says so, normalized ("Budanov").
 * @as_of: the day the figure speaks of (see xc-date.h), 0 when unknown.
 * @weight: its share of one independent source, set by reconciliation;
 *   0 where it is not counted (a hypothetical, page furniture).
 * @source_group: statements with the same value from one origin (a copied
 *   paragraph, one official quoted by several outlets) share a group;
 *   set by reconciliation.
 * @index: its position in its claim's statements.
 * @outlet_weight: what its outlet's record against the consensus of other
 *   claims makes of it, 0..1 (see XcOutlet); 1 until outlets are weighed.
 *   Reconciliation counts @weight × @outlet_weight.
 */
typedef struct {
  const XcMention *mention;
  char *concept;
  char *scope;
  char *attributed_to;
  guint32 as_of;
  double weight;
  guint source_group;
  guint index;
  double outlet_weight;
} XcStatement;

/**
 * XcOutlet: an outlet's record against the consensus, over the claims
 * that have one (set by xc_truth_weigh_claims()).
 * @outlet: the documents' outlet, or a document's id when it names none.
 * @statements: the independent weight it put on claims with a consensus
 *   (status agree or disputed): one a document and claim.
 * @inside: the part of @statements inside the consensus.
 * @reliability: @inside out of @statements, shrunk toward 0.8 with the
 *   weight of two statements.
 * @weight: the factor on its statements' weight, min(1, @reliability / 0.8):
 *   an outlet with no record, or a good one, keeps its full weight.
 */
typedef struct {
  char *outlet;
  double statements;
  double inside;
  double reliability;
  double weight;
} XcOutlet;

/** XcStatus: how a claim's statements relate (see docs/json.md). */
typedef enum {
  XC_STATUS_SINGLE,         /* one independent source */
  XC_STATUS_AGREE,          /* all independent sources are compatible */
  XC_STATUS_DISPUTED,       /* most weight agrees, some contradicts it */
  XC_STATUS_CONTRADICTION,  /* no consensus holds most of the weight */
  XC_STATUS_CHANGED,        /* the figures differ because time passed */
} XcStatus;

/** XcContradiction: two statements (indexes into the claim's) that
 * cannot both be right, and why, in words. */
typedef struct {
  guint a;
  guint b;
  char *reason;
} XcContradiction;

/**
 * XcClaim:
 * @id: stable within a run ("c1", "c2", ... in report order).
 * @label: a readable name built from its parts.
 * @kind: the kind of its figures.
 * @unit: (nullable): the currency or unit of measure.
 * @statements: (element-type XcStatement): the statements, text order
 *   within each document, documents in input order.
 * The fields below are set by reconciliation (xc-reconcile.h):
 * @consensus_low, @consensus_high: the range the most independent weight
 *   supports; infinite for an open end.
 * @best: a weighted central value in it.
 * @agreement: the share of independent weight inside the consensus, 0..1.
 * @status: see XcStatus.
 * @n_sources: documents with a statement in the claim.
 * @n_independent: independent sources (source groups with weight).
 * @contradictions: (element-type XcContradiction).
 * @related: (element-type XcClaim) (transfer none): claims of a close but
 *   unequal quantity (deaths and casualties of the same actor and event):
 *   never merged, listed so a reader can compare them.
 */
typedef struct {
  char *id;
  char *label;
  XcKind kind;
  char *unit;
  GPtrArray *statements;
  double consensus_low;
  double consensus_high;
  double best;
  double agreement;
  XcStatus status;
  guint n_sources;
  guint n_independent;
  GArray *contradictions;
  GPtrArray *related;
  /*< private >*/
  char *key;
  char *event;
  char *pinned_id;
} XcClaim;

/** XcClaimSet: the claims of one run. */
typedef struct _XcClaimSet XcClaimSet;

/**
 * xc_claim_set_new:
 * Returns: (transfer full): an empty set.
 */
XC_API XcClaimSet *xc_claim_set_new(void);

/**
 * xc_claim_set_add_document:
 * @mentions: (element-type XcMention) (transfer none): the mentions of one
 *   document, as xc_extract_document() returns them; the set keeps a
 *   reference to the array, so they live as long as the set.
 *
 * Reads each mention in context and adds it to the claim it belongs to,
 * opening a new claim where none fits.  Hypotheticals join a claim only
 * where one already fits, with no weight; page furniture, times, years and
 * ordinals never do.
 */
XC_API void xc_claim_set_add_document(XcClaimSet *set, GPtrArray *mentions);

/**
 * xc_claim_set_set_lexicon:
 * @lexicon: (transfer none): the lexicon to read statements with, instead
 *   of the built-in one; the set keeps a reference.  Set it before adding
 *   any document.
 */
XC_API void xc_claim_set_set_lexicon(XcClaimSet *set, XcLexicon *lexicon);

/**
 * xc_claim_set_add_rules_file:
 * Reads a claims file (docs/claims.md): claims named by the user with the
 * rules that say which statements belong to them.  A statement a rule
 * matches is pinned to that claim, which keeps the user's id and label;
 * the rest are grouped as usual.  Call before adding documents.
 * Returns: FALSE with @error set naming the file (and line) when the file
 *   cannot be read or is malformed.
 */
XC_API gboolean xc_claim_set_add_rules_file(XcClaimSet *set, const char *path,
                                            GError **error);

/**
 * xc_claim_set_get_lexicon:
 * Returns: (transfer none): the lexicon statements are read with; entries
 *   added to it before documents are added take effect.
 */
XC_API XcLexicon *xc_claim_set_get_lexicon(XcClaimSet *set);

/** xc_claim_set_get_n_claims: the number of claims. */
XC_API guint xc_claim_set_get_n_claims(const XcClaimSet *set);

/** xc_claim_set_get_claim: Returns: (transfer none): claim @index. */
XC_API XcClaim *xc_claim_set_get_claim(const XcClaimSet *set, guint index);

/**
 * xc_claim_set_match:
 * @mention: a figure from outside the set (a draft's).
 * Returns: (transfer none) (nullable): the claim @mention would join, or
 *   NULL when it would open a new one.
 */
XC_API XcClaim *xc_claim_set_match(XcClaimSet *set, const XcMention *mention);

/** xc_claim_set_free: frees @set, its claims and statements; NULL is fine. */
XC_API void xc_claim_set_free(XcClaimSet *set);

/** xc_status_to_string: "agree", "disputed", ...  (transfer none). */
XC_API const char *xc_status_to_string(XcStatus status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcClaimSet, xc_claim_set_free)

/** xc_claim_set_get_n_outlets: outlets weighed, 0 before xc_truth_weigh_claims(). */
XC_API guint xc_claim_set_get_n_outlets(const XcClaimSet *set);

/**
 * xc_claim_set_get_outlet:
 * Returns: (transfer none): outlet @index, most reliable first (ties by
 *   name).
 */
XC_API const XcOutlet *xc_claim_set_get_outlet(const XcClaimSet *set, guint index);

G_END_DECLS
