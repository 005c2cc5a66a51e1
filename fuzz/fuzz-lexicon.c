/* fuzz-lexicon.c: libFuzzer target for lexicon files (--lexicon).
 *
 * Arbitrary bytes are added to a built-in lexicon: a malformed file must
 * be refused with an error naming a line, and leave the lexicon as it was,
 * which the target checks by looking up a built-in entry afterwards. */
#include "crosscheck.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static XcLexicon *builtin;
  if (!builtin)
    builtin = xc_lexicon_new_builtin();
  g_autoptr(XcLexicon) lex = xc_lexicon_new_builtin();
  g_autoptr(GError) error = NULL;
  gboolean ok = xc_lexicon_add_data(lex, "fuzz.tsv", (const char *)data, (gssize)size, &error);
  if (ok != (error == NULL))
    abort();
  if (!ok && g_strcmp0(xc_lexicon_lookup(lex, "concept", "troops", 6),
                       xc_lexicon_lookup(builtin, "concept", "troops", 6)) != 0)
    abort();
  return 0;
}
