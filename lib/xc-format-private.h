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
