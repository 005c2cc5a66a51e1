/* xc-lexicon.c: lexicons (see xc-lexicon.h).
 *
 * One hash table for all sections, keyed "section\tterm" in lower case:
 * lookups are a single hash probe, and grouping makes several for every
 * word near a figure.  The built-in files are compiled in as a GResource
 * so the library works wherever it is, installed or not. */
#include "xc-lexicon.h"
#include "xc-error.h"
#include "xc-lexicon-resources.h"

#include <gio/gio.h>
#include <string.h>

struct _XcLexicon {
  gint refs;
  GHashTable *entries;   /* "section\tterm" -> value, owned */
};

static const char *const sections[] = {
  "concept", "actor", "event", "event-label", "speech", "title", "part",
  "ordinal", "fixed", "related", "victims", "unmarked", NULL,
};

static XcLexicon *
lexicon_new(void)
{
  XcLexicon *lex = g_new0(XcLexicon, 1);
  lex->refs = 1;
  lex->entries = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  return lex;
}

static char *
make_key(const char *section, const char *term, gsize len)
{
  g_autofree char *lower = g_utf8_strdown(term, (gssize)len);
  return g_strconcat(section, "\t", lower, NULL);
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
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func(g_free);
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
                           "related, victims or unmarked)" :
                  "empty term or value");
      g_strfreev(f);
      return FALSE;
    }
    g_ptr_array_add(pending, make_key(f[0], f[1], strlen(f[1])));
    g_ptr_array_add(pending, g_strdup(f[2]));
    g_strfreev(f);
  }
  for (guint i = 0; i < pending->len; i += 2)
    g_hash_table_replace(lex->entries, g_steal_pointer(&pending->pdata[i]),
                         g_steal_pointer(&pending->pdata[i + 1]));
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

const char *
xc_lexicon_lookup(const XcLexicon *lex, const char *section, const char *term,
                  gsize len)
{
  g_return_val_if_fail(lex != NULL && section != NULL && term != NULL, NULL);
  char buf[128];
  gsize sl = strlen(section);
  if (sl + 1 + len < sizeof buf) {
    /* the common case without allocation: ASCII lower-casing in place */
    gboolean ascii = TRUE;
    memcpy(buf, section, sl);
    buf[sl] = '\t';
    for (gsize i = 0; i < len; i++) {
      ascii = ascii && (guchar)term[i] < 0x80;
      buf[sl + 1 + i] = g_ascii_tolower(term[i]);
    }
    buf[sl + 1 + len] = '\0';
    if (ascii)
      return g_hash_table_lookup(lex->entries, buf);
  }
  g_autofree char *key = make_key(section, term, len);
  return g_hash_table_lookup(lex->entries, key);
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
  g_hash_table_unref(lex->entries);
  g_free(lex);
}
