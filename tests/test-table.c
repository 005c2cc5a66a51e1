/* test-table.c: reading claim tables from CSV, TSV and JSON Lines, and the
 * errors a malformed row gives (each names file:line). */
#include "xc-test.h"

#include <string.h>

static XcTable *
read_ok(const char *name, const char *data, XcTableFormat format, const char *columns)
{
  XcTable *t = xc_table_new();
  GError *error = NULL;
  if (columns)
    ck_assert_msg(xc_table_set_columns(t, columns, &error), "%s", error ? error->message : "");
  ck_assert_msg(xc_table_read_data(t, name, data, -1, format, &error), "%s",
                error ? error->message : "");
  return t;
}

/* The message of reading @data, which must fail with @code. */
static char *
read_error(const char *name, const char *data, XcTableFormat format, const char *columns, int code)
{
  g_autoptr(XcTable) t = xc_table_new();
  GError *error = NULL;
  if (columns)
    ck_assert(xc_table_set_columns(t, columns, NULL));
  ck_assert(!xc_table_read_data(t, name, data, -1, format, &error));
  ck_assert_ptr_nonnull(error);
  ck_assert_int_eq(error->code, code);
  char *msg = g_strdup(error->message);
  g_error_free(error);
  return msg;
}

START_TEST(test_csv_with_header_reads_quoted_commas_quotes_and_line_breaks)
{
  const char *csv =
    "Source,Item,Value,Attribute\r\n"
    "Northstar Wire,\"fire, Alder County\",\"12,500\",acres\r\n"
    "KXRV,\"fire, Alder County\",\"about \"\"12k\"\"\",acres\r\n"
    "Herald,fire,\"two\nlines\",\r\n";
  g_autoptr(XcTable) t = read_ok("fires.csv", csv, XC_TABLE_AUTO, NULL);
  ck_assert_uint_eq(xc_table_get_n_rows(t), 3);
  const XcTableRow *r = xc_table_get_row(t, 0);
  ck_assert_str_eq(r->source, "Northstar Wire");
  ck_assert_str_eq(r->item, "fire, Alder County");
  ck_assert_str_eq(r->value, "12,500");
  ck_assert_str_eq(r->attribute, "acres");
  ck_assert_uint_eq(r->line, 2);
  ck_assert_str_eq(xc_table_get_row(t, 1)->value, "about \"12k\"");
  r = xc_table_get_row(t, 2);
  ck_assert_str_eq(r->value, "two\nlines");
  ck_assert_ptr_null(r->attribute);
  ck_assert_uint_eq(r->line, 4);
}
END_TEST

START_TEST(test_columns_option_reads_a_headerless_tsv_and_skips_columns)
{
  const char *tsv = "aa\tAA-1007-TPA-MIA\tignored title\t 16 \n"
                    "orbitz\tAA-1007-TPA-MIA\t\t\n"
                    "\n"
                    "ua\tUA-1\tx\tC4\n";
  g_autoptr(XcTable) t = read_ok("flights.txt", tsv, XC_TABLE_TSV, "source,item,-,value");
  /* the row with an empty value gives no claim */
  ck_assert_uint_eq(xc_table_get_n_rows(t), 2);
  ck_assert_str_eq(xc_table_get_row(t, 0)->value, " 16 ");
  ck_assert_str_eq(xc_table_get_row(t, 1)->source, "ua");
  ck_assert_uint_eq(xc_table_get_row(t, 1)->line, 4);
}
END_TEST

START_TEST(test_jsonl_rows_take_strings_and_numbers_and_mapped_keys)
{
  const char *jsonl =
    "{\"site\": \"a\", \"item\": \"x\", \"value\": 10, \"unit\": \"km\"}\n"
    "{\"site\": \"b\", \"item\": \"x\", \"value\": 2.5, \"as_of\": \"2025-06-11\"}\n"
    "{\"site\": \"c\", \"item\": \"x\", \"value\": null}\n";
  g_autoptr(XcTable) t = read_ok("x.jsonl", jsonl, XC_TABLE_AUTO,
                                 "source=site,item,value,unit,as_of");
  ck_assert_uint_eq(xc_table_get_n_rows(t), 2);
  ck_assert_str_eq(xc_table_get_row(t, 0)->value, "10");
  ck_assert_str_eq(xc_table_get_row(t, 0)->unit, "km");
  ck_assert_str_eq(xc_table_get_row(t, 1)->value, "2.5");
  ck_assert_str_eq(xc_table_get_row(t, 1)->as_of, "2025-06-11");
  ck_assert_uint_eq(xc_table_get_row(t, 1)->line, 2);
}
END_TEST

START_TEST(test_added_rows_copy_their_strings_and_skip_empty_values)
{
  g_autoptr(XcTable) t = xc_table_new();
  char src[] = "wire";
  xc_table_add(t, src, "item", NULL, "5", NULL, NULL);
  xc_table_add(t, src, "item", NULL, "", NULL, NULL);
  src[0] = 'f';
  ck_assert_uint_eq(xc_table_get_n_rows(t), 1);
  ck_assert_str_eq(xc_table_get_row(t, 0)->source, "wire");
}
END_TEST

static const struct {
  const char *name;
  const char *data;
  XcTableFormat format;
  const char *expect;
} malformed[] = {
  { "a.csv", "source,item,value\nx,y,\"never closed\nz,w,1\n", XC_TABLE_CSV,
    "a.csv:2: a quoted field is never closed" },
  { "b.csv", "source,item,value\nx,y,1\nx,y\n", XC_TABLE_CSV, "b.csv:3: 2 fields where 3 columns are named" },
  { "c.csv", "source,item,value\nx,y,\"1\"2\n", XC_TABLE_CSV, "c.csv:2: text after the closing quote" },
  { "d.csv", "source,item,value\nx,y,1 \"inch\"\n", XC_TABLE_CSV, "d.csv:2: a '\"' inside an unquoted field" },
  { "e.csv", "source,item,amount\nx,y,1\n", XC_TABLE_CSV, "e.csv:1: the header has no 'value' column" },
  { "f.csv", "source,item,value\n,y,1\n", XC_TABLE_CSV, "f.csv:2: the source is empty" },
  { "g.csv", "source,item,value\nx,y,caf\xe9\n", XC_TABLE_CSV, "g.csv:2: the value is not valid UTF-8" },
  { "h.jsonl", "{\"source\":\"a\",\"item\":\"x\",\"value\":1}\n{\"source\": \"b\",\n", XC_TABLE_JSONL,
    "h.jsonl:2: malformed JSON" },
  { "i.jsonl", "[1,2]\n", XC_TABLE_JSONL, "i.jsonl:1: a line must be one JSON object" },
  { "j.jsonl", "\n{\"source\":\"a\",\"value\":1}\n", XC_TABLE_JSONL, "j.jsonl:2: the object has no \"item\" key" },
  { "k.jsonl", "{\"source\":\"a\",\"item\":\"x\",\"value\":[1]}\n", XC_TABLE_JSONL,
    "k.jsonl:1: \"value\" must be a string or a number" },
  { "l.tsv", "source\titem\tvalue\na\tb\tc\td\n", XC_TABLE_TSV, "l.tsv:2: 4 fields where 3 columns are named" },
};

START_TEST(test_malformed_rows_give_errors_naming_file_and_line)
{
  g_autofree char *msg = read_error(malformed[_i].name, malformed[_i].data, malformed[_i].format,
                                    NULL, XC_ERROR_INVALID_INPUT);
  ck_assert_msg(g_str_has_prefix(msg, malformed[_i].expect), "got: %s", msg);
}
END_TEST

START_TEST(test_rows_before_a_bad_row_are_kept)
{
  g_autoptr(XcTable) t = xc_table_new();
  ck_assert(!xc_table_read_data(t, "m.csv", "source,item,value\na,b,1\na,b\n", -1,
                                XC_TABLE_CSV, NULL));
  ck_assert_uint_eq(xc_table_get_n_rows(t), 1);
}
END_TEST

START_TEST(test_bad_columns_specs_are_usage_errors)
{
  const char *bad[] = { "source,item,price", "source,item,value,item", "source,value", NULL };
  const char *expect[] = { "unknown column 'price'", "named twice", "must name source, item and value" };
  for (guint i = 0; bad[i]; i++) {
    g_autoptr(XcTable) t = xc_table_new();
    GError *error = NULL;
    ck_assert(!xc_table_set_columns(t, bad[i], &error));
    ck_assert_int_eq(error->code, XC_ERROR_USAGE);
    ck_assert_msg(strstr(error->message, expect[i]), "%s", error->message);
    g_error_free(error);
  }
}
END_TEST

START_TEST(test_missing_file_is_an_io_error_and_nul_bytes_are_rejected)
{
  g_autoptr(XcTable) t = xc_table_new();
  GError *error = NULL;
  ck_assert(!xc_table_read_file(t, "/nonexistent/claims.csv", XC_TABLE_AUTO, &error));
  ck_assert_int_eq(error->code, XC_ERROR_IO);
  g_clear_error(&error);
  ck_assert(!xc_table_read_data(t, "bin.csv", "source,item,value\na\0b", 22, XC_TABLE_CSV, &error));
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  ck_assert_ptr_nonnull(strstr(error->message, "NUL"));
  g_error_free(error);
}
END_TEST

START_TEST(test_fixture_table_reads_every_row)
{
  g_autofree char *path = xc_test_fixture("tables/casualties.csv");
  g_autoptr(XcTable) t = xc_table_new();
  GError *error = NULL;
  ck_assert_msg(xc_table_read_file(t, path, XC_TABLE_AUTO, &error), "%s", error ? error->message : "");
  ck_assert_uint_eq(xc_table_get_n_rows(t), 15);
  ck_assert_str_eq(xc_table_get_row(t, 0)->file, path);
}
END_TEST

Suite *
xc_table_suite(void)
{
  Suite *s = suite_create("table");
  TCase *tc = tcase_create("reading");
  tcase_add_test(tc, test_csv_with_header_reads_quoted_commas_quotes_and_line_breaks);
  tcase_add_test(tc, test_columns_option_reads_a_headerless_tsv_and_skips_columns);
  tcase_add_test(tc, test_jsonl_rows_take_strings_and_numbers_and_mapped_keys);
  tcase_add_test(tc, test_added_rows_copy_their_strings_and_skip_empty_values);
  tcase_add_test(tc, test_fixture_table_reads_every_row);
  suite_add_tcase(s, tc);
  tc = tcase_create("errors");
  tcase_add_loop_test(tc, test_malformed_rows_give_errors_naming_file_and_line, 0, G_N_ELEMENTS(malformed));
  tcase_add_test(tc, test_rows_before_a_bad_row_are_kept);
  tcase_add_test(tc, test_bad_columns_specs_are_usage_errors);
  tcase_add_test(tc, test_missing_file_is_an_io_error_and_nul_bytes_are_rejected);
  suite_add_tcase(s, tc);
  return s;
}
