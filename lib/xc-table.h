/* xc-table.h: tables of claims: who says what about which item.
 *
 * A table row is one claim: a source (an outlet, a website, an editor)
 * gives a value for an item (the claim key: a flight, a city, a book),
 * optionally for one attribute of it, in a unit, as of a day.  Tables come
 * from CSV (RFC 4180 quoting), TSV (tab-separated, no quoting) or JSON
 * Lines (one object a row); their columns are named by a header line or
 * by xc_table_set_columns().  Values stay raw text here: normalizing them
 * is the engine's job (xc-normalize.h, xc-truth.h).
 *
 * Ownership: a table owns its strings; rows and their fields are borrowed
 * (transfer none) and live as long as the table. */
#pragma once

#include <glib.h>
#include "xc-version.h"

G_BEGIN_DECLS

/** XcTableFormat: how a table file is read. */
typedef enum {
  XC_TABLE_AUTO,   /* by name: ".tsv"/".tab"/".txt" TSV, ".jsonl"/".ndjson" JSON Lines, else CSV */
  XC_TABLE_CSV,
  XC_TABLE_TSV,
  XC_TABLE_JSONL,
} XcTableFormat;

/**
 * XcTableRow:
 * @source: who gives the value.
 * @item: what the value is about (the claim key).
 * @attribute: (nullable): which property of @item.
 * @value: the value as written.
 * @unit: (nullable): its unit.
 * @as_of: (nullable): the day it speaks of, as written.
 * @file: (nullable): where the row was read.
 * @line: its line there (1-based; 0 for rows added by program).
 */
typedef struct {
  const char *source;
  const char *item;
  const char *attribute;
  const char *value;
  const char *unit;
  const char *as_of;
  const char *file;
  guint line;
} XcTableRow;

typedef struct _XcTable XcTable;

/** xc_table_new: Returns: (transfer full): an empty table. */
XC_API XcTable *xc_table_new(void);

/** xc_table_format_from_string: "auto", "csv", "tsv" or "jsonl"; FALSE otherwise. */
XC_API gboolean xc_table_format_from_string(const char *name, XcTableFormat *out);

/**
 * xc_table_set_columns:
 * @spec: column names in file order, separated by commas: "source",
 *   "item", "value", "attribute", "unit", "as_of"; "-" or an empty name
 *   skips a column.  For JSON Lines a name may map a key:
 *   "source=site" reads the row's source from key "site".
 *
 * Files read afterwards have no header line.  Returns: FALSE with @error
 * set (XC_ERROR_USAGE) for an unknown name, a repeated one, or a spec
 * without source, item and value.
 */
XC_API gboolean xc_table_set_columns(XcTable *table, const char *spec, GError **error);

/**
 * xc_table_read_file:
 * @path: a file, or "-" for standard input.
 *
 * Appends the rows of @path.  Rows whose value is empty are skipped: the
 * source gives no value there.  Returns: FALSE with @error set when the
 * file cannot be read (XC_ERROR_IO) or a row is malformed
 * (XC_ERROR_INVALID_INPUT, the message names file:line and the fault); the
 * rows before the bad one are kept.
 */
XC_API gboolean xc_table_read_file(XcTable *table, const char *path,
                                   XcTableFormat format, GError **error);

/**
 * xc_table_read_data:
 * @name: the name errors give for the data.
 * @len: bytes of @data, or -1 when it ends with a NUL.
 * Like xc_table_read_file() for data in memory (XC_TABLE_AUTO decides by
 * @name).
 */
XC_API gboolean xc_table_read_data(XcTable *table, const char *name,
                                   const char *data, gssize len,
                                   XcTableFormat format, GError **error);

/**
 * xc_table_add:
 * Appends one row (strings are copied).  @attribute, @unit and @as_of may
 * be NULL.  A NULL or empty @value adds nothing.
 */
XC_API void xc_table_add(XcTable *table, const char *source, const char *item,
                         const char *attribute, const char *value,
                         const char *unit, const char *as_of);

/** xc_table_get_n_rows: the number of rows. */
XC_API guint xc_table_get_n_rows(const XcTable *table);

/** xc_table_get_row: Returns: (transfer none): row @index. */
XC_API const XcTableRow *xc_table_get_row(const XcTable *table, guint index);

/** xc_table_free: NULL is fine. */
XC_API void xc_table_free(XcTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcTable, xc_table_free)

G_END_DECLS
