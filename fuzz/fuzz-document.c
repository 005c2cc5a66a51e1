/* fuzz-document.c: libFuzzer target for reading a text document.
 *
 * Arbitrary bytes go to xc_document_new_from_text(), with and without
 * reading the header lines (headline, masthead, dateline), and every
 * accepted document has its positions looked up, as reports do.  Beyond
 * "no crash, no leak, no undefined behaviour" it checks the contract the
 * later stages rely on: a NULL return sets an error, and the header's byte
 * ranges lie inside the text. */
#include "crosscheck.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  for (int read_header = 0; read_header <= 1; read_header++) {
    g_autoptr(GError) error = NULL;
    g_autoptr(XcDocument) doc = xc_document_new_from_text("fuzz.txt", "fuzz.txt",
                                                          (const char *)data,
                                                          (gssize)size, read_header,
                                                          &error);
    if (!doc) {
      g_assert_nonnull(error);
      continue;
    }
    g_assert_null(error);
    g_assert_cmpuint(doc->len, ==, size);
    g_assert_cmpuint(doc->title_start, <=, doc->title_end);
    g_assert_cmpuint(doc->title_end, <=, doc->len);
    g_assert_cmpuint(doc->header_end, <=, doc->len);
    guint line = 0, col = 0, last_line = 1;
    /* ascending offsets, as reports ask for them */
    for (gsize off = 0; off <= doc->len; off += 1 + doc->len / 16) {
      xc_document_get_position(doc, off, &line, &col);
      g_assert_cmpuint(line, >=, last_line);
      g_assert_cmpuint(col, >=, 1);
      last_line = line;
    }
    xc_document_get_position(doc, doc->len, &line, &col);
  }
  return 0;
}
