/* fuzz-report.c: libFuzzer target for the whole `crosscheck report` path
 * on one text document: reading, extraction, grouping, reconciliation and
 * both report formats.  The bytes are read from an in-memory file
 * (memfd_create, through /proc/self/fd) so that the analysis reads them
 * exactly as it reads a file.  A document the reader refuses ends the run
 * with an error, which must be set. */
#include "fuzz-memfile.h"
#include "crosscheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  int fd;
  g_autofree char *path = fuzz_memfile("fuzz.txt", data, size, &fd);
  const char *inputs[] = { path, NULL };
  g_autoptr(XcAnalysis) analysis = xc_analysis_new();
  g_autoptr(GError) error = NULL;
  if (xc_analysis_add_inputs(analysis, inputs, XC_INPUT_TEXT, FALSE, NULL, NULL, &error)) {
    xc_analysis_run(analysis);
    g_autoptr(GString) out = g_string_new(NULL);
    g_assert_true(xc_report_write(analysis, "text", out, NULL));
    g_assert_true(xc_report_write(analysis, "json", out, NULL));
  } else {
    g_assert_nonnull(error);
  }
  close(fd);
  return 0;
}
