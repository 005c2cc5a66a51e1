/* xc-output-csv.c: a report as CSV, one row a statement.
 *
 * Each row repeats its claim's consensus columns, so a spreadsheet can
 * filter and pivot without a join.  Values are for machines, not people:
 * plain numbers without thousands separators, ISO dates, HH:MM times, an
 * empty cell for an open interval end.  Quoting follows RFC 4180: CRLF
 * line ends, a field holding a comma, quote, CR or LF in double quotes
 * with its quotes doubled; every other field bare.
 *
 * Text cells go through xc_format_csv_field(), which also defuses what a
 * spreadsheet would run as a formula; numbers (xc_format_machine_value(),
 * number()) are not text cells and keep their sign. */
#include "xc-report-private.h"
#include "xc-format-private.h"
#include "xc-date.h"

#include <math.h>
#include <string.h>

static const char *const columns[] = {
  "claim_id", "claim_label", "kind", "unit", "consensus_low", "consensus_high", "best",
  "status", "agreement", "mentions", "independent_sources", "doc", "outlet", "line", "col",
  "as_written", "low", "high", "as_of", "attributed_to", "weight", "mark", "outlet_weight",
  "related",
};

static void
number(GString *out, double v, const char *fmt)
{
  if (!isfinite(v))
    return;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append(out, g_ascii_formatd(buf, sizeof buf, fmt, v));
}

static void
write_report(const XcReportView *view, GString *out)
{
  for (guint k = 0; k < G_N_ELEMENTS(columns); k++)
    g_string_append_printf(out, "%s%s", k ? "," : "", columns[k]);
  g_string_append(out, "\r\n");
  for (guint i = 0; i < view->claims->len; i++) {
    const XcClaim *c = g_ptr_array_index(view->claims, i);
    g_autoptr(GString) head = g_string_new(NULL);
    xc_format_csv_field(head, c->id, -1);
    g_string_append_c(head, ',');
    xc_format_csv_field(head, c->label, -1);
    g_string_append_printf(head, ",%s,", xc_kind_to_string(c->kind));
    xc_format_csv_field(head, c->unit, -1);
    g_string_append_c(head, ',');
    xc_format_machine_value(head, c->kind, c->consensus_low);
    g_string_append_c(head, ',');
    xc_format_machine_value(head, c->kind, c->consensus_high);
    g_string_append_c(head, ',');
    xc_format_machine_value(head, c->kind, c->best);
    g_string_append_printf(head, ",%s,", xc_status_to_string(c->status));
    number(head, c->agreement, "%.4g");
    g_string_append_printf(head, ",%u,%u", c->statements->len, c->n_independent);
    /* the related claims' ids, a space between two: one cell */
    g_autoptr(GString) related = g_string_new(NULL);
    for (guint r = 0; r < c->related->len; r++)
      g_string_append_printf(related, "%s%s", r ? " " : "",
                             ((const XcClaim *)g_ptr_array_index(c->related, r))->id);
    for (guint s = 0; s < c->statements->len; s++) {
      const XcStatement *st = g_ptr_array_index(c->statements, s);
      const XcMention *m = st->mention;
      guint line, col;
      xc_document_get_position(m->doc, m->start, &line, &col);
      g_string_append_len(out, head->str, (gssize)head->len);
      g_string_append_c(out, ',');
      xc_format_csv_field(out, m->doc->id, -1);
      g_string_append_c(out, ',');
      xc_format_csv_field(out, m->doc->outlet, -1);
      g_string_append_printf(out, ",%u,%u,", line, col);
      xc_format_csv_field(out, m->doc->text + m->start, (gssize)(m->end - m->start));
      g_string_append_c(out, ',');
      xc_format_machine_value(out, c->kind, m->low);
      g_string_append_c(out, ',');
      xc_format_machine_value(out, c->kind, m->high);
      g_string_append_c(out, ',');
      if (st->as_of)
        xc_format_value(out, XC_KIND_DATE, st->as_of);
      g_string_append_c(out, ',');
      xc_format_csv_field(out, st->attributed_to, -1);
      g_string_append_c(out, ',');
      number(out, st->weight, "%.4g");
      g_string_append_printf(out, ",%s,", xc_mark_to_string(xc_report_mark(c, s)));
      /* added last, so that a reader of the older columns finds them
       * where they were */
      number(out, st->outlet_weight, "%.4g");
      g_string_append_c(out, ',');
      xc_format_csv_field(out, related->str, (gssize)related->len);
      g_string_append(out, "\r\n");
    }
  }
}

const XcOutputModule xc_output_csv = {
  .name = "csv",
  .write_report = write_report,
};
