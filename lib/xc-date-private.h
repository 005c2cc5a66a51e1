/* xc-date-private.h: date helpers shared by the document reader and the
 * extractor (month names, datelines).  Not installed. */
#pragma once

#include "xc-date.h"

/* Month number 1..12 for an English month name or abbreviation ("Oct",
 * "Oct.", "Sept", "October"), case-insensitive; 0 when @word is none.
 * @len is the byte length of @word; a trailing '.' is allowed. */
int xc_date_month_from_word(const char *word, gsize len);

/* Weekday 1 (Monday) .. 7 (Sunday) for an English weekday name or
 * abbreviation; 0 when @word is none. */
int xc_date_weekday_from_word(const char *word, gsize len);

/* Reads a dateline such as "2 November, 2024 Saturday", "June 15, 2025",
 * "Published 14 June 2025" or "2025-06-14": a short line whose only figures
 * make one full date.  Returns the day number, or 0. */
guint32 xc_date_parse_dateline(const char *line, gsize len);

/* Year, month, day of a day number (which must be valid). */
void xc_date_split(guint32 day, int *year, int *month, int *mday);

/* Weekday 1 (Monday) .. 7 (Sunday) of a valid day number. */
int xc_date_weekday(guint32 day);

/* Number of days in @month of @year. */
int xc_date_days_in_month(int year, int month);
