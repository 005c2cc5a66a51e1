/* xc-lexicon.c: lexicons (see xc-lexicon.h).
 *
 * One hash table from the lower-cased term to its values in every
 * section: grouping reads each word of a sentence once
 * (xc_lexicon_lookup_term()) and then asks the entry about any section
 * without another probe.  The table is open-addressed and keeps each
 * term's hash and length, and a lookup hashes the word while it
 * lower-cases it: this runs for every word of every sentence grouping
 * reads.  A term's first word is entered too, flagged, so
 * that a reader can tell whether two words could make a term before it
 * builds them into one.  The built-in files are compiled in as a GResource
 * so the library works wherever it is, installed or not. */
#include "xc-lexicon-private.h"
#include "xc-error.h"
#include "xc-lexicon-resources.h"

#include <gio/gio.h>
#include <string.h>

typedef struct {
  guint32 hash;        /* of the term; the slot is empty when entry is NULL */
  guint32 len;
  char *term;          /* lower-cased, owned */
  XcLexiconTerm *entry;  /* owned */
} Slot;

struct _XcLexicon {
  gint refs;
  Slot *slots;         /* a power of two of them, at most half full */
  guint mask;
  guint n_terms;
  /* every value ever set, interned: a replaced value is not freed, since
   * a caller may still hold it (lookups return it without a copy), and the
   * many terms sharing one concept share its string */
  GStringChunk *values;
};

/* In the order of XcLexiconSection. */
static const char *const sections[] = {
  "concept", "actor", "event", "event-label", "speech", "title", "part",
  "ordinal", "fixed", "related", "victims", "unmarked", "speaker", NULL,
};

G_STATIC_ASSERT(G_N_ELEMENTS(sections) == XC_LEXICON_N_SECTIONS + 1);

static XcLexicon *
lexicon_new(void)
{
  XcLexicon *lex = g_new0(XcLexicon, 1);
  lex->refs = 1;
  lex->mask = 1023;
  lex->slots = g_new0(Slot, lex->mask + 1);
  lex->values = g_string_chunk_new(4096);
  return lex;
}

/* FNV-1a, folded so that the low bits, which pick the slot, depend on
 * every byte. */
static inline guint32
hash_step(guint32 h, char c)
{
  return (h ^ (guchar)c) * 16777619u;
}

static inline guint32
hash_end(guint32 h)
{
  return h ^ (h >> 15);
}

static guint32
hash_of(const char *s, gsize len)
{
  guint32 h = 2166136261u;
  for (gsize i = 0; i < len; i++)
    h = hash_step(h, s[i]);
  return hash_end(h);
}

/* The slot of lower-cased @term (@len bytes, hashing to @hash): where it
 * is, or the empty slot where it would go. */
static Slot *
slot_of(const XcLexicon *lex, const char *term, gsize len, guint32 hash)
{
  guint i = hash & lex->mask;
  for (;; i = (i + 1) & lex->mask) {
    Slot *s = &lex->slots[i];
    if (!s->entry || (s->hash == hash && s->len == len && memcmp(s->term, term, len) == 0))
      return s;
  }
}

static void
grow(XcLexicon *lex)
{
  Slot *old = lex->slots;
  guint n = lex->mask + 1;
  lex->mask = 2 * n - 1;
  lex->slots = g_new0(Slot, 2 * n);
  for (guint i = 0; i < n; i++)
    if (old[i].entry)
      *slot_of(lex, old[i].term, old[i].len, old[i].hash) = old[i];
  g_free(old);
}

/* The entry of lower-cased @term, made empty if there is none. */
static XcLexiconTerm *
term_ensure(XcLexicon *lex, const char *term)
{
  gsize len = strlen(term);
  guint32 hash = hash_of(term, len);
  Slot *s = slot_of(lex, term, len, hash);
  if (!s->entry) {
    if (2 * (lex->n_terms + 1) > lex->mask + 1) {
      grow(lex);
      s = slot_of(lex, term, len, hash);
    }
    *s = (Slot){ hash, (guint32)len, g_strdup(term), g_new0(XcLexiconTerm, 1) };
    lex->n_terms++;
  }
  return s->entry;
}

static void
term_set(XcLexicon *lex, XcLexiconSection section, const char *term, const char *value)
{
  XcLexiconTerm *t = term_ensure(lex, term);
  t->value[section] = g_string_chunk_insert_const(lex->values, value);
  const char *space = strchr(term, ' ');
  if (space) {
    g_autofree char *first = g_strndup(term, (gsize)(space - term));
    term_ensure(lex, first)->starts_phrase = TRUE;
  }
}

/* An entry read from a file, kept until the whole file has been read. */
typedef struct {
  XcLexiconSection section;
  char *term;    /* lower-cased */
  char *value;
} Pending;

static void
pending_clear(gpointer data)
{
  Pending *p = data;
  g_free(p->term);
  g_free(p->value);
}

gboolean
xc_lexicon_add_data(XcLexicon *lex, const char *where, const char *data,
                    gssize len, GError **error)
{
  g_return_val_if_fail(lex != NULL && data != NULL, FALSE);
  gsize n = len < 0 ? strlen(data) : (gsize)len;
  if (!g_utf8_validate_len(data, n, NULL) || memchr(data, '\0', n)) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s: a lexicon must be UTF-8 text", where);
    return FALSE;
  }
  /* parse everything first, so a bad line leaves the lexicon unchanged */
  g_autoptr(GArray) pending = g_array_new(FALSE, FALSE, sizeof(Pending));
  g_array_set_clear_func(pending, pending_clear);
  g_autofree char *copy = g_strndup(data, n);
  guint line_no = 0;
  for (char *line = copy, *next; line; line = next) {
    next = strchr(line, '\n');
    if (next)
      *next++ = '\0';
    line_no++;
    g_strchomp(line);
    if (line[0] == '\0' || line[0] == '#')
      continue;
    char **f = g_strsplit(line, "\t", 4);
    guint nf = g_strv_length(f);
    gboolean known = nf > 0 && g_strv_contains(sections, f[0]);
    if (nf != 3 || !known || !*g_strstrip(f[1]) || !*g_strstrip(f[2])) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: %s", where, line_no,
                  nf != 3 ? "expected SECTION<TAB>TERM<TAB>VALUE" :
                  !known ? "unknown section (use concept, actor, event, "
                           "event-label, speech, title, part, ordinal, fixed, "
                           "related, victims, unmarked or speaker)" :
                  "empty term or value");
      g_strfreev(f);
      return FALSE;
    }
    Pending p = { xc_lexicon_section_from_name(f[0]), g_utf8_strdown(f[1], -1),
                  g_strdup(f[2]) };
    g_array_append_val(pending, p);
    g_strfreev(f);
  }
  for (guint i = 0; i < pending->len; i++) {
    Pending *p = &g_array_index(pending, Pending, i);
    term_set(lex, p->section, p->term, p->value);
  }
  return TRUE;
}

gboolean
xc_lexicon_add_file(XcLexicon *lex, const char *path, GError **error)
{
  g_return_val_if_fail(lex != NULL && path != NULL, FALSE);
  g_autofree char *data = NULL;
  gsize len;
  GError *local = NULL;
  if (!g_file_get_contents(path, &data, &len, &local)) {
    g_set_error(error, XC_ERROR, XC_ERROR_IO, "%s", local->message);
    g_error_free(local);
    return FALSE;
  }
  return xc_lexicon_add_data(lex, path, data, (gssize)len, error);
}

XcLexicon *
xc_lexicon_new_builtin(void)
{
  XcLexicon *lex = lexicon_new();
  static const char *const files[] = { "core.tsv", "news.tsv" };
  for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
    g_autofree char *path = g_strconcat("/org/crosscheck/lexicon/", files[i], NULL);
    /* looked up in this library's own resource, which also makes a static
     * link keep it */
    g_autoptr(GBytes) bytes = g_resource_lookup_data(xc_lexicon_get_resource(), path, 0, NULL);
    /* the resource is linked into this library: its absence is a build
     * error, not a user's */
    g_assert(bytes != NULL);
    gsize len;
    const char *data = g_bytes_get_data(bytes, &len);
    gboolean ok = xc_lexicon_add_data(lex, path, data, (gssize)len, NULL);
    g_assert(ok);
  }
  return lex;
}

const XcLexiconTerm *
xc_lexicon_lookup_term(const XcLexicon *lex, const char *term, gsize len)
{
  char buf[128];
  if (len < sizeof buf) {
    /* the common case without allocation: ASCII lower-cased and hashed
     * in one pass */
    gboolean ascii = TRUE;
    guint32 h = 2166136261u;
    for (gsize i = 0; i < len; i++) {
      char c = term[i];
      ascii = ascii && (guchar)c < 0x80;
      buf[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
      h = hash_step(h, buf[i]);
    }
    if (ascii)
      return slot_of(lex, buf, len, hash_end(h))->entry;
  }
  g_autofree char *lower = g_utf8_strdown(term, (gssize)len);
  gsize n = strlen(lower);
  return slot_of(lex, lower, n, hash_of(lower, n))->entry;
}

XcLexiconSection
xc_lexicon_section_from_name(const char *name)
{
  for (guint i = 0; i < XC_LEXICON_N_SECTIONS; i++)
    if (g_str_equal(name, sections[i]))
      return (XcLexiconSection)i;
  return XC_LEXICON_N_SECTIONS;
}

const char *
xc_lexicon_lookup(const XcLexicon *lex, const char *section, const char *term,
                  gsize len)
{
  g_return_val_if_fail(lex != NULL && section != NULL && term != NULL, NULL);
  XcLexiconSection sec = xc_lexicon_section_from_name(section);
  if (sec == XC_LEXICON_N_SECTIONS)
    return NULL;
  const XcLexiconTerm *t = xc_lexicon_lookup_term(lex, term, len);
  return t ? t->value[sec] : NULL;
}

XcLexicon *
xc_lexicon_ref(XcLexicon *lex)
{
  g_return_val_if_fail(lex != NULL, NULL);
  g_atomic_int_inc(&lex->refs);
  return lex;
}

void
xc_lexicon_unref(XcLexicon *lex)
{
  if (!lex || !g_atomic_int_dec_and_test(&lex->refs))
    return;
  for (guint i = 0; i <= lex->mask; i++) {
    if (lex->slots[i].entry) {
      g_free(lex->slots[i].term);
      g_free(lex->slots[i].entry);
    }
  }
  g_free(lex->slots);
  g_string_chunk_free(lex->values);
  g_free(lex);
}
