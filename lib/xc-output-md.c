/* xc-output-md.c: a report as Markdown a reporter can paste.
 *
 * First one table of the claims (consensus, best, status, agreement,
 * counts), then a section a claim with a table of its statements.  Text
 * from sources is escaped for Markdown: a pipe cannot split a cell, and
 * emphasis, links, code and HTML in a source stay literal characters
 * (CommonMark backslash escapes), so a paste shows what the source wrote. */
#include "xc-report-private.h"
#include "xc-format-private.h"

#include <math.h>
#include <string.h>

static void
write_summary(const XcReportView *view, GString *out)
{
  g_string_append(out, "| Claim | Label | Consensus | Best | Status | Agreement | Mentions | Independent sources |\n"
                       "|---|---|---|---|---|---:|---:|---:|\n");
  for (guint i = 0; i < view->claims->len; i++) {
    const XcClaim *c = g_ptr_array_index(view->claims, i);
    /* no link to the claim's section: each renderer makes its own
     * heading anchors, so a link would break in some paste target */
    g_string_append_printf(out, "| %s | ", c->id);
    xc_format_markdown(out, c->label, -1);
    g_string_append(out, " | ");
    g_autoptr(GString) cons = g_string_new(NULL);
    xc_report_consensus(cons, c);
    xc_format_markdown(out, cons->str, -1);
    g_string_append(out, " | ");
    if (isfinite(c->best)) {
      g_autoptr(GString) best = g_string_new(NULL);
      xc_format_value(best, c->kind, c->best);
      xc_format_markdown(out, best->str, -1);
    }
    g_string_append_printf(out, " | %s | %.2f | %u | %u |\n", xc_status_to_string(c->status),
                           c->agreement, c->statements->len, c->n_independent);
  }
}

static void
write_claim(const XcClaim *c, GString *out)
{
  g_string_append_printf(out, "\n## %s: ", c->id);
  xc_format_markdown(out, c->label, -1);
  g_string_append(out, "\n\n**");
  g_string_append(out, xc_status_to_string(c->status));
  g_string_append(out, "**: consensus ");
  g_autoptr(GString) cons = g_string_new(NULL);
  xc_report_consensus(cons, c);
  xc_format_markdown(out, cons->str, -1);
  if (isfinite(c->best)) {
    g_autoptr(GString) best = g_string_new(NULL);
    xc_format_value(best, c->kind, c->best);
    g_string_append(out, ", best ");
    xc_format_markdown(out, best->str, -1);
  }
  g_string_append_printf(out, ", agreement %.2f, ", c->agreement);
  xc_report_counts(out, c);
  g_string_append(out, ".\n\n| | Source | As written | Interval | As of | Attribution |\n"
                       "|---|---|---|---|---|---|\n");
  for (guint i = 0; i < c->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    const XcMention *m = st->mention;
    guint line, col;
    xc_document_get_position(m->doc, m->start, &line, &col);
    XcMark mark = xc_report_mark(c, i);
    g_string_append_printf(out, "| %s | ", xc_mark_symbol(mark));
    xc_format_markdown(out, xc_report_source_name(m->doc), -1);
    g_string_append(out, " (");
    xc_format_markdown(out, m->doc->id, -1);
    g_string_append_printf(out, ":%u) | ", line);
    xc_format_markdown(out, m->doc->text + m->start, (gssize)(m->end - m->start));
    g_string_append(out, " | ");
    g_autoptr(GString) iv = g_string_new(NULL);
    xc_format_interval(iv, m);
    xc_format_markdown(out, iv->str, -1);
    g_string_append(out, " | ");
    if (st->as_of)
      xc_format_value(out, XC_KIND_DATE, st->as_of);
    g_string_append(out, " | ");
    if (st->attributed_to)
      xc_format_markdown(out, st->attributed_to, -1);
    g_string_append(out, " |\n");
  }
  for (guint i = 0; i < c->related->len; i++) {
    const XcClaim *r = g_ptr_array_index(c->related, i);
    g_string_append_printf(out, "%s%s, ", i ? "; " : "\nRelated, not merged: ", r->id);
    xc_format_markdown(out, r->label, -1);
    if (i + 1 == c->related->len)
      g_string_append(out, ".\n");
  }
}

static void
write_outlets(const XcClaimSet *set, GString *out)
{
  guint n = xc_claim_set_get_n_outlets(set);
  if (n == 0)
    return;
  g_string_append(out, "\n## Outlets\n\nEach outlet's statements inside the consensus of the "
                       "claims where most of the weight agrees, and the weight its statements "
                       "keep for it.\n\n| Outlet | Inside | Reliability | Weight |\n"
                       "|---|---:|---:|---:|\n");
  for (guint i = 0; i < n; i++) {
    const XcOutlet *o = xc_claim_set_get_outlet(set, i);
    g_string_append(out, "| ");
    xc_format_markdown(out, o->outlet, -1);
    g_string_append_printf(out, " | %.2f of %.2f | %.2f | %.2f |\n", o->inside, o->statements,
                           o->reliability, o->weight);
  }
}

static void
write_report(const XcReportView *view, GString *out)
{
  const XcCorpus *corpus = xc_analysis_get_corpus(view->analysis);
  guint n_docs = xc_corpus_get_n_documents(corpus);
  guint n = view->claims->len;
  g_string_append_printf(out, "# Figures compared across sources\n\n"
                         "%u claim%s from %u document%s.\n\n",
                         n, n == 1 ? "" : "s", n_docs, n_docs == 1 ? "" : "s");
  if (n == 0)
    return;
  write_summary(view, out);
  for (guint i = 0; i < n; i++)
    write_claim(g_ptr_array_index(view->claims, i), out);
  g_string_append(out, "\n\xE2\x9C\x97 contradicts the consensus; \xC2\xB7 outside it without "
                       "a contradiction (an earlier figure, or one given no weight).\n");
  write_outlets(xc_analysis_get_claims(view->analysis), out);
}

const XcOutputModule xc_output_md = {
  .name = "md",
  .write_report = write_report,
};
