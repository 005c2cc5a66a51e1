/* xc-normalize.c: canonical forms of table values (see xc-normalize.h).
 *
 * Each reader scans bytes by hand rather than with regular expressions:
 * the notations are few but mixed freely ("8:00pDec 8"), and a hand scan
 * says exactly which part it took and why.  Only ASCII is interpreted;
 * other bytes are kept (strings) or count as separators (names). */
#include "xc-normalize.h"
#include "xc-date.h"

#include <math.h>
#include <string.h>
#include <stdlib.h>

static const char *const type_names[] = {
  [XC_VALUE_STRING] = "string", [XC_VALUE_NUMBER] = "number",
  [XC_VALUE_DATE] = "date",     [XC_VALUE_TIME] = "time",
  [XC_VALUE_LIST] = "list",     [XC_VALUE_GATE] = "gate",
};

gboolean
xc_value_type_from_string(const char *name, XcValueType *out)
{
  g_return_val_if_fail(name != NULL && out != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS(type_names); i++) {
    if (g_ascii_strcasecmp(name, type_names[i]) == 0) {
      *out = (XcValueType)i;
      return TRUE;
    }
  }
  return FALSE;
}

const char *
xc_value_type_to_string(XcValueType type)
{
  return (guint)type < G_N_ELEMENTS(type_names) ? type_names[type] : "string";
}

/* ---- numbers ---- */

static const struct {
  const char *word;
  double scale;
} scale_words[] = {
  { "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
  { "trillion", 1e12 }, { "bn", 1e9 }, { "mn", 1e6 }, { "k", 1e3 },
  { "m", 1e6 }, { "b", 1e9 },
};

gboolean
xc_normalize_number(const char *text, double *out)
{
  g_return_val_if_fail(text != NULL && out != NULL, FALSE);
  const char *p = text;
  gboolean neg = FALSE;
  while (g_ascii_isspace(*p))
    p++;
  /* a sign, currency or approximation mark may come in any order */
  for (;;) {
    if (*p == '-' || *p == '+') {
      neg = *p == '-';
      p++;
    } else if (*p == '$' || *p == '~') {
      p++;
    } else if (g_str_has_prefix(p, "\xe2\x82\xac") || g_str_has_prefix(p, "\xc2\xa3")) {
      p += *p == '\xe2' ? 3 : 2;   /* euro, pound */
    } else if (g_str_has_prefix(p, "\xe2\x88\x92")) {
      neg = TRUE;                  /* U+2212 minus */
      p += 3;
    } else {
      break;
    }
  }
  if (!g_ascii_isdigit(*p) && !(*p == '.' && g_ascii_isdigit(p[1])))
    return FALSE;
  GString *digits = g_string_new(NULL);
  guint group = 0;      /* digits since the last separator */
  gboolean seen_sep = FALSE, seen_point = FALSE;
  for (;;) {
    if (g_ascii_isdigit(*p)) {
      g_string_append_c(digits, *p++);
      group++;
    } else if (!seen_point && (*p == ',' || *p == ' ' ||
                               g_str_has_prefix(p, "\xe2\x80\x89") ||
                               g_str_has_prefix(p, "\xc2\xa0"))
               && (seen_sep ? group == 3 : group >= 1 && group <= 3)) {
      /* a thousands separator only where three digits follow */
      gsize w = *p == ',' || *p == ' ' ? 1 : (*p == '\xe2' ? 3 : 2);
      const char *q = p + w;
      if (!(g_ascii_isdigit(q[0]) && g_ascii_isdigit(q[1]) && g_ascii_isdigit(q[2])
            && !g_ascii_isdigit(q[3])))
        break;
      p = q;
      group = 0;
      seen_sep = TRUE;
    } else if (*p == '.' && !seen_point && g_ascii_isdigit(p[1])) {
      if (seen_sep && group != 3)
        break;
      g_string_append_c(digits, *p++);
      seen_point = TRUE;
    } else {
      break;
    }
  }
  if (seen_sep && !seen_point && group != 3) {
    g_string_free(digits, TRUE);
    return FALSE;
  }
  double v = g_ascii_strtod(digits->str, NULL);
  g_string_free(digits, TRUE);
  while (g_ascii_isspace(*p))
    p++;
  if (*p == '%') {
    p++;
  } else {
    for (guint i = 0; i < G_N_ELEMENTS(scale_words); i++) {
      gsize n = strlen(scale_words[i].word);
      if (g_ascii_strncasecmp(p, scale_words[i].word, n) == 0 && !g_ascii_isalpha(p[n])) {
        v *= scale_words[i].scale;
        p += n;
        break;
      }
    }
  }
  while (g_ascii_isspace(*p) || *p == '.')
    p++;
  if (*p)
    return FALSE;
  *out = neg ? -v : v;
  return TRUE;
}

/* ---- dates ---- */

static const char *const month_names[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/* The month a word names (1..12), 0 for none: "Dec", "December", "Sept". */
static int
month_of_word(const char *w, gsize len)
{
  if (len < 3)
    return 0;
  for (int m = 0; m < 12; m++) {
    if (g_ascii_strncasecmp(w, month_names[m], 3) == 0) {
      static const char *const full[] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
      };
      if (len == 3 || (len <= strlen(full[m]) && g_ascii_strncasecmp(w, full[m], len) == 0)
          || (m == 8 && len == 4 && g_ascii_strncasecmp(w, "sept", 4) == 0))
        return m + 1;
    }
  }
  return 0;
}

static int
full_year(int y, gsize ndigits)
{
  if (ndigits <= 2)
    return y >= 70 ? 1900 + y : 2000 + y;
  return y;
}

guint32
xc_normalize_date(const char *text, int default_year)
{
  g_return_val_if_fail(text != NULL, 0);
  int nums[4];
  gsize ndig[4];
  guint n = 0;
  int month = 0;
  gboolean month_first = FALSE;  /* "Dec 8" rather than "8 Dec" */
  const char *p = text;
  while (*p) {
    if (g_ascii_isdigit(*p)) {
      const char *s = p;
      long v = 0;
      while (g_ascii_isdigit(*p) && p - s < 6)
        v = v * 10 + (*p++ - '0');
      while (g_ascii_isdigit(*p))
        p++;
      /* a clock time ("8:00", "20h00") is not part of the date */
      if (*p == ':' || (*p == 'h' && g_ascii_isdigit(p[1]))) {
        p++;
        while (g_ascii_isdigit(*p))
          p++;
        continue;
      }
      if (s > text && s[-1] == ':')
        continue;
      gsize digits = (gsize)(p - s);
      /* ordinal suffixes: "8th" */
      if ((g_ascii_strncasecmp(p, "st", 2) == 0 || g_ascii_strncasecmp(p, "nd", 2) == 0
           || g_ascii_strncasecmp(p, "rd", 2) == 0 || g_ascii_strncasecmp(p, "th", 2) == 0)
          && !g_ascii_isalpha(p[2]))
        p += 2;
      if (n < G_N_ELEMENTS(nums)) {
        nums[n] = (int)v;
        ndig[n] = digits;
        n++;
      }
    } else if (g_ascii_isalpha(*p)) {
      const char *s = p;
      while (g_ascii_isalpha(*p))
        p++;
      int m = month_of_word(s, (gsize)(p - s));
      if (m && !month) {
        month = m;
        month_first = n == 0;
      }
    } else {
      p++;
    }
  }
  int y = 0, mo = 0, d = 0;
  if (month) {
    mo = month;
    /* the day is the first number of at most two digits; a year is four
     * digits, or two digits after the day */
    for (guint i = 0; i < n; i++) {
      if (!d && ndig[i] <= 2 && nums[i] >= 1 && nums[i] <= 31)
        d = nums[i];
      else if (!y && (ndig[i] == 4 || (d && ndig[i] == 2)))
        y = full_year(nums[i], ndig[i]);
    }
    (void)month_first;
  } else if (n >= 3) {
    if (ndig[0] == 4) {
      y = nums[0];
      mo = nums[1];
      d = nums[2];
    } else if (nums[0] > 12) {
      d = nums[0];
      mo = nums[1];
      y = full_year(nums[2], ndig[2]);
    } else {
      mo = nums[0];
      d = nums[1];
      y = full_year(nums[2], ndig[2]);
    }
  } else if (n == 2 && ndig[0] <= 2 && ndig[1] <= 2) {
    mo = nums[0];
    d = nums[1];
  }
  if (!y)
    y = default_year;
  if (!y || !mo || !d)
    return 0;
  return xc_date_from_ymd(y, mo, d);
}

/* ---- times ---- */

int
xc_normalize_time(const char *text)
{
  g_return_val_if_fail(text != NULL, -1);
  for (const char *p = text; *p; p++) {
    if (!g_ascii_isdigit(*p) || (p > text && g_ascii_isdigit(p[-1])))
      continue;
    /* "(-05:00)" and "+01:00" are zones, not times */
    if (p > text && (p[-1] == '-' || p[-1] == '+'))
      continue;
    const char *q = p;
    int h = 0;
    while (g_ascii_isdigit(*q) && q - p < 3)
      h = h * 10 + (*q++ - '0');
    if (q - p > 2 || (*q != ':' && *q != 'h') || !g_ascii_isdigit(q[1]) || !g_ascii_isdigit(q[2])
        || g_ascii_isdigit(q[3]))
      continue;
    int m = (q[1] - '0') * 10 + (q[2] - '0');
    q += 3;
    if (*q == ':' && g_ascii_isdigit(q[1]) && g_ascii_isdigit(q[2]))
      q += 3;   /* seconds */
    if (h > 23 || m > 59)
      continue;
    /* AM/PM: "PM", "p.m.", or a bare "p"/"a" written against the digits
     * ("8:00pDec 8", "3:00P"); a spaced capital followed by letters is a
     * zone ("8:00 PST"), not a half of the day */
    const char *r = q;
    while (*r == ' ')
      r++;
    char c = g_ascii_tolower(*r);
    if ((c == 'a' || c == 'p') && h >= 1 && h <= 12) {
      const char *after = r + 1;
      if (*after == '.')
        after++;
      gboolean has_m = g_ascii_tolower(*after) == 'm';
      if (has_m)
        after++;
      if (*after == '.')
        after++;
      /* "PMDec": a capital after the marker starts the next word */
      gboolean ok = has_m ? !g_ascii_islower(*after)
                          : (r == q || !g_ascii_isalpha(*after) || !g_ascii_islower(*after)) &&
                            !(r != q && g_ascii_isupper(*after));
      if (ok) {
        if (c == 'p' && h != 12)
          h += 12;
        else if (c == 'a' && h == 12)
          h = 0;
      }
    }
    return h * 60 + m;
  }
  return -1;
}

/* ---- gates ---- */

char *
xc_normalize_gate(const char *text)
{
  g_return_val_if_fail(text != NULL, NULL);
  g_autofree char *up = g_ascii_strup(text, -1);
  g_strstrip(up);
  /* "Terminal A - 16": the gate is after the last dash */
  const char *s = up;
  const char *dash = g_strrstr(up, " - ");
  if (dash)
    s = dash + 3;
  else if (g_str_has_prefix(up, "TERMINAL ") || g_str_has_prefix(up, "TERM "))
    return NULL;   /* a terminal without a gate */
  while (*s == ' ')
    s++;
  if (g_str_has_prefix(s, "GATE "))
    s += 5;
  /* "C36/C", "K19/T3": the gate, then its concourse or terminal */
  const char *slash = strchr(s, '/');
  GString *g = g_string_new(NULL);
  gboolean digit = FALSE;
  for (const char *p = s; *p && p != slash; p++) {
    if (g_ascii_isalnum(*p)) {
      g_string_append_c(g, *p);
      digit = digit || g_ascii_isdigit(*p);
    } else if (*p == '?' || *p == ' ' || *p == '-') {
      continue;   /* "15?" is a gate given with doubt; spacing varies */
    } else {
      g_string_free(g, TRUE);
      return NULL;
    }
  }
  /* a gate holds a digit or is one short code ("A"); words are notes */
  if (g->len == 0 || (!digit && g->len > 2)) {
    g_string_free(g, TRUE);
    return NULL;
  }
  return g_string_free(g, FALSE);
}

/* ---- name lists ---- */

/* @c without its accents ("ü" is "u", "ß" is "ss"), appended to @out; a
 * letter with no Latin reading (Cyrillic, Han) is kept as it is, so a name
 * in another script still compares with itself. */
static void
append_folded(GString *out, gunichar c)
{
  char utf8[8] = { 0 };
  g_unichar_to_utf8(c, utf8);
  if (c < 0x80) {
    g_string_append(out, utf8);
    return;
  }
  g_autofree char *ascii = g_str_to_ascii(utf8, "C");
  g_string_append(out, strchr(ascii, '?') ? utf8 : ascii);
}

static const char *const accent_names[] = {
  "acute", "grave", "uml", "circ", "tilde", "cedil", "ring", "slash",
};

/* Names compared without accents: web stores write "St&uuml;tzle",
 * "Stützle" and "Stutzle" for one name.  HTML character references to
 * accented Latin letters ("&eacute;", "&#233;", "&#xE9;") and UTF-8
 * accented letters all become the plain letter.  Text that is not valid
 * UTF-8 keeps its bytes.  Returns: (transfer full). */
static char *
fold_accents(const char *text)
{
  GString *out = g_string_sized_new(strlen(text));
  gboolean utf8 = g_utf8_validate(text, -1, NULL);
  for (const char *p = text; *p;) {
    const char *semi = *p == '&' ? strchr(p, ';') : NULL;
    if (semi && semi - p > 2 && semi - p < 12) {
      g_autofree char *name = g_strndup(p + 1, (gsize)(semi - p - 1));
      gunichar c = 0;
      if (name[0] == '#') {
        char *end = NULL;
        gboolean hex = name[1] == 'x' || name[1] == 'X';
        guint64 v = g_ascii_strtoull(name + 1 + hex, &end, hex ? 16 : 10);
        if (end && !*end && v > 0 && v < 0x110000)
          c = (gunichar)v;
      } else if (g_ascii_isalpha(name[0])) {
        for (guint i = 0; i < G_N_ELEMENTS(accent_names) && !c; i++)
          if (g_ascii_strcasecmp(name + 1, accent_names[i]) == 0)
            c = (gunichar)name[0];
        if (g_ascii_strcasecmp(name, "szlig") == 0)
          c = 0xDF;
      }
      if (c && g_unichar_validate(c)) {
        append_folded(out, c);
        p = semi + 1;
        continue;
      }
    }
    if (utf8 && (guchar)*p >= 0x80) {
      append_folded(out, g_utf8_get_char(p));
      p = g_utf8_next_char(p);
    } else {
      g_string_append_c(out, *p++);
    }
  }
  return g_string_free(out, FALSE);
}

/* Words that are no part of a name: roles, titles, suffixes and the
 * stores' placeholders. */
static const char *const name_noise[] = {
  "unknown", "various", "anonymous", "none", "editor", "editors", "eds", "ed",
  "edited", "author", "authors", "foreword", "introduction", "translator",
  "translated", "illustrator", "compiler", "contributor", "joint", "phd", "md",
  "jr", "sr",
  "ii", "iii", "iv", "dr", "prof", "et", "al",
};

/* Words that separate two names, as ";" does: "Hoos and Stutzle",
 * "Abelson with Sussman", "By (author) Hoos, Holger By (author) ...". */
static const char *const name_breaks[] = { "and", "with", "by" };

static gboolean
word_in(const char *w, const char *const *list, guint n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal(w, list[i]))
      return TRUE;
  return FALSE;
}

/* One word of a name: lower case, and whether it is a cluster of initials
 * ("J", or "RC" written in capitals amid mixed case). */
typedef struct {
  char *text;
  gboolean initials;
} NameWord;

typedef struct {
  char *family;   /* the last word of the family name */
  char *given;    /* the given names in order, one space between, or "" */
} Name;

static void
name_word_clear(gpointer data)
{
  g_free(((NameWord *)data)->text);
}

static void
name_free(gpointer data)
{
  Name *n = data;
  g_free(n->family);
  g_free(n->given);
  g_free(n);
}

/* The words of a name as given names: a cluster of initials is one given
 * name a letter ("RC" is "r c"). */
static char *
given_of(const NameWord *w, guint n)
{
  GString *g = g_string_new(NULL);
  for (guint i = 0; i < n; i++) {
    gboolean ascii = TRUE;
    for (const char *p = w[i].text; *p; p++)
      ascii = ascii && (guchar)*p < 0x80;
    /* split by bytes only where a byte is a letter */
    if (w[i].initials && ascii) {
      for (const char *p = w[i].text; *p; p++)
        g_string_append_printf(g, "%s%c", g->len ? " " : "", *p);
    } else {
      g_string_append_printf(g, "%s%s", g->len ? " " : "", w[i].text);
    }
  }
  return g_string_free(g, FALSE);
}

static void
add_name(GPtrArray *out, const NameWord *family, const NameWord *given, guint ngiven)
{
  Name *n = g_new(Name, 1);
  n->family = g_strdup(family->text);
  n->given = given_of(given, ngiven);
  g_ptr_array_add(out, n);
}

/* A name written whole in one part: "Donald E. Knuth", or family name
 * first when it ends in initials ("Knuth Donald E", "Eberhart RC"): a
 * family name is never a lone initial. */
static void
add_whole_name(GPtrArray *out, const NameWord *w, guint n)
{
  if (n >= 2 && w[n - 1].initials && !w[0].initials)
    add_name(out, &w[0], &w[1], n - 1);
  else
    add_name(out, &w[n - 1], w, n - 1);
}

#define PART(i) ((GArray *)g_ptr_array_index(parts, (i)))
#define WORDS(i) ((const NameWord *)(void *)PART(i)->data)

/* The names of one chunk between separators, its parts split at commas.
 * Stores write "Last, First", "First Last, First Last", or "Last, First
 * Last2, First2" with the separators lost ("Conklin, Wm Arthur White,
 * Gregory B."); the shape of the parts tells which. */
static void
add_chunk(GPtrArray *out, GPtrArray *parts)
{
  guint k = parts->len;
  if (k == 0)
    return;
  gboolean all_full = TRUE;
  for (guint i = 0; i < k; i++)
    all_full = all_full && PART(i)->len >= 2;
  /* "Alfred V. Aho, Jeffrey Ullman" and "Eberhart RC, Kennedy J", but
   * "Van der Linden, Peter J." (a family name is no initial) */
  if (k == 1 || (all_full && (k > 2 || !WORDS(1)[PART(1)->len - 1].initials
                              || WORDS(0)[PART(0)->len - 1].initials))) {
    for (guint i = 0; i < k; i++)
      add_whole_name(out, WORDS(i), PART(i)->len);
    return;
  }
  /* chained: every middle part holds the given names of one author and the
   * family name of the next, which is no initial */
  gboolean chained = k >= 3;
  for (guint i = 1; i + 1 < k && chained; i++)
    chained = PART(i)->len >= 2 && !WORDS(i)[PART(i)->len - 1].initials;
  if (chained) {
    const NameWord *family = &WORDS(0)[PART(0)->len - 1];
    for (guint i = 1; i < k; i++) {
      guint ngiven = i + 1 < k ? PART(i)->len - 1 : PART(i)->len;
      add_name(out, family, WORDS(i), ngiven);
      family = &WORDS(i)[PART(i)->len - 1];
    }
    return;
  }
  /* "Last, First" pairs */
  for (guint i = 0; i < k; i += 2)
    add_name(out, &WORDS(i)[PART(i)->len - 1], i + 1 < k ? WORDS(i + 1) : NULL,
             i + 1 < k ? PART(i + 1)->len : 0);
}

#undef PART
#undef WORDS

static GArray *
new_part(void)
{
  GArray *a = g_array_new(FALSE, FALSE, sizeof(NameWord));
  g_array_set_clear_func(a, name_word_clear);
  return a;
}

/* Ends the current part (a comma) or, with @chunk_end, the chunk too (a
 * separator between names). */
static void
end_part(GPtrArray *out, GPtrArray *parts, GArray **part, gboolean chunk_end)
{
  if ((*part)->len) {
    g_ptr_array_add(parts, *part);
    *part = new_part();
  }
  if (chunk_end) {
    add_chunk(out, parts);
    g_ptr_array_set_size(parts, 0);
  }
}

/* Removes every case-insensitive occurrence of @phrase from @s. */
static void
remove_phrase(GString *s, const char *phrase)
{
  gsize n = strlen(phrase);
  for (gsize i = 0; i + n <= s->len;) {
    if (g_ascii_strncasecmp(s->str + i, phrase, n) == 0)
      g_string_erase(s, (gssize)i, (gssize)n);
    else
      i++;
  }
}

/* The names of @text in the order written (element-type Name). */
static GPtrArray *
parse_names(const char *text)
{
  g_autofree char *folded = fold_accents(text);
  GString *s = g_string_new(folded);
  /* HTML remnants first: "andapos;" holds a ';' that is no separator */
  g_string_replace(s, "andapos;", "'", 0);
  g_string_replace(s, "&apos;", "'", 0);
  g_string_replace(s, "&#39;", "'", 0);
  g_string_replace(s, "&amp;", "&", 0);
  remove_phrase(s, "not available");
  remove_phrase(s, "n/a");
  /* capitals in mixed case mark initials ("Eberhart RC"); in a text all in
   * capitals they mark nothing */
  gboolean lower_seen = FALSE;
  for (const char *p = s->str; *p && !lower_seen; p++)
    lower_seen = g_ascii_islower(*p);
  GPtrArray *out = g_ptr_array_new_with_free_func(name_free);
  GPtrArray *parts = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
  GArray *part = new_part();
  int depth = 0;
  for (const char *p = s->str; *p;) {
    if (*p == '(' || *p == '[') {
      depth++;   /* "(Author)", "(University of ..., USA)" */
      p++;
    } else if (*p == ')' || *p == ']') {
      depth = MAX(0, depth - 1);
      p++;
    } else if (depth > 0) {
      p++;
    } else if (g_ascii_isalnum(*p) || (guchar)*p >= 0x80) {
      GString *w = g_string_new(NULL);
      gboolean upper = TRUE;
      for (; *p && (g_ascii_isalnum(*p) || (guchar)*p >= 0x80 || *p == '\''); p++) {
        if (*p == '\'')
          continue;   /* inside a word: "O'Leary" */
        upper = upper && !g_ascii_islower(*p);
        g_string_append_c(w, g_ascii_tolower(*p));
      }
      if (word_in(w->str, name_breaks, G_N_ELEMENTS(name_breaks))) {
        end_part(out, parts, &part, TRUE);
      } else if (!word_in(w->str, name_noise, G_N_ELEMENTS(name_noise))) {
        glong nchars = g_utf8_validate(w->str, -1, NULL) ? g_utf8_strlen(w->str, -1) : (glong)w->len;
        NameWord nw = { .text = g_strdup(w->str),
                        .initials = nchars == 1 || (nchars == 2 && upper && lower_seen) };
        g_array_append_val(part, nw);
      }
      g_string_free(w, TRUE);
    } else {
      if (*p == ',')
        end_part(out, parts, &part, FALSE);
      else if (*p == ';' || *p == '/' || *p == '&' || *p == '|')
        end_part(out, parts, &part, TRUE);
      p++;
    }
  }
  end_part(out, parts, &part, TRUE);
  g_array_unref(part);
  g_ptr_array_unref(parts);
  g_string_free(s, TRUE);
  return out;
}

static int
cmp_str(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char *
xc_normalize_list(const char *text)
{
  g_return_val_if_fail(text != NULL, NULL);
  g_autoptr(GPtrArray) names = parse_names(text);
  if (names->len == 0)
    return NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func(g_free);
  for (guint i = 0; i < names->len; i++) {
    const Name *n = g_ptr_array_index(names, i);
    /* the initial is the first character, not byte: "Пётр" gives "П", and
     * a cut UTF-8 sequence would make the value unwritable as JSON */
    const char *g = n->given;
    gsize len = (guchar)*g >= 0x80 && g_utf8_validate(g, -1, NULL)
                ? (gsize)(g_utf8_next_char(g) - g) : (*g != 0);
    g_ptr_array_add(keys, len ? g_strdup_printf("%s %.*s", n->family, (int)len, g)
                              : g_strdup(n->family));
  }
  g_ptr_array_sort(keys, cmp_str);
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < keys->len; i++) {
    const char *k = g_ptr_array_index(keys, i);
    if (i && g_str_equal(k, g_ptr_array_index(keys, i - 1)))
      continue;
    if (out->len)
      g_string_append(out, "; ");
    g_string_append(out, k);
  }
  return g_string_free(out, FALSE);
}

/* Whether the given names @a (words, one space between) say no more than
 * @b: the same names in order, each whole, as its initial or shortened
 * ("steve" for "steven"), and perhaps fewer ("paul" and "paul j", "j n"
 * and "john n"). */
static gboolean
given_within(const char *a, const char *b)
{
  g_auto(GStrv) wa = g_strsplit(a, " ", -1);
  g_auto(GStrv) wb = g_strsplit(b, " ", -1);
  guint na = *a ? g_strv_length(wa) : 0, nb = *b ? g_strv_length(wb) : 0;
  if (na > nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (!g_str_has_prefix(wb[i], wa[i]) || (strlen(wa[i]) == 2 && strlen(wb[i]) > 2))
      return FALSE;
  return TRUE;
}

char *
xc_normalize_names(const char *text)
{
  g_return_val_if_fail(text != NULL, NULL);
  g_autoptr(GPtrArray) names = parse_names(text);
  if (names->len == 0)
    return NULL;
  /* a store that lists one author twice ("David V. Hutton, David Hutton")
   * names one author: the fuller form is kept, where the first stood */
  g_autoptr(GPtrArray) kept = g_ptr_array_new();
  for (guint i = 0; i < names->len; i++) {
    Name *n = g_ptr_array_index(names, i);
    gboolean dup = FALSE;
    for (guint j = 0; j < kept->len && !dup; j++) {
      Name *k = g_ptr_array_index(kept, j);
      if (!g_str_equal(k->family, n->family))
        continue;
      if (given_within(n->given, k->given)) {
        dup = TRUE;
      } else if (given_within(k->given, n->given)) {
        g_ptr_array_index(kept, j) = n;
        dup = TRUE;
      }
    }
    if (!dup)
      g_ptr_array_add(kept, n);
  }
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < kept->len; i++) {
    const Name *n = g_ptr_array_index(kept, i);
    g_string_append_printf(out, "%s%s%s%s", out->len ? "; " : "", n->family,
                           *n->given ? ", " : "", n->given);
  }
  return g_string_free(out, FALSE);
}

/* ---- strings ---- */

char *
xc_normalize_string(const char *text)
{
  g_return_val_if_fail(text != NULL, NULL);
  g_autofree char *folded = g_utf8_validate(text, -1, NULL)
    ? g_utf8_casefold(text, -1) : g_ascii_strdown(text, -1);
  GString *out = g_string_new(NULL);
  gboolean space = FALSE;
  for (const char *p = folded; *p; p++) {
    if (g_ascii_isspace(*p)) {
      space = out->len > 0;
      continue;
    }
    if (space)
      g_string_append_c(out, ' ');
    space = FALSE;
    g_string_append_c(out, *p);
  }
  if (out->len == 0) {
    g_string_free(out, TRUE);
    return NULL;
  }
  return g_string_free(out, FALSE);
}

/* ---- by type ---- */

char *
xc_normalize_value(XcValueType type, const char *text, double *number)
{
  g_return_val_if_fail(text != NULL, NULL);
  if (number)
    *number = NAN;
  switch (type) {
  case XC_VALUE_NUMBER: {
    double v;
    if (!xc_normalize_number(text, &v))
      return NULL;
    if (number)
      *number = v;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    if (v == floor(v) && fabs(v) < 1e15)
      g_snprintf(buf, sizeof buf, "%.0f", v);
    else
      g_ascii_formatd(buf, sizeof buf, "%.15g", v);
    return g_strdup(buf);
  }
  case XC_VALUE_DATE: {
    guint32 d = xc_normalize_date(text, 0);
    if (!d)
      return NULL;
    if (number)
      *number = d;
    char iso[XC_DATE_ISO_LEN];
    xc_date_to_iso(d, iso);
    return g_strdup(iso);
  }
  case XC_VALUE_TIME: {
    int t = xc_normalize_time(text);
    if (t < 0)
      return NULL;
    if (number)
      *number = t;
    return g_strdup_printf("%02d:%02d", t / 60, t % 60);
  }
  case XC_VALUE_LIST:
    return xc_normalize_list(text);
  case XC_VALUE_GATE:
    return xc_normalize_gate(text);
  case XC_VALUE_STRING:
  default:
    return xc_normalize_string(text);
  }
}
