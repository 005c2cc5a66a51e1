/* xc-normalize.h: reading the values of a table the way a reader would.
 *
 * Sources write the same value in their own way: "12/8/11 8:09 PM
 * (-05:00)" and "8:09pDec 8" are one time, "Terminal A - 16" and " 16 "
 * one gate, "Knuth, Donald E." and "DONALD KNUTH" one author.  Truth
 * discovery counts agreement, so values must be brought to one canonical
 * form before they are compared; each function here does that for one
 * type and says "no value" (0, -1, FALSE or NULL) rather than guess when
 * the text holds none ("Not Available", "--").
 *
 * Ownership: functions returning char * hand over a new string (transfer
 * full); inputs are borrowed. */
#pragma once

#include <glib.h>
#include "xc-version.h"

G_BEGIN_DECLS

/**
 * XcValueType: how the values of one attribute are read and compared.
 * @XC_VALUE_STRING: text, compared after trimming, folding case and
 *   collapsing white space.
 * @XC_VALUE_NUMBER: a number ("1,234", "1.2 million", "$5bn").
 * @XC_VALUE_DATE: a calendar day, written "YYYY-MM-DD".
 * @XC_VALUE_TIME: a clock time, written "HH:MM" (24 hours).
 * @XC_VALUE_LIST: a list of person names (authors), in any order and case.
 * @XC_VALUE_GATE: an airport gate ("Terminal A - 16" is gate "16").
 */
typedef enum {
  XC_VALUE_STRING,
  XC_VALUE_NUMBER,
  XC_VALUE_DATE,
  XC_VALUE_TIME,
  XC_VALUE_LIST,
  XC_VALUE_GATE,
} XcValueType;

/**
 * xc_value_type_from_string:
 * Reads "string", "number", "date", "time", "list" or "gate".
 * Returns: FALSE when @name is none of them.
 */
XC_API gboolean xc_value_type_from_string(const char *name, XcValueType *out);

/** xc_value_type_to_string: (transfer none) the name of @type. */
XC_API const char *xc_value_type_to_string(XcValueType type);

/**
 * xc_normalize_number:
 * Reads a number with optional sign, currency symbol, thousands
 * separators (",", thin or plain spaces between digit groups), decimal
 * point, percent sign and scale word ("thousand", "million", "billion",
 * "k", "m", "bn").  Returns: FALSE when @text holds no number or more than
 * the number (other words, a second number).
 */
XC_API gboolean xc_normalize_number(const char *text, double *out);

/**
 * xc_normalize_date:
 * Reads a day in the usual notations: "2011-12-08", "12/8/11" (US order
 * unless the first number exceeds 12), "December 8, 2011", "8 Dec 2011",
 * "Thu 08-Dec-2011"; a time of day next to it is ignored.  A two-digit
 * year is 19xx from 70 on, 20xx below.  A date without a year takes
 * @default_year (0: no date).
 * Returns: the day number (see xc-date.h), or 0.
 */
XC_API guint32 xc_normalize_date(const char *text, int default_year);

/**
 * xc_normalize_time:
 * Reads the first clock time in @text: "20:00", "08:00 PM", "8:00pDec 8",
 * "3:00P 12-08-11", "20h00".  A date, weekday or zone around it
 * ("EST", "(-05:00)", "(runway)") is skipped: the clock time is kept as the
 * source wrote it, because schedules are stated in local time and every
 * source of one item speaks of the same place.  12 AM is 00:00.
 * Returns: minutes after midnight (0..1439), or -1 when there is no time.
 */
XC_API int xc_normalize_time(const char *text);

/**
 * xc_normalize_gate:
 * Keeps the gate of a gate description in upper case: "Terminal A - 16"
 * and " 16 " are "16", "Term C - C45" is "C45", "Gate B7" is "B7", "15?"
 * is "15"; a concourse or terminal after a slash is dropped ("K19/T3" is
 * "K19").  Returns: (transfer full) (nullable): the gate, or NULL for text
 * that names no gate ("-", "Not provided by airline", a terminal alone).
 */
XC_API char *xc_normalize_gate(const char *text);

/**
 * xc_normalize_list:
 * Reads a list of person names separated by ";", "/", "&", "and", "with",
 * "by", or commas, each written "Last, First", "First Last" or, when it
 * ends in initials, "Last First M" ("Knuth Donald E", "Eberhart RC"), and
 * returns the names as "last f" (family name and first initial, lower
 * case, no punctuation), sorted and joined by "; ".  Parentheses ("(Author)",
 * an affiliation) and roles ("edited by", "et al.") are dropped.  "O'Leary, Timothy J.; O'Leary,
 * Linda I." and "LINDA I OLEARY / TIMOTHY J OLEARY" both give
 * "oleary l; oleary t".  HTML remnants ("&apos;", "andapos;") are read as
 * apostrophes.  Names are compared without accents: "St&uuml;tzle",
 * "Stützle" and "Stutzle" are all "stutzle"; letters with no Latin
 * reading are kept.  Returns: (transfer full) (nullable): NULL when no name is
 * left ("Not Available", empty).
 */
XC_API char *xc_normalize_list(const char *text);

/**
 * xc_normalize_names:
 * Reads @text as xc_normalize_list() does but keeps what it drops: the
 * names in the order written, each "family, given names" with every given
 * name whole ("Wm. Arthur Conklin, Gregory B. White" gives "conklin, wm
 * arthur; white, gregory b"), lower case, accents folded, initials one
 * letter each ("Eberhart RC" gives "eberhart, r c").  A name written twice
 * is kept once, in its fuller form ("David V. Hutton, David Hutton" gives
 * "hutton, david v").  This is the form the exact author list of a book is
 * compared in.  Returns: (transfer full) (nullable): NULL when no name is
 * left.
 */
XC_API char *xc_normalize_names(const char *text);

/**
 * xc_normalize_string:
 * Returns: (transfer full) (nullable): @text trimmed, case-folded, with
 * runs of white space made one space; NULL when nothing is left.
 */
XC_API char *xc_normalize_string(const char *text);

/**
 * xc_normalize_value:
 * @number: (out) (optional): the value as a number where the type has one
 *   (the number, the day number, minutes after midnight); else NAN.
 *
 * Normalizes @text as @type.  Returns: (transfer full) (nullable): the
 * canonical text (numbers in shortest round-trip form, dates
 * "YYYY-MM-DD", times "HH:MM"), or NULL when @text holds no such value.
 */
XC_API char *xc_normalize_value(XcValueType type, const char *text,
                                double *number);

G_END_DECLS
