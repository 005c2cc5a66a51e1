/* xc-output-text.c: reports and figures for a terminal.
 *
 * A report is one row a claim with aligned columns: id, status, consensus,
 * agreement, sources (all / independent) and the label last, since it is
 * the one column of no fixed width.  Widths count characters, not bytes,
 * so an en dash does not push a column out of line. */
#include "xc-report-private.h"
#include "xc-format-private.h"
#include "xc-date.h"

#include <math.h>

static void
pad(GString *out, const char *cell, guint width)
{
  g_string_append(out, cell);
  for (glong w = g_utf8_strlen(cell, -1); w < (glong)width; w++)
    g_string_append_c(out, ' ');
}

static void
write_report(const XcAnalysis *analysis, GString *out)
{
  XcClaimSet *set = xc_analysis_get_claims(analysis);
  guint n = xc_claim_set_get_n_claims(set);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
  guint widths[5] = { 2, 6, 9, 5, 7 };
  const char *heads[6] = { "ID", "STATUS", "CONSENSUS", "AGREE", "SOURCES", "CLAIM" };
  for (guint i = 0; i < n; i++) {
    const XcClaim *c = xc_claim_set_get_claim(set, i);
    GString *range = g_string_new(NULL);
    xc_format_range(range, c->kind, c->consensus_low, c->consensus_high);
    if (c->unit && c->kind != XC_KIND_DATE)
      g_string_append_printf(range, " %s", c->unit);
    char **row = g_new0(char *, 7);
    row[0] = g_strdup(c->id);
    row[1] = g_strdup(xc_status_to_string(c->status));
    row[2] = g_string_free(range, FALSE);
    row[3] = g_strdup_printf("%.2f", c->agreement);
    row[4] = g_strdup_printf("%u/%u", c->n_sources, c->n_independent);
    row[5] = g_strdup(c->label);
    for (guint k = 0; k < 5; k++)
      widths[k] = MAX(widths[k], (guint)g_utf8_strlen(row[k], -1));
    g_ptr_array_add(rows, row);
  }
  const XcCorpus *corpus = xc_analysis_get_corpus(analysis);
  guint n_docs = xc_corpus_get_n_documents(corpus);
  g_string_append_printf(out, "%u claim%s from %u document%s "
                         "(SOURCES: documents/independent sources)\n\n",
                         n, n == 1 ? "" : "s", n_docs, n_docs == 1 ? "" : "s");
  for (guint k = 0; k < 6; k++) {
    if (k < 5) {
      pad(out, heads[k], widths[k]);
      g_string_append(out, "  ");
    } else {
      g_string_append(out, heads[k]);
    }
  }
  g_string_append_c(out, '\n');
  for (guint i = 0; i < rows->len; i++) {
    char **row = g_ptr_array_index(rows, i);
    for (guint k = 0; k < 5; k++) {
      pad(out, row[k], widths[k]);
      g_string_append(out, "  ");
    }
    g_string_append(out, row[5]);
    g_string_append_c(out, '\n');
  }
}

static void
write_mentions(GPtrArray *mentions, GString *out)
{
  for (guint i = 0; i < mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(mentions, i);
    guint line, col;
    xc_document_get_position(m->doc, m->start, &line, &col);
    GString *range = g_string_new(NULL);
    xc_format_range(range, m->kind, m->low, m->high);
    g_string_append_printf(out, "%s:%u:%u: %s %s \"%.*s\" = %s", m->doc->path, line,
                           col, xc_kind_to_string(m->kind),
                           xc_qualifier_to_string(m->qualifier),
                           (int)(m->end - m->start), m->doc->text + m->start,
                           range->str);
    if (m->unit)
      g_string_append_printf(out, " %s", m->unit);
    if (m->counted)
      g_string_append_printf(out, " [%s]", m->counted);
    if (m->flags & XC_MENTION_HYPOTHETICAL)
      g_string_append(out, " (hypothetical)");
    if (m->flags & XC_MENTION_BOILERPLATE)
      g_string_append(out, " (boilerplate)");
    if (m->flags & XC_MENTION_RATE)
      g_string_append(out, " (rate)");
    g_string_append_c(out, '\n');
    g_string_free(range, TRUE);
  }
}

const XcOutputModule xc_output_text = {
  .name = "text",
  .write_report = write_report,
  .write_mentions = write_mentions,
};
