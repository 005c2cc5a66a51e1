/* xc-format.c: figures written for people (see xc-format-private.h).
 *
 * Reports and diagnostics print values the way the sources write them:
 * thousands separators, ISO dates, an en dash between the ends of a range,
 * "at least" for a range open above.  It also holds the escaping each
 * output format needs for text that came from a source (HTML, Markdown,
 * CSV), shared by the report and the reconcile outputs. */
#include "xc-format-private.h"
#include "xc-date.h"
#include "xc-version.h"

#include <math.h>
#include <string.h>

void
xc_format_value(GString *out, XcKind kind, double v)
{
  if (isnan(v)) {
    g_string_append(out, "?");
    return;
  }
  if (isinf(v)) {
    g_string_append(out, v < 0 ? "-inf" : "inf");
    return;
  }
  if (kind == XC_KIND_DATE) {
    char iso[XC_DATE_ISO_LEN];
    xc_date_to_iso((guint32)v, iso);
    g_string_append(out, iso);
    return;
  }
  if (kind == XC_KIND_TIME) {
    g_string_append_printf(out, "%02d:%02d", (int)v / 60, (int)v % 60);
    return;
  }
  /* digits with thousands separators, and up to two decimals */
  double a = fabs(v);
  if (a >= 1e15 || a != a) {
    g_string_append_printf(out, "%g", v);
    return;
  }
  char buf[64];
  g_snprintf(buf, sizeof buf, "%.2f", a);
  char *dot = strchr(buf, '.');
  while (dot && (buf[strlen(buf) - 1] == '0'))
    buf[strlen(buf) - 1] = '\0';
  if (dot && buf[strlen(buf) - 1] == '.')
    buf[strlen(buf) - 1] = '\0';
  gsize int_len = dot && *dot ? (gsize)(dot - buf) : strlen(buf);
  if (v < 0)
    g_string_append_c(out, '-');
  for (gsize i = 0; i < int_len; i++) {
    if (i > 0 && (int_len - i) % 3 == 0 && kind != XC_KIND_YEAR)
      g_string_append_c(out, ',');
    g_string_append_c(out, buf[i]);
  }
  if (dot && *dot)
    g_string_append(out, buf + int_len);
}

void
xc_format_machine_value(GString *out, XcKind kind, double v)
{
  if (!isfinite(v))
    return;
  if (kind == XC_KIND_DATE || kind == XC_KIND_TIME) {
    xc_format_value(out, kind, v);
    return;
  }
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append(out, g_ascii_formatd(buf, sizeof buf, "%.15g", v));
}

void
xc_format_range(GString *out, XcKind kind, double lo, double hi)
{
  if (isinf(lo) && isinf(hi)) {
    g_string_append(out, "any");
  } else if (isinf(hi)) {
    g_string_append(out, "at least ");
    xc_format_value(out, kind, lo);
  } else if (isinf(lo)) {
    g_string_append(out, "up to ");
    xc_format_value(out, kind, hi);
  } else if (lo == hi) {
    xc_format_value(out, kind, lo);
  } else {
    xc_format_value(out, kind, lo);
    g_string_append(out, "\xE2\x80\x93");
    xc_format_value(out, kind, hi);
  }
}


guint
xc_format_width(const char *s)
{
  guint w = 0;
  for (const char *p = s; p && *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (g_unichar_iszerowidth(c))
      continue;
    w += g_unichar_iswide(c) ? 2 : 1;
  }
  return w;
}

void
xc_format_pad(GString *out, const char *cell, guint width)
{
  g_string_append(out, cell);
  for (guint w = xc_format_width(cell); w < width; w++)
    g_string_append_c(out, ' ');
}

void
xc_format_plain(GString *out, const char *s, gssize len)
{
  const char *end = len < 0 ? s + strlen(s) : s + len;
  for (const char *p = s; p < end; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (g_unichar_iscntrl(c))
      g_string_append_c(out, ' ');
    else
      g_string_append_unichar(out, c);
  }
}

void
xc_format_html(GString *out, const char *s, gssize len)
{
  if (!s)
    return;
  g_autoptr(GString) plain = g_string_new(NULL);
  xc_format_plain(plain, s, len);
  for (const char *p = plain->str; *p; p++) {
    switch (*p) {
    case '&': g_string_append(out, "&amp;"); break;
    case '<': g_string_append(out, "&lt;"); break;
    case '>': g_string_append(out, "&gt;"); break;
    case '"': g_string_append(out, "&quot;"); break;
    case '\'': g_string_append(out, "&#39;"); break;
    default: g_string_append_c(out, *p);
    }
  }
}

void
xc_format_markdown(GString *out, const char *s, gssize len)
{
  g_autoptr(GString) plain = g_string_new(NULL);
  xc_format_plain(plain, s, len);
  for (const char *p = plain->str; *p; p++) {
    if (strchr("\\`*_{}[]<>#|~&!", *p))
      g_string_append_c(out, '\\');
    g_string_append_c(out, *p);
  }
}

void
xc_format_csv_field(GString *out, const char *s, gssize len)
{
  if (!s)
    s = "";
  gsize n = len < 0 ? strlen(s) : (gsize)len;
  gboolean defuse = n > 0 && s[0] != '\0' && strchr("=+-@\t\r", s[0]);
  gboolean quote = FALSE;
  for (gsize i = 0; i < n && !quote; i++)
    quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
  if (quote)
    g_string_append_c(out, '"');
  if (defuse)
    g_string_append_c(out, '\'');
  for (gsize i = 0; i < n; i++) {
    if (quote && s[i] == '"')
      g_string_append_c(out, '"');
    g_string_append_c(out, s[i]);
  }
  if (quote)
    g_string_append_c(out, '"');
}

void
xc_format_html_head(GString *out, const char *title, const char *css)
{
  GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
  g_checksum_update(sum, (const guchar *)css, (gssize)strlen(css));
  guint8 digest[32];
  gsize dlen = sizeof digest;
  g_checksum_get_digest(sum, digest, &dlen);
  g_checksum_free(sum);
  g_autofree char *hash = g_base64_encode(digest, dlen);
  g_string_append_printf(out,
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    "style-src 'sha256-%s'; img-src 'none'; script-src 'none'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"generator\" content=\"crosscheck %s\">\n<title>", hash, XC_VERSION_STRING);
  xc_format_html(out, title, -1);
  g_string_append_printf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n", css);
}

void
xc_format_interval(GString *out, const XcMention *m)
{
  xc_format_range(out, m->kind, m->low, m->high);
  if (m->unit && m->kind != XC_KIND_DATE && m->kind != XC_KIND_TIME)
    g_string_append_printf(out, " %s", m->unit);
}
