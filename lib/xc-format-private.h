/* xc-format-private.h: writing figures for people, shared by the report
 * formats and the draft check.  Not installed. */
#pragma once

#include "xc-extract.h"

/* Appends @v as a reader expects it for @kind: "10,000", "2024-10-04",
 * "11:37", "47.5". */
void xc_format_value(GString *out, XcKind kind, double v);

/* Appends @v for machines rather than people: a plain number ("%.15g",
 * no separators), an ISO day for a date, HH:MM for a time; nothing when
 * @v is not finite (an open end, an empty cell). */
void xc_format_machine_value(GString *out, XcKind kind, double v);

/* Appends the range @lo..@hi: "10,000\u201312,000", "at least 7,000",
 * "up to 10,000", or one value when both ends are equal. */
void xc_format_range(GString *out, XcKind kind, double lo, double hi);

/* How many terminal columns @s takes: East Asian wide characters count
 * two, combining marks and zero-width characters none. */
guint xc_format_width(const char *s);

/* Appends @cell and spaces up to @width columns (see xc_format_width). */
void xc_format_pad(GString *out, const char *cell, guint width);

/* Appends @len bytes of @s with every control character (newline, tab,
 * escape) made a space, so text from a source can neither break a line
 * of a report nor send escape sequences to a terminal. */
void xc_format_plain(GString *out, const char *s, gssize len);

/* Appends @len bytes of @s (from a source, or anything else; NULL appends
 * nothing) as HTML text or attribute value: the five characters that mean
 * markup become entities and control characters spaces. */
void xc_format_html(GString *out, const char *s, gssize len);

/* Appends @len bytes of @s with every ASCII punctuation character
 * CommonMark could read as markup backslash-escaped, and line breaks made
 * spaces (a table row is one line).  Not for a line's start: list and
 * heading markers are left alone. */
void xc_format_markdown(GString *out, const char *s, gssize len);

/* Appends @len bytes of @s (NULL: an empty cell) as one RFC 4180 field:
 * in double quotes, quotes doubled, when it holds a comma, quote, CR or
 * LF; bare otherwise.  Text starting with what a spreadsheet runs as a
 * formula (=, +, -, @, a tab or CR: "=HYPERLINK(...)" in an outlet's
 * name) gets a leading apostrophe, as OWASP advises against CSV
 * injection; write numbers some other way to keep their sign. */
void xc_format_csv_field(GString *out, const char *s, gssize len);

/* Appends the start of a self-contained HTML page, up to and including
 * <body>: a Content-Security-Policy that allows the one style block
 * @css (by its SHA-256 hash) and nothing else (no script, no image, no
 * request), the generator, @title (escaped) and @css. */
void xc_format_html_head(GString *out, const char *title, const char *css);

/* Appends the interval @m's wording allows, with its unit: "3,000–3,400
 * acre", "at least 7,000". */
void xc_format_interval(GString *out, const XcMention *m);
