/* xc-analysis.h: one run of the pipeline over a set of inputs.
 *
 * An analysis reads documents into a corpus, then extracts, groups and
 * reconciles them in one call.  Reports (xc-report.h) and the draft check
 * (xc-check.h) read an analysis; they never change it.
 *
 * Ownership: the analysis owns its corpus, mentions and claims; getters
 * lend them (transfer none) for as long as it lives. */
#pragma once

#include "xc-claims.h"
#include "xc-reconcile.h"

G_BEGIN_DECLS

typedef struct _XcAnalysis XcAnalysis;

/**
 * XcSkipFunc:
 * Called for each input skipped under @keep_going, with the error that
 * made it unreadable (its message names the file and line).
 */
typedef void (*XcSkipFunc)(const GError *error, gpointer user_data);

/** xc_analysis_new: Returns: (transfer full): an empty analysis. */
XC_API XcAnalysis *xc_analysis_new(void);

/**
 * xc_analysis_add_inputs:
 * @inputs: (array zero-terminated=1): files, directories, "-".
 * @format: how files are read.
 * @keep_going: skip bad inputs (reporting each to @skip) instead of
 *   stopping at the first.
 * @skip: (nullable): told of each skipped input.
 *
 * Reads the documents.  Returns: FALSE with @error set when an input is
 * bad and @keep_going is FALSE, or when no document at all was read.
 */
XC_API gboolean xc_analysis_add_inputs(XcAnalysis *analysis,
                                       const char *const *inputs,
                                       XcInputFormat format,
                                       gboolean keep_going, XcSkipFunc skip,
                                       gpointer user_data, GError **error);

/**
 * xc_analysis_add_lexicon_file:
 * Adds the entries of the lexicon file @path (see xc-lexicon.h) to the
 * built-in lexicon the run groups with.  Call before xc_analysis_run().
 * Returns: FALSE with @error set naming the file and line of a bad entry.
 */
XC_API gboolean xc_analysis_add_lexicon_file(XcAnalysis *analysis,
                                             const char *path, GError **error);

/**
 * xc_analysis_add_claims_file:
 * Reads the user's claims file @path (docs/claims.md); statements its
 * rules match are pinned to its claims.  Call before xc_analysis_run().
 * Returns: FALSE with @error set naming the file (and line).
 */
XC_API gboolean xc_analysis_add_claims_file(XcAnalysis *analysis,
                                            const char *path, GError **error);

/**
 * xc_analysis_run:
 * Extracts the figures of every document, groups them into claims and
 * reconciles the claims.  A document without a date resolves its relative
 * dates and missing years against the newest dated document of the run.
 */
XC_API void xc_analysis_run(XcAnalysis *analysis);

/**
 * xc_analysis_set_outlet_weights:
 * On (the default), xc_analysis_run() weighs outlets by their record
 * against the consensus (xc_truth_weigh_claims()); off, every statement
 * keeps outlet_weight 1, no outlet is listed, and the claims are as
 * reconciliation alone leaves them.  Call before xc_analysis_run().
 */
XC_API void xc_analysis_set_outlet_weights(XcAnalysis *analysis, gboolean enabled);

/** xc_analysis_get_corpus: Returns: (transfer none): the documents. */
XC_API const XcCorpus *xc_analysis_get_corpus(const XcAnalysis *analysis);

/** xc_analysis_get_claims: Returns: (transfer none): the claims, after
 * xc_analysis_run(). */
XC_API XcClaimSet *xc_analysis_get_claims(const XcAnalysis *analysis);

/** xc_analysis_get_reference_day: the day undated documents are read
 * against (0 when no document has a date). */
XC_API guint32 xc_analysis_get_reference_day(const XcAnalysis *analysis);

/** xc_analysis_free: NULL is fine. */
XC_API void xc_analysis_free(XcAnalysis *analysis);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcAnalysis, xc_analysis_free)

G_END_DECLS
