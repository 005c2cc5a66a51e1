/* fuzz-table.c: libFuzzer target for the tables `crosscheck reconcile`
 * reads (CSV, TSV, JSON Lines).
 *
 * The first byte picks the format, the rest is the table.  A table that
 * reads is reconciled, so the normalizers and the engine see every row the
 * reader accepts. */
#include "crosscheck.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (size < 1)
    return 0;
  static const XcTableFormat formats[] = { XC_TABLE_CSV, XC_TABLE_TSV, XC_TABLE_JSONL };
  XcTableFormat format = formats[data[0] % G_N_ELEMENTS(formats)];
  XcTable *table = xc_table_new();
  g_autoptr(GError) error = NULL;
  gboolean ok = xc_table_read_data(table, "fuzz", (const char *)data + 1,
                                   (gssize)(size - 1), format, &error);
  if (ok != (error == NULL))
    abort();
  if (ok) {
    XcTruth *truth = xc_truth_new();
    xc_truth_add_table(truth, table);
    xc_truth_run(truth);
    xc_truth_free(truth);
  }
  xc_table_free(table);
  return 0;
}
