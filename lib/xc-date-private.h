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

/* @day moved by @months calendar months, its day of the month clipped to
 * the last day of the month it lands in (31 March + 1 month = 30 April);
 * 0 when the result falls outside the years GDate can hold. */
guint32 xc_date_add_months(guint32 day, int months);

/* The Monday of the week (Monday to Sunday) that holds @day. */
guint32 xc_date_week_start(guint32 day);

/* The Monday of week @n (1-based; -1 the last) of the days @first..@last
 * (a month or a year), counting a week as belonging to the period that
 * holds its Thursday, as ISO 8601 does for years: so week 1 of 2015 starts
 * on 29 December 2014.  0 when the period has no such week. */
guint32 xc_date_week_of(guint32 first, guint32 last, int n);

/* The @n-th (1-based; -1 the last) @weekday (1 Monday .. 7 Sunday) of
 * @month in @year; 0 when the month has no such day (a fifth Sunday). */
guint32 xc_date_nth_weekday(int year, int month, int weekday, int n);

/* Day of the month 1..31 for an English ordinal word ("first", "ninth",
 * "twentieth", "thirtieth"), case-insensitive; 0 when @word is none. */
int xc_date_ordinal_from_word(const char *word, gsize len);
