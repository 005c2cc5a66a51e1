/* xc-lexicon-private.h: a term's values in every section at once, for
 * grouping, which reads each word of a sentence once and then asks about
 * several sections.  Not installed.
 *
 * Ownership: entries belong to the lexicon and live as long as it; a
 * value lives until an entry for the same section and term replaces it. */
#pragma once

#include "xc-lexicon.h"

/* The sections of xc-lexicon.h, as indexes. */
typedef enum {
  XC_LEXICON_CONCEPT,
  XC_LEXICON_ACTOR,
  XC_LEXICON_EVENT,
  XC_LEXICON_EVENT_LABEL,
  XC_LEXICON_SPEECH,
  XC_LEXICON_TITLE,
  XC_LEXICON_PART,
  XC_LEXICON_ORDINAL,
  XC_LEXICON_FIXED,
  XC_LEXICON_RELATED,
  XC_LEXICON_VICTIMS,
  XC_LEXICON_UNMARKED,
  XC_LEXICON_SPEAKER,
  XC_LEXICON_N_SECTIONS
} XcLexiconSection;

/* What a term means in each section (NULL where it has no entry), and
 * whether it is the first word of a longer term ("north" of "north
 * korea"): a word that is not can be looked up alone. */
typedef struct {
  /* interned in the lexicon: a value stays valid, even once a later file
   * replaces it, for as long as the lexicon lives */
  const char *value[XC_LEXICON_N_SECTIONS];
  gboolean starts_phrase;
} XcLexiconTerm;

/* The entry of @term (@len bytes, matched without case), or NULL when the
 * lexicon knows the term in no section and no longer term starts with
 * it.  (transfer none) */
const XcLexiconTerm *xc_lexicon_lookup_term(const XcLexicon *lexicon,
                                            const char *term, gsize len);

/* The index of section @name ("concept", ...), or XC_LEXICON_N_SECTIONS
 * for a name that is not one. */
XcLexiconSection xc_lexicon_section_from_name(const char *name);
