/* test-report.c: the output formats: the JSON contract of docs/json.md
 * field by field, the text report's blocks, marks, alignment and colour,
 * the selection options, CSV and Markdown quoting, the HTML page's
 * escaping and structure, and golden files of the seed reports. */
#include "xc-test.h"

#include "xc-format-private.h"
#include "xc-report-private.h"

#include <jansson.h>
#include <string.h>
#include <unistd.h>

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
    assert_has(c, "related", JSON_ARRAY);
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
      assert_has(st, "outlet_weight", JSON_REAL);
      double ow = json_number_value(json_object_get(st, "outlet_weight"));
      ck_assert(ow > 0 && ow <= 1);
      const char *mark = json_string_value(json_object_get(st, "mark"));
      ck_assert_msg(mark && (g_str_equal(mark, "inside") || g_str_equal(mark, "contradicts") ||
                             g_str_equal(mark, "outside")), "bad mark");
    }
    json_t *x;
    json_array_foreach(json_object_get(c, "contradictions"), k, x) {
      size_t n = json_array_size(json_object_get(c, "statements"));
      ck_assert_int_lt(json_integer_value(json_object_get(x, "a")), (json_int_t)n);
      ck_assert_int_lt(json_integer_value(json_object_get(x, "b")), (json_int_t)n);
      assert_has(x, "reason", JSON_STRING);
    }
  }
  assert_has(root, "outlets", JSON_ARRAY);
  ck_assert_int_gt(json_array_size(json_object_get(root, "outlets")), 0);
  json_t *o;
  json_array_foreach(json_object_get(root, "outlets"), i, o) {
    assert_has(o, "outlet", JSON_STRING);
    assert_has(o, "reliability", JSON_REAL);
    assert_has(o, "weight", JSON_REAL);
    assert_has(o, "statements", JSON_REAL);
    assert_has(o, "inside", JSON_REAL);
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

/* Figure lines are written without jansson (lib/xc-output-json.c); they
 * keep the bytes jansson wrote: short escapes, \u00XX in capitals. */
START_TEST(test_figure_lines_escape_an_id_as_jansson_did)
{
  const char *id = "a \"quoted\" \\ id\twith\x01 control";
  g_autoptr(XcDocument) d = xc_document_new_from_text(
      id, NULL, "Russia deployed 7,000 soldiers.", -1, FALSE, NULL);
  g_autoptr(GPtrArray) m = xc_extract_document(d, 0);
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_mentions_write(m, "jsonl", out, NULL));
  ck_assert_ptr_nonnull(strstr(out->str,
                               "\"doc\":\"a \\\"quoted\\\" \\\\ id\\twith\\u0001 control\","));
  json_t *o = json_loads(out->str, 0, NULL);
  ck_assert_str_eq(json_string_value(json_object_get(o, "doc")), id);
  json_decref(o);
}
END_TEST

START_TEST(test_figure_lines_write_reals_with_seventeen_digits_as_jansson_did)
{
  g_autoptr(XcDocument) d = xc_test_doc("Turnout was 47.5 percent.");
  g_autoptr(GPtrArray) m = xc_extract_document(d, 0);
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_mentions_write(m, "jsonl", out, NULL));
  ck_assert_ptr_nonnull(strstr(out->str, "\"low\":47.5,\"high\":47.5,"));
  ck_assert_ptr_nonnull(strstr(out->str, "\"precision\":0.10000000000000001,"));
}
END_TEST

/* An analysis of fixtures/@relative (a file or a directory). */
static XcAnalysis *
analysis_of(const char *const *relative)
{
  XcAnalysis *a = xc_analysis_new();
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func(g_free);
  for (const char *const *r = relative; *r; r++)
    g_ptr_array_add(inputs, xc_test_fixture(*r));
  g_ptr_array_add(inputs, NULL);
  GError *error = NULL;
  ck_assert_msg(xc_analysis_add_inputs(a, (const char *const *)inputs->pdata, XC_INPUT_AUTO,
                                       FALSE, NULL, NULL, &error),
                "%s", error ? error->message : "");
  xc_analysis_run(a);
  return a;
}

static XcAnalysis *
analysis_of_one(const char *relative)
{
  const char *r[] = { relative, NULL };
  return analysis_of(r);
}

/* An analysis of JSON Lines written to a temporary file. */
static XcAnalysis *
analysis_of_jsonl(const char *jsonl)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp("xc-report-XXXXXX.jsonl", &path, NULL);
  ck_assert_int_ge(fd, 0);
  close(fd);
  ck_assert(g_file_set_contents(path, jsonl, -1, NULL));
  XcAnalysis *a = xc_analysis_new();
  const char *inputs[] = { path, NULL };
  GError *error = NULL;
  ck_assert_msg(xc_analysis_add_inputs(a, inputs, XC_INPUT_JSONL, FALSE, NULL, NULL, &error),
                "%s", error ? error->message : "");
  xc_analysis_run(a);
  g_unlink(path);
  return a;
}

static char *
report(const XcAnalysis *a, const char *format, const XcReportOptions *options)
{
  GString *out = g_string_new(NULL);
  GError *error = NULL;
  ck_assert_msg(xc_report_write_full(a, format, options, out, &error), "%s",
                error ? error->message : "");
  return g_string_free(out, FALSE);
}

static guint
count(const char *haystack, const char *needle)
{
  guint n = 0;
  for (const char *p = haystack; (p = strstr(p, needle)) != NULL; p += strlen(needle))
    n++;
  return n;
}

/* The display column of the first '"' of @line: where the figure column
 * starts in a statement line of the text report. */
static guint
figure_column(const char *line)
{
  const char *q = strchr(line, '"');
  ck_assert_ptr_nonnull(q);
  g_autofree char *prefix = g_strndup(line, (gsize)(q - line));
  return xc_format_width(prefix);
}

/* In the wildfire set the Valley Tribune contradicts the consensus of two
 * claims (120 homes, $240 million) and is inside none: its statements
 * lose weight, and every format shows the weight it kept. */
START_TEST(test_every_report_format_shows_the_weight_an_outlet_kept)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  const XcClaimSet *set = xc_analysis_get_claims(a);
  const XcOutlet *tribune = NULL;
  for (guint i = 0; i < xc_claim_set_get_n_outlets(set); i++)
    if (g_str_equal(xc_claim_set_get_outlet(set, i)->outlet, "Valley Tribune"))
      tribune = xc_claim_set_get_outlet(set, i);
  ck_assert_ptr_nonnull(tribune);
  ck_assert_double_lt(tribune->weight, 1);
  /* the least reliable outlet is listed last */
  ck_assert_ptr_eq(tribune, xc_claim_set_get_outlet(set, xc_claim_set_get_n_outlets(set) - 1));
  g_autofree char *w = g_strdup_printf("%.2f", tribune->weight);
  const char *formats[] = { "text", "md", "html", "json" };
  for (guint f = 0; f < G_N_ELEMENTS(formats); f++) {
    g_autofree char *out = report(a, formats[f], NULL);
    const char *at = strstr(out, "Valley Tribune");
    ck_assert_msg(at != NULL, "%s", formats[f]);
    if (g_str_equal(formats[f], "json")) {
      json_error_t jerr;
      json_t *root = json_loads(out, 0, &jerr);
      json_t *last = json_array_get(json_object_get(root, "outlets"),
                                    xc_claim_set_get_n_outlets(set) - 1);
      ck_assert_str_eq(json_string_value(json_object_get(last, "outlet")), "Valley Tribune");
      ck_assert_double_eq_tol(json_number_value(json_object_get(last, "weight")), tribune->weight, 1e-12);
      json_decref(root);
    } else {
      g_autofree char *row = NULL;
      const char *table = g_str_equal(formats[f], "html") ? strstr(out, "<table class=\"outlets\">")
                          : g_str_equal(formats[f], "md") ? strstr(out, "## Outlets")
                          : strstr(out, "\noutlets, ");
      ck_assert_msg(table != NULL, "%s", formats[f]);
      const char *line = strstr(table, "Valley Tribune");
      ck_assert_ptr_nonnull(line);
      row = g_strndup(line, strcspn(line, "\n"));
      ck_assert_msg(strstr(row, w) != NULL, "%s: %s", formats[f], row);
    }
  }
}
END_TEST

START_TEST(test_text_report_has_one_block_a_claim_with_statement_columns_aligned)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  g_autofree char *out = report(a, "text", NULL);
  XcClaimSet *set = xc_analysis_get_claims(a);
  guint n = xc_claim_set_get_n_claims(set);
  g_auto(GStrv) blocks = g_strsplit(out, "\n\n", -1);
  /* summary, a block a claim, the legend, the outlets */
  ck_assert_uint_eq(g_strv_length(blocks), n + 3);
  g_autofree char *summary = g_strdup_printf("%u claims from 5 documents", n);
  ck_assert(g_str_has_prefix(blocks[0], summary));
  for (guint i = 0; i < n; i++) {
    const XcClaim *c = xc_claim_set_get_claim(set, i);
    g_auto(GStrv) lines = g_strsplit(blocks[i + 1], "\n", -1);
    ck_assert_uint_eq(g_strv_length(lines), 2 + c->statements->len);
    g_autofree char *head = g_strdup_printf("%s  %s", c->id, c->label);
    ck_assert_str_eq(lines[0], head);
    ck_assert_ptr_nonnull(strstr(lines[1], xc_status_to_string(c->status)));
    g_autofree char *counts = g_strdup_printf("%u mention%s, %u independent source%s",
                                              c->statements->len,
                                              c->statements->len == 1 ? "" : "s",
                                              c->n_independent, c->n_independent == 1 ? "" : "s");
    ck_assert_msg(g_str_has_suffix(lines[1], counts), "%s", lines[1]);
    guint col = figure_column(lines[2]);
    for (guint k = 2; lines[k]; k++)
      ck_assert_uint_eq(figure_column(lines[k]), col);
  }
}
END_TEST

START_TEST(test_text_report_marks_exactly_the_contradicting_statements)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  g_autofree char *out = report(a, "text", NULL);
  XcClaimSet *set = xc_analysis_get_claims(a);
  guint marked = 0;
  for (guint i = 0; i < xc_claim_set_get_n_claims(set); i++) {
    const XcClaim *c = xc_claim_set_get_claim(set, i);
    for (guint s = 0; s < c->statements->len; s++)
      marked += xc_report_mark(c, s) == XC_MARK_CONTRADICTS;
  }
  ck_assert_uint_gt(marked, 0);
  /* one ✗ a marked statement, and one in the legend */
  ck_assert_uint_eq(count(out, "\xE2\x9C\x97"), marked + 1);
  /* the 120 homes of the Valley Tribune are the outlier of a dispute */
  ck_assert_ptr_nonnull(strstr(out, "\xE2\x9C\x97 03-valley-tribune.txt"));
}
END_TEST

START_TEST(test_text_columns_align_by_display_width_not_bytes)
{
  /* a wide (CJK) document id and a narrow one in one claim */
  g_autoptr(XcAnalysis) a = analysis_of_jsonl(
    "{\"id\": \"\xE6\x9D\xB1\xE4\xBA\xAC\xE6\x96\xB0\xE8\x81\x9E\", \"published\": \"2024-11-01\", "
    "\"text\": \"North Korea sent 10,000 troops to Russia.\"}\n"
    "{\"id\": \"wire-abcd\", \"published\": \"2024-11-01\", "
    "\"text\": \"North Korea sent 12,000 troops to Russia.\"}\n");
  g_autofree char *out = report(a, "text", NULL);
  g_auto(GStrv) lines = g_strsplit(out, "\n", -1);
  const char *wide = NULL, *narrow = NULL;
  for (guint i = 0; lines[i]; i++) {
    if (strstr(lines[i], "\xE6\x9D\xB1\xE4\xBA\xAC") && strchr(lines[i], '"'))
      wide = lines[i];
    if (strstr(lines[i], "wire-abcd") && strchr(lines[i], '"'))
      narrow = lines[i];
  }
  ck_assert_ptr_nonnull(wide);
  ck_assert_ptr_nonnull(narrow);
  /* 4 wide characters take 8 columns, as many as 8 narrow ones, yet 12 bytes */
  ck_assert_uint_eq(figure_column(wide), figure_column(narrow));
  ck_assert_int_ne(strchr(wide, '"') - wide, strchr(narrow, '"') - narrow);
}
END_TEST

START_TEST(test_text_colour_only_when_asked)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  XcReportOptions o;
  xc_report_options_init(&o);
  g_autofree char *plain = report(a, "text", &o);
  ck_assert_ptr_null(strchr(plain, '\033'));
  o.color = TRUE;
  g_autofree char *painted = report(a, "text", &o);
  ck_assert_ptr_nonnull(strstr(painted, "\033[33mdisputed\033[0m"));
  g_autoptr(XcAnalysis) b = analysis_of_one("report/contradiction.jsonl");
  g_autofree char *red = report(b, "text", &o);
  ck_assert_ptr_nonnull(strstr(red, "\033[1m\033[31mcontradiction\033[0m"));
}
END_TEST

START_TEST(test_control_characters_from_a_source_are_blanked)
{
  g_autoptr(GString) out = g_string_new(NULL);
  xc_format_plain(out, "a\033[2Jb\nc\td\xC2\x85" "e", -1);
  ck_assert_str_eq(out->str, "a [2Jb c d e");
  ck_assert_uint_eq(xc_format_width("\xE6\x9D\xB1x\xCC\x81"), 3);
}
END_TEST

static gboolean
has_contradiction(const XcClaim *c)
{
  return c->contradictions->len > 0;
}

START_TEST(test_sort_by_contradiction_puts_every_contradicted_claim_first)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  XcReportOptions o;
  xc_report_options_init(&o);
  g_autoptr(GPtrArray) claims = xc_report_select(a, &o);
  ck_assert_uint_eq(claims->len, xc_claim_set_get_n_claims(xc_analysis_get_claims(a)));
  guint first_without = claims->len;
  guint with = 0;
  for (guint i = 0; i < claims->len; i++) {
    if (has_contradiction(g_ptr_array_index(claims, i))) {
      ck_assert_uint_lt(i, first_without);
      with++;
    } else if (first_without == claims->len) {
      first_without = i;
    }
  }
  ck_assert_uint_gt(with, 0);
  ck_assert_uint_eq(first_without, with);
}
END_TEST

START_TEST(test_sort_by_size_orders_by_independent_sources_then_mentions)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("nk-troops");
  XcReportOptions o;
  xc_report_options_init(&o);
  o.sort = XC_REPORT_SORT_SIZE;
  g_autoptr(GPtrArray) claims = xc_report_select(a, &o);
  for (guint i = 1; i < claims->len; i++) {
    const XcClaim *p = g_ptr_array_index(claims, i - 1), *c = g_ptr_array_index(claims, i);
    ck_assert_uint_ge(p->n_independent, c->n_independent);
    if (p->n_independent == c->n_independent)
      ck_assert_uint_ge(p->statements->len, c->statements->len);
  }
}
END_TEST

START_TEST(test_sort_by_label_orders_labels_bytewise)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("nk-troops");
  XcReportOptions o;
  xc_report_options_init(&o);
  ck_assert(xc_report_sort_from_string("label", &o.sort, NULL));
  g_autoptr(GPtrArray) claims = xc_report_select(a, &o);
  for (guint i = 1; i < claims->len; i++) {
    const XcClaim *p = g_ptr_array_index(claims, i - 1), *c = g_ptr_array_index(claims, i);
    ck_assert_int_le(strcmp(p->label, c->label), 0);
  }
  GError *error = NULL;
  ck_assert(!xc_report_sort_from_string("random", &o.sort, &error));
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_USAGE));
  g_error_free(error);
}
END_TEST

START_TEST(test_kind_filter_keeps_only_those_kinds_in_every_format)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  XcReportOptions o;
  xc_report_options_init(&o);
  ck_assert(xc_report_kinds_from_string("money, measure", &o.kinds, NULL));
  XcClaimSet *set = xc_analysis_get_claims(a);
  guint expected = 0;
  for (guint i = 0; i < xc_claim_set_get_n_claims(set); i++) {
    XcKind k = xc_claim_set_get_claim(set, i)->kind;
    expected += k == XC_KIND_MONEY || k == XC_KIND_MEASURE;
  }
  ck_assert_uint_gt(expected, 1);
  g_autoptr(GPtrArray) claims = xc_report_select(a, &o);
  ck_assert_uint_eq(claims->len, expected);
  g_autofree char *json = report(a, "json", &o);
  json_t *root = json_loads(json, 0, NULL);
  ck_assert_uint_eq(json_array_size(json_object_get(root, "claims")), expected);
  json_decref(root);
  g_autofree char *html = report(a, "html", &o);
  ck_assert_uint_eq(count(html, "<section class=\"claim\""), expected);
  GError *error = NULL;
  ck_assert(!xc_report_kinds_from_string("count,apples", &o.kinds, &error));
  ck_assert_ptr_nonnull(strstr(error->message, "'apples'"));
  g_error_free(error);
}
END_TEST

START_TEST(test_min_sources_drops_claims_with_fewer_independent_sources)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  XcReportOptions o;
  xc_report_options_init(&o);
  o.min_sources = 3;
  g_autoptr(GPtrArray) claims = xc_report_select(a, &o);
  XcClaimSet *set = xc_analysis_get_claims(a);
  guint expected = 0;
  for (guint i = 0; i < xc_claim_set_get_n_claims(set); i++)
    expected += xc_claim_set_get_claim(set, i)->n_independent >= 3;
  ck_assert_uint_eq(claims->len, expected);
  ck_assert_uint_lt(claims->len, xc_claim_set_get_n_claims(set));
  for (guint i = 0; i < claims->len; i++)
    ck_assert_uint_ge(((XcClaim *)g_ptr_array_index(claims, i))->n_independent, 3);
  g_autofree char *text = report(a, "text", &o);
  g_autofree char *head = g_strdup_printf("%u claims from 5 documents (%u not shown)\n",
                                          expected, xc_claim_set_get_n_claims(set) - expected);
  ck_assert(g_str_has_prefix(text, head));
}
END_TEST

/* Splits RFC 4180 CSV into records of fields; fails the test on a
 * malformed quote or a bare LF. */
static GPtrArray *
parse_csv(const char *s)
{
  GPtrArray *records = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *rec = g_ptr_array_new_with_free_func(g_free);
  GString *f = g_string_new(NULL);
  const char *p = s;
  while (*p) {
    if (*p == '"') {
      ck_assert_uint_eq(f->len, 0);
      for (p++;; p++) {
        ck_assert_msg(*p, "unterminated quoted field");
        if (*p == '"' && p[1] == '"') {
          g_string_append_c(f, '"');
          p++;
        } else if (*p == '"') {
          p++;
          break;
        } else {
          g_string_append_c(f, *p);
        }
      }
      ck_assert_msg(*p == ',' || *p == '\r', "text after a closing quote");
    }
    if (*p == ',') {
      g_ptr_array_add(rec, g_string_free(f, FALSE));
      f = g_string_new(NULL);
      p++;
    } else if (*p == '\r') {
      ck_assert_msg(p[1] == '\n', "CR without LF");
      g_ptr_array_add(rec, g_string_free(f, FALSE));
      f = g_string_new(NULL);
      g_ptr_array_add(records, rec);
      rec = g_ptr_array_new_with_free_func(g_free);
      p += 2;
    } else {
      ck_assert_msg(*p != '\n' && *p != '"', "bare LF or quote in an unquoted field");
      g_string_append_c(f, *p++);
    }
  }
  ck_assert_uint_eq(rec->len, 0);
  ck_assert_uint_eq(f->len, 0);
  g_ptr_array_unref(rec);
  g_string_free(f, TRUE);
  return records;
}

START_TEST(test_csv_has_one_rfc4180_row_a_statement_with_its_claims_consensus)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  g_autofree char *csv = report(a, "csv", NULL);
  g_autoptr(GPtrArray) records = parse_csv(csv);
  XcClaimSet *set = xc_analysis_get_claims(a);
  guint statements = 0;
  for (guint i = 0; i < xc_claim_set_get_n_claims(set); i++)
    statements += xc_claim_set_get_claim(set, i)->statements->len;
  ck_assert_uint_eq(records->len, statements + 1);
  GPtrArray *head = g_ptr_array_index(records, 0);
  ck_assert_str_eq(g_ptr_array_index(head, 0), "claim_id");
  ck_assert_str_eq(g_ptr_array_index(head, 4), "consensus_low");
  ck_assert_str_eq(g_ptr_array_index(head, 15), "as_written");
  guint row = 1;
  for (guint i = 0; i < xc_claim_set_get_n_claims(set); i++) {
    const XcClaim *c = xc_claim_set_get_claim(set, i);
    for (guint s = 0; s < c->statements->len; s++, row++) {
      GPtrArray *r = g_ptr_array_index(records, row);
      ck_assert_uint_eq(r->len, head->len);
      ck_assert_str_eq(g_ptr_array_index(r, 0), c->id);
      /* labels hold commas ("acre, burned"): quoting keeps them one field */
      ck_assert_str_eq(g_ptr_array_index(r, 1), c->label);
      ck_assert_str_eq(g_ptr_array_index(r, 7), xc_status_to_string(c->status));
      const XcStatement *st = g_ptr_array_index(c->statements, s);
      g_autofree char *words = g_strndup(st->mention->doc->text + st->mention->start,
                                         st->mention->end - st->mention->start);
      ck_assert_str_eq(g_ptr_array_index(r, 15), words);
      ck_assert_str_eq(g_ptr_array_index(r, 11), st->mention->doc->id);
    }
  }
}
END_TEST

START_TEST(test_csv_quotes_a_quote_and_leaves_plain_fields_bare)
{
  g_autoptr(XcAnalysis) a = analysis_of_jsonl(
    "{\"id\": \"say \\\"x\\\", y\", \"outlet\": \"A, B\", \"published\": \"2024-11-01\", "
    "\"text\": \"North Korea sent 10,000 troops to Russia.\"}\n");
  g_autofree char *csv = report(a, "csv", NULL);
  ck_assert_ptr_nonnull(strstr(csv, ",\"say \"\"x\"\", y\",\"A, B\","));
  ck_assert_ptr_nonnull(strstr(csv, ",10000,10000,"));
  g_autoptr(GPtrArray) records = parse_csv(csv);
  ck_assert_uint_ge(records->len, 2);
}
END_TEST

/* Deaths and casualties stay two claims; each report names the other. */
START_TEST(test_reports_name_a_related_claim_beside_each_claim)
{
  g_autoptr(XcAnalysis) a = analysis_of_jsonl(
    "{\"id\": \"d1\", \"published\": \"2024-11-01\", \"text\": \"The strike caused 12 deaths, officials said.\"}\n"
    "{\"id\": \"d2\", \"published\": \"2024-11-01\", \"text\": \"The strike caused 40 casualties, the ministry said.\"}\n");
  g_autofree char *json = report(a, "json", NULL);
  json_t *root = json_loads(json, 0, NULL);
  ck_assert_ptr_nonnull(root);
  json_t *claims = json_object_get(root, "claims");
  ck_assert_uint_eq(json_array_size(claims), 2);
  for (guint i = 0; i < 2; i++) {
    json_t *rel = json_object_get(json_array_get(claims, i), "related");
    ck_assert_uint_eq(json_array_size(rel), 1);
    json_t *other = json_object_get(json_array_get(claims, 1 - i), "id");
    ck_assert_str_eq(json_string_value(json_array_get(rel, 0)), json_string_value(other));
  }
  json_decref(root);
  g_autofree char *text = report(a, "text", NULL);
  ck_assert_msg(strstr(text, "    related: c") != NULL, "%s", text);
  ck_assert_ptr_nonnull(strstr(text, "deaths"));
  g_autofree char *md = report(a, "md", NULL);
  ck_assert_ptr_nonnull(strstr(md, "\nRelated, not merged: c"));
  g_autofree char *html = report(a, "html", NULL);
  ck_assert_ptr_nonnull(strstr(html, "<p class=\"related\">Related, not merged: <a href=\"#c"));
  g_autofree char *csv = report(a, "csv", NULL);
  g_autoptr(GPtrArray) records = parse_csv(csv);
  ck_assert_uint_eq(records->len, 3);
  GPtrArray *head = g_ptr_array_index(records, 0);
  ck_assert_str_eq(g_ptr_array_index(head, head->len - 1), "related");
  for (guint i = 1; i < 3; i++) {
    GPtrArray *row = g_ptr_array_index(records, i);
    GPtrArray *other = g_ptr_array_index(records, 3 - i);
    ck_assert_str_eq(g_ptr_array_index(row, row->len - 1), g_ptr_array_index(other, 0));
  }
}
END_TEST

START_TEST(test_csv_defuses_a_source_text_a_spreadsheet_would_run_as_a_formula)
{
  g_autoptr(XcAnalysis) a = analysis_of_jsonl(
    "{\"id\": \"d1\", \"outlet\": \"=HYPERLINK(\\\"http://x\\\")\", \"published\": \"2024-11-01\", "
    "\"text\": \"North Korea sent 10,000 troops to Russia.\"}\n");
  g_autofree char *csv = report(a, "csv", NULL);
  g_autoptr(GPtrArray) records = parse_csv(csv);
  ck_assert_uint_ge(records->len, 2);
  GPtrArray *row = g_ptr_array_index(records, 1);
  ck_assert_str_eq(g_ptr_array_index(row, 12), "'=HYPERLINK(\"http://x\")");
  /* numbers keep their plain form */
  ck_assert_str_eq(g_ptr_array_index(row, 16), "10000");
}
END_TEST

START_TEST(test_markdown_escapes_pipes_and_markup_from_sources)
{
  g_autoptr(XcAnalysis) a = analysis_of_jsonl(
    "{\"id\": \"d|1\", \"outlet\": \"*Evil* | <b>Co</b>\", \"published\": \"2024-11-01\", "
    "\"text\": \"North Korea sent 10,000 troops to Russia.\"}\n");
  g_autofree char *md = report(a, "md", NULL);
  ck_assert_ptr_nonnull(strstr(md, "\\*Evil\\* \\| \\<b\\>Co\\</b\\> (d\\|1:1)"));
  /* every row of a statement table has its 7 unescaped pipes */
  g_auto(GStrv) lines = g_strsplit(md, "\n", -1);
  guint rows = 0;
  for (guint i = 0; lines[i]; i++) {
    if (!strstr(lines[i], "(d\\|1:"))
      continue;
    guint pipes = 0;
    for (const char *p = lines[i]; *p; p++)
      pipes += *p == '|' && (p == lines[i] || p[-1] != '\\');
    ck_assert_uint_eq(pipes, 7);
    rows++;
  }
  ck_assert_uint_gt(rows, 0);
}
END_TEST

START_TEST(test_markdown_has_a_summary_row_and_a_section_a_claim)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  g_autofree char *md = report(a, "md", NULL);
  guint n = xc_claim_set_get_n_claims(xc_analysis_get_claims(a));
  ck_assert_uint_eq(count(md, "\n## c"), n);
  ck_assert_uint_eq(count(md, "\n| c"), n);
}
END_TEST

/* The page must hold the style it names by hash, or the browser would
 * drop it; and nothing that came from a source may become markup. */
START_TEST(test_html_escapes_every_source_string_and_pins_its_style_by_hash)
{
  const char *inputs[] = { "nk-troops", "html/hostile.jsonl", NULL };
  g_autoptr(XcAnalysis) a = analysis_of(inputs);
  g_autofree char *html = report(a, "html", NULL);
  ck_assert_ptr_null(strstr(html, "<script"));
  ck_assert_ptr_null(strstr(html, "<img"));
  ck_assert_ptr_null(strstr(html, "<b>"));
  ck_assert_ptr_null(strstr(html, "javascript:"));
  ck_assert_ptr_null(strstr(html, "onerror=\""));
  ck_assert_ptr_nonnull(strstr(html, "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
  ck_assert_ptr_nonnull(strstr(html, "&quot;&gt;&lt;img src=x onerror=&quot;"));
  ck_assert_ptr_nonnull(strstr(html, "&lt;b&gt;Evil&lt;/b&gt; &amp; Co"));
  const char *csp = strstr(html, "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
  ck_assert_ptr_nonnull(csp);
  ck_assert_ptr_nonnull(strstr(csp, "script-src 'none'"));
  const char *h = strstr(csp, "'sha256-") + 8;
  g_autofree char *named = g_strndup(h, (gsize)(strchr(h, '\'') - h));
  const char *s0 = strstr(html, "<style>") + 7, *s1 = strstr(html, "</style>");
  ck_assert_uint_eq(count(html, "<style>"), 1);
  GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
  g_checksum_update(sum, (const guchar *)s0, s1 - s0);
  guint8 digest[32];
  gsize dlen = sizeof digest;
  g_checksum_get_digest(sum, digest, &dlen);
  g_checksum_free(sum);
  g_autofree char *actual = g_base64_encode(digest, dlen);
  ck_assert_str_eq(named, actual);
  ck_assert_ptr_null(strstr(html, " style=\""));
  ck_assert_ptr_null(strstr(html, "src=\"http"));
  ck_assert_ptr_null(strstr(html, "href=\"http"));
}
END_TEST

START_TEST(test_html_has_a_matrix_row_a_plot_and_a_quote_per_claim)
{
  g_autoptr(XcAnalysis) a = analysis_of_one("wildfire");
  g_autofree char *html = report(a, "html", NULL);
  XcClaimSet *set = xc_analysis_get_claims(a);
  guint n = xc_claim_set_get_n_claims(set), statements = 0, cx = 0;
  for (guint i = 0; i < n; i++) {
    const XcClaim *c = xc_claim_set_get_claim(set, i);
    statements += c->statements->len;
    for (guint s = 0; s < c->statements->len; s++)
      cx += xc_report_mark(c, s) == XC_MARK_CONTRADICTS;
  }
  ck_assert_uint_eq(count(html, "<section class=\"claim\""), n);
  ck_assert_uint_eq(count(html, "<svg class=\"plot\""), n);
  ck_assert_uint_eq(count(html, "<rect class=\"band\""), n);
  ck_assert_uint_eq(count(html, "<tr><th><a href=\"#c"), n);
  ck_assert_uint_eq(count(html, "<mark>"), statements);
  ck_assert_uint_eq(count(html, "<text class=\"cx\""), cx);
  ck_assert_uint_eq(count(html, "<tr id=\"c1-s"), xc_claim_set_get_claim(set, 0)->statements->len);
  /* each figure links to its quote, which highlights the same words */
  const char *link = strstr(html, "<a class=\"fig\" href=\"#c2-q1\">");
  ck_assert_ptr_nonnull(link);
  ck_assert_ptr_nonnull(strstr(html, "<li id=\"c2-q1\""));
  ck_assert_ptr_nonnull(strstr(html, "@media print"));
}
END_TEST

/* Golden files: the seed fixtures' reports, byte for byte.  They follow
 * the engine, which changes; after an intended change, regenerate them
 * with one command and review the diff:
 *   XC_UPDATE_GOLDEN=1 meson test -C build report
 *   git diff fixtures/golden */
static void
check_golden(const char *fixture, const char *format)
{
  const char *root = g_getenv("XC_FIXTURES");
  ck_assert_ptr_nonnull(root);
  /* relative inputs keep the checkout's location out of the goldens */
  ck_assert_int_eq(g_chdir(root), 0);
  g_autoptr(XcAnalysis) a = xc_analysis_new();
  const char *inputs[] = { fixture, NULL };
  ck_assert(xc_analysis_add_inputs(a, inputs, XC_INPUT_AUTO, FALSE, NULL, NULL, NULL));
  xc_analysis_run(a);
  g_autofree char *out = report(a, format, NULL);
  g_autofree char *name = g_strdup_printf("%s.%s", fixture, format);
  g_autofree char *path = g_build_filename(root, "golden", name, NULL);
  if (g_getenv("XC_UPDATE_GOLDEN")) {
    ck_assert(g_file_set_contents(path, out, -1, NULL));
    return;
  }
  g_autofree char *want = NULL;
  ck_assert_msg(g_file_get_contents(path, &want, NULL, NULL),
                "%s is missing: XC_UPDATE_GOLDEN=1 meson test -C build report writes it", path);
  if (g_str_equal(want, out))
    return;
  guint line = 1;
  const char *w = want, *o = out;
  for (; *w && *w == *o; w++, o++)
    line += *w == '\n';
  const char *we = strchr(w, '\n'), *oe = strchr(o, '\n');
  ck_abort_msg("%s differs from the %s report of fixtures/%s at line %u:\n"
               "  golden: %.*s\n  now:    %.*s\n"
               "If the change is intended: XC_UPDATE_GOLDEN=1 meson test -C build report, "
               "then review git diff fixtures/golden",
               path, format, fixture, line, we ? (int)(we - w) : (int)strlen(w), w,
               oe ? (int)(oe - o) : (int)strlen(o), o);
}

START_TEST(test_seed_text_report_matches_its_golden_file)
{
  check_golden("nk-troops", "text");
  check_golden("wildfire", "text");
}
END_TEST

START_TEST(test_seed_markdown_report_matches_its_golden_file)
{
  check_golden("nk-troops", "md");
  check_golden("wildfire", "md");
}
END_TEST

START_TEST(test_seed_csv_report_matches_its_golden_file)
{
  check_golden("nk-troops", "csv");
  check_golden("wildfire", "csv");
}
END_TEST

START_TEST(test_seed_json_report_matches_its_golden_file)
{
  check_golden("nk-troops", "json");
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
  tcase_add_test(tc, test_every_report_format_shows_the_weight_an_outlet_kept);
  tcase_add_test(tc, test_open_interval_end_is_null_in_json);
  tcase_add_test(tc, test_dates_are_iso_strings_in_json);
  tcase_add_test(tc, test_figure_lines_escape_an_id_as_jansson_did);
  tcase_add_test(tc, test_figure_lines_write_reals_with_seventeen_digits_as_jansson_did);
  suite_add_tcase(s, tc);
  tc = tcase_create("text");
  tcase_add_test(tc, test_text_report_has_one_block_a_claim_with_statement_columns_aligned);
  tcase_add_test(tc, test_text_report_marks_exactly_the_contradicting_statements);
  tcase_add_test(tc, test_text_columns_align_by_display_width_not_bytes);
  tcase_add_test(tc, test_text_colour_only_when_asked);
  tcase_add_test(tc, test_control_characters_from_a_source_are_blanked);
  tcase_add_test(tc, test_unknown_format_is_a_usage_error);
  suite_add_tcase(s, tc);
  tc = tcase_create("selection");
  tcase_add_test(tc, test_sort_by_contradiction_puts_every_contradicted_claim_first);
  tcase_add_test(tc, test_sort_by_size_orders_by_independent_sources_then_mentions);
  tcase_add_test(tc, test_sort_by_label_orders_labels_bytewise);
  tcase_add_test(tc, test_kind_filter_keeps_only_those_kinds_in_every_format);
  tcase_add_test(tc, test_min_sources_drops_claims_with_fewer_independent_sources);
  suite_add_tcase(s, tc);
  tc = tcase_create("csv-md-html");
  tcase_add_test(tc, test_csv_has_one_rfc4180_row_a_statement_with_its_claims_consensus);
  tcase_add_test(tc, test_csv_quotes_a_quote_and_leaves_plain_fields_bare);
  tcase_add_test(tc, test_csv_defuses_a_source_text_a_spreadsheet_would_run_as_a_formula);
  tcase_add_test(tc, test_reports_name_a_related_claim_beside_each_claim);
  tcase_add_test(tc, test_markdown_escapes_pipes_and_markup_from_sources);
  tcase_add_test(tc, test_markdown_has_a_summary_row_and_a_section_a_claim);
  tcase_add_test(tc, test_html_escapes_every_source_string_and_pins_its_style_by_hash);
  tcase_add_test(tc, test_html_has_a_matrix_row_a_plot_and_a_quote_per_claim);
  suite_add_tcase(s, tc);
  tc = tcase_create("golden");
  tcase_add_test(tc, test_seed_text_report_matches_its_golden_file);
  tcase_add_test(tc, test_seed_markdown_report_matches_its_golden_file);
  tcase_add_test(tc, test_seed_csv_report_matches_its_golden_file);
  tcase_add_test(tc, test_seed_json_report_matches_its_golden_file);
  suite_add_tcase(s, tc);
  return s;
}
