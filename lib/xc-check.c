/* xc-check.c: checking a draft against the sources (see xc-check.h).
 *
 * The draft's figures are read exactly like a source's, then matched to
 * the sources' claims by the same grouping rule, so a draft figure is
 * judged against the claim it is about, never against a figure of similar
 * size about something else. */
#include "xc-check.h"
#include "xc-format-private.h"

static void
diagnostic_free(XcDiagnostic *d)
{
  g_free(d->message);
  g_free(d);
}

const char *
xc_level_to_string(XcLevel level)
{
  return level == XC_LEVEL_ERROR ? "error" :
         level == XC_LEVEL_WARNING ? "warning" : "note";
}

GPtrArray *
xc_check_draft(const XcAnalysis *analysis, const XcDocument *draft)
{
  g_return_val_if_fail(analysis != NULL && draft != NULL, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)diagnostic_free);
  guint32 ref = xc_analysis_get_reference_day(analysis);
  g_autoptr(GPtrArray) mentions = xc_extract_document(draft, ref);
  XcClaimSet *set = xc_analysis_get_claims(analysis);
  for (guint i = 0; i < mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(mentions, i);
    if (!xc_mention_is_counted(m))
      continue;
    XcDiagnostic *d = g_new0(XcDiagnostic, 1);
    d->start = m->start;
    d->end = m->end;
    xc_document_get_position(draft, m->start, &d->line, &d->col);
    g_autofree char *words = g_strndup(draft->text + m->start, m->end - m->start);
    g_autofree char *what = m->counted ?
      g_strdup_printf("%s %s", words, m->counted) : g_strdup(words);
    const XcClaim *c = xc_claim_set_match(set, m);
    d->claim = c;
    if (!c) {
      d->level = XC_LEVEL_WARNING;
      d->message = g_strdup_printf("\"%s\" is not supported by any source", what);
    } else {
      g_autoptr(GString) range = g_string_new(NULL);
      xc_format_range(range, c->kind, c->consensus_low, c->consensus_high);
      gboolean ok = xc_claim_supports(c, m);
      d->level = ok ? XC_LEVEL_NOTE : XC_LEVEL_ERROR;
      d->message = g_strdup_printf("\"%s\" %s the sources: %s (%u independent source%s; %s)",
                                   what, ok ? "agrees with" : "contradicts",
                                   range->str, c->n_independent,
                                   c->n_independent == 1 ? "" : "s", c->label);
    }
    g_ptr_array_add(out, d);
  }
  return out;
}

void
xc_diagnostics_write(GPtrArray *diagnostics, const XcDocument *draft,
                     gboolean verbose, GString *out)
{
  for (guint i = 0; i < diagnostics->len; i++) {
    const XcDiagnostic *d = g_ptr_array_index(diagnostics, i);
    if (d->level == XC_LEVEL_NOTE && !verbose)
      continue;
    g_string_append_printf(out, "%s:%u:%u: %s: %s\n", draft->path, d->line, d->col,
                           xc_level_to_string(d->level), d->message);
  }
}
