/* xc-date.c: calendar helpers (see xc-date.h and xc-date-private.h).
 *
 * GDate does the calendar arithmetic; this file adds the English names
 * news uses and the dateline reader the document stage needs before any
 * extraction has run. */
#include "xc-date-private.h"

#include <string.h>

guint32
xc_date_from_ymd(int year, int month, int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return 0;
  if (!g_date_valid_dmy((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return 0;
  GDate d;
  g_date_clear(&d, 1);
  g_date_set_dmy(&d, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
  return g_date_get_julian(&d);
}

void
xc_date_split(guint32 day, int *year, int *month, int *mday)
{
  GDate d;
  g_date_clear(&d, 1);
  g_date_set_julian(&d, day);
  *year = g_date_get_year(&d);
  *month = g_date_get_month(&d);
  *mday = g_date_get_day(&d);
}

int
xc_date_weekday(guint32 day)
{
  GDate d;
  g_date_clear(&d, 1);
  g_date_set_julian(&d, day);
  return (int)g_date_get_weekday(&d);
}

int
xc_date_days_in_month(int year, int month)
{
  return g_date_get_days_in_month((GDateMonth)month, (GDateYear)year);
}

void
xc_date_to_iso(guint32 day, char out[XC_DATE_ISO_LEN])
{
  out[0] = '\0';
  if (day == 0 || !g_date_valid_julian(day))
    return;
  int y, m, d;
  xc_date_split(day, &y, &m, &d);
  if (y > 9999)
    return;
  g_snprintf(out, XC_DATE_ISO_LEN, "%04d-%02d-%02d", y, m, d);
}

guint32
xc_date_parse_iso(const char *text)
{
  if (text == NULL || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
    return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit(text[i]))
      return 0;
  int y = atoi(text), m = atoi(text + 5), d = atoi(text + 8);
  return xc_date_from_ymd(y, m, d);
}

static const char *const month_names[12] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

static const char *const weekday_names[7] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static const guint8 month_name_len[12] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
static const guint8 weekday_name_len[7] = { 6, 7, 9, 8, 6, 8, 6 };

/* Matches @word against @full (of @full_len bytes) or an abbreviation of
 * it of at least @min letters, so "Oct", "Oct." and "October" all match,
 * "Octo" too, "O" not.  The extractor asks this of every capitalized
 * word, so the lengths are tabled and the first letter rejects most. */
static gboolean
matches_name(const char *word, gsize len, const char *full, gsize full_len, gsize min)
{
  if (len > 0 && word[len - 1] == '.')
    len--;
  if (len < min || len > full_len || g_ascii_tolower(word[0]) != full[0])
    return FALSE;
  return g_ascii_strncasecmp(word, full, len) == 0;
}

int
xc_date_month_from_word(const char *word, gsize len)
{
  for (int i = 0; i < 12; i++) {
    /* "May" has no abbreviation; "Sept" is the one four-letter form. */
    if (matches_name(word, len, month_names[i], month_name_len[i], 3)) {
      gsize core = len > 0 && word[len - 1] == '.' ? len - 1 : len;
      if (core == 3 || core == month_name_len[i] || (i == 8 && core == 4))
        return i + 1;
    }
  }
  return 0;
}

int
xc_date_weekday_from_word(const char *word, gsize len)
{
  for (int i = 0; i < 7; i++) {
    if (matches_name(word, len, weekday_names[i], weekday_name_len[i], 3)) {
      gsize core = len > 0 && word[len - 1] == '.' ? len - 1 : len;
      if (core == 3 || core == weekday_name_len[i] ||
          (core == 4 && (i == 1 || i == 3)))  /* Tues, Thur */
        return i + 1;
    }
  }
  return 0;
}

guint32
xc_date_parse_dateline(const char *line, gsize len)
{
  /* A dateline is short; a long line that merely contains a date is prose. */
  if (len == 0 || len > 80)
    return 0;
  g_autofree char *copy = g_strndup(line, len);
  g_strstrip(copy);
  guint32 iso = xc_date_parse_iso(copy);
  if (iso)
    return iso;

  int day = 0, month = 0, year = 0, numbers = 0;
  const char *p = copy;
  while (*p) {
    if (g_ascii_isdigit(*p)) {
      const char *s = p;
      while (g_ascii_isdigit(*p))
        p++;
      long v = strtol(s, NULL, 10);
      numbers++;
      if (p - s == 4 && v >= 1900 && v <= 2100 && !year)
        year = (int)v;
      else if (p - s <= 2 && v >= 1 && v <= 31 && !day)
        day = (int)v;
      else
        return 0;
      /* "11:37" on the dateline is a time, not part of the date. */
      if (*p == ':')
        return 0;
    } else if (g_ascii_isalpha(*p)) {
      const char *s = p;
      while (g_ascii_isalpha(*p) || *p == '.')
        p++;
      int m = xc_date_month_from_word(s, (gsize)(p - s));
      if (m && !month)
        month = m;
    } else {
      p++;
    }
  }
  if (numbers != 2 || !day || !month || !year)
    return 0;
  return xc_date_from_ymd(year, month, day);
}
