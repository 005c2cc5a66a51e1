/* xc-claims-private.h: what reconciliation and reports need of claims
 * beyond the public header.  Not installed. */
#pragma once

#include "xc-claims.h"

typedef struct _XcStatementPriv XcStatementPriv;

/* The day relative dates resolve against where a document has none. */
void xc_claim_set_set_fallback_day(XcClaimSet *set, guint32 day);

/* The claims, for stages that reorder them. (transfer none) */
GPtrArray *xc_claim_set_get_claims(XcClaimSet *set);

void xc_claim_free(XcClaim *claim);

/* A readable label built from the first statement's parts.
 * (transfer full) */
char *xc_claim_make_label(const XcClaim *claim);

/* The normalized event and actor a statement was read with. (nullable) */
const char *xc_statement_get_event(const XcStatement *st);
const char *xc_statement_get_actor(const XcStatement *st);

/* Whether the statement is the X of "dropped from X to Y": a value the
 * quantity had before the one stated with it, shown but not counted. */
gboolean xc_statement_is_earlier(const XcStatement *st);

/* A hash of the statement's sentence, white space runs made one: equal
 * for a sentence copied from one document to another. */
guint64 xc_statement_get_sentence_hash(const XcStatement *st);

/* Share of content words two statements' sentences have in common, 0..1:
 * near 1 for a copied sentence, even a lightly edited one. */
double xc_statement_similarity(const XcStatement *a, const XcStatement *b);

/* Whether two statements name the same speaker (both named): their
 * attributed_to equal once case and transliteration are folded
 * ("Zelenskyy", "Zelenskiy" and "Zelensky" are one). */
gboolean xc_statement_same_speaker(const XcStatement *a, const XcStatement *b);

/* Links each count claim to the claims of its lexicon-related concepts
 * (casualties and deaths) with the same actor, event and scope. */
void xc_claim_set_link_related(XcClaimSet *set);

/* Replaces the set's outlet records. @outlets: (element-type XcOutlet)
 * (transfer full), sorted as xc_claim_set_get_outlet() returns them. */
void xc_claim_set_take_outlets(XcClaimSet *set, GArray *outlets);

/* Asks the processor for the statements of @claim, and their mentions,
 * before a loop reads them: they lie anywhere in memory (a claim gathers
 * statements from the whole run), and a loop that reads them one by one
 * waits for one cache miss after another instead of having them all in
 * flight together.  A hint only: nothing is read that the loop would
 * not. */
static inline void
xc_claim_prefetch_statements(const XcClaim *claim)
{
#if defined(__GNUC__)
  GPtrArray *sts = claim->statements;
  for (guint i = 0; i < sts->len; i++) {
    /* a statement spans two cache lines */
    __builtin_prefetch(sts->pdata[i]);
    __builtin_prefetch((const char *)sts->pdata[i] + 64);
  }
  for (guint i = 0; i < sts->len; i++)
    __builtin_prefetch(((const XcStatement *)sts->pdata[i])->mention);
#else
  (void)claim;
#endif
}

/* For a loop over @claims now at claim @i: asks for what the next few
 * claims will read, one step of the chain further for each claim ahead
 * (claim, its statements array, that array's data, the statements), since
 * each step needs the pointer the one before fetched.  A hint, like
 * xc_claim_prefetch_statements(). */
static inline void
xc_claims_prefetch_ahead(const GPtrArray *claims, guint i)
{
#if defined(__GNUC__)
  const XcClaim *const *c = (const XcClaim *const *)claims->pdata;
  if (i + 4 < claims->len)
    __builtin_prefetch(c[i + 4]);
  if (i + 3 < claims->len)
    __builtin_prefetch(c[i + 3]->statements);
  if (i + 2 < claims->len && c[i + 2]->statements->pdata) {
    __builtin_prefetch(c[i + 2]->statements->pdata);
    __builtin_prefetch((const char *)c[i + 2]->statements->pdata + 64);
  }
  if (i + 1 < claims->len) {
    const GPtrArray *sts = c[i + 1]->statements;
    for (guint k = 0; k < sts->len; k++) {
      __builtin_prefetch(sts->pdata[k]);
      __builtin_prefetch((const char *)sts->pdata[k] + 64);
    }
  }
#else
  (void)claims;
  (void)i;
#endif
}
