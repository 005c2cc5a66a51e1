/* xc-date.h: calendar days as plain integers.
 *
 * Dates travel through the pipeline as Julian day numbers (day 1 is
 * 0001-01-01, as GDate counts them) so that a date interval is compared
 * and reconciled exactly like a numeric one.  0 means "no date". */
#pragma once

#include <glib.h>
#include "xc-version.h"

G_BEGIN_DECLS

/** XC_DATE_ISO_LEN: bytes needed for "YYYY-MM-DD" and its NUL. */
#define XC_DATE_ISO_LEN 11

/**
 * xc_date_from_ymd:
 * Returns: the day number of @year-@month-@day, or 0 when that is not a
 * valid Gregorian date.
 */
XC_API guint32 xc_date_from_ymd(int year, int month, int day);

/**
 * xc_date_to_iso:
 * Writes @day as "YYYY-MM-DD" into @out (at least XC_DATE_ISO_LEN bytes);
 * writes an empty string when @day is 0 or out of range.
 */
XC_API void xc_date_to_iso(guint32 day, char out[XC_DATE_ISO_LEN]);

/**
 * xc_date_parse_iso:
 * Parses exactly "YYYY-MM-DD" (nothing before or after).
 * Returns: the day number, or 0 when @text is not such a date.
 */
XC_API guint32 xc_date_parse_iso(const char *text);

G_END_DECLS
