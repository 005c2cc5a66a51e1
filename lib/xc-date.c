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

/* Bit i set: name i starts with that letter ('a' first). */
static const guint16 month_initials[26] = {
  ['a' - 'a'] = 1 << 3 | 1 << 7, ['d' - 'a'] = 1 << 11, ['f' - 'a'] = 1 << 1,
  ['j' - 'a'] = 1 << 0 | 1 << 5 | 1 << 6, ['m' - 'a'] = 1 << 2 | 1 << 4,
  ['n' - 'a'] = 1 << 10, ['o' - 'a'] = 1 << 9, ['s' - 'a'] = 1 << 8,
};
static const guint16 weekday_initials[26] = {
  ['f' - 'a'] = 1 << 4, ['m' - 'a'] = 1 << 0, ['s' - 'a'] = 1 << 5 | 1 << 6,
  ['t' - 'a'] = 1 << 1 | 1 << 3, ['w' - 'a'] = 1 << 2,
};

static inline char
ascii_lower(char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* The index in @names (of lengths @lens, first letters @initials) of the
 * name @word is, ignoring ASCII case and a final '.', or -1.  Besides the
 * full name, a word of three letters matches as an abbreviation ("Oct",
 * "Oct."), and one of four where bit i of @four_ok is set ("Sept",
 * "Tues").  The extractor asks this of most words it tries, so the
 * lengths and initials are tabled and only names with the word's first
 * letter are compared. */
static int
name_index(const char *word, gsize len, const char *const *names, const guint8 *lens,
           const guint16 *initials, guint four_ok)
{
  if (len > 0 && word[len - 1] == '.')
    len--;
  if (len < 3)
    return -1;
  char c0 = ascii_lower(word[0]);
  if (c0 < 'a' || c0 > 'z')
    return -1;
  for (guint cand = initials[c0 - 'a']; cand; cand &= cand - 1) {
    int i = g_bit_nth_lsf(cand, -1);
    if (len > lens[i] || !(len == lens[i] || len == 3 || (len == 4 && (four_ok & (1u << i)))))
      continue;
    gsize k = 1;
    while (k < len && ascii_lower(word[k]) == names[i][k])
      k++;
    if (k == len)
      return i;
  }
  return -1;
}

int
xc_date_month_from_word(const char *word, gsize len)
{
  /* "May" has no abbreviation; "Sept" is the one four-letter form. */
  return 1 + name_index(word, len, month_names, month_name_len, month_initials, 1u << 8);
}

int
xc_date_weekday_from_word(const char *word, gsize len)
{
  /* Tues, Thur */
  return 1 + name_index(word, len, weekday_names, weekday_name_len, weekday_initials,
                        (1u << 1) | (1u << 3));
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

guint32
xc_date_add_months(guint32 day, int months)
{
  int y, m, d;
  xc_date_split(day, &y, &m, &d);
  int total = y * 12 + (m - 1) + months;
  if (total < 12 || total >= 10000 * 12)
    return 0;
  y = total / 12;
  m = total % 12 + 1;
  return xc_date_from_ymd(y, m, MIN(d, xc_date_days_in_month(y, m)));
}

guint32
xc_date_week_start(guint32 day)
{
  return day - (guint32)(xc_date_weekday(day) - 1);
}

guint32
xc_date_week_of(guint32 first, guint32 last, int n)
{
  if (first == 0 || last < first || n == 0)
    return 0;
  if (n < 0) {
    /* the week of the period's last Thursday */
    guint32 thursday = last - (guint32)((xc_date_weekday(last) - 4 + 7) % 7);
    return thursday >= first ? thursday - 3 : 0;
  }
  guint32 thursday = first + (guint32)((4 - xc_date_weekday(first) + 7) % 7);
  guint32 monday = thursday - 3 + 7 * (guint32)(n - 1);
  return monday + 3 <= last ? monday : 0;
}

guint32
xc_date_nth_weekday(int year, int month, int weekday, int n)
{
  guint32 first = xc_date_from_ymd(year, month, 1);
  if (!first || weekday < 1 || weekday > 7 || n == 0)
    return 0;
  guint32 last = first + (guint32)xc_date_days_in_month(year, month) - 1;
  if (n < 0)
    return last - (guint32)((xc_date_weekday(last) - weekday + 7) % 7);
  guint32 day = first + (guint32)((weekday - xc_date_weekday(first) + 7) % 7) +
                7 * (guint32)(n - 1);
  return day <= last ? day : 0;
}

int
xc_date_ordinal_from_word(const char *word, gsize len)
{
  static const struct {
    const char *word;
    guint8 len, day;
  } ordinals[] = {
    { "first", 5, 1 }, { "second", 6, 2 }, { "third", 5, 3 }, { "fourth", 6, 4 },
    { "fifth", 5, 5 }, { "sixth", 5, 6 }, { "seventh", 7, 7 }, { "eighth", 6, 8 },
    { "ninth", 5, 9 }, { "tenth", 5, 10 }, { "eleventh", 8, 11 }, { "twelfth", 7, 12 },
    { "thirteenth", 10, 13 }, { "fourteenth", 10, 14 }, { "fifteenth", 9, 15 },
    { "sixteenth", 9, 16 }, { "seventeenth", 11, 17 }, { "eighteenth", 10, 18 },
    { "nineteenth", 10, 19 }, { "twentieth", 9, 20 }, { "thirtieth", 9, 30 },
  };
  /* asked for every candidate word: almost all fail on length or letter */
  if (len < 5 || len > 11 || !strchr("fstenw", g_ascii_tolower(word[0])))
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS(ordinals); i++)
    if (ordinals[i].len == len && g_ascii_strncasecmp(word, ordinals[i].word, len) == 0)
      return ordinals[i].day;
  return 0;
}
