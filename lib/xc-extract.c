/* xc-extract.c: finding figures in text (see xc-extract.h).
 *
 * Two passes over a document.  The first cuts the text into tokens (numbers
 * with their separators already read, words, single punctuation marks) and
 * marks each with its sentence and whether its line is page furniture.  The
 * second walks the tokens and, at each place a figure can start, tries the
 * readers in order of specificity: dates, times, then quantities (with
 * their ranges, multipliers, currencies, units and percent signs).  Around a
 * quantity it then reads the qualifier before it, the noun phrase it
 * counts, and the context that changes what it asserts (a conditional, a
 * rate).  Everything is a linear scan with bounded look-around, so cost
 * grows with the text, never with the square of it. */
#include "xc-extract.h"
#include "xc-date-private.h"

#include <math.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

typedef enum { T_NUM, T_WORD, T_PUNCT, T_SKIP } TokType;

/* 32 bytes: a document holds about one token per five bytes, so the
 * token array is the extractor's largest allocation and its first touch
 * a good part of its cost.  Offsets are 32-bit: text past 4 GiB in one
 * document is not read (see tokenize()). */
typedef struct {
  double value;           /* T_NUM: the value, separators removed */
  guint32 start, end;
  guint sentence;         /* index of the sentence it stands in */
  guint8 type;
  guint8 space_before;    /* white space between it and the previous token */
  guint8 newline_before;  /* a line break in that white space */
  guint8 separators;      /* T_NUM: written with thousands separators */
  guint8 int_digits;      /* T_NUM: digits before the decimal point */
  guint8 decimals;        /* T_NUM: digits after it */
  guint8 furniture;       /* its line is page furniture */
  guint8 upper;           /* T_WORD: starts with a capital letter */
  guint8 numw;            /* T_WORD: 1 + index in num_words[], or 0 */
  guint8 cand;            /* T_WORD: a reader may start a figure here */
  guint16 cls;            /* T_WORD: 1 + its slot in word_classes[], or 0 */
} Tok;

G_STATIC_ASSERT(sizeof(Tok) == 32);

typedef struct {
  const XcDocument *doc;
  const char *text;
  Tok *t;
  guint n;
  GArray *sentences;      /* gsize pairs: start, end */
  guint32 ref_day;        /* day relative dates resolve against, or 0 */
  GPtrArray *out;
  guint and_day;          /* token of the day in "October 27 and 28", or 0 */
  int and_month, and_year;
  guint8 date_order;      /* the document's order of numeric dates: see
                           * document_date_order() */
} Scan;

static gboolean
is_word_char(gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha(c);
  return g_unichar_isalpha(c) || g_unichar_ismark(c);
}

/* Thin, no-break and narrow no-break spaces group thousands in "45 000". */
static gboolean
is_group_space(const char *p, gsize *len)
{
  const guchar *u = (const guchar *)p;
  if (u[0] == 0xC2 && u[1] == 0xA0) {
    *len = 2;
    return TRUE;
  }
  if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x89 || u[2] == 0xAF)) {
    *len = 3;
    return TRUE;
  }
  if (u[0] == ' ') {
    *len = 1;
    return TRUE;
  }
  return FALSE;
}

static gboolean
three_digits_then_stop(const char *p, const char *end)
{
  return end - p >= 3 && g_ascii_isdigit(p[0]) && g_ascii_isdigit(p[1]) &&
         g_ascii_isdigit(p[2]) && (end - p == 3 || !g_ascii_isdigit(p[3]));
}

/* g_ascii_strtod() of the @len digits at @buf, with at most one point.
 * Up to 15 digits the integer they make is exact in a double, and so is
 * each power of ten to 10^22: one division of the two is then correctly
 * rounded, the same double strtod() finds, at a fraction of its cost. */
static double
decimal_value(const char *buf, gsize len)
{
  static const double tens[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  };
  guint64 m = 0;
  guint digits = 0, decimals = 0;
  gboolean point = FALSE;
  for (gsize k = 0; k < len; k++) {
    if (buf[k] == '.') {
      point = TRUE;
      continue;
    }
    m = m * 10 + (guint64)(buf[k] - '0');
    digits++;
    decimals += point;
  }
  if (digits <= 15 && decimals < G_N_ELEMENTS(tens))
    return (double)m / tens[decimals];
  return g_ascii_strtod(buf, NULL);
}

/* Reads a number starting at @p: digits, thousands groups ("45,000",
 * "45 000") and a decimal part.  Over-long digit runs are read as one token
 * of no value (T_SKIP) so they cost linear time and yield no figure. */
static const char *
read_number(const char *p, const char *end, Tok *tok)
{
  char buf[64];
  gsize blen = 0;
  gboolean too_long = FALSE;
  guint int_digits = 0, decimals = 0;

  while (p < end && g_ascii_isdigit(*p)) {
    if (blen < 40)
      buf[blen++] = *p;
    else
      too_long = TRUE;
    int_digits++;
    p++;
  }
  /* "12,34,567": Indian grouping, pairs of digits before the last three */
  if (int_digits <= 2 && int_digits > 0 && p < end && *p == ',') {
    const char *q = p;
    guint pairs = 0;
    while (end - q > 3 && q[0] == ',' && g_ascii_isdigit(q[1]) && g_ascii_isdigit(q[2]) &&
           q[3] == ',' && pairs < 6) {
      q += 3;
      pairs++;
    }
    if (pairs && *q == ',' && three_digits_then_stop(q + 1, end)) {
      for (guint k = 0; k < pairs; k++, p += 3) {
        buf[blen++] = p[1];
        buf[blen++] = p[2];
      }
      memcpy(buf + blen, p + 1, 3);
      blen += 3;
      int_digits += 2 * pairs + 3;
      p += 4;
      tok->separators = 1;
    }
  }
  /* A comma group needs 1-3 leading digits; a space group also needs
   * the first group to be short, so "in 2024 100 people" stays apart. */
  gboolean grouped = FALSE;
  while (p < end && int_digits <= 3 + (grouped ? int_digits : 0)) {
    gsize sep = 0;
    if (*p == ',' && three_digits_then_stop(p + 1, end))
      sep = 1;
    else if ((grouped || int_digits <= 3) && p + 1 < end &&
             is_group_space(p, &sep) && three_digits_then_stop(p + sep, end) &&
             (*p != ' ' || int_digits <= 3 || tok->separators == 3))
      ;
    else
      break;
    if (sep == 0)
      break;
    /* an ASCII space groups only where the groups read as one number:
     * refuse it after a comma group ("45,000 000" is two numbers) */
    if (*p == ' ' && tok->separators == 1)
      break;
    if (*p != ',' && *p != ' ')
      tok->separators = 2;
    else if (*p == ',')
      tok->separators = 1;
    else
      tok->separators = 3;
    p += sep;
    for (int i = 0; i < 3; i++) {
      if (blen < 40)
        buf[blen++] = *p;
      else
        too_long = TRUE;
      p++;
      int_digits++;
    }
    grouped = TRUE;
  }
  if (p + 1 < end && *p == '.' && g_ascii_isdigit(p[1])) {
    buf[blen++] = '.';
    p++;
    while (p < end && g_ascii_isdigit(*p)) {
      if (blen < 60)
        buf[blen++] = *p;
      else
        too_long = TRUE;
      decimals++;
      p++;
    }
  }
  buf[blen] = '\0';
  tok->type = too_long ? T_SKIP : T_NUM;
  tok->value = too_long ? 0 : decimal_value(buf, blen);
  tok->int_digits = (guint8)MIN(int_digits, 255);
  tok->decimals = (guint8)MIN(decimals, 255);
  if (tok->separators == 3)
    tok->separators = 1;
  return p;
}

/* A web address or e-mail is one skipped token: its digits are no figure. */
static const char *
read_address(const char *p, const char *end)
{
  while (p < end && !g_ascii_isspace(*p) && *p != '"' && *p != '<' &&
         *p != '>')
    p++;
  return p;
}

static gboolean
starts_address(const char *p, const char *end)
{
  /* asked at every token: the first two letters, "ht" or "ww", turn
   * nearly all away */
  gsize left = (gsize)(end - p);
  if (left < 5 || !(((*p | 0x20) == 'h' && (p[1] | 0x20) == 't') ||
                    ((*p | 0x20) == 'w' && (p[1] | 0x20) == 'w')))
    return FALSE;
  return (left > 7 && g_ascii_strncasecmp(p, "http://", 7) == 0) ||
         (left > 8 && g_ascii_strncasecmp(p, "https://", 8) == 0) ||
         (left > 4 && g_ascii_strncasecmp(p, "www.", 4) == 0);
}

/* Lines of page furniture: a run of short lines stamped with times of day
 * (a news ticker), copyright lines, and what follows a "Read also" or
 * "More news" marker.  Judged a line at a time before tokenizing. */
typedef struct {
  gsize start, end;
  guint8 is_time;
  guint8 furniture;
} Line;

static gboolean
line_is_time(const char *s, gsize len)
{
  while (len > 0 && g_ascii_isspace(s[len - 1]))
    len--;
  while (len > 0 && g_ascii_isspace(*s))
    s++, len--;
  if (len < 4 || len > 5 || s[len - 3] != ':')
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (i != len - 3 && !g_ascii_isdigit(s[i]))
      return FALSE;
  return TRUE;
}

static gboolean
has_prefix_ci(const char *s, gsize len, const char *prefix)
{
  gsize n = strlen(prefix);
  while (len > 0 && g_ascii_isspace(*s))
    s++, len--;
  return len >= n && g_ascii_strncasecmp(s, prefix, n) == 0;
}

/* Whether the @len bytes at @s hold @needle: g_strstr_len() without its
 * byte-at-a-time scan, which ran over every line of every document. */
static gboolean
contains(const char *s, gsize len, const char *needle)
{
  gsize n = strlen(needle);
  const char *end = s + len, *p = s;
  while ((gsize)(end - p) >= n && (p = memchr(p, needle[0], (gsize)(end - p) - n + 1)) != NULL) {
    if (memcmp(p, needle, n) == 0)
      return TRUE;
    p++;
  }
  return FALSE;
}

static GArray *
find_furniture(const XcDocument *doc)
{
  /* sized for an article, so that appending a line seldom reallocates */
  GArray *lines = g_array_sized_new(FALSE, TRUE, sizeof(Line), 64);
  const char *text = doc->text;
  gsize pos = 0;
  while (pos <= doc->len) {
    const char *nl = memchr(text + pos, '\n', doc->len - pos);
    gsize end = nl ? (gsize)(nl - text) : doc->len;
    Line l = { pos, end, 0, 0 };
    l.is_time = line_is_time(text + pos, end - pos);
    g_array_append_val(lines, l);
    if (!nl)
      break;
    pos = end + 1;
  }
  Line *L = (Line *)(void *)lines->data;
  guint n = lines->len;

  /* A ticker: three or more time stamps, each within four lines of the
   * next.  The lines between them, and the three after the last, are
   * headlines of other stories. */
  for (guint i = 0; i < n;) {
    if (!L[i].is_time) {
      i++;
      continue;
    }
    guint last = i, count = 1;
    for (guint j = i + 1; j < n && j <= last + 4; j++)
      if (L[j].is_time) {
        last = j;
        count++;
      }
    if (count >= 3) {
      for (guint j = i; j <= last + 3 && j < n; j++)
        L[j].furniture = 1;
    }
    i = last + 1;
  }
  gboolean after_marker = FALSE;
  for (guint i = 0; i < n; i++) {
    const char *s = text + L[i].start;
    gsize len = L[i].end - L[i].start;
    if (has_prefix_ci(s, len, "read also") || has_prefix_ci(s, len, "read more") ||
        has_prefix_ci(s, len, "more news") || has_prefix_ci(s, len, "related:") ||
        has_prefix_ci(s, len, "related articles") ||
        has_prefix_ci(s, len, "related stories") || has_prefix_ci(s, len, "tags:") ||
        has_prefix_ci(s, len, "see also"))
      after_marker = TRUE;
    else if (len > 200)
      after_marker = FALSE;
    if (after_marker || has_prefix_ci(s, len, "\xC2\xA9") ||
        has_prefix_ci(s, len, "copyright") ||
        contains(s, len, "All rights reserved"))
      L[i].furniture = 1;
  }
  return lines;
}

/* Words a point does not end a sentence after (see is_abbreviation()). */
static const char *const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st",
  "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "est",
  "inc", "co", "corp", "ltd", "gov", "sen", "rep", "prof", "fig", "a.m",
  "p.m", "v", NULL,
};

/* What the tokenizer knows of a word before any reader sees it (see
 * word_class()). */
#define WORD_CLASS_MAX 16   /* the longest word of the lists it covers */

typedef struct {
  char word[WORD_CLASS_MAX];       /* lower case, NUL-padded */
  guint8 len;                      /* 0: an empty slot */
  guint8 numw;                     /* 1 + index in num_words[], or 0 */
  guint8 starter;                  /* in starter_words[] */
  guint8 abbreviation;             /* in abbreviations[] */
  guint8 qualifier_end;            /* 1 + its row in qualifier_ends[], or 0 */
  guint8 fraction;                 /* 1 + its row in fraction_parts[], or 0 */
  guint8 fraction_plural;          /* the row's plural: "fifths" */
  guint32 lists;                   /* bit k: in word_lists[k] */
  guint32 starts;                  /* StartFact bits: which word readers can start here */
  guint32 readers;                 /* bit r: on_word[r] may start here (see read_at()) */
} WordClass;

#define WORD_CLASS_SLOTS 2048   /* a power of two, over twice the entries */

static WordClass word_classes[WORD_CLASS_SLOTS];

static void lexicon_init(void);
static void start_facts_build(void);
static guint32 word_readers(guint32 starts);
static const WordClass *word_class(const char *w, gsize len);
static const WordClass *word_class_letters(const char *w, gsize len);

/* Whether word token @t is a known abbreviation or a single letter, after
 * which a point ends no sentence: its class says, looked up already. */
static gboolean
is_abbreviation(const Tok *t)
{
  return t->end - t->start == 1 || (t->cls && word_classes[t->cls - 1].abbreviation);
}

/* The value of a fraction character ("½", "⅔"), or 0. */
static double
vulgar_fraction(gunichar c)
{
  static const struct { gunichar c; double v; } f[] = {
    { 0xBC, 0.25 }, { 0xBD, 0.5 }, { 0xBE, 0.75 }, { 0x2153, 1.0 / 3 }, { 0x2154, 2.0 / 3 },
    { 0x2155, 0.2 }, { 0x2156, 0.4 }, { 0x2157, 0.6 }, { 0x2158, 0.8 }, { 0x2159, 1.0 / 6 },
    { 0x215A, 5.0 / 6 }, { 0x215B, 0.125 }, { 0x215C, 0.375 }, { 0x215D, 0.625 },
    { 0x215E, 0.875 },
  };
  for (gsize k = 0; k < G_N_ELEMENTS(f); k++)
    if (f[k].c == c)
      return f[k].v;
  return 0;
}

/* Lower-case words a word reader can start at (besides number words and
 * capitalized words: months, weekdays, currency codes).  Every other word
 * is passed over without trying the readers, which is most of the text. */
static const char *const starter_words[] = {
  "in", "since", "during", "until", "by", "yesterday", "today", "tomorrow",
  "last", "this", "tens", "hundreds", "several", "a", "an", "dozens",
  "scores", "thousands", "millions", "billions", "half", "first", "second",
  "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "twentieth", "hundredth", "thousandth",
  "c", "hk",  /* "c $ 16.4 million": dollar prefixes in lower case */
  /* month and weekday names in lower case (see month_at()) */
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "next", "quarter",
  "u.s", "usd", "mxn", "aud", "cad", "nzd", "rmb",
  /* relative dates and periods (see read_relative_period() and after) */
  "past", "previous", "coming", "upcoming", "current", "week", "weekend",
  "month", "year", "decade", "rest", "tmrw", "spring", "summer", "autumn", "winter",
  "thirtieth", "few", "couple", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
  "sat", "sun", NULL,
};

/* How many of the eight bytes at @p, from the first, are ASCII letters:
 * a word's letters are found a word at a time, not a byte at a time.
 * Each byte is folded to lower case by its 0x20 bit, then tested for
 * 'a'..'z' by adding to its low seven bits, so no byte carries into the
 * next; a byte of 0x80 or more is no letter. */
static inline gsize
ascii_letters(const char *p)
{
  if (G_BYTE_ORDER != G_LITTLE_ENDIAN) {   /* the first byte is not the lowest */
    gsize k = 0;
    while (k < 8 && g_ascii_isalpha(p[k]))
      k++;
    return k;
  }
  const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101);
  const guint64 high = 0x80 * ones;
  guint64 x;
  memcpy(&x, p, 8);
  guint64 low7 = (x | 0x20 * ones) & ~high;
  guint64 from_a = (low7 + (0x80 - 'a') * ones) & high;       /* >= 'a' */
  guint64 past_z = (low7 + (0x80 - 'z' - 1) * ones) & high;   /* > 'z' */
  guint64 other = ~(from_a & ~past_z & ~x) & high;
  return other ? (gsize)__builtin_ctzll(other) / 8 : 8;
}

static void
tokenize(Scan *sc)
{
  const XcDocument *doc = sc->doc;
  const char *text = doc->text, *p = text;
  const char *end = text + MIN(doc->len, (gsize)G_MAXUINT32 - 1);
  g_autoptr(GArray) lines = find_furniture(doc);
  const Line *L = (const Line *)(void *)lines->data;
  guint line = 0;
  gsize line_end = L[0].end;   /* of line @line, or past the text for the last */
  /* about one token per five bytes; grown by hand, as appending through
   * GArray was a twentieth of extraction's instructions */
  gsize cap = doc->len / 5 + 16;
  Tok *toks = g_new(Tok, cap);
  guint n = 0;
  guint sentence = 0;
  gsize sentence_start = 0;
  gboolean end_pending = FALSE;   /* a sentence mark was just read */

  while (p < end) {
    guint8 space = 0, newline = 0;
    while (p < end) {
      gsize sl;
      if ((guchar)*p > ' ' && (guchar)*p < 0x80)
        break;                      /* most tokens: no space before them to read */
      if (*p == '\n') {
        newline = 1;
        space = 1;
        p++;
      } else if (g_ascii_isspace(*p)) {
        space = 1;
        p++;
      } else if ((guchar)*p >= 0x80 && is_group_space(p, &sl)) {
        space = 1;
        p += sl;
      } else {
        break;
      }
    }
    if (p >= end)
      break;
    gsize off = (gsize)(p - text);
    if (off > line_end) {
      while (line + 1 < lines->len && L[line].end < off)
        line++;
      line_end = line + 1 < lines->len ? L[line].end : G_MAXSIZE;
    }

    /* the token is built in place, the array grown first */
    if (n == cap) {
      cap *= 2;
      toks = g_renew(Tok, toks, cap);
    }
    Tok *tok = memset(&toks[n], 0, sizeof(Tok));
    tok->space_before = space;
    tok->newline_before = newline;
    tok->furniture = L[line].furniture;
    if (g_ascii_isdigit(*p) ||
        /* ".25": a decimal with no units digit, not after a word or number */
        (*p == '.' && p + 1 < end && g_ascii_isdigit(p[1]) &&
         (p == text || (!g_ascii_isalnum(p[-1]) && p[-1] != '.' && p[-1] != ',')))) {
      const char *q = read_number(p, end, tok);
      tok->start = off;
      tok->end = (gsize)(q - text);
      p = q;
    } else if (starts_address(p, end)) {
      const char *q = read_address(p, end);
      tok->type = T_SKIP;
      tok->start = off;
      tok->end = (gsize)(q - text);
      p = q;
    } else {
      gunichar c = (guchar)*p < 0x80 ? (gunichar)*p : g_utf8_get_char(p);
      if (is_word_char(c)) {
        const char *q = p;
        gboolean letters = TRUE;       /* ASCII letters only */
        while (q < end) {
          if (end - q >= 8) {             /* eight bytes at a time */
            gsize run = ascii_letters(q);
            q += run;
            if (run == 8)
              continue;
          }
          if (g_ascii_isalpha(*q)) {      /* the common case, no decoding */
            q++;
            continue;
          }
          gunichar d = (guchar)*q < 0x80 ? (gunichar)*q : g_utf8_get_char(q);
          if (is_word_char(d)) {
            q = g_utf8_next_char(q);
            letters = FALSE;
            continue;
          }
          /* keep "don't", "Ukraine's" and "U.S." whole */
          if ((d == '\'' || d == 0x2019 || d == '.') && q + 1 < end) {
            const char *r = g_utf8_next_char(q);
            if (r < end && g_ascii_isalpha(*r) &&
                (d != '.' || (q - p == 1 && r + 1 < end && r[1] == '.'))) {
              q = r;
              letters = FALSE;
              continue;
            }
          }
          break;
        }
        tok->type = T_WORD;
        tok->upper = c < 0x80 ? g_ascii_isupper(c) : g_unichar_isupper(c);
        tok->start = off;
        tok->end = (gsize)(q - text);
        const WordClass *wc = letters ? word_class_letters(p, tok->end - tok->start) :
                                        word_class(p, tok->end - tok->start);
        tok->cls = wc ? (guint16)(wc - word_classes + 1) : 0;
        tok->numw = wc ? wc->numw : 0;
        tok->cand = (tok->numw || tok->upper || (wc && wc->starter)) && wc && wc->starts;
        p = q;
      } else {
        tok->type = T_PUNCT;
        tok->start = off;
        p = g_utf8_next_char(p);
        if (p > end)
          p = end;
        tok->end = (gsize)(p - text);
        if (c >= 0xBC && (tok->value = vulgar_fraction(c)) > 0) {
          tok->type = T_NUM;     /* "½ teaspoon", "the result is ⅔" */
          tok->decimals = 2;
        }
      }
    }

    /* Sentences end at a mark followed by a capital, a digit or a quote,
     * at a line break, and never after a known abbreviation. */
    if (end_pending || (newline && n > 0)) {
      gboolean starts = newline;
      if (!starts && end_pending) {
        gunichar c = g_utf8_get_char(text + tok->start);
        starts = tok->space_before &&
                 (g_unichar_isupper(c) || g_ascii_isdigit(c) || c == '"' ||
                  c == 0x201C || c == 0x2018 || c == '\'');
      }
      if (starts) {
        gsize pair[2] = { sentence_start, tok->start };
        g_array_append_vals(sc->sentences, pair, 2);
        sentence++;
        sentence_start = tok->start;
      }
    }
    /* a closing quote right after the mark carries the end on to what
     * follows: 'traffic jams." "We have received around 50 people' */
    end_pending = end_pending && tok->type == T_PUNCT && !tok->space_before &&
                  (text[tok->start] == '"' || g_str_has_prefix(text + tok->start, "\xE2\x80\x9D") ||
                   g_str_has_prefix(text + tok->start, "\xE2\x80\x99"));
    if (tok->type == T_PUNCT) {
      char c = text[tok->start];
      if (c == '!' || c == '?' || c == ';')
        end_pending = c != ';';
      else if (c == '.' && n > 0) {
        const Tok *prev = &toks[n - 1];
        end_pending = !(prev->type == T_WORD && prev->end == tok->start &&
                        is_abbreviation(prev));
      }
    }
    tok->sentence = sentence;
    n++;
  }
  gsize pair[2] = { sentence_start, doc->len };
  g_array_append_vals(sc->sentences, pair, 2);
  sc->n = n;
  sc->t = toks;
}

/* ------------------------------------------------------------------ */
/* Token helpers                                                       */

/* ASCII lower case by table, without a call or a branch: the readers
 * compare words millions of times a second, so this sits on the hot path. */
#define LC(c) ((guchar)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
#define LC8(c) LC(c), LC((c) + 1), LC((c) + 2), LC((c) + 3), LC((c) + 4), LC((c) + 5), \
               LC((c) + 6), LC((c) + 7)
#define LC64(c) LC8(c), LC8((c) + 8), LC8((c) + 16), LC8((c) + 24), LC8((c) + 32), \
                LC8((c) + 40), LC8((c) + 48), LC8((c) + 56)
static const guchar lower_table[256] = { LC64(0), LC64(64), LC64(128), LC64(192) };
#undef LC64
#undef LC8
#undef LC

static inline guchar
lower(guchar c)
{
  return lower_table[c];
}

/* Whether the @len bytes at @a are @word (at least @len bytes), ignoring
 * ASCII case. */
static inline gboolean
text_is(const guchar *a, const guchar *w, gsize len)
{
  for (gsize k = 0; k < len; k++)
    if (lower(a[k]) != lower(w[k]))
      return FALSE;
  return TRUE;
}

/* Whether token @i is @word, ignoring ASCII case.  The readers call this
 * hundreds of times a figure, nearly always with a literal, so it is
 * inlined and, where strlen() of the word is known when compiling, the
 * token's length rejects the call before its text is read.  With a word
 * from a table the first byte rejects almost every call instead. */
static inline G_ALWAYS_INLINE gboolean
tok_is(const Scan *sc, guint i, const char *word)
{
  if (i >= sc->n)
    return FALSE;
  const Tok *t = &sc->t[i];
  const guchar *a = (const guchar *)sc->text + t->start, *w = (const guchar *)word;
  gsize len = t->end - t->start;
  if (__builtin_constant_p(strlen(word)))
    return len == strlen(word) && text_is(a, w, len);
  if (lower(a[0]) != lower(w[0]))
    return FALSE;
  for (gsize k = 1; k < len; k++)
    if (!w[k] || lower(a[k]) != lower(w[k]))
      return FALSE;
  return w[len] == '\0';
}

static inline G_ALWAYS_INLINE gboolean
tok_is_punct(const Scan *sc, guint i, const char *mark)
{
  return i < sc->n && sc->t[i].type == T_PUNCT && tok_is(sc, i, mark);
}

/* Hyphens and dashes that join the two ends of a range. */
static gboolean
tok_is_dash(const Scan *sc, guint i)
{
  if (i >= sc->n || sc->t[i].type != T_PUNCT)
    return FALSE;
  return tok_is(sc, i, "-") || tok_is(sc, i, "\xE2\x80\x93") ||
         tok_is(sc, i, "\xE2\x80\x94") || tok_is(sc, i, "\xE2\x80\x90");
}

/* Tokens @i and @i+1 touch: no space between them. */
static gboolean
attached(const Scan *sc, guint i)
{
  return i + 1 < sc->n && !sc->t[i + 1].space_before;
}

static gboolean
same_sentence(const Scan *sc, guint a, guint b)
{
  return a < sc->n && b < sc->n && sc->t[a].sentence == sc->t[b].sentence;
}

/* Whether token @i is a word of @list (see "Word lists"). */
static inline G_ALWAYS_INLINE gboolean word_in(const Scan *sc, guint i,
                                               const char *const *list);
static const guint64 *qualifiers_ending_at(const Scan *sc, int i);
static gsize qualifier_next(const guint64 *ends, gsize k);

/* Matches a phrase of words ending at token @last (inclusive).  Returns
 * the first token of the match, or -1. */
static int
phrase_ends_at(const Scan *sc, int last, const char *phrase)
{
  /* words are matched from the last one back, in place: this runs for
   * every qualifier phrase at every quantity, so a token that is no word
   * or ends in another letter than the phrase is turned away first */
  const char *w_end = phrase + strlen(phrase);
  if (w_end == phrase)
    return last + 1;
  if (last < 0 || sc->t[last].type != T_WORD ||
      lower((guchar)sc->text[sc->t[last].end - 1]) != (guchar)w_end[-1])
    return -1;
  int i = last;
  while (w_end > phrase) {
    const char *w = w_end;
    while (w > phrase && w[-1] != ' ')
      w--;
    if (i < 0 || sc->t[i].type != T_WORD)
      return -1;
    const Tok *t = &sc->t[i];
    gsize len = t->end - t->start;
    if (len != (gsize)(w_end - w))
      return -1;
    for (gsize k = 0; k < len; k++)
      if (lower((guchar)sc->text[t->start + k]) != (guchar)w[k])
        return -1;
    i--;
    w_end = w > phrase ? w - 1 : phrase;
  }
  return i + 1;
}

/* ------------------------------------------------------------------ */
/* Numbers in words                                                    */

typedef struct {
  const char *word;
  double value;
  guint8 scale;   /* multiplies what came before */
} NumWord;

static const NumWord num_words[] = {
  { "zero", 0, 0 }, { "one", 1, 0 }, { "two", 2, 0 }, { "three", 3, 0 },
  { "four", 4, 0 }, { "five", 5, 0 }, { "six", 6, 0 }, { "seven", 7, 0 },
  { "eight", 8, 0 }, { "nine", 9, 0 }, { "ten", 10, 0 }, { "eleven", 11, 0 },
  { "twelve", 12, 0 }, { "thirteen", 13, 0 }, { "fourteen", 14, 0 },
  { "fifteen", 15, 0 }, { "sixteen", 16, 0 }, { "seventeen", 17, 0 },
  { "eighteen", 18, 0 }, { "nineteen", 19, 0 }, { "twenty", 20, 0 },
  { "thirty", 30, 0 }, { "forty", 40, 0 }, { "fifty", 50, 0 },
  { "sixty", 60, 0 }, { "seventy", 70, 0 }, { "eighty", 80, 0 },
  { "ninety", 90, 0 }, { "dozen", 12, 0 }, { "hundred", 100, 1 },
  { "thousand", 1e3, 1 }, { "million", 1e6, 1 }, { "billion", 1e9, 1 },
  { "trillion", 1e12, 1 }, { "nought", 0, 0 }, { "naught", 0, 0 }, { "lakh", 1e5, 1 },
  { "lakhs", 1e5, 1 }, { "crore", 1e7, 1 }, { "crores", 1e7, 1 },
};

/* The number word token @i is, looked up once when tokenizing. */
static const NumWord *
num_word(const Scan *sc, guint i)
{
  if (i >= sc->n || !sc->t[i].numw)
    return NULL;
  return &num_words[sc->t[i].numw - 1];
}

/* Every word of the text is looked up once, when tokenizing, in a small
 * open-addressing table keyed by its ASCII lower case, instead of being
 * compared with num_words[], starter_words[] and abbreviations[] in turn
 * (a tenth of extraction's time).  Words with other letters, or longer
 * than any entry, are in none of them. */

/* The home slot of a word of @len bytes whose lower case starts with @a,
 * @b and ends with @z: three letters and the length tell the table's
 * words apart well enough, and reading no more of a word makes the
 * lookup of the many words in no list cost the same whatever their length
 * (a word of one letter gives it twice). */
static inline guint
word_class_home(guchar a, guchar b, guchar z, gsize len)
{
  guint h = a * 0x9E3779B1u ^ b * 0x85EBCA77u ^ z * 0xC2B2AE3Du ^ (guint)len * 0x27D4EB2Fu;
  return (h * 0x9E3779B1u) >> 21;
}
G_STATIC_ASSERT(WORD_CLASS_SLOTS == 1u << (32 - 21));

static guint
word_class_hash(const char *lower_word, gsize len)
{
  return word_class_home((guchar)lower_word[0], (guchar)lower_word[len > 1],
                         (guchar)lower_word[len - 1], len);
}

/* The slot for @lower_word: its entry, or the empty slot it would take. */
static WordClass *
word_class_slot(const char *lower_word, gsize len)
{
  guint h = word_class_hash(lower_word, len);
  while (word_classes[h].len &&
         !(word_classes[h].len == len && memcmp(word_classes[h].word, lower_word, len) == 0))
    h = (h + 1) & (WORD_CLASS_SLOTS - 1);
  return &word_classes[h];
}

static WordClass *
word_class_add(const char *lower_word)
{
  static guint used = 0;   /* the table stays under half full */
  gsize len = strlen(lower_word);
  g_assert(len > 0 && len <= WORD_CLASS_MAX);
  WordClass *c = word_class_slot(lower_word, len);
  if (!c->len) {
    g_assert(++used <= WORD_CLASS_SLOTS / 2);
    memcpy(c->word, lower_word, len);
    c->len = (guint8)len;
  }
  return c;
}

static void
word_classes_build(void)
{
  for (gsize k = 0; k < G_N_ELEMENTS(num_words); k++)
    word_class_add(num_words[k].word)->numw = (guint8)(k + 1);
  for (const char *const *w = starter_words; *w; w++)
    word_class_add(*w)->starter = 1;
  for (const char *const *w = abbreviations; *w; w++)
    word_class_add(*w)->abbreviation = 1;
}

/* The class of the @len bytes at @w, or NULL for a word in no list.  The
 * word is folded to lower case, as the table holds it, then looked up. */
static const WordClass *
word_class(const char *w, gsize len)
{
  char low[WORD_CLASS_MAX] = { 0 };   /* padded as the table's words */
  if (len == 0 || len > WORD_CLASS_MAX)
    return NULL;
  for (gsize k = 0; k < len; k++) {
    guchar c = (guchar)w[k];
    if (c >= 0x80)
      return NULL;
    low[k] = (char)lower(c);
  }
  for (guint h = word_class_hash(low, len); word_classes[h].len;
       h = (h + 1) & (WORD_CLASS_SLOTS - 1))
    if (memcmp(word_classes[h].word, low, WORD_CLASS_MAX) == 0)
      return &word_classes[h];
  return NULL;
}

/* word_class() of a word known to be ASCII letters only, as most are: a
 * letter's lower case is a bit, and the word is compared only with the
 * entries of its length met on the way from its home slot, so a word in
 * no list is mostly told so by an empty slot, without reading it all. */
static const WordClass *
word_class_letters(const char *w, gsize len)
{
  if (len == 0 || len > WORD_CLASS_MAX)
    return NULL;
  for (guint h = word_class_home((guchar)(w[0] | 0x20), (guchar)(w[len > 1] | 0x20),
                                 (guchar)(w[len - 1] | 0x20), len);
       word_classes[h].len; h = (h + 1) & (WORD_CLASS_SLOTS - 1)) {
    const WordClass *c = &word_classes[h];
    if (c->len != len)
      continue;
    gsize k = 0;
    while (k < len && (guchar)(w[k] | 0x20) == (guchar)c->word[k])
      k++;
    if (k == len)
      return c;
  }
  return NULL;
}

/* Abbreviated multipliers written after a number: "4k", "2.4bn", "£40m". */
static double
short_scale(const Scan *sc, guint i)
{
  static const struct { const char *w; double v; } s[] = {
    { "k", 1e3 }, { "K", 1e3 }, { "m", 1e6 }, { "M", 1e6 }, { "mn", 1e6 },
    { "mln", 1e6 }, { "bn", 1e9 }, { "bln", 1e9 }, { "b", 1e9 }, { "tn", 1e12 },
    { "trn", 1e12 }, { "tln", 1e12 }, { "mil", 1e6 }, { "MM", 1e6 },
    { "G", 1e9 },   /* giga, only apart: "4G" is a network */
  };
  if (i >= sc->n || sc->t[i].type != T_WORD)
    return 0;
  for (gsize k = 0; k < G_N_ELEMENTS(s); k++) {
    gsize len = sc->t[i].end - sc->t[i].start;
    if (len == strlen(s[k].w) && memcmp(sc->text + sc->t[i].start, s[k].w, len) == 0)
      return s[k].v;
  }
  return 0;
}

/* A number expression: what a quantity starts with. */
typedef struct {
  double value;
  double precision;      /* the rounding the written form implies */
  guint first, last;     /* token span */
  gboolean scaled;       /* carried a multiplier (thousand, bn) */
  gboolean words;        /* written in words */
  gboolean bare_digits;  /* digits with no separator, no decimals */
} NumExpr;

/* The rounding of a written number: "10,000" is a round ten thousand, to
 * the nearest thousand; "2,600" to the nearest hundred; "3.7 million" to
 * the nearest hundred thousand.  Taken from the trailing zeros, capped at
 * a tenth of the value so "10,000" is not read as "any 5,000-15,000". */
static double
precision_of(double value, guint decimals, double scale)
{
  if (value == 0)
    return 1;
  if (decimals > 0)
    return pow(10, -(double)decimals) * scale;
  double v = value, p = 1;
  while (v >= 10 && fmod(v, 10) == 0 && p * 10 <= value / 10) {
    v /= 10;
    p *= 10;
  }
  return p * scale;
}

/* The value of token @j as a part of a number in words: a number word, or
 * a whole number below 1,000 in digits where digits mix with words ("4
 * thousand 3 hundred and 21"), which @digits_ok allows.  *@scale is set
 * when it multiplies what came before. */
static gboolean
word_part(const Scan *sc, guint j, gboolean digits_ok, double *value, gboolean *scale)
{
  const NumWord *w = num_word(sc, j);
  if (w) {
    *value = w->value;
    *scale = w->scale;
    return TRUE;
  }
  if (digits_ok && j < sc->n && sc->t[j].type == T_NUM && !sc->t[j].separators &&
      !sc->t[j].decimals && sc->t[j].value < 1000) {
    *value = sc->t[j].value;
    *scale = FALSE;
    return TRUE;
  }
  return FALSE;
}

static gboolean
is_scale_word(const Scan *sc, guint j)
{
  const NumWord *w = num_word(sc, j);
  return w && w->scale;
}

static gboolean
is_dozen_word(const Scan *sc, guint j)
{
  if (j >= sc->n || sc->t[j].type != T_WORD || lower((guchar)sc->text[sc->t[j].start]) != 'd')
    return FALSE;
  return tok_is(sc, j, "dozen") || tok_is(sc, j, "dozens") || tok_is(sc, j, "dz") ||
         tok_is(sc, j, "dzs") || tok_is(sc, j, "doz") || tok_is(sc, j, "dozs");
}

/* Digits said after "point": "nine point nought four", "two hundred point
 * seventy-one".  Adds them to *@value; returns the last token, or 0. */
static guint
point_decimals(const Scan *sc, guint j, double *value, guint *decimals)
{
  if (!tok_is(sc, j, "point") || !same_sentence(sc, j, j + 1))
    return 0;
  const NumWord *w = num_word(sc, j + 1);
  if (!w || w->scale || tok_is(sc, j + 1, "dozen"))
    return 0;
  double frac = 0, place = 0.1;
  guint k = j + 1, n = 0;
  if (w->value >= 10) {   /* "point seventy-one", "point eleven" */
    double v = w->value;
    const NumWord *u = NULL;
    if (fmod(v, 10) == 0 && tok_is_dash(sc, k + 1) && attached(sc, k) && attached(sc, k + 1))
      u = num_word(sc, k + 2);
    if (u && !u->scale && u->value >= 1 && u->value < 10) {
      v += u->value;
      k += 2;
    }
    *value += v / 100;
    *decimals = 2;
    return k;
  }
  for (; (w = num_word(sc, k)) && !w->scale && w->value < 10 && n < 20; k++, n++) {
    frac += w->value * place;
    place /= 10;
  }
  *value += frac;
  *decimals = n;
  return k - 1;
}

/* Reads a number in words from @i: "three hundred and twelve",
 * "thirty-four", "fifty - two", "forty thousand", "a dozen", "half a
 * dozen", "three dozens", "three lakh crore", "five point five". */
static gboolean
read_word_number(const Scan *sc, guint i, NumExpr *out)
{
  double total = 0, current = 0, seg = 0, big = 0, last_scale_value = 0;
  guint j = i, last = i;
  gboolean any = FALSE, last_scale = FALSE;

  /* most words are no number: only number words, "a", "an" and "half"
   * (or digits before a multiplier) can start one */
  if (i >= sc->n || (sc->t[i].type == T_WORD && !sc->t[i].numw && !tok_is(sc, i, "a") &&
                     !tok_is(sc, i, "an") && !tok_is(sc, i, "half") &&
                     !tok_is(sc, i, "quarter")))
    return FALSE;

  if (tok_is(sc, j, "half") && tok_is(sc, j + 1, "a") && tok_is(sc, j + 2, "dozen")) {
    *out = (NumExpr){ 6, 1, i, j + 2, FALSE, TRUE, FALSE };
    return TRUE;
  }
  /* "half a million", "a quarter million", "half million" */
  {
    guint k = j;
    if (tok_is(sc, k, "a"))
      k++;
    double part = tok_is(sc, k, "half") ? 0.5 : tok_is(sc, k, "quarter") ? 0.25 : 0;
    guint s = tok_is(sc, k + 1, "a") ? k + 2 : k + 1;
    const NumWord *w = part ? num_word(sc, s) : NULL;
    if (w && w->scale && w->value >= 1e3 && same_sentence(sc, i, s)) {
      *out = (NumExpr){ part * w->value, part * w->value / 10, i, s, TRUE, TRUE, FALSE };
      return TRUE;
    }
  }
  /* "came to naught", "all for nought": no zero */
  if ((tok_is(sc, j, "naught") || tok_is(sc, j, "nought")) && j > 0 &&
      (tok_is(sc, j - 1, "to") || tok_is(sc, j - 1, "for")))
    return FALSE;
  if ((tok_is(sc, j, "a") || tok_is(sc, j, "an")) && sc->t[j].type == T_WORD) {
    const NumWord *w = num_word(sc, j + 1);
    if (!w || (!w->scale && !tok_is(sc, j + 1, "dozen")))
      return FALSE;
    current = 1;
    j++;
  } else if (is_scale_word(sc, j) && is_scale_word(sc, j + 1) &&
             num_word(sc, j + 1)->value > num_word(sc, j)->value) {
    current = 1;    /* "hundred thousand dollars" */
  }
  for (;; j++) {
    double v;
    gboolean scale;
    /* digits join words only before a multiplier ("3 hundred") or after
     * "and" that follows one ("hundred and 21"); "5 million 300" stays
     * apart */
    gboolean digits_ok = j == i ? is_scale_word(sc, j + 1) :
                         last_scale && j > i && (tok_is(sc, j - 1, "and") ||
                                                 is_scale_word(sc, j + 1));
    if (any && is_dozen_word(sc, j) && !tok_is(sc, j, "dozen")) {
      if (seg)                /* "three hundred and two dozens" */
        current += seg * 11;
      else
        current = (current ? current : 1) * 12;
      seg = 0;
      last_scale = FALSE;
      last = j;
      continue;
    }
    if (!word_part(sc, j, digits_ok, &v, &scale)) {
      /* "thirty-four", "fifty - two": a hyphen between tens and units,
       * touching both or standing apart from both */
      if (any && tok_is_dash(sc, j) && j + 1 < sc->n &&
          ((attached(sc, j - 1) && attached(sc, j)) ||
           (sc->t[j].space_before && sc->t[j + 1].space_before)) &&
          num_word(sc, j + 1) && !num_word(sc, j + 1)->scale &&
          num_word(sc, j + 1)->value < 10 && num_word(sc, j + 1)->value > 0 &&
          current >= 20 && fmod(current, 10) == 0 && fmod(current, 100) != 0)
        continue;
      /* "three hundred and twelve", "3 hundred and 21" */
      double nv;
      gboolean ns;
      if (any && last_scale && tok_is(sc, j, "and") && word_part(sc, j + 1, TRUE, &nv, &ns) &&
          !ns && nv > 0 &&
          /* "3 hundred and 2 hundred" are two numbers, "a hundred and
           * fifty thousand" one */
          !(is_scale_word(sc, j + 2) && num_word(sc, j + 2)->value == last_scale_value))
        continue;
      break;
    }
    if (scale) {
      if (!any && current == 0)
        break;
      if (current == 0 && last_scale && total > 0 && v > big) {
        total *= v;           /* "three lakh crore", "two thousand million" */
        big = v;
      } else {
        if (current == 0)
          current = 1;
        if (v == 100) {
          current *= 100;
        } else {
          total += current * v;
          current = 0;
          big = MAX(big, v);
        }
      }
      seg = 0;
      last_scale = TRUE;
      last_scale_value = v;
    } else {
      if (tok_is(sc, j, "dozen")) {
        current = (current ? current : 1) * 12;
        seg = 0;
      } else {
        /* "twenty five" is fine, "five twenty" is two numbers */
        if (any && !last_scale && (current == 0 || fmod(current, 10) != 0 ||
                                   v >= 10))
          break;
        current += v;
        seg += v;
      }
      last_scale = FALSE;
    }
    any = TRUE;
    last = j;
  }
  if (!any)
    return FALSE;
  double value = total + current;
  guint decimals = 0;
  guint p = point_decimals(sc, last + 1, &value, &decimals);
  if (p) {
    *out = (NumExpr){ value, pow(10, -(double)decimals), i, p, FALSE, TRUE, FALSE };
    return TRUE;
  }
  *out = (NumExpr){ value, precision_of(value, 0, 1), i, last, FALSE, TRUE, FALSE };
  return TRUE;
}

/* Ordinals that name the parts of a fraction: "fifths", "a hundredth". */
static const struct {
  const char *one, *many;
  double den;
} fraction_parts[] = {
  { "half", "halves", 2 }, { "third", "thirds", 3 }, { "fourth", "fourths", 4 },
  { "quarter", "quarters", 4 }, { "fifth", "fifths", 5 }, { "sixth", "sixths", 6 },
  { "seventh", "sevenths", 7 }, { "eighth", "eighths", 8 }, { "ninth", "ninths", 9 },
  { "tenth", "tenths", 10 }, { "eleventh", "elevenths", 11 },
  { "twelfth", "twelfths", 12 }, { "thirteenth", "thirteenths", 13 },
  { "fourteenth", "fourteenths", 14 }, { "fifteenth", "fifteenths", 15 },
  { "sixteenth", "sixteenths", 16 }, { "seventeenth", "seventeenths", 17 },
  { "eighteenth", "eighteenths", 18 }, { "nineteenth", "nineteenths", 19 },
  { "twentieth", "twentieths", 20 }, { "thirtieth", "thirtieths", 30 },
  { "fortieth", "fortieths", 40 }, { "fiftieth", "fiftieths", 50 },
  { "sixtieth", "sixtieths", 60 }, { "seventieth", "seventieths", 70 },
  { "eightieth", "eightieths", 80 }, { "ninetieth", "ninetieths", 90 },
  { "hundredth", "hundredths", 100 }, { "thousandth", "thousandths", 1e3 },
  { "millionth", "millionths", 1e6 }, { "billionth", "billionths", 1e9 },
  { "trillionth", "trillionths", 1e12 },
  /* "first" only ends a compound: "a twenty-first"; "second" is time */
  { "first", "firsts", 1 },
};

/* The denominator ordinal token @j names, or 0; *@plural says "fifths"
 * (FALSE with 0).  The word's class holds its row, the first naming it. */
static double
fraction_part(const Scan *sc, guint j, gboolean *plural)
{
  *plural = FALSE;
  if (j >= sc->n || sc->t[j].type != T_WORD || !sc->t[j].cls)
    return 0;
  const WordClass *c = &word_classes[sc->t[j].cls - 1];
  if (!c->fraction)
    return 0;
  *plural = c->fraction_plural;
  return fraction_parts[c->fraction - 1].den;
}

/* Puts each word of fraction_parts[] in the class table with the first
 * row naming it. */
static void
fraction_parts_build(void)
{
  for (gsize k = 0; k < G_N_ELEMENTS(fraction_parts); k++) {
    WordClass *one = word_class_add(fraction_parts[k].one);
    WordClass *many = word_class_add(fraction_parts[k].many);
    if (!one->fraction)
      one->fraction = (guint8)(k + 1);
    if (!many->fraction) {
      many->fraction = (guint8)(k + 1);
      many->fraction_plural = 1;
    }
  }
}

/* A hyphen between a number and its denominator ("one-eighth", "five -
 * eighths"): touching both sides or standing apart from both. */
static gboolean
joining_dash(const Scan *sc, guint j)
{
  return tok_is_dash(sc, j) && j > 0 && j + 1 < sc->n &&
         ((attached(sc, j - 1) && attached(sc, j)) ||
          (sc->t[j].space_before && sc->t[j + 1].space_before));
}

/* Whether a fraction in words may start at @i: a number word or an
 * article, followed (after the number, read as @n when it is one) by a
 * part, "and" or another number word.  Keeps the fraction reader off the
 * common path. */
static gboolean
fraction_may_start(const Scan *sc, guint i, const NumExpr *n)
{
  if (i >= sc->n || sc->t[i].type != T_WORD)
    return FALSE;
  if (!sc->t[i].numw && !tok_is(sc, i, "a") && !tok_is(sc, i, "an"))
    return FALSE;
  guint k = n && !n->scaled && n->precision >= 1 ? n->last + 1 : i + 1;
  if (joining_dash(sc, k))
    k++;
  gboolean plural;
  return k < sc->n && sc->t[k].type == T_WORD &&
         (sc->t[k].numw || tok_is(sc, k, "and") || fraction_part(sc, k, &plural));
}

/* Reads a fraction in words from @i: "five eighths", "a hundredth",
 * "twenty-three fifths", "one hundred thirty-fifths" (100/35), "three
 * twenty-firsts", "twenty and three fifths", "two hundred and fifty-four
 * hundredths" (200.54).  *@proper is set when it is a part of one with no
 * whole ("two thirds"), which reads as a proportion.  @depth bounds the
 * mixed forms ("twenty and three and three fifths"). */
static gboolean
read_word_fraction(const Scan *sc, guint i, NumExpr *out, gboolean *proper, int depth)
{
  NumExpr n;
  double num, den = 0, whole = 0, mult = 1;
  guint L, k;
  gboolean plural = FALSE, article = FALSE;
  if (i >= sc->n || sc->t[i].type != T_WORD)
    return FALSE;
  if (read_word_number(sc, i, &n) && n.precision >= 1 && !n.scaled) {
    num = n.value;
    L = n.last;
  } else if (tok_is(sc, i, "a") || tok_is(sc, i, "an")) {
    num = 1;
    L = i;
    article = TRUE;
  } else {
    return FALSE;
  }
  k = joining_dash(sc, L + 1) ? L + 2 : L + 1;
  if (!same_sentence(sc, i, k))
    return FALSE;
  den = fraction_part(sc, k, &plural);
  if (den && !article) {
    const NumWord *tens = num_word(sc, L);
    double tail = 0;
    guint and_at = 0;
    for (guint a = i + 1; a < L; a++)
      if (tok_is(sc, a, "and"))
        and_at = a;
    if (den < 10 && L > i && tens && !tens->scale && tens->value >= 20 && tens->value < 100 &&
        fmod(tens->value, 10) == 0 && !tok_is(sc, L - 1, "and") && !tok_is_dash(sc, L - 1)) {
      den += tens->value;   /* "one hundred thirty fifths": 100/35 */
      num -= tens->value;
    } else if (and_at) {
      NumExpr t;
      if (read_word_number(sc, and_at + 1, &t) && t.last == L)
        tail = t.value;
      if (tail && tail < den) {   /* "one hundred and three quarters" */
        whole = num - tail;
        num = tail;
        /* "two million and one half", "one billion and three quarters
         * million": the part counts in the multiplier before "and" or the
         * one after the fraction */
        const NumWord *before = num_word(sc, and_at - 1), *after = num_word(sc, k + 1);
        if (before && before->scale && before->value >= 1e3) {
          mult = before->value;
          if (after && after->scale && after->value >= 1e3 && after->value < mult &&
              same_sentence(sc, k, k + 1)) {
            mult = after->value;
            k++;
          }
        }
      }
    }
  } else if (!den) {
    /* a denominator in words: "one one hundred fifth", "three twenty
     * firsts", "a twenty-first" */
    NumExpr d;
    if (read_word_number(sc, k, &d) && d.precision >= 1 && same_sentence(sc, k, d.last + 1)) {
      guint m = d.last + 1;
      if (tok_is(sc, m, "and") && fmod(d.value, 100) == 0)
        m++;
      else if (joining_dash(sc, m))
        m++;
      double ord = fraction_part(sc, m, &plural);
      if (ord && ((ord < 10 && fmod(d.value, 10) == 0 && d.value >= 20) ||
                  (ord < 100 && fmod(d.value, 100) == 0))) {
        den = d.value + ord;
        k = m;
      }
    }
    if (!den) {
      /* "twenty and three fifths", "one and a fourth" */
      NumExpr f;
      gboolean fp;
      if (article || depth >= 2 || !tok_is(sc, L + 1, "and") ||
          (is_scale_word(sc, L) && num_word(sc, L)->value >= 1e3) ||
          !read_word_fraction(sc, L + 2, &f, &fp, depth + 1))
        return FALSE;
      *out = (NumExpr){ num + f.value, MIN(n.precision, f.value), i, f.last, FALSE, TRUE,
                        FALSE };
      *proper = FALSE;
      return TRUE;
    }
  }
  if (den < 2 || num <= 0)
    return FALSE;
  /* a singular part counts one: "one fifth", "a hundredth", not "two fifth" */
  if (!plural && num != 1)
    return FALSE;
  /* "six quarters", "both halves" of a year or a match: periods, so
   * quarters and halves make no improper fraction */
  if (whole == 0 && num >= den && (tok_is(sc, k, "quarters") || tok_is(sc, k, "halves")))
    return FALSE;
  *out = (NumExpr){ whole + num / den * mult, 0, i, k, FALSE, TRUE, FALSE };
  *proper = whole == 0 && num < den;
  return TRUE;
}

/* "40m tall": after these an attached "m" is metres, not million. */
static const char *const length_adjectives[] = {
  "tall", "high", "long", "wide", "deep", "away", "across", "thick", "apart",
  "underground", "underwater", "above", "below", "offshore", "inland", NULL,
};

/* "m" read as metres: only before a word of length ("40m tall"), since
 * after a number it is otherwise million ("£40m"). */
static gboolean
metres_at(const Scan *sc, guint i)
{
  return i < sc->n && sc->t[i].end - sc->t[i].start == 1 && sc->text[sc->t[i].start] == 'm' &&
         word_in(sc, i + 1, length_adjectives) && same_sentence(sc, i, i + 1);
}

/* An earthquake's magnitude, told by its word on either side of the
 * number: "6.1-magnitude", "magnitude 6.1", "magnitude-5.9", "a magnitude
 * of at least 5.9", "put the magnitude at 6.1", "6.1 on the Richter
 * scale".  Read as a count it would join whatever the sentence counts
 * ("a 6.1-magnitude quake killed ...").  Magnitudes lie below 10, so a
 * larger number next to the word is no reading.  Tokens @first..@last hold
 * the number; @qstart is where its qualifier begins. */
static gboolean
magnitude_at(const Scan *sc, guint first, guint qstart, guint last, double value,
             gboolean decimals)
{
  if (value < 0 || value >= 10)
    return FALSE;
  guint j = last + 1;
  if (tok_is(sc, j, "magnitude") ||
      (tok_is_dash(sc, j) && attached(sc, last) && tok_is(sc, j + 1, "magnitude")) ||
      (tok_is(sc, j, "on") && tok_is(sc, j + 1, "the") && tok_is(sc, j + 2, "Richter")))
    return same_sentence(sc, first, j);
  guint k = qstart;
  if (k > 0 && (tok_is_dash(sc, k - 1) || tok_is(sc, k - 1, "of") || tok_is(sc, k - 1, "at")))
    k--;
  if (k > 0 && tok_is(sc, k - 1, "magnitude") && same_sentence(sc, k - 1, first))
    return TRUE;
  /* with a decimal point, looser: "aftershocks of around 4.0", "a quake
   * of 6.1", "magnitudes ranging from 3.6 to 4.3" */
  if (!decimals)
    return FALSE;
  static const char *const quakes[] = {
    "quake", "earthquake", "aftershock", "aftershocks", "tremor", "tremors", "temblor", NULL,
  };
  if (k < qstart && tok_is(sc, qstart - 1, "of") && k > 0 && same_sentence(sc, k - 1, first))
    for (const char *const *q = quakes; *q; q++)
      if (tok_is(sc, k - 1, *q))
        return TRUE;
  for (guint i = qstart; i > 0 && qstart - i < 3; i--)
    if (tok_is(sc, i - 1, "magnitudes") && same_sentence(sc, i - 1, first))
      return TRUE;
  /* "put the quake's magnitude at 5.9, but the U.S. Geological Survey
   * said it was 6.1": a decimal that ends a clause after "was", in a
   * sentence that has spoken of a magnitude, is another reading of it */
  if (qstart > 0 && tok_is(sc, qstart - 1, "was") &&
      (last + 1 >= sc->n || sc->t[last + 1].type == T_PUNCT))
    for (guint i = qstart - 1; i > 0 && qstart - i < 30 && same_sentence(sc, i - 1, first); i--)
      if (tok_is(sc, i - 1, "magnitude"))
        return TRUE;
  return FALSE;
}

/* "24703m2": an "m" glued to a number and to the power 2 or 3 is square
 * or cubic metres, not million. */
static gboolean
square_metres_at(const Scan *sc, guint i)
{
  return i + 1 < sc->n && sc->t[i].end - sc->t[i].start == 1 && sc->text[sc->t[i].start] == 'm' &&
         attached(sc, i) && sc->t[i + 1].type == T_NUM && sc->t[i + 1].int_digits == 1 &&
         !sc->t[i + 1].decimals && (sc->t[i + 1].value == 2 || sc->t[i + 1].value == 3) &&
         !attached(sc, i + 1);
}

/* "two and a half", "3 million and a half", "five and a half million",
 * "five billion and three quarters": a fraction after "and" adds to the
 * number, at the scale of its last multiplier, and a multiplier after it
 * scales the whole ("five and a half million") or, after a multiplied
 * number, the fraction alone ("one billion and a half million"). */
static void
add_and_a_half(const Scan *sc, NumExpr *e)
{
  guint j = e->last + 1;
  NumExpr f;
  gboolean proper = FALSE;
  if (!tok_is(sc, j, "and") || !same_sentence(sc, e->last, j + 2) ||
      j + 1 >= sc->n || !(sc->t[j + 1].numw || tok_is(sc, j + 1, "a") || tok_is(sc, j + 1, "an")) ||
      !fraction_may_start(sc, j + 1, read_word_number(sc, j + 1, &f) ? &f : NULL) ||
      !read_word_fraction(sc, j + 1, &f, &proper, 2) || !proper ||
      tok_is(sc, f.last + 1, "of"))
    return;
  double part = f.value;
  double scale = 1;
  while (scale * 1000 <= fabs(e->value) && scale < 1e12)
    scale *= 1000;
  if (!e->scaled && !(e->words && scale > 1))
    scale = 1;
  const NumWord *w = num_word(sc, f.last + 1);
  if (scale > 1 && w && w->scale && w->value >= 1e3 && w->value < scale) {
    e->value += part * w->value;
    e->precision = MIN(e->precision, part * w->value);
    e->last = f.last + 1;
    e->bare_digits = FALSE;
    return;
  }
  e->value += part * scale;
  e->last = f.last;
  e->precision = MIN(e->precision, part * scale);
  e->bare_digits = FALSE;
  if (scale == 1 && w && w->scale && w->value >= 1e3) {
    e->value *= w->value;
    e->precision *= w->value;
    e->last++;
    e->scaled = TRUE;
  }
}

/* A power after the number at @i: "1e10", "12.32e+14", "1.3x10^6",
 * "1.1^23", "2.5^-1".  Applies it to *@value and returns its last token,
 * or 0.  Every part touches the next, so "4 x 10" is no power. */
static guint
power_after(const Scan *sc, guint i, double *value)
{
  guint k = i + 1;
  gboolean ten = TRUE;
  if (!attached(sc, i) || k >= sc->n)
    return 0;
  if (tok_is(sc, k, "e") && sc->text[sc->t[k].start] == 'e')   /* "7E7" is a plane */
    k++;
  else if (tok_is(sc, k, "x") && attached(sc, k) && k + 1 < sc->n &&
           sc->t[k + 1].type == T_NUM && sc->t[k + 1].value == 10 &&
           !sc->t[k + 1].decimals && attached(sc, k + 1) && tok_is_punct(sc, k + 2, "^"))
    k += 3;
  else if (tok_is_punct(sc, k, "^"))
    k++, ten = FALSE;
  else
    return 0;
  double sign = 1;
  for (int n = 0; n < 2 && (tok_is_punct(sc, k, "-") || tok_is_punct(sc, k, "+")) &&
                  attached(sc, k - 1); n++, k++)
    if (tok_is_punct(sc, k, "-"))
      sign = -sign;
  if (k >= sc->n || !attached(sc, k - 1) || sc->t[k].type != T_NUM || sc->t[k].decimals ||
      sc->t[k].separators || sc->t[k].int_digits > 3 ||
      (attached(sc, k) && sc->t[k + 1].type == T_WORD))
    return 0;
  double e = sign * sc->t[k].value;
  *value = ten ? *value * pow(10, e) : pow(*value, e);
  return k;
}

/* Whether token @i ends its sentence: nothing but punctuation follows. */
static gboolean
ends_sentence(const Scan *sc, guint i)
{
  return i + 1 >= sc->n || !same_sentence(sc, i, i + 1) ||
         (sc->t[i + 1].type == T_PUNCT && !tok_is_punct(sc, i + 1, "$") &&
          (i + 2 >= sc->n || !same_sentence(sc, i, i + 2) || sc->t[i + 2].type == T_PUNCT));
}

/* Reads a number from token @i: digits or words, with a multiplier after
 * ("3.7 million", "8.5 thousand", "4k", "2.4bn", "6 crore and two
 * hundred"), a power ("1.3e6") or a fraction in words ("twenty and three
 * fifths", "three quarters billion"). */
static gboolean
read_num_expr(const Scan *sc, guint i, NumExpr *out)
{
  if (i >= sc->n)
    return FALSE;
  const Tok *t = &sc->t[i];
  if (t->type == T_NUM) {
    *out = (NumExpr){ t->value, 0, i, i, FALSE, FALSE,
                      !t->separators && !t->decimals };
    double scale = 1;
    const NumWord *w = num_word(sc, i + 1);
    double pv = t->value;
    guint pl;
    if (w && w->scale && !t->decimals && !t->separators && t->value < 1000 &&
        read_word_number(sc, i, out) && out->last > i + 1) {
      /* "4 thousand 3 hundred and 21", "6 crore and two hundred" */
      out->words = FALSE;
      out->scaled = TRUE;
      out->bare_digits = FALSE;
      add_and_a_half(sc, out);
      return TRUE;
    }
    if ((pl = power_after(sc, i, &pv)) != 0) {
      *out = (NumExpr){ pv, 0, i, pl, TRUE, FALSE, FALSE };
      return TRUE;
    }
    *out = (NumExpr){ t->value, 0, i, i, FALSE, FALSE,
                      !t->separators && !t->decimals };
    if (w && w->scale) {
      scale = w->value;
      out->last = i + 1;
      /* "1.5 million" is not "1.5 million thousand" */
    } else if ((scale = short_scale(sc, i + 1)) != 0 && !metres_at(sc, i + 1) &&
               !square_metres_at(sc, i + 1) &&
               ((attached(sc, i) && !tok_is(sc, i + 1, "G")) ||
                /* "10 bn", "10 mln": the forms of two letters or more
                 * also stand apart; "10 m" and "the 5 k" do not, but for
                 * "2.33 k" and "1,674.5 G" ending a sentence */
                (sc->t[i + 1].end - sc->t[i + 1].start >= 2 &&
                 !tok_is(sc, i + 1, "mn") && same_sentence(sc, i, i + 1)) ||
                (sc->text[sc->t[i + 1].start] != 'm' && !attached(sc, i) &&
                 (t->decimals || t->separators) && same_sentence(sc, i, i + 1) &&
                 ends_sentence(sc, i + 1)))) {
      out->last = i + 1;
    } else if (is_dozen_word(sc, i + 1)) {
      scale = 12;
      out->last = i + 1;
    } else {
      scale = 1;
    }
    out->scaled = scale != 1;
    out->value = t->value * scale;
    out->precision = precision_of(t->value, t->decimals, scale);
    out->bare_digits = out->bare_digits && !out->scaled;
    add_and_a_half(sc, out);
    return TRUE;
  }
  gboolean proper;
  NumExpr plain;
  gboolean have = read_word_number(sc, i, &plain);
  if (!have && !tok_is(sc, i, "a") && !tok_is(sc, i, "an"))
    return FALSE;
  if (fraction_may_start(sc, i, have ? &plain : NULL) &&
      read_word_fraction(sc, i, out, &proper, 0)) {
    /* "three quarters billion", "two thirds of a million" */
    guint s = out->last + 1;
    if (tok_is(sc, s, "of") && tok_is(sc, s + 1, "a"))
      s += 2;
    const NumWord *w = num_word(sc, s);
    if (proper && w && w->scale && w->value >= 1e3 && same_sentence(sc, i, s)) {
      out->value *= w->value;
      out->precision = 0;
      out->last = s;
      out->scaled = TRUE;
      return TRUE;
    }
    if (!proper) {
      /* "two and a half million" */
      if (w && w->scale && w->value >= 1e3 && s == out->last + 1) {
        out->value *= w->value;
        out->precision *= w->value;
        out->last = s;
        out->scaled = TRUE;
      }
      return TRUE;
    }
  }
  if (!have)
    return FALSE;
  *out = plain;
  add_and_a_half(sc, out);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Building mentions                                                   */

static XcMention *
mention_new(Scan *sc, guint first, guint last, XcKind kind)
{
  XcMention *m = g_new0(XcMention, 1);
  m->doc = sc->doc;
  m->start = sc->t[first].start;
  m->end = sc->t[last].end;
  m->kind = kind;
  m->qualifier = XC_QUALIFIER_EXACT;
  m->low = -INFINITY;
  m->high = INFINITY;
  m->value_start = m->bare_start = m->start;
  m->value_end = m->end;
  guint s = sc->t[first].sentence;
  m->sentence_start = g_array_index(sc->sentences, gsize, 2 * s);
  m->sentence_end = g_array_index(sc->sentences, gsize, 2 * s + 1);
  return m;
}

static void
mention_state(XcMention *m, double v)
{
  if (m->n_stated < XC_MENTION_MAX_STATED)
    m->stated[m->n_stated++] = v;
}

void
xc_mention_free(XcMention *m)
{
  if (!m)
    return;
  g_free(m->unit);
  g_free(m->counted);
  g_free(m);
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */

/* Whether token @k lies after the last mention made, so that a reader
 * may take it in when it looks back ("the", "from", "early"). */
static gboolean
tok_free(const Scan *sc, guint k)
{
  if (sc->out->len == 0)
    return TRUE;
  const XcMention *m = g_ptr_array_index(sc->out, sc->out->len - 1);
  return sc->t[k].start >= m->end;
}

/* Token @k before @i, in its sentence and free to take (see tok_free). */
static gboolean
before_is(const Scan *sc, guint i, guint back, const char *word)
{
  return i >= back && same_sentence(sc, i - back, i) && tok_is(sc, i - back, word) &&
         tok_free(sc, i - back);
}

static XcMention *read_at(Scan *sc, guint i, guint *next);
static gboolean future_context(const Scan *sc, guint i);

static int
month_at(const Scan *sc, guint i)
{
  if (i >= sc->n || sc->t[i].type != T_WORD)
    return 0;
  gsize len = sc->t[i].end - sc->t[i].start;
  int m = xc_date_month_from_word(sc->text + sc->t[i].start, len);
  if (!m)
    return 0;
  gboolean by_day = (i + 1 < sc->n && sc->t[i + 1].type == T_NUM) ||
                    (i > 0 && sc->t[i - 1].type == T_NUM) ||
                    (tok_is_punct(sc, i + 1, ".") && i + 2 < sc->n &&
                     sc->t[i + 2].type == T_NUM);
  /* "May" is a month only before or after a day number. */
  if (m == 5 && !by_day)
    return 0;
  /* In lower case a full month name is still a month ("in january"), but
   * "may" and "march" are verbs and "jan", "oct" names or words unless a
   * day number stands by them. */
  if (!sc->t[i].upper && (m == 3 || m == 5 || len < 4 || tok_is(sc, i, "sept")) && !by_day)
    return 0;
  return m;
}

/* A day of the month: 1-31, digits alone, or with st/nd/rd/th attached. */
static int
day_at(const Scan *sc, guint i, guint *last)
{
  if (i >= sc->n || sc->t[i].type != T_NUM || sc->t[i].separators ||
      sc->t[i].decimals || sc->t[i].int_digits > 2)
    return 0;
  int d = (int)sc->t[i].value;
  if (d < 1 || d > 31)
    return 0;
  *last = i;
  if (attached(sc, i) && (tok_is(sc, i + 1, "st") || tok_is(sc, i + 1, "nd") ||
                          tok_is(sc, i + 1, "rd") || tok_is(sc, i + 1, "th")))
    *last = i + 1;
  return d;
}

static int
year_at(const Scan *sc, guint i)
{
  if (i >= sc->n || sc->t[i].type != T_NUM || sc->t[i].separators ||
      sc->t[i].decimals || sc->t[i].int_digits != 4)
    return 0;
  int y = (int)sc->t[i].value;
  return y >= 1000 && y <= 2200 ? y : 0;
}

/* The year a month and day without one belong to: the document's year,
 * or the year before when that would put the day well after the
 * document (a January article speaking of "December 28"). */
static int
infer_year(const Scan *sc, int month, int day)
{
  if (!sc->ref_day)
    return 0;
  int y, m, d;
  xc_date_split(sc->ref_day, &y, &m, &d);
  guint32 cand = xc_date_from_ymd(y, month, MIN(day, xc_date_days_in_month(y, month)));
  if (cand && cand > sc->ref_day + 60)
    return y - 1;
  return y;
}

static void
set_days(XcMention *m, guint32 a, guint32 b)
{
  mention_state(m, a);
  if (b != a)
    mention_state(m, b);
  m->low = a;
  m->high = b;
  m->precision = 1;
  m->qualifier = b != a ? XC_QUALIFIER_RANGE : XC_QUALIFIER_EXACT;
}

/* A date mention for a period named as a whole ("June", "last week",
 * "the 1990s"): its precision is the period's number of days
 * (docs/json.md), where a span of named days ("June 7-9") keeps 1. */
static XcMention *
period_mention(Scan *sc, guint first, guint last, guint32 a, guint32 b)
{
  XcMention *m = mention_new(sc, first, last, XC_KIND_DATE);
  set_days(m, a, b);
  m->precision = b - a + 1;
  return m;
}

static int word_year_at(const Scan *sc, guint i, guint *last);

/* Skips an optional ", 2024", " 2024" or " of 2024" after a day, or the
 * year in words ("two thousand and eighteen"); returns the year. */
static int
trailing_year(const Scan *sc, guint *last)
{
  guint j = *last + 1, wl;
  if (tok_is_punct(sc, j, ",") || tok_is(sc, j, "of"))
    j++;
  if (!same_sentence(sc, *last, j))
    return 0;
  int y = year_at(sc, j);
  if (y) {
    *last = j;
    return y;
  }
  if ((y = word_year_at(sc, j, &wl)) != 0) {
    *last = wl;
    return y;
  }
  return 0;
}

/* Days @d1..@d2 of @month, written from token @first to @last, with the
 * year that follows them ("October 4, 2024") or, failing that, the year of
 * the reference day.  NULL when no year can be had or a day is invalid. */
static XcMention *
day_span(Scan *sc, guint first, guint last, int month, int d1, int d2, guint *next)
{
  int y = trailing_year(sc, &last);
  if (!y) {
    y = infer_year(sc, month, d1);
    /* "Feb 29" with no year: the last leap year's */
    while (y > 1 && month == 2 && d1 == 29 && !g_date_is_leap_year((GDateYear)y))
      y--;
  }
  /* A date with no year to be had is still a date: its words are used up
   * so that "October 4" never reads as a count of 4. */
  *next = last + 1;
  if (!y)
    return NULL;
  guint32 a = xc_date_from_ymd(y, month, d1), b = xc_date_from_ymd(y, month, d2);
  if (!a || !b)
    return NULL;
  XcMention *m = mention_new(sc, first, last, XC_KIND_DATE);
  set_days(m, a, b);
  *next = last + 1;
  return m;
}

static const char *const prepositions[] = {
  "in", "at", "on", "by", "from", "to", "for", "with", "when", "as", "after",
  "before", "during", "respectively", NULL,
};

static int day_number_at(const Scan *sc, guint i, guint *last, gboolean cardinal);
static gboolean rel_step_at(const Scan *sc, guint i, int *step);
static XcMention *days_mention(Scan *sc, guint first, guint last, guint32 a, guint32 b,
                               guint *next);
static gboolean nothing_follows(const Scan *sc, guint last);

/* The range words between two days: "27-28", "19 to 20", "15th through
 * 19th", "3 until 12". */
static gboolean
tok_is_until(const Scan *sc, guint i)
{
  return tok_is_dash(sc, i) || tok_is(sc, i, "to") || tok_is(sc, i, "through") ||
         tok_is(sc, i, "thru") || tok_is(sc, i, "till") || tok_is(sc, i, "until");
}

/* The day after month word @i in the forms month_at() does not vouch for:
 * "Oct-2", "jan/1", "october, 1st", "May the eleventh", "Jan first", "May
 * twenty one".  Words stand as a day only where no other word follows
 * them (bar a year): "may first need" is a verb. */
static int
day_after_month(const Scan *sc, guint i, guint *last)
{
  guint j = i + 1;
  int d;
  if ((tok_is_dash(sc, j) || tok_is_punct(sc, j, "/")) && attached(sc, i) && attached(sc, j) &&
      (d = day_at(sc, j + 1, last)) && !(attached(sc, *last) && *last + 1 < sc->n &&
                                         sc->t[*last + 1].type != T_WORD))
    return d;
  if (tok_is_punct(sc, j, ",") && (d = day_at(sc, j + 1, last)) && *last > j + 1)
    return d;                        /* "october, 1st" */
  if (tok_is(sc, j, "the"))
    j++;
  if (!same_sentence(sc, i, j) || !(d = day_number_at(sc, j, last, TRUE)))
    return 0;
  if (sc->t[j].type == T_NUM)
    return j > i + 1 ? d : 0;       /* "November the 15th" */
  guint y = *last;
  if (nothing_follows(sc, *last) || trailing_year(sc, &y))
    return d;
  return 0;
}

/* Month Day: "October 4", "Oct. 4", "October 27-28", "October 4, 2024",
 * "November 15th through the 19th", "November between 19 and 20". */
static XcMention *
read_month_first(Scan *sc, guint i, guint *next)
{
  if (sc->t[i].type != T_WORD)
    return NULL;
  int month = month_at(sc, i);
  guint last;
  int d1 = 0, d2 = 0;
  guint first = i;
  if (!month) {
    gsize len = sc->t[i].end - sc->t[i].start;
    month = len >= 3 ? xc_date_month_from_word(sc->text + sc->t[i].start, len) : 0;
    if (!month || !(d1 = day_after_month(sc, i, &last)))
      return NULL;
  }
  guint j = i + 1;
  if (tok_is_punct(sc, j, ".") && attached(sc, i))
    j++;
  if (!d1)
    d1 = day_at(sc, j, &last);
  if (!d1)
    d1 = day_after_month(sc, i, &last);
  if (!d1 && tok_is(sc, j, "between")) {
    /* "November between 19 and 20" */
    guint l1, l2;
    int b1 = day_at(sc, j + 1, &l1), b2;
    if (b1 && (tok_is(sc, l1 + 1, "and") || tok_is_dash(sc, l1 + 1)) &&
        (b2 = day_at(sc, l1 + 2, &l2)) > b1)
      return day_span(sc, i, l2, month, b1, b2, next);
  }
  if (!d1) {
    /* "June 2025": the whole month */
    int y = year_at(sc, j);
    if (!y)
      return NULL;
    guint32 a = xc_date_from_ymd(y, month, 1);
    guint32 b = xc_date_from_ymd(y, month, xc_date_days_in_month(y, month));
    XcMention *m = period_mention(sc, i, j, a, b);
    *next = j + 1;
    return m;
  }
  guint l2, k = tok_is(sc, last + 2, "the") ? last + 3 : last + 2;
  if (tok_is_until(sc, last + 1) && (d2 = day_at(sc, k, &l2)) > d1 &&
      !(k + 1 < sc->n && tok_is_punct(sc, k + 1, ":")))
    last = l2;
  else
    d2 = d1;
  if (d2 != d1 && before_is(sc, i, 1, "between"))
    first = i - 1;
  XcMention *m = day_span(sc, first, last, month, d1, d2, next);
  /* "October 27 and 28" names two days: the second day number is left
   * for read_and_day, which gives it this date's month and year.  Only
   * when no noun follows it ("October 27 and 28 people" counts). */
  guint d2_last;
  int d3;
  if (m && d2 == d1 && tok_is(sc, *next, "and") &&
      (d3 = day_at(sc, *next + 1, &d2_last)) > d1 && same_sentence(sc, i, d2_last) &&
      (d2_last + 1 >= sc->n || sc->t[d2_last + 1].type != T_WORD ||
       !same_sentence(sc, d2_last, d2_last + 1) || tok_is(sc, d2_last + 1, "and") ||
       word_in(sc, d2_last + 1, prepositions))) {
    int y, mo, d;
    xc_date_split((guint32)m->low, &y, &mo, &d);
    sc->and_day = *next + 1;
    sc->and_month = month;
    sc->and_year = y;
  }
  return m;
}

/* The second day of "October 27 and 28" (see read_month_first). */
static XcMention *
read_and_day(Scan *sc, guint i, guint *next)
{
  guint last;
  int d;
  if (!sc->and_day || sc->and_day != i || !(d = day_at(sc, i, &last)))
    return NULL;
  sc->and_day = 0;
  guint32 a = xc_date_from_ymd(sc->and_year, sc->and_month, d);
  *next = last + 1;
  if (!a)
    return NULL;
  XcMention *m = mention_new(sc, i, last, XC_KIND_DATE);
  set_days(m, a, a);
  return m;
}

/* Day Month: "2 November, 2024", "14 June", "27-28 October",
 * "between 1 and 3 March". */
static XcMention *
read_day_first(Scan *sc, guint i, guint *next)
{
  guint last, first = i;
  int d1 = day_at(sc, i, &last), d2 = d1;
  if (!d1)
    return NULL;
  gboolean between = i > 0 && tok_is(sc, i - 1, "between");
  gboolean from = before_is(sc, i, 1, "from");
  guint l2;
  if ((tok_is_until(sc, last + 1) || (between && tok_is(sc, last + 1, "and"))) &&
      (d2 = day_at(sc, last + 2, &l2)) > d1) {
    last = l2;
  } else {
    d2 = d1;
  }
  guint j = last + 1;
  if (tok_is(sc, j, "of") ||
      /* "1-jan", "16. nov. 2016" */
      ((tok_is_dash(sc, j) || (tok_is_punct(sc, j, ".") && d2 == d1)) && attached(sc, last) &&
       j + 1 < sc->n && sc->t[j + 1].type == T_WORD))
    j++;
  int month = month_at(sc, j);
  /* after "of", a hyphen or a suffix ("1st jan") any month word will do */
  if (!month && (j > last + 1 || last > i) && j < sc->n && sc->t[j].type == T_WORD &&
      sc->t[j].end - sc->t[j].start >= 3)
    month = xc_date_month_from_word(sc->text + sc->t[j].start, sc->t[j].end - sc->t[j].start);
  if (!month) {
    int step;
    guint k = last + 1, after;
    if (d2 != d1 && (tok_is(sc, k, "of") || tok_is(sc, k, "in")) &&
        rel_step_at(sc, k + 1, &step) && tok_is(sc, k + 2, "month") && sc->ref_day) {
      /* "4 till 23 of this month", "from 4-23 in next month" */
      int y, mo, d;
      xc_date_split(sc->ref_day, &y, &mo, &d);
      xc_date_split(xc_date_add_months(xc_date_from_ymd(y, mo, 1), step), &y, &mo, &d);
      return days_mention(sc, between || from ? i - 1 : i, k + 2,
                          xc_date_from_ymd(y, mo, d1), xc_date_from_ymd(y, mo, d2), next);
    }
    if ((between || from) && d2 == d1 &&
        (tok_is_until(sc, last + 1) || (between && tok_is(sc, last + 1, "and")))) {
      /* "from 4 to January 22, 1995", "from 02 to April 07" */
      XcMention *m2 = read_month_first(sc, last + 2, &after);
      guint32 b = m2 && m2->low == m2->high ? (guint32)m2->low : 0;
      xc_mention_free(m2);
      int y, mo, d;
      if (b) {
        xc_date_split(b, &y, &mo, &d);
        if (d > d1)
          return days_mention(sc, i - 1, after - 1, xc_date_from_ymd(y, mo, d1), b, next);
      }
    }
    return NULL;
  }
  last = j;
  /* "14 Oct." keeps its abbreviation's point; "14 June." ends a sentence */
  if (tok_is_punct(sc, last + 1, ".") && attached(sc, last) &&
      sc->t[last].end - sc->t[last].start <= 4 && !tok_is(sc, last, "June") &&
      !tok_is(sc, last, "July") && !tok_is(sc, last, "May") && last + 2 < sc->n &&
      !(sc->t[last + 2].type == T_WORD && sc->t[last + 2].upper))
    last++;
  if ((between || from) && d2 != d1)
    first = i - 1;
  return day_span(sc, first, last, month, d1, d2, next);
}

/* A day in words before its month: "fourth of May", "twenty second of
 * June 2017", "tenth of September, two thousand".  "of" is required:
 * "the second June" is no date. */
static XcMention *
read_word_day_first(Scan *sc, guint i, guint *next)
{
  guint last;
  if (sc->t[i].type != T_WORD)
    return NULL;
  int d = day_number_at(sc, i, &last, FALSE);
  /* "a third of March's rain", "two thirds of May" are fractions */
  if (i > 0 && (tok_is(sc, i - 1, "a") || num_word(sc, i - 1) || sc->t[i - 1].type == T_NUM))
    return NULL;
  if (!d || !tok_is(sc, last + 1, "of") || last + 2 >= sc->n ||
      sc->t[last + 2].type != T_WORD || !same_sentence(sc, i, last + 2))
    return NULL;
  gsize len = sc->t[last + 2].end - sc->t[last + 2].start;
  int month = len >= 3 ? xc_date_month_from_word(sc->text + sc->t[last + 2].start, len) : 0;
  if (!month)
    return NULL;
  last += 2;
  /* "second of Aug." keeps no point: the spec and the sentence end agree */
  return day_span(sc, i, last, month, d, d, next);
}

/* A plain whole number of at most @digits digits at token @i, or -1. */
static int
small_int_at(const Scan *sc, guint i, guint digits)
{
  if (i >= sc->n || sc->t[i].type != T_NUM || sc->t[i].separators || sc->t[i].decimals ||
      sc->t[i].int_digits > digits || sc->t[i].int_digits == 0)
    return -1;
  return (int)sc->t[i].value;
}

static gboolean fraction_at(const Scan *sc, guint k, double *value, guint *last);

enum { ORDER_UNREAD, ORDER_DAY_FIRST, ORDER_MONTH_FIRST, ORDER_UNKNOWN };

/* The order in which the document writes numeric dates, learnt from its
 * dates that can be read only one way ("21/10/2024" is day first), the
 * first time a date that reads both ways needs it: ORDER_UNKNOWN when it
 * writes none, or both.  An outlet keeps one convention, so its own
 * unmistakable dates say how to read "04/11/2024". */
static guint8
document_date_order(Scan *sc)
{
  if (sc->date_order != ORDER_UNREAD)
    return sc->date_order;
  gboolean day_first = FALSE, month_first = FALSE;
  for (guint k = 0; k + 4 < sc->n; k++) {
    if (!tok_is_punct(sc, k + 1, "/") || !tok_is_punct(sc, k + 3, "/") || !attached(sc, k) ||
        !attached(sc, k + 1) || !attached(sc, k + 2) || !attached(sc, k + 3) ||
        sc->t[k].int_digits > 2 || sc->t[k + 2].int_digits > 2)
      continue;
    int a = small_int_at(sc, k, 2), b = small_int_at(sc, k + 2, 2);
    int y = small_int_at(sc, k + 4, 4);
    if (a < 1 || b < 1 || y < 0)
      continue;
    day_first = day_first || (a > 12 && b <= 12);
    month_first = month_first || (b > 12 && a <= 12);
  }
  sc->date_order = day_first == month_first ? ORDER_UNKNOWN :
                   day_first ? ORDER_DAY_FIRST : ORDER_MONTH_FIRST;
  return sc->date_order;
}

/* Ends read_numeric_date() at tokens [@i, @last] with no date.  Two
 * numbers a slash joins with no year that are no fraction either ("9/11",
 * "24/7", "8/10") are a name or a score, never two counts: they are used
 * up, so that no later reader takes them apart. */
static XcMention *
no_numeric_date(Scan *sc, guint i, guint last, gboolean slash, int c, guint *next)
{
  double frac;
  guint frac_last;
  if (slash && c < 0 && sc->t[i].int_digits <= 2 && !fraction_at(sc, i, &frac, &frac_last))
    *next = last + 1;
  return NULL;
}

/* Numeric dates whose order cannot be mistaken: "22/04", "4/22",
 * "21/04/2016", "02/22/2016", "2015/08/12", "21-04-2016", "13.5.2015".
 * Day and month are told apart when one of them is above 12.  Otherwise
 * the order is the outlet's convention: a date with its year ("04/11/2024")
 * is read in the order the document's other dates show
 * (document_date_order()), and is left alone when they show none; without
 * a year, "4/11", "9/11", "24/7" and fractions such as "3/4" are never
 * read as dates. */
static XcMention *
read_numeric_date(Scan *sc, guint i, guint *next)
{
  int a = small_int_at(sc, i, 4);
  if (a < 0 || !attached(sc, i) || i + 2 >= sc->n || !attached(sc, i + 1))
    return NULL;
  gboolean slash = tok_is_punct(sc, i + 1, "/");
  gboolean other = tok_is_dash(sc, i + 1) || tok_is_punct(sc, i + 1, ".");
  if (!slash && !other)
    return NULL;
  int b = small_int_at(sc, i + 2, 2), c = -1;
  if (b < 1)
    return NULL;
  guint last = i + 2;
  if (attached(sc, i + 2) && i + 3 < sc->n && sc->t[i + 3].type == T_PUNCT &&
      sc->text[sc->t[i + 3].start] == sc->text[sc->t[i + 1].start] && attached(sc, i + 3) &&
      (c = small_int_at(sc, i + 4, 4)) >= 0 &&
      (sc->t[i + 4].int_digits == 4 || sc->t[i + 4].int_digits == 2)) {
    last = i + 4;
  } else {
    c = -1;
  }
  /* "-" and "." dates need their year ("21-04-2016", "9-18-15"), so that
   * ranges ("10-12") and decimals stay what they are, unless "on" or "in"
   * comes before and no word after ("on 4-22") */
  if (!slash && c < 0 && !((before_is(sc, i, 1, "on") || before_is(sc, i, 1, "in")) &&
                           nothing_follows(sc, last)))
    return NULL;
  if (last + 1 < sc->n && attached(sc, last) &&
      (sc->t[last + 1].type == T_NUM || tok_is_punct(sc, last + 1, "/") ||
       tok_is_dash(sc, last + 1) || sc->t[last + 1].type == T_WORD))
    return NULL;                     /* "1-222-2222", "3/4ths" */
  int y, m, d;
  if (sc->t[i].int_digits == 4) {    /* 2015/08/12 */
    if (c < 0 || sc->t[i + 4].int_digits != 2 || !slash)
      return NULL;
    y = a, m = b, d = c;
  } else {
    if (sc->t[i].int_digits > 2 || (a == 24 && b == 7))
      return no_numeric_date(sc, i, last, slash, c, next);
    guint8 order = a <= 12 && b <= 12 && c >= 0 && slash ? document_date_order(sc)
                                                         : ORDER_UNKNOWN;
    if (a > 12 && b <= 12)
      d = a, m = b;
    else if ((b > 12 || a == b) && a <= 12)
      m = a, d = b;                  /* "05/05/89" reads either way */
    else if (order == ORDER_DAY_FIRST)
      d = a, m = b;
    else if (order == ORDER_MONTH_FIRST)
      m = a, d = b;
    else
      return no_numeric_date(sc, i, last, slash, c, next);
    if (c < 0) {
      y = infer_year(sc, m, d);
      if (!y) {
        *next = last + 1;            /* a date, though no year can be had */
        return NULL;
      }
      while (y > 1 && m == 2 && d == 29 && !g_date_is_leap_year((GDateYear)y))
        y--;                         /* "2/29": the last leap year's */
    } else {
      y = sc->t[i + 4].int_digits == 4 ? c : c + (c <= 50 ? 2000 : 1900);
    }
  }
  guint32 day = xc_date_from_ymd(y, m, d);
  if (!day)
    return NULL;
  XcMention *mn = mention_new(sc, i, last, XC_KIND_DATE);
  set_days(mn, day, day);
  *next = last + 1;
  return mn;
}

/* Dates written with points, which the tokenizer reads as decimals:
 * "13.5.2015", "2015.5.13", and after "on" or "in", with no word after,
 * "4.22" (April 22).  Day and month are told apart as in
 * read_numeric_date(). */
static XcMention *
read_dotted_date(Scan *sc, guint i, guint *next)
{
  const Tok *t = &sc->t[i];
  if (t->type != T_NUM || !t->decimals || t->decimals > 2 || t->separators ||
      (t->int_digits != 4 && t->int_digits > 2))
    return NULL;
  const char *dot = memchr(sc->text + t->start, '.', t->end - t->start);
  if (!dot)
    return NULL;
  int a = (int)floor(t->value), b = atoi(dot + 1), y = 0, m, d;
  guint last = i;
  if (tok_is_punct(sc, i + 1, ".") && attached(sc, i) && attached(sc, i + 1)) {
    int c = small_int_at(sc, i + 2, 4);
    if (c < 1)
      return NULL;
    if (t->int_digits == 4 && sc->t[i + 2].int_digits <= 2) {
      y = a, m = b, d = c;
    } else if (t->int_digits <= 2 && sc->t[i + 2].int_digits == 4) {
      y = c;
    } else {
      return NULL;
    }
    last = i + 2;
  } else if (!(before_is(sc, i, 1, "on") || before_is(sc, i, 1, "in")) ||
             !nothing_follows(sc, i) || t->int_digits > 2 || tok_is_punct(sc, i + 1, "%")) {
    return NULL;
  }
  if (t->int_digits <= 2) {
    if (a > 12 && b <= 12)
      d = a, m = b;
    else if ((b > 12 || a == b) && a <= 12)
      m = a, d = b;
    else
      return NULL;
    if (!y)
      y = infer_year(sc, m, d);
  }
  guint32 day = y ? xc_date_from_ymd(y, m, d) : 0;
  *next = last + 1;
  return days_mention(sc, i, last, day, day, next);
}

/* 2024-11-02 */
static XcMention *
read_iso_date(Scan *sc, guint i, guint *next)
{
  int y = year_at(sc, i);
  if (!y || !tok_is_punct(sc, i + 1, "-") || !attached(sc, i) ||
      !attached(sc, i + 1) || !attached(sc, i + 2) ||
      !tok_is_punct(sc, i + 3, "-") || !attached(sc, i + 3))
    return NULL;
  const Tok *mt = &sc->t[i + 2], *dt = i + 4 < sc->n ? &sc->t[i + 4] : NULL;
  if (mt->type != T_NUM || mt->int_digits > 2 || mt->decimals || !dt ||
      dt->type != T_NUM || dt->int_digits > 2 || dt->decimals)
    return NULL;
  guint32 a = xc_date_from_ymd(y, (int)mt->value, (int)dt->value);
  if (!a)
    return NULL;
  XcMention *m = mention_new(sc, i, i + 4, XC_KIND_DATE);
  set_days(m, a, a);
  *next = i + 5;
  return m;
}

/* ------------------------------------------------------------------ */
/* Periods and days counted from the document's date                   */

/* Calendar units a relative date counts in. */
typedef enum {
  U_NONE, U_DAY, U_WEEK, U_WEEKEND, U_FORTNIGHT, U_MONTH, U_QUARTER, U_YEAR, U_DECADE,
} DateUnit;

static DateUnit
unit_at(const Scan *sc, guint i)
{
  static const struct {
    const char *word;
    DateUnit unit;
  } units[] = {
    { "day", U_DAY }, { "days", U_DAY }, { "week", U_WEEK }, { "weeks", U_WEEK },
    { "weekend", U_WEEKEND }, { "weekends", U_WEEKEND }, { "fortnight", U_FORTNIGHT },
    { "month", U_MONTH }, { "months", U_MONTH }, { "quarter", U_QUARTER },
    { "quarters", U_QUARTER }, { "year", U_YEAR }, { "years", U_YEAR },
    { "decade", U_DECADE }, { "decades", U_DECADE },
  };
  if (i >= sc->n || sc->t[i].type != T_WORD || !strchr("dwfmqyDWFMQY", sc->text[sc->t[i].start]))
    return U_NONE;
  for (gsize k = 0; k < G_N_ELEMENTS(units); k++)
    if (tok_is(sc, i, units[k].word))
      return units[k].unit;
  return U_NONE;
}

/* @day plus @n days; 0 when @day is 0 or the result leaves the calendar. */
static guint32
day_shift(guint32 day, gint64 n)
{
  gint64 r = (gint64)day + n;
  return day && r >= 1 && r <= 3652059 ? (guint32)r : 0;   /* 9999-12-31 */
}

static guint32
month_end(guint32 first)
{
  return first ? day_shift(xc_date_add_months(first, 1), -1) : 0;
}

/* @day moved by @months and then @days, both signed. */
static guint32
date_offset(guint32 day, int months, int days)
{
  return day ? day_shift(xc_date_add_months(day, months), days) : 0;
}

/* The calendar unit @step units from the one holding @ref: this week (0),
 * next month (1), last year (-1).  Weeks run Monday to Sunday. */
static gboolean
unit_period(guint32 ref, DateUnit u, int step, guint32 *a, guint32 *b)
{
  int y, m, d;
  xc_date_split(ref, &y, &m, &d);
  switch (u) {
  case U_DAY:
    *a = *b = day_shift(ref, step);
    break;
  case U_WEEK:
    *a = day_shift(xc_date_week_start(ref), 7 * (gint64)step);
    *b = day_shift(*a, 6);
    break;
  case U_WEEKEND:
    *a = day_shift(xc_date_week_start(ref), 7 * (gint64)step + 5);
    *b = day_shift(*a, 1);
    break;
  case U_MONTH:
    *a = xc_date_add_months(xc_date_from_ymd(y, m, 1), step);
    *b = month_end(*a);
    break;
  case U_QUARTER:
    *a = xc_date_add_months(xc_date_from_ymd(y, (m - 1) / 3 * 3 + 1, 1), 3 * step);
    *b = *a ? day_shift(xc_date_add_months(*a, 3), -1) : 0;
    break;
  case U_YEAR:
    *a = xc_date_from_ymd(y + step, 1, 1);
    *b = xc_date_from_ymd(y + step, 12, 31);
    break;
  case U_DECADE:
    *a = xc_date_from_ymd(y - y % 10 + 10 * step, 1, 1);
    *b = xc_date_from_ymd(y - y % 10 + 10 * step + 9, 12, 31);
    break;
  default:
    return FALSE;
  }
  return *a && *b;
}

static const char *const rel_this[] = { "this", "current", NULL };
static const char *const rel_next[] = { "next", "coming", "upcoming", NULL };
static const char *const rel_last[] = { "last", "past", "previous", NULL };

/* Whether token @i says which unit relative to the document: "last"
 * (-1), "this" (0), "next" (+1). */
static gboolean
rel_step_at(const Scan *sc, guint i, int *step)
{
  if (i >= sc->n || sc->t[i].type != T_WORD ||
      !strchr("tcnulpTCNULP", sc->text[sc->t[i].start]))
    return FALSE;
  if (word_in(sc, i, rel_this))
    *step = 0;
  else if (word_in(sc, i, rel_next))
    *step = 1;
  else if (word_in(sc, i, rel_last))
    *step = -1;
  else
    return FALSE;
  return TRUE;
}

/* A small count of units: "3", "two", "a", "a few", "several", "a
 * couple of".  Returns it (0 for none) and its last token in @last. */
static int
count_at(const Scan *sc, guint i, guint *last)
{
  if (i >= sc->n)
    return 0;
  const Tok *t = &sc->t[i];
  if (t->type == T_NUM) {
    if (t->separators || t->decimals || t->int_digits > 3 || t->value < 1)
      return 0;
    *last = i;
    return (int)t->value;
  }
  if (t->type != T_WORD || (!t->numw && !strchr("afscAFSC", sc->text[t->start])))
    return 0;
  guint j = i;
  if (tok_is(sc, j, "a") || tok_is(sc, j, "an"))
    j++;
  if (tok_is(sc, j, "few") || tok_is(sc, j, "several")) {
    *last = j;
    return 3;
  }
  if (tok_is(sc, j, "couple") && tok_is(sc, j + 1, "of")) {
    *last = j + 1;
    return 2;
  }
  if (j > i) {
    *last = i;
    return 1;
  }
  NumExpr e;
  if (t->numw && read_word_number(sc, i, &e) && e.value >= 1 && e.value <= 999 &&
      e.value == floor(e.value)) {
    *last = e.last;
    return (int)e.value;
  }
  return 0;
}

/* Reads a span of time from @i: "two weeks", "1 month 21 days", "a year
 * and 3 months", "3year".  Adds it up in @months and @days; returns the
 * number of terms read (0: none) and the last token in @last. */
static int
read_offset(const Scan *sc, guint i, int *months, int *days, guint *last)
{
  int terms = 0;
  *months = *days = 0;
  guint j = i;
  while (terms < 4) {
    guint cl;
    int n = count_at(sc, j, &cl);
    DateUnit u = n ? unit_at(sc, cl + 1) : U_NONE;
    if (u == U_NONE || u == U_WEEKEND || !same_sentence(sc, i, cl + 1))
      break;
    switch (u) {
    case U_DAY: *days += n; break;
    case U_WEEK: *days += 7 * n; break;
    case U_FORTNIGHT: *days += 14 * n; break;
    case U_MONTH: *months += n; break;
    case U_QUARTER: *months += 3 * n; break;
    case U_YEAR: *months += 12 * n; break;
    default: *months += 120 * n; break;
    }
    terms++;
    *last = cl + 1;
    j = cl + 2;
    if (tok_is(sc, j, "and") || tok_is_punct(sc, j, ",")) {
      guint cl2;
      if (count_at(sc, j + 1, &cl2) && unit_at(sc, cl2 + 1) != U_NONE)
        j++;
      else
        break;
    }
  }
  return terms;
}

/* A date mention for days @a..@b written on tokens @first..@last. */
static XcMention *
days_mention(Scan *sc, guint first, guint last, guint32 a, guint32 b, guint *next)
{
  *next = last + 1;
  if (!a || !b || b < a)
    return NULL;
  XcMention *m = period_mention(sc, first, last, a, b);
  return m;
}

/* Spans of time counted from a day: "two days ago", "three weeks from
 * tomorrow", "2 years 21 days later", "two days earlier", "4 weeks in the
 * future", "2 days hence", "within 5 days", "for 3 days from today".  A
 * span ending in "ago", "earlier" or "later" is the one day it reaches;
 * "within", "hence", "in the future" and "for ... from" give the days
 * between.  Relative to the document's date, which "two days earlier"
 * means only when no other day was named: the reader cannot know. */
static XcMention *
read_offset_date(Scan *sc, guint i, guint *next)
{
  int months, days;
  guint last;
  if (!read_offset(sc, i, &months, &days, &last))
    return NULL;
  guint j = last + 1, first = i, end;
  guint32 ref = sc->ref_day, base = ref;
  int sign;
  gboolean range = FALSE, from_start = FALSE;
  gboolean within = before_is(sc, i, 1, "within");
  if (!within && before_is(sc, i, 3, "within") && before_is(sc, i, 2, "the") &&
      (tok_is(sc, i - 1, "next") || tok_is(sc, i - 1, "upcoming")))
    within = TRUE, first = i - 3;
  else if (within)
    first = i - 1;
  if (j < sc->n && !same_sentence(sc, last, j))
    j = sc->n;                      /* nothing in the next sentence qualifies it */
  gboolean less = before_is(sc, i, 1, "than") && before_is(sc, i, 2, "less");
  if (less)
    first = i - 2;
  if (tok_is(sc, j, "ago") || tok_is(sc, j, "earlier") || tok_is(sc, j, "before")) {
    sign = -1;
    end = j;
    if (tok_is(sc, j, "before")) {
      if (tok_is(sc, j + 1, "yesterday"))
        base = day_shift(ref, -1);
      else if (!tok_is(sc, j + 1, "today"))
        return NULL;
      end = j + 1;
    }
  } else if (tok_is(sc, j, "later") || tok_is(sc, j, "hence")) {
    sign = 1;
    end = j;
    range = tok_is(sc, j, "hence");
  } else if (tok_is(sc, j, "in") && tok_is(sc, j + 1, "the") && tok_is(sc, j + 2, "future")) {
    sign = 1;
    end = j + 2;
    range = TRUE;
  } else if ((tok_is(sc, j, "from") || tok_is(sc, j, "after")) &&
             (tok_is(sc, j + 1, "now") || tok_is(sc, j + 1, "today") ||
              tok_is(sc, j + 1, "tomorrow") || tok_is(sc, j + 1, "yesterday"))) {
    sign = 1;
    end = j + 1;
    base = day_shift(ref, tok_is(sc, j + 1, "tomorrow") ? 1 :
                          tok_is(sc, j + 1, "yesterday") ? -1 : 0);
    from_start = before_is(sc, i, 1, "for") && tok_is(sc, j, "from");
  } else if (within) {
    sign = 1;
    end = last;
  } else {
    /* "for 1 week, from 20th dec", "2 weeks starting May 20th" */
    guint k = tok_is_punct(sc, j, ",") ? j + 1 : j;
    gboolean for_from = tok_is(sc, k, "from") && before_is(sc, i, 1, "for");
    gboolean starting = tok_is(sc, k, "starting") || tok_is(sc, k, "beginning");
    if ((!for_from && !starting) || !ref)
      return NULL;
    if (starting && (tok_is(sc, k + 1, "from") || tok_is(sc, k + 1, "on")))
      k++;
    if (k + 1 >= sc->n || !same_sentence(sc, i, k + 1))
      return NULL;
    guint after;
    XcMention *start = read_at(sc, k + 1, &after);
    if (!start || start->kind != XC_KIND_DATE) {
      xc_mention_free(start);
      return NULL;
    }
    guint32 a = (guint32)start->low;
    xc_mention_free(start);
    return days_mention(sc, for_from ? i - 1 : i, after - 1, a,
                        date_offset(a, months, days), next);
  }
  if (within && tok_is(sc, end + 1, "from") && tok_is(sc, end + 2, "today"))
    end += 2;
  if (!ref) {
    *next = end + 1;              /* a span of time, not a count */
    return NULL;
  }
  if (from_start)
    first = i - 1;
  guint32 target = date_offset(base, sign * months, sign * days);
  if (less && end > last)            /* "less than 2 weeks from today", "... ago" */
    return days_mention(sc, first, end, sign > 0 ? base : target, sign > 0 ? target : base,
                        next);
  if (within || from_start)
    return days_mention(sc, first, end, base, target, next);
  if (range)
    return days_mention(sc, first, end, day_shift(base, 1), target, next);
  return days_mention(sc, first, end, target, target, next);
}

/* A weekday name at token @i, 1 (Monday) .. 7; 0 when none.  Unless
 * @loose, a name must be written in full or as "Tues"/"Thur" with a
 * capital, since "Sun", "Wed", "Sat" and "Mon" are words and names. */
static int
weekday_at(const Scan *sc, guint i, gboolean loose)
{
  if (i >= sc->n || sc->t[i].type != T_WORD)
    return 0;
  gsize len = sc->t[i].end - sc->t[i].start;
  const char *w = sc->text + sc->t[i].start;
  int wd = xc_date_weekday_from_word(w, len);
  if (!wd && len == 5 && g_ascii_strncasecmp(w, "thurs", 5) == 0)
    wd = 4;
  if (!wd || loose)
    return wd;
  if (sc->t[i].upper ? len >= 4 : len > 5)
    return wd;
  /* "on tues": an abbreviation after "on" */
  return len >= 4 && i > 0 && tok_is(sc, i - 1, "on") ? wd : 0;
}

/* After "next week", "this week": "on Friday", "Sunday", "between
 * Wednesday and Friday", "from Tue to Thur" narrow the week @a..@b to
 * those days; *@last moves past them. */
static void
weekday_in_week(const Scan *sc, guint *last, guint32 *a, guint32 *b)
{
  guint j = *last + 1;
  gboolean pair = tok_is(sc, j, "between") || tok_is(sc, j, "from");
  if (tok_is(sc, j, "on") || pair)
    j++;
  int w1 = weekday_at(sc, j, TRUE), w2 = 0;
  if (!w1 || !same_sentence(sc, *last, j))
    return;
  guint l = j;
  if (pair) {
    if (!(tok_is(sc, j + 1, "and") || tok_is(sc, j + 1, "to") || tok_is(sc, j + 1, "until") ||
          tok_is(sc, j + 1, "till") || tok_is(sc, j + 1, "through")) ||
        (w2 = weekday_at(sc, j + 2, TRUE)) <= w1)
      return;
    l = j + 2;
  }
  guint32 monday = *a;
  *a = monday + (guint32)(w1 - 1);
  *b = w2 ? monday + (guint32)(w2 - 1) : *a;
  *last = l;
}

/* @day moved by @n of @u. */
static guint32
unit_move(guint32 day, DateUnit u, int n)
{
  switch (u) {
  case U_DAY: return day_shift(day, n);
  case U_WEEK:
  case U_WEEKEND: return day_shift(day, 7 * (gint64)n);
  case U_FORTNIGHT: return day_shift(day, 14 * (gint64)n);
  case U_MONTH: return xc_date_add_months(day, n);
  case U_QUARTER: return xc_date_add_months(day, 3 * n);
  case U_YEAR: return xc_date_add_months(day, 12 * n);
  case U_DECADE: return xc_date_add_months(day, 120 * n);
  default: return 0;
  }
}

/* Periods named from the document's date: "this week", "next month",
 * "last year", "the coming week", "the next decade", "next 3 days", "the
 * past two weeks", "next week on Friday", "this week between Wednesday
 * and Friday".  "next 3 days" starts the day after the document's, "past
 * 3 weeks" and "the past year" end on it; decades count whole decades
 * ("the last two decades" from 2016 are the 1990s and 2000s). */
static XcMention *
read_relative_period(Scan *sc, guint i, guint *next)
{
  int step;
  if (!rel_step_at(sc, i, &step))
    return NULL;
  guint first = i;
  gboolean the = before_is(sc, i, 1, "the");
  if (the && before_is(sc, i, 2, "within"))
    return NULL;                    /* read_offset_date() reads "within the next 3 years" */
  /* "the previous year" counts from a time the story names, not from the
   * document's date */
  if (the && tok_is(sc, i, "previous"))
    return NULL;
  if (step != 0 && !tok_is(sc, i, "coming") && !tok_is(sc, i, "upcoming") && the)
    first = i - 1;
  guint32 ref = sc->ref_day, a, b;
  DateUnit u = unit_at(sc, i + 1);
  /* singular: "the coming weeks" names no one week; "the last quarter of
   * 2004" is read_quarter()'s */
  if (u != U_NONE && u != U_DAY && same_sentence(sc, i, i + 1) &&
      sc->text[sc->t[i + 1].end - 1] != 's' && !tok_is(sc, i + 2, "of")) {
    if (!ref || !unit_period(ref, u, step, &a, &b))
      return NULL;
    guint last = i + 1;
    if (the && step < 0 && u != U_WEEKEND) {
      /* "the past year", "in the last week": the span up to the day */
      a = unit_move(ref, u, -1);
      b = ref;
    }
    if (u == U_WEEK)
      weekday_in_week(sc, &last, &a, &b);
    return days_mention(sc, first, last, a, b, next);
  }
  guint cl;
  /* "last a week" is a verb and its object */
  int n = step != 0 && !tok_is(sc, i + 1, "a") && !tok_is(sc, i + 1, "an") ?
          count_at(sc, i + 1, &cl) : 0;
  if (!n || (u = unit_at(sc, cl + 1)) == U_NONE || u == U_WEEKEND ||
      !same_sentence(sc, i, cl + 1) || !ref)
    return NULL;
  if (u == U_DECADE) {
    int y, m, d;
    xc_date_split(ref, &y, &m, &d);
    int d0 = y - y % 10;
    a = xc_date_from_ymd(step > 0 ? d0 + 10 : d0 - 10 * n, 1, 1);
    b = xc_date_from_ymd(step > 0 ? d0 + 10 * n + 9 : d0 - 1, 12, 31);
  } else if (step > 0) {
    a = day_shift(ref, 1);
    b = unit_move(ref, u, n);
  } else {
    a = unit_move(ref, u, -n);
    b = ref;
  }
  return days_mention(sc, first, cl + 1, a, b, next);
}

/* A unit named with "the" and no number: "the week", "the weekend", "the
 * week after next", "the month after the next", "the year before" (last
 * year, where nothing follows to say before what), "year to date", and
 * week numbers of the document's year ("week 31", ISO 8601 weeks). */
static XcMention *
read_unit_word(Scan *sc, guint i, guint *next)
{
  DateUnit u = unit_at(sc, i);
  guint32 ref = sc->ref_day, a, b;
  if (u == U_NONE || u == U_DAY || !ref)
    return NULL;
  int y, m, d;
  xc_date_split(ref, &y, &m, &d);
  if (u == U_WEEK && i + 1 < sc->n && sc->t[i + 1].type == T_NUM &&
      same_sentence(sc, i, i + 1) && !tok_is(sc, i + 2, "of")) {
    int n = small_int_at(sc, i + 1, 2);
    if (n < 1 || n > 53 || sc->t[i + 1].int_digits != (n < 10 ? 1 : 2))
      return NULL;
    a = xc_date_week_of(xc_date_from_ymd(y, 1, 1), xc_date_from_ymd(y, 12, 31), n);
    return days_mention(sc, i, i + 1, a, day_shift(a, 6), next);
  }
  if (u == U_YEAR && tok_is(sc, i + 1, "to") && tok_is(sc, i + 2, "date"))
    return days_mention(sc, i, i + 2, xc_date_from_ymd(y, 1, 1), ref, next);
  if (!before_is(sc, i, 1, "the"))
    return NULL;
  int step;
  guint last = i;
  gboolean ends = i + 2 >= sc->n || !same_sentence(sc, i, i + 2) ||
                  sc->t[i + 2].type != T_WORD;
  if (tok_is(sc, i + 1, "after") && tok_is(sc, i + 2, "next")) {
    step = 2;
    last = i + 2;
  } else if (tok_is(sc, i + 1, "after") && tok_is(sc, i + 2, "the") &&
             tok_is(sc, i + 3, "next")) {
    step = 2;
    last = i + 3;
  } else if ((tok_is(sc, i + 1, "before") || tok_is(sc, i + 1, "after")) && ends) {
    step = tok_is(sc, i + 1, "before") ? -1 : 1;
    last = i + 1;
  } else if ((u == U_WEEK || u == U_WEEKEND) && !tok_is(sc, i + 1, "of") &&
             !tok_is(sc, i + 1, "to") && !tok_is(sc, i + 1, "commencing") &&
             !tok_is(sc, i + 1, "starting") && !tok_is(sc, i + 1, "beginning") &&
             !tok_is(sc, i + 1, "ending") && !(attached(sc, i) && tok_is_dash(sc, i + 1))) {
    /* "over the weekend" in a weekday's news is the weekend just past,
     * unless future wording comes before ("will rest over the weekend") */
    step = u == U_WEEKEND && xc_date_weekday(ref) < 6 && !future_context(sc, i) ? -1 : 0;
  } else if (before_is(sc, i, 2, "in") &&
             (before_is(sc, i, 3, "earlier") || before_is(sc, i, 3, "later"))) {
    step = 0;                       /* "later in the year" */
  } else {
    return NULL;
  }
  if (!unit_period(ref, u, step, &a, &b))
    return NULL;
  return days_mention(sc, i - 1, last, a, b, next);
}

/* "rest of the week", "rest of this month", "rest of the year": from the
 * document's day to the end of its unit. */
static XcMention *
read_rest_of(Scan *sc, guint i, guint *next)
{
  static const char *const owners[] = { "the", "this", "my", "current", NULL };
  guint32 ref = sc->ref_day, a, b;
  if (!tok_is(sc, i, "rest") || !ref)
    return NULL;
  guint j = i + 1;
  if (tok_is(sc, j, "of"))
    j++;
  if (word_in(sc, j, owners))
    j++;
  DateUnit u = unit_at(sc, j);
  if (u == U_NONE || u == U_DAY || !same_sentence(sc, i, j) ||
      !unit_period(ref, u, 0, &a, &b))
    return NULL;
  return days_mention(sc, i, j, MAX(a, ref), b, next);
}

/* A day of the month as a number or word: "27", "27th", "second",
 * "twenty second", "twenty-first", and with @cardinal also "fifteen",
 * "twenty one", "thirty".  Returns 1..31 (0: none); *@last is its last
 * token. */
static int
day_number_at(const Scan *sc, guint i, guint *last, gboolean cardinal)
{
  if (i >= sc->n)
    return 0;
  if (sc->t[i].type == T_NUM)
    return day_at(sc, i, last);
  if (sc->t[i].type != T_WORD)
    return 0;
  int d = xc_date_ordinal_from_word(sc->text + sc->t[i].start,
                                    sc->t[i].end - sc->t[i].start);
  if (d) {
    *last = i;
    return d;
  }
  const NumWord *w = num_word(sc, i);
  if (!w || w->scale || w->value < 1 || w->value > 30)
    return 0;
  if (w->value == 20 || w->value == 30) {
    /* "twenty second", "twenty-first", "thirty first" */
    guint j = tok_is_dash(sc, i + 1) && attached(sc, i) && attached(sc, i + 1) ? i + 2 : i + 1;
    int units = j < sc->n && same_sentence(sc, i, j) ?
                xc_date_ordinal_from_word(sc->text + sc->t[j].start,
                                          sc->t[j].end - sc->t[j].start) : 0;
    if (units >= 1 && units <= 9 && (w->value == 20 || units == 1)) {
      *last = j;
      return (int)w->value + units;
    }
  }
  if (!cardinal)
    return 0;
  NumExpr e;
  if (!read_word_number(sc, i, &e) || e.value < 1 || e.value > 31 ||
      e.value != floor(e.value))
    return 0;
  *last = e.last;
  return (int)e.value;
}

/* A year in words after a date: "two thousand and eighteen", "nineteen
 * seventy eight", "nineteen zero one", "two thousand".  0 when none. */
static int
word_year_at(const Scan *sc, guint i, guint *last)
{
  const NumWord *w = num_word(sc, i);
  if (!w)
    return 0;
  if (!w->scale && w->value >= 10 && w->value <= 20 + 9 * (w->value >= 20)) {
    /* "nineteen seventy eight": a century and two digits */
    const NumWord *t = num_word(sc, i + 1), *u;
    guint j = i + 1;
    int low = -1;
    if (t && (tok_is(sc, j, "zero") || tok_is(sc, j, "oh")) && (u = num_word(sc, j + 1)) &&
        u->value >= 1 && u->value <= 9) {
      low = (int)u->value;
      j++;
    } else if (t && !t->scale && t->value >= 10) {
      low = (int)t->value;
      guint k = tok_is_dash(sc, j + 1) ? j + 2 : j + 1;
      if (t->value >= 20 && fmod(t->value, 10) == 0 && (u = num_word(sc, k)) &&
          !u->scale && u->value >= 1 && u->value <= 9) {
        low += (int)u->value;
        j = k;
      }
    }
    if (low >= 0 && same_sentence(sc, i, j)) {
      *last = j;
      return (int)w->value * 100 + low;
    }
  }
  NumExpr e;
  if (read_word_number(sc, i, &e) && e.value >= 1000 && e.value <= 2999 &&
      e.value == floor(e.value)) {
    *last = e.last;
    return (int)e.value;
  }
  return 0;
}

static const char *const day_of_month_context[] = {
  "on", "for", "by", "until", "since", "from", "till", "through", NULL,
};

/* The end of what a day number could be: no word follows it in its
 * sentence ("the 27th floor", "the 25th anniversary" are no days), nor a
 * hyphen ("the three-ton satellites"). */
static gboolean
nothing_follows(const Scan *sc, guint last)
{
  return last + 1 >= sc->n || !same_sentence(sc, last, last + 1) ||
         (sc->t[last + 1].type != T_WORD &&
          !(attached(sc, last) && (tok_is_dash(sc, last + 1) || tok_is_punct(sc, last + 1, "/"))));
}

/* A day of the month named alone: "on the 27th", "for the second", "on
 * 15", "on twenty second", "the 20th of next month", "31st of this
 * month".  The month is the document's unless one is named after it.
 * Only where nothing else can be meant: after "the" or "on", itself
 * after a preposition, and before no word. */
static XcMention *
read_day_of_month(Scan *sc, guint i, guint *next)
{
  guint last, first = i;
  gboolean the = before_is(sc, i, 1, "the");
  int d = day_number_at(sc, i, &last, FALSE);
  if (!d || !sc->ref_day)
    return NULL;
  int y, m, dd, step = 0;
  xc_date_split(sc->ref_day, &y, &m, &dd);
  guint j = tok_is(sc, last + 1, "of") ? last + 2 : last + 1;
  if (rel_step_at(sc, j, &step) && tok_is(sc, j + 1, "month") && same_sentence(sc, i, j + 1) &&
      (j == last + 2 || the)) {
    last = j + 1;
  } else {
    gboolean suffixed = last > i || sc->t[i].type == T_WORD;
    /* the day ends its clause: "for the first 45 minutes", "the first
     * \"lightweight\" computers" are no days */
    if (last + 1 < sc->n && same_sentence(sc, last, last + 1) &&
        !(tok_is_punct(sc, last + 1, ".") || tok_is_punct(sc, last + 1, ",") ||
          tok_is_punct(sc, last + 1, "!") || tok_is_punct(sc, last + 1, "?") ||
          tok_is_punct(sc, last + 1, ";") || tok_is_punct(sc, last + 1, ")")))
      return NULL;
    /* "the week of the 18th": after "of" only a day with its suffix */
    if (the ? !(i >= 2 && (word_in(sc, i - 2, day_of_month_context) ||
                           weekday_at(sc, i - 2, FALSE) ||
                           (tok_is(sc, i - 2, "of") && last > i && sc->t[i].type == T_NUM)) &&
                same_sentence(sc, i - 2, i))
            : !(before_is(sc, i, 1, "on") && (suffixed || sc->t[i].type == T_NUM)))
      return NULL;
  }
  if (the)
    first = i - 1;
  guint32 a = xc_date_add_months(xc_date_from_ymd(y, m, 1), step);
  if (last != j + 1 && (future_context(sc, first) ? d < dd : d > dd)) {
    /* no month named: "resumed on the 27th" is the last 27th, "will meet
     * on the 2nd" the next 2nd */
    a = xc_date_add_months(a, future_context(sc, first) ? 1 : -1);
  }
  int ay, am, ad;
  xc_date_split(a, &ay, &am, &ad);
  guint32 day = xc_date_from_ymd(ay, am, d);
  if (!day && last == j + 1)
    return NULL;                    /* "31st of this month" in November */
  if (!day) {
    /* "the 31st" in a month of 30 days: the last month that had one */
    xc_date_split(xc_date_add_months(a, -1), &ay, &am, &ad);
    day = xc_date_from_ymd(ay, am, d);
  }
  return days_mention(sc, first, last, day, day, next);
}

/* "the first Friday of July", "second Sunday", "the last Monday of next
 * month", "the third Wednesday of previous month": the month is the
 * document's unless named. */
static XcMention *
read_nth_weekday(Scan *sc, guint i, guint *next)
{
  int n = tok_is(sc, i, "last") ? -1 :
          xc_date_ordinal_from_word(sc->text + sc->t[i].start, sc->t[i].end - sc->t[i].start);
  int wd = n && n <= 5 ? weekday_at(sc, i + 1, FALSE) : 0;
  if (!wd || !sc->ref_day || !same_sentence(sc, i, i + 1))
    return NULL;
  int y, m, d, step;
  xc_date_split(sc->ref_day, &y, &m, &d);
  guint last = i + 1, j = i + 2;
  if ((tok_is(sc, j, "of") || tok_is(sc, j, "in")) && j + 1 < sc->n) {
    int mo = sc->t[j + 1].type == T_WORD ?
             xc_date_month_from_word(sc->text + sc->t[j + 1].start,
                                     sc->t[j + 1].end - sc->t[j + 1].start) : 0;
    if (mo) {
      m = mo;
      last = j + 1;
      y = trailing_year(sc, &last);
      if (!y)
        y = infer_year(sc, mo, 1);
    } else if (rel_step_at(sc, j + 1, &step) && tok_is(sc, j + 2, "month")) {
      guint32 a = xc_date_add_months(xc_date_from_ymd(y, m, 1), step);
      xc_date_split(a, &y, &m, &d);
      last = j + 2;
    }
  }
  if (n < 0 && last == i + 1)
    return NULL;                    /* "last Friday" is another reading */
  guint32 day = xc_date_nth_weekday(y, m, wd, n);
  guint first = before_is(sc, i, 1, "the") ? i - 1 : i;
  return day ? days_mention(sc, first, last, day, day, next) : NULL;
}

/* Quarters and halves of a year: "Q3", "Q1 2016", "Q3 this year", "H1
 * 2016", "2016H2", "the third quarter of 2016", "the first half of
 * 2024", "the last quarter of 2004", "next year's third-quarter".  With
 * no year named a quarter is the document's year's, or the year before's
 * when it has not begun; a half needs its year ("the second half" of a
 * match and "H2" alone name none). */
static XcMention *
read_quarter(Scan *sc, guint i, guint *next)
{
  int q, months, y = 0, step;
  guint first = i, last;
  if (sc->t[i].type != T_WORD || !strchr("QHfstlFSTL", sc->text[sc->t[i].start]))
    return NULL;
  if ((tok_is(sc, i, "Q") || tok_is(sc, i, "H")) && sc->t[i].upper && attached(sc, i) &&
      i + 1 < sc->n && sc->t[i + 1].type == T_NUM && sc->t[i + 1].int_digits == 1 &&
      !sc->t[i + 1].decimals && !(attached(sc, i + 1) && i + 2 < sc->n &&
                                   sc->t[i + 2].type != T_PUNCT)) {
    months = tok_is(sc, i, "H") ? 6 : 3;
    q = (int)sc->t[i + 1].value;
    last = i + 1;
  } else {
    q = sc->t[i].type == T_WORD ?
        xc_date_ordinal_from_word(sc->text + sc->t[i].start, sc->t[i].end - sc->t[i].start) : 0;
    if (tok_is(sc, i, "last") && tok_is(sc, i + 2, "of"))
      q = -1;                       /* "the last quarter of 2004" */
    guint j = tok_is_dash(sc, i + 1) ? i + 2 : i + 1;
    if (!q || !same_sentence(sc, i, j))
      return NULL;
    if (tok_is(sc, j, "quarter"))
      months = 3;
    else if (tok_is(sc, j, "half"))
      months = 6;
    else
      return NULL;
    last = j;
    if (before_is(sc, i, 1, "the")) {
      first = i - 1;
    } else if (i >= 2 && tok_is(sc, i - 1, "year's") && rel_step_at(sc, i - 2, &step) &&
               tok_free(sc, i - 2) && sc->ref_day) {
      int ry, rm, rd;
      xc_date_split(sc->ref_day, &ry, &rm, &rd);
      y = ry + step;
      first = i - 2;
    }
  }
  if (q < 0)
    q = 12 / months;
  if (q < 1 || q > 12 / months)
    return NULL;
  guint j = tok_is(sc, last + 1, "of") ? last + 2 : last + 1;
  guint wl;
  int v;
  if (y) {
  } else if ((v = year_at(sc, j)) && same_sentence(sc, i, j)) {
    y = v;
    last = j;
  } else if (j == last + 2 && (v = word_year_at(sc, j, &wl))) {
    y = v;
    last = wl;
  } else if (rel_step_at(sc, j, &step) && tok_is(sc, j + 1, "year") && sc->ref_day) {
    int ry, rm, rd;
    xc_date_split(sc->ref_day, &ry, &rm, &rd);
    y = ry + step;
    last = j + 1;
  } else if (first > 0 && (v = year_at(sc, first - 1)) && tok_free(sc, first - 1) &&
             same_sentence(sc, first - 1, first)) {
    y = v;                          /* "2016 Q3", "2016 the third quarter" */
    first--;
  }
  if (!y) {
    /* "H2", "the second half" (of a match) name no half-year by themselves */
    if (months == 6 || !sc->ref_day)
      return NULL;
    int ry, rm, rd;
    xc_date_split(sc->ref_day, &ry, &rm, &rd);
    y = (q - 1) * months + 1 > rm ? ry - 1 : ry;
  }
  guint32 a = xc_date_from_ymd(y, (q - 1) * months + 1, 1);
  return days_mention(sc, first, last, a, a ? day_shift(xc_date_add_months(a, months), -1) : 0,
                      next);
}

/* Seasons, read as the meteorological seasons of the northern
 * hemisphere, where most news is written: "this summer", "last winter",
 * "the spring", "summer 2016", "the spring of 1978".  Winter runs from
 * December into the next year.  A season word needs "the", "this", "last"
 * or "next" before it or a year after it: "a wet summer", "ahead of
 * winter" name no days. */
static XcMention *
read_season(Scan *sc, guint i, guint *next)
{
  static const char *const seasons[] = { "spring", "summer", "autumn", "winter", NULL };
  int s = -1;
  for (int k = 0; seasons[k]; k++)
    if (tok_is(sc, i, seasons[k]))
      s = k;
  if (s < 0 || !sc->ref_day)
    return NULL;
  int y, m, d, step = 0, v;
  xc_date_split(sc->ref_day, &y, &m, &d);
  guint first = i, last = i, wl;
  gboolean context = FALSE;
  if (i > 0 && rel_step_at(sc, i - 1, &step) && tok_free(sc, i - 1) &&
      same_sentence(sc, i - 1, i)) {
    first = i - 1;
    context = TRUE;
  } else if (before_is(sc, i, 1, "the")) {
    first = i - 1;
    context = TRUE;
  }
  guint j = tok_is(sc, i + 1, "of") ? i + 2 : i + 1;
  if ((v = year_at(sc, j)) && same_sentence(sc, i, j)) {
    y = v;
    last = j;
  } else if (j == i + 2 && (v = word_year_at(sc, j, &wl))) {
    y = v;
    last = wl;
  } else if (!context) {
    return NULL;                    /* "a wet summer", "ahead of winter" */
  } else {
    if (s == 3 && m <= 2)
      y--;                          /* this winter, in January */
    y += step;
  }
  guint32 a = xc_date_from_ymd(y, 3 + 3 * s, 1);
  return days_mention(sc, first, last, a, a ? day_shift(xc_date_add_months(a, 3), -1) : 0,
                      next);
}

/* "15th century", "the twentieth century": its hundred years. */
static XcMention *
read_century(Scan *sc, guint i, guint *next)
{
  guint last;
  int c = sc->t[i].type == T_NUM ? day_at(sc, i, &last) : day_number_at(sc, i, &last, FALSE);
  if (!c || c > 22 || (sc->t[i].type == T_NUM && last == i) || !tok_is(sc, last + 1, "century"))
    return NULL;
  return days_mention(sc, i, last + 1, xc_date_from_ymd(MAX(1, (c - 1) * 100), 1, 1),
                      xc_date_from_ymd(c * 100 - 1, 12, 31), next);
}

/* A month by number with its year: "2016-11", "2015/3", "11/2016",
 * "3/2015", "2016 / 11".  A four-digit first number is the year; "2014-15"
 * and "2010/12" are spans of years as news writes them, not months. */
static XcMention *
read_numeric_month(Scan *sc, guint i, guint *next)
{
  const Tok *t = &sc->t[i];
  if (i + 2 >= sc->n || !(tok_is_dash(sc, i + 1) || tok_is_punct(sc, i + 1, "/")) ||
      !same_sentence(sc, i, i + 2) || t->separators || t->decimals)
    return NULL;
  const Tok *u = &sc->t[i + 2];
  if (u->type != T_NUM || u->separators || u->decimals)
    return NULL;
  if (attached(sc, i + 2) && i + 3 < sc->n && sc->t[i + 3].type != T_PUNCT)
    return NULL;
  if (attached(sc, i + 2) && (tok_is_punct(sc, i + 3, "/") || tok_is_dash(sc, i + 3) ||
                              tok_is_punct(sc, i + 3, ".")) &&
      i + 4 < sc->n && sc->t[i + 4].type == T_NUM)
    return NULL;
  if (i > 0 && attached(sc, i - 1) && (sc->t[i - 1].type == T_NUM ||
                                       tok_is_punct(sc, i - 1, "/") || tok_is_dash(sc, i - 1)))
    return NULL;
  int y, m;
  if (t->int_digits == 4 && u->int_digits <= 2) {
    y = year_at(sc, i);
    m = (int)u->value;
    /* "2010-12" and "2005-6" are spans of years (a fiscal year) */
    if ((u->int_digits == 2 && m > y % 100) || (u->int_digits == 1 && m == y % 10 + 1))
      return NULL;
  } else if (t->int_digits <= 2 && u->int_digits == 4) {
    m = (int)t->value;
    y = year_at(sc, i + 2);
  } else {
    return NULL;
  }
  if (!y || m < 1 || m > 12)
    return NULL;
  guint32 a = xc_date_from_ymd(y, m, 1);
  return days_mention(sc, i, i + 2, a, month_end(a), next);
}

/* A year written before its month or quarter: "2016 November", "2016,
 * nov", "2019-sep-1", "2019/sep/01", "2016 Q3", "2016H2", "2016 the third
 * quarter". */
static XcMention *
read_year_first(Scan *sc, guint i, guint *next)
{
  int y = year_at(sc, i), mo;
  if (!y || i + 1 >= sc->n)
    return NULL;
  guint j = i + 1, last;
  if ((tok_is_dash(sc, j) || tok_is_punct(sc, j, "/")) && attached(sc, i) && attached(sc, j)) {
    mo = j + 1 < sc->n && sc->t[j + 1].type == T_WORD ?
         xc_date_month_from_word(sc->text + sc->t[j + 1].start,
                                 sc->t[j + 1].end - sc->t[j + 1].start) : 0;
    int d;
    if (!mo || !attached(sc, j + 1) || !attached(sc, j + 2) ||
        sc->text[sc->t[j + 2].start] != sc->text[sc->t[j].start] ||
        !(d = day_at(sc, j + 3, &last)))
      return NULL;
    guint32 a = xc_date_from_ymd(y, mo, d);
    return days_mention(sc, i, last, a, a, next);
  }
  if (tok_is_punct(sc, j, ","))
    j++;
  if (!same_sentence(sc, i, j) || sc->t[j].type != T_WORD)
    return NULL;
  if (tok_is(sc, j, "Q") || tok_is(sc, j, "H"))
    return j == i + 1 ? read_quarter(sc, j, next) : NULL;
  if (tok_is(sc, j, "the") && j == i + 1 && tok_is(sc, j + 2, "quarter"))
    return read_quarter(sc, j + 1, next);
  gsize len = sc->t[j].end - sc->t[j].start;
  mo = len >= 3 ? xc_date_month_from_word(sc->text + sc->t[j].start, len) : 0;
  if (!mo || (j + 1 < sc->n && sc->t[j + 1].type == T_NUM && same_sentence(sc, j, j + 1)) ||
      (!sc->t[j].upper && (mo == 5 || mo == 3) && !nothing_follows(sc, j)))
    return NULL;
  guint32 a = xc_date_from_ymd(y, mo, 1);
  return days_mention(sc, i, j, a, month_end(a), next);
}

/* "the third week of this month", "the first week of Oct", "first week
 * of 2015", "the third week next year": weeks of a month or year belong
 * to it by their Thursday (see xc_date_week_of()); "the last week of" a
 * month is its final seven days. */
static XcMention *
read_nth_week(Scan *sc, guint i, guint *next)
{
  int n = tok_is(sc, i, "last") ? -1 :
          xc_date_ordinal_from_word(sc->text + sc->t[i].start, sc->t[i].end - sc->t[i].start);
  if (!n || n > 5 || !tok_is(sc, i + 1, "week") || !sc->ref_day)
    return NULL;
  guint j = i + 2, last, wl;
  gboolean of = tok_is(sc, j, "of") || tok_is(sc, j, "in");
  if (of)
    j++;
  if (!same_sentence(sc, i, j))
    return NULL;
  int y, m, d, step, v;
  xc_date_split(sc->ref_day, &y, &m, &d);
  guint32 pa, pb;
  gboolean month = FALSE;
  int mo = of && sc->t[j].type == T_WORD ?
           xc_date_month_from_word(sc->text + sc->t[j].start, sc->t[j].end - sc->t[j].start) : 0;
  if (mo) {
    last = j;
    y = trailing_year(sc, &last);
    if (!y)
      y = infer_year(sc, mo, 1);
    pa = xc_date_from_ymd(y, mo, 1);
    month = TRUE;
  } else if (rel_step_at(sc, j, &step) &&
             (tok_is(sc, j + 1, "month") || tok_is(sc, j + 1, "year"))) {
    month = tok_is(sc, j + 1, "month");
    unit_period(sc->ref_day, month ? U_MONTH : U_YEAR, step, &pa, &pb);
    last = j + 1;
  } else if (of && (v = year_at(sc, j))) {
    pa = xc_date_from_ymd(v, 1, 1);
    last = j;
  } else if (of && (v = word_year_at(sc, j, &wl))) {
    pa = xc_date_from_ymd(v, 1, 1);
    last = wl;
  } else {
    return NULL;
  }
  if (!pa)
    return NULL;
  pb = month ? month_end(pa) : day_shift(xc_date_add_months(pa, 12), -1);
  guint32 a = n < 0 && month ? day_shift(pb, -6) : xc_date_week_of(pa, pb, n);
  guint first = before_is(sc, i, 1, "the") ? i - 1 : i;
  return days_mention(sc, first, last, a, day_shift(a, 6), next);
}

/* Words before a date that take part of it or widen it. */
typedef enum {
  P_NONE, P_EARLY, P_MID, P_LATE, P_BEGIN, P_MIDDLE, P_END, P_LATER, P_EARLIER,
  P_WEEK_OF, P_MONTH_OF,
} DatePart;

/* The part @part of the days @a..@b: for a week, "early" is Monday to
 * Wednesday, "mid" Tuesday to Friday and "late" Thursday to Sunday; for a
 * month the days 1-15, 11-20 and 16 to the end; for a year its halves
 * (early, late), or its thirds with "beginning", "middle" and "end of".
 * "later" and "earlier" cut at the document's day.  FALSE when the part
 * does not apply to such days. */
static gboolean
date_part(guint32 a, guint32 b, DatePart part, guint32 ref, guint32 *pa, guint32 *pb)
{
  int y, mo, d, y2, mo2, d2;
  if (!a || !b)
    return FALSE;
  xc_date_split(a, &y, &mo, &d);
  xc_date_split(b, &y2, &mo2, &d2);
  if (part == P_LATER || part == P_EARLIER) {
    if (!ref || ref < a || ref > b || a == b)
      return FALSE;
    *pa = part == P_LATER ? ref : a;
    *pb = part == P_LATER ? b : ref;
    return TRUE;
  }
  if (part == P_WEEK_OF || part == P_MONTH_OF) {
    if (a != b)
      return FALSE;
    *pa = part == P_WEEK_OF ? xc_date_week_start(a) : xc_date_from_ymd(y, mo, 1);
    *pb = part == P_WEEK_OF ? day_shift(*pa, 6) : month_end(*pa);
    return TRUE;
  }
  int lo, hi;   /* offsets from @a, or months from January */
  if (b - a == 6 && xc_date_weekday(a) == 1) {
    static const int wlo[] = { 0, 0, 1, 3, 0, 1, 3 }, whi[] = { 0, 2, 4, 6, 2, 4, 6 };
    lo = wlo[part];
    hi = whi[part];
    *pa = a + (guint32)lo;
    *pb = a + (guint32)hi;
    return TRUE;
  }
  if (d == 1 && y == y2 && mo == mo2 && d2 == xc_date_days_in_month(y, mo)) {
    static const int mlo[] = { 0, 1, 11, 16, 1, 11, 16 }, mhi[] = { 0, 15, 20, 31, 15, 20, 31 };
    *pa = xc_date_from_ymd(y, mo, mlo[part]);
    *pb = xc_date_from_ymd(y, mo, MIN(mhi[part], d2));
    return TRUE;
  }
  if (mo == 1 && d == 1 && mo2 == 12 && d2 == 31 && y == y2) {
    static const int ylo[] = { 0, 1, 4, 7, 1, 5, 9 }, yhi[] = { 0, 6, 9, 12, 4, 8, 12 };
    lo = ylo[part];
    hi = yhi[part];
    *pa = xc_date_from_ymd(y, lo, 1);
    *pb = month_end(xc_date_from_ymd(y, hi, 1));
    return TRUE;
  }
  /* any other span of days (a season): its thirds */
  guint32 third = (b - a + 1) / 3;
  if (third == 0)
    return FALSE;
  *pa = part == P_EARLY || part == P_BEGIN ? a : part == P_MID || part == P_MIDDLE ? a + third :
        b - third + 1;
  *pb = part == P_EARLY || part == P_BEGIN ? a + third - 1 :
        part == P_MID || part == P_MIDDLE ? b - third : b;
  return TRUE;
}

/* Reads the words before date mention @m (whose reading began at token
 * @i) that take part of its days or widen them: "early next week", "late
 * 2016", "mid-March", "end of March", "later this month", "earlier in the
 * week", "the week of November 30th", "w/c Feb 4", "month of September
 * 16th".  A year mention so qualified becomes a date. */
static void
read_date_part(Scan *sc, XcMention *m, guint i)
{
  guint f = i;
  while (f > 0 && sc->t[f].start > m->start)
    f--;
  if (f == 0 || sc->t[f].start != m->start ||
      (m->kind == XC_KIND_YEAR && m->low != m->high))
    return;
  DatePart part = P_NONE;
  guint nf = f;
  if (f >= 2 && tok_is_dash(sc, f - 1) && before_is(sc, f, 2, "mid") && attached(sc, f - 2) &&
      attached(sc, f - 1)) {
    part = P_MID;
    nf = f - 2;
  } else if (before_is(sc, f, 1, "early") || before_is(sc, f, 1, "late") ||
             before_is(sc, f, 1, "mid")) {
    part = tok_is(sc, f - 1, "early") ? P_EARLY : tok_is(sc, f - 1, "late") ? P_LATE : P_MID;
    nf = f - 1;
  } else if (before_is(sc, f, 1, "of") && f >= 2 && tok_free(sc, f - 2)) {
    static const struct {
      const char *word;
      DatePart part;
    } of_words[] = {
      { "beginning", P_BEGIN }, { "start", P_BEGIN }, { "middle", P_MIDDLE },
      { "end", P_END }, { "week", P_WEEK_OF }, { "month", P_MONTH_OF },
    };
    for (gsize k = 0; k < G_N_ELEMENTS(of_words); k++)
      if (tok_is(sc, f - 2, of_words[k].word))
        part = of_words[k].part;
    nf = f - 2;
    if ((part == P_WEEK_OF || part == P_MONTH_OF) && before_is(sc, f, 3, "the"))
      nf = f - 3;
  } else if (before_is(sc, f, 1, "later") || before_is(sc, f, 1, "earlier")) {
    part = tok_is(sc, f - 1, "later") ? P_LATER : P_EARLIER;
    nf = f - 1;
  } else if (before_is(sc, f, 1, "in") &&
             (before_is(sc, f, 2, "later") || before_is(sc, f, 2, "earlier"))) {
    part = tok_is(sc, f - 2, "later") ? P_LATER : P_EARLIER;
    nf = f - 2;
  } else if (f >= 3 && tok_is(sc, f - 1, "c") && tok_is_punct(sc, f - 2, "/") &&
             before_is(sc, f, 3, "w")) {
    part = P_WEEK_OF;               /* "w/c": week commencing */
    nf = f - 3;
  } else {
    guint k = before_is(sc, f, 1, "on") ? f - 1 : f;
    if (before_is(sc, k, 1, "commencing") || before_is(sc, k, 1, "starting") ||
        before_is(sc, k, 1, "beginning")) {
      if (before_is(sc, k, 2, "week")) {
        part = P_WEEK_OF;
        nf = before_is(sc, k, 3, "the") ? k - 3 : k - 2;
      }
    }
  }
  guint32 a, b;
  if (m->kind == XC_KIND_YEAR) {
    if (part == P_LATER || part == P_EARLIER || part == P_WEEK_OF || part == P_MONTH_OF)
      return;
    a = xc_date_from_ymd((int)m->low, 1, 1);
    b = xc_date_from_ymd((int)m->low, 12, 31);
  } else {
    a = (guint32)m->low;
    b = (guint32)m->high;
  }
  if (part == P_NONE || !date_part(a, b, part, sc->ref_day, &a, &b) || !a || !b)
    return;
  m->kind = XC_KIND_DATE;
  m->n_stated = 0;
  set_days(m, a, b);
  m->precision = b - a + 1;
  m->start = m->value_start = m->bare_start = sc->t[nf].start;
}

static const char *const future_words[] = {
  "will", "expected", "scheduled", "due", "plans", "planned", "plan", "set",
  "shall", "upcoming", "until", "ahead", "tomorrow", NULL,
};

/* Whether the words just before weekday @i speak of the future ("will meet
 * on Thursday", "expected to arrive Thursday"); a bounded look-back. */
static gboolean
future_context(const Scan *sc, guint i)
{
  for (guint k = i; k > 0 && i - k < 6 && same_sentence(sc, k - 1, i); k--) {
    if (word_in(sc, k - 1, future_words))
      return TRUE;
    const Tok *t = &sc->t[k - 1];
    gsize len = t->end - t->start;
    if (t->type == T_WORD && len > 3 &&
        g_ascii_strncasecmp(sc->text + t->end - 3, "'ll", 3) == 0)
      return TRUE;
  }
  return FALSE;
}

/* Days named relative to the document's date: "yesterday", "on Tuesday",
 * "last week".  A weekday is the most recent such day on or before the
 * document's date, as news uses it. */
static XcMention *
read_relative_date(Scan *sc, guint i, guint *next)
{
  if (!sc->ref_day || sc->t[i].type != T_WORD)
    return NULL;
  guint32 ref = sc->ref_day, a = 0, b = 0;
  guint first = i, last = i;
  int wd, step;
  if (rel_step_at(sc, i, &step) && weekday_at(sc, i + 1, FALSE) && same_sentence(sc, i, i + 1))
    return read_relative_date(sc, i + 1, next);   /* "next Sunday" looks back */
  if (tok_is(sc, i, "yesterday") || tok_is(sc, i, "tomorrow") || tok_is(sc, i, "tmrw")) {
    gboolean fwd = !tok_is(sc, i, "yesterday");
    a = b = fwd ? ref + 1 : ref - 1;
    /* "the day before yesterday", "the day after tomorrow" */
    if (i >= 2 && tok_is(sc, i - 2, "day") && same_sentence(sc, i - 2, i) &&
        tok_is(sc, i - 1, fwd ? "after" : "before")) {
      a = b = fwd ? ref + 2 : ref - 2;
      first = i >= 3 && tok_is(sc, i - 3, "the") ? i - 3 : i - 2;
    }
  } else if (tok_is(sc, i, "today")) {
    a = b = ref;
  } else if ((wd = weekday_at(sc, i, TRUE))) {
    /* any weekday name before a date; alone, see weekday_at() */
    guint j = tok_is_punct(sc, i + 1, ",") ? i + 2 : i + 1;
    guint dnext, dl, k;
    XcMention *dated;
    int d;
    if (j < sc->n && same_sentence(sc, i, j) &&
        ((dated = read_month_first(sc, j, &dnext)) || (dated = read_day_first(sc, j, &dnext)) ||
         (dated = read_iso_date(sc, j, &dnext)))) {
      /* "Monday, January 12th, 2016", "Wed, 22 of Jan": the weekday
       * belongs to the date that follows it */
      guint w = before_is(sc, i, 1, "this") ? i - 1 : i;
      dated->start = dated->value_start = dated->bare_start = sc->t[w].start;
      *next = dnext;
      return dated;
    }
    if (!weekday_at(sc, i, FALSE))
      return NULL;
    k = tok_is(sc, i + 1, "of") ? i + 2 : i + 1;
    if (tok_is(sc, i + 1, "the") && same_sentence(sc, i, i + 2) &&
        (d = day_number_at(sc, i + 2, &dl, TRUE))) {
      /* "Friday the 22nd", "Thursday the twenty first": in the document's
       * month */
      int y, m, dd;
      xc_date_split(ref, &y, &m, &dd);
      a = b = xc_date_from_ymd(y, m, d);
      last = dl;
    } else if (rel_step_at(sc, k, &step) && tok_is(sc, k + 1, "week") &&
               same_sentence(sc, i, k + 1)) {
      /* "on Friday next week", "Tuesday of next week", "friday this week" */
      unit_period(ref, U_WEEK, step, &a, &b);
      a = b = a + (guint32)(wd - 1);
      last = k + 1;
      if (before_is(sc, i, 1, "on"))
        first = i - 1;
    } else if (i > 0 && tok_is(sc, i - 1, "this") && same_sentence(sc, i - 1, i)) {
      /* "this Friday": that day of the reference day's week */
      first = i - 1;
      a = b = ref - (guint32)(xc_date_weekday(ref) - 1) + (guint32)(wd - 1);
    } else if (i > 0 && (tok_is(sc, i - 1, "last") || tok_is(sc, i - 1, "past")) &&
               same_sentence(sc, i - 1, i)) {
      int back = (xc_date_weekday(ref) - wd + 7) % 7;
      first = i - 1;
      a = b = ref - (guint32)(back ? back : 7);
    } else if (i > 0 && (tok_is(sc, i - 1, "next") || tok_is(sc, i - 1, "coming")) &&
        same_sentence(sc, i - 1, i)) {
      /* "next Tuesday": the first one after the document's day */
      int ahead = (wd - xc_date_weekday(ref) + 7) % 7;
      first = i - 1;
      a = b = ref + (guint32)(ahead ? ahead : 7);
    } else if (future_context(sc, i)) {
      /* "expected to arrive Thursday": that day or the next one */
      a = b = ref + (guint32)((wd - xc_date_weekday(ref) + 7) % 7);
    } else {
      int back = (xc_date_weekday(ref) - wd + 7) % 7;
      if (tok_is(sc, i - 1, "last") && back == 0)
        back = 7;
      a = b = ref - (guint32)back;
    }
  } else {
    return NULL;
  }
  XcMention *m = period_mention(sc, first, last, a, b);
  *next = last + 1;
  return m;
}

static const char *const month_context[] = {
  "in", "since", "during", "until", "by", "early", "late", "mid", "before",
  "after", "from", "through", "throughout", "of", NULL,
};

/* A month named alone, as a whole month: "this January", "next June",
 * "the month of May", "in May", "Jan, 2001".  Capitalized "May" and the
 * lower-case abbreviations need such context; a year after the month
 * ("January, 2001") gives its year, otherwise the reference day's rules
 * do (this: its year; next: the first such month after it; last: the last
 * one before it). */
static XcMention *
read_month_period(Scan *sc, guint i, guint *next)
{
  if (sc->t[i].type != T_WORD)
    return NULL;
  int month = xc_date_month_from_word(sc->text + sc->t[i].start,
                                      sc->t[i].end - sc->t[i].start);
  if (!month || (i + 1 < sc->n && sc->t[i + 1].type == T_NUM && attached(sc, i)))
    return NULL;
  guint first = i, last = i;
  int rel = 0;   /* -1 last, 0 this or none, +1 next */
  gboolean context = FALSE;
  if (i > 0 && same_sentence(sc, i - 1, i)) {
    if (tok_is(sc, i - 1, "this") || tok_is(sc, i - 1, "last") || tok_is(sc, i - 1, "next") ||
        tok_is(sc, i - 1, "coming") || tok_is(sc, i - 1, "past")) {
      rel = tok_is(sc, i - 1, "last") || tok_is(sc, i - 1, "past") ? -1 :
            tok_is(sc, i - 1, "this") ? 0 : 1;
      first = i - 1;
      context = TRUE;
    } else if (tok_is(sc, i - 1, "of") && i >= 2 && tok_is(sc, i - 2, "month")) {
      first = i >= 3 && tok_is(sc, i - 3, "the") ? i - 3 : i - 2;
      context = TRUE;
    } else if (word_in(sc, i - 1, month_context)) {
      context = TRUE;
    }
  }
  int y = 0, step;
  guint j = last + 1, wl;
  if (tok_is_punct(sc, j, ",") || tok_is(sc, j, "of"))
    j++;
  if (year_at(sc, j) && same_sentence(sc, i, j)) {
    y = year_at(sc, j);
    last = j;
  } else if (tok_is(sc, j - 1, "of") && (y = word_year_at(sc, j, &wl)) != 0) {
    last = wl;                      /* "June of nineteen ninety nine" */
  } else if (rel_step_at(sc, last + 1, &step) && tok_is(sc, last + 2, "year") &&
             same_sentence(sc, i, last + 2) && sc->ref_day) {
    int ry, rm, rd;                 /* "June next year" */
    xc_date_split(sc->ref_day, &ry, &rm, &rd);
    y = ry + step;
    last += 2;
    context = TRUE;
  }
  /* bare "May" or "jan" is no month without context or a year */
  gboolean plain = sc->t[i].upper && sc->t[i].end - sc->t[i].start >= 3 && month != 5;
  /* a full month name standing alone at the end of its clause: "I'll be
   * out September" */
  if (plain && sc->t[i].end - sc->t[i].start >= 4 && nothing_follows(sc, i) &&
      !(i + 1 < sc->n && sc->t[i + 1].type == T_NUM))
    context = TRUE;
  if (!context && !y)
    return NULL;
  if (!plain && !context && !(y && sc->t[i].upper))
    return NULL;
  /* "this may be", "may" as a verb: a lower-case "may" is a month only
   * with its year */
  if (month == 5 && !sc->t[i].upper && !y)
    return NULL;
  if (!y) {
    if (!sc->ref_day)
      return NULL;
    int ry, rm, rd;
    xc_date_split(sc->ref_day, &ry, &rm, &rd);
    y = rel > 0 ? (month > rm ? ry : ry + 1) : rel < 0 ? (month < rm ? ry : ry - 1) :
        first < i ? ry : infer_year(sc, month, 1);
  }
  guint32 a = xc_date_from_ymd(y, month, 1);
  guint32 b = xc_date_from_ymd(y, month, xc_date_days_in_month(y, month));
  XcMention *m = period_mention(sc, first, last, a, b);
  *next = last + 1;
  return m;
}

/* "in June", "since March": a whole month of the document's year. */
static XcMention *
read_bare_month(Scan *sc, guint i, guint *next)
{
  if (!(tok_is(sc, i, "in") || tok_is(sc, i, "since") || tok_is(sc, i, "during") ||
        tok_is(sc, i, "until") || tok_is(sc, i, "by")))
    return NULL;
  int month = month_at(sc, i + 1), step;
  /* "in June of 1999", "in June next year": read_month_period() reads the year */
  if (!month || sc->t[i + 1].end - sc->t[i + 1].start < 3 ||
      (i + 2 < sc->n && sc->t[i + 2].type == T_NUM) ||
      (tok_is_punct(sc, i + 2, ",") && year_at(sc, i + 3)) || tok_is(sc, i + 2, "of") ||
      (rel_step_at(sc, i + 2, &step) && tok_is(sc, i + 3, "year")))
    return NULL;
  int y = infer_year(sc, month, 1);
  if (!y)
    return NULL;
  guint32 a = xc_date_from_ymd(y, month, 1);
  guint32 b = xc_date_from_ymd(y, month, xc_date_days_in_month(y, month));
  XcMention *m = period_mention(sc, i + 1, i + 1, a, b);
  *next = i + 2;
  return m;
}

/* ------------------------------------------------------------------ */
/* Quantities                                                          */

typedef struct {
  const char *word;
  const char *code;
} UnitWord;

static const UnitWord currencies_after[] = {
  { "dollars", "USD" }, { "dollar", "USD" }, { "euros", "EUR" },
  { "euro", "EUR" }, { "pounds", "GBP" }, { "sterling", "GBP" },
  { "yen", "JPY" }, { "yuan", "CNY" }, { "rubles", "RUB" },
  { "roubles", "RUB" }, { "hryvnias", "UAH" }, { "hryvnia", "UAH" },
  { "won", "KRW" }, { "rupees", "INR" }, { "francs", "CHF" },
  { "USD", "USD" }, { "EUR", "EUR" }, { "GBP", "GBP" }, { "UAH", "UAH" },
  { "RUB", "RUB" }, { "CHF", "CHF" }, { "JPY", "JPY" }, { "CNY", "CNY" },
  { "usd", "USD" }, { "eur", "EUR" }, { "gbp", "GBP" }, { "rmb", "CNY" },
  { "RMB", "CNY" }, { "pence", "GBX" }, { "penny", "GBX" }, { "pesetas", "ESP" },
  { "guilders", "NLG" }, { "markka", "FIM" }, { "lira", "TRY" }, { "rupee", "INR" },
  { "franc", "CHF" }, { "shekels", "ILS" }, { "zlotys", "PLN" }, { "rand", "ZAR" },
  { "cents", "USX" }, { "cent", "USX" }, { "\xE5\x85\x83", "CNY" },
  { "\xE0\xAE\xB0\xE0\xAF\x82", "LKR" }, { "bitcoins", "BTC" }, { "bitcoin", "BTC" },
  { "BTC", "BTC" }, { "satoshis", "SAT" }, { "satoshi", "SAT" },
  { NULL, NULL },
};

/* Two-word currencies after a number: "10 US dollars", "300 Swiss francs". */
static const struct {
  const char *adjective, *word, *code;
} currency_pairs[] = {
  { "us", "dollars", "USD" }, { "us", "dollar", "USD" }, { "u.s", "dollars", "USD" },
  { "american", "dollars", "USD" }, { "canadian", "dollars", "CAD" },
  { "canadian", "dollar", "CAD" }, { "australian", "dollars", "AUD" },
  { "australian", "dollar", "AUD" }, { "singapore", "dollars", "SGD" },
  { "taiwan", "dollars", "TWD" }, { "swiss", "francs", "CHF" },
  { "swiss", "franc", "CHF" }, { "chinese", "yuan", "CNY" }, { "japanese", "yen", "JPY" },
  { "dutch", "guilders", "NLG" }, { "finnish", "markka", "FIM" },
  { "turkish", "lira", "TRY" }, { "indian", "rupees", "INR" },
  { "russian", "rubles", "RUB" }, { "russian", "roubles", "RUB" },
  { "ukrainian", "hryvnias", "UAH" }, { "mexican", "pesos", "MXN" },
  { "brazilian", "reais", "BRL" },
};

/* Dollars by country before "$": "C$", "HK$", "US $". */
static const struct {
  const char *prefix, *code;
} dollar_prefixes[] = {
  { "US", "USD" }, { "C", "CAD" }, { "c", "CAD" }, { "CA", "CAD" }, { "HK", "HKD" },
  { "hk", "HKD" }, { "A", "AUD" }, { "AU", "AUD" }, { "NZ", "NZD" }, { "S", "SGD" },
  { "NT", "TWD" }, { "R", "BRL" }, { "U.S", "USD" }, { "u.s", "USD" }, { "USD", "USD" },
  { "usd", "USD" }, { "Mex", "MXN" }, { "MXN", "MXN" }, { "mxn", "MXN" }, { "AUD", "AUD" },
  { "aud", "AUD" }, { "CAD", "CAD" }, { "cad", "CAD" }, { "NZD", "NZD" }, { "nzd", "NZD" },
};

/* Codes scaled by a million, as in Nordic business news: "30 MUSD",
 * "MAUD 60". */
static const struct {
  const char *word, *code;
} million_codes[] = {
  { "MUSD", "USD" }, { "MEUR", "EUR" }, { "MGBP", "GBP" }, { "MAUD", "AUD" },
  { "MCAD", "CAD" }, { "MCHF", "CHF" }, { "MSEK", "SEK" }, { "MNOK", "NOK" },
  { "MDKK", "DKK" }, { "MJPY", "JPY" }, { "MCNY", "CNY" },
};

static const char *
million_code(const Scan *sc, guint j)
{
  if (j >= sc->n || sc->t[j].type != T_WORD || sc->t[j].end - sc->t[j].start != 4 ||
      sc->text[sc->t[j].start] != 'M')
    return NULL;
  for (gsize k = 0; k < G_N_ELEMENTS(million_codes); k++)
    if (memcmp(sc->text + sc->t[j].start, million_codes[k].word, 4) == 0)
      return million_codes[k].code;
  return NULL;
}

/* Words before a lower-case "us $" that make it the country, not the
 * pronoun: "a us $ 150 million loan", "india's us $ 10 billion deal". */
static const char *const us_determiners[] = {
  "a", "an", "the", "s", "its", "their", "his", "her", "our", "your", "this", "that", NULL,
};

static const UnitWord currencies_before[] = {
  { "\xE2\x82\xBF", "BTC" }, { "rmb", "CNY" }, { "usd", "USD" }, { "RMB", "CNY" }, { "CNY", "CNY" },
  { "$", "USD" }, { "\xE2\x82\xAC", "EUR" }, { "\xC2\xA3", "GBP" },
  { "\xC2\xA5", "JPY" }, { "\xE2\x82\xB4", "UAH" }, { "\xE2\x82\xBD", "RUB" },
  { "\xE2\x82\xA9", "KRW" }, { "\xE2\x82\xB9", "INR" },
  { "USD", "USD" }, { "EUR", "EUR" }, { "GBP", "GBP" }, { "UAH", "UAH" },
  { "RUB", "RUB" }, { "US$", "USD" }, { NULL, NULL },
};

static const UnitWord measures[] = {
  { "miles", "mi" }, { "mile", "mi" }, { "mi", "mi" },
  { "kilometres", "km" }, { "kilometers", "km" }, { "kilometre", "km" },
  { "kilometer", "km" }, { "km", "km" }, { "metres", "m" }, { "meters", "m" },
  { "metre", "m" }, { "meter", "m" }, { "feet", "ft" }, { "foot", "ft" },
  { "ft", "ft" }, { "inches", "in" }, { "inch", "in" }, { "mm", "mm" },
  { "millimetre", "mm" }, { "millimeter", "mm" }, { "cm", "cm" },
  { "acres", "acre" }, { "acre", "acre" }, { "hectares", "ha" },
  { "hectare", "ha" }, { "ha", "ha" }, { "tonnes", "t" }, { "tonne", "t" },
  { "tons", "t" }, { "ton", "t" }, { "kilograms", "kg" }, { "kilogram", "kg" },
  { "kg", "kg" }, { "litres", "l" }, { "liters", "l" }, { "barrels", "bbl" },
  { "mph", "mph" }, { "kph", "km/h" }, { "degrees", "deg" },
  { "megawatts", "MW" }, { "MW", "MW" }, { "gigawatts", "GW" }, { "GW", "GW" },
  { "lbs", "lb" }, { "lb", "lb" }, { "ounces", "oz" }, { "ounce", "oz" }, { "oz", "oz" },
  { "gallons", "gal" }, { "gallon", "gal" }, { "ml", "ml" }, { "millilitres", "ml" },
  { "milliliters", "ml" }, { "litre", "l" }, { "liter", "l" }, { "centimetres", "cm" },
  { "centimeters", "cm" }, { "millimetres", "mm" }, { "millimeters", "mm" },
  { "yards", "yd" }, { "yard", "yd" }, { "grams", "g" }, { "gram", "g" },
  { "kilos", "kg" }, { "kmph", "km/h" }, { "knots", "kn" }, { "milligrams", "mg" },
  { "milligram", "mg" }, { "mg", "mg" }, { "micrograms", "ug" }, { "microgram", "ug" },
  { "microgrammes", "ug" }, { "mcg", "ug" }, { "\xCE\xBCg", "ug" },
  { "dm", "dm" }, { "decimetres", "dm" }, { "decimeters", "dm" }, { "bit", "bit" },
  { "bits", "bit" }, { "MB", "MB" }, { "GB", "GB" }, { "TB", "TB" }, { "KB", "kB" },
  { "kB", "kB" }, { "Mb", "Mb" }, { "mb", "Mb" }, { "Gb", "Gb" }, { "megabytes", "MB" },
  { "gigabytes", "GB" }, { "terabytes", "TB" }, { "tablespoons", "tbsp" },
  { "tablespoon", "tbsp" }, { "tbsp", "tbsp" }, { "teaspoons", "tsp" }, { "teaspoon", "tsp" },
  { "tsp", "tsp" }, { "cups", "cup" }, { "cup", "cup" }, { "rad", "rad" },
  { "radians", "rad" },
  { NULL, NULL },
};

/* Whether token @i, of @len bytes, is @u's word: codes and symbols are
 * case-sensitive ("m" is not "M"), other words are not. */
static gboolean
unit_matches(const Scan *sc, guint i, gsize len, const UnitWord *u)
{
  const guchar *a = (const guchar *)sc->text + sc->t[i].start;
  return g_ascii_isupper(u->word[0]) || (guchar)u->word[0] >= 0x80 ||
         u->word[0] == '$' || len <= 2 ?
         memcmp(a, u->word, len) == 0 : text_is(a, (const guchar *)u->word, len);
}

/* The tables unit_word() searches for every punctuation mark and around
 * every quantity are indexed once by the ASCII lower case of their words:
 * a word can only match an entry with the same lower case, so looking at
 * those entries, in table order, finds what a scan of the whole table
 * finds first.  Other tables are scanned. */
#define UNIT_INDEX_SLOTS 256       /* a power of two, over twice the entries */
#define UNIT_INDEX_MAX 128         /* entries of the largest indexed table */

typedef struct {
  const UnitWord *table;
  gsize max_len;                   /* of its words */
  guint8 slot[UNIT_INDEX_SLOTS];   /* 1 + first entry of that lower case */
  guint8 next[UNIT_INDEX_MAX];     /* 1 + next entry of the same lower case */
  guint8 len[UNIT_INDEX_MAX];
} UnitIndex;

static UnitIndex unit_indexes[3];

/* The slot of @x for the @len bytes at @w, by their lower case: the one
 * holding their first entry, or the empty one it would take. */
static guint8 *
unit_index_slot(UnitIndex *x, const guchar *w, gsize len)
{
  guint h = (guint)len;
  for (gsize k = 0; k < len; k++)
    h = h * 31 + lower(w[k]);
  for (h &= UNIT_INDEX_SLOTS - 1;; h = (h + 1) & (UNIT_INDEX_SLOTS - 1)) {
    guint8 e = x->slot[h];
    if (!e || (x->len[e - 1] == len && text_is(w, (const guchar *)x->table[e - 1].word, len)))
      return &x->slot[h];
  }
}

/* Indexes @table in @x; a table grown past UNIT_INDEX_MAX entries is left
 * unindexed (x->table NULL) and scanned. */
static void
unit_index_build(UnitIndex *x, const UnitWord *table)
{
  for (guint k = 0; table[k].word; k++)
    if (k >= UNIT_INDEX_MAX)
      return;
  x->table = table;
  for (guint k = 0; table[k].word; k++) {
    gsize len = strlen(table[k].word);
    x->len[k] = (guint8)len;
    x->max_len = MAX(x->max_len, len);
    guint8 *e = unit_index_slot(x, (const guchar *)table[k].word, len);
    if (!*e) {
      *e = (guint8)(k + 1);
      continue;
    }
    guint last = *e - 1u;
    while (x->next[last])
      last = x->next[last] - 1u;
    x->next[last] = (guint8)(k + 1);
  }
}

static void
unit_indexes_build(void)
{
  unit_index_build(&unit_indexes[0], currencies_before);
  unit_index_build(&unit_indexes[1], currencies_after);
  unit_index_build(&unit_indexes[2], measures);
}

/* The code of the first entry of @table that token @i is, or NULL. */
static const char *
unit_word(const Scan *sc, guint i, const UnitWord *table)
{
  if (i >= sc->n)
    return NULL;
  gsize len = sc->t[i].end - sc->t[i].start;
  for (guint x = 0; x < G_N_ELEMENTS(unit_indexes); x++) {
    UnitIndex *ix = &unit_indexes[x];
    if (ix->table != table)
      continue;
    if (len > ix->max_len)
      return NULL;
    guint8 e = *unit_index_slot(ix, (const guchar *)sc->text + sc->t[i].start, len);
    for (; e; e = ix->next[e - 1])
      if (unit_matches(sc, i, len, &table[e - 1]))
        return table[e - 1].code;
    return NULL;
  }
  for (const UnitWord *u = table; u->word; u++)
    if (len == strlen(u->word) && unit_matches(sc, i, len, u))
      return u->code;
  return NULL;
}

/* The end of a range written without its multiplier takes the other end's:
 * "18-20,000" is 18,000 to 20,000 and "3-4 million" is 3 to 4 million.
 * A bare end is scaled by thousands only when the other end is written
 * with thousands groups, and only when the scaled end then has the other
 * end's order of magnitude: "10-12,000" is 10,000-12,000, but "1-20,000"
 * stays 1 to 20,000 and "from 200 to 3000000" stays 200 to 3,000,000. */
static double
scale_bare_end(const NumExpr *a, const NumExpr *b, double b_scale)
{
  if (!a->bare_digits || a->value <= 0)
    return a->value;
  if (b->scaled && b_scale > 1)
    return a->value * b_scale;
  if (b->bare_digits || b->words || b->value < 1000 || a->value >= b->value / 10)
    return a->value;
  double k = 1;
  while (a->value * k * 1000 <= b->value)
    k *= 1000;
  return k > 1 && a->value * k > b->value / 10 ? a->value * k : a->value;
}

static double
expr_scale(const Scan *sc, const NumExpr *e)
{
  if (!e->scaled || sc->t[e->first].type != T_NUM || sc->t[e->first].value == 0)
    return 1;
  return e->value / sc->t[e->first].value;
}

typedef struct {
  const char *phrase;
  XcQualifier q;
} QualPhrase;

/* Longer phrases first: "no more than" before "more than". */
static const QualPhrase qualifiers[] = {
  { "greater or equal than", XC_QUALIFIER_AT_LEAST },
  { "bigger or equal than", XC_QUALIFIER_AT_LEAST },
  { "larger or equal than", XC_QUALIFIER_AT_LEAST },
  { "higher or equal than", XC_QUALIFIER_AT_LEAST },
  { "more or equal than", XC_QUALIFIER_AT_LEAST },
  { "less or equal than", XC_QUALIFIER_UP_TO },
  { "smaller or equal than", XC_QUALIFIER_UP_TO },
  { "lower or equal than", XC_QUALIFIER_UP_TO },
  { "fewer or equal than", XC_QUALIFIER_UP_TO },
  { "greater than or equal to", XC_QUALIFIER_AT_LEAST },
  { "more than or equal to", XC_QUALIFIER_AT_LEAST },
  { "larger than or equal to", XC_QUALIFIER_AT_LEAST },
  { "bigger than or equal to", XC_QUALIFIER_AT_LEAST },
  { "higher than or equal to", XC_QUALIFIER_AT_LEAST },
  { "less than or equal to", XC_QUALIFIER_UP_TO },
  { "fewer than or equal to", XC_QUALIFIER_UP_TO },
  { "smaller than or equal to", XC_QUALIFIER_UP_TO },
  { "lower than or equal to", XC_QUALIFIER_UP_TO },
  { "equal to or more than", XC_QUALIFIER_AT_LEAST },
  { "equal to or greater than", XC_QUALIFIER_AT_LEAST },
  { "equal to or less than", XC_QUALIFIER_UP_TO },
  { "equal to or fewer than", XC_QUALIFIER_UP_TO },
  { "at least or equal to", XC_QUALIFIER_AT_LEAST },
  { "larger than", XC_QUALIFIER_MORE_THAN }, { "bigger than", XC_QUALIFIER_MORE_THAN },
  { "higher than", XC_QUALIFIER_MORE_THAN }, { "smaller than", XC_QUALIFIER_LESS_THAN },
  { "lower than", XC_QUALIFIER_LESS_THAN }, { "surpassing", XC_QUALIFIER_MORE_THAN },
  { "surpass", XC_QUALIFIER_MORE_THAN }, { "surpasses", XC_QUALIFIER_MORE_THAN },
  { "no more than", XC_QUALIFIER_UP_TO }, { "not more than", XC_QUALIFIER_UP_TO },
  { "no fewer than", XC_QUALIFIER_AT_LEAST }, { "no less than", XC_QUALIFIER_AT_LEAST },
  { "not less than", XC_QUALIFIER_AT_LEAST }, { "a minimum of", XC_QUALIFIER_AT_LEAST },
  { "a maximum of", XC_QUALIFIER_UP_TO }, { "in excess of", XC_QUALIFIER_MORE_THAN },
  { "upwards of", XC_QUALIFIER_MORE_THAN }, { "more than", XC_QUALIFIER_MORE_THAN },
  { "greater than", XC_QUALIFIER_MORE_THAN }, { "just over", XC_QUALIFIER_MORE_THAN },
  { "well over", XC_QUALIFIER_MORE_THAN }, { "over", XC_QUALIFIER_MORE_THAN },
  { "above", XC_QUALIFIER_MORE_THAN }, { "exceeding", XC_QUALIFIER_MORE_THAN },
  { "exceeds", XC_QUALIFIER_MORE_THAN }, { "exceed", XC_QUALIFIER_MORE_THAN },
  { "at least", XC_QUALIFIER_AT_LEAST }, { "as many as", XC_QUALIFIER_UP_TO },
  { "as much as", XC_QUALIFIER_UP_TO }, { "up to", XC_QUALIFIER_UP_TO },
  { "at most", XC_QUALIFIER_UP_TO }, { "fewer than", XC_QUALIFIER_LESS_THAN },
  { "less than", XC_QUALIFIER_LESS_THAN }, { "just under", XC_QUALIFIER_NEARLY },
  { "under", XC_QUALIFIER_LESS_THAN }, { "below", XC_QUALIFIER_LESS_THAN },
  { "nearly", XC_QUALIFIER_NEARLY }, { "almost", XC_QUALIFIER_NEARLY },
  { "close to", XC_QUALIFIER_NEARLY }, { "an estimated", XC_QUALIFIER_ABOUT },
  { "estimated", XC_QUALIFIER_ABOUT }, { "approximately", XC_QUALIFIER_ABOUT },
  { "approx", XC_QUALIFIER_ABOUT }, { "about", XC_QUALIFIER_ABOUT },
  { "around", XC_QUALIFIER_ABOUT }, { "roughly", XC_QUALIFIER_ABOUT },
  { "some", XC_QUALIFIER_ABOUT }, { "circa", XC_QUALIFIER_ABOUT },
  { "nearly", XC_QUALIFIER_NEARLY },
  /* "equal to 20": exact, the words kept in the mention */
  { "equal to", XC_QUALIFIER_EXACT }, { "equals to", XC_QUALIFIER_EXACT },
  { "equals", XC_QUALIFIER_EXACT }, { "equaling to", XC_QUALIFIER_EXACT },
  { "equalling to", XC_QUALIFIER_EXACT }, { "equaling", XC_QUALIFIER_EXACT },
};

/* The qualifier standing right before token @first, if any; *@start gets
 * the token it begins at. */
static XcQualifier
qualifier_before(const Scan *sc, guint first, guint *start)
{
  *start = first;
  if (first == 0)
    return XC_QUALIFIER_EXACT;
  /* ">10", ">= 30", "<= -30", "≥ 5" */
  guint k0 = first - 1;
  gboolean eq = FALSE;
  if (tok_is_punct(sc, k0, "=") && k0 > 0 &&
      (tok_is_punct(sc, k0 - 1, ">") || tok_is_punct(sc, k0 - 1, "<"))) {
    eq = TRUE;
    k0--;
  }
  if (same_sentence(sc, k0, first) && !(k0 > 0 && (tok_is_punct(sc, k0 - 1, "<") ||
                                                    tok_is_punct(sc, k0 - 1, "=")))) {
    XcQualifier q = XC_QUALIFIER_EXACT;
    if (tok_is_punct(sc, k0, ">"))
      q = eq ? XC_QUALIFIER_AT_LEAST : XC_QUALIFIER_MORE_THAN;
    else if (tok_is_punct(sc, k0, "<"))
      q = eq ? XC_QUALIFIER_UP_TO : XC_QUALIFIER_LESS_THAN;
    else if (tok_is_punct(sc, k0, "\xE2\x89\xA5"))
      q = XC_QUALIFIER_AT_LEAST;
    else if (tok_is_punct(sc, k0, "\xE2\x89\xA4"))
      q = XC_QUALIFIER_UP_TO;
    if (q != XC_QUALIFIER_EXACT) {
      *start = k0;
      return q;
    }
  }
  const guint64 *ends = qualifiers_ending_at(sc, (int)first - 1);
  for (gsize k = qualifier_next(ends, 0); k < G_N_ELEMENTS(qualifiers);
       k = qualifier_next(ends, k + 1)) {
    int s = phrase_ends_at(sc, (int)first - 1, qualifiers[k].phrase);
    if (s >= 0 && same_sentence(sc, (guint)s, first) &&
        /* "how about 2 in 5": a suggestion, not an estimate */
        !(s > 0 && qualifiers[k].q == XC_QUALIFIER_ABOUT && tok_is(sc, (guint)s - 1, "how"))) {
      *start = (guint)s;
      return qualifiers[k].q;
    }
  }
  return XC_QUALIFIER_EXACT;
}

/* The interval a qualifier allows around values @a..@b.  The policy is in
 * docs/extraction.md: "about" allows a tenth either way, "nearly" a tenth
 * below, bounds are open on the side the wording leaves open. */
static void
apply_qualifier(XcMention *m, double a, double b)
{
  switch (m->qualifier) {
  case XC_QUALIFIER_EXACT:
  case XC_QUALIFIER_RANGE:
  case XC_QUALIFIER_VAGUE:
    m->low = a;
    m->high = b;
    break;
  case XC_QUALIFIER_ABOUT:
    m->low = a - fabs(a) * 0.1;
    m->high = b + fabs(b) * 0.1;
    break;
  case XC_QUALIFIER_NEARLY:
    m->low = a - fabs(a) * 0.1;
    m->high = b;
    break;
  case XC_QUALIFIER_MORE_THAN:
  case XC_QUALIFIER_AT_LEAST:
    m->low = a;
    m->high = INFINITY;
    break;
  case XC_QUALIFIER_UP_TO:
  case XC_QUALIFIER_LESS_THAN:
    m->low = -INFINITY;
    m->high = b;
    break;
  }
}

static const char *const change_verbs[] = {
  "rose", "risen", "rise", "rising", "fell", "fallen", "falling", "dropped",
  "drop", "dropping", "increased", "increase", "decreased", "declined",
  "grew", "grown", "climbed", "jumped", "surged", "plunged", "went", "gone",
  "up", "down", NULL,
};

static void read_counted(Scan *sc, XcMention *m, guint j);

/* Whether token @i ends in @suffix and is a lower-case word longer than
 * it by two letters at least. */
static gboolean
word_ends_with(const Scan *sc, guint i, const char *suffix)
{
  gsize n = strlen(suffix), len = sc->t[i].end - sc->t[i].start;
  return sc->t[i].type == T_WORD && !sc->t[i].upper && len >= n + 2 &&
         g_ascii_strncasecmp(sc->text + sc->t[i].end - n, suffix, n) == 0;
}

/* Whether the bare plural at @i ("dozens", "hundreds") is a clause's count
 * of people or things, with no "of" after it: the object of a verb
 * ("injuring dozens", "injured dozens", "injures dozens"), or the subject
 * of one ("Dozens were injured", "Dozens injured", "hundreds more
 * injured").  "in their thousands" and "thousands said" are no count, nor
 * is "investing millions". */
static gboolean
vague_in_clause(const Scan *sc, guint i)
{
  static const char *const auxiliaries[] = {
    "were", "was", "are", "is", "have", "has", "had", "more", NULL,
  };
  if (i + 1 < sc->n && same_sentence(sc, i, i + 1) &&
      (word_in(sc, i + 1, auxiliaries) || word_ends_with(sc, i + 1, "ed")))
    return TRUE;
  /* the object "millions" of "investing millions", "cost billions" is a
   * sum with its currency left out, not a count */
  if (tok_is(sc, i, "millions") || tok_is(sc, i, "billions"))
    return FALSE;
  return i > 0 && same_sentence(sc, i - 1, i) &&
         (word_ends_with(sc, i - 1, "ing") || word_ends_with(sc, i - 1, "ed") ||
          word_ends_with(sc, i - 1, "es"));
}

/* Vague quantities: "thousands", "tens of thousands", "several hundred",
 * "dozens".  Their intervals are set out in docs/extraction.md. */
static XcMention *
read_vague(Scan *sc, guint i, guint *next)
{
  static const struct { const char *w; double lo, hi; } plural[] = {
    { "dozens", 24, 99 }, { "scores", 40, 99 }, { "hundreds", 200, 999 },
    { "thousands", 2000, 9999 }, { "millions", 2e6, 9.999e6 },
    { "billions", 2e9, 9.999e9 },
  };
  double lo = 0, hi = 0;
  guint last = i;
  if ((tok_is(sc, i, "tens") || tok_is(sc, i, "hundreds")) && tok_is(sc, i + 1, "of") &&
      (tok_is(sc, i + 2, "thousands") || tok_is(sc, i + 2, "millions"))) {
    double base = tok_is(sc, i + 2, "thousands") ? 1e3 : 1e6;
    double mult = tok_is(sc, i, "tens") ? 10 : 100;
    lo = 2 * mult * base;
    hi = 10 * mult * base - 1;
    last = i + 2;
  } else if ((tok_is(sc, i, "several") || (tok_is(sc, i, "a") && tok_is(sc, i + 1, "few")))) {
    guint j = tok_is(sc, i, "a") ? i + 2 : i + 1;
    const NumWord *w = num_word(sc, j);
    if (!w || !(w->scale || tok_is(sc, j, "dozen")))
      return NULL;
    double s = w->value;
    gboolean several = tok_is(sc, i, "several");
    lo = (several ? 3 : 2) * s;
    hi = (several ? 9 : 5) * s;
    last = j;
  } else {
    for (gsize k = 0; k < G_N_ELEMENTS(plural); k++)
      if (tok_is(sc, i, plural[k].w)) {
        lo = plural[k].lo;
        hi = plural[k].hi;
      }
    if (!hi)
      return NULL;
    /* "thousands" alone is a figure only when it counts something: "of"
     * follows, or a clause uses it as its subject or object */
    if (!(tok_is(sc, i + 1, "of") && same_sentence(sc, i, i + 2)) && !vague_in_clause(sc, i))
      return NULL;
  }
  XcMention *m = mention_new(sc, i, last, XC_KIND_COUNT);
  m->qualifier = XC_QUALIFIER_VAGUE;
  mention_state(m, lo);
  mention_state(m, hi);
  m->low = lo;
  m->high = hi;
  /* "thousands of North Korean troops" counts troops */
  if (tok_is(sc, last + 1, "of") && same_sentence(sc, last, last + 2))
    read_counted(sc, m, last + 1);
  *next = last + 1;
  return m;
}

static gboolean
is_ordinal_suffix(const Scan *sc, guint i)
{
  return tok_is(sc, i, "st") || tok_is(sc, i, "nd") || tok_is(sc, i, "rd") ||
         tok_is(sc, i, "th");
}

static const char *const ordinal_words[] = {
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
  "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth",
  "hundredth", "thousandth", NULL,
};

/* A model or product name: "AK-12", "Su-34", "RPG-7s", "F-16", "G7".
 * The number is part of a name when a short word with a capital touches
 * it, through a hyphen or directly. */
static const char *const label_words[] = {
  "article", "section", "chapter", "paragraph", "clause", "resolution",
  "amendment", "protocol", "page", "stage", "phase", "category", "flight",
  "route", "highway", "room", "gate", "platform", "episode", "season",
  "volume", "annex", "item", "grade", "level", "block", "building", NULL,
};
static const char *const name_words[] = {
  "covid", "sars", "mers", "cov", NULL,
};

static gboolean
is_name_number(const Scan *sc, guint i)
{
  guint w;
  /* "Article 5", "Flight 17": a number that labels, not counts */
  if (i >= 1 && sc->t[i].space_before && word_in(sc, i - 1, label_words) &&
      same_sentence(sc, i - 1, i) && sc->t[i].int_digits <= 4 && !sc->t[i].decimals)
    return TRUE;
  if (i >= 2 && tok_is_dash(sc, i - 1) && !sc->t[i].space_before &&
      !sc->t[i - 1].space_before)
    w = i - 2;
  else if (i >= 1 && !sc->t[i].space_before && sc->t[i - 1].type == T_WORD)
    w = i - 1;
  else
    return FALSE;
  if (sc->t[w].type != T_WORD)
    return FALSE;
  if (word_in(sc, w, name_words))   /* "covid-19" */
    return TRUE;
  if (w + 1 == i && unit_word(sc, w, currencies_before))
    return FALSE;                   /* "USD115" is money, not a model */
  gsize len = sc->t[w].end - sc->t[w].start;
  const char *s = sc->text + sc->t[w].start;
  gboolean caps = FALSE;
  for (gsize k = 0; k < len; k++)
    caps = caps || g_ascii_isupper(s[k]);
  return caps && len <= 5;
}

static const char *const stop_words[] = {
  "a", "about", "above", "according", "after", "against", "all", "already",
  "also", "an", "and", "any", "are", "around", "as", "at", "be", "because",
  "been", "before", "being", "between", "both", "but", "by", "can", "could",
  "did", "do", "does", "down", "during", "each", "either", "en", "every",
  "for", "from", "had", "has", "have", "he", "her", "here", "his", "how",
  "if", "in", "including", "into", "is", "it", "its", "just", "last", "less",
  "may", "might", "more", "most", "much", "must", "near", "neither", "next",
  "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
  "our", "out", "over", "per", "said", "say", "says", "she", "should", "since",
  "so", "some", "such", "than", "that", "the", "their", "them", "then",
  "there", "these", "they", "this", "those", "through", "to", "under",
  "until", "up", "upon", "was", "we", "were", "what", "when", "where",
  "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
  "would", "yet", "you", "your", "ago", "earlier", "later", "total",
  "totaling", "totalling", "reported", "according", "like", "among", NULL,
};

static const char *const plural_heads[] = {
  "people", "personnel", "aircraft", "police", "staff", "children", "men",
  "women", "infantry", "crew", "livestock", "cattle", "sheep",
  "fish", "deer", "youth", "population", "group", "army", "force", "unit",
  "contingent", "battalion", "brigade", "corps", NULL,
};

/* Heads that can also modify a plural ("army soldiers", "police officers"). */
static const char *const collective_heads[] = {
  "population", "group", "army", "force", "unit", "contingent", "battalion",
  "brigade", "corps", "police", "staff", "infantry", "crew", "youth", NULL,
};

static gboolean
is_plural_noun(const Scan *sc, guint i)
{
  if (word_in(sc, i, plural_heads))
    return TRUE;
  gsize len = sc->t[i].end - sc->t[i].start;
  const char *s = sc->text + sc->t[i].start;
  return len > 3 && s[len - 1] == 's' && s[len - 2] != 's' && s[len - 2] != '\'';
}

/* The noun phrase a figure counts: the words after it, up to its head noun
 * ("North Korean troops", "military transport aircraft"). */
static void
read_counted(Scan *sc, XcMention *m, guint j)
{
  /* "12,000-strong group", "2,600-man unit" */
  if (tok_is_dash(sc, j) && (tok_is(sc, j + 1, "strong") || tok_is(sc, j + 1, "man") ||
                             tok_is(sc, j + 1, "member")))
    j += 2;
  /* "thousands of North Korean troops" */
  if (m->qualifier == XC_QUALIFIER_VAGUE && tok_is(sc, j, "of"))
    j++;
  guint first = j, last = j, n = 0;
  gboolean found = FALSE, head = FALSE;
  for (guint k = j; k < sc->n && n < 5 && same_sentence(sc, first, k); k++) {
    const Tok *t = &sc->t[k];
    /* "10,000-12,000 (North Korean) forces": read through a short aside */
    if (tok_is_punct(sc, k, "(") || tok_is_punct(sc, k, ")"))
      continue;
    if (t->type == T_PUNCT && tok_is_dash(sc, k) && !t->space_before &&
        attached(sc, k) && n > 0)
      continue;  /* "anti-tank" */
    if (t->type != T_WORD || word_in(sc, k, stop_words) || num_word(sc, k) ||
        month_at(sc, k) || word_in(sc, k, length_adjectives))
      break;
    last = k;
    n++;
    found = TRUE;
    if (is_plural_noun(sc, k) &&
        !(word_in(sc, k, collective_heads) && k + 1 < sc->n && same_sentence(sc, k, k + 1) &&
          sc->t[k + 1].type == T_WORD && !word_in(sc, k + 1, stop_words) &&
          !word_in(sc, k + 1, collective_heads) && is_plural_noun(sc, k + 1))) {
      head = TRUE;
      break;
    }
  }
  /* "2,600 reached Kursk", "the 40 wounded remained": with no noun to
   * end it, a phrase that starts with a past tense is the clause's verb
   * and what follows it; only that word is kept, which names the victims
   * of "40 wounded" and nothing of "2,600 reached" */
  if (found && !head && n >= 2 && sc->t[first].end - sc->t[first].start > 3 &&
      g_ascii_strncasecmp(sc->text + sc->t[first].end - 2, "ed", 2) == 0)
    last = first;
  if (!found)
    return;
  m->counted_start = sc->t[first].start;
  m->counted_end = sc->t[last].end;
  /* the phrase without an aside's brackets: "(North Korean) forces" is
   * counted as "North Korean forces" */
  GString *words = g_string_sized_new(m->counted_end - m->counted_start);
  gboolean gap = FALSE;
  for (guint k = first; k <= last; k++) {
    if (tok_is_punct(sc, k, "(") || tok_is_punct(sc, k, ")")) {
      gap = gap || sc->t[k].space_before || (k + 1 <= last && sc->t[k + 1].space_before);
      continue;
    }
    if (words->len > 0 && (gap || sc->t[k].space_before))
      g_string_append_c(words, ' ');
    gap = FALSE;
    g_string_append_len(words, sc->text + sc->t[k].start,
                        (gssize)(sc->t[k].end - sc->t[k].start));
  }
  m->counted = g_string_free(words, FALSE);
}

static const char *const growth_verbs[] = {
  "reach", "grow", "rise", "climb", "increase", "top", "hit", "exceed",
  "double", "surpass", NULL,
};

static const char *const modals[] = {
  "could", "might", "may", "would", NULL,
};

static gboolean
is_condition_word(const Scan *sc, guint k)
{
  return tok_is(sc, k, "if") || tok_is(sc, k, "unless") || tok_is(sc, k, "suppose") ||
         tok_is(sc, k, "supposing") || tok_is(sc, k, "hypothetically") ||
         (tok_is(sc, k, "were") && tok_is(sc, k + 1, "to")) ||
         /* "Should the number rise to 30,000, ...": a clause-initial should */
         (tok_is(sc, k, "should") &&
          (k == 0 || !same_sentence(sc, k - 1, k) || tok_is_punct(sc, k - 1, ",")));
}

/* Hypotheticals: a figure in a condition ("if the number grows to 30,000",
 * "unless", "were to", a clause-initial "should"), or after a modal verb
 * of growth in a sentence that holds a condition ("the fire could grow to
 * 20,000 acres if winds reach 50 mph").  A modal alone is a reported
 * estimate ("losses could reach $240 million") and stays a statement.
 * Both looks are bounded, so a sentence of a million figures stays
 * linear. */
static gboolean
is_hypothetical(const Scan *sc, guint first)
{
  guint s = sc->t[first].sentence;
  gboolean modal_growth = FALSE;
  for (guint k = first; k > 0 && sc->t[k - 1].sentence == s && first - k < 40; k--) {
    if (is_condition_word(sc, k - 1))
      return TRUE;
    if (first - k > 4)
      continue;
    if (word_in(sc, k - 1, growth_verbs) && k >= 2 &&
        (word_in(sc, k - 2, modals) ||
         (k >= 3 && tok_is(sc, k - 2, "to") && word_in(sc, k - 3, growth_verbs))))
      modal_growth = TRUE;
  }
  if (!modal_growth)
    return FALSE;
  for (guint k = first + 1; k < sc->n && sc->t[k].sentence == s && k - first < 40; k++)
    if (is_condition_word(sc, k))
      return TRUE;
  return FALSE;
}

static const char *const rate_words_after[] = {
  "monthly", "annually", "daily", "weekly", "yearly", "hourly", NULL,
};
static const char *const rate_words_before[] = {
  "monthly", "daily", "weekly", "annual", "yearly", "rate", NULL,
};
static const char *const periods[] = {
  "month", "day", "week", "year", "hour", NULL,
};
static const char *const period_words[] = {
  "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades",
  "centuries", NULL,
};

/* A rate counts per period: "2,000 drones monthly", "18,000 a month",
 * "the rate of monthly recruitment ... 70,000". */
static gboolean
is_rate(const Scan *sc, guint first, guint last)
{
  for (guint k = last + 1; k < sc->n && k <= last + 6 && same_sentence(sc, last, k); k++) {
    if (word_in(sc, k, rate_words_after))
      return TRUE;
    if ((tok_is(sc, k, "a") || tok_is(sc, k, "per") || tok_is(sc, k, "each") ||
         tok_is(sc, k, "every") || tok_is(sc, k, "an")) && word_in(sc, k + 1, periods))
      return TRUE;
    if (sc->t[k].type == T_PUNCT || word_in(sc, k, modals))
      break;
  }
  for (guint k = first; k > 0 && first - k < 10 && same_sentence(sc, k - 1, first); k--)
    if (word_in(sc, k - 1, rate_words_before))
      return TRUE;
  return FALSE;
}

/* Words after which a four-digit number is a year ("in 2024 elections",
 * "the 2024 members' list"), not a count. */
static const char *const year_words_before[] = {
  "the", "in", "since", "by", "of", "until", "from", "during", "before",
  "after", "and", "to", "for", "between", "late", "early", "mid", "spring",
  "summer", "autumn", "fall", "winter", "its", "their", "his", "her", NULL,
};

/* "The group had 2024 members": a number a year could be is a count when a
 * count noun follows and nothing before it makes it a date. */
static gboolean
year_counts(const Scan *sc, guint i)
{
  if (i + 1 >= sc->n || sc->t[i + 1].type != T_WORD || !same_sentence(sc, i, i + 1) ||
      !is_plural_noun(sc, i + 1) || word_in(sc, i + 1, period_words))
    return FALSE;
  if (i == 0 || !same_sentence(sc, i - 1, i))
    return TRUE;
  return !(word_in(sc, i - 1, year_words_before) || month_at(sc, i - 1) ||
           sc->t[i - 1].type != T_WORD);
}

/* Decades: "the 1990s", "the 1970's", "the '40s", "the 70s".  A decade
 * of two digits needs "the" or an apostrophe before it ("in her 70s" is an
 * age) and is read in the 1900s.  YEAR kind, its ten years stated; "the"
 * belongs to it, as to "the month of May". */
static XcMention *
read_decade(Scan *sc, guint i, guint *next)
{
  const Tok *t = &sc->t[i];
  if (t->separators || t->decimals || (t->int_digits != 4 && t->int_digits != 2) ||
      fmod(t->value, 10) != 0 || !attached(sc, i))
    return NULL;
  guint last = i + 1;
  if (tok_is_punct(sc, last, "'") || tok_is_punct(sc, last, "\xE2\x80\x99")) {
    if (!attached(sc, last))
      return NULL;
    last++;
  }
  if (!tok_is(sc, last, "s") || (last + 1 < sc->n && attached(sc, last) &&
                                 sc->t[last + 1].type != T_PUNCT))
    return NULL;
  guint first = i;
  gboolean apostrophe = i > 0 && attached(sc, i - 1) &&
                        (tok_is_punct(sc, i - 1, "'") || tok_is_punct(sc, i - 1, "\xE2\x80\x98") ||
                         tok_is_punct(sc, i - 1, "\xE2\x80\x99"));
  if (apostrophe)
    first = i - 1;
  if (before_is(sc, first, 1, "the"))
    first--;
  int y = t->int_digits == 4 ? year_at(sc, i) : 1900 + (int)t->value;
  if (!y || (t->int_digits == 2 && first == i))
    return NULL;
  XcMention *m = mention_new(sc, first, last, XC_KIND_YEAR);
  m->qualifier = XC_QUALIFIER_RANGE;
  mention_state(m, y);
  mention_state(m, y + 9);
  m->low = y;
  m->high = y + 9;
  m->precision = 1;
  *next = last + 1;
  return m;
}

/* Years as spans: "2023-2024", "2024-25".  A year range is YEAR kind
 * (never a count) with both years stated. */
static XcMention *
read_year_span(Scan *sc, guint i, guint *next)
{
  int y = year_at(sc, i), y2 = 0;
  guint last = i;
  if (!y)
    return NULL;
  if (tok_is_dash(sc, i + 1) && attached(sc, i) && attached(sc, i + 1) &&
             i + 2 < sc->n && sc->t[i + 2].type == T_NUM && !sc->t[i + 2].decimals &&
             !sc->t[i + 2].separators && !(attached(sc, i + 2) && tok_is_dash(sc, i + 3))) {
    const Tok *b = &sc->t[i + 2];
    /* only a two- or four-digit end can be a year: anything longer may not
     * fit an int (found by fuzz-extract) */
    int v = b->int_digits <= 2 || b->int_digits == 4 ? (int)b->value : 0;
    if (b->int_digits == 4 && v > y && v - y <= 20)
      y2 = v;                         /* "2023-2024" */
    else if (b->int_digits == 2 && v > y % 100 && v - y % 100 <= 10)
      y2 = y - y % 100 + v;           /* "2024-25" */
    else if (b->int_digits == 1 && v == y % 10 + 1)
      y2 = y + 1;                     /* "2005-6", a fiscal year */
    last = i + 2;
  }
  if (!y2)
    return NULL;
  XcMention *m = mention_new(sc, i, last, XC_KIND_YEAR);
  m->qualifier = XC_QUALIFIER_RANGE;
  mention_state(m, y);
  mention_state(m, y2);
  m->low = y;
  m->high = y2;
  m->precision = 1;
  *next = last + 1;
  return m;
}

static gboolean
is_lower_bound(XcQualifier q)
{
  return q == XC_QUALIFIER_MORE_THAN || q == XC_QUALIFIER_AT_LEAST;
}

static gboolean
is_upper_bound(XcQualifier q)
{
  return q == XC_QUALIFIER_UP_TO || q == XC_QUALIFIER_LESS_THAN;
}

/* "more than 10 and less than 20", "at most 100 and at least 20": two
 * bounds of one quantity, joined right after the first figure, make one
 * range.  *@next is set past whatever @m ends up covering. */
static void
join_bounds(Scan *sc, XcMention *m, guint last, guint *next)
{
  *next = last + 1;
  gboolean lower = is_lower_bound(m->qualifier), upper = is_upper_bound(m->qualifier);
  if (!(lower || upper) || m->n_stated != 1 ||
      !(tok_is(sc, last + 1, "and") || tok_is(sc, last + 1, "but") ||
        tok_is_punct(sc, last + 1, ",")) ||
      !same_sentence(sc, last, last + 1))
    return;
  for (guint k = last + 2; k < sc->n && k <= last + 8 && same_sentence(sc, last, k); k++) {
    /* "above one quarter and below a half": a proportion's other bound
     * is a part in words too */
    NumExpr b;
    gboolean proper = FALSE;
    if (m->proportion && sc->t[k].type == T_WORD &&
        read_word_fraction(sc, k, &b, &proper, 0) && proper)
      b.value *= 100;
    else if (sc->t[k].type != T_NUM && !sc->t[k].numw)
      continue;
    guint qs;
    XcQualifier q2 = qualifier_before(sc, k, &qs);
    if (qs != last + 2 || !(lower ? is_upper_bound(q2) : is_lower_bound(q2)) ||
        (!proper && (m->proportion || !read_num_expr(sc, k, &b) ||
                     (b.words && b.value == 1))))
      return;
    double v = m->stated[0];
    if (lower ? b.value <= v : b.value >= v)
      return;
    mention_state(m, b.value);
    if (upper) {          /* written high bound first: state low, high */
      m->stated[1] = v;
      m->stated[0] = b.value;
    }
    m->qualifier = XC_QUALIFIER_RANGE;
    m->low = m->stated[0];
    m->high = m->stated[1];
    m->end = sc->t[b.last].end;
    m->value_end = m->end;
    *next = b.last + 1;
    return;
  }
}

/* A currency sign after the number ("5 €", "10 $"), as written in much of
 * Europe; not when a number follows the sign, which then belongs to it
 * ("1 $10 bill"). */
static const char *
currency_symbol_after(const Scan *sc, guint j)
{
  static const UnitWord signs[] = {
    { "\xE2\x82\xAC", "EUR" }, { "$", "USD" }, { "\xC2\xA3", "GBP" },
    { "\xC2\xA5", "JPY" }, { "\xE2\x82\xB4", "UAH" }, { "\xE2\x82\xBD", "RUB" },
    { "\xE2\x82\xAD", "LAK" }, { "\xE2\x82\xA1", "CRC" }, { "\xE2\x82\xBE", "GEL" },
    { "\xE5\x85\x83", "CNY" }, { NULL, NULL },
  };
  if (j >= sc->n || sc->t[j].type != T_PUNCT || !same_sentence(sc, j - 1, j))
    return NULL;
  if (j + 1 < sc->n && sc->t[j + 1].type == T_NUM && same_sentence(sc, j, j + 1))
    return NULL;
  return unit_word(sc, j, signs);
}

/* A fraction "N/D" at token @k: *@value gets N/D and *@last its last
 * token.  Before a unit of measure or currency any such pair is one
 * ("1/4 mile"); alone only the halves, thirds, quarters, fifths, eighths
 * and sixteenths are, since "4/11" may be a date, "9/11" and "1/6" name
 * days and "24/7" is neither. */
static gboolean
fraction_at(const Scan *sc, guint k, double *value, guint *last)
{
  if (k + 2 >= sc->n || sc->t[k].type != T_NUM || sc->t[k].separators ||
      sc->t[k].decimals || sc->t[k].int_digits > 2 || !attached(sc, k) ||
      !tok_is_punct(sc, k + 1, "/") || !attached(sc, k + 1) ||
      sc->t[k + 2].type != T_NUM || sc->t[k + 2].separators || sc->t[k + 2].decimals ||
      sc->t[k + 2].int_digits > 2 ||
      (attached(sc, k + 2) && sc->t[k + 3].type != T_WORD &&
       (sc->t[k + 3].type != T_PUNCT || tok_is_punct(sc, k + 3, "/") ||
        tok_is_dash(sc, k + 3))) ||
      (k > 0 && !sc->t[k].space_before && tok_is_punct(sc, k - 1, "/")))
    return FALSE;
  double n = sc->t[k].value, d = sc->t[k + 2].value;
  if (n < 1 || d < 2 || n >= d)
    return FALSE;
  guint u = k + 3;
  if (tok_is_dash(sc, u) && attached(sc, k + 2))
    u++;
  if (!(unit_word(sc, u, measures) || unit_word(sc, u, currencies_after))) {
    if (!(d == 2 || d == 3 || d == 4 || d == 5 || d == 8 || d == 16))
      return FALSE;
    /* and only before "of" ("3/4 of voters"), as "2/3rds", or ending a
     * clause: "1/3 favourite" and "odds of 1/5 on" are odds, "(6/8)" a
     * tie-break */
    if (!(tok_is(sc, k + 3, "of") || tok_is(sc, k + 3, "rds") || tok_is(sc, k + 3, "ths") ||
          tok_is(sc, k + 3, "nds") ||
          (ends_sentence(sc, k + 2) && !tok_is_punct(sc, k + 3, ")"))) ||
        (k > 0 && tok_is_punct(sc, k - 1, "(")))
      return FALSE;
    for (guint b = k; b > 0 && k - b < 4; b--)
      if (tok_is(sc, b - 1, "odds"))
        return FALSE;
  }
  *value = n / d;
  *last = k + 2;
  return TRUE;
}

/* A two-word currency at @j ("US dollars", "Swiss francs"), or NULL. */
static const char *
currency_pair(const Scan *sc, guint j)
{
  for (gsize k = 0; k < G_N_ELEMENTS(currency_pairs); k++)
    if (tok_is(sc, j, currency_pairs[k].adjective) &&
        tok_is(sc, j + 1, currency_pairs[k].word) && same_sentence(sc, j, j + 1))
      return currency_pairs[k].code;
  return NULL;
}

/* "km" squared or cubed: "km2", "ft3" (static strings). */
static const char *
power_unit(const char *unit, int power)
{
  static const char *const squares[][3] = {
    { "ft", "ft2", "ft3" }, { "m", "m2", "m3" }, { "km", "km2", "km3" },
    { "mi", "mi2", "mi3" }, { "in", "in2", "in3" }, { "cm", "cm2", "cm3" },
  };
  for (gsize k = 0; k < G_N_ELEMENTS(squares); k++)
    if (g_str_equal(squares[k][0], unit))
      return squares[k][power == 3 ? 2 : 1];
  return unit;
}

/* "5 feet 2 inches", "5 ft and 2 in": the inches after the feet at @j
 * add to *@feet.  "in" is inches only where no determiner or number
 * follows it ("6 ft 2 in the shade" is no height).  Returns the last
 * token, or 0. */
static guint
feet_and_inches(const Scan *sc, guint j, double *feet)
{
  guint k = tok_is(sc, j + 1, "and") ? j + 2 : j + 1;
  if (k + 1 >= sc->n || sc->t[k].type != T_NUM || sc->t[k].value >= 12 ||
      sc->t[k].separators || !same_sentence(sc, j, k + 1))
    return 0;
  if (!(tok_is(sc, k + 1, "inches") || tok_is(sc, k + 1, "inch") ||
        (tok_is(sc, k + 1, "in") &&
         !(k + 2 < sc->n && same_sentence(sc, k, k + 2) &&
           (sc->t[k + 2].type == T_NUM || word_in(sc, k + 2, us_determiners) ||
            sc->t[k + 2].upper)))))
    return 0;
  *feet += sc->t[k].value / 12;
  return k + 1;
}

/* A unit in brackets right after a number: "20 (kg)", "20 [kg]". */
static const char *
bracketed_unit(const Scan *sc, guint j)
{
  static const char *const open[] = { "(", "[", "{", "<" }, *const close[] = { ")", "]", "}", ">" };
  if (j + 2 >= sc->n || sc->t[j].type != T_PUNCT)
    return NULL;
  for (gsize k = 0; k < G_N_ELEMENTS(open); k++)
    if (tok_is_punct(sc, j, open[k]) && attached(sc, j) && attached(sc, j + 1) &&
        tok_is_punct(sc, j + 2, close[k]) && same_sentence(sc, j, j + 2))
      return unit_word(sc, j + 1, measures);
  return NULL;
}

/* A quantity at token @i: "$2.4 billion", "more than 7,000", "18-20,000",
 * "83%", "four miles", "60-mm".  Returns NULL when @i starts none. */
static XcMention *
read_quantity(Scan *sc, guint i, guint *next)
{
  guint first = i;
  const char *currency = NULL;
  const char *dollar = NULL;
  if (sc->t[i].type == T_WORD && tok_is_punct(sc, i + 1, "$") && same_sentence(sc, i, i + 1)) {
    gsize len = sc->t[i].end - sc->t[i].start;
    for (gsize k = 0; k < G_N_ELEMENTS(dollar_prefixes) && !dollar; k++)
      if (strlen(dollar_prefixes[k].prefix) == len &&
          memcmp(sc->text + sc->t[i].start, dollar_prefixes[k].prefix, len) == 0)
        dollar = dollar_prefixes[k].code;
    /* "A$5" only glued: "a $5 bill" and "give us $5" are no prefixes */
    if (dollar && len == 1 && g_ascii_isupper(sc->text[sc->t[i].start]) &&
        sc->text[sc->t[i].start] != 'C' && !attached(sc, i))
      dollar = NULL;
  }
  double money_scale = 1;
  if (dollar) {
    currency = dollar;
    i += 2;
  } else if (sc->t[i].type != T_NUM && (currency = unit_word(sc, i, currencies_before))) {
    /* "a us $ 150 million loan", "u.s $ 100,000,000" */
    if (tok_is_punct(sc, i, "$") && i >= 2 && same_sentence(sc, i - 2, i)) {
      if (i >= 3 && tok_is(sc, i - 1, "s") && tok_is_punct(sc, i - 2, ".") &&
          tok_is(sc, i - 3, "u") && attached(sc, i - 3) && attached(sc, i - 2))
        first = i - 3;
      else if (sc->t[i - 1].end - sc->t[i - 1].start == 2 &&
               memcmp(sc->text + sc->t[i - 1].start, "us", 2) == 0 &&   /* lower case */
               word_in(sc, i - 2, us_determiners))
        first = i - 1;
    }
    i++;
  } else if ((currency = million_code(sc, i)) != NULL) {
    money_scale = 1e6;          /* "MAUD 60" */
    i++;
  }
  NumExpr a;
  if (i >= sc->n || !read_num_expr(sc, i, &a))
    return NULL;
  if (a.words && currency)
    return NULL;
  if (sc->t[a.first].type == T_NUM && is_name_number(sc, a.first)) {
    /* consume the rest of the name: "RPG-7s" */
    *next = attached(sc, a.first) && sc->t[a.first + 1].type == T_WORD ?
            a.first + 2 : a.first + 1;
    return NULL;
  }
  /* a number glued to letters that are no known suffix is a code ("4G") */
  if (sc->t[a.last].type == T_NUM && attached(sc, a.last) &&
      sc->t[a.last + 1].type == T_WORD && !is_ordinal_suffix(sc, a.last + 1) &&
      !unit_word(sc, a.last + 1, measures) && !unit_word(sc, a.last + 1, currencies_after) &&
      !tok_is(sc, a.last + 1, "s") && !tok_is(sc, a.last + 1, "pc") &&
      !metres_at(sc, a.last + 1) && !square_metres_at(sc, a.last + 1)) {
    *next = a.last + 2;
    return NULL;
  }

  /* "a three-quarter line", "the twenty-first century": a number word
   * joined to a part or an ordinal makes an adjective, no count */
  if (a.words && tok_is_dash(sc, a.last + 1) && attached(sc, a.last) &&
      attached(sc, a.last + 1)) {
    gboolean plural;
    if (fraction_part(sc, a.last + 2, &plural) || word_in(sc, a.last + 2, ordinal_words)) {
      *next = a.last + 3;
      return NULL;
    }
  }
  const Tok *at = &sc->t[a.first];
  guint sign_tok = a.first;   /* where the number's words start, sign included */
  /* "+1-222-2222": a telephone number, skipped whole */
  if (at->type == T_NUM && a.first > 0 && tok_is_punct(sc, a.first - 1, "+") &&
      !at->space_before && !currency) {
    guint k = a.first;
    while (k + 2 < sc->n && attached(sc, k) && attached(sc, k + 1) &&
           (tok_is_dash(sc, k + 1) || tok_is_punct(sc, k + 1, "/") ||
            tok_is_punct(sc, k + 1, ".")) && sc->t[k + 2].type == T_NUM)
      k += 2;
    if (k > a.first) {
      *next = k + 1;
      return NULL;
    }
  }
  /* "192.168.1.2", "version 1.2.3": an address or a version, no figure */
  if (at->type == T_NUM && at->decimals && a.first == a.last && tok_is_punct(sc, a.last + 1, ".") &&
      attached(sc, a.last) && attached(sc, a.last + 1) && a.last + 2 < sc->n &&
      sc->t[a.last + 2].type == T_NUM) {
    guint k = a.last + 2;
    while (k + 2 < sc->n && tok_is_punct(sc, k + 1, ".") && attached(sc, k) &&
           attached(sc, k + 1) && sc->t[k + 2].type == T_NUM)
      k += 2;
    *next = k + 1;
    return NULL;
  }
  /* "45,000 000": a group of zeros standing alone is a fragment, no count */
  if (at->type == T_NUM && !currency && at->int_digits >= 2 && !at->decimals &&
      sc->text[at->start] == '0') {
    *next = a.last + 1;
    return NULL;
  }
  if (at->type == T_NUM && !currency && a.first == a.last) {
    XcMention *y = read_year_span(sc, a.first, next);
    if (y || *next != a.first + 1)
      return y;
    /* "a 50-50 chance", "60-40 split": odds, not two counts */
    if (tok_is_dash(sc, a.last + 1) && attached(sc, a.last) && attached(sc, a.last + 1) &&
        a.last + 2 < sc->n && sc->t[a.last + 2].type == T_NUM &&
        at->value + sc->t[a.last + 2].value == 100 && !at->decimals &&
        !unit_word(sc, a.last + 3, measures) && !tok_is_punct(sc, a.last + 3, "%")) {
      *next = a.last + 3;
      return NULL;
    }
  }
  /* "-5 degrees", "minus 5": a sign that stands apart from what precedes */
  if (at->type == T_NUM && !currency && first == a.first && first > 0 &&
      (tok_is_punct(sc, first - 1, "-") || tok_is_punct(sc, first - 1, "\xE2\x88\x92")) &&
      !sc->t[first].space_before &&
      (first == 1 || sc->t[first - 1].space_before ||
       /* "<-30" */
       tok_is_punct(sc, first - 2, "<") || tok_is_punct(sc, first - 2, ">") ||
       tok_is_punct(sc, first - 2, "=")) &&
      !(first >= 2 && (sc->t[first - 2].type == T_NUM || num_word(sc, first - 2)))) {
    a.value = -a.value;
    first--;
    sign_tok = first;
  } else if (!currency && first == a.first && first > 0 &&
             (tok_is(sc, first - 1, "minus") || tok_is(sc, first - 1, "negative")) &&
             same_sentence(sc, first - 1, first)) {
    a.value = -a.value;
    first--;
    sign_tok = first;
  }
  /* "1/4 mile", "10 1/2 miles": a fraction, read so only before a unit,
   * since "4/11" may be a date and "24/7" is neither */
  gboolean part = FALSE;    /* a fraction alone: "3/4" */
  if (at->type == T_NUM && a.first == a.last && !currency) {
    double frac;
    guint flast;
    if (fraction_at(sc, a.first, &frac, &flast)) {
      a.value = a.value < 0 ? -frac : frac;
      a.last = flast;
      a.precision = 0;
      a.bare_digits = FALSE;
      part = TRUE;
    } else if (!at->decimals && !at->separators &&
               fraction_at(sc, a.first + 1, &frac, &flast) &&
               sc->t[a.first + 1].space_before && same_sentence(sc, a.first, flast)) {
      a.value += a.value < 0 ? -frac : frac;
      a.last = flast;
      a.precision = 0;
      a.bare_digits = FALSE;
    }
  }
  /* "10.000 people": a European thousands point, read so only where a
   * count noun follows, since 10.000 of a person is no reading */
  if (at->type == T_NUM && a.first == a.last && at->decimals == 3 && at->int_digits <= 3 &&
      !currency && a.last + 1 < sc->n && sc->t[a.last + 1].type == T_WORD &&
      !attached(sc, a.last) && is_plural_noun(sc, a.last + 1) &&
      !unit_word(sc, a.last + 1, measures) && !unit_word(sc, a.last + 1, currencies_after)) {
    a.value = round(fabs(a.value) * 1000) * (a.value < 0 ? -1 : 1);
    a.precision = precision_of(fabs(a.value), 0, 1);
    a.bare_digits = FALSE;
  }

  double values[XC_MENTION_MAX_STATED] = { a.value };
  NumExpr ends[XC_MENTION_MAX_STATED] = { a };
  guint nv = 1, last = a.last;
  gboolean between = first > 0 && (tok_is(sc, first - 1, "between") ||
                                   tok_is(sc, first - 1, "from"));
  gboolean change = first > 1 && tok_is(sc, first - 1, "from") &&
                    word_in(sc, first - 2, change_verbs);
  while (nv < XC_MENTION_MAX_STATED) {
    guint j = last + 1;
    gboolean dash = tok_is_dash(sc, j);
    if (!(dash || (tok_is(sc, j, "to") && !change) || tok_is(sc, j, "through") ||
          tok_is(sc, j, "thru") || tok_is_punct(sc, j, "~") ||
          (between && tok_is(sc, j, "and"))))
      break;
    guint k = j + 1;
    if (currency && unit_word(sc, k, currencies_before))
      k++;
    NumExpr b;
    if (!read_num_expr(sc, k, &b) || !same_sentence(sc, j, k))
      break;
    /* "7-3" is a score, "10-12" a range: the ends must rise */
    double lo = scale_bare_end(&ends[nv - 1], &b, expr_scale(sc, &b));
    if (b.value <= lo)
      break;
    if (dash && sc->t[b.first].type == T_NUM && is_name_number(sc, b.first) &&
        sc->t[ends[nv - 1].last].type != T_NUM)
      break;
    for (guint e = 0; e < nv; e++)
      values[e] = scale_bare_end(&ends[e], &b, expr_scale(sc, &b));
    values[nv] = b.value;
    ends[nv] = b;
    nv++;
    last = b.last;
  }
  if (between && nv > 1 && first > 0)
    first--;

  XcKind kind = XC_KIND_COUNT;
  const char *unit = currency;
  guint j = last + 1, inches_last;
  /* "percent of 10", "per cent of twenty-two" opening a sentence and
   * ending it: the figure is the percentage, said the other way round */
  guint pw = first >= 2 && tok_is(sc, first - 1, "of") ?
             (tok_is(sc, first - 2, "percent") || tok_is(sc, first - 2, "percents") ? first - 2 :
              first >= 3 && tok_is(sc, first - 2, "cent") && tok_is(sc, first - 3, "per") ?
              first - 3 : G_MAXUINT) : G_MAXUINT;
  if (!currency && nv == 1 && pw != G_MAXUINT && same_sentence(sc, pw, first) &&
      (pw == 0 || !same_sentence(sc, pw - 1, pw)) && ends_sentence(sc, last)) {
    kind = XC_KIND_PERCENT;
    unit = "%";
    first = pw;
  } else if (currency) {
    kind = XC_KIND_MONEY;
  } else if (tok_is_punct(sc, j, "%") || tok_is(sc, j, "percent") ||
             tok_is(sc, j, "pc") || tok_is(sc, j, "percents") ||
             tok_is(sc, j, "percentage")) {
    kind = XC_KIND_PERCENT;
    unit = "%";
    last = j;
  } else if (tok_is(sc, j, "per") && tok_is(sc, j + 1, "cent")) {
    kind = XC_KIND_PERCENT;
    unit = "%";
    last = j + 1;
  } else if ((unit = currency_symbol_after(sc, j)) != NULL) {
    kind = XC_KIND_MONEY;     /* "5 €", "100,000 ₭" */
    last = j;
  } else if ((unit = currency_pair(sc, j)) != NULL) {
    kind = XC_KIND_MONEY;
    last = j + 1;
  } else if ((unit = unit_word(sc, j, currencies_after)) != NULL &&
             !(g_str_equal(unit, "GBP") && tok_is(sc, j, "pounds") && !a.scaled &&
               a.value < 1000) &&
             /* "3 USD50 cards": a code glued to the next number is its */
             !(attached(sc, j) && sc->t[j + 1].type == T_NUM) &&
             /* "50 Cent" is a singer */
             !(sc->t[j].upper && g_str_equal(unit, "USX"))) {
    kind = XC_KIND_MONEY;
    last = j;
    const NumWord *w = num_word(sc, j + 1);
    if (!a.scaled && w && w->scale && w->value >= 1e3 && same_sentence(sc, j, j + 1)) {
      money_scale = w->value;   /* "75 USD million" */
      last = j + 1;
    }
  } else if ((unit = million_code(sc, j)) != NULL) {
    kind = XC_KIND_MONEY;       /* "30 MUSD" */
    money_scale = 1e6;
    last = j;
  } else if (tok_is_dash(sc, j) && attached(sc, j - 1) && attached(sc, j) &&
             (unit = unit_word(sc, j + 1, currencies_after)) != NULL) {
    kind = XC_KIND_MONEY;       /* "a one-yen bid", "a 12-cent dividend" */
    last = j + 1;
  } else if (tok_is(sc, j, "metric") && (tok_is(sc, j + 1, "tons") ||
                                        tok_is(sc, j + 1, "tonnes") ||
                                        tok_is(sc, j + 1, "ton"))) {
    kind = XC_KIND_MEASURE;
    unit = "t";
    last = j + 1;
  } else if ((tok_is(sc, j, "cubic") || tok_is(sc, j, "square")) &&
             (unit = unit_word(sc, j + 1, measures)) != NULL &&
             (g_str_equal(unit, "ft") || g_str_equal(unit, "m") || g_str_equal(unit, "km") ||
              g_str_equal(unit, "mi") || g_str_equal(unit, "in") || g_str_equal(unit, "cm"))) {
    kind = XC_KIND_MEASURE;
    unit = power_unit(unit, tok_is(sc, j, "cubic") ? 3 : 2);
    last = j + 1;
  } else if ((unit = unit_word(sc, j, measures)) != NULL &&
             /* "two-bit", "one bit of": no bits in words; "two cup ties":
              * a cup in the singular only for one or less */
             !(a.words && g_str_equal(unit, "bit")) &&
             !(tok_is(sc, j, "cup") && a.value > 1)) {
    kind = XC_KIND_MEASURE;
    last = j;
    if ((g_str_equal(unit, "mi") || g_str_equal(unit, "km")) &&
        (tok_is(sc, j + 1, "an") || tok_is(sc, j + 1, "per")) && tok_is(sc, j + 2, "hour")) {
      unit = g_str_equal(unit, "mi") ? "mph" : "km/h";   /* "188 miles an hour" */
      last = j + 2;
    } else if (g_str_equal(unit, "ft") && nv == 1 &&
               (inches_last = feet_and_inches(sc, j, &values[0])) != 0) {
      last = inches_last;   /* "5 feet 2 inches", "12 ft 2 in" */
      ends[0].last = last;
      ends[0].value = values[0];
    } else if (g_str_equal(unit, "km") && tok_is_punct(sc, j + 1, "/") &&
               attached(sc, j) && (tok_is(sc, j + 2, "h") || tok_is(sc, j + 2, "hr"))) {
      unit = "km/h";
      last = j + 2;
    } else if (attached(sc, j) && j + 1 < sc->n && sc->t[j + 1].type == T_NUM &&
               (sc->t[j + 1].value == 2 || sc->t[j + 1].value == 3) &&
               sc->t[j + 1].int_digits == 1 && !sc->t[j + 1].decimals &&
               (g_str_equal(unit, "m") || g_str_equal(unit, "km") || g_str_equal(unit, "cm"))) {
      unit = power_unit(unit, (int)sc->t[j + 1].value);   /* "190 km2" */
      last = j + 1;
    }
  } else if (tok_is(sc, j, "pounds") && !a.scaled && a.value < 1000) {
    kind = XC_KIND_MEASURE;     /* "25 pounds" below 1,000: a weight */
    unit = "lb";
    last = j;
  } else if (metres_at(sc, j) ||
             /* "12 m 2 dm", "1 m x 1 m": an "m" apart from its number
              * is metres, but for "5 m people" */
             (tok_is(sc, j, "m") && sc->text[sc->t[j].start] == 'm' && sc->t[j].space_before &&
              same_sentence(sc, last, j) && !attached(sc, j) &&
              !(a.first >= 2 && tok_is_dash(sc, a.first - 1) && attached(sc, a.first - 2) &&
                sc->t[a.first - 2].type == T_WORD) &&
              !(j + 1 < sc->n && same_sentence(sc, j, j + 1) && sc->t[j + 1].type == T_WORD &&
                is_plural_noun(sc, j + 1)))) {
    kind = XC_KIND_MEASURE;
    unit = "m";
    last = j;
  } else if (attached(sc, j - 1) && square_metres_at(sc, j)) {
    kind = XC_KIND_MEASURE;     /* "24703m2" */
    unit = power_unit("m", (int)sc->t[j + 1].value);
    last = j + 1;
  } else if ((unit = bracketed_unit(sc, j)) != NULL) {
    kind = XC_KIND_MEASURE;
    last = j + 2;
  } else if (tok_is_dash(sc, j) && attached(sc, j - 1) && attached(sc, j) &&
             (unit = unit_word(sc, j + 1, measures)) != NULL &&
             !(a.words && g_str_equal(unit, "bit"))) {
    kind = XC_KIND_MEASURE;   /* "60-mm" */
    last = j + 1;
  } else {
    unit = NULL;
  }
  guint qstart;   /* the qualifier is read once, here, and used below */
  XcQualifier q = qualifier_before(sc, first, &qstart);
  if (kind == XC_KIND_COUNT &&
      magnitude_at(sc, first, qstart, last, values[0], sc->t[a.first].decimals > 0)) {
    kind = XC_KIND_MEASURE;
    unit = "magnitude";
  }

  /* "$ 10 dollars": the sign said twice */
  if (currency && g_str_equal(currency, "USD") && nv == 1 && sc->t[a.first].space_before &&
      (tok_is(sc, last + 1, "dollars") || tok_is(sc, last + 1, "dollar")) &&
      same_sentence(sc, last, last + 1))
    last++;
  /* "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15
   * USD 50.": the cents after a whole amount in a named currency, read
   * only where nothing counted follows them */
  if (kind == XC_KIND_MONEY && !currency && nv == 1 && !a.scaled && money_scale == 1 &&
      fmod(values[0], 1) == 0 && last == j && !g_str_equal(unit, "USX")) {
    guint c = tok_is(sc, last + 1, "and") ? last + 2 : last + 1;
    NumExpr cents;
    if (c < sc->n && same_sentence(sc, last, c) && (sc->t[c].type == T_NUM || sc->t[c].numw) &&
        read_num_expr(sc, c, &cents) && !cents.scaled && cents.value >= 1 &&
        cents.value < 100 && fmod(cents.value, 1) == 0 &&
        (sc->t[cents.first].type != T_NUM || !sc->t[cents.first].decimals)) {
      guint after = cents.last + 1;
      gboolean named = tok_is(sc, after, "cents") || tok_is(sc, after, "cent");
      if (named || ends_sentence(sc, cents.last) || tok_is(sc, after, "more") ||
          tok_is(sc, after, "and")) {
        values[0] += cents.value / 100;
        ends[0].value = values[0];
        ends[0].last = cents.last;
        ends[0].precision = 0.01;
        last = named ? after : cents.last;
      }
    }
  }
  if (money_scale != 1) {
    for (guint e = 0; e < nv; e++) {
      values[e] *= money_scale;
      ends[e].precision *= money_scale;
      ends[e].value *= money_scale;
    }
  }
  /* "3/4", "-4/5" alone are proportions, as "three quarters" is */
  gboolean proportion = FALSE;
  if (part && kind == XC_KIND_COUNT && nv == 1) {
    kind = XC_KIND_PERCENT;
    unit = "%";
    values[0] *= 100;
    ends[0].precision = 1;
    proportion = TRUE;
  }
  if (kind == XC_KIND_COUNT && nv == 1) {
    const Tok *t = &sc->t[a.first];
    if (t->type == T_NUM && attached(sc, a.first) && is_ordinal_suffix(sc, a.first + 1)) {
      XcMention *m = mention_new(sc, a.first, a.first + 1, XC_KIND_ORDINAL);
      mention_state(m, a.value);
      m->low = m->high = a.value;
      *next = a.first + 2;
      return m;
    }
  }

  if (kind == XC_KIND_COUNT && nv == 1 && q == XC_QUALIFIER_EXACT && !a.scaled &&
      year_at(sc, a.first) && !year_counts(sc, a.first)) {
    XcMention *m = mention_new(sc, a.first, a.first, XC_KIND_YEAR);
    mention_state(m, a.value);
    m->low = m->high = a.value;
    m->precision = 1;
    *next = a.first + 1;
    return m;
  }
  /* one as a pronoun ("one of them") is no figure; "at least one" and
   * "more than one" are */
  if (a.words && nv == 1 && a.value == 1 && !unit && q == XC_QUALIFIER_EXACT)
    return NULL;

  if (nv > 1 && q == XC_QUALIFIER_EXACT)
    q = XC_QUALIFIER_RANGE;
  /* "10,000 or more", "500 and more", "10,000 or so", "10,000-plus";
   * "200 or greater than" takes its dangling "than", while in "200 or
   * greater than 190" the bound is the next figure's; after "about" the
   * bound replaces the estimate ("about 500 or more" is 500 or more) */
  gboolean or_and = tok_is(sc, last + 1, "or") || tok_is(sc, last + 1, "and");
  gboolean more = or_and && (tok_is(sc, last + 2, "more") || tok_is(sc, last + 2, "greater") ||
                             tok_is(sc, last + 2, "above") || tok_is(sc, last + 2, "higher"));
  gboolean less = or_and && (tok_is(sc, last + 2, "less") || tok_is(sc, last + 2, "fewer") ||
                             tok_is(sc, last + 2, "below") || tok_is(sc, last + 2, "lower"));
  gboolean than = (more || less) && tok_is(sc, last + 3, "than");
  if (than && last + 4 < sc->n && same_sentence(sc, last, last + 4) &&
      (sc->t[last + 4].type == T_NUM || num_word(sc, last + 4)))
    more = less = FALSE;
  if ((more || less) && tok_is(sc, last + 1, "and") && !tok_is(sc, last + 2, "more"))
    more = less = FALSE;
  if (more || less) {
    if (q != XC_QUALIFIER_EXACT)
      qstart = first;
    q = more ? XC_QUALIFIER_AT_LEAST : XC_QUALIFIER_UP_TO;
    last += than ? 3 : 2;
  } else if ((q == XC_QUALIFIER_MORE_THAN || q == XC_QUALIFIER_LESS_THAN) &&
             tok_is(sc, last + 1, "or") && tok_is(sc, last + 2, "equal") &&
             !(tok_is(sc, last + 3, "to") && last + 4 < sc->n &&
               same_sentence(sc, last, last + 4) &&
               (sc->t[last + 4].type == T_NUM || num_word(sc, last + 4)))) {
    /* "more than 5000 or equal (to)" */
    q = q == XC_QUALIFIER_MORE_THAN ? XC_QUALIFIER_AT_LEAST : XC_QUALIFIER_UP_TO;
    last += tok_is(sc, last + 3, "to") ? 3 : 2;
  } else if (tok_is(sc, last + 1, "or") && tok_is(sc, last + 2, "so")) {
    q = XC_QUALIFIER_ABOUT;
    last += 2;
  } else if (tok_is_dash(sc, last + 1) && tok_is(sc, last + 2, "plus")) {
    q = XC_QUALIFIER_AT_LEAST;
    last += 2;
  }

  XcMention *m = mention_new(sc, qstart, last, kind);
  m->qualifier = q;
  m->bare_start = sc->t[first].start;
  m->value_start = sc->t[sign_tok].start;
  m->value_end = sc->t[ends[nv - 1].last].end;
  for (guint e = 0; e < nv; e++)
    mention_state(m, values[e]);
  /* a bare end takes its precision at the scale it was read at: "18" in
   * "18-20,000" is to the nearest thousand */
  for (guint e = 0; e < nv; e++) {
    double p = ends[e].precision;
    if (ends[e].value != 0 && values[e] != ends[e].value)
      p *= fabs(values[e] / ends[e].value);
    m->precision = e == 0 ? p : MIN(m->precision, p);
  }
  apply_qualifier(m, values[0], values[nv - 1]);
  m->unit = g_strdup(unit);
  m->proportion = proportion;
  if (kind == XC_KIND_COUNT || kind == XC_KIND_MEASURE)
    read_counted(sc, m, last + 1);
  join_bounds(sc, m, last, next);
  return m;
}

/* A proportion said in words, tokens @i..@last, as @v percent: with the
 * qualifier before it, read (like the fractions) to a percentage point. */
static XcMention *
proportion_mention(Scan *sc, guint i, guint last, double v, guint *next)
{
  XcMention *m = mention_new(sc, i, last, XC_KIND_PERCENT);
  mention_state(m, v);
  m->proportion = TRUE;
  guint qs;
  m->qualifier = qualifier_before(sc, i, &qs);
  if (qs < i)
    m->start = sc->t[qs].start;
  /* "2 in 5 or more" */
  if (tok_is(sc, last + 1, "or") && (tok_is(sc, last + 2, "more") || tok_is(sc, last + 2, "less")) &&
      !tok_is(sc, last + 3, "than")) {
    m->qualifier = tok_is(sc, last + 2, "more") ? XC_QUALIFIER_AT_LEAST : XC_QUALIFIER_UP_TO;
    m->start = m->bare_start;
    last += 2;
    m->end = sc->t[last].end;
  }
  apply_qualifier(m, v, v);
  m->unit = g_strdup("%");
  m->precision = 1;
  join_bounds(sc, m, last, next);
  return m;
}

/* Fractions said in words: "a quarter", "two-thirds", "one in three". */
static XcMention *
read_proportion(Scan *sc, guint i, guint *next)
{
  double num = 0;
  const Tok *t = &sc->t[i];
  gboolean digits = t->type == T_NUM;
  /* "Half of the voters" */
  guint hq;
  if (tok_is(sc, i, "half") &&
      ((tok_is(sc, i + 1, "of") && same_sentence(sc, i, i + 1)) ||
       /* "more than half the people", "almost half" */
       (qualifier_before(sc, i, &hq) != XC_QUALIFIER_EXACT && !tok_is(sc, i + 1, "a") &&
        !tok_is(sc, i + 1, "an") && !num_word(sc, i + 1) && !word_in(sc, i + 1, period_words) &&
        !word_in(sc, i + 1, periods))) &&
      !(i > 0 && (tok_is(sc, i - 1, "a") || tok_is(sc, i - 1, "and") ||
                  tok_is(sc, i - 1, "first") || tok_is(sc, i - 1, "second")))) {
    XcMention *m = mention_new(sc, i, i, XC_KIND_PERCENT);
    mention_state(m, 50);
    m->proportion = TRUE;
    guint qs;
    m->qualifier = qualifier_before(sc, i, &qs);
    if (qs < i)
      m->start = sc->t[qs].start;
    apply_qualifier(m, 50, 50);
    m->unit = g_strdup("%");
    m->precision = 1;
    *next = i + 1;
    return m;
  }
  if (digits) {
    if (t->separators || t->decimals || t->value < 1 || t->value > 1000)
      return NULL;
    num = t->value;
  } else if (tok_is(sc, i, "a")) {
    num = 1;
  } else if (num_word(sc, i) && !num_word(sc, i)->scale && num_word(sc, i)->value < 10) {
    num = num_word(sc, i)->value;
  }
  guint j = i + 1;
  if (!num && !sc->t[i].numw && !tok_is(sc, i, "an"))
    return NULL;
  /* "one in three", "two out of five", "1 in 5 children"; "one over
   * three", "1 over 20": a fraction only where the clause ends
   * with it, since "one over 20 years" is a time */
  gboolean over = tok_is(sc, j, "over");
  guint dk = tok_is(sc, j, "in") || over ? j + 1 :
             tok_is(sc, j, "out") && tok_is(sc, j + 1, "of") ? j + 2 : 0;
  NumExpr den;
  if (num && dk && read_num_expr(sc, dk, &den) && den.value > num && den.value <= 1000 &&
      fmod(den.value, 1) == 0 && !den.scaled && same_sentence(sc, i, den.last) &&
      (den.last == dk || sc->t[dk].type == T_WORD) &&
      !word_in(sc, den.last + 1, period_words) && !word_in(sc, den.last + 1, periods) &&
      (!over || ends_sentence(sc, den.last))) {
    XcMention *m = proportion_mention(sc, i, den.last, 100.0 * num / den.value, next);
    /* "negative one over 20" */
    if (i > 0 && (tok_is(sc, i - 1, "negative") || tok_is(sc, i - 1, "minus")) &&
        same_sentence(sc, i - 1, i) && m->qualifier == XC_QUALIFIER_EXACT) {
      m->start = m->bare_start = m->value_start = sc->t[i - 1].start;
      m->stated[0] = m->low = m->high = -m->stated[0];
    }
    return m;
  }
  if (digits)
    return NULL;
  NumExpr f;
  gboolean proper;
  if (!fraction_may_start(sc, i, read_word_number(sc, i, &f) ? &f : NULL) ||
      !read_word_fraction(sc, i, &f, &proper, 0) || !proper)
    return NULL;
  j = f.last;
  gboolean plural;
  double d = fraction_part(sc, j, &plural);
  /* "a second half", "a quarter of an hour" are not proportions */
  if (tok_is(sc, j + 1, "of") && (tok_is(sc, j + 2, "an") || tok_is(sc, j + 2, "a")))
    return NULL;
  /* "a quarter million", "two thirds of a million" are numbers */
  if (num_word(sc, j + 1) && num_word(sc, j + 1)->scale && num_word(sc, j + 1)->value >= 1e3)
    return NULL;
  /* "a third time", "a fourth term", "a quarter century": a part named
   * by a singular ordinal is a proportion only before "of" or at the end
   * of its clause */
  guint hq2;
  if (!plural && (tok_is(sc, i, "a") || tok_is(sc, i, "an")) && j + 1 < sc->n &&
      same_sentence(sc, j, j + 1) &&
      ((sc->t[j + 1].type == T_WORD && !word_in(sc, j + 1, stop_words) &&
        /* "nearly a fifth say": a qualifier makes it a part */
        qualifier_before(sc, i, &hq2) == XC_QUALIFIER_EXACT) ||
       /* "a fourth-minute drop-goal" */
       (tok_is_dash(sc, j + 1) && attached(sc, j) && attached(sc, j + 1))))
    return NULL;
  if (!plural && d >= 10 && i > 0 && tok_is(sc, i - 1, "the"))
    return NULL;
  return proportion_mention(sc, i, j, 100.0 * f.value, next);
}

static gboolean
is_meridiem(const Scan *sc, guint i, gboolean *pm)
{
  *pm = tok_is(sc, i, "pm") || tok_is(sc, i, "p.m");
  return *pm || tok_is(sc, i, "am") || tok_is(sc, i, "a.m");
}

/* 11:37, 19:00, 4:59 p.m., 3 p.m., 9am */
static XcMention *
read_time(Scan *sc, guint i, guint *next)
{
  const Tok *h = &sc->t[i];
  gboolean pm;
  if (h->type == T_NUM && !h->separators && !h->decimals && h->value >= 1 &&
      h->value <= 12 && is_meridiem(sc, i + 1, &pm) && same_sentence(sc, i, i + 1) &&
      !(i > 0 && tok_is_punct(sc, i - 1, ":"))) {
    guint last = i + 1;
    /* "3 p.m." keeps its point unless the point ends the sentence */
    if (tok_is_punct(sc, last + 1, ".") && attached(sc, last) && sc->t[last].end -
        sc->t[last].start == 3 && !(last + 2 < sc->n && sc->t[last + 2].upper))
      last++;
    double minutes = (h->value == 12 ? 0 : h->value * 60) + (pm ? 12 * 60 : 0);
    XcMention *m = mention_new(sc, i, last, XC_KIND_TIME);
    mention_state(m, minutes);
    m->low = m->high = minutes;
    m->precision = 1;
    *next = last + 1;
    return m;
  }
  if (h->type != T_NUM || h->separators || h->decimals || h->int_digits > 2 ||
      !tok_is_punct(sc, i + 1, ":") || !attached(sc, i) || !attached(sc, i + 1) ||
      i + 2 >= sc->n)
    return NULL;
  const Tok *mt = &sc->t[i + 2];
  if (mt->type != T_NUM || mt->int_digits != 2 || mt->decimals || h->value > 24 ||
      mt->value > 59)
    return NULL;
  guint last = i + 2;
  double minutes = h->value * 60 + mt->value;
  if (tok_is(sc, last + 1, "pm") || tok_is(sc, last + 1, "p.m") ||
      tok_is(sc, last + 1, "PM")) {
    if (h->value < 12)
      minutes += 12 * 60;
    last++;
  } else if (tok_is(sc, last + 1, "am") || tok_is(sc, last + 1, "a.m") ||
             tok_is(sc, last + 1, "AM")) {
    last++;
  }
  if (last > i + 2 && tok_is_punct(sc, last + 1, ".") && attached(sc, last))
    last++;
  XcMention *m = mention_new(sc, i, last, XC_KIND_TIME);
  mention_state(m, minutes);
  m->low = m->high = minutes;
  m->precision = 1;
  *next = last + 1;
  return m;
}

static XcMention *
read_ordinal_word(Scan *sc, guint i, guint *next)
{
  if (!word_in(sc, i, ordinal_words))
    return NULL;
  for (gsize k = 0; ordinal_words[k]; k++) {
    if (tok_is(sc, i, ordinal_words[k])) {
      XcMention *m = mention_new(sc, i, i, XC_KIND_ORDINAL);
      double v = k < 12 ? (double)(k + 1) : k == 12 ? 20 : k == 13 ? 100 : 1000;
      mention_state(m, v);
      m->low = m->high = v;
      *next = i + 1;
      return m;
    }
  }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Word lists                                                          */

/* The lists word_in() is asked about, each a bit in the classes of its
 * words, so that word_in() reads one bit of the token's class (looked up
 * when tokenizing) instead of comparing the token with every entry: the
 * stop words alone are 150, asked about every word after every figure.
 * A list whose entries the class table cannot hold (not ASCII, too long)
 * stays unindexed and is scanned. */
static const char *const *const word_lists[] = {
  stop_words, plural_heads, collective_heads, length_adjectives, year_words_before,
  period_words, periods, modals, growth_verbs, rate_words_after, rate_words_before,
  label_words, name_words, change_verbs, prepositions, future_words, month_context,
  ordinal_words,
};
G_STATIC_ASSERT(G_N_ELEMENTS(word_lists) <= 32);

static guint32 word_lists_indexed;   /* bit k: word_lists[k] is indexed */

static gboolean
word_list_indexable(const char *const *list)
{
  for (; *list; list++) {
    gsize len = strlen(*list);
    if (len == 0 || len > WORD_CLASS_MAX)
      return FALSE;
    for (gsize k = 0; k < len; k++)
      if ((guchar)(*list)[k] >= 0x80)
        return FALSE;
  }
  return TRUE;
}

static void
word_lists_build(void)
{
  for (guint l = 0; l < G_N_ELEMENTS(word_lists); l++) {
    if (!word_list_indexable(word_lists[l]))
      continue;
    for (const char *const *w = word_lists[l]; *w; w++) {
      char low[WORD_CLASS_MAX + 1] = { 0 };
      for (gsize k = 0; (*w)[k]; k++)
        low[k] = (char)lower((guchar)(*w)[k]);
      word_class_add(low)->lists |= 1u << l;
    }
    word_lists_indexed |= 1u << l;
  }
}

/* The class of the last word of each qualifier phrase points to a row of
 * bits, one for each phrase of qualifiers[] that ends with that word, so
 * that qualifier_before() tries only those of the 75 phrases that can end
 * at the word before a figure.  If a last word could not be indexed, all
 * phrases are tried everywhere. */
#define QUALIFIER_MASK_WORDS 2     /* guint64s: room for 128 phrases */
G_STATIC_ASSERT(G_N_ELEMENTS(qualifiers) <= 64 * QUALIFIER_MASK_WORDS);

static guint64 qualifier_ends[64][QUALIFIER_MASK_WORDS];
static guint qualifier_ends_n;            /* rows used; row 0 is all zeros */
static gboolean qualifier_ends_indexed;

static void
qualifier_ends_build(void)
{
  qualifier_ends_n = 1;
  for (gsize k = 0; k < G_N_ELEMENTS(qualifiers); k++) {
    const char *w = strrchr(qualifiers[k].phrase, ' ');
    w = w ? w + 1 : qualifiers[k].phrase;
    gsize len = strlen(w);
    char low[WORD_CLASS_MAX + 1] = { 0 };
    if (len == 0 || len > WORD_CLASS_MAX)
      return;
    for (gsize j = 0; j < len; j++) {
      if ((guchar)w[j] >= 0x80)
        return;
      low[j] = (char)lower((guchar)w[j]);
    }
    WordClass *c = word_class_add(low);
    if (!c->qualifier_end) {
      if (qualifier_ends_n == G_N_ELEMENTS(qualifier_ends))
        return;
      c->qualifier_end = (guint8)qualifier_ends_n++;
    }
    qualifier_ends[c->qualifier_end][k / 64] |= G_GUINT64_CONSTANT(1) << (k % 64);
  }
  qualifier_ends_indexed = TRUE;
}

/* The bits of the phrases of qualifiers[] that may end at token @i, or
 * NULL when any may. */
static const guint64 *
qualifiers_ending_at(const Scan *sc, int i)
{
  if (!qualifier_ends_indexed)
    return NULL;
  if (i < 0 || (guint)i >= sc->n || sc->t[i].type != T_WORD || !sc->t[i].cls)
    return qualifier_ends[0];
  return qualifier_ends[word_classes[sc->t[i].cls - 1].qualifier_end];
}

/* The first phrase of qualifiers[] from @k on whose bit @ends holds (all
 * when @ends is NULL), or G_N_ELEMENTS(qualifiers): the set bits are
 * found by counting zeros, not by testing each of the 75 phrases. */
static inline gsize
qualifier_next(const guint64 *ends, gsize k)
{
  if (!ends || k >= G_N_ELEMENTS(qualifiers))
    return MIN(k, G_N_ELEMENTS(qualifiers));
  for (gsize w = k / 64; w < QUALIFIER_MASK_WORDS; w++) {
    guint64 bits = ends[w] & (w == k / 64 ? G_MAXUINT64 << (k % 64) : G_MAXUINT64);
    if (bits)
      return MIN(w * 64 + (gsize)__builtin_ctzll(bits), G_N_ELEMENTS(qualifiers));
  }
  return G_N_ELEMENTS(qualifiers);
}

/* The index of @list in word_lists[], or -1.  Inlined with a constant
 * @list and unrolled, the comparisons fold away. */
static inline G_ALWAYS_INLINE int
word_list_index(const char *const *list)
{
#pragma GCC unroll 32
  for (guint l = 0; l < G_N_ELEMENTS(word_lists); l++)
    if (list == word_lists[l])
      return (int)l;
  return -1;
}

static inline G_ALWAYS_INLINE gboolean
word_in(const Scan *sc, guint i, const char *const *list)
{
  if (i >= sc->n || sc->t[i].type != T_WORD)
    return FALSE;
  int l = word_list_index(list);
  if (l >= 0 && (word_lists_indexed & (1u << l)))
    return sc->t[i].cls && (word_classes[sc->t[i].cls - 1].lists & (1u << l));
  for (; *list; list++)
    if (tok_is(sc, i, *list))
      return TRUE;
  return FALSE;
}

/* Builds the word classes, the word lists' bits and the unit indexes,
 * once a process. */
static void
lexicon_init(void)
{
  static gsize done = 0;
  if (!g_once_init_enter(&done))
    return;
  word_classes_build();
  word_lists_build();
  qualifier_ends_build();
  unit_indexes_build();
  fraction_parts_build();
  start_facts_build();
  g_once_init_leave(&done, 1);
}

/* ------------------------------------------------------------------ */
/* The walk                                                            */

static void
finish(Scan *sc, XcMention *m, guint first, guint last)
{
  const XcDocument *doc = sc->doc;
  if (m->start >= doc->title_start && m->end <= doc->title_end &&
      doc->title_end > doc->title_start)
    m->flags |= XC_MENTION_HEADLINE;
  else if (m->start < doc->header_end || sc->t[first].furniture)
    m->flags |= XC_MENTION_BOILERPLATE;
  if (m->kind != XC_KIND_TIME && m->kind != XC_KIND_YEAR && is_hypothetical(sc, first))
    m->flags |= XC_MENTION_HYPOTHETICAL;
  if ((m->kind == XC_KIND_COUNT || m->kind == XC_KIND_MONEY) && is_rate(sc, first, last))
    m->flags |= XC_MENTION_RATE;
  g_ptr_array_add(sc->out, m);
}

static guint
token_at(const Scan *sc, gsize offset, guint hint)
{
  guint k = hint;
  while (k < sc->n && sc->t[k].start < offset)
    k++;
  return k;
}

typedef XcMention *Reader(Scan *sc, guint i, guint *next);

/* What a word must be for a word reader to start at it, so that the walk
 * tries at a word only the readers that can start there (nearly every
 * capitalized word is a name, at which none can) instead of all nineteen.
 * Each fact is a bit in the word's class (WordClass.starts), found once
 * when the classes are built.  A reader's facts are a necessary condition
 * read off its first lines: one that learns to start at a new word needs
 * that word in its facts below, and in the class table. */
typedef enum {
  S_MONTH = 1 << 0,        /* xc_date_month_from_word(): "March", "Sept" */
  S_ORDINAL = 1 << 1,      /* xc_date_ordinal_from_word(): "first" .. "thirtieth" */
  S_NUMBER = 1 << 2,       /* a number word (num_words[]) */
  S_WEEKDAY = 1 << 3,      /* weekday_at(), loosely: "Tues", "Thurs" */
  S_REL = 1 << 4,          /* rel_step_at(): "last", "next", "this" */
  S_UNIT = 1 << 5,         /* unit_at(): "week", "years" */
  S_LAST = 1 << 6,
  S_QUARTER_LETTER = 1 << 7,   /* "Q3", "H1" */
  S_MONTH_CONTEXT = 1 << 8,    /* read_bare_month()'s "in", "since" ... */
  S_DAY_WORD = 1 << 9,     /* "today", "yesterday", "tomorrow", "tmrw" */
  S_REST = 1 << 10,
  S_SEASON = 1 << 11,
  S_COUNT = 1 << 12,       /* count_at()'s words besides numbers: "a", "few" */
  S_VAGUE = 1 << 13,       /* read_vague()'s: "dozens", "several", "a" (few) */
  S_PART = 1 << 14,        /* "a", "an", "half", "quarter": read_num_expr() */
  S_MONEY = 1 << 15,       /* currency prefixes and codes: "US", "EUR", "MUSD" */
  S_ORDINAL_WORD = 1 << 16,    /* in ordinal_words[] */
} StartFact;

/* Words of the facts that are literal words, and the words some fact
 * function accepts that no list puts in the class table (they would
 * otherwise be taken for names). */
static const struct {
  StartFact fact;
  const char *words[16];
} start_words[] = {
  { S_LAST, { "last" } },
  { S_QUARTER_LETTER, { "q", "h" } },
  { S_MONTH_CONTEXT, { "in", "since", "during", "until", "by" } },
  { S_DAY_WORD, { "today", "yesterday", "tomorrow", "tmrw" } },
  { S_REST, { "rest" } },
  { S_SEASON, { "spring", "summer", "autumn", "winter" } },
  { S_COUNT, { "a", "an", "few", "several", "couple" } },
  { S_VAGUE, { "tens", "hundreds", "several", "a", "dozens", "scores", "thousands",
               "millions", "billions" } },
  { S_PART, { "a", "an", "half", "quarter" } },
  /* only in the class table, their facts found below */
  { 0, { "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
         "eighteenth", "nineteenth" } },
  { 0, { "day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "month",
         "months", "quarter", "quarters", "year", "years", "decade", "decades" } },
};

static void
start_words_add(const char *word, guint32 fact)
{
  char low[WORD_CLASS_MAX + 1] = { 0 };
  gsize len = strlen(word);
  if (len == 0 || len > WORD_CLASS_MAX)
    return;
  for (gsize k = 0; k < len; k++) {
    if (!g_ascii_isalpha(word[k]) && word[k] != '.')
      return;                       /* "$", "US$": punctuation tokens, never gated */
    low[k] = (char)lower((guchar)word[k]);
  }
  word_class_add(low)->starts |= fact;
}

/* Adds the words above and the currency words to the class table, then
 * finds each class word's facts with the readers' own helpers, run on a
 * document of that one word. */
static void
start_facts_build(void)
{
  for (gsize k = 0; k < G_N_ELEMENTS(start_words); k++)
    for (gsize w = 0; w < G_N_ELEMENTS(start_words[k].words) && start_words[k].words[w]; w++)
      start_words_add(start_words[k].words[w], start_words[k].fact);
  for (gsize k = 0; k < G_N_ELEMENTS(dollar_prefixes); k++)
    start_words_add(dollar_prefixes[k].prefix, S_MONEY);
  for (const UnitWord *u = currencies_before; u->word; u++)
    start_words_add(u->word, S_MONEY);
  for (gsize k = 0; k < G_N_ELEMENTS(million_codes); k++)
    start_words_add(million_codes[k].word, S_MONEY);

  for (guint h = 0; h < WORD_CLASS_SLOTS; h++) {
    WordClass *c = &word_classes[h];
    if (!c->len)
      continue;
    Tok tok = { .start = 0, .end = c->len, .type = T_WORD, .cls = (guint16)(h + 1),
                .numw = c->numw };
    Scan one = { .text = c->word, .t = &tok, .n = 1 };
    int step;
    if (xc_date_month_from_word(c->word, c->len))
      c->starts |= S_MONTH;
    if (xc_date_ordinal_from_word(c->word, c->len))
      c->starts |= S_ORDINAL;
    if (c->numw)
      c->starts |= S_NUMBER;
    if (weekday_at(&one, 0, TRUE))
      c->starts |= S_WEEKDAY;
    if (rel_step_at(&one, 0, &step))
      c->starts |= S_REL;
    if (unit_at(&one, 0) != U_NONE)
      c->starts |= S_UNIT;
    if (word_in(&one, 0, ordinal_words))
      c->starts |= S_ORDINAL_WORD;
    c->readers = word_readers(c->starts);
  }
}

/* The readers tried at a word or mark, in order of specificity, each with
 * the StartFact bits one of which it needs at a word. */
static const struct {
  Reader *read;
  guint32 starts;
} on_word[] = {
  { read_month_first, S_MONTH },
  { read_word_day_first, S_ORDINAL | S_NUMBER },
  { read_bare_month, S_MONTH_CONTEXT },
  { read_month_period, S_MONTH },
  { read_quarter, S_QUARTER_LETTER | S_ORDINAL | S_LAST },
  { read_nth_week, S_ORDINAL | S_LAST },
  { read_nth_weekday, S_ORDINAL | S_LAST },
  { read_relative_period, S_REL },
  { read_relative_date, S_REL | S_DAY_WORD | S_WEEKDAY },
  { read_unit_word, S_UNIT },
  { read_rest_of, S_REST },
  { read_season, S_SEASON },
  { read_century, S_ORDINAL | S_NUMBER },
  { read_day_of_month, S_ORDINAL | S_NUMBER },
  { read_offset_date, S_NUMBER | S_COUNT },
  { read_vague, S_VAGUE },
  { read_proportion, S_NUMBER | S_PART },
  { read_quantity, S_NUMBER | S_PART | S_MONEY },
  { read_ordinal_word, S_ORDINAL_WORD },
};
G_STATIC_ASSERT(G_N_ELEMENTS(on_word) <= 32);

/* Which of on_word[] a word of @starts facts may start: bit r for on_word[r]. */
static guint32
word_readers(guint32 starts)
{
  guint32 readers = 0;
  for (guint r = 0; r < G_N_ELEMENTS(on_word); r++)
    if (on_word[r].starts & starts)
      readers |= 1u << r;
  return readers;
}

/* Tries the readers at token @i in order of specificity; one that used
 * tokens up without making a mention (a date with no year, a model name)
 * ends the try.  *@next is past what was read.  At a word, only the
 * readers its start facts allow are tried (its class holds them as bits
 * of on_word[]); a word in no list has none. */
static XcMention *
read_at(Scan *sc, guint i, guint *next)
{
  static Reader *const on_number[] = {
    read_and_day, read_iso_date, read_decade, read_year_first, read_numeric_date,
    read_dotted_date,
    read_numeric_month, read_day_first, read_time, read_century, read_day_of_month,
    read_offset_date, read_proportion, read_quantity, NULL,
  };
  XcMention *m = NULL;
  *next = i + 1;
  const Tok *t = &sc->t[i];
  if (t->type == T_NUM) {
    for (Reader *const *r = on_number; *r && !m && *next == i + 1; r++)
      m = (*r)(sc, i, next);
    return m;
  }
  /* punctuation ("$", "£") and skipped tokens are tried with every reader */
  guint32 readers = t->type != T_WORD ? G_MAXUINT32 :
                    t->cls ? word_classes[t->cls - 1].readers : 0;
  readers &= (guint32)((G_GUINT64_CONSTANT(1) << G_N_ELEMENTS(on_word)) - 1);
  for (; readers && !m && *next == i + 1; readers &= readers - 1)
    m = on_word[__builtin_ctz(readers)].read(sc, i, next);
  return m;
}

/* "from Oct. 2 to October 22", "between Oct. 2 and October 22", "January
 * 12, 2016 - 01/22/2016", "today till tomorrow": two dates joined into
 * one span of days, "from" or "between" included.  The second date is
 * read ahead and dropped again when it does not join (the walk then reads
 * it in its turn). */
/* The days of a date or single-year mention @m, in @a..@b. */
static gboolean
mention_days(const XcMention *m, guint32 *a, guint32 *b)
{
  if (m->kind == XC_KIND_DATE) {
    *a = (guint32)m->low;
    *b = (guint32)m->high;
  } else if (m->kind == XC_KIND_YEAR && m->low == m->high) {
    *a = xc_date_from_ymd((int)m->low, 1, 1);
    *b = xc_date_from_ymd((int)m->low, 12, 31);
  } else {
    return FALSE;
  }
  return *a && *b;
}

static void
join_dates(Scan *sc, XcMention *m, guint i, guint *next)
{
  guint j = *next;
  guint f = i;
  while (f > 0 && sc->t[f].start > m->start)
    f--;
  if (m->kind == XC_KIND_DATE && sc->t[f].start == m->start && f >= 3 &&
      tok_is(sc, f - 1, "and") && before_is(sc, f, 2, "now") && before_is(sc, f, 3, "between") &&
      sc->ref_day) {
    /* "between now and November 15th": a day to come, a year on if need be */
    if (m->low < sc->ref_day && m->low == m->high)
      m->low = m->high = xc_date_add_months((guint32)m->low, 12);
    if (m->low < sc->ref_day)
      return;
    m->low = sc->ref_day;
    m->n_stated = 0;
    set_days(m, (guint32)m->low, (guint32)m->high);
    m->precision = 1;
    m->start = m->bare_start = m->value_start = sc->t[f - 3].start;
    return;
  }
  gboolean between = i > 0 && tok_is(sc, i - 1, "between") && sc->t[i - 1].end <= m->start;
  gboolean from = i > 0 && tok_is(sc, i - 1, "from") && sc->t[i - 1].end <= m->start;
  if (j + 1 >= sc->n || !same_sentence(sc, i, j + 1) ||
      !(tok_is(sc, j, "to") || tok_is(sc, j, "until") || tok_is(sc, j, "till") ||
        tok_is(sc, j, "through") || tok_is(sc, j, "thru") ||
        (tok_is_dash(sc, j) && sc->t[j].space_before) ||
        (between && tok_is(sc, j, "and"))) ||
      sc->t[j + 1].type == T_PUNCT)
    return;
  guint after;
  guint saved_and = sc->and_day;
  guint32 a, b, a2, b2;
  XcMention *m2 = tok_is(sc, j + 1, "now") ?
                  days_mention(sc, j + 1, j + 1, sc->ref_day, sc->ref_day, &after) :
                  read_at(sc, j + 1, &after);
  /* "until the day after tomorrow", "until next Sunday": the second
   * date's reading starts a word or three on and looks back */
  for (guint k = j + 2; !m2 && sc->t[j + 1].type == T_WORD && k <= j + 4 && k < sc->n &&
                        same_sentence(sc, j, k); k++) {
    m2 = read_at(sc, k, &after);
    if (m2 && m2->start > sc->t[j + 1].start) {
      xc_mention_free(m2);
      m2 = NULL;
    }
  }
  sc->and_day = saved_and;
  if (!m2)
    return;
  /* a year joins only with a date: "between 2015 and Feb 2018" */
  if (mention_days(m, &a, &b) && mention_days(m2, &a2, &b2) &&
      (m->kind == XC_KIND_DATE || m2->kind == XC_KIND_DATE) && a2 >= a && b2 > b) {
    m->kind = XC_KIND_DATE;
    m->low = a;
    m->n_stated = 0;
    mention_state(m, m->low);
    mention_state(m, b2);
    m->high = b2;
    m->qualifier = XC_QUALIFIER_RANGE;
    m->precision = 1;
    m->end = m->value_end = m2->end;
    if (between || from)
      m->start = m->bare_start = m->value_start = sc->t[i - 1].start;
    *next = after;
  }
  xc_mention_free(m2);
}

GPtrArray *
xc_extract_document(const XcDocument *doc, guint32 fallback_day)
{
  g_return_val_if_fail(doc != NULL, NULL);
  Scan sc = { 0 };
  sc.doc = doc;
  sc.text = doc->text;
  sc.ref_day = doc->published ? doc->published : fallback_day;
  /* sized for an article, so that appending seldom reallocates */
  sc.sentences = g_array_sized_new(FALSE, FALSE, sizeof(gsize), 128);
  sc.out = g_ptr_array_new_full(32, (GDestroyNotify)xc_mention_free);
  lexicon_init();
  tokenize(&sc);

  for (guint i = 0; i < sc.n;) {
    const Tok *t = &sc.t[i];
    guint next = i + 1;
    if (t->type == T_SKIP || (t->type == T_WORD && !t->cand) ||
        (t->type == T_PUNCT && (((guchar)sc.text[t->start] < 0x80 && sc.text[t->start] != '$') ||
                                !unit_word(&sc, i, currencies_before)))) {
      i++;
      continue;
    }
    XcMention *m = read_at(&sc, i, &next);
    if (m && (m->kind == XC_KIND_DATE || m->kind == XC_KIND_YEAR))
      join_dates(&sc, m, i, &next);
    if (m && (m->kind == XC_KIND_DATE || m->kind == XC_KIND_YEAR))
      read_date_part(&sc, m, i);
    if (m) {
      guint first = token_at(&sc, m->start, i > 4 ? i - 4 : 0);
      finish(&sc, m, MIN(first, sc.n - 1), next - 1);
    }
    i = MAX(next, i + 1);
  }
  g_free(sc.t);
  g_array_unref(sc.sentences);
  return sc.out;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */

const char *
xc_kind_to_string(XcKind kind)
{
  static const char *const names[] = {
    "count", "percent", "money", "measure", "date", "time", "year", "ordinal",
  };
  return (guint)kind < G_N_ELEMENTS(names) ? names[kind] : "count";
}

const char *
xc_qualifier_to_string(XcQualifier q)
{
  static const char *const names[] = {
    "exact", "about", "nearly", "more_than", "at_least", "up_to", "less_than",
    "range", "vague",
  };
  return (guint)q < G_N_ELEMENTS(names) ? names[q] : "exact";
}

gboolean
xc_mention_is_counted(const XcMention *m)
{
  g_return_val_if_fail(m != NULL, FALSE);
  if (m->flags & (XC_MENTION_HYPOTHETICAL | XC_MENTION_BOILERPLATE))
    return FALSE;
  return m->kind != XC_KIND_TIME && m->kind != XC_KIND_YEAR &&
         m->kind != XC_KIND_ORDINAL;
}
