/* xc-output-text.c: reports and figures for a terminal.
 *
 * A report is one block a claim: a line with its id and label, a line
 * with its status, consensus, best value, agreement and counts, then one
 * line a statement: a mark for contradictions, where it is (document and
 * line), the figure as written, the interval it allows, its as-of day and
 * who is quoted.  Statement columns line up within a block; widths count
 * terminal columns, not bytes, so an en dash or a wide character does not
 * push a column out of line.  Text from sources has its control
 * characters blanked, so a source cannot break a line or send escape
 * sequences to the reader's terminal.  Colour is the caller's decision
 * (XcReportOptions.color). */
#include "xc-report-private.h"
#include "xc-format-private.h"
#include "xc-date.h"

#include <math.h>

#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_DIM "\033[2m"
#define SGR_RED "\033[31m"
#define SGR_GREEN "\033[32m"
#define SGR_YELLOW "\033[33m"
#define SGR_CYAN "\033[36m"

static const char *
status_sgr(XcStatus status)
{
  switch (status) {
  case XC_STATUS_CONTRADICTION: return SGR_BOLD SGR_RED;
  case XC_STATUS_DISPUTED: return SGR_YELLOW;
  case XC_STATUS_AGREE: return SGR_GREEN;
  case XC_STATUS_CHANGED: return SGR_CYAN;
  case XC_STATUS_SINGLE: default: return SGR_DIM;
  }
}

/* Appends @text between @sgr and a reset when colour is on. */
static void
paint(GString *out, gboolean color, const char *sgr, const char *text)
{
  if (color)
    g_string_append(out, sgr);
  g_string_append(out, text);
  if (color)
    g_string_append(out, SGR_RESET);
}

enum { COL_SOURCE, COL_FIGURE, COL_INTERVAL, COL_AS_OF, COL_WHO, N_COLS };

static void
write_claim(const XcClaim *c, gboolean color, GString *out)
{
  g_string_append(out, "\n");
  paint(out, color, SGR_BOLD, c->id);
  g_string_append(out, "  ");
  g_autoptr(GString) label = g_string_new(NULL);
  xc_format_plain(label, c->label, -1);
  paint(out, color, SGR_BOLD, label->str);
  g_string_append(out, "\n    ");
  paint(out, color, status_sgr(c->status), xc_status_to_string(c->status));
  g_string_append(out, " \xC2\xB7 consensus ");
  xc_report_consensus(out, c);
  if (isfinite(c->best)) {
    g_string_append(out, ", best ");
    xc_format_value(out, c->kind, c->best);
  }
  g_string_append_printf(out, " \xC2\xB7 agreement %.2f \xC2\xB7 ", c->agreement);
  xc_report_counts(out, c);
  g_string_append_c(out, '\n');

  guint n = c->statements->len;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func(g_free);
  guint widths[N_COLS] = { 0 };
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    const XcMention *m = st->mention;
    guint line, col;
    xc_document_get_position(m->doc, m->start, &line, &col);
    GString *cell[N_COLS];
    for (guint k = 0; k < N_COLS; k++)
      cell[k] = g_string_new(NULL);
    xc_format_plain(cell[COL_SOURCE], m->doc->id, -1);
    g_string_append_printf(cell[COL_SOURCE], ":%u", line);
    g_string_append_c(cell[COL_FIGURE], '"');
    xc_format_plain(cell[COL_FIGURE], m->doc->text + m->start, (gssize)(m->end - m->start));
    g_string_append_c(cell[COL_FIGURE], '"');
    xc_format_interval(cell[COL_INTERVAL], m);
    if (st->as_of)
      xc_format_value(cell[COL_AS_OF], XC_KIND_DATE, st->as_of);
    else
      g_string_append_c(cell[COL_AS_OF], '-');
    if (st->attributed_to)
      xc_format_plain(cell[COL_WHO], st->attributed_to, -1);
    else
      g_string_append_c(cell[COL_WHO], '-');
    for (guint k = 0; k < N_COLS; k++) {
      widths[k] = MAX(widths[k], xc_format_width(cell[k]->str));
      g_ptr_array_add(cells, g_string_free(cell[k], FALSE));
    }
  }
  for (guint i = 0; i < n; i++) {
    XcMark mark = xc_report_mark(c, i);
    g_string_append(out, "  ");
    if (mark == XC_MARK_INSIDE)
      g_string_append_c(out, ' ');
    else
      paint(out, color && mark == XC_MARK_CONTRADICTS, SGR_BOLD SGR_RED, xc_mark_symbol(mark));
    g_string_append_c(out, ' ');
    for (guint k = 0; k < N_COLS; k++) {
      const char *text = g_ptr_array_index(cells, i * N_COLS + k);
      if (k == N_COLS - 1) {
        g_string_append(out, text);
        break;
      }
      if (color && k == COL_FIGURE && mark == XC_MARK_CONTRADICTS) {
        paint(out, TRUE, SGR_RED, text);
        for (guint w = xc_format_width(text); w < widths[k]; w++)
          g_string_append_c(out, ' ');
      } else {
        xc_format_pad(out, text, widths[k]);
      }
      g_string_append(out, "  ");
    }
    g_string_append_c(out, '\n');
  }
  /* close but unequal counts (casualties and deaths): named, not merged */
  for (guint i = 0; i < c->related->len; i++) {
    const XcClaim *r = g_ptr_array_index(c->related, i);
    g_string_append_printf(out, "%s%s ", i ? "; " : "    related: ", r->id);
    xc_format_plain(out, r->label, -1);
    g_string_append(out, ", ");
    xc_report_consensus(out, r);
    if (i + 1 == c->related->len)
      g_string_append_c(out, '\n');
  }
}

/* The outlets' records against the consensus and the weight each kept. */
static void
write_outlets(const XcClaimSet *set, GString *out)
{
  guint n = xc_claim_set_get_n_outlets(set);
  if (n == 0)
    return;
  guint width = 0;
  for (guint i = 0; i < n; i++)
    width = MAX(width, xc_format_width(xc_claim_set_get_outlet(set, i)->outlet));
  g_string_append(out, "\noutlets, by their statements inside the consensus of claims where "
                       "most of the weight agrees:\n");
  for (guint i = 0; i < n; i++) {
    const XcOutlet *o = xc_claim_set_get_outlet(set, i);
    g_autoptr(GString) name = g_string_new(NULL);
    xc_format_plain(name, o->outlet, -1);
    g_string_append(out, "  ");
    xc_format_pad(out, name->str, width);
    g_string_append_printf(out, "  %.2f of %.2f inside \xC2\xB7 reliability %.2f \xC2\xB7 weight %.2f\n",
                           o->inside, o->statements, o->reliability, o->weight);
  }
}

static void
write_report(const XcReportView *view, GString *out)
{
  const XcCorpus *corpus = xc_analysis_get_corpus(view->analysis);
  guint n_docs = xc_corpus_get_n_documents(corpus);
  guint n = view->claims->len;
  guint total = xc_claim_set_get_n_claims(xc_analysis_get_claims(view->analysis));
  g_string_append_printf(out, "%u claim%s from %u document%s", n, n == 1 ? "" : "s",
                         n_docs, n_docs == 1 ? "" : "s");
  if (n != total)
    g_string_append_printf(out, " (%u not shown)", total - n);
  g_string_append_c(out, '\n');
  for (guint i = 0; i < n; i++)
    write_claim(g_ptr_array_index(view->claims, i), view->options->color, out);
  if (n > 0)
    g_string_append(out, "\n\xE2\x9C\x97 contradicts the consensus   \xC2\xB7 outside it "
                         "without a contradiction (an earlier figure, or one given no weight)\n");
  write_outlets(xc_analysis_get_claims(view->analysis), out);
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
