/* fuzz-jsonl.c: libFuzzer target for the JSON Lines reader.
 *
 * The reader only reads from paths, so the bytes are put in an anonymous
 * in-memory file (memfd_create) and read back through /proc/self/fd: the
 * same code path as a .jsonl file on disk, with no file left behind and
 * nothing added to the library's API.  Every document the reader hands out
 * is walked to its end; after a bad line the reader must move on (a reader
 * stuck on one line shows up as a libFuzzer timeout), and every FALSE
 * return either ends the input or carries an error. */
#include "fuzz-memfile.h"
#include "crosscheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  int fd;
  g_autofree char *path = fuzz_memfile("fuzz.jsonl", data, size, &fd);
  const char *inputs[] = { path, NULL };
  g_autoptr(XcReader) reader = xc_reader_new(inputs, XC_INPUT_JSONL);
  /* a line at least a byte long per document or error, plus the end */
  for (size_t steps = 0; steps <= size + 1; steps++) {
    g_autoptr(XcDocument) doc = NULL;
    g_autoptr(GError) error = NULL;
    if (xc_reader_next(reader, &doc, &error)) {
      g_assert_nonnull(doc);
      g_assert_cmpuint(doc->header_end, <=, doc->len);
      continue;
    }
    g_assert_null(doc);
    if (!error)
      break;
  }
  close(fd);
  return 0;
}
