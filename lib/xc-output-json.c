/* xc-output-json.c: the JSON contract (docs/json.md).
 *
 * Field names here are a promise to scripts: they are added to, never
 * renamed or dropped.  Open interval ends are null; dates are ISO strings;
 * every object that starts a JSON document carries "schema": 1.  A report
 * lists the claims XcReportOptions selects, in its order. */
#include "xc-report-private.h"
#include "xc-claims-private.h"
#include "xc-date.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC(json_t, json_decref)

static json_t *
json_value(XcKind kind, double v)
{
  if (isnan(v) || isinf(v))
    return json_null();
  if (kind == XC_KIND_DATE) {
    char iso[XC_DATE_ISO_LEN];
    xc_date_to_iso((guint32)v, iso);
    return iso[0] ? json_string(iso) : json_null();
  }
  if (v == floor(v) && fabs(v) < 9e15)
    return json_integer((json_int_t)v);
  return json_real(v);
}

static json_t *
json_day(guint32 day)
{
  char iso[XC_DATE_ISO_LEN];
  xc_date_to_iso(day, iso);
  return iso[0] ? json_string(iso) : json_null();
}

static json_t *
json_str_or_null(const char *s)
{
  return s ? json_string(s) : json_null();
}

static json_t *
json_text(const XcMention *m)
{
  return json_stringn(m->doc->text + m->start, m->end - m->start);
}

/* The fields a figure and a statement share. */
static void
add_position(json_t *o, const XcMention *m)
{
  guint line, col;
  xc_document_get_position(m->doc, m->start, &line, &col);
  json_object_set_new(o, "doc", json_string(m->doc->id));
  json_object_set_new(o, "start", json_integer((json_int_t)m->start));
  json_object_set_new(o, "end", json_integer((json_int_t)m->end));
  json_object_set_new(o, "line", json_integer(line));
  json_object_set_new(o, "col", json_integer(col));
  json_object_set_new(o, "text", json_text(m));
}

static void
append_json(GString *out, json_t *o, size_t flags)
{
  char *s = json_dumps(o, flags);
  g_string_append(out, s);
  g_string_append_c(out, '\n');
  free(s);
}

/* ---- figures as JSON Lines, written directly ----
 *
 * `extract` writes one object a figure, and at that rate building a
 * jansson tree per figure and dumping it cost more than finding the
 * figures.  These functions append the bytes json_dumps(JSON_COMPACT) wrote
 * for that tree: the same key order, escapes and number forms, and a key
 * left out where jansson would refuse its value (a string that is not
 * UTF-8).  fixtures/golden and the extract tests hold them to it.  Reports
 * stay with jansson: they are written once a run. */

/* Appends @n bytes to @out, in place while it has room: GString's own
 * append is a call per piece, and a figure line is forty pieces. */
static inline void
jl_put(GString *out, const char *s, gsize n)
{
  if (G_UNLIKELY(out->len + n >= out->allocated_len)) {
    g_string_append_len(out, s, (gssize)n);
    return;
  }
  memcpy(out->str + out->len, s, n);
  out->len += n;
  out->str[out->len] = '\0';
}

static inline void
jl_putc(GString *out, char c)
{
  jl_put(out, &c, 1);
}

static inline void
jl_puts(GString *out, const char *s)
{
  jl_put(out, s, strlen(s));
}

/* Appends @len bytes of @s as a JSON string, escaped as jansson escapes:
 * the short escapes, \u00XX in capitals for other control characters,
 * everything else (DEL, '/', non-ASCII) as it is. */
static void
jl_string(GString *out, const char *s, gsize len)
{
  static const char hex[] = "0123456789ABCDEF";
  jl_putc(out, '"');
  gsize run = 0;   /* bytes before s[i] that need no escape */
  for (gsize i = 0; i < len; i++) {
    guchar c = (guchar)s[i];
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    jl_put(out, s + run, i - run);
    run = i + 1;
    char esc[2] = { '\\', 0 };
    switch (c) {
    case '"': esc[1] = '"'; break;
    case '\\': esc[1] = '\\'; break;
    case '\b': esc[1] = 'b'; break;
    case '\f': esc[1] = 'f'; break;
    case '\n': esc[1] = 'n'; break;
    case '\r': esc[1] = 'r'; break;
    case '\t': esc[1] = 't'; break;
    default:
      jl_put(out, "\\u00", 4);
      jl_putc(out, hex[c >> 4]);
      jl_putc(out, hex[c & 15]);
      continue;
    }
    jl_put(out, esc, 2);
  }
  jl_put(out, s + run, len - run);
  jl_putc(out, '"');
}

/* Whether @s is UTF-8 as jansson checks it: NUL bytes are allowed, as
 * json_stringn() takes them, where g_utf8_validate_len() stops. */
static gboolean
jl_utf8_valid(const char *s, gsize len)
{
  /* most strings here are short and ASCII: a document's id, a figure's
   * words, its unit */
  gsize k = 0;
  while (k < len && (guchar)s[k] < 0x80)
    k++;
  if (k == len)
    return TRUE;
  const char *nul;
  while ((nul = memchr(s, '\0', len)) != NULL) {
    if (!g_utf8_validate_len(s, (gsize)(nul - s), NULL))
      return FALSE;
    len -= (gsize)(nul - s) + 1;
    s = nul + 1;
  }
  return g_utf8_validate_len(s, len, NULL);
}

/* Appends ,"@key": and the string, or nothing when @s is not UTF-8
 * (jansson's json_string() gives NULL there and the key is not set). */
static void
jl_key_string(GString *out, const char *key, const char *s, gsize len)
{
  if (!jl_utf8_valid(s, len))
    return;
  jl_puts(out, key);
  jl_string(out, s, len);
}

static void
jl_key_str_or_null(GString *out, const char *key, const char *s)
{
  if (!s) {
    jl_puts(out, key);
    jl_put(out, "null", 4);
  } else {
    jl_key_string(out, key, s, strlen(s));
  }
}

static void
jl_integer(GString *out, gint64 v)
{
  char buf[24], *p = buf + sizeof buf;
  guint64 u = v < 0 ? -(guint64)v : (guint64)v;
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0)
    *--p = '-';
  jl_put(out, p, (gsize)(buf + sizeof buf - p));
}

/* Writes to @buf what "%.17g" makes of @v, without printf, when that is
 * quick to know, and returns its length, or 0.  printf takes thousands
 * of instructions a real, and most reals of a figure line are precisions,
 * 0.1 and 0.01, or halves and quarters.  A multiple of 1/256 under 10^9
 * has at most 9 digits before the point and 8 after, all exact, so
 * "%.17g" writes them all, with no exponent and no trailing zeros. */
static gsize
short_real_text(double v, char buf[G_ASCII_DTOSTR_BUF_SIZE])
{
  static const double tenths[] = { 0.1, 0.01, 0.001 };
  static char tenths_text[G_N_ELEMENTS(tenths)][G_ASCII_DTOSTR_BUF_SIZE];
  static gsize tenths_done = 0;
  if (g_once_init_enter(&tenths_done)) {
    for (gsize k = 0; k < G_N_ELEMENTS(tenths); k++)
      g_ascii_formatd(tenths_text[k], G_ASCII_DTOSTR_BUF_SIZE, "%.17g", tenths[k]);
    g_once_init_leave(&tenths_done, 1);
  }
  for (gsize k = 0; k < G_N_ELEMENTS(tenths); k++)
    if (v == tenths[k])
      return (gsize)g_strlcpy(buf, tenths_text[k], G_ASCII_DTOSTR_BUF_SIZE);
  double a = fabs(v), whole = floor(a), part = (a - whole) * 256;
  if (!(a < 1e9) || a == whole || part != floor(part))
    return 0;
  char digits[16], *d = digits + sizeof digits, *p = buf;
  guint w = (guint)whole;
  do {
    *--d = (char)('0' + w % 10);
    w /= 10;
  } while (w);
  if (v < 0)
    *p++ = '-';
  memcpy(p, d, (gsize)(digits + sizeof digits - d));
  p += digits + sizeof digits - d;
  *p++ = '.';
  guint frac = (guint)part * 390625u;   /* 1/256 is 0.00390625 */
  for (guint div = 10000000u; frac; div /= 10) {
    *p++ = (char)('0' + frac / div);
    frac %= div;
  }
  *p = '\0';
  return (gsize)(p - buf);
}

/* A real as jansson 2.14 (built without dtoa) writes it: "%.17g", with
 * ".0" added when that reads as an integer and the exponent's "+" and
 * leading zeros dropped ("1e20", "1.0000000000000001e-5"). */
static void
jl_real(GString *out, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 4];
  gsize n = short_real_text(v, buf);
  if (n) {
    jl_put(out, buf, n);
    return;
  }
  g_ascii_formatd(buf, G_ASCII_DTOSTR_BUF_SIZE, "%.17g", v);
  char *e = strchr(buf, 'e');
  if (!e && !strchr(buf, '.')) {
    strcat(buf, ".0");
  } else if (e) {
    char *start = e + 1, *end = e + 2;
    if (*start == '-')
      start++;
    while (*end == '0')
      end++;
    memmove(start, end, strlen(end) + 1);
  }
  jl_puts(out, buf);
}

/* Appends what json_value() would make of @v. */
static void
jl_value(GString *out, XcKind kind, double v)
{
  if (isnan(v) || isinf(v)) {
    jl_put(out, "null", 4);
  } else if (kind == XC_KIND_DATE) {
    char iso[XC_DATE_ISO_LEN];
    xc_date_to_iso((guint32)v, iso);
    if (iso[0])
      jl_string(out, iso, strlen(iso));
    else
      jl_put(out, "null", 4);
  } else if (v == floor(v) && fabs(v) < 9e15) {
    jl_integer(out, (gint64)v);
  } else {
    jl_real(out, v);
  }
}

static void
jl_key_value(GString *out, const char *key, XcKind kind, double v)
{
  jl_puts(out, key);
  jl_value(out, kind, v);
}

static void
jl_key_bool(GString *out, const char *key, gboolean b)
{
  jl_puts(out, key);
  if (b)
    jl_put(out, "true", 4);
  else
    jl_put(out, "false", 5);
}

/* One figure, the fields of docs/json.md in their order, and a newline. */
static void
write_mention_line(GString *out, const XcMention *m)
{
  guint line, col;
  xc_document_get_position(m->doc, m->start, &line, &col);
  jl_puts(out, "{\"schema\":1");
  jl_key_string(out, ",\"doc\":", m->doc->id, strlen(m->doc->id));
  jl_puts(out, ",\"start\":");
  jl_integer(out, (gint64)m->start);
  jl_puts(out, ",\"end\":");
  jl_integer(out, (gint64)m->end);
  jl_puts(out, ",\"line\":");
  jl_integer(out, line);
  jl_puts(out, ",\"col\":");
  jl_integer(out, col);
  jl_key_string(out, ",\"text\":", m->doc->text + m->start, m->end - m->start);
  jl_puts(out, ",\"kind\":\"");
  jl_puts(out, xc_kind_to_string(m->kind));
  jl_puts(out, "\",\"stated\":[");
  for (guint i = 0; i < m->n_stated; i++) {
    if (i > 0)
      jl_putc(out, ',');
    jl_value(out, m->kind, m->stated[i]);
  }
  jl_putc(out, ']');
  jl_key_value(out, ",\"low\":", m->kind, m->low);
  jl_key_value(out, ",\"high\":", m->kind, m->high);
  jl_puts(out, ",\"qualifier\":\"");
  jl_puts(out, xc_qualifier_to_string(m->qualifier));
  jl_putc(out, '"');
  jl_key_str_or_null(out, ",\"unit\":", m->unit);
  jl_key_str_or_null(out, ",\"counted\":", m->counted);
  jl_key_value(out, ",\"precision\":", XC_KIND_COUNT, m->precision);
  jl_key_bool(out, ",\"hypothetical\":", m->flags & XC_MENTION_HYPOTHETICAL);
  jl_key_bool(out, ",\"boilerplate\":", m->flags & XC_MENTION_BOILERPLATE);
  jl_key_bool(out, ",\"headline\":", m->flags & XC_MENTION_HEADLINE);
  jl_key_bool(out, ",\"rate\":", m->flags & XC_MENTION_RATE);
  jl_put(out, "}\n", 2);
}

static void
write_mentions(GPtrArray *mentions, GString *out)
{
  for (guint i = 0; i < mentions->len; i++)
    write_mention_line(out, g_ptr_array_index(mentions, i));
}

static json_t *
statement_to_json(const XcClaim *c, const XcStatement *st, guint index)
{
  const XcMention *m = st->mention;
  json_t *o = json_object();
  add_position(o, m);
  json_object_set_new(o, "low", json_value(c->kind, m->low));
  json_object_set_new(o, "high", json_value(c->kind, m->high));
  json_object_set_new(o, "qualifier", json_string(xc_qualifier_to_string(m->qualifier)));
  json_object_set_new(o, "weight", json_real(st->weight));
  json_object_set_new(o, "source_group", json_integer(st->source_group));
  json_object_set_new(o, "attributed_to", json_str_or_null(st->attributed_to));
  json_object_set_new(o, "as_of", json_day(st->as_of));
  json_object_set_new(o, "kind", json_string(xc_kind_to_string(m->kind)));
  json_t *stated = json_array();
  for (guint i = 0; i < m->n_stated; i++)
    json_array_append_new(stated, json_value(m->kind, m->stated[i]));
  json_object_set_new(o, "stated", stated);
  json_object_set_new(o, "counted", json_str_or_null(m->counted));
  json_object_set_new(o, "concept", json_str_or_null(st->concept));
  json_object_set_new(o, "scope", json_str_or_null(st->scope));
  json_object_set_new(o, "event", json_str_or_null(xc_statement_get_event(st)));
  json_object_set_new(o, "actor", json_str_or_null(xc_statement_get_actor(st)));
  json_object_set_new(o, "hypothetical", json_boolean(m->flags & XC_MENTION_HYPOTHETICAL));
  json_object_set_new(o, "boilerplate", json_boolean(m->flags & XC_MENTION_BOILERPLATE));
  json_object_set_new(o, "headline", json_boolean(m->flags & XC_MENTION_HEADLINE));
  json_object_set_new(o, "mark", json_string(xc_mark_to_string(xc_report_mark(c, index))));
  json_object_set_new(o, "outlet_weight", json_real(st->outlet_weight));
  return o;
}

static json_t *
claim_to_json(const XcClaim *c)
{
  json_t *o = json_object();
  json_object_set_new(o, "id", json_string(c->id));
  json_object_set_new(o, "label", json_string(c->label));
  json_object_set_new(o, "kind", json_string(xc_kind_to_string(c->kind)));
  json_object_set_new(o, "unit", json_str_or_null(c->unit));
  json_t *cons = json_object();
  json_object_set_new(cons, "low", json_value(c->kind, c->consensus_low));
  json_object_set_new(cons, "high", json_value(c->kind, c->consensus_high));
  json_object_set_new(cons, "best", json_value(c->kind, c->best));
  json_object_set_new(o, "consensus", cons);
  json_object_set_new(o, "agreement", json_real(c->agreement));
  json_object_set_new(o, "status", json_string(xc_status_to_string(c->status)));
  json_object_set_new(o, "sources", json_integer(c->n_sources));
  json_object_set_new(o, "independent", json_integer(c->n_independent));
  json_object_set_new(o, "mentions", json_integer(c->statements->len));
  json_t *sts = json_array();
  for (guint i = 0; i < c->statements->len; i++)
    json_array_append_new(sts, statement_to_json(c, g_ptr_array_index(c->statements, i), i));
  json_object_set_new(o, "statements", sts);
  json_t *cx = json_array();
  for (guint i = 0; i < c->contradictions->len; i++) {
    const XcContradiction *x = &g_array_index(c->contradictions, XcContradiction, i);
    json_t *p = json_object();
    json_object_set_new(p, "a", json_integer(x->a));
    json_object_set_new(p, "b", json_integer(x->b));
    json_object_set_new(p, "reason", json_string(x->reason));
    json_array_append_new(cx, p);
  }
  json_object_set_new(o, "contradictions", cx);
  json_t *rel = json_array();
  for (guint i = 0; i < c->related->len; i++)
    json_array_append_new(rel, json_string(((const XcClaim *)g_ptr_array_index(c->related, i))->id));
  json_object_set_new(o, "related", rel);
  return o;
}

static void
write_report(const XcReportView *view, GString *out)
{
  const XcAnalysis *analysis = view->analysis;
  g_autoptr(json_t) root = json_object();
  json_object_set_new(root, "schema", json_integer(1));
  const XcCorpus *corpus = xc_analysis_get_corpus(analysis);
  json_t *docs = json_array();
  for (guint i = 0; i < xc_corpus_get_n_documents(corpus); i++) {
    const XcDocument *d = xc_corpus_get_document(corpus, i);
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(d->id));
    json_object_set_new(o, "path", json_string(d->path));
    json_object_set_new(o, "title", json_str_or_null(d->title));
    json_object_set_new(o, "outlet", json_str_or_null(d->outlet));
    json_object_set_new(o, "published", json_day(d->published));
    json_object_set_new(o, "url", json_str_or_null(d->url));
    json_array_append_new(docs, o);
  }
  json_object_set_new(root, "documents", docs);
  json_t *claims = json_array();
  for (guint i = 0; i < view->claims->len; i++)
    json_array_append_new(claims, claim_to_json(g_ptr_array_index(view->claims, i)));
  json_object_set_new(root, "claims", claims);
  const XcClaimSet *set = xc_analysis_get_claims(analysis);
  json_t *outlets = json_array();
  for (guint i = 0; i < xc_claim_set_get_n_outlets(set); i++) {
    const XcOutlet *w = xc_claim_set_get_outlet(set, i);
    json_t *o = json_object();
    json_object_set_new(o, "outlet", json_string(w->outlet));
    json_object_set_new(o, "reliability", json_real(w->reliability));
    json_object_set_new(o, "weight", json_real(w->weight));
    json_object_set_new(o, "statements", json_real(w->statements));
    json_object_set_new(o, "inside", json_real(w->inside));
    json_array_append_new(outlets, o);
  }
  json_object_set_new(root, "outlets", outlets);
  append_json(out, root, JSON_INDENT(2));
}

const XcOutputModule xc_output_json = {
  .name = "json",
  .write_report = write_report,
  .write_mentions = write_mentions,
};
