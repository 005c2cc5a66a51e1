/* xc-claims.c: grouping statements into claims (see xc-claims.h).
 *
 * Each counted mention is read in its sentence for five things: the
 * concept it counts, the actor (whose troops), the event (sent, killed,
 * evacuated), its scope (a first unit, a second batch) and whether it is a
 * rate.  Together with kind and unit they make a blocking key: statements
 * with equal keys are one claim.  Where the figure names no concept and no
 * event (most dates, many percentages), the key cannot tell claims apart,
 * so within such a block statements join the claim whose sentences share
 * most of their words: a copied paragraph's date joins its copies, an
 * unrelated date stays apart.  Blocking keeps the work near-linear: a
 * statement is only ever compared with the few claims of its own block. */
#include "xc-claims-private.h"
#include "xc-date-private.h"
#include "xc-lexicon-private.h"
#include "xc-rules-private.h"

/* How many words either side of a figure its context is read from. */
#define XC_CONTEXT_WORDS 40

#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

/* ------------------------------------------------------------------ */
/* Lexicons                                                            */

typedef struct {
  const char *word;
  const char *norm;
} Entry;

/* ------------------------------------------------------------------ */
/* Words of a sentence                                                 */

typedef struct {
  const char *s;   /* into the document's text */
  gsize len;
  const XcLexiconTerm *term;   /* its lexicon entry, NULL when it has none */
} Word;

/* Whether the character at @p is a letter or digit; sets @next past it.
 * ASCII, most of any text, is told without decoding. */
static inline gboolean
char_is_alnum(const char *p, const char **next)
{
  if ((guchar)*p < 0x80) {
    *next = p + 1;
    return g_ascii_isalnum(*p);
  }
  *next = g_utf8_next_char(p);
  return g_unichar_isalnum(g_utf8_get_char(p));
}

/* Splits @text[start, end) into @words (letters, digits, apostrophes),
 * replacing what it held, each word looked up in @lex once for all the
 * sections later asked about.  Returns @words. */
static GArray *
split_words(const XcLexicon *lex, const char *text, gsize start, gsize end,
            GArray *words)
{
  /* words->len is used as room while filling, and set to the count at
   * the end: a g_array_append_val() a word cost as much as the split */
  guint n = 0;
  gsize i = start;
  while (i < end) {
    const char *next;
    if (!char_is_alnum(text + i, &next)) {
      i = (gsize)(next - text);
      continue;
    }
    gsize s = i;
    while (i < end) {
      if (!(char_is_alnum(text + i, &next) ||
            ((text[i] == '\'' || text[i] == '.') && i + 1 < end &&
             g_ascii_isalpha(text[i + 1]))))
        break;
      i = (gsize)(next - text);
    }
    if (n == words->len)
      g_array_set_size(words, MAX(32, 2 * n));
    g_array_index(words, Word, n++) =
      (Word){ text + s, i - s, xc_lexicon_lookup_term(lex, text + s, i - s) };
  }
  g_array_set_size(words, n);
  return words;
}

static gboolean
word_is(const Word *w, const char *s)
{
  gsize len = strlen(s);
  return w->len == len && g_ascii_strncasecmp(w->s, s, len) == 0;
}

static const char *
lookup_table(const Entry *table, const char *s, gsize len)
{
  for (const Entry *e = table; e->word; e++)
    if (strlen(e->word) == len && g_ascii_strncasecmp(e->word, s, len) == 0)
      return e->norm;
  return NULL;
}

static const char *
lookup(const XcLexicon *lex, XcLexiconSection section, const char *s, gsize len)
{
  const XcLexiconTerm *t = xc_lexicon_lookup_term(lex, s, len);
  return t ? t->value[section] : NULL;
}

/* What word @w means in @section, or NULL. */
static const char *
word_value(const Word *w, XcLexiconSection section)
{
  return w->term ? w->term->value[section] : NULL;
}

static gboolean
word_in(const Word *w, XcLexiconSection section)
{
  return word_value(w, section) != NULL;
}

/* An actor named by the two words @i and @i+1 ("North Korean"), or NULL. */
static const char *
actor_pair_at(const XcLexicon *lex, const GArray *words, guint i)
{
  if (i + 1 >= words->len)
    return NULL;
  const Word *w = &g_array_index(words, Word, i);
  /* two words are looked up together only where a term starts with the
   * first */
  if (!w->term || !w->term->starts_phrase)
    return NULL;
  const Word *v = &g_array_index(words, Word, i + 1);
  char buf[64];
  if (v->s - (w->s + w->len) != 1 || w->len + v->len + 1 >= sizeof buf)
    return NULL;
  memcpy(buf, w->s, w->len);
  buf[w->len] = ' ';
  memcpy(buf + w->len + 1, v->s, v->len);
  return lookup(lex, XC_LEXICON_ACTOR, buf, w->len + v->len + 1);
}

/* An actor named by words @i (and @i+1 for two-word names). */
static const char *
actor_at(const XcLexicon *lex, const GArray *words, guint i)
{
  const Word *w = &g_array_index(words, Word, i);
  const char *pair = actor_pair_at(lex, words, i);
  if (pair)
    return pair;
  /* single-word actors must be capitalized: "us" is not the U.S. */
  if (!g_ascii_isupper(w->s[0]))
    return NULL;
  return word_value(w, XC_LEXICON_ACTOR);
}

/* ------------------------------------------------------------------ */
/* Statement features                                                  */

struct _XcStatementPriv {
  XcStatement pub;
  const XcLexicon *lex;   /* the set's, which outlives it */
  char *event;
  char *actor;
  gboolean rate;
  const struct _Signature *signature;   /* in the set's arena */
  guint64 sentence_hash;
  /* concept, scope, attributed_to, event and actor were moved to the set's
   * string chunk (statement_adopt_strings()) and are not freed one by one */
  gboolean strings_in_set;
  gboolean earlier;   /* the X of "dropped from X to Y" */
};

/* ------------------------------------------------------------------ */
/* Memory that lives as long as its set                                */

/* Statements and the signatures of their sentences, a million of each for
 * a million statements, are handed out from large blocks and freed with
 * them: no allocation, no malloc header and no free each. */
typedef struct {
  GPtrArray *blocks;   /* owned, g_aligned_free() */
  char *next;
  gsize left;
} Arena;

/* A huge page on x86-64 and arm64. */
#define ARENA_BLOCK ((gsize)2 << 20)

/* A block of @size bytes of zeros.  Full-size blocks are aligned to their
 * size and offered to the kernel as huge pages: reconciliation walks a
 * million statements claim by claim, in no order in memory, and with 4 KiB
 * pages nearly every statement cost a TLB miss, and every 4 KiB a page
 * fault when first written. */
static gpointer
arena_block_new(gsize size)
{
  gsize align = size == ARENA_BLOCK ? ARENA_BLOCK : 16;
  gpointer p = g_aligned_alloc(1, size, align);
#if defined(MADV_HUGEPAGE)
  if (size == ARENA_BLOCK)
    madvise(p, size, MADV_HUGEPAGE);
#endif
  return memset(p, 0, size);
}

static void
arena_init(Arena *arena)
{
  arena->blocks = g_ptr_array_new_with_free_func(g_aligned_free);
  arena->next = NULL;
  arena->left = 0;
}

static void
arena_clear(Arena *arena)
{
  g_clear_pointer(&arena->blocks, g_ptr_array_unref);
  arena->next = NULL;
  arena->left = 0;
}

/* @size bytes of zeros, aligned for any member of the structs stored
 * here (pointers, doubles). */
static gpointer
arena_alloc0(Arena *arena, gsize size)
{
  size = (size + 7) & ~(gsize)7;
  if (size > arena->left) {
    /* 4 KiB first, doubling to 2 MiB: a draft's one statement needs no
     * megabyte */
    gsize block = MAX(size, MIN(ARENA_BLOCK, (gsize)4096 << MIN(arena->blocks->len, 9)));
    arena->next = arena_block_new(block);
    g_ptr_array_add(arena->blocks, arena->next);
    arena->left = block;
  }
  gpointer p = arena->next;
  arena->next += size;
  arena->left -= size;
  return p;
}

/* A sentence's signature: the hashes of its content words, sorted, each
 * once.  The figures of one sentence share it. */
typedef struct _Signature {
  guint len;
  guint32 h[];
} Signature;

static gint
cmp_u32(gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
  return x < y ? -1 : x > y;
}

/* g_ascii_tolower(), inlined: it runs on every byte of every word. */
static inline char
ascii_lower(char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The signature of a sentence's @words, built in @scratch (guint32) and
 * stored in @arena. */
static const Signature *
signature_of(const GArray *words, GArray *scratch, Arena *arena)
{
  g_array_set_size(scratch, words->len);
  guint32 *h = (guint32 *)(void *)scratch->data;
  guint n = 0;
  for (guint i = 0; i < words->len; i++) {
    const Word *w = &g_array_index(words, Word, i);
    if (w->len < 3 || g_ascii_isdigit(w->s[0]))
      continue;
    guint32 x = 5381;
    for (gsize k = 0; k < w->len; k++)
      x = x * 33 + (guint32)ascii_lower(w->s[k]);
    h[n++] = x;
  }
  /* a sentence has a few dozen words: insertion sort, with no call a
   * comparison, unless it is page text that never ends */
  if (n > 64) {
    qsort(h, n, sizeof *h, cmp_u32);
  } else {
    for (guint i = 1; i < n; i++) {
      guint32 x = h[i];
      guint k = i;
      for (; k > 0 && h[k - 1] > x; k--)
        h[k] = h[k - 1];
      h[k] = x;
    }
  }
  guint out = 0;
  for (guint i = 0; i < n; i++)
    if (out == 0 || h[i] != h[out - 1])
      h[out++] = h[i];
  Signature *sig = arena_alloc0(arena, sizeof(Signature) + out * sizeof(guint32));
  sig->len = out;
  memcpy(sig->h, h, out * sizeof(guint32));
  return sig;
}

static double
jaccard(const Signature *a, const Signature *b)
{
  guint i = 0, j = 0, both = 0;
  while (i < a->len && j < b->len) {
    guint32 x = a->h[i], y = b->h[j];
    if (x == y) {
      both++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  guint total = a->len + b->len - both;
  return total ? (double)both / total : 0;
}

/* A hash of the sentence of a statement with runs of white space made
 * one, so that the same paragraph copied by two outlets hashes equal;
 * computed in place, with no copy of the sentence, once a sentence while
 * its text is at hand, for reconciliation's source groups. */
static guint64
sentence_hash(const XcMention *m)
{
  guint64 h = 1469598103934665603ULL;   /* FNV-1a */
  gboolean space = FALSE, any = FALSE;
  /* The first 2 KiB tell copies apart well enough, and keep the cost
   * bounded on text with no sentence breaks, where every figure would
   * otherwise hash megabytes. */
  gsize end = MIN(m->sentence_end, m->sentence_start + 2048);
  for (gsize i = m->sentence_start; i < end; i++) {
    guchar c = (guchar)m->doc->text[i];
    if (g_ascii_isspace(c)) {
      space = any;
      continue;
    }
    if (space) {
      h = (h ^ ' ') * 1099511628211ULL;
      space = FALSE;
    }
    h = (h ^ c) * 1099511628211ULL;
    any = TRUE;
  }
  return h;
}

/* Index of the first word starting at or after byte @offset. */
static guint
word_at(const GArray *words, const char *text, gsize offset)
{
  guint lo = 0, hi = words->len;
  while (lo < hi) {
    guint mid = lo + (hi - lo) / 2;
    if ((gsize)(g_array_index(words, Word, mid).s - text) < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* ---- attribution ----
 *
 * Who says so, read from the words around a verb of speech: "X said",
 * "said X" after a quotation, "X, <who X is>, says", "according to X".
 * X is a phrase of capitalized words, titles and nouns of organizations
 * or roles (the lexicon's "speaker" section), with lower-case words before
 * such a noun ("the health ministry").  It is reduced to what stays the
 * same from outlet to outlet: a person's surname ("Ukrainian President
 * Volodymyr Zelenskyy" and "Zelenskyy" are one source), or an
 * organization's or role's whole name ("White House spokesperson", "Yonhap
 * News Agency", "health ministry"). */

/* How the words @a and @b (next to each other) are joined: by spaces only
 * (1), by a hyphen or apostrophe inside one name ("Ha-kyou", "Korea’s"; 2),
 * or by anything else, a comma or a quotation mark, which ends a name (0). */
static int
word_join(const Word *a, const Word *b)
{
  const char *g = a->s + a->len;
  gsize gap = (gsize)(b->s - g);
  if (gap == 0)
    return 2;
  if (strspn(g, " ") >= gap)
    return 1;
  if ((gap == 1 && (g[0] == '-' || g[0] == '\'')) ||
      (gap == 3 && memcmp(g, "\xE2\x80\x99", 3) == 0))   /* ’ */
    return 2;
  return 0;
}

static gboolean
word_is_capitalized(const Word *w)
{
  return g_unichar_isupper(g_utf8_get_char(w->s));
}

/* A word that never belongs to a speaker's name: an article, a pronoun, a
 * preposition or auxiliary.  ("of" may, between two names: "Ministry of
 * Defence".) */
static gboolean
word_is_function(const Word *w)
{
  static const char *const function[] = {
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for",
    "by", "with", "from", "that", "this", "these", "those", "who", "which",
    "was", "were", "is", "are", "has", "have", "had", "be", "been", "will",
    "would", "could", "may", "might", "also", "not", "no", "he", "she",
    "they", "it", "we", "i", "you", "his", "her", "their", "its", "our",
    "there", "then", "as", "if", "when", "while", "after", "before", NULL,
  };
  for (const char *const *f = function; *f; f++)
    if (word_is(w, *f))
      return TRUE;
  return FALSE;
}

/* A noun naming a role or an organization ("spokesperson", "ministry"),
 * or a title ("minister"): a speaker's phrase may end in one. */
static gboolean
word_is_role(const Word *w)
{
  return word_in(w, XC_LEXICON_SPEAKER) ||
         (word_in(w, XC_LEXICON_TITLE) && !word_is_function(w));
}

/* Whether @w can be part of a speaker's name: capitalized (not a day or a
 * month, "said Tuesday"), or a role. */
static gboolean
word_names(const Word *w)
{
  if (word_is_role(w))
    return TRUE;
  return word_is_capitalized(w) && !word_is_function(w) &&
         !xc_date_weekday_from_word(w->s, w->len) &&
         !xc_date_month_from_word(w->s, w->len);
}

/* The speaker's phrase next to word @at, walking away from it by @dir (-1
 * to the left, +1 to the right): its words [*lo, *hi).  Lower-case words
 * are kept only before a role ("the health ministry"; at most two); "of"
 * only between two names.  Returns FALSE when there is none. */
static gboolean
speaker_phrase(const GArray *words, guint at, int dir, guint *lo, guint *hi)
{
  guint n = words->len;
  gint64 i = at, end = -1;      /* end: the last word kept, from @at */
  guint loose = 0;              /* lower-case words pending a role */
  for (; i >= 0 && i < n; i += dir) {
    const Word *w = &g_array_index(words, Word, i);
    if (i != at) {
      const Word *prev = &g_array_index(words, Word, i - dir);
      const Word *l = dir > 0 ? prev : w, *r = dir > 0 ? w : prev;
      int join = word_join(l, r);
      if (join == 0)
        break;
      if (join == 2) {
        /* a name's own hyphen, or a possessive's "s" */
        end = i;
        continue;
      }
    }
    /* "Korea’s", walking left: the "s" is kept with the word it ends */
    if (dir < 0 && i > 0 && word_is(w, "s") &&
        word_join(&g_array_index(words, Word, i - 1), w) == 2) {
      end = i;
      continue;
    }
    if (word_names(w)) {
      /* to the right, lower-case words must end in a role: "said the
       * health ministry"; to the left they come before it */
      if (dir > 0 && loose > 0 && !word_is_role(w))
        break;
      loose = 0;
      end = i;
      continue;
    }
    if (word_is(w, "of") && end >= 0 && i + dir >= 0 && i + dir < n &&
        word_is_capitalized(&g_array_index(words, Word, i + dir)))
      continue;
    if (word_is_function(w) || !g_unichar_isalpha(g_utf8_get_char(w->s)) ||
        word_in(w, XC_LEXICON_SPEECH) || loose == 2)
      break;
    /* to the left, only before a role already kept */
    if (dir < 0) {
      if (end < 0 || !word_is_role(&g_array_index(words, Word, end)))
        break;
      end = i;
      continue;
    }
    loose++;
  }
  if (end < 0)
    return FALSE;
  *lo = (guint)(dir > 0 ? at : end);
  *hi = (guint)(dir > 0 ? end : at) + 1;
  return TRUE;
}

/* The name the phrase [lo, hi) stands for: its last person's surname, or
 * the whole phrase of an organization or role, its owner included ("South
 * Korea's Yonhap News Agency", "Alder County Sheriff's Office").  A
 * pronoun names no one.  (transfer full) */
static char *
speaker_name(const GArray *words, guint lo, guint hi)
{
  const Word *w0 = &g_array_index(words, Word, lo);
  if (hi - lo == 1) {
    static const char *const pronouns[] = { "he", "she", "they", "it", "we", "i", "you", NULL };
    for (const char *const *p = pronouns; *p; p++)
      if (word_is(w0, *p))
        return NULL;
  }
  /* a person: the phrase ends in capitalized words that are neither a role
   * nor an actor ("Volodymyr Zelenskyy"); the surname is its last word,
   * with the parts a hyphen joins ("Ha-kyou") */
  const Word *last = &g_array_index(words, Word, hi - 1);
  guint s = hi - 1;
  while (s > lo && word_join(&g_array_index(words, Word, s - 1),
                             &g_array_index(words, Word, s)) == 2 &&
         !word_is(&g_array_index(words, Word, s), "s"))
    s--;
  const Word *sw = &g_array_index(words, Word, s);
  gboolean person = word_is_capitalized(sw) && !word_is_role(last) &&
                    !word_in(last, XC_LEXICON_ACTOR) && !word_in(sw, XC_LEXICON_ACTOR);
  /* "Bank of England": a name with "of" in it is an institution's */
  for (guint k = lo; person && k < hi; k++)
    person = !word_is(&g_array_index(words, Word, k), "of");
  const Word *from = person ? sw : &g_array_index(words, Word, lo);
  /* written with plain apostrophes and single spaces, so that outlets'
   * typography does not tell one speaker from another */
  GString *out = g_string_sized_new((gsize)(last->s + last->len - from->s));
  for (const char *p = from->s; p < last->s + last->len;) {
    if (p + 3 <= last->s + last->len && memcmp(p, "\xE2\x80\x99", 3) == 0) {
      g_string_append_c(out, '\'');
      p += 3;
    } else if (g_ascii_isspace(*p)) {
      if (out->len && out->str[out->len - 1] != ' ')
        g_string_append_c(out, ' ');
      p++;
    } else {
      g_string_append_c(out, *p++);
    }
  }
  /* an organization's name drops a possessive it is read after ("South
   * Korea's defence ministry" keeps its owner, but not a trailing 's) */
  if (out->len > 2 && g_str_has_suffix(out->str, "'s"))
    g_string_truncate(out, out->len - 2);
  return g_string_free(out, FALSE);
}

/* Whether the text between word @i and the word before holds @mark. */
static gboolean
gap_before_has(const GArray *words, guint i, const char *mark)
{
  if (i == 0 || i >= words->len)
    return FALSE;
  const Word *a = &g_array_index(words, Word, i - 1), *b = &g_array_index(words, Word, i);
  return g_strstr_len(a->s + a->len, b->s - (a->s + a->len), mark) != NULL;
}

/* Whether a closing quotation mark stands before word @i: the speaker of
 * "…," said X comes after the verb. */
static gboolean
quote_before(const GArray *words, guint i)
{
  return gap_before_has(words, i, "\"") || gap_before_has(words, i, "\xE2\x80\x9D");   /* ” */
}

/* The speaker of a verb of speech at word @i, or NULL. */
static char *
speaker_of_verb(const XcLexicon *lex, const GArray *words, guint i)
{
  guint lo, hi;
  if (word_is(&g_array_index(words, Word, i), "according")) {
    if (i + 2 < words->len && word_is(&g_array_index(words, Word, i + 1), "to")) {
      guint at = i + 2;
      while (at < words->len && word_in(&g_array_index(words, Word, at), XC_LEXICON_TITLE) &&
             word_is_function(&g_array_index(words, Word, at)))
        at++;   /* "the", "a" */
      if (at < words->len && speaker_phrase(words, at, +1, &lo, &hi))
        return speaker_name(words, lo, hi);
    }
    return NULL;
  }
  /* "…," said X: the speaker follows a quotation; "stated by X" */
  gboolean by = i + 2 < words->len && word_is(&g_array_index(words, Word, i + 1), "by");
  if (quote_before(words, i) || i == 0 || by) {
    guint at = i + 1 + by;
    while (at < words->len && word_is_function(&g_array_index(words, Word, at)) &&
           word_in(&g_array_index(words, Word, at), XC_LEXICON_TITLE))
      at++;
    if (at < words->len && speaker_phrase(words, at, +1, &lo, &hi))
      return speaker_name(words, lo, hi);
    return NULL;
  }
  guint before = i - 1;
  const Word *b = &g_array_index(words, Word, before);
  /* "officials also said", "he later told" */
  if (before > 0 && word_join(&g_array_index(words, Word, before - 1), b) == 1 &&
      !word_is_capitalized(b) &&
      (word_is(b, "also") || (b->len > 3 && g_ascii_strncasecmp(b->s + b->len - 2, "ly", 2) == 0)))
    before--;
  /* "X, <who X is>, says": the name before the aside, unless the aside is
   * itself a name ("the public broadcaster, Suspilne, reported") */
  if (gap_before_has(words, before + 1, ",")) {
    for (guint k = before; k > 0 && before - k < 20; k--) {
      if (gap_before_has(words, k, ",")) {
        if (speaker_phrase(words, before, -1, &lo, &hi) && lo == k)
          return speaker_name(words, lo, hi);
        if (speaker_phrase(words, k - 1, -1, &lo, &hi))
          return speaker_name(words, lo, hi);
        break;
      }
    }
  }
  if (speaker_phrase(words, before, -1, &lo, &hi))
    return speaker_name(words, lo, hi);
  return NULL;
}

/* The next letter of a speaker's name as compared: lower case, "y" as
 * "i", a doubled letter once, and anything but letters and digits skipped,
 * so that transliterations ("Zelenskyy", "Zelenskiy", "Zelensky") and
 * typography ("sheriff's", "sheriffs") compare equal.  Returns 0 at the
 * end. */
static char
speaker_letter(const char **p, char prev)
{
  for (;;) {
    char c = g_ascii_tolower(**p);
    if (!c)
      return 0;
    (*p)++;
    if (!g_ascii_isalnum(c) && !((guchar)c & 0x80))
      continue;
    if (c == 'y')
      c = 'i';
    if (c != prev)
      return c;
  }
}

gboolean
xc_statement_same_speaker(const XcStatement *a, const XcStatement *b)
{
  const char *p = a->attributed_to, *q = b->attributed_to;
  if (!p || !q)
    return FALSE;
  char cp = 0, cq = 0;
  for (;;) {
    cp = speaker_letter(&p, cp);
    cq = speaker_letter(&q, cq);
    if (cp != cq)
      return FALSE;
    if (!cp)
      return TRUE;
  }
}

/* Who says the figure at words [first, after): the speaker of the verb of
 * speech nearest to it within [win_lo, win_hi), or NULL. */
static char *
find_attribution(const XcLexicon *lex, const GArray *words, guint win_lo, guint win_hi,
                 guint first, guint after)
{
  guint best = G_MAXUINT, best_dist = G_MAXUINT;
  for (guint i = win_lo; i < win_hi; i++) {
    if (!word_in(&g_array_index(words, Word, i), XC_LEXICON_SPEECH))
      continue;
    guint dist = i < first ? first - i : i >= after ? i - after : 0;
    if (dist < best_dist) {
      best = i;
      best_dist = dist;
    }
  }
  if (best == G_MAXUINT)
    return NULL;
  char *name = speaker_of_verb(lex, words, best);
  /* a speaker that could not be read: another verb may name one */
  for (guint i = win_lo; !name && i < win_hi; i++)
    if (i != best && word_in(&g_array_index(words, Word, i), XC_LEXICON_SPEECH))
      name = speaker_of_verb(lex, words, i);
  return name;
}

/* Reads @m in its sentence.  @words are the sentence's words. */
/* The words and signature of the sentence last read: the figures of one
 * sentence share them, so a sentence is split and hashed once. */
typedef struct {
  const XcDocument *doc;
  gsize sentence_start;
  Arena *arena;       /* where statements and signatures go (not owned) */
  GArray *words;      /* Word */
  const Signature *signature;   /* in @arena */
  guint64 sentence_hash;
  /* reused from sentence to sentence, so that they grow once */
  GArray *counted;    /* Word: the counted phrase of the figure being read */
  GArray *hashes;     /* guint32: signature_of()'s */
} SentenceCache;

static void
sentence_cache_clear(SentenceCache *cache)
{
  g_clear_pointer(&cache->words, g_array_unref);
  cache->signature = NULL;
  g_clear_pointer(&cache->counted, g_array_unref);
  g_clear_pointer(&cache->hashes, g_array_unref);
  cache->doc = NULL;
}

static void
sentence_cache_load(SentenceCache *cache, const XcLexicon *lex, const XcMention *m)
{
  if (cache->doc == m->doc && cache->sentence_start == m->sentence_start)
    return;
  if (!cache->words) {
    cache->words = g_array_new(FALSE, FALSE, sizeof(Word));
    cache->counted = g_array_new(FALSE, FALSE, sizeof(Word));
    cache->hashes = g_array_new(FALSE, FALSE, sizeof(guint32));
  }
  cache->doc = m->doc;
  cache->sentence_start = m->sentence_start;
  split_words(lex, m->doc->text, m->sentence_start, m->sentence_end, cache->words);
  cache->signature = signature_of(cache->words, cache->hashes, cache->arena);
  cache->sentence_hash = sentence_hash(m);
}

static const char *dimension_of(const char *unit);

/* The district a count is told for: "in [the] [neighbouring] Bener Meriah
 * district" or "in the district of Bener Meriah", the one nearest word
 * @first within words [@lo, @hi).  A capitalized name is required: "the
 * fire district" and "the business district" are no part of a toll.
 * A district after the figure is not its own when a verb of speech
 * stands between them, from word @tail (past the figure's counted
 * phrase): "said doctor Ema Suryani to AFP, speaking from Lampahan city in
 * Aceh's Bener Meriah district" places the speaker.
 * Returns "in NAME" (transfer full), or NULL. */
static char *
district_of(const GArray *words, guint lo, guint hi, guint first, guint tail)
{
#define CAPITALIZED(i) word_is_capitalized(&g_array_index(words, Word, (i)))
  char *found = NULL;
  guint found_dist = G_MAXUINT;
  for (guint k = lo; k < hi; k++) {
    const Word *w = &g_array_index(words, Word, k);
    /* "in Takengon, the capital of Central Aceh district": the town */
    gboolean capital = word_is(w, "capital") && k >= lo + 3 &&
      word_is(&g_array_index(words, Word, k - 1), "the") && CAPITALIZED(k - 2) &&
      memchr(g_array_index(words, Word, k - 2).s, ',',
             (gsize)(g_array_index(words, Word, k - 1).s - g_array_index(words, Word, k - 2).s));
    if (!capital && !word_is(w, "district") && !word_is(w, "regency"))
      continue;
    guint at = capital ? k - 1 : k;   /* the name ends before it */
    guint name_lo = at, name_hi = at;   /* the name's words, [name_lo, name_hi) */
    while (name_lo > lo && at - name_lo < 3 && CAPITALIZED(name_lo - 1))
      name_lo--;
    guint intro = name_lo;   /* the word "in" must stand before */
    if (name_lo == at) {
      if (k + 2 >= hi || !word_is(&g_array_index(words, Word, k + 1), "of"))
        continue;
      name_lo = name_hi = k + 2;
      while (name_hi < hi && name_hi - name_lo < 3 && CAPITALIZED(name_hi))
        name_hi++;
      if (name_hi == name_lo)
        continue;
      intro = k > 0 && word_is(&g_array_index(words, Word, k - 1), "the") ? k - 1 : k;
    }
    /* "in", before at most two lowercase words ("the mountainous") */
    gboolean in = FALSE;
    for (guint j = intro; j > lo && intro - j < 3 && !in; j--) {
      in = word_is(&g_array_index(words, Word, j - 1), "in");
      if (!in && CAPITALIZED(j - 1))
        break;
    }
    guint dist = k < first ? first - k : k - first;
    if (!in || dist >= found_dist)
      continue;
    gboolean speaker = FALSE;
    for (guint j = tail; k > first && j < name_lo && !speaker; j++)
      speaker = word_in(&g_array_index(words, Word, j), XC_LEXICON_SPEECH);
    if (speaker)
      continue;
    /* "in Aceh's Bener Meriah district" is Bener Meriah */
    for (guint j = name_lo; j + 1 < name_hi; j++) {
      const Word *v = &g_array_index(words, Word, j);
      if (v->len > 2 && v->s[v->len - 1] == 's' && v->s[v->len - 2] == '\'')
        name_lo = j + 1;
    }
    const Word *a = &g_array_index(words, Word, name_lo);
    const Word *b = &g_array_index(words, Word, name_hi - 1);
    g_free(found);
    found = g_strdup_printf("in %.*s", (int)(b->s + b->len - a->s), a->s);
    found_dist = dist;
  }
  return found;
#undef CAPITALIZED
}

static XcStatementPriv *
statement_read(const XcLexicon *lex, const XcMention *m, guint32 fallback_day,
               SentenceCache *cache)
{
  XcStatementPriv *st = arena_alloc0(cache->arena, sizeof *st);
  const char *text = m->doc->text;
  st->lex = lex;
  st->pub.mention = m;
  st->pub.outlet_weight = 1;
  sentence_cache_load(cache, lex, m);
  const GArray *words = cache->words;
  guint first = word_at(words, text, m->start);
  guint after = word_at(words, text, m->end);
  /* Context is read within a window of words around the figure: a
   * "sentence" of page text with no full stop can be megabytes long, and
   * reading all of it for every figure would be quadratic. */
  guint win_lo = first > XC_CONTEXT_WORDS ? first - XC_CONTEXT_WORDS : 0;
  guint win_hi = MIN(words->len, after + XC_CONTEXT_WORDS);

  /* concept and actor from the counted phrase */
  gboolean residents = FALSE;   /* it counts "residents", "inhabitants" */
  if (m->counted) {
    const GArray *cw = split_words(lex, text, m->counted_start, m->counted_end,
                                   cache->counted);
    if (cw->len > 0) {
      const Word *head = &g_array_index(cw, Word, cw->len - 1);
      residents = word_is(head, "residents") || word_is(head, "inhabitants");
      const char *c = NULL;
      /* the last word the lexicon knows, so that a verb the phrase ran
       * into is not its head: "30 of the 80 wounded remained" */
      for (guint k = cw->len; k > 0 && !c; k--)
        c = word_value(&g_array_index(cw, Word, k - 1), XC_LEXICON_CONCEPT);
      if (c)
        st->pub.concept = g_strdup(c);
      else if (m->kind == XC_KIND_COUNT)
        st->pub.concept = g_ascii_strdown(head->s, (gssize)head->len);
      for (guint k = 0; k < cw->len && !st->actor; k++) {
        const char *a = actor_at(lex, cw, k);
        if (a)
          st->actor = g_strdup(a);
      }
    }
  }
  /* "a 22-year-old resident", "22 years old": an age, not a count of
   * residents */
  if (m->kind == XC_KIND_COUNT && after + 1 < words->len &&
      (word_is(&g_array_index(words, Word, after), "year") ||
       word_is(&g_array_index(words, Word, after), "years")) &&
      word_is(&g_array_index(words, Word, after + 1), "old")) {
    g_free(st->pub.concept);
    st->pub.concept = g_strdup("age");
  }
  /* "home to 120,000 people", "a population of more than 100,000", "the
   * island, which has about 200,000 residents": how many live there,
   * whatever befell the place */
  if (m->kind == XC_KIND_COUNT && first >= 2 &&
      ((word_is(&g_array_index(words, Word, first - 2), "home") &&
        word_is(&g_array_index(words, Word, first - 1), "to")) ||
       (word_is(&g_array_index(words, Word, first - 2), "population") &&
        word_is(&g_array_index(words, Word, first - 1), "of")) ||
       (residents && (word_is(&g_array_index(words, Word, first - 1), "has") ||
                      word_is(&g_array_index(words, Word, first - 1), "have") ||
                      word_is(&g_array_index(words, Word, first - 1), "had"))))) {
    g_free(st->pub.concept);
    st->pub.concept = g_strdup("population");
  }
  if (m->kind == XC_KIND_MEASURE && !st->pub.concept && m->unit)
    st->pub.concept = g_strdup(m->unit);
  if (m->kind == XC_KIND_MONEY && !st->pub.concept)
    st->pub.concept = g_strdup("money");
  /* an actor just before the figure, in its clause: "North Korea sending
   * 10,000 troops" */
  for (guint k = first; !st->actor && k > 0 && first - k < 4; k--) {
    const Word *w = &g_array_index(words, Word, k - 1);
    if (w->s + w->len < text + m->start &&
        memchr(w->s + w->len, ',', (gsize)(text + m->start - (w->s + w->len))))
      break;
    const char *a = actor_at(lex, words, k - 1);
    if (a)
      st->actor = g_strdup(a);
  }

  /* an earthquake's magnitude is the quake's, whichever country it
   * strikes: "a 6.1 magnitude earthquake hit Indonesia's Aceh province" */
  if (m->kind == XC_KIND_MEASURE && g_strcmp0(m->unit, "magnitude") == 0)
    g_clear_pointer(&st->actor, g_free);

  /* the nearest event word, within a few words of the figure: further
   * away it is more often another clause's event than this figure's */
  guint best = G_MAXUINT, event_at = 0;
  guint window = m->kind == XC_KIND_DATE ? 6 : G_MAXUINT;
  for (guint k = win_lo; k < win_hi; k++) {
    const Word *w = &g_array_index(words, Word, k);
    const char *e = word_value(w, XC_LEXICON_EVENT);
    if (!e)
      continue;
    guint dist = k < first ? first - k : k >= after ? k - after : 0;
    if (dist > window)
      continue;
    /* At equal distance, a word in the figure's own clause (no comma and
     * no "and" between) wins, then the verb after the figure: "Twelve
     * people were killed and 70 others were injured", "killing at least 10
     * people, injuring dozens more", "causing major destruction in seven
     * villages and killing 10 people". */
    gsize lo_b = k < first ? (gsize)(w->s - text) : m->end;
    gsize hi_b = k < first ? m->start : (gsize)(w->s - text);
    gboolean apart = lo_b < hi_b && (memchr(text + lo_b, ',', hi_b - lo_b) ||
                                     memchr(text + lo_b, ';', hi_b - lo_b));
    for (guint j = k < first ? k + 1 : after; j < (k < first ? first : k) && !apart; j++)
      apart = word_is(&g_array_index(words, Word, j), "and");
    guint score = dist * 4 + (apart ? 2 : 0) + (k < first ? 1 : 0);
    if (score < best) {
      best = score;
      event_at = k;
      g_free(st->event);
      st->event = g_strdup(e);
    }
  }

  /* "24 people dead", "24 dead", "injuring 80" and "the death toll rose
   * to 10" are one count, the deaths: a count of people, or of nothing
   * named, counts what its event made of them */
  if (m->kind == XC_KIND_COUNT && st->event &&
      (!st->pub.concept || g_str_equal(st->pub.concept, "people"))) {
    const char *v = lookup(lex, XC_LEXICON_VICTIMS, st->event, strlen(st->event));
    if (v) {
      g_free(st->pub.concept);
      st->pub.concept = g_strdup(v);
    }
  }

  /* scope: an ordinal before the figure with a part noun ("the first unit
   * of 2,600", "a second batch ... up to 10,000") */
  if (m->kind != XC_KIND_DATE) {
    for (guint k = win_lo; k + 1 < first && k + 1 < words->len; k++) {
      const Word *w = &g_array_index(words, Word, k);
      if (!word_in(w, XC_LEXICON_ORDINAL))
        continue;
      for (guint j = k + 1; j < first && j <= k + 3; j++) {
        const Word *n = &g_array_index(words, Word, j);
        if (word_in(n, XC_LEXICON_PART)) {
          g_autofree char *o = g_ascii_strdown(w->s, (gssize)w->len);
          g_autofree char *p = g_ascii_strdown(n->s, (gssize)n->len);
          g_free(st->pub.scope);
          st->pub.scope = g_strdup_printf("%s %s", o, p);
        }
      }
    }
    /* "around 30 people seriously injured" are some of the injured, not
     * all of them: related, never merged */
    if (m->kind == XC_KIND_COUNT && !st->pub.scope && g_strcmp0(st->event, "wounded") == 0 &&
        event_at > 0) {
      static const char *const degrees[] = {
        "seriously", "critically", "severely", "gravely", "badly", NULL,
      };
      for (const char *const *d = degrees; *d && !st->pub.scope; d++)
        if (word_is(&g_array_index(words, Word, event_at - 1), *d))
          st->pub.scope = g_strdup("seriously");
    }
    /* "30 of the 80 wounded remained in hospital", "25 of the injured":
     * a part of a group the sentence names */
    if (m->kind == XC_KIND_COUNT && !st->pub.scope && after + 1 < words->len &&
        word_is(&g_array_index(words, Word, after), "of") &&
        (word_is(&g_array_index(words, Word, after + 1), "the") ||
         word_is(&g_array_index(words, Word, after + 1), "them") ||
         word_is(&g_array_index(words, Word, after + 1), "whom") ||
         word_is(&g_array_index(words, Word, after + 1), "those")))
      st->pub.scope = g_strdup("part");
    /* "In neighbouring Central Aceh district, 10 people were killed": a
     * district's share of a toll, not the toll */
    if (m->kind == XC_KIND_COUNT && !st->pub.scope)
      st->pub.scope = district_of(words, win_lo, win_hi, first,
                                  m->counted ? MAX(after, word_at(words, text, m->counted_end)) : after);
    /* "another four people died in hospitals", "four other people", "the
     * bodies of two more victims were found": a further group, never the
     * toll they add to.  "Injuring dozens more" and "hundreds more
     * injured" count the injured all told: "more" before a participle is
     * "as well as those killed" */
    gboolean more = after + 1 < words->len &&
      word_is(&g_array_index(words, Word, after), "more") &&
      word_in(&g_array_index(words, Word, after + 1), XC_LEXICON_CONCEPT) &&
      !word_in(&g_array_index(words, Word, after + 1), XC_LEXICON_EVENT);
    if (m->kind == XC_KIND_COUNT && !st->pub.scope &&
        ((first > 0 && word_is(&g_array_index(words, Word, first - 1), "another")) ||
         (after < words->len && word_is(&g_array_index(words, Word, after), "other")) || more))
      st->pub.scope = g_strdup("another");
    /* people moved to the border are not the force sent to the country */
    for (guint k = win_lo; k < win_hi && !st->pub.scope && m->kind != XC_KIND_MEASURE; k++) {
      const Word *w = &g_array_index(words, Word, k);
      if (word_is(w, "border") || word_is(w, "bordering") || word_is(w, "borders"))
        st->pub.scope = g_strdup("border");
    }
    /* "two aftershocks of more than 5.0 magnitude", "aftershocks, with
     * magnitudes ranging from 3.6 to 4.3" are not the quake */
    if (m->kind == XC_KIND_MEASURE && g_strcmp0(m->unit, "magnitude") == 0)
      for (guint k = first > 5 ? first - 5 : 0; k < first && !st->pub.scope; k++)
        if (word_is(&g_array_index(words, Word, k), "aftershock") ||
            word_is(&g_array_index(words, Word, k), "aftershocks"))
          st->pub.scope = g_strdup("aftershock");
    /* a length's subject follows its unit: "10 kilometres deep", "55 km
     * from Bireun", "320 km southeast of Banda Aceh"; a magnitude or an
     * area has no depth and lies at no distance from a place */
    if (m->kind == XC_KIND_MEASURE && !st->pub.scope &&
        g_str_equal(dimension_of(m->unit), "length")) {
      for (guint k = first > 3 ? first - 3 : 0; k < first; k++)
        if (word_is(&g_array_index(words, Word, k), "depth"))
          st->pub.scope = g_strdup("depth");
      /* read on past a converted figure in brackets ("55 km (34 miles)
       * southeast of Bireun"), but stop at the next figure or clause */
      gsize pos = m->end;
      for (guint k = after; !st->pub.scope && k < words->len && k < after + 7; k++) {
        const Word *w = &g_array_index(words, Word, k);
        gsize at = (gsize)(w->s - text);
        gboolean in_brackets = FALSE;
        for (gsize b = pos; b < at; b++) {
          if (text[b] == '(')
            in_brackets = TRUE;
          else if (text[b] == ')')
            in_brackets = FALSE;
          else if ((text[b] == ',' || text[b] == ';') && !in_brackets)
            k = words->len;
        }
        if (k >= words->len)
          break;
        if (g_ascii_isdigit(w->s[0])) {
          /* a figure in brackets is the same figure converted */
          const char *close = memchr(w->s, ')', (gsize)(text + m->sentence_end - w->s));
          if (!close)
            break;
          k = word_at(words, text, (gsize)(close - text)) - 1;
          pos = (gsize)(close - text) + 1;
          continue;
        }
        if (word_is(w, "deep") || word_is(w, "depth") || word_is(w, "below") ||
            word_is(w, "beneath") || word_is(w, "underground")) {
          st->pub.scope = g_strdup("depth");
          break;
        }
        if ((word_is(w, "from") || word_is(w, "of") || word_is(w, "to")) &&
            k + 1 < words->len) {
          /* past what kind of place it is: "west of the town of Bireun",
           * "from the provincial capital Banda Aceh" */
          static const char *const kinds[] = {
            "the", "town", "city", "village", "port", "capital", "provincial",
            "regional", "island", "of", NULL,
          };
          guint pw = k + 1;
          for (guint n = 0; n < 5 && pw + 1 < words->len; n++, pw++) {
            gboolean skip = FALSE;
            for (const char *const *q = kinds; *q && !skip; q++)
              skip = word_is(&g_array_index(words, Word, pw), *q);
            if (!skip)
              break;
          }
          const Word *place = &g_array_index(words, Word, pw);
          if (word_is_capitalized(place) &&
              !xc_date_weekday_from_word(place->s, place->len) &&
              !xc_date_month_from_word(place->s, place->len)) {
            g_autofree char *p = g_strndup(place->s, place->len);
            st->pub.scope = g_strdup_printf("from %s", p);
          } else if (word_is(place, "border") || word_is(place, "coast")) {
            st->pub.scope = g_strdup("from border");
          }
          break;
        }
      }
    }
    /* "part of which (2,600 people)" */
    for (guint k = first > 4 ? first - 4 : 0; k + 1 < first; k++)
      if (word_is(&g_array_index(words, Word, k), "part") &&
          word_is(&g_array_index(words, Word, k + 1), "of") && !st->pub.scope)
        st->pub.scope = g_strdup("part");
  }
  st->rate = (m->flags & XC_MENTION_RATE) != 0;
  st->pub.attributed_to = find_attribution(lex, words, win_lo, win_hi, first, after);

  /* as of: a date in the sentence, else the document's date */
  st->pub.as_of = m->doc->published ? m->doc->published : fallback_day;
  st->signature = cache->signature;
  st->sentence_hash = cache->sentence_hash;
  return st;
}

/* Frees what @st owns; its memory is its arena's. */
static void
statement_clear(XcStatementPriv *st)
{
  if (!st)
    return;
  if (!st->strings_in_set) {
    g_free(st->pub.concept);
    g_free(st->pub.scope);
    g_free(st->pub.attributed_to);
    g_free(st->event);
    g_free(st->actor);
  }
}

/* Whether a key is specific enough to group on alone. */
static gboolean
has_subject(const XcStatementPriv *st)
{
  if (st->pub.mention->kind == XC_KIND_DATE)
    return st->event != NULL;
  return st->pub.concept || st->event;
}

/* Units of one dimension compare: acres and hectares both measure area. */
static const char *
dimension_of(const char *unit)
{
  static const Entry dims[] = {
    { "acre", "area" }, { "ha", "area" }, { "km2", "area" }, { "mi2", "area" },
    { "m2", "area" }, { "mi", "length" }, { "km", "length" }, { "m", "length" },
    { "ft", "length" }, { "in", "length" }, { "t", "mass" }, { "kg", "mass" },
    { NULL, NULL },
  };
  const char *d = unit ? lookup_table(dims, unit, strlen(unit)) : NULL;
  return d ? d : unit ? unit : "";
}

/* The blocking key: what must be equal for two statements to be about the
 * same quantity.  The event is not in it: it is matched within the block
 * (see find_claim), because a sentence often names the event of another
 * clause, or none.  Written into @key, which the caller reuses from
 * statement to statement (this runs for every one); returns its text. */
static const char *
key_of(const XcStatementPriv *st, GString *key)
{
  const XcMention *m = st->pub.mention;
  const char *concept = st->pub.concept;
  if (m->kind == XC_KIND_MEASURE)
    concept = dimension_of(m->unit);
  /* a date is told apart by its event: when a fire started, when troops
   * were seen */
  const char *event = m->kind == XC_KIND_DATE && st->event ? st->event : "";
  const char *scope = st->pub.scope ? st->pub.scope : "";
  /* "the first unit of 2,600" and "part of which (2,600 people)" both
   * speak of the part sent first, before the rest: one scope.  A second
   * or a further batch stays its own. */
  if (st->pub.scope && g_str_has_prefix(st->pub.scope, "first ") &&
      lookup(st->lex, XC_LEXICON_PART, st->pub.scope + 6, strlen(st->pub.scope + 6)))
    scope = "part";
  /* A place's name is spelt as its transliteration goes: "Bireun" and
   * "Bireuen".  A run of vowels is keyed by its first, so spellings that
   * differ only in the vowels after it are one place; the consonants
   * still tell places apart. */
  char place[64];
  if (g_str_has_prefix(scope, "from ") && strlen(scope) < sizeof place) {
    gsize n = 0;
    for (const char *p = scope; *p; p++) {
      gboolean vowel = strchr("aeiouy", ascii_lower(*p)) != NULL;
      if (vowel && p > scope && strchr("aeiouy", ascii_lower(p[-1])))
        continue;
      place[n++] = *p;
    }
    place[n] = '\0';
    scope = place;
  }
  const char *const parts[] = {
    xc_kind_to_string(m->kind), m->kind == XC_KIND_MONEY && m->unit ? m->unit : "",
    concept ? concept : "", st->actor ? st->actor : "",
    scope, event,
  };
  gsize len[G_N_ELEMENTS(parts)], total = 0;
  for (gsize i = 0; i < G_N_ELEMENTS(parts); i++) {
    len[i] = strlen(parts[i]);
    total += len[i] + 1;
  }
  /* sized once and filled with memcpy: a g_string_append() a part cost
   * more than the rest of the key */
  g_string_set_size(key, total + 1);
  char *p = key->str;
  for (gsize i = 0; i < G_N_ELEMENTS(parts); i++) {
    memcpy(p, parts[i], len[i]);
    p += len[i];
    *p++ = '|';
  }
  *p = st->rate ? '1' : '0';
  return key->str;
}

/* Whether the event tells claims apart: who was killed and who evacuated
 * are different counts of people; the acres a fire burned or reached are
 * one area. */
static gboolean
event_matters(const XcStatementPriv *st)
{
  XcKind k = st->pub.mention->kind;
  const XcLexicon *lex = st->lex;
  if (k == XC_KIND_COUNT && st->pub.concept &&
      lookup(lex, XC_LEXICON_FIXED, st->pub.concept, strlen(st->pub.concept)))
    return FALSE;
  return k == XC_KIND_COUNT || k == XC_KIND_DATE || k == XC_KIND_PERCENT;
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */

/* A claim of a block, beside its event: the event is compared for every
 * statement that comes to the block, and is the claim's own, interned in
 * the set's string chunk (NULL where the event does not matter). */
typedef struct {
  XcClaim *claim;
  const char *event;
} BlockClaim;

/* The claims of one blocking key, in the set's arena.  Most blocks hold
 * one claim, which is kept inline with the key: finding a statement's
 * claim touches a table slot and this, where a GHashTable of GPtrArrays
 * touched the bucket, the key string, the array, its data, the claim and
 * its event string, each a cache miss at a million statements. */
typedef struct {
  guint len;
  guint room;            /* of @claims */
  BlockClaim *claims;    /* &one, or g_new()ed once there are more */
  BlockClaim one;
  gsize key_len;
  char key[];
} Block;

typedef struct {
  guint64 hash;   /* 0: empty */
  Block *block;
} BlockSlot;

/* Blocks by key, open addressing, at most half full. */
typedef struct {
  BlockSlot *slots;
  guint mask;
  guint len;
} BlockTable;

static void
block_table_init(BlockTable *table)
{
  table->mask = 255;
  table->slots = g_new0(BlockSlot, table->mask + 1);
  table->len = 0;
}

static void
block_table_clear(BlockTable *table)
{
  for (guint i = 0; i <= table->mask; i++) {
    Block *b = table->slots[i].block;
    if (b && b->claims != &b->one)
      g_free(b->claims);
  }
  g_clear_pointer(&table->slots, g_free);
}

/* A key's hash, eight bytes at a time; never 0, which marks an empty
 * slot. */
static guint64
key_hash(const char *key, gsize len)
{
  guint64 h = 0x9e3779b97f4a7c15ULL ^ len;
  for (; len >= 8; key += 8, len -= 8) {
    guint64 w;
    memcpy(&w, key, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  guint64 w = 0;
  memcpy(&w, key, len);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 29;
  return h ? h : 1;
}

/* The slot of @key: where its block is, or the empty slot where it
 * would go. */
static BlockSlot *
block_table_slot(const BlockTable *table, const char *key, gsize len, guint64 hash)
{
  for (guint i = (guint)hash & table->mask;; i = (i + 1) & table->mask) {
    BlockSlot *s = &table->slots[i];
    if (!s->hash || (s->hash == hash && s->block->key_len == len &&
                     memcmp(s->block->key, key, len) == 0))
      return s;
  }
}

/* The block of @key, or NULL. */
static Block *
block_table_lookup(const BlockTable *table, const char *key)
{
  gsize len = strlen(key);
  return block_table_slot(table, key, len, key_hash(key, len))->block;
}

/* The block of @key, opened (in @arena) when there is none. */
static Block *
block_table_ensure(BlockTable *table, Arena *arena, const char *key)
{
  gsize len = strlen(key);
  guint64 hash = key_hash(key, len);
  BlockSlot *s = block_table_slot(table, key, len, hash);
  if (s->block)
    return s->block;
  Block *b = arena_alloc0(arena, sizeof(Block) + len + 1);
  b->claims = &b->one;
  b->room = 1;
  b->key_len = len;
  memcpy(b->key, key, len + 1);
  *s = (BlockSlot){ hash, b };
  if (++table->len > table->mask / 2) {
    guint old_mask = table->mask;
    BlockSlot *old = table->slots;
    table->mask = 2 * old_mask + 1;
    table->slots = g_new0(BlockSlot, table->mask + 1);
    for (guint i = 0; i <= old_mask; i++) {
      if (!old[i].hash)
        continue;
      guint k = (guint)old[i].hash & table->mask;
      while (table->slots[k].hash)
        k = (k + 1) & table->mask;
      table->slots[k] = old[i];
    }
    g_free(old);
  }
  return b;
}

static void
block_add(Block *b, XcClaim *claim, const char *event)
{
  if (b->len == b->room) {
    b->room *= 2;
    if (b->claims == &b->one) {
      b->claims = g_new(BlockClaim, b->room);
      b->claims[0] = b->one;
    } else {
      b->claims = g_renew(BlockClaim, b->claims, b->room);
    }
  }
  b->claims[b->len++] = (BlockClaim){ claim, event };
}

/* Whether two events, either interned, are the same: equal pointers
 * settle it without reading either. */
static inline gboolean
same_event(const char *a, const char *b)
{
  return a == b || g_strcmp0(a, b) == 0;
}

/* ------------------------------------------------------------------ */
/* The set                                                             */

struct _XcClaimSet {
  XcLexicon *lexicon;
  GPtrArray *rules;         /* XcRule*, owned; NULL when none */
  GHashTable *pinned;       /* XcRule* -> its XcClaim* */
  GPtrArray *claims;        /* XcClaim*, owned */
  BlockTable blocks;        /* blocking key -> its claims */
  GPtrArray *mention_arrays;/* the arrays the statements point into */
  GArray *outlets;          /* XcOutlet, owned; NULL until weighed */
  Arena arena;              /* the statements and their signatures */
  GStringChunk *strings;    /* the statements' strings */
  guint32 fallback_day;
  GString *key;             /* key_of()'s, reused */
};

XcClaimSet *
xc_claim_set_new(void)
{
  XcClaimSet *set = g_new0(XcClaimSet, 1);
  set->lexicon = xc_lexicon_new_builtin();
  set->pinned = g_hash_table_new(NULL, NULL);
  set->claims = g_ptr_array_new_with_free_func((GDestroyNotify)xc_claim_free);
  block_table_init(&set->blocks);
  set->mention_arrays = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
  set->key = g_string_new(NULL);
  arena_init(&set->arena);
  set->strings = g_string_chunk_new(ARENA_BLOCK);
  return set;
}

void
xc_claim_set_set_fallback_day(XcClaimSet *set, guint32 day)
{
  set->fallback_day = day;
}

void
xc_claim_free(XcClaim *c)
{
  if (!c)
    return;
  g_free(c->id);
  g_free(c->label);
  g_free(c->unit);
  g_free(c->key);
  g_free(c->event);
  g_free(c->pinned_id);
  g_ptr_array_unref(c->statements);
  for (guint i = 0; c->contradictions && i < c->contradictions->len; i++)
    g_free(g_array_index(c->contradictions, XcContradiction, i).reason);
  if (c->contradictions)
    g_array_unref(c->contradictions);
  if (c->related)
    g_ptr_array_unref(c->related);
  g_free(c);
}

static XcClaim *
claim_new(const char *key, const XcStatementPriv *st)
{
  XcClaim *c = g_new0(XcClaim, 1);
  c->key = g_strdup(key);
  c->event = event_matters(st) ? g_strdup(st->event) : NULL;
  c->kind = st->pub.mention->kind;
  c->unit = g_strdup(st->pub.mention->unit);
  c->statements = g_ptr_array_new_with_free_func((GDestroyNotify)statement_clear);
  c->contradictions = g_array_new(FALSE, TRUE, sizeof(XcContradiction));
  c->related = g_ptr_array_new();
  c->consensus_low = -INFINITY;
  c->consensus_high = INFINITY;
  return c;
}

/* Finds the claim @st belongs to in its block, or NULL. */
static XcClaim *
find_claim(XcClaimSet *set, const char *key, const XcStatementPriv *st)
{
  const Block *block = block_table_lookup(&set->blocks, key);
  if (!block)
    return NULL;
  if (has_subject(st) && st->pub.mention->kind != XC_KIND_DATE) {
    if (!event_matters(st))
      return block->len ? block->claims[0].claim : NULL;
    /* The claim of the same event.  A statement whose sentence names no
     * event joins the block's only claim, never one of several: that
     * would be choosing by magnitude.  A statement with an event never
     * joins a claim without one: "20 soldiers were killed" is not the
     * "12,000-strong group" the same sources count. */
    XcClaim *same = NULL;
    for (guint i = 0; i < block->len; i++) {
      if (same_event(block->claims[i].event, st->event))
        same = block->claims[i].claim;
    }
    if (same)
      return same;
    if (block->len == 1 && !st->event)
      return block->claims[0].claim;
    /* Losses are always told with their verb ("killed", "deserted"), so
     * a bare count of troops is never their losses: it joins the block's
     * one claim of an event a count can leave unsaid (lexicon section
     * unmarked: "sent"), when there is exactly one. */
    if (!st->event) {
      XcClaim *bare = NULL;
      for (guint i = 0; i < block->len; i++) {
        XcClaim *c = block->claims[i].claim;
        if (c->event && lookup(st->lex, XC_LEXICON_UNMARKED, c->event, strlen(c->event))) {
          if (bare)
            return NULL;
          bare = c;
        }
      }
      return bare;
    }
    return NULL;
  }
  /* Dates, and figures that name no subject: the claim whose sentences
   * share most words with this one's, half of them at least (a quarter
   * when an event already ties the date to its claim). */
  XcClaim *best = NULL;
  double best_sim = st->event ? 0.25 : 0.5;
  /* The newest claims of the block only: copies of a passage sit close
   * together in a corpus read in order, and the bound keeps a block of a
   * million dates from making grouping quadratic. */
  guint from = block->len > 256 ? block->len - 256 : 0;
  for (guint i = from; i < block->len; i++) {
    XcClaim *c = block->claims[i].claim;
    /* comparing with a few members is enough: they are alike */
    for (guint k = 0; k < c->statements->len && k < 8; k++) {
      const XcStatementPriv *o = g_ptr_array_index(c->statements, k);
      double sim = jaccard(st->signature, o->signature);
      if (sim >= best_sim) {
        best_sim = sim;
        best = c;
      }
    }
  }
  /* A date tied to its event by a word beside it ("which began June 7",
   * "broke out Saturday") is that event's date: it joins the block's
   * claim that already holds the same day, however differently the
   * sentences tell the rest.  Equal days only, so no date is ever moved
   * into a claim it would contradict. */
  if (!best && st->event && st->pub.mention->kind == XC_KIND_DATE) {
    const XcMention *m = st->pub.mention;
    for (guint i = from; i < block->len && !best; i++) {
      XcClaim *c = block->claims[i].claim;
      for (guint k = 0; k < c->statements->len && k < 8 && !best; k++) {
        const XcMention *o = ((const XcStatementPriv *)g_ptr_array_index(c->statements, k))->pub.mention;
        if (o->low == m->low && o->high == m->high)
          best = c;
      }
    }
  }
  return best;
}

/* The claim of the first user rule @st matches, opened on first use. */
static XcClaim *
pinned_claim(XcClaimSet *set, const XcStatementPriv *st)
{
  if (!set->rules)
    return NULL;
  XcRuleSubject subject = { st->pub.mention, st->pub.concept, st->actor, st->event };
  for (guint i = 0; i < set->rules->len; i++) {
    const XcRule *r = g_ptr_array_index(set->rules, i);
    if (!xc_rule_matches(r, &subject))
      continue;
    XcClaim *c = g_hash_table_lookup(set->pinned, r);
    if (!c) {
      g_autofree char *key = g_strdup_printf("rule|%u", i);
      c = claim_new(key, st);
      c->pinned_id = g_strdup(r->id);
      c->label = g_strdup(r->label);
      g_ptr_array_add(set->claims, c);
      g_hash_table_insert(set->pinned, (gpointer)r, c);
    }
    return c;
  }
  return NULL;
}

/* Moves the strings @st owns into the set's string chunk: a statement
 * kept in a claim lives as long as the set, and its few short strings take
 * less room there, with no malloc header each, and need no free each.
 * Events, a few dozen words, are interned, so that find_claim() compares
 * them by address. */
static void
statement_adopt_strings(XcClaimSet *set, XcStatementPriv *st)
{
  char **owned[] = {
    &st->pub.concept, &st->pub.scope, &st->pub.attributed_to, &st->event, &st->actor,
  };
  for (gsize i = 0; i < G_N_ELEMENTS(owned); i++) {
    if (*owned[i]) {
      char *kept = owned[i] == &st->event
                   ? (char *)g_string_chunk_insert_const(set->strings, *owned[i])
                   : g_string_chunk_insert(set->strings, *owned[i]);
      g_free(*owned[i]);
      *owned[i] = kept;
    }
  }
  st->strings_in_set = TRUE;
}

/* Adds @st to its claim and returns the claim, or clears it and returns
 * NULL when it joins none and may not open one. */
static XcClaim *
add_statement(XcClaimSet *set, XcStatementPriv *st, gboolean may_open)
{
  statement_adopt_strings(set, st);
  XcClaim *pinned = pinned_claim(set, st);
  if (pinned) {
    st->pub.index = pinned->statements->len;
    g_ptr_array_add(pinned->statements, st);
    return pinned;
  }
  const char *key = key_of(st, set->key);
  XcClaim *c = find_claim(set, key, st);
  if (!c) {
    if (!may_open) {
      /* its memory stays in the arena: a hypothetical that fits no claim
       * is rare enough */
      statement_clear(st);
      return NULL;
    }
    c = claim_new(key, st);
    g_ptr_array_add(set->claims, c);
    /* st->event is interned (statement_adopt_strings()), c->event a copy */
    block_add(block_table_ensure(&set->blocks, &set->arena, key), c,
              c->event ? st->event : NULL);
  }
  st->pub.index = c->statements->len;
  g_ptr_array_add(c->statements, st);
  return c;
}

/* Whether @st names no event where its claim depends on one. */
static gboolean
lacks_event(const XcStatementPriv *st)
{
  return !st->event && st->pub.mention->kind != XC_KIND_DATE && has_subject(st) &&
         event_matters(st);
}

/* The claim an article's own repeated figure gives @st, or NULL.  Within
 * one article the same figure for the same actor is the same quantity:
 * "10,000 DPRK military personnel cover the army's monthly need" and, two
 * paragraphs on, "there are 10,000 DPRK servicemen who are joining the
 * Russian army" and "10,000 Koreans cover this need".  Only a statement
 * that names no event is placed so, and only where the article's other
 * statements of that figure, actor and scope all lie in one claim: the
 * value decides nothing across articles or across claims.  @placed holds
 * the article's statements that have an event, @claims their claims. */
static XcClaim *
repeated_figure_claim(const XcStatementPriv *st, GPtrArray *placed, GPtrArray *claims)
{
  const XcMention *m = st->pub.mention;
  const char *concept = st->pub.concept;
  /* a people named for their country ("10,000 Koreans") counts whatever
   * the article counts of that country */
  gboolean demonym = concept && lookup(st->lex, XC_LEXICON_ACTOR, concept, strlen(concept));
  XcClaim *found = NULL;
  /* the article's nearest few hundred: a page of figures must not make
   * this quadratic */
  for (guint i = placed->len > 512 ? placed->len - 512 : 0; i < placed->len; i++) {
    const XcStatementPriv *t = g_ptr_array_index(placed, i);
    const XcMention *n = t->pub.mention;
    if (n->kind != m->kind || n->low != m->low || n->high != m->high ||
        g_strcmp0(t->actor, st->actor) != 0 || g_strcmp0(t->pub.scope, st->pub.scope) != 0 ||
        t->rate != st->rate || !(demonym || g_strcmp0(t->pub.concept, concept) == 0))
      continue;
    XcClaim *c = g_ptr_array_index(claims, i);
    if (found && found != c)
      return NULL;
    found = c;
  }
  return found;
}

/* The actor an article's headline gives @concept, or NULL: the actor
 * named right before a word of that concept ("Some North Korean troops
 * are trying to defect"), when the headline names one only.  A story
 * names its subject in the headline and drops the nationality after:
 * "This 12,000-strong group", "the first unit of 2,600 soldiers".
 * (transfer full) */
static char *
headline_actor(const XcLexicon *lex, const XcDocument *doc, const char *concept)
{
  if (!doc->title)
    return NULL;
  g_autoptr(GArray) words = split_words(lex, doc->title, 0, strlen(doc->title),
                                        g_array_new(FALSE, FALSE, sizeof(Word)));
  const char *found = NULL;
  for (guint k = 1; k < words->len; k++) {
    const Word *w = &g_array_index(words, Word, k);
    const char *c = word_value(w, XC_LEXICON_CONCEPT);
    if (!c || !g_str_equal(c, concept))
      continue;
    /* "North Korean troops", "Russian troops"; never the "Korean" of
     * "South Korean troops" alone */
    const char *a = k >= 2 ? actor_pair_at(lex, words, k - 2) : NULL;
    if (!a)
      a = actor_at(lex, words, k - 1);
    if (!a)
      continue;
    if (found && !g_str_equal(found, a))
      return NULL;
    found = a;
  }
  return g_strdup(found);
}

/* Whether @m is the Y of a change from @prev to it, "has dropped from
 * 70,000 to about 18-20,000": the two figures of one sentence joined by
 * "to" after "from".  (Extraction reads "from X to Y" as one range unless
 * a verb of change makes it two figures.) */
static gboolean
is_change_to(const XcMention *prev, const XcMention *m)
{
  if (!prev || prev->sentence_start != m->sentence_start || prev->kind != m->kind ||
      m->kind == XC_KIND_DATE || prev->end > m->start)
    return FALSE;
  const char *text = m->doc->text;
  const char *p = text + prev->end, *end = text + m->start;
  while (p < end && g_ascii_isspace(*p))
    p++;
  if (end - p < 2 || g_ascii_strncasecmp(p, "to", 2) != 0)
    return FALSE;
  for (p += 2; p < end; p++)
    if (!g_ascii_isspace(*p))
      return FALSE;
  const char *b = text + prev->start;
  while (b > text + prev->sentence_start && g_ascii_isspace(b[-1]))
    b--;
  return b - (text + prev->sentence_start) >= 5 && g_ascii_strncasecmp(b - 5, " from", 5) == 0;
}

/* Gives @st, the Y of "from X to Y", the subject of @from, the X: they
 * are one quantity at two times, however far the words that tell what it
 * counts stand from Y ("The rate of monthly recruitment ... has dropped
 * from 70,000 to about 18-20,000").  X is marked as the earlier value. */
static void
take_change_subject(XcStatementPriv *st, XcStatementPriv *from)
{
  char **mine[] = { &st->pub.concept, &st->pub.scope, &st->event, &st->actor };
  char *const theirs[] = { from->pub.concept, from->pub.scope, from->event, from->actor };
  for (gsize i = 0; i < G_N_ELEMENTS(mine); i++) {
    g_free(*mine[i]);
    *mine[i] = g_strdup(theirs[i]);
  }
  st->rate = from->rate;
  from->earlier = TRUE;
}

/* Whether @m is the part in "This 12,000-strong group, part of which
 * (2,600 people) is now located in the Kursk region": a count after "part
 * of which" that follows the count @prev of the same sentence, the whole
 * the relative clause hangs on. */
static gboolean
is_part_of_which(const XcMention *prev, const XcMention *m)
{
  if (!prev || prev->sentence_start != m->sentence_start || prev->kind != XC_KIND_COUNT ||
      m->kind != XC_KIND_COUNT || prev->end > m->start || m->start - prev->end > 64)
    return FALSE;
  g_autofree char *between = g_ascii_strdown(m->doc->text + prev->end,
                                             (gssize)(m->start - prev->end));
  return strstr(between, "part of which") != NULL;
}

/* Gives @st, a part told with a word for people ("2,600 people") or with
 * none, what its whole @whole counts and whose: the part of a force is of
 * that force. */
static void
take_whole_subject(XcStatementPriv *st, const XcStatementPriv *whole)
{
  if (st->pub.concept && !g_str_equal(st->pub.concept, "people"))
    return;
  g_free(st->pub.concept);
  st->pub.concept = g_strdup(whole->pub.concept);
  if (!st->actor)
    st->actor = g_strdup(whole->actor);
}

/* Whether text[@from, @to) is an opening bracket and spaces only. */
static gboolean
brackets_follow(const char *text, gsize from, gsize to)
{
  guint open = 0;
  for (gsize i = from; i < to; i++) {
    if (text[i] == '(')
      open++;
    else if (!g_ascii_isspace(text[i]))
      return FALSE;
  }
  return open == 1;
}

static int
cmp_statement_start(gconstpointer a, gconstpointer b)
{
  const XcStatement *x = *(XcStatement *const *)a, *y = *(XcStatement *const *)b;
  return x->mention->start < y->mention->start ? -1 : x->mention->start > y->mention->start;
}

/* The statements a document adds to a claim come last in it; those placed
 * after the rest of their article (see lacks_event()) are put back in
 * text order there, as the statements of a claim are listed (docs/json.md). */
static void
restore_text_order(XcClaim *c)
{
  GPtrArray *sts = c->statements;
  if (sts->len < 2)
    return;
  const XcDocument *doc = ((XcStatement *)g_ptr_array_index(sts, sts->len - 1))->mention->doc;
  guint first = sts->len - 1;
  while (first > 0 && ((XcStatement *)g_ptr_array_index(sts, first - 1))->mention->doc == doc)
    first--;
  qsort(sts->pdata + first, sts->len - first, sizeof(gpointer), cmp_statement_start);
  for (guint i = first; i < sts->len; i++)
    ((XcStatement *)g_ptr_array_index(sts, i))->index = i;
}

void
xc_claim_set_add_document(XcClaimSet *set, GPtrArray *mentions)
{
  g_return_if_fail(set != NULL && mentions != NULL);
  g_ptr_array_add(set->mention_arrays, g_ptr_array_ref(mentions));
  SentenceCache cache = { .arena = &set->arena };
  g_autoptr(GPtrArray) later = g_ptr_array_new();          /* statements placed last */
  g_autoptr(GPtrArray) placed = g_ptr_array_new();         /* with an event and actor */
  g_autoptr(GPtrArray) placed_claims = g_ptr_array_new();  /* and their claims */
  const XcMention *converted = NULL;   /* the last measure read, */
  g_autofree char *converted_scope = NULL;   /* and its scope */
  XcStatementPriv *prev = NULL;   /* the last statement read */
  for (guint i = 0; i < mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(mentions, i);
    /* page furniture is about other stories: it joins nothing */
    if (m->kind == XC_KIND_TIME || m->kind == XC_KIND_YEAR ||
        m->kind == XC_KIND_ORDINAL || (m->flags & XC_MENTION_BOILERPLATE))
      continue;
    XcStatementPriv *st = statement_read(set->lexicon, m, set->fallback_day, &cache);
    if (prev && is_change_to(prev->pub.mention, m))
      take_change_subject(st, prev);
    else if (prev && is_part_of_which(prev->pub.mention, m))
      take_whole_subject(st, prev);
    prev = st;
    /* "10 kilometres (6.2 miles)": a measure in brackets right after
     * another is the same quantity in other units, so it measures what
     * that one does, whatever words follow the bracket */
    if (converted && m->kind == XC_KIND_MEASURE &&
        g_str_equal(dimension_of(m->unit), dimension_of(converted->unit)) &&
        brackets_follow(m->doc->text, converted->end, m->start)) {
      g_free(st->pub.scope);
      st->pub.scope = g_strdup(converted_scope);
    }
    if (m->kind == XC_KIND_MEASURE) {
      converted = m;
      g_free(converted_scope);
      converted_scope = g_strdup(st->pub.scope);
    }
    /* The date nearest the figure in its sentence dates it: in "12,500
     * acres by Wednesday, up from the 3,200 acres it had burned by Monday"
     * each figure has its own day.  The scan is bounded by the sentence. */
    if (m->kind != XC_KIND_DATE) {
      gsize best = G_MAXSIZE;
      /* the neighbouring figures only: a sentence can hold thousands */
      for (guint k = i; k > 0 && i - k < 16; k--) {
        const XcMention *d = g_ptr_array_index(mentions, k - 1);
        if (d->sentence_start != m->sentence_start)
          break;
        if (d->kind == XC_KIND_DATE && xc_mention_is_counted(d) &&
            m->start - d->end < best) {
          best = m->start - d->end;
          st->pub.as_of = (guint32)d->low;
        }
      }
      for (guint k = i + 1; k < mentions->len && k - i <= 16; k++) {
        const XcMention *d = g_ptr_array_index(mentions, k);
        if (d->sentence_start != m->sentence_start)
          break;
        if (d->kind == XC_KIND_DATE && xc_mention_is_counted(d) &&
            d->start - m->end < best) {
          best = d->start - m->end;
          st->pub.as_of = (guint32)d->low;
        }
      }
    }
    /* A statement with no event is placed after the article's others,
     * so that where it goes does not depend on which came first. */
    if (lacks_event(st)) {
      g_ptr_array_add(later, st);
      continue;
    }
    XcClaim *c = add_statement(set, st, xc_mention_is_counted(m));
    if (c && st->actor && st->event) {
      g_ptr_array_add(placed, st);
      g_ptr_array_add(placed_claims, c);
    }
  }
  g_autoptr(GPtrArray) touched = g_ptr_array_new();
  for (guint i = 0; i < later->len; i++) {
    XcStatementPriv *st = g_ptr_array_index(later, i);
    if (!st->actor && st->pub.concept)
      st->actor = headline_actor(st->lex, st->pub.mention->doc, st->pub.concept);
    XcClaim *c = pinned_claim(set, st) ? NULL : repeated_figure_claim(st, placed, placed_claims);
    if (c) {
      statement_adopt_strings(set, st);
      st->pub.index = c->statements->len;
      g_ptr_array_add(c->statements, st);
    } else {
      c = add_statement(set, st, xc_mention_is_counted(st->pub.mention));
    }
    if (c && !g_ptr_array_find(touched, c, NULL))
      g_ptr_array_add(touched, c);
  }
  for (guint i = 0; i < touched->len; i++)
    restore_text_order(g_ptr_array_index(touched, i));
  sentence_cache_clear(&cache);
}

void
xc_claim_set_set_lexicon(XcClaimSet *set, XcLexicon *lexicon)
{
  g_return_if_fail(set != NULL && lexicon != NULL);
  g_return_if_fail(set->claims->len == 0);
  /* the claims file's rules do not depend on the lexicon: they stay */
  xc_lexicon_ref(lexicon);
  xc_lexicon_unref(set->lexicon);
  set->lexicon = lexicon;
}

gboolean
xc_claim_set_add_rules_file(XcClaimSet *set, const char *path, GError **error)
{
  g_return_val_if_fail(set != NULL && path != NULL, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
  GPtrArray *rules = xc_rules_load(path, error);
  if (!rules)
    return FALSE;
  if (!set->rules)
    set->rules = g_ptr_array_new_with_free_func((GDestroyNotify)xc_rule_free);
  for (guint i = 0; i < rules->len; i++)
    g_ptr_array_add(set->rules, g_steal_pointer(&rules->pdata[i]));
  g_ptr_array_set_free_func(rules, NULL);
  g_ptr_array_unref(rules);
  return TRUE;
}

XcLexicon *
xc_claim_set_get_lexicon(XcClaimSet *set)
{
  g_return_val_if_fail(set != NULL, NULL);
  return set->lexicon;
}

/* The concept and actor a claim was opened with (from its first
 * statement). */
static const XcStatementPriv *
first_statement(const XcClaim *c)
{
  return g_ptr_array_index(c->statements, 0);
}

void
xc_claim_set_link_related(XcClaimSet *set)
{
  g_return_if_fail(set != NULL);
  /* a second reconciliation (after outlets are weighed) links afresh */
  for (guint i = 0; i < set->claims->len; i++)
    g_ptr_array_set_size(((XcClaim *)g_ptr_array_index(set->claims, i))->related, 0);
  /* the claims whose concept has related concepts, and those concepts:
   * most claims have none, and only the claims of a related concept need
   * listing by concept */
  g_autoptr(GPtrArray) linking = g_ptr_array_new();
  g_autoptr(GHashTable) by_concept = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < set->claims->len; i++) {
    XcClaim *c = g_ptr_array_index(set->claims, i);
    const char *concept = first_statement(c)->pub.concept;
    if (!concept || c->kind != XC_KIND_COUNT)
      continue;
    const char *rel = lookup(set->lexicon, XC_LEXICON_RELATED, concept, strlen(concept));
    if (!rel)
      continue;
    g_ptr_array_add(linking, c);
    g_auto(GStrv) others = g_strsplit(rel, ",", -1);
    for (char **o = others; *o; o++) {
      const char *name = g_strstrip(*o);
      if (!g_hash_table_contains(by_concept, name))
        g_hash_table_insert(by_concept, g_strdup(name), g_ptr_array_new());
    }
  }
  if (linking->len == 0)
    return;
  /* claims by concept, so that each claim looks up only its related
   * concepts' claims */
  for (guint i = 0; i < set->claims->len; i++) {
    XcClaim *c = g_ptr_array_index(set->claims, i);
    const char *concept = first_statement(c)->pub.concept;
    if (!concept || c->kind != XC_KIND_COUNT)
      continue;
    GPtrArray *list = g_hash_table_lookup(by_concept, concept);
    if (list)
      g_ptr_array_add(list, c);
  }
  for (guint i = 0; i < linking->len; i++) {
    XcClaim *c = g_ptr_array_index(linking, i);
    const XcStatementPriv *st = first_statement(c);
    const char *concept = st->pub.concept;
    const char *rel = lookup(set->lexicon, XC_LEXICON_RELATED, concept, strlen(concept));
    g_auto(GStrv) others = g_strsplit(rel, ",", -1);
    for (char **o = others; *o; o++) {
      GPtrArray *list = g_hash_table_lookup(by_concept, g_strstrip(*o));
      for (guint k = 0; list && k < list->len; k++) {
        XcClaim *d = g_ptr_array_index(list, k);
        const XcStatementPriv *t = first_statement(d);
        /* related only where the rest of what they count is the same (an
         * event named for one and not the other does not differ) */
        if (g_strcmp0(st->actor, t->actor) == 0 &&
            (!c->event || !d->event || g_str_equal(c->event, d->event)) &&
            g_strcmp0(st->pub.scope, t->pub.scope) == 0 && d != c)
          g_ptr_array_add(c->related, d);
      }
    }
  }
}

guint
xc_claim_set_get_n_claims(const XcClaimSet *set)
{
  return set->claims->len;
}

XcClaim *
xc_claim_set_get_claim(const XcClaimSet *set, guint index)
{
  g_return_val_if_fail(index < set->claims->len, NULL);
  return g_ptr_array_index(set->claims, index);
}

GPtrArray *
xc_claim_set_get_claims(XcClaimSet *set)
{
  return set->claims;
}

XcClaim *
xc_claim_set_match(XcClaimSet *set, const XcMention *mention)
{
  g_return_val_if_fail(set != NULL && mention != NULL, NULL);
  /* the statement is read into an arena of its own, not kept */
  Arena arena;
  arena_init(&arena);
  SentenceCache cache = { .arena = &arena };
  XcStatementPriv *st = statement_read(set->lexicon, mention, set->fallback_day, &cache);
  sentence_cache_clear(&cache);
  const char *key = key_of(st, set->key);
  XcClaim *c = pinned_claim(set, st);
  if (!c)
    c = find_claim(set, key, st);
  statement_clear(st);
  arena_clear(&arena);
  return c;
}

void
xc_claim_set_free(XcClaimSet *set)
{
  if (!set)
    return;
  block_table_clear(&set->blocks);
  g_ptr_array_unref(set->claims);
  xc_lexicon_unref(set->lexicon);
  g_hash_table_unref(set->pinned);
  if (set->rules)
    g_ptr_array_unref(set->rules);
  g_ptr_array_unref(set->mention_arrays);
  if (set->outlets)
    g_array_unref(set->outlets);
  g_string_free(set->key, TRUE);
  /* after the claims, whose statements live in them */
  arena_clear(&set->arena);
  g_string_chunk_free(set->strings);
  g_free(set);
}

static void
outlet_clear(gpointer data)
{
  g_free(((XcOutlet *)data)->outlet);
}

void
xc_claim_set_take_outlets(XcClaimSet *set, GArray *outlets)
{
  if (set->outlets)
    g_array_unref(set->outlets);
  g_array_set_clear_func(outlets, outlet_clear);
  set->outlets = outlets;
}

guint
xc_claim_set_get_n_outlets(const XcClaimSet *set)
{
  g_return_val_if_fail(set != NULL, 0);
  return set->outlets ? set->outlets->len : 0;
}

const XcOutlet *
xc_claim_set_get_outlet(const XcClaimSet *set, guint index)
{
  g_return_val_if_fail(set != NULL && index < xc_claim_set_get_n_outlets(set), NULL);
  return &g_array_index(set->outlets, XcOutlet, index);
}

const char *
xc_status_to_string(XcStatus s)
{
  static const char *const names[] = {
    "single", "agree", "disputed", "contradiction", "changed",
  };
  return (guint)s < G_N_ELEMENTS(names) ? names[s] : "single";
}

/* ------------------------------------------------------------------ */
/* Labels                                                              */

static const char *
event_phrase(const XcLexicon *lex, const char *event)
{
  return event ? lookup(lex, XC_LEXICON_EVENT_LABEL, event, strlen(event)) : NULL;
}

char *
xc_claim_make_label(const XcClaim *c)
{
  /* the first statement that names its event says most of what is
   * counted; statements without one may come first in text order */
  const XcStatementPriv *st = g_ptr_array_index(c->statements, 0);
  for (guint i = 0; i < c->statements->len && !st->event; i++)
    if (((const XcStatementPriv *)g_ptr_array_index(c->statements, i))->event)
      st = g_ptr_array_index(c->statements, i);
  /* appended piece by piece, not printed: every claim is labelled on
   * every reconciliation */
  GString *s = g_string_sized_new(64);
  if (st->pub.scope) {
    g_string_append(s, st->pub.scope);
    g_string_append(s, ": ");
  }
  if (st->rate)
    g_string_append(s, "rate of ");
  if (has_subject(st) && c->kind != XC_KIND_DATE) {
    if (st->actor) {
      g_string_append(s, st->actor);
      g_string_append_c(s, ' ');
    }
    if (st->pub.concept)
      g_string_append(s, st->pub.concept);
    else
      g_string_append(s, xc_kind_to_string(c->kind));
    const char *ev = event_phrase(st->lex, st->event);
    if (ev) {
      g_string_append(s, ", ");
      g_string_append(s, ev);
    }
  } else {
    /* no subject to name: quote the start of the first sentence */
    const XcMention *m = st->pub.mention;
    gsize len = m->sentence_end - m->sentence_start;
    const char *p = m->doc->text + m->sentence_start;
    while (len > 0 && g_ascii_isspace(*p))
      p++, len--;
    gsize cut = MIN(len, 70);
    while (cut < len && (p[cut] & 0xC0) == 0x80)
      cut++;
    g_autofree char *gist = g_strndup(p, cut);
    for (char *q = gist; *q; q++)
      if (*q == '\n')
        *q = ' ';
    const char *ev = event_phrase(st->lex, st->event);
    g_string_append_printf(s, "%s%s%s in \"%s%s\"", xc_kind_to_string(c->kind),
                           ev ? " " : "", ev ? ev : "", g_strstrip(gist),
                           cut < len ? "…" : "");
  }
  return g_string_free(s, FALSE);
}

const char *
xc_statement_get_event(const XcStatement *st)
{
  return ((const XcStatementPriv *)st)->event;
}

gboolean
xc_statement_is_earlier(const XcStatement *st)
{
  return ((const XcStatementPriv *)st)->earlier;
}

const char *
xc_statement_get_actor(const XcStatement *st)
{
  return ((const XcStatementPriv *)st)->actor;
}

guint64
xc_statement_get_sentence_hash(const XcStatement *st)
{
  return ((const XcStatementPriv *)st)->sentence_hash;
}

double
xc_statement_similarity(const XcStatement *a, const XcStatement *b)
{
  return jaccard(((const XcStatementPriv *)a)->signature,
                 ((const XcStatementPriv *)b)->signature);
}
