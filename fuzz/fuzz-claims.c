/* fuzz-claims.c: libFuzzer target for claims files (--claims).
 *
 * The claims reader reads from a path, so the bytes go through an
 * anonymous in-memory file, as in fuzz-jsonl.c.  A file that loads is then
 * used: a small document is grouped against its rules, so a rule that
 * loads but cannot be matched safely shows up here. */
#include "fuzz-memfile.h"
#include "crosscheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  int fd;
  g_autofree char *path = fuzz_memfile("fuzz-claims.json", data, size, &fd);
  g_autoptr(XcClaimSet) set = xc_claim_set_new();
  g_autoptr(GError) error = NULL;
  gboolean ok = xc_claim_set_add_rules_file(set, path, &error);
  if (ok != (error == NULL))
    abort();
  if (ok) {
    g_autoptr(XcDocument) doc = xc_document_new_from_text(
      "d", "d.txt", "Officials said 10,000 North Korean troops were sent to Kursk "
      "on October 4, 2024, and 20 soldiers were killed.", -1, FALSE, NULL);
    g_autoptr(GPtrArray) mentions = xc_extract_document(doc, 0);
    xc_claim_set_add_document(set, mentions);
    xc_reconcile_claims(set);
  }
  close(fd);
  return 0;
}
