/* fuzz-extract.c: libFuzzer target for the extractor.
 *
 * Arbitrary bytes that pass document validation (UTF-8, no NUL, not empty)
 * go through xc_extract_document() against a fixed reference day, and the
 * figures are written in both extract formats, as `crosscheck extract`
 * does.  Checked beyond memory safety: every figure's byte range lies in
 * the text and is not empty, and its interval is not reversed. */
#include "crosscheck.h"

#include <math.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  g_autoptr(XcDocument) doc = xc_document_new_from_text("fuzz.txt", "fuzz.txt",
                                                        (const char *)data,
                                                        (gssize)size, TRUE, NULL);
  if (!doc)
    return 0;
  g_autoptr(GPtrArray) mentions = xc_extract_document(doc, xc_date_from_ymd(2024, 11, 20));
  for (guint i = 0; i < mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(mentions, i);
    g_assert_true(m->doc == doc);
    g_assert_cmpuint(m->start, <, m->end);
    g_assert_cmpuint(m->end, <=, doc->len);
    g_assert_cmpuint(m->n_stated, <=, XC_MENTION_MAX_STATED);
    g_assert_true(isnan(m->low) || isnan(m->high) || m->low <= m->high);
    (void)xc_mention_is_counted(m);
  }
  g_autoptr(GString) out = g_string_new(NULL);
  g_assert_true(xc_mentions_write(mentions, "jsonl", out, NULL));
  g_assert_true(xc_mentions_write(mentions, "text", out, NULL));
  return 0;
}
