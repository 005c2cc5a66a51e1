/* test-report.c: the output formats, above all the JSON contract of
 * docs/json.md, checked field by field on the seed report. */
#include "xc-test.h"

#include <jansson.h>
#include <string.h>

static json_t *
seed_report_json(void)
{
  g_autoptr(XcAnalysis) a = xc_analysis_new();
  g_autofree char *dir = xc_test_fixture("nk-troops");
  const char *inputs[] = { dir, NULL };
  ck_assert(xc_analysis_add_inputs(a, inputs, XC_INPUT_AUTO, FALSE, NULL, NULL, NULL));
  xc_analysis_run(a);
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_report_write(a, "json", out, NULL));
  json_error_t e;
  json_t *root = json_loads(out->str, 0, &e);
  ck_assert_msg(root != NULL, "report is not JSON: %s", e.text);
  return root;
}

static void
assert_has(json_t *o, const char *key, int type)
{
  json_t *v = json_object_get(o, key);
  ck_assert_msg(v != NULL, "missing field \"%s\"", key);
  ck_assert_msg((int)json_typeof(v) == type || json_is_null(v) ||
                (type == JSON_REAL && json_is_integer(v)),
                "field \"%s\" has the wrong type", key);
}

START_TEST(test_report_json_has_every_contract_field)
{
  json_t *root = seed_report_json();
  ck_assert_int_eq(json_integer_value(json_object_get(root, "schema")), 1);
  json_t *docs = json_object_get(root, "documents");
  ck_assert_int_eq(json_array_size(docs), 5);
  size_t i;
  json_t *d;
  json_array_foreach(docs, i, d) {
    assert_has(d, "id", JSON_STRING);
    assert_has(d, "path", JSON_STRING);
    assert_has(d, "title", JSON_STRING);
    assert_has(d, "outlet", JSON_STRING);
    assert_has(d, "published", JSON_STRING);
  }
  json_t *claims = json_object_get(root, "claims");
  ck_assert_int_gt(json_array_size(claims), 5);
  json_t *c;
  json_array_foreach(claims, i, c) {
    assert_has(c, "id", JSON_STRING);
    assert_has(c, "label", JSON_STRING);
    assert_has(c, "kind", JSON_STRING);
    assert_has(c, "unit", JSON_STRING);
    assert_has(c, "consensus", JSON_OBJECT);
    json_t *cons = json_object_get(c, "consensus");
    ck_assert_ptr_nonnull(json_object_get(cons, "low"));
    ck_assert_ptr_nonnull(json_object_get(cons, "high"));
    ck_assert_ptr_nonnull(json_object_get(cons, "best"));
    assert_has(c, "agreement", JSON_REAL);
    double ag = json_number_value(json_object_get(c, "agreement"));
    ck_assert(ag >= 0 && ag <= 1);
    const char *status = json_string_value(json_object_get(c, "status"));
    ck_assert(g_str_equal(status, "agree") || g_str_equal(status, "disputed") ||
              g_str_equal(status, "contradiction") || g_str_equal(status, "changed") ||
              g_str_equal(status, "single"));
    assert_has(c, "sources", JSON_INTEGER);
    assert_has(c, "independent", JSON_INTEGER);
    assert_has(c, "statements", JSON_ARRAY);
    assert_has(c, "contradictions", JSON_ARRAY);
    size_t k;
    json_t *st;
    json_array_foreach(json_object_get(c, "statements"), k, st) {
      assert_has(st, "doc", JSON_STRING);
      assert_has(st, "start", JSON_INTEGER);
      assert_has(st, "end", JSON_INTEGER);
      assert_has(st, "line", JSON_INTEGER);
      assert_has(st, "col", JSON_INTEGER);
      assert_has(st, "text", JSON_STRING);
      ck_assert_ptr_nonnull(json_object_get(st, "low"));
      ck_assert_ptr_nonnull(json_object_get(st, "high"));
      assert_has(st, "qualifier", JSON_STRING);
      assert_has(st, "weight", JSON_REAL);
      assert_has(st, "source_group", JSON_INTEGER);
      assert_has(st, "attributed_to", JSON_STRING);
      assert_has(st, "as_of", JSON_STRING);
    }
    json_t *x;
    json_array_foreach(json_object_get(c, "contradictions"), k, x) {
      size_t n = json_array_size(json_object_get(c, "statements"));
      ck_assert_int_lt(json_integer_value(json_object_get(x, "a")), (json_int_t)n);
      ck_assert_int_lt(json_integer_value(json_object_get(x, "b")), (json_int_t)n);
      assert_has(x, "reason", JSON_STRING);
    }
  }
  json_decref(root);
}
END_TEST

START_TEST(test_statement_text_is_the_bytes_between_start_and_end)
{
  json_t *root = seed_report_json();
  g_autofree char *path = xc_test_fixture("nk-troops/001_e5d0ce18f75aa787.txt");
  g_autofree char *text = NULL;
  ck_assert(g_file_get_contents(path, &text, NULL, NULL));
  size_t i, k;
  json_t *c, *st;
  guint checked = 0;
  json_array_foreach(json_object_get(root, "claims"), i, c) {
    json_array_foreach(json_object_get(c, "statements"), k, st) {
      if (!g_str_equal(json_string_value(json_object_get(st, "doc")), "001_e5d0ce18f75aa787.txt"))
        continue;
      json_int_t s = json_integer_value(json_object_get(st, "start"));
      json_int_t e = json_integer_value(json_object_get(st, "end"));
      ck_assert_int_eq(strncmp(text + s, json_string_value(json_object_get(st, "text")),
                               (size_t)(e - s)), 0);
      checked++;
    }
  }
  ck_assert_uint_gt(checked, 3);
  json_decref(root);
}
END_TEST

START_TEST(test_open_interval_end_is_null_in_json)
{
  g_autoptr(XcDocument) d = xc_test_doc("Russia deployed more than 7,000 soldiers.");
  g_autoptr(GPtrArray) m = xc_extract_document(d, 0);
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_mentions_write(m, "jsonl", out, NULL));
  json_t *o = json_loads(out->str, 0, NULL);
  ck_assert_ptr_nonnull(o);
  ck_assert(json_is_null(json_object_get(o, "high")));
  ck_assert_int_eq(json_integer_value(json_object_get(o, "low")), 7000);
  ck_assert_str_eq(json_string_value(json_object_get(o, "qualifier")), "more_than");
  ck_assert_str_eq(json_string_value(json_object_get(o, "text")), "more than 7,000");
  ck_assert_int_eq(json_integer_value(json_object_get(o, "schema")), 1);
  json_decref(o);
}
END_TEST

START_TEST(test_dates_are_iso_strings_in_json)
{
  g_autoptr(XcDocument) d = xc_test_doc_dated("It happened on October 27-28.",
                                              xc_date_from_ymd(2024, 11, 2));
  g_autoptr(GPtrArray) m = xc_extract_document(d, 0);
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_mentions_write(m, "jsonl", out, NULL));
  json_t *o = json_loads(out->str, 0, NULL);
  ck_assert_str_eq(json_string_value(json_object_get(o, "low")), "2024-10-27");
  ck_assert_str_eq(json_string_value(json_object_get(o, "high")), "2024-10-28");
  ck_assert_str_eq(json_string_value(json_array_get(json_object_get(o, "stated"), 1)), "2024-10-28");
  json_decref(o);
}
END_TEST

START_TEST(test_text_report_has_one_row_a_claim_with_aligned_columns)
{
  g_autoptr(XcAnalysis) a = xc_analysis_new();
  g_autofree char *dir = xc_test_fixture("wildfire");
  const char *inputs[] = { dir, NULL };
  ck_assert(xc_analysis_add_inputs(a, inputs, XC_INPUT_AUTO, FALSE, NULL, NULL, NULL));
  xc_analysis_run(a);
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_report_write(a, "text", out, NULL));
  g_auto(GStrv) lines = g_strsplit(out->str, "\n", -1);
  guint n = xc_claim_set_get_n_claims(xc_analysis_get_claims(a));
  /* summary, blank, header, rows, final empty string */
  ck_assert_uint_eq(g_strv_length(lines), n + 4);
  const char *claim_col = strstr(lines[2], "CLAIM");
  ck_assert_ptr_nonnull(claim_col);
  glong col = g_utf8_pointer_to_offset(lines[2], claim_col);
  for (guint i = 3; i < 3 + n; i++) {
    g_autofree char *prefix = g_utf8_substring(lines[i], 0, col);
    ck_assert_msg(g_str_has_suffix(prefix, "  "), "row %u is not aligned: %s", i, lines[i]);
  }
}
END_TEST

START_TEST(test_unknown_format_is_a_usage_error)
{
  g_autoptr(XcAnalysis) a = xc_analysis_new();
  g_autoptr(GString) out = g_string_new(NULL);
  GError *error = NULL;
  ck_assert(!xc_report_write(a, "yaml", out, &error));
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_USAGE));
  ck_assert_ptr_nonnull(strstr(error->message, "yaml"));
  g_error_free(error);
}
END_TEST

Suite *
xc_report_suite(void)
{
  Suite *s = suite_create("report");
  TCase *tc = tcase_create("json");
  tcase_add_test(tc, test_report_json_has_every_contract_field);
  tcase_add_test(tc, test_statement_text_is_the_bytes_between_start_and_end);
  tcase_add_test(tc, test_open_interval_end_is_null_in_json);
  tcase_add_test(tc, test_dates_are_iso_strings_in_json);
  suite_add_tcase(s, tc);
  tc = tcase_create("text");
  tcase_add_test(tc, test_text_report_has_one_row_a_claim_with_aligned_columns);
  tcase_add_test(tc, test_unknown_format_is_a_usage_error);
  suite_add_tcase(s, tc);
  return s;
}
