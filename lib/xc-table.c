/* xc-table.c: reading tables of claims (see xc-table.h).
 *
 * The readers are small hand-written scanners: a CSV record may span lines
 * inside quotes, so lines cannot be split first, and a hand scan knows the
 * line each record starts on for the error message.  Strings go into one
 * GStringChunk (names interned), so a table of a million rows costs its
 * text plus one small struct a row. */
#include "xc-table.h"
#include "xc-error.h"

#include <stdio.h>
#include <jansson.h>
#include <string.h>

enum {
  COL_SKIP = -1,
  COL_SOURCE,
  COL_ITEM,
  COL_VALUE,
  COL_ATTRIBUTE,
  COL_UNIT,
  COL_AS_OF,
  N_COLS,
};

static const char *const col_names[N_COLS] = {
  "source", "item", "value", "attribute", "unit", "as_of",
};

/* Header names people use for the same column. */
static const struct {
  const char *alias;
  int col;
} col_aliases[] = {
  { "src", COL_SOURCE }, { "outlet", COL_SOURCE }, { "site", COL_SOURCE },
  { "object", COL_ITEM }, { "key", COL_ITEM }, { "entity", COL_ITEM },
  { "claim", COL_VALUE }, { "property", COL_ATTRIBUTE }, { "attr", COL_ATTRIBUTE },
  { "as-of", COL_AS_OF }, { "asof", COL_AS_OF }, { "date", COL_AS_OF },
};

struct _XcTable {
  GArray *rows;             /* XcTableRow */
  GStringChunk *strings;
  gboolean has_columns;     /* set by xc_table_set_columns(): no header */
  GArray *columns;          /* int, file order */
  char *keys[N_COLS];       /* JSON Lines key of each column */
};

XcTable *
xc_table_new(void)
{
  XcTable *t = g_new0(XcTable, 1);
  t->rows = g_array_new(FALSE, FALSE, sizeof(XcTableRow));
  t->strings = g_string_chunk_new(64 * 1024);
  t->columns = g_array_new(FALSE, FALSE, sizeof(int));
  for (int c = 0; c < N_COLS; c++)
    t->keys[c] = g_strdup(col_names[c]);
  return t;
}

void
xc_table_free(XcTable *t)
{
  if (!t)
    return;
  g_array_unref(t->rows);
  g_string_chunk_free(t->strings);
  g_array_unref(t->columns);
  for (int c = 0; c < N_COLS; c++)
    g_free(t->keys[c]);
  g_free(t);
}

gboolean
xc_table_format_from_string(const char *name, XcTableFormat *out)
{
  static const char *const names[] = { "auto", "csv", "tsv", "jsonl" };
  for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
    if (name && g_ascii_strcasecmp(name, names[i]) == 0) {
      *out = (XcTableFormat)i;
      return TRUE;
    }
  }
  return FALSE;
}

/* The column a header name means, COL_SKIP for one it does not know. */
static int
column_of_name(const char *name)
{
  g_autofree char *n = g_ascii_strdown(name, -1);
  g_strstrip(n);
  for (int c = 0; c < N_COLS; c++)
    if (g_str_equal(n, col_names[c]))
      return c;
  for (guint i = 0; i < G_N_ELEMENTS(col_aliases); i++)
    if (g_str_equal(n, col_aliases[i].alias))
      return col_aliases[i].col;
  return COL_SKIP;
}

gboolean
xc_table_set_columns(XcTable *t, const char *spec, GError **error)
{
  g_return_val_if_fail(t != NULL && spec != NULL, FALSE);
  g_auto(GStrv) names = g_strsplit(spec, ",", -1);
  g_autoptr(GArray) cols = g_array_new(FALSE, FALSE, sizeof(int));
  gboolean seen[N_COLS] = { FALSE };
  char *keys[N_COLS] = { NULL };
  gboolean ok = TRUE;
  for (guint i = 0; names[i] && ok; i++) {
    char *name = g_strstrip(names[i]);
    int c = COL_SKIP;
    if (*name && !g_str_equal(name, "-")) {
      char *eq = strchr(name, '=');
      if (eq)
        *eq = '\0';
      g_autofree char *lower = g_ascii_strdown(name, -1);
      for (int k = 0; k < N_COLS; k++)
        if (g_str_equal(lower, col_names[k]))
          c = k;
      if (c == COL_SKIP) {
        g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                    "--columns: unknown column '%s' (use source, item, value, "
                    "attribute, unit, as_of, or - to skip one)", name);
        ok = FALSE;
      } else if (seen[c]) {
        g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                    "--columns: column '%s' is named twice", col_names[c]);
        ok = FALSE;
      } else {
        seen[c] = TRUE;
        keys[c] = g_strdup(eq && eq[1] ? eq + 1 : col_names[c]);
      }
    }
    g_array_append_val(cols, c);
  }
  if (ok && !(seen[COL_SOURCE] && seen[COL_ITEM] && seen[COL_VALUE])) {
    g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                "--columns: '%s' must name source, item and value", spec);
    ok = FALSE;
  }
  if (!ok) {
    for (int c = 0; c < N_COLS; c++)
      g_free(keys[c]);
    return FALSE;
  }
  for (int c = 0; c < N_COLS; c++) {
    if (keys[c]) {
      g_free(t->keys[c]);
      t->keys[c] = keys[c];
    }
  }
  g_array_set_size(t->columns, 0);
  g_array_append_vals(t->columns, cols->data, cols->len);
  t->has_columns = TRUE;
  return TRUE;
}

static const char *
intern(XcTable *t, const char *s)
{
  return s && *s ? g_string_chunk_insert_const(t->strings, s) : NULL;
}

static void
add_row(XcTable *t, const char *f[N_COLS], const char *file, guint line)
{
  XcTableRow r = {
    .source = intern(t, f[COL_SOURCE]),
    .item = intern(t, f[COL_ITEM]),
    .attribute = intern(t, f[COL_ATTRIBUTE]),
    .value = g_string_chunk_insert(t->strings, f[COL_VALUE]),
    .unit = intern(t, f[COL_UNIT]),
    .as_of = f[COL_AS_OF] && *f[COL_AS_OF] ? g_string_chunk_insert(t->strings, f[COL_AS_OF]) : NULL,
    .file = file,
    .line = line,
  };
  g_array_append_val(t->rows, r);
}

void
xc_table_add(XcTable *t, const char *source, const char *item,
             const char *attribute, const char *value, const char *unit,
             const char *as_of)
{
  g_return_if_fail(t != NULL && source != NULL && item != NULL);
  if (!value || !*value)
    return;
  const char *f[N_COLS] = { source, item, value, attribute, unit, as_of };
  add_row(t, f, NULL, 0);
}

guint
xc_table_get_n_rows(const XcTable *t)
{
  return t->rows->len;
}

const XcTableRow *
xc_table_get_row(const XcTable *t, guint index)
{
  g_return_val_if_fail(index < t->rows->len, NULL);
  return &g_array_index(t->rows, XcTableRow, index);
}

/* Checks one row's fields and adds it; FALSE with @error naming file:line. */
static gboolean
take_row(XcTable *t, const char *f[N_COLS], const char *file, guint line, GError **error)
{
  for (int c = 0; c < N_COLS; c++) {
    if (f[c] && !g_utf8_validate(f[c], -1, NULL)) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: the %s is not valid UTF-8 (convert the file to UTF-8)",
                  file, line, col_names[c]);
      return FALSE;
    }
  }
  for (int c = COL_SOURCE; c <= COL_ITEM; c++) {
    if (!f[c] || !*g_strstrip((char *)f[c])) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: the %s is empty (every row needs a source, an item and a value)",
                  file, line, col_names[c]);
      return FALSE;
    }
  }
  if (!f[COL_VALUE] || !*f[COL_VALUE])
    return TRUE;   /* the source gives no value for this item */
  add_row(t, f, file, line);
  return TRUE;
}

/* Splits the next record of delimited data at *@pos into @fields; CSV
 * quotes may hold separators, quotes ("") and line breaks.  Advances *@pos
 * and *@line past it.  Returns FALSE with @error on a quoting fault. */
static gboolean
next_record(const char *data, gsize len, gsize *pos, guint *line, char sep,
            gboolean quotes, const char *file, GPtrArray *fields, GError **error)
{
  g_ptr_array_set_size(fields, 0);
  GString *f = g_string_new(NULL);
  gsize i = *pos;
  guint start_line = *line;
  for (;;) {
    if (quotes && i < len && data[i] == '"' && f->len == 0) {
      guint qline = *line;
      i++;
      for (;;) {
        if (i >= len) {
          g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                      "%s:%u: a quoted field is never closed (a stray '\"'? double it "
                      "as \"\" inside a quoted field)", file, qline);
          g_string_free(f, TRUE);
          return FALSE;
        }
        if (data[i] == '"') {
          if (i + 1 < len && data[i + 1] == '"') {
            g_string_append_c(f, '"');
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (data[i] == '\n')
          (*line)++;
        g_string_append_c(f, data[i++]);
      }
      if (i < len && data[i] != sep && data[i] != '\n' && data[i] != '\r') {
        g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                    "%s:%u: text after the closing quote of a field (quote the whole "
                    "field, and double any quote inside it)", file, *line);
        g_string_free(f, TRUE);
        return FALSE;
      }
      continue;
    }
    if (i >= len || data[i] == '\n' || data[i] == '\r') {
      g_ptr_array_add(fields, g_string_free(f, FALSE));
      if (i < len && data[i] == '\r')
        i++;
      if (i < len && data[i] == '\n')
        i++;
      (*line)++;
      break;
    }
    if (data[i] == sep) {
      g_ptr_array_add(fields, g_string_free(f, FALSE));
      f = g_string_new(NULL);
      i++;
      continue;
    }
    if (quotes && data[i] == '"') {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: a '\"' inside an unquoted field (quote the field and "
                  "double the quote)", file, *line);
      g_string_free(f, TRUE);
      return FALSE;
    }
    g_string_append_c(f, data[i++]);
  }
  (void)start_line;
  *pos = i;
  return TRUE;
}

static gboolean
read_delimited(XcTable *t, const char *file, const char *data, gsize len,
               char sep, gboolean quotes, GError **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GArray) cols = g_array_new(FALSE, FALSE, sizeof(int));
  gboolean have_header = t->has_columns;
  if (t->has_columns)
    g_array_append_vals(cols, t->columns->data, t->columns->len);
  gsize pos = 0;
  guint line = 1;
  if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
    pos = 3;   /* a byte-order mark from a spreadsheet */
  while (pos < len) {
    guint rec_line = line;
    if (!next_record(data, len, &pos, &line, sep, quotes, file, fields, error))
      return FALSE;
    if (fields->len == 1 && !*(char *)g_ptr_array_index(fields, 0))
      continue;   /* a blank line */
    if (!have_header) {
      gboolean seen[N_COLS] = { FALSE };
      for (guint i = 0; i < fields->len; i++) {
        int c = column_of_name(g_ptr_array_index(fields, i));
        if (c != COL_SKIP && seen[c])
          c = COL_SKIP;
        if (c != COL_SKIP)
          seen[c] = TRUE;
        g_array_append_val(cols, c);
      }
      for (int c = COL_SOURCE; c <= COL_VALUE; c++) {
        if (!seen[c]) {
          g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                      "%s:%u: the header has no '%s' column (name the columns in a "
                      "header line or with --columns)", file, rec_line, col_names[c]);
          return FALSE;
        }
      }
      have_header = TRUE;
      continue;
    }
    if (fields->len != cols->len) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: %u field%s where %u column%s named (a missing or extra "
                  "separator%s?)", file, rec_line, fields->len, fields->len == 1 ? "" : "s",
                  cols->len, cols->len == 1 ? " is" : "s are",
                  quotes ? ", or an unquoted comma in a value" : "");
      return FALSE;
    }
    const char *f[N_COLS] = { NULL };
    for (guint i = 0; i < cols->len; i++) {
      int c = g_array_index(cols, int, i);
      if (c != COL_SKIP)
        f[c] = g_ptr_array_index(fields, i);
    }
    if (!take_row(t, f, file, rec_line, error))
      return FALSE;
  }
  return TRUE;
}

/* The text of a JSON scalar; NULL for null, objects and arrays. */
static char *
json_scalar_text(json_t *v)
{
  if (json_is_string(v))
    return g_strdup(json_string_value(v));
  if (json_is_integer(v))
    return g_strdup_printf("%" JSON_INTEGER_FORMAT, json_integer_value(v));
  if (json_is_real(v)) {
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    return g_strdup(g_ascii_formatd(buf, sizeof buf, "%.17g", json_real_value(v)));
  }
  if (json_is_boolean(v))
    return g_strdup(json_is_true(v) ? "true" : "false");
  return NULL;
}

static gboolean
read_jsonl(XcTable *t, const char *file, const char *data, gsize len, GError **error)
{
  gsize pos = 0;
  guint line = 0;
  while (pos < len) {
    line++;
    const char *nl = memchr(data + pos, '\n', len - pos);
    gsize end = nl ? (gsize)(nl - data) : len;
    const char *s = data + pos;
    gsize n = end - pos;
    pos = nl ? end + 1 : len;
    while (n && g_ascii_isspace(s[n - 1]))
      n--;
    while (n && g_ascii_isspace(*s)) {
      s++;
      n--;
    }
    if (!n)
      continue;
    json_error_t jerr;
    json_t *o = json_loadb(s, n, 0, &jerr);
    if (!o) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: malformed JSON at column %d: %s", file, line, jerr.column, jerr.text);
      return FALSE;
    }
    if (!json_is_object(o)) {
      json_decref(o);
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: a line must be one JSON object with \"%s\", \"%s\" and \"%s\"",
                  file, line, t->keys[COL_SOURCE], t->keys[COL_ITEM], t->keys[COL_VALUE]);
      return FALSE;
    }
    char *text[N_COLS] = { NULL };
    gboolean ok = TRUE;
    for (int c = 0; c < N_COLS && ok; c++) {
      json_t *v = json_object_get(o, t->keys[c]);
      if (!v && c <= COL_VALUE) {
        g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                    "%s:%u: the object has no \"%s\" key", file, line, t->keys[c]);
        ok = FALSE;
      } else if (v && (json_is_object(v) || json_is_array(v))) {
        g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                    "%s:%u: \"%s\" must be a string or a number", file, line, t->keys[c]);
        ok = FALSE;
      } else if (v) {
        text[c] = json_scalar_text(v);
      }
    }
    json_decref(o);
    if (ok)
      ok = take_row(t, (const char **)text, file, line, error);
    for (int c = 0; c < N_COLS; c++)
      g_free(text[c]);
    if (!ok)
      return FALSE;
  }
  return TRUE;
}

static XcTableFormat
format_of_name(const char *name)
{
  g_autofree char *lower = g_ascii_strdown(name, -1);
  if (g_str_has_suffix(lower, ".jsonl") || g_str_has_suffix(lower, ".ndjson"))
    return XC_TABLE_JSONL;
  if (g_str_has_suffix(lower, ".tsv") || g_str_has_suffix(lower, ".tab")
      || g_str_has_suffix(lower, ".txt"))
    return XC_TABLE_TSV;
  return XC_TABLE_CSV;
}

gboolean
xc_table_read_data(XcTable *t, const char *name, const char *data, gssize len,
                   XcTableFormat format, GError **error)
{
  g_return_val_if_fail(t != NULL && name != NULL && data != NULL, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
  gsize n = len < 0 ? strlen(data) : (gsize)len;
  if (memchr(data, '\0', n)) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s: holds NUL bytes: not a text table", name);
    return FALSE;
  }
  if (format == XC_TABLE_AUTO)
    format = format_of_name(name);
  const char *file = g_string_chunk_insert_const(t->strings, name);
  switch (format) {
  case XC_TABLE_JSONL:
    return read_jsonl(t, file, data, n, error);
  case XC_TABLE_TSV:
    return read_delimited(t, file, data, n, '\t', FALSE, error);
  case XC_TABLE_CSV:
  case XC_TABLE_AUTO:
  default:
    return read_delimited(t, file, data, n, ',', TRUE, error);
  }
}

gboolean
xc_table_read_file(XcTable *t, const char *path, XcTableFormat format, GError **error)
{
  g_return_val_if_fail(t != NULL && path != NULL, FALSE);
  g_autofree char *data = NULL;
  gsize len = 0;
  if (g_str_equal(path, "-")) {
    GString *buf = g_string_new(NULL);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0)
      g_string_append_len(buf, chunk, (gssize)got);
    if (ferror(stdin)) {
      g_string_free(buf, TRUE);
      g_set_error(error, XC_ERROR, XC_ERROR_IO, "standard input could not be read");
      return FALSE;
    }
    len = buf->len;
    data = g_string_free(buf, FALSE);
    return xc_table_read_data(t, "stdin", data, (gssize)len,
                              format == XC_TABLE_AUTO ? XC_TABLE_CSV : format, error);
  }
  GError *local = NULL;
  if (!g_file_get_contents(path, &data, &len, &local)) {
    g_set_error(error, XC_ERROR, XC_ERROR_IO, "%s", local->message);
    g_error_free(local);
    return FALSE;
  }
  return xc_table_read_data(t, path, data, (gssize)len, format, error);
}
