/* fuzz-claims.c: libFuzzer target for claims files (--claims).
 *
 * The claims reader reads from a path, so the bytes go through an
 * anonymous in-memory file, as in fuzz-jsonl.c.  A file that loads is then
 * used: a small document is grouped against its rules, so a rule that
 * loads but cannot be matched safely shows up here. */
#define _GNU_SOURCE
#include "crosscheck.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  int fd = memfd_create("fuzz-claims.json", MFD_CLOEXEC);
  if (fd < 0)
    abort();
  for (size_t done = 0; done < size;) {
    ssize_t n = write(fd, data + done, size - done);
    if (n <= 0)
      abort();
    done += (size_t)n;
  }
  g_autofree char *path = g_strdup_printf("/proc/self/fd/%d", fd);
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
