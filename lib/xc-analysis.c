/* xc-analysis.c: running the stages in order (see xc-analysis.h). */
#include "xc-analysis.h"
#include "xc-claims-private.h"
#include "xc-error.h"
#include "xc-truth.h"

struct _XcAnalysis {
  XcCorpus *corpus;
  XcClaimSet *claims;
  guint32 reference_day;
  gboolean no_outlet_weights;
};

XcAnalysis *
xc_analysis_new(void)
{
  XcAnalysis *a = g_new0(XcAnalysis, 1);
  a->corpus = xc_corpus_new();
  a->claims = xc_claim_set_new();
  return a;
}

gboolean
xc_analysis_add_inputs(XcAnalysis *a, const char *const *inputs,
                       XcInputFormat format, gboolean keep_going,
                       XcSkipFunc skip, gpointer user_data, GError **error)
{
  g_return_val_if_fail(a != NULL && inputs != NULL, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
  g_autoptr(XcReader) reader = xc_reader_new(inputs, format);
  guint before = xc_corpus_get_n_documents(a->corpus);
  for (;;) {
    XcDocument *doc = NULL;
    GError *local = NULL;
    if (xc_reader_next(reader, &doc, &local)) {
      xc_corpus_add(a->corpus, doc);
      continue;
    }
    if (!local)
      break;
    if (!keep_going) {
      g_propagate_error(error, local);
      return FALSE;
    }
    if (skip)
      skip(local, user_data);
    g_error_free(local);
  }
  if (xc_corpus_get_n_documents(a->corpus) == before) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "no document could be read from the inputs given");
    return FALSE;
  }
  return TRUE;
}

gboolean
xc_analysis_add_lexicon_file(XcAnalysis *a, const char *path, GError **error)
{
  g_return_val_if_fail(a != NULL && path != NULL, FALSE);
  return xc_lexicon_add_file(xc_claim_set_get_lexicon(a->claims), path, error);
}

gboolean
xc_analysis_add_claims_file(XcAnalysis *a, const char *path, GError **error)
{
  g_return_val_if_fail(a != NULL && path != NULL, FALSE);
  return xc_claim_set_add_rules_file(a->claims, path, error);
}

void
xc_analysis_run(XcAnalysis *a)
{
  g_return_if_fail(a != NULL);
  guint n = xc_corpus_get_n_documents(a->corpus);
  for (guint i = 0; i < n; i++) {
    const XcDocument *doc = xc_corpus_get_document(a->corpus, i);
    a->reference_day = MAX(a->reference_day, doc->published);
  }
  xc_claim_set_set_fallback_day(a->claims, a->reference_day);
  for (guint i = 0; i < n; i++) {
    const XcDocument *doc = xc_corpus_get_document(a->corpus, i);
    g_autoptr(GPtrArray) mentions = xc_extract_document(doc, a->reference_day);
    xc_claim_set_add_document(a->claims, mentions);
  }
  xc_reconcile_claims(a->claims);
  /* outlets that keep contradicting the consensus count for less */
  if (!a->no_outlet_weights)
    xc_truth_weigh_claims(a->claims);
}

void
xc_analysis_set_outlet_weights(XcAnalysis *a, gboolean enabled)
{
  g_return_if_fail(a != NULL);
  a->no_outlet_weights = !enabled;
}

const XcCorpus *
xc_analysis_get_corpus(const XcAnalysis *a)
{
  return a->corpus;
}

XcClaimSet *
xc_analysis_get_claims(const XcAnalysis *a)
{
  return a->claims;
}

guint32
xc_analysis_get_reference_day(const XcAnalysis *a)
{
  return a->reference_day;
}

void
xc_analysis_free(XcAnalysis *a)
{
  if (!a)
    return;
  /* claims borrow the corpus's documents: free them first */
  xc_claim_set_free(a->claims);
  xc_corpus_free(a->corpus);
  g_free(a);
}
