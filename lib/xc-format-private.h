/* xc-format-private.h: writing figures for people, shared by the report
 * formats and the draft check.  Not installed. */
#pragma once

#include "xc-extract.h"

/* Appends @v as a reader expects it for @kind: "10,000", "2024-10-04",
 * "11:37", "47.5". */
void xc_format_value(GString *out, XcKind kind, double v);

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

/* Appends the interval @m's wording allows, with its unit: "3,000–3,400
 * acre", "at least 7,000". */
void xc_format_interval(GString *out, const XcMention *m);
