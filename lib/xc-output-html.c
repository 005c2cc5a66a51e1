/* xc-output-html.c: a report as one self-contained HTML page.
 *
 * The page is for a desk editor comparing sources: a table of the
 * sources, a claims x sources matrix coloured by how each source's
 * figures stand to the consensus, then a section a claim with an SVG plot
 * of every statement's interval against the consensus band, a table of
 * the statements, and the quoted sentences with the figure highlighted.
 *
 * It is one file with nothing from outside: inline CSS and SVG, no script
 * at all.  A Content-Security-Policy in the page allows only the one style
 * block (by its SHA-256 hash) and nothing else, so even markup that got
 * past escaping could not load or run anything.  Escaping is still the
 * first defence: every string that came from a source (text, ids, titles,
 * outlets, attributions, addresses) goes through xc_format_html(), and an
 * address is a link only when it is http or https.  Colours come with a
 * symbol (the same marks as the text report) so the page reads in grey
 * print and for colour-blind readers; print CSS keeps each claim on one
 * page where it fits. */
#include "xc-report-private.h"
#include "xc-format-private.h"
#include "xc-version.h"

#include <math.h>
#include <string.h>

static const char css[] =
  ":root{--in:#2f855a;--in-bg:#e6f4ea;--out:#c53030;--out-bg:#fde8e8;--mid:#b7791f;"
  "--mid-bg:#fdf3d8;--off:#718096;--off-bg:#edf0f3;--band:#c6ead3;--ink:#1a202c}\n"
  "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);"
  "max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}\n"
  "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .4rem}"
  "h3{font-size:1rem;margin:1rem 0 .3rem}\n"
  "table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #cbd5e0;"
  "padding:.2rem .45rem;text-align:left;vertical-align:top}thead th{background:#f7fafc}\n"
  ".wide{overflow-x:auto}.num{text-align:right;font-variant-numeric:tabular-nums}\n"
  ".legend span{display:inline-block;margin-right:1rem}\n"
  ".status{font-weight:600;padding:0 .35rem;border-radius:3px}\n"
  ".st-contradiction{background:var(--out-bg);color:var(--out)}"
  ".st-disputed{background:var(--mid-bg);color:var(--mid)}"
  ".st-agree{background:var(--in-bg);color:var(--in)}"
  ".st-changed{background:#e6f0fb;color:#2b6cb0}.st-single{background:var(--off-bg);color:var(--off)}\n"
  ".matrix td{text-align:center;min-width:2.2rem}.matrix td a{text-decoration:none;color:inherit;"
  "display:block}\n"
  ".m-in{background:var(--in-bg);color:var(--in)}.m-out{background:var(--out-bg);color:var(--out);"
  "font-weight:700}.m-mixed{background:var(--mid-bg);color:var(--mid)}"
  ".m-off{background:var(--off-bg);color:var(--off)}\n"
  ".claim{border-top:2px solid #e2e8f0;margin-top:1.5rem}.claim h2 .id{color:var(--off);"
  "font-weight:400;margin-right:.4rem}\n"
  "svg.plot{display:block;max-width:100%;height:auto;margin:.5rem 0}\n"
  "svg.plot text{font:11px system-ui,sans-serif;fill:#4a5568}svg.plot .cx{fill:var(--out);"
  "font-weight:700}\n"
  "tr.contradicts td{background:var(--out-bg)}tr.outside td{color:var(--off)}"
  ".mark{color:var(--out);font-weight:700;text-align:center}\n"
  ".quotes{font-size:.9rem;padding-left:1.2rem}.quotes li{margin:.3rem 0}"
  ".quotes q{quotes:none}\n"
  "mark{background:#fefcbf;padding:0 .1rem}.contradicts-q mark{background:#fed7d7}\n"
  ":target{outline:2px solid #4299e1;outline-offset:2px}\n"
  "footer{margin-top:2rem;color:var(--off);font-size:.8rem}\n"
  "@media print{body{font-size:10pt;max-width:none;padding:0}a{color:inherit;"
  "text-decoration:none}.claim{break-inside:avoid-page}svg.plot,table{break-inside:avoid}"
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}.wide{overflow:visible}}\n";

static const char *
status_class(XcStatus s)
{
  return s == XC_STATUS_CONTRADICTION ? "st-contradiction" :
         s == XC_STATUS_DISPUTED ? "st-disputed" :
         s == XC_STATUS_AGREE ? "st-agree" :
         s == XC_STATUS_CHANGED ? "st-changed" : "st-single";
}

static void
write_head(const XcReportView *view, guint n_docs, GString *out)
{
  guint n = view->claims->len;
  g_autofree char *title = g_strdup_printf("crosscheck report: %u claim%s from %u document%s",
                                           n, n == 1 ? "" : "s", n_docs, n_docs == 1 ? "" : "s");
  xc_format_html_head(out, title, css);
  g_string_append_printf(out,
    "<header>\n<h1>Figures compared across sources</h1>\n"
    "<p>%u claim%s from %u document%s.</p>\n"
    "<p class=\"legend\"><span class=\"m-in\">&#10003; within the consensus</span>"
    "<span class=\"m-out\">&#10007; contradicts it</span>"
    "<span class=\"m-mixed\">&#177; some figures in, some out</span>"
    "<span class=\"m-off\">&#183; outside it without a contradiction</span></p>\n</header>\n",
    n, n == 1 ? "" : "s", n_docs, n_docs == 1 ? "" : "s");
}

static gboolean
is_web_address(const char *url)
{
  return url && (g_ascii_strncasecmp(url, "https://", 8) == 0 ||
                 g_ascii_strncasecmp(url, "http://", 7) == 0);
}

static void
write_sources(const XcCorpus *corpus, GString *out)
{
  g_string_append(out, "<section id=\"sources\">\n<h2>Sources</h2>\n<div class=\"wide\">"
                       "<table class=\"sources\">\n<thead><tr><th></th><th>Outlet</th>"
                       "<th>Title</th><th>Published</th><th>Document</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < xc_corpus_get_n_documents(corpus); i++) {
    const XcDocument *d = xc_corpus_get_document(corpus, i);
    g_string_append_printf(out, "<tr id=\"s%u\"><th>S%u</th><td>", i + 1, i + 1);
    xc_format_html(out, d->outlet, -1);
    g_string_append(out, "</td><td>");
    if (is_web_address(d->url)) {
      g_string_append(out, "<a rel=\"noreferrer noopener\" href=\"");
      xc_format_html(out, d->url, -1);
      g_string_append(out, "\">");
      xc_format_html(out, d->title ? d->title : d->url, -1);
      g_string_append(out, "</a>");
    } else {
      xc_format_html(out, d->title, -1);
    }
    g_string_append(out, "</td><td>");
    if (d->published)
      xc_format_value(out, XC_KIND_DATE, d->published);
    g_string_append(out, "</td><td>");
    xc_format_html(out, d->id, -1);
    g_string_append(out, "</td></tr>\n");
  }
  g_string_append(out, "</tbody></table></div>\n</section>\n");
}

/* The outlets' records against the consensus and the weight each kept. */
static void
write_outlets(const XcClaimSet *set, GString *out)
{
  guint n = xc_claim_set_get_n_outlets(set);
  if (n == 0)
    return;
  g_string_append(out, "<section id=\"outlets\">\n<h2>Outlet weights</h2>\n<p>Each outlet's "
                       "statements inside the consensus of the claims where most of the weight "
                       "agrees, and the weight its statements keep for it.</p>\n<div class=\"wide\">"
                       "<table class=\"outlets\">\n<thead><tr><th>Outlet</th><th>Inside</th>"
                       "<th>Reliability</th><th>Weight</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < n; i++) {
    const XcOutlet *o = xc_claim_set_get_outlet(set, i);
    g_string_append(out, "<tr><td>");
    xc_format_html(out, o->outlet, -1);
    g_string_append_printf(out, "</td><td>%.2f of %.2f</td><td>%.2f</td><td>%.2f</td></tr>\n",
                           o->inside, o->statements, o->reliability, o->weight);
  }
  g_string_append(out, "</tbody></table></div>\n</section>\n");
}

/* The position of each document in the corpus, for "S1", "S2", ... */
static GHashTable *
document_numbers(const XcCorpus *corpus)
{
  GHashTable *h = g_hash_table_new(NULL, NULL);
  for (guint i = 0; i < xc_corpus_get_n_documents(corpus); i++)
    g_hash_table_insert(h, (gpointer)xc_corpus_get_document(corpus, i), GUINT_TO_POINTER(i + 1));
  return h;
}

static void
write_matrix(const XcReportView *view, const XcCorpus *corpus, GString *out)
{
  guint n_docs = xc_corpus_get_n_documents(corpus);
  g_string_append(out, "<section id=\"matrix\">\n<h2>Claims &#215; sources</h2>\n"
                       "<div class=\"wide\"><table class=\"matrix\">\n<thead><tr><th>Claim</th>"
                       "<th>Status</th>");
  for (guint d = 0; d < n_docs; d++) {
    const XcDocument *doc = xc_corpus_get_document(corpus, d);
    g_string_append(out, "<th title=\"");
    xc_format_html(out, xc_report_source_name(doc), -1);
    g_string_append_printf(out, "\"><a href=\"#s%u\">S%u</a></th>", d + 1, d + 1);
  }
  g_string_append(out, "</tr></thead>\n<tbody>\n");
  g_autofree guint *first = g_new(guint, n_docs);
  g_autofree guint *in = g_new(guint, n_docs);
  g_autofree guint *cx = g_new(guint, n_docs);
  g_autofree guint *off = g_new(guint, n_docs);
  g_autoptr(GHashTable) numbers = document_numbers(corpus);
  for (guint i = 0; i < view->claims->len; i++) {
    const XcClaim *c = g_ptr_array_index(view->claims, i);
    memset(in, 0, n_docs * sizeof *in);
    memset(cx, 0, n_docs * sizeof *cx);
    memset(off, 0, n_docs * sizeof *off);
    for (guint d = 0; d < n_docs; d++)
      first[d] = G_MAXUINT;
    for (guint s = 0; s < c->statements->len; s++) {
      const XcStatement *st = g_ptr_array_index(c->statements, s);
      guint d = GPOINTER_TO_UINT(g_hash_table_lookup(numbers, st->mention->doc));
      if (d == 0)
        continue;
      d--;
      if (first[d] == G_MAXUINT)
        first[d] = s;
      XcMark mark = xc_report_mark(c, s);
      (mark == XC_MARK_INSIDE ? in : mark == XC_MARK_CONTRADICTS ? cx : off)[d]++;
    }
    g_string_append_printf(out, "<tr><th><a href=\"#%s\">%s</a> ", c->id, c->id);
    xc_format_html(out, c->label, -1);
    g_string_append_printf(out, "</th><td><span class=\"status %s\">%s</span></td>",
                           status_class(c->status), xc_status_to_string(c->status));
    for (guint d = 0; d < n_docs; d++) {
      if (first[d] == G_MAXUINT) {
        g_string_append(out, "<td></td>");
        continue;
      }
      const char *cls, *sym, *words;
      if (cx[d] && in[d]) {
        cls = "m-mixed"; sym = "&#177;"; words = "some figures in the consensus, some contradict it";
      } else if (cx[d]) {
        cls = "m-out"; sym = "&#10007;"; words = "contradicts the consensus";
      } else if (in[d]) {
        cls = "m-in"; sym = "&#10003;"; words = "within the consensus";
      } else {
        cls = "m-off"; sym = "&#183;"; words = "outside the consensus without a contradiction";
      }
      g_string_append_printf(out, "<td class=\"%s\" title=\"S%u: %s\"><a href=\"#%s-s%u\">%s</a></td>",
                             cls, d + 1, words, c->id, first[d] + 1, sym);
    }
    g_string_append(out, "</tr>\n");
  }
  g_string_append(out, "</tbody></table></div>\n</section>\n");
}

enum { PLOT_W = 720, PLOT_LEFT = 40, PLOT_RIGHT = 36, ROW_H = 18, PLOT_TOP = 10, AXIS_H = 40 };

typedef struct {
  double lo, hi;
} Domain;

static void
widen(Domain *d, double v)
{
  if (!isfinite(v))
    return;
  d->lo = MIN(d->lo, v);
  d->hi = MAX(d->hi, v);
}

static double
xpos(const Domain *d, double v)
{
  double w = PLOT_W - PLOT_LEFT - PLOT_RIGHT;
  if (v <= d->lo)
    return PLOT_LEFT;
  if (v >= d->hi)
    return PLOT_LEFT + w;
  return PLOT_LEFT + (v - d->lo) / (d->hi - d->lo) * w;
}

/* A label for the value at @x, kept inside the plot by its anchor. */
static void
axis_label(GString *out, double x, double y, const char *text)
{
  const char *anchor = x < PLOT_LEFT + 80 ? "start" : x > PLOT_W - PLOT_RIGHT - 80 ? "end" : "middle";
  g_string_append_printf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y, anchor);
  xc_format_html(out, text, -1);
  g_string_append(out, "</text>\n");
}

static void
write_plot(const XcClaim *c, const XcReportView *view, GHashTable *numbers, GString *out)
{
  guint n = c->statements->len;
  Domain d = { INFINITY, -INFINITY };
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    widen(&d, st->mention->low);
    widen(&d, st->mention->high);
  }
  widen(&d, c->consensus_low);
  widen(&d, c->consensus_high);
  if (!isfinite(d.lo)) {
    d.lo = 0;
    d.hi = 1;
  }
  double pad = d.hi > d.lo ? (d.hi - d.lo) * 0.08 : MAX(fabs(d.lo) * 0.1, 1.0);
  Domain shown = { d.lo - pad, d.hi + pad };
  guint height = PLOT_TOP + n * ROW_H + AXIS_H;
  double axis_y = PLOT_TOP + n * ROW_H + 4;

  g_autoptr(GString) cons = g_string_new(NULL);
  xc_report_consensus(cons, c);
  g_string_append_printf(out, "<svg class=\"plot\" xmlns=\"http://www.w3.org/2000/svg\" "
                         "role=\"img\" aria-labelledby=\"%s-plot-title\" width=\"%d\" height=\"%u\" "
                         "viewBox=\"0 0 %d %u\">\n<title id=\"%s-plot-title\">",
                         c->id, PLOT_W, height, PLOT_W, height, c->id);
  g_string_append_printf(out, "%u statement interval%s against the consensus ", n, n == 1 ? "" : "s");
  xc_format_html(out, cons->str, -1);
  g_string_append(out, "</title>\n");

  /* the consensus band, behind everything */
  if (isfinite(c->consensus_low) || isfinite(c->consensus_high)) {
    double x0 = xpos(&shown, c->consensus_low), x1 = xpos(&shown, c->consensus_high);
    if (x1 - x0 < 3) {
      x0 -= 1.5;
      x1 += 1.5;
    }
    g_string_append_printf(out, "<rect class=\"band\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                           "height=\"%.1f\" fill=\"#c6ead3\" stroke=\"#2f855a\" "
                           "stroke-dasharray=\"3 2\"/>\n",
                           x0, PLOT_TOP - 4, x1 - x0, (double)n * ROW_H + 8);
    axis_label(out, (x0 + x1) / 2, axis_y + 30, cons->str);
    g_string_truncate(cons, 0);
  }
  g_string_append_printf(out, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#a0aec0\"/>\n",
                         PLOT_LEFT, axis_y, PLOT_W - PLOT_RIGHT, axis_y);
  g_autoptr(GString) v = g_string_new(NULL);
  xc_format_value(v, c->kind, d.lo);
  axis_label(out, xpos(&shown, d.lo), axis_y + 14, v->str);
  if (d.hi > d.lo) {
    g_string_truncate(v, 0);
    xc_format_value(v, c->kind, d.hi);
    axis_label(out, xpos(&shown, d.hi), axis_y + 14, v->str);
  }

  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    const XcMention *m = st->mention;
    XcMark mark = xc_report_mark(c, i);
    const char *color = mark == XC_MARK_CONTRADICTS ? "#c53030" :
                        mark == XC_MARK_OUTSIDE ? "#718096" : "#2b6cb0";
    double y = PLOT_TOP + i * ROW_H + ROW_H / 2.0;
    double x0 = isfinite(m->low) ? xpos(&shown, m->low) : PLOT_LEFT;
    double x1 = isfinite(m->high) ? xpos(&shown, m->high) : PLOT_W - PLOT_RIGHT;
    guint num = GPOINTER_TO_UINT(g_hash_table_lookup(numbers, m->doc));
    g_string_append_printf(out, "<a href=\"#%s-s%u\"><title>S%u ", c->id, i + 1, num);
    xc_format_html(out, xc_report_source_name(m->doc), -1);
    g_string_append(out, ": ");
    xc_format_html(out, m->doc->text + m->start, (gssize)(m->end - m->start));
    g_string_append(out, " (");
    g_autoptr(GString) iv = g_string_new(NULL);
    xc_format_interval(iv, m);
    xc_format_html(out, iv->str, -1);
    g_string_append_printf(out, ")%s</title>\n", mark == XC_MARK_CONTRADICTS ? ", contradicts the consensus" : "");
    /* which source each row is, for print where no tooltip shows */
    g_string_append_printf(out, "<text x=\"4\" y=\"%.1f\">S%u</text>\n", y + 4, num);
    if (x1 - x0 < 4) {
      g_string_append_printf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"/>\n",
                             (x0 + x1) / 2, y, color);
    } else {
      g_string_append_printf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                             "stroke=\"%s\" stroke-width=\"5\" stroke-linecap=\"round\"/>\n",
                             x0, y, x1, y, color);
      /* an open end runs to the edge and ends in an arrow head */
      if (!isfinite(m->low))
        g_string_append_printf(out, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>\n",
                               x0 - 6, y, x0 + 2, y - 6, x0 + 2, y + 6, color);
      if (!isfinite(m->high))
        g_string_append_printf(out, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>\n",
                               x1 + 6, y, x1 - 2, y - 6, x1 - 2, y + 6, color);
    }
    if (mark == XC_MARK_CONTRADICTS)
      g_string_append_printf(out, "<text class=\"cx\" x=\"%d\" y=\"%.1f\">&#10007;</text>\n",
                             PLOT_W - PLOT_RIGHT + 12, y + 4);
    g_string_append(out, "</a>\n");
  }
  g_string_append(out, "</svg>\n");
}

/* The sentence a figure stands in, escaped, with the figure in <mark>.
 * Falls back to the figure alone when extraction gave no sentence that
 * holds it. */
static void
write_quote(const XcMention *m, GString *out)
{
  const char *t = m->doc->text;
  gsize s0 = m->sentence_start, s1 = m->sentence_end;
  if (!(s0 <= m->start && m->end <= s1 && s1 <= m->doc->len))
    s0 = m->start, s1 = m->end;
  xc_format_html(out, t + s0, (gssize)(m->start - s0));
  g_string_append(out, "<mark>");
  xc_format_html(out, t + m->start, (gssize)(m->end - m->start));
  g_string_append(out, "</mark>");
  xc_format_html(out, t + m->end, (gssize)(s1 - m->end));
}

/* A related claim may have been left out of the view (--kind,
 * --min-sources): it is still named, so the reader knows it exists, but
 * only a claim shown on the page gets a link. */
static void
write_related(const XcClaim *c, GHashTable *shown, GString *out)
{
  if (c->related->len == 0)
    return;
  g_string_append(out, "<p class=\"related\">Related, not merged: ");
  for (guint i = 0; i < c->related->len; i++) {
    const XcClaim *r = g_ptr_array_index(c->related, i);
    if (i)
      g_string_append(out, "; ");
    if (g_hash_table_contains(shown, r))
      g_string_append_printf(out, "<a href=\"#%s\">%s</a>, ", r->id, r->id);
    else
      g_string_append_printf(out, "%s, ", r->id);
    xc_format_html(out, r->label, -1);
  }
  g_string_append(out, "</p>\n");
}

static void
write_claim(const XcClaim *c, const XcReportView *view, GHashTable *numbers, GHashTable *shown,
            GString *out)
{
  g_string_append_printf(out, "<section class=\"claim\" id=\"%s\">\n<h2><span class=\"id\">%s</span>",
                         c->id, c->id);
  xc_format_html(out, c->label, -1);
  g_string_append_printf(out, "</h2>\n<p><span class=\"status %s\">%s</span> &#183; consensus ",
                         status_class(c->status), xc_status_to_string(c->status));
  g_autoptr(GString) s = g_string_new(NULL);
  xc_report_consensus(s, c);
  xc_format_html(out, s->str, -1);
  if (isfinite(c->best)) {
    g_string_truncate(s, 0);
    xc_format_value(s, c->kind, c->best);
    g_string_append(out, ", best ");
    xc_format_html(out, s->str, -1);
  }
  g_string_append_printf(out, " &#183; agreement %.2f &#183; ", c->agreement);
  g_string_truncate(s, 0);
  xc_report_counts(s, c);
  xc_format_html(out, s->str, -1);
  g_string_append(out, "</p>\n");
  write_related(c, shown, out);
  write_plot(c, view, numbers, out);

  g_string_append(out, "<div class=\"wide\"><table class=\"statements\">\n<thead><tr><th></th>"
                       "<th>Source</th><th>As written</th><th>Interval</th><th>As of</th>"
                       "<th>Attribution</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < c->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    const XcMention *m = st->mention;
    XcMark mark = xc_report_mark(c, i);
    guint line, col;
    xc_document_get_position(m->doc, m->start, &line, &col);
    guint num = GPOINTER_TO_UINT(g_hash_table_lookup(numbers, m->doc));
    g_string_append_printf(out, "<tr id=\"%s-s%u\" class=\"%s\"><td class=\"mark\">%s</td>"
                           "<td><a href=\"#s%u\">S%u</a> ",
                           c->id, i + 1, xc_mark_to_string(mark),
                           mark == XC_MARK_CONTRADICTS ? "&#10007;" :
                           mark == XC_MARK_OUTSIDE ? "&#183;" : "", num, num);
    xc_format_html(out, xc_report_source_name(m->doc), -1);
    g_string_append_printf(out, ", line %u</td><td><a class=\"fig\" href=\"#%s-q%u\">", line,
                           c->id, i + 1);
    xc_format_html(out, m->doc->text + m->start, (gssize)(m->end - m->start));
    g_string_append(out, "</a></td><td>");
    g_string_truncate(s, 0);
    xc_format_interval(s, m);
    xc_format_html(out, s->str, -1);
    g_string_append(out, "</td><td>");
    if (st->as_of)
      xc_format_value(out, XC_KIND_DATE, st->as_of);
    g_string_append(out, "</td><td>");
    xc_format_html(out, st->attributed_to, -1);
    g_string_append(out, "</td></tr>\n");
  }
  g_string_append(out, "</tbody></table></div>\n<h3>Quoted</h3>\n<ol class=\"quotes\">\n");
  for (guint i = 0; i < c->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    XcMark mark = xc_report_mark(c, i);
    guint num = GPOINTER_TO_UINT(g_hash_table_lookup(numbers, st->mention->doc));
    g_string_append_printf(out, "<li id=\"%s-q%u\"%s><a href=\"#%s-s%u\">S%u</a> <q>",
                           c->id, i + 1, mark == XC_MARK_CONTRADICTS ? " class=\"contradicts-q\"" : "",
                           c->id, i + 1, num);
    write_quote(st->mention, out);
    g_string_append(out, "</q></li>\n");
  }
  g_string_append(out, "</ol>\n</section>\n");
}

static void
write_report(const XcReportView *view, GString *out)
{
  const XcCorpus *corpus = xc_analysis_get_corpus(view->analysis);
  guint n_docs = xc_corpus_get_n_documents(corpus);
  write_head(view, n_docs, out);
  g_string_append(out, "<main>\n");
  write_sources(corpus, out);
  write_outlets(xc_analysis_get_claims(view->analysis), out);
  write_matrix(view, corpus, out);
  g_autoptr(GHashTable) numbers = document_numbers(corpus);
  g_autoptr(GHashTable) shown = g_hash_table_new(NULL, NULL);
  for (guint i = 0; i < view->claims->len; i++)
    g_hash_table_add(shown, g_ptr_array_index(view->claims, i));
  for (guint i = 0; i < view->claims->len; i++)
    write_claim(g_ptr_array_index(view->claims, i), view, numbers, shown, out);
  g_string_append_printf(out, "</main>\n<footer>Written by crosscheck %s.</footer>\n"
                         "</body>\n</html>\n", XC_VERSION_STRING);
}

const XcOutputModule xc_output_html = {
  .name = "html",
  .write_report = write_report,
};
