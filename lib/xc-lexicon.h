/* xc-lexicon.h: the words grouping reads statements with.
 *
 * A lexicon maps words to what they mean for grouping, section by
 * section: "concept" (the head noun a figure counts: troops -> military
 * personnel), "actor" (North Korean -> North Korea), "event" (killed,
 * evacuated), "event-label" (how a label names an event), "speech" (verbs
 * that attribute: said, reported), "title" (words of a title before a
 * name: minister), "part" (nouns naming part of a whole: unit, batch),
 * "ordinal" (first, second, additional), "fixed" (concepts whose count
 * does not depend on the event: firefighters), "related" (concepts close
 * to another but unequal, comma-separated: casualties -> deaths,injured),
 * "speaker" (nouns ending the name of an organization or role quoted as a
 * source: ministry, spokesperson).
 *
 * The built-in lexicon lives in the .tsv files of data/lexicon, compiled into the
 * library; users add their own files with the same format (see
 * docs/lexicon.md): one entry a line, SECTION<TAB>TERM<TAB>VALUE, '#'
 * comments, terms matched without case.  A later entry for the same
 * section and term replaces an earlier one.
 *
 * Ownership: xc_lexicon_lookup() returns strings owned by the lexicon,
 * valid as long as it lives, even after a later entry replaces them. */
#pragma once

#include <glib.h>
#include "xc-version.h"

G_BEGIN_DECLS

typedef struct _XcLexicon XcLexicon;

/**
 * xc_lexicon_new_builtin:
 * Returns: (transfer full): the built-in lexicon.
 */
XC_API XcLexicon *xc_lexicon_new_builtin(void);

/**
 * xc_lexicon_add_file:
 * Adds the entries of the lexicon file @path.
 * Returns: FALSE with @error set (XC_ERROR_IO, or XC_ERROR_INVALID_INPUT
 *   naming the file and line of a malformed entry); the lexicon is then
 *   unchanged.
 */
XC_API gboolean xc_lexicon_add_file(XcLexicon *lexicon, const char *path,
                                    GError **error);

/**
 * xc_lexicon_add_data:
 * Adds entries from @data (@len bytes, or -1 when NUL-terminated), naming
 * @where in messages.  Returns: FALSE with @error set as above.
 */
XC_API gboolean xc_lexicon_add_data(XcLexicon *lexicon, const char *where,
                                    const char *data, gssize len,
                                    GError **error);

/**
 * xc_lexicon_lookup:
 * @section: "concept", "actor", ...
 * @term: the word(s), @len bytes.
 * Returns: (transfer none) (nullable): the value, or NULL.
 */
XC_API const char *xc_lexicon_lookup(const XcLexicon *lexicon,
                                     const char *section, const char *term,
                                     gsize len);

/** xc_lexicon_ref: Returns: (transfer full): @lexicon. */
XC_API XcLexicon *xc_lexicon_ref(XcLexicon *lexicon);

/** xc_lexicon_unref: drops a reference; NULL is fine. */
XC_API void xc_lexicon_unref(XcLexicon *lexicon);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcLexicon, xc_lexicon_unref)

G_END_DECLS
