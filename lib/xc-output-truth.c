/* xc-output-truth.c: `crosscheck reconcile` as text, Markdown, CSV and HTML.
 *
 * The JSON output lives with the engine (xc-truth.c, beside the contract's
 * types); these give a table user what `report` gives a reader of
 * articles: lines for a terminal or a script, a table to paste, a sheet to
 * filter, a page to share.  Each shows the same three
 * things: one row an item (resolved value, range, confidence, status and
 * how many sources back it), the sources by estimated reliability, and the
 * pairs found to copy each other.  They read the engine only through its
 * public accessors, and every string from a table goes through the
 * escaping of xc-format-private.h, as in the report formats. */
#include "xc-output-truth-private.h"
#include "xc-format-private.h"
#include "xc-version.h"

#include <math.h>
#include <string.h>

/* The kind whose formatting suits a value type's range ends. */
static XcKind
kind_of(XcValueType type)
{
  return type == XC_VALUE_DATE ? XC_KIND_DATE :
         type == XC_VALUE_TIME ? XC_KIND_TIME : XC_KIND_COUNT;
}

static gboolean
has_range(const XcTruthItem *it)
{
  return isfinite(it->low) && isfinite(it->high) && it->low != it->high;
}

/* Sources behind the chosen value, and behind any value. */
static void
count_sources(const XcTruthItem *it, guint *agreeing, guint *total)
{
  *agreeing = *total = 0;
  for (guint v = 0; v < it->values->len; v++) {
    const XcTruthValue *tv = g_ptr_array_index(it->values, v);
    *total += tv->sources->len;
    if (v == 0)
      *agreeing = tv->sources->len;
  }
}

/* ---- text ---- */

/* A table cell: control characters (a tab above all, which would shift
 * the columns, or a terminal escape) become spaces; NULL is "-". */
static void
text_cell(GString *out, const char *s)
{
  if (s)
    xc_format_plain(out, s, -1);
  else
    g_string_append_c(out, '-');
}

/* Tab-separated lines with a header each: items, then sources by
 * reliability, then the copying pairs (when there are any). */
static void
write_text(const XcTruth *t, GString *out)
{
  guint n = xc_truth_get_n_items(t);
  g_string_append_printf(out, "%u items, %u sources, %u copying pairs, %u rounds\n\n", n,
                         xc_truth_get_n_sources(t), xc_truth_get_n_copies(t),
                         xc_truth_get_iterations(t));
  g_string_append(out, "ITEM\tATTRIBUTE\tVALUE\tRANGE\tCONFIDENCE\tSTATUS\tSOURCES\n");
  for (guint i = 0; i < n; i++) {
    const XcTruthItem *it = xc_truth_get_item(t, i);
    guint agreeing, total;
    count_sources(it, &agreeing, &total);
    text_cell(out, it->item);
    g_string_append_c(out, '\t');
    text_cell(out, it->attribute);
    g_string_append_c(out, '\t');
    text_cell(out, it->value);
    g_string_append_c(out, '\t');
    if (has_range(it)) {
      xc_format_machine_value(out, kind_of(it->type), it->low);
      g_string_append(out, "..");
      xc_format_machine_value(out, kind_of(it->type), it->high);
    } else {
      g_string_append_c(out, '-');
    }
    g_string_append_printf(out, "\t%.2f\t%s\t%u/%u\n", it->confidence, it->status, agreeing, total);
  }
  g_string_append(out, "\nSOURCE\tRELIABILITY\tCLAIMS\n");
  for (guint i = 0; i < xc_truth_get_n_sources(t); i++) {
    const XcTruthSource *s = xc_truth_get_source(t, i);
    text_cell(out, s->source);
    g_string_append_printf(out, "\t%.3f\t%u\n", s->reliability, s->claims);
  }
  if (xc_truth_get_n_copies(t) == 0)
    return;
  g_string_append(out, "\nCOPYING\tPROBABILITY\n");
  for (guint i = 0; i < xc_truth_get_n_copies(t); i++) {
    const XcTruthCopy *c = xc_truth_get_copy(t, i);
    text_cell(out, c->a);
    g_string_append(out, " ~ ");
    text_cell(out, c->b);
    g_string_append_printf(out, "\t%.3f\n", c->probability);
  }
}

/* ---- Markdown ---- */

static void
write_md(const XcTruth *t, GString *out)
{
  guint n = xc_truth_get_n_items(t);
  g_string_append_printf(out, "# Reconciled values\n\n%u item%s, %u source%s, %u copying pair%s.\n\n",
                         n, n == 1 ? "" : "s", xc_truth_get_n_sources(t),
                         xc_truth_get_n_sources(t) == 1 ? "" : "s", xc_truth_get_n_copies(t),
                         xc_truth_get_n_copies(t) == 1 ? "" : "s");
  g_string_append(out, "| Item | Attribute | Value | Range | Confidence | Status | Sources agreeing | Other values |\n"
                       "|---|---|---|---|---:|---|---:|---|\n");
  for (guint i = 0; i < n; i++) {
    const XcTruthItem *it = xc_truth_get_item(t, i);
    guint agreeing, total;
    count_sources(it, &agreeing, &total);
    g_string_append(out, "| ");
    xc_format_markdown(out, it->item, -1);
    g_string_append(out, " | ");
    xc_format_markdown(out, it->attribute ? it->attribute : "", -1);
    g_string_append(out, " | ");
    xc_format_markdown(out, it->value ? it->value : "", -1);
    g_string_append(out, " | ");
    if (has_range(it))
      xc_format_range(out, kind_of(it->type), it->low, it->high);
    g_string_append_printf(out, " | %.2f | %s | %u of %u | ", it->confidence, it->status,
                           agreeing, total);
    for (guint v = 1; v < it->values->len; v++) {
      const XcTruthValue *tv = g_ptr_array_index(it->values, v);
      g_string_append(out, v > 1 ? "; " : "");
      xc_format_markdown(out, tv->value, -1);
      g_string_append_printf(out, " (%u)", tv->sources->len);
    }
    g_string_append(out, " |\n");
  }
  g_string_append(out, "\n## Sources\n\n| Source | Reliability | Claims |\n|---|---:|---:|\n");
  for (guint i = 0; i < xc_truth_get_n_sources(t); i++) {
    const XcTruthSource *s = xc_truth_get_source(t, i);
    g_string_append(out, "| ");
    xc_format_markdown(out, s->source, -1);
    g_string_append_printf(out, " | %.3f | %u |\n", s->reliability, s->claims);
  }
  if (xc_truth_get_n_copies(t) == 0)
    return;
  g_string_append(out, "\n## Sources that copy each other\n\n| Source | Source | Probability |\n|---|---|---:|\n");
  for (guint i = 0; i < xc_truth_get_n_copies(t); i++) {
    const XcTruthCopy *c = xc_truth_get_copy(t, i);
    g_string_append(out, "| ");
    xc_format_markdown(out, c->a, -1);
    g_string_append(out, " | ");
    xc_format_markdown(out, c->b, -1);
    g_string_append_printf(out, " | %.3f |\n", c->probability);
  }
}

/* ---- CSV ---- */

/* One row an item and value, so that a sheet holds every value with its
 * sources and the item's resolution beside it; the chosen value's row is
 * marked "chosen". */
static void
write_csv(const XcTruth *t, GString *out)
{
  g_string_append(out, "item,attribute,type,value,low,high,confidence,status,"
                       "candidate,probability,sources,chosen\r\n");
  for (guint i = 0; i < xc_truth_get_n_items(t); i++) {
    const XcTruthItem *it = xc_truth_get_item(t, i);
    g_autoptr(GString) head = g_string_new(NULL);
    xc_format_csv_field(head, it->item, -1);
    g_string_append_c(head, ',');
    xc_format_csv_field(head, it->attribute, -1);
    g_string_append_printf(head, ",%s,", xc_value_type_to_string(it->type));
    xc_format_csv_field(head, it->value, -1);
    g_string_append_c(head, ',');
    xc_format_machine_value(head, kind_of(it->type), it->low);
    g_string_append_c(head, ',');
    xc_format_machine_value(head, kind_of(it->type), it->high);
    g_string_append_printf(head, ",%.4f,%s,", it->confidence, it->status);
    if (it->values->len == 0) {
      g_string_append_printf(out, "%s,,,no\r\n", head->str);
      continue;
    }
    for (guint v = 0; v < it->values->len; v++) {
      const XcTruthValue *tv = g_ptr_array_index(it->values, v);
      g_string_append(out, head->str);
      xc_format_csv_field(out, tv->value, -1);
      g_string_append_printf(out, ",%.4f,", tv->probability);
      g_autoptr(GString) names = g_string_new(NULL);
      for (guint s = 0; s < tv->sources->len; s++) {
        if (s)
          g_string_append(names, "; ");
        g_string_append(names, g_ptr_array_index(tv->sources, s));
      }
      xc_format_csv_field(out, names->str, (gssize)names->len);
      g_string_append(out, v == 0 ? ",yes\r\n" : ",no\r\n");
    }
  }
}

/* ---- HTML ---- */

/* One self-contained page under the same policy as the report's (see
 * xc_format_html_head()). */
static const char css[] =
  "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a202c;"
  "max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}\n"
  "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .4rem}\n"
  "table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #cbd5e0;"
  "padding:.2rem .45rem;text-align:left;vertical-align:top}thead th{background:#f7fafc}\n"
  ".num{text-align:right;font-variant-numeric:tabular-nums}\n"
  ".status{font-weight:600;padding:0 .35rem;border-radius:3px}\n"
  ".st-contradiction{background:#fde8e8;color:#c53030}.st-disputed{background:#fdf3d8;color:#b7791f}"
  ".st-agree{background:#e6f4ea;color:#2f855a}.st-single,.st-none{background:#edf0f3;color:#718096}\n"
  ".bar{vertical-align:middle;background:#edf0f3}\n"
  "footer{margin-top:2rem;color:#718096;font-size:.8rem}\n"
  "@media print{body{font-size:10pt;max-width:none;padding:0}table{break-inside:avoid}"
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

static void
write_html(const XcTruth *t, GString *out)
{
  guint n = xc_truth_get_n_items(t), ns = xc_truth_get_n_sources(t);
  g_autofree char *title = g_strdup_printf("crosscheck reconcile: %u item%s from %u source%s",
                                           n, n == 1 ? "" : "s", ns, ns == 1 ? "" : "s");
  xc_format_html_head(out, title, css);
  g_string_append_printf(out, "<h1>Values reconciled across sources</h1>\n<p>%u item%s from %u source%s.</p>\n",
                         n, n == 1 ? "" : "s", ns, ns == 1 ? "" : "s");

  g_string_append(out, "<h2>Items</h2>\n<table>\n<thead><tr><th>Item</th><th>Attribute</th>"
                       "<th>Value</th><th>Range</th><th>Confidence</th><th>Status</th>"
                       "<th>Values given (sources)</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < n; i++) {
    const XcTruthItem *it = xc_truth_get_item(t, i);
    g_string_append(out, "<tr><td>");
    xc_format_html(out, it->item, -1);
    g_string_append(out, "</td><td>");
    xc_format_html(out, it->attribute, -1);
    g_string_append(out, "</td><td>");
    xc_format_html(out, it->value, -1);
    g_string_append(out, "</td><td>");
    if (has_range(it))
      xc_format_range(out, kind_of(it->type), it->low, it->high);
    /* the status is one of the engine's own words, never a source's */
    g_string_append_printf(out, "</td><td class=\"num\">%.2f</td><td><span class=\"status st-%s\">%s</span></td><td>",
                           it->confidence, it->status, it->status);
    for (guint v = 0; v < it->values->len; v++) {
      const XcTruthValue *tv = g_ptr_array_index(it->values, v);
      g_string_append(out, v ? "<br>" : "");
      xc_format_html(out, tv->value, -1);
      g_string_append(out, " (");
      for (guint s = 0; s < tv->sources->len; s++) {
        g_string_append(out, s ? ", " : "");
        xc_format_html(out, g_ptr_array_index(tv->sources, s), -1);
      }
      g_string_append(out, ")");
    }
    g_string_append(out, "</td></tr>\n");
  }
  g_string_append(out, "</tbody>\n</table>\n");

  g_string_append(out, "<h2>Sources by estimated reliability</h2>\n<table>\n<thead><tr>"
                       "<th>Source</th><th>Reliability</th><th>Claims</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < ns; i++) {
    const XcTruthSource *s = xc_truth_get_source(t, i);
    g_string_append(out, "<tr><td>");
    xc_format_html(out, s->source, -1);
    /* the bar is SVG: a style attribute would break the page's policy */
    g_string_append_printf(out, "</td><td class=\"num\"><svg class=\"bar\" width=\"80\" height=\"10\" "
                                "aria-hidden=\"true\"><rect width=\"%.0f\" height=\"10\" fill=\"#4299e1\"/>"
                                "</svg> %.3f</td>"
                                "<td class=\"num\">%u</td></tr>\n",
                           s->reliability * 80, s->reliability, s->claims);
  }
  g_string_append(out, "</tbody>\n</table>\n");

  if (xc_truth_get_n_copies(t)) {
    g_string_append(out, "<h2>Sources that copy each other</h2>\n<table>\n<thead><tr>"
                         "<th>Source</th><th>Source</th><th>Probability</th></tr></thead>\n<tbody>\n");
    for (guint i = 0; i < xc_truth_get_n_copies(t); i++) {
      const XcTruthCopy *c = xc_truth_get_copy(t, i);
      g_string_append(out, "<tr><td>");
      xc_format_html(out, c->a, -1);
      g_string_append(out, "</td><td>");
      xc_format_html(out, c->b, -1);
      g_string_append_printf(out, "</td><td class=\"num\">%.3f</td></tr>\n", c->probability);
    }
    g_string_append(out, "</tbody>\n</table>\n");
  }
  g_string_append_printf(out, "<footer>crosscheck %s, %u rounds of estimation.</footer>\n</body>\n</html>\n",
                         XC_VERSION_STRING, xc_truth_get_iterations(t));
}

gboolean
xc_output_truth_write(const XcTruth *truth, const char *format, GString *out)
{
  if (g_str_equal(format, "text"))
    write_text(truth, out);
  else if (g_str_equal(format, "md"))
    write_md(truth, out);
  else if (g_str_equal(format, "csv"))
    write_csv(truth, out);
  else if (g_str_equal(format, "html"))
    write_html(truth, out);
  else
    return FALSE;
  return TRUE;
}
