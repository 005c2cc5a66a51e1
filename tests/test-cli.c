/* test-cli.c: the crosscheck command as a user runs it: exit statuses,
 * messages that name the file and line, and output written whole. */
#include "xc-test.h"

#include <jansson.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static int
run(const char *const *args, char **out, char **err)
{
  return xc_test_run_cli(args, NULL, out, err);
}

START_TEST(test_report_on_the_seeds_prints_claims_from_all_five_articles)
{
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *out = NULL;
  const char *args[] = { "report", "--format", "json", dir, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 0);
  g_autoptr(GHashTable) docs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (const char *p = out; (p = strstr(p, "\"doc\": \"")) != NULL; p += 8) {
    const char *q = strchr(p + 8, '"');
    g_hash_table_add(docs, g_strndup(p + 8, (gsize)(q - p - 8)));
  }
  ck_assert_uint_eq(g_hash_table_size(docs), 5);
}
END_TEST

/* The lowest outlet_weight of the report's statements (JSON), and how many
 * outlets it lists. */
static double
lowest_outlet_weight(const char *json, gsize *n_outlets)
{
  json_error_t e;
  json_t *root = json_loads(json, 0, &e);
  ck_assert_msg(root != NULL, "%s", e.text);
  double lowest = 1;
  json_t *claim, *st;
  size_t i, j;
  json_array_foreach(json_object_get(root, "claims"), i, claim)
    json_array_foreach(json_object_get(claim, "statements"), j, st)
      lowest = MIN(lowest, json_real_value(json_object_get(st, "outlet_weight")));
  *n_outlets = json_array_size(json_object_get(root, "outlets"));
  json_decref(root);
  return lowest;
}

/* The wildfire fixture's Valley Tribune contradicts the others (see its
 * README) and loses weight, unless outlet weighing is off. */
START_TEST(test_no_outlet_weights_counts_every_outlet_in_full)
{
  g_autofree char *dir = xc_test_fixture("wildfire");
  g_autofree char *weighed = NULL, *flat = NULL;
  const char *with[] = { "report", "-f", "json", dir, NULL };
  const char *without[] = { "report", "-f", "json", "--no-outlet-weights", dir, NULL };
  ck_assert_int_eq(run(with, &weighed, NULL), 0);
  ck_assert_int_eq(run(without, &flat, NULL), 0);
  gsize n = 0;
  ck_assert_double_lt(lowest_outlet_weight(weighed, &n), 1);
  ck_assert_uint_gt(n, 0);
  ck_assert_double_eq(lowest_outlet_weight(flat, &n), 1);
  ck_assert_uint_eq(n, 0);
}
END_TEST

/* check judges a draft against the consensus report prints, so it takes
 * report's switch; the seeds' whole force is 10,000-12,000 either way */
START_TEST(test_check_takes_no_outlet_weights_as_report_does)
{
  g_autofree char *draft = xc_test_fixture("drafts/three-figures.txt");
  g_autofree char *seeds = xc_test_fixture("nk-troops");
  g_autofree char *out = NULL;
  const char *args[] = { "check", "--no-outlet-weights", draft, seeds, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 1);
  ck_assert_ptr_nonnull(strstr(out, "error: \"15,000 troops\" contradicts the sources: 10,000\xE2\x80\x93" "12,000"));
}
END_TEST

START_TEST(test_csv_report_gives_each_row_the_outlet_weight_after_the_mark)
{
  g_autofree char *dir = xc_test_fixture("wildfire");
  g_autofree char *out = NULL;
  const char *args[] = { "report", "-f", "csv", dir, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 0);
  g_auto(GStrv) rows = g_strsplit(out, "\r\n", -1);
  ck_assert(g_str_has_suffix(rows[0], ",weight,mark,outlet_weight,related"));
  gboolean lowered = FALSE;
  for (guint i = 1; rows[i] && *rows[i]; i++) {
    /* the last cell, related claims' ids, holds no comma */
    char *last = strrchr(rows[i], ',');
    *last = '\0';
    double w = g_ascii_strtod(strrchr(rows[i], ',') + 1, NULL);
    ck_assert_double_le(w, 1);
    ck_assert_double_gt(w, 0);
    lowered = lowered || (w < 1 && strstr(rows[i], "Valley Tribune"));
  }
  ck_assert(lowered);
}
END_TEST

START_TEST(test_text_report_names_the_whole_force_claim)
{
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *out = NULL;
  const char *args[] = { "report", dir, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 0);
  ck_assert_ptr_nonnull(strstr(out, "military personnel"));
  ck_assert_ptr_nonnull(strstr(out, " \xC2\xB7 consensus 10,000\xE2\x80\x93" "12,000"));
}
END_TEST

START_TEST(test_every_subcommand_has_help)
{
  const char *cmds[] = { "extract", "report", "check", NULL };
  for (guint i = 0; cmds[i]; i++) {
    g_autofree char *out = NULL;
    const char *args[] = { cmds[i], "--help", NULL };
    ck_assert_int_eq(run(args, &out, NULL), 0);
    ck_assert_ptr_nonnull(strstr(out, "Exit status"));
  }
  g_autofree char *out = NULL;
  const char *args[] = { "--version", NULL };
  ck_assert_int_eq(run(args, &out, NULL), 0);
  ck_assert_ptr_nonnull(strstr(out, XC_VERSION_STRING));
}
END_TEST

START_TEST(test_unknown_option_is_a_usage_error)
{
  g_autofree char *err = NULL;
  const char *args[] = { "report", "--frobnicate", "x", NULL };
  ck_assert_int_eq(run(args, NULL, &err), 2);
  ck_assert_ptr_nonnull(strstr(err, "frobnicate"));
}
END_TEST

START_TEST(test_unknown_command_is_a_usage_error)
{
  const char *args[] = { "summarize", NULL };
  ck_assert_int_eq(run(args, NULL, NULL), 2);
}
END_TEST

START_TEST(test_missing_file_exits_3_naming_it)
{
  g_autofree char *err = NULL;
  const char *args[] = { "report", "/nonexistent/article.txt", NULL };
  ck_assert_int_eq(run(args, NULL, &err), 3);
  ck_assert_ptr_nonnull(strstr(err, "/nonexistent/article.txt"));
}
END_TEST

START_TEST(test_directory_without_documents_exits_3)
{
  g_autofree char *dir = g_dir_make_tmp("xc-empty-XXXXXX", NULL);
  g_autofree char *err = NULL;
  const char *args[] = { "report", dir, NULL };
  ck_assert_int_eq(run(args, NULL, &err), 3);
  ck_assert_ptr_nonnull(strstr(err, dir));
  g_rmdir(dir);
}
END_TEST

START_TEST(test_invalid_utf8_exits_3_naming_file_and_line)
{
  g_autofree char *path = xc_test_fixture("bad/latin1.txt");
  g_autofree char *err = NULL;
  const char *args[] = { "extract", path, NULL };
  ck_assert_int_eq(run(args, NULL, &err), 3);
  g_autofree char *where = g_strdup_printf("%s:1:", path);
  ck_assert_ptr_nonnull(strstr(err, where));
  ck_assert_ptr_nonnull(strstr(err, "UTF-8"));
}
END_TEST

START_TEST(test_empty_file_exits_3)
{
  g_autofree char *path = xc_test_fixture("bad/empty.txt");
  g_autofree char *err = NULL;
  const char *args[] = { "report", path, NULL };
  ck_assert_int_eq(run(args, NULL, &err), 3);
  ck_assert_ptr_nonnull(strstr(err, "empty"));
}
END_TEST

START_TEST(test_nul_byte_exits_3)
{
  g_autofree char *path = xc_test_fixture("bad/nul.txt");
  g_autofree char *err = NULL;
  const char *args[] = { "extract", path, NULL };
  ck_assert_int_eq(run(args, NULL, &err), 3);
  ck_assert_ptr_nonnull(strstr(err, "binary"));
}
END_TEST

START_TEST(test_malformed_json_line_exits_3_naming_the_line)
{
  g_autofree char *path = xc_test_fixture("bad/malformed.jsonl");
  g_autofree char *err = NULL;
  const char *args[] = { "extract", path, NULL };
  ck_assert_int_eq(run(args, NULL, &err), 3);
  g_autofree char *where = g_strdup_printf("%s:2:", path);
  ck_assert_ptr_nonnull(strstr(err, where));
}
END_TEST

START_TEST(test_keep_going_skips_the_bad_line_and_says_so)
{
  g_autofree char *path = xc_test_fixture("bad/malformed.jsonl");
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { "extract", "--keep-going", path, NULL };
  ck_assert_int_eq(run(args, &out, &err), 0);
  ck_assert_ptr_nonnull(strstr(err, "skipped"));
  ck_assert_ptr_nonnull(strstr(out, "About 10,000"));
  ck_assert_ptr_nonnull(strstr(out, "At least 11,000"));
}
END_TEST

START_TEST(test_standard_input_is_read_with_a_dash)
{
  g_autofree char *out = NULL;
  const char *args[] = { "extract", "--format", "text", "-", NULL };
  ck_assert_int_eq(xc_test_run_cli(args, "Some 18 soldiers deserted.\n", &out, NULL), 0);
  ck_assert(g_str_has_prefix(out, "-:1:1: "));
  ck_assert_ptr_nonnull(strstr(out, "\"Some 18\""));
}
END_TEST

START_TEST(test_reference_date_gives_an_undated_document_its_days)
{
  const char *text = "Officials said the talks ended yesterday.\n"
                     "They resume on October 4 in Geneva.\n";
  g_autofree char *bare = NULL, *out = NULL;
  const char *without[] = { "extract", "--format", "text", "-", NULL };
  ck_assert_int_eq(xc_test_run_cli(without, text, &bare, NULL), 0);
  ck_assert_ptr_null(strstr(bare, " date "));
  const char *with[] = { "extract", "--format", "text", "--reference-date", "2024-11-02", "-",
                         NULL };
  ck_assert_int_eq(xc_test_run_cli(with, text, &out, NULL), 0);
  ck_assert_ptr_nonnull(strstr(out, "date exact \"yesterday\" = 2024-11-01"));
  ck_assert_ptr_nonnull(strstr(out, "date exact \"October 4\" = 2024-10-04"));
}
END_TEST

START_TEST(test_reference_date_leaves_a_dated_document_its_own_date)
{
  g_autofree char *path = xc_test_fixture("wildfire/01-northstar-wire.txt");
  g_autofree char *out = NULL;
  const char *args[] = { "extract", "-f", "text", "-r", "2020-01-01", path, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 0);
  ck_assert_ptr_nonnull(strstr(out, "date exact \"Saturday\" = 2025-06-07"));
}
END_TEST

START_TEST(test_a_reference_date_not_written_yyyy_mm_dd_is_a_usage_error)
{
  g_autofree char *err = NULL;
  const char *args[] = { "extract", "--reference-date", "2 November 2024", "-", NULL };
  ck_assert_int_eq(xc_test_run_cli(args, "Talks ended yesterday.\n", NULL, &err), 2);
  ck_assert_ptr_nonnull(strstr(err, "--reference-date takes a day as YYYY-MM-DD"));
}
END_TEST

START_TEST(test_check_flags_a_contradiction_compiler_style_and_exits_1)
{
  g_autofree char *draft = xc_test_fixture("drafts/contradicts.txt");
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *out = NULL;
  const char *args[] = { "check", draft, "--against", dir, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 1);
  g_autofree char *where = g_strdup_printf("%s:5:22: error: \"15,000 troops\" contradicts", draft);
  ck_assert_msg(strstr(out, where) != NULL, "got: %s", out);
}
END_TEST

START_TEST(test_check_passes_a_supported_draft)
{
  g_autofree char *draft = xc_test_fixture("drafts/supported.txt");
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *out = NULL;
  const char *args[] = { "check", "-v", draft, "--against", dir, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 0);
  ck_assert_ptr_nonnull(strstr(out, "note: \"about 11,000 troops\" agrees"));
}
END_TEST

START_TEST(test_output_file_is_written_whole)
{
  g_autofree char *tmp = g_dir_make_tmp("xc-out-XXXXXX", NULL);
  g_autofree char *path = g_build_filename(tmp, "report.json", NULL);
  g_autofree char *dir = xc_test_fixture("nk-troops");
  const char *args[] = { "report", "-f", "json", "-o", path, dir, NULL };
  ck_assert_int_eq(run(args, NULL, NULL), 0);
  g_autofree char *text = NULL;
  ck_assert(g_file_get_contents(path, &text, NULL, NULL));
  ck_assert(g_str_has_suffix(text, "}\n"));
  g_unlink(path);
  g_rmdir(tmp);
}
END_TEST

START_TEST(test_output_in_a_missing_directory_exits_4_and_leaves_nothing)
{
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *err = NULL;
  const char *args[] = { "report", "-o", "/nonexistent-dir/report.txt", dir, NULL };
  ck_assert_int_eq(run(args, NULL, &err), 4);
  ck_assert_ptr_nonnull(strstr(err, "/nonexistent-dir/report.txt"));
  ck_assert(!g_file_test("/nonexistent-dir/report.txt", G_FILE_TEST_EXISTS));
}
END_TEST

START_TEST(test_full_disk_on_standard_output_exits_4)
{
  if (!g_file_test("/dev/full", G_FILE_TEST_EXISTS))
    return;
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *exe = g_strdup(g_getenv("XC_CROSSCHECK"));
  g_autofree char *cmd = g_strdup_printf("'%s' report '%s' > /dev/full", exe, dir);
  int status = 0;
  ck_assert(g_spawn_sync(NULL, (char *[]){ "/bin/sh", "-c", cmd, NULL }, NULL, 0, NULL,
                         NULL, NULL, NULL, &status, NULL));
  ck_assert(WIFEXITED(status));
  ck_assert_int_eq(WEXITSTATUS(status), 4);
}
END_TEST

START_TEST(test_inputs_are_never_modified)
{
  g_autofree char *path = xc_test_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  g_autofree char *before = NULL, *after = NULL;
  ck_assert(g_file_get_contents(path, &before, NULL, NULL));
  const char *args[] = { "report", path, NULL };
  ck_assert_int_eq(run(args, NULL, NULL), 0);
  ck_assert(g_file_get_contents(path, &after, NULL, NULL));
  ck_assert_str_eq(before, after);
}
END_TEST

/* One planted contradiction (15,000 troops), one supported figure (about
 * 11,000 troops) and one figure no source has (40 tanks): exactly three
 * diagnostics, in text order, and exit 1 for the error. */
START_TEST(test_check_reports_exactly_the_three_planted_figures_and_exits_1)
{
  g_autofree char *draft = xc_test_fixture("drafts/three-figures.txt");
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *out = NULL;
  const char *args[] = { "check", "-v", draft, "--against", dir, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 1);
  g_auto(GStrv) lines = g_strsplit(out, "\n", -1);
  ck_assert_uint_eq(g_strv_length(lines), 4);
  ck_assert_str_eq(lines[3], "");
  g_autofree char *e = g_strdup_printf("%s:5:22: error: \"15,000 troops\" contradicts the sources: "
                                       "10,000\xE2\x80\x93" "12,000 (", draft);
  g_autofree char *n = g_strdup_printf("%s:6:40: note: \"about 11,000 troops\" agrees with the sources: ",
                                       draft);
  g_autofree char *w = g_strdup_printf("%s:7:19: warning: \"40 tanks\" is not supported by any source",
                                       draft);
  ck_assert_msg(g_str_has_prefix(lines[0], e), "got: %s", lines[0]);
  ck_assert_msg(g_str_has_prefix(lines[1], n), "got: %s", lines[1]);
  ck_assert_str_eq(lines[2], w);
  /* without -v the note is not printed */
  g_autofree char *quiet = NULL;
  const char *qargs[] = { "check", draft, "--against", dir, NULL };
  ck_assert_int_eq(run(qargs, &quiet, NULL), 1);
  g_auto(GStrv) qlines = g_strsplit(quiet, "\n", -1);
  ck_assert_uint_eq(g_strv_length(qlines), 3);
  ck_assert(g_str_has_prefix(qlines[0], e));
  ck_assert_str_eq(qlines[1], w);
}
END_TEST

START_TEST(test_fail_on_warning_makes_an_unsupported_figure_exit_1)
{
  g_autofree char *tmp = g_dir_make_tmp("xc-draft-XXXXXX", NULL);
  g_autofree char *draft = g_build_filename(tmp, "draft.txt", NULL);
  ck_assert(g_file_set_contents(draft, "The ministry said 40 tanks were moved to the border.\n",
                                -1, NULL));
  g_autofree char *dir = xc_test_fixture("nk-troops");
  const char *args[] = { "check", draft, "--against", dir, NULL };
  g_autofree char *out = NULL;
  ck_assert_int_eq(run(args, &out, NULL), 0);
  ck_assert_ptr_nonnull(strstr(out, ":1:19: warning: \"40 tanks\""));
  const char *strict[] = { "check", "--fail-on", "warning", draft, "--against", dir, NULL };
  ck_assert_int_eq(run(strict, NULL, NULL), 1);
  const char *bad[] = { "check", "--fail-on", "note", draft, "--against", dir, NULL };
  ck_assert_int_eq(run(bad, NULL, NULL), 2);
  const char *bad_format[] = { "check", "--format", "xml", draft, "--against", dir, NULL };
  g_autofree char *err = NULL;
  ck_assert_int_eq(run(bad_format, NULL, &err), 2);
  ck_assert_ptr_nonnull(strstr(err, "'xml'"));
  g_unlink(draft);
  g_rmdir(tmp);
}
END_TEST

static json_t *
member(json_t *o, const char *key, json_type type)
{
  json_t *v = json_object_get(o, key);
  ck_assert_msg(v != NULL, "SARIF: missing \"%s\"", key);
  ck_assert_msg(json_typeof(v) == type, "SARIF: \"%s\" has the wrong type", key);
  return v;
}

/* The SARIF 2.1.0 structure code-scanning services read: version, one
 * run, tool.driver with rules, results with ruleId, a level among the
 * three, a message and a physicalLocation with a 1-based region, and the
 * run's columnKind. */
START_TEST(test_check_writes_sarif_2_1_0_with_rules_levels_and_locations)
{
  g_autofree char *draft = xc_test_fixture("drafts/three-figures.txt");
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *out = NULL;
  const char *args[] = { "check", "-v", "--format", "sarif", draft, "--against", dir, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 1);
  json_error_t e;
  json_t *log = json_loads(out, 0, &e);
  ck_assert_msg(log != NULL, "not JSON: %s", e.text);
  ck_assert_str_eq(json_string_value(member(log, "version", JSON_STRING)), "2.1.0");
  ck_assert(g_str_has_suffix(json_string_value(member(log, "$schema", JSON_STRING)),
                             "sarif-2.1.0.json"));
  json_t *runs = member(log, "runs", JSON_ARRAY);
  ck_assert_uint_eq(json_array_size(runs), 1);
  json_t *r = json_array_get(runs, 0);
  ck_assert_str_eq(json_string_value(member(r, "columnKind", JSON_STRING)), "unicodeCodePoints");
  json_t *driver = member(member(r, "tool", JSON_OBJECT), "driver", JSON_OBJECT);
  ck_assert_str_eq(json_string_value(member(driver, "name", JSON_STRING)), "crosscheck");
  json_t *rules = member(driver, "rules", JSON_ARRAY);
  ck_assert_uint_eq(json_array_size(rules), 3);
  json_t *results = member(r, "results", JSON_ARRAY);
  ck_assert_uint_eq(json_array_size(results), 3);
  const char *levels[] = { "error", "note", "warning" };
  const int lines[] = { 5, 6, 7 }, cols[] = { 22, 40, 19 };
  for (guint i = 0; i < 3; i++) {
    json_t *res = json_array_get(results, i);
    ck_assert_str_eq(json_string_value(member(res, "level", JSON_STRING)), levels[i]);
    const char *rule = json_string_value(member(res, "ruleId", JSON_STRING));
    json_int_t index = json_integer_value(member(res, "ruleIndex", JSON_INTEGER));
    ck_assert_int_lt(index, 3);
    json_t *rd = json_array_get(rules, (size_t)index);
    ck_assert_str_eq(json_string_value(member(rd, "id", JSON_STRING)), rule);
    ck_assert_str_eq(json_string_value(member(member(rd, "defaultConfiguration", JSON_OBJECT),
                                              "level", JSON_STRING)), levels[i]);
    ck_assert_uint_gt(strlen(json_string_value(member(member(res, "message", JSON_OBJECT),
                                                      "text", JSON_STRING))), 10);
    json_t *locs = member(res, "locations", JSON_ARRAY);
    ck_assert_uint_eq(json_array_size(locs), 1);
    json_t *pl = member(json_array_get(locs, 0), "physicalLocation", JSON_OBJECT);
    const char *uri = json_string_value(member(member(pl, "artifactLocation", JSON_OBJECT),
                                               "uri", JSON_STRING));
    ck_assert(g_str_has_prefix(uri, "file:///") && g_str_has_suffix(uri, "/drafts/three-figures.txt"));
    json_t *region = member(pl, "region", JSON_OBJECT);
    ck_assert_int_eq(json_integer_value(member(region, "startLine", JSON_INTEGER)), lines[i]);
    ck_assert_int_eq(json_integer_value(member(region, "startColumn", JSON_INTEGER)), cols[i]);
    ck_assert_int_gt(json_integer_value(member(region, "endColumn", JSON_INTEGER)), cols[i]);
  }
  json_decref(log);
  /* -o writes the same log to a file, and the exit status is unchanged */
  g_autofree char *tmp = g_dir_make_tmp("xc-sarif-XXXXXX", NULL);
  g_autofree char *path = g_build_filename(tmp, "check.sarif", NULL);
  const char *oargs[] = { "check", "-v", "-f", "sarif", "-o", path, draft, "-a", dir, NULL };
  g_autofree char *stdout_text = NULL;
  ck_assert_int_eq(run(oargs, &stdout_text, NULL), 1);
  ck_assert_str_eq(stdout_text, "");
  g_autofree char *written = NULL;
  ck_assert(g_file_get_contents(path, &written, NULL, NULL));
  ck_assert_str_eq(written, out);
  g_unlink(path);
  g_rmdir(tmp);
}
END_TEST

START_TEST(test_report_writes_every_format_and_rejects_bad_options)
{
  g_autofree char *dir = xc_test_fixture("wildfire");
  const char *formats[] = { "md", "csv", "html", NULL };
  const char *starts[] = { "# Figures compared across sources\n", "claim_id,claim_label,",
                           "<!DOCTYPE html>\n", NULL };
  for (guint i = 0; formats[i]; i++) {
    g_autofree char *out = NULL;
    const char *args[] = { "report", "-f", formats[i], dir, NULL };
    ck_assert_int_eq(run(args, &out, NULL), 0);
    ck_assert_msg(g_str_has_prefix(out, starts[i]), "%s starts: %.40s", formats[i], out);
  }
  const char *bad[][6] = {
    { "report", "-f", "yaml", dir, NULL },
    { "report", "--sort", "random", dir, NULL },
    { "report", "--kind", "apples", dir, NULL },
    { "report", "--min-sources", "-1", dir, NULL },
    { "report", "--color", "sometimes", dir, NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
    g_autofree char *err = NULL;
    ck_assert_int_eq(run(bad[i], NULL, &err), 2);
    ck_assert_msg(strstr(err, bad[i][2]) != NULL, "message does not name '%s': %s", bad[i][2], err);
  }
}
END_TEST

START_TEST(test_colour_is_off_in_a_pipe_unless_always)
{
  g_autofree char *dir = xc_test_fixture("wildfire");
  g_autofree char *plain = NULL, *never = NULL, *always = NULL;
  const char *a1[] = { "report", dir, NULL };
  ck_assert_int_eq(run(a1, &plain, NULL), 0);
  ck_assert_ptr_null(strchr(plain, '\033'));
  const char *a2[] = { "report", "--color=never", dir, NULL };
  ck_assert_int_eq(run(a2, &never, NULL), 0);
  ck_assert_str_eq(plain, never);
  g_autofree char *split = xc_test_fixture("report/contradiction.jsonl");
  const char *a3[] = { "report", "--color=always", split, NULL };
  ck_assert_int_eq(run(a3, &always, NULL), 0);
  ck_assert_ptr_nonnull(strstr(always, "\033[1m\033[31mcontradiction\033[0m"));
}
END_TEST

/* Colour on a terminal, and none there when NO_COLOR is set: the command
 * runs under script(1), which gives it a pseudo-terminal. */
START_TEST(test_colour_on_a_terminal_and_none_with_no_color)
{
  g_autofree char *script = g_find_program_in_path("script");
  if (!script) {
    fprintf(stderr, "skipped: script(1) is not installed\n");
    return;
  }
  g_autofree char *dir = xc_test_fixture("report/contradiction.jsonl");
  const char *exe = g_getenv("XC_CROSSCHECK");
  for (guint no_color = 0; no_color < 2; no_color++) {
    g_autofree char *cmd = g_strdup_printf("%s'%s' report '%s'", no_color ? "NO_COLOR=1 " : "",
                                           exe, dir);
    const char *argv[] = { script, "-qec", cmd, "/dev/null", NULL };
    g_autoptr(GSubprocessLauncher) l = g_subprocess_launcher_new(G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                 G_SUBPROCESS_FLAGS_STDIN_PIPE);
    g_subprocess_launcher_unsetenv(l, "NO_COLOR");
    g_subprocess_launcher_setenv(l, "TERM", "xterm", TRUE);
    g_autoptr(GSubprocess) p = g_subprocess_launcher_spawnv(l, argv, NULL);
    ck_assert_ptr_nonnull(p);
    g_autofree char *out = NULL;
    ck_assert(g_subprocess_communicate_utf8(p, "", NULL, &out, NULL, NULL));
    ck_assert_ptr_nonnull(strstr(out, "contradiction"));
    if (no_color)
      ck_assert_ptr_null(strchr(out, '\033'));
    else
      ck_assert_ptr_nonnull(strstr(out, "\033[1m\033[31mcontradiction\033[0m"));
  }
}
END_TEST

/* A run that waits on slow input shows the progress line on a terminal
 * (script(1) gives it one) and erases it; without a terminal standard
 * error stays empty. */
START_TEST(test_progress_line_only_on_a_terminal_for_a_long_run)
{
  g_autofree char *script = g_find_program_in_path("script");
  if (!script) {
    fprintf(stderr, "skipped: script(1) is not installed\n");
    return;
  }
  g_autofree char *article = xc_test_fixture("wildfire/02-alder-county-herald.txt");
  const char *exe = g_getenv("XC_CROSSCHECK");
  g_autofree char *cmd = g_strdup_printf("(sleep 2; cat '%s') | '%s' report - > /dev/null",
                                         article, exe);
  const char *argv[] = { script, "-qec", cmd, "/dev/null", NULL };
  g_autoptr(GSubprocessLauncher) l = g_subprocess_launcher_new(G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                               G_SUBPROCESS_FLAGS_STDIN_PIPE);
  g_subprocess_launcher_setenv(l, "TERM", "xterm", TRUE);
  g_autoptr(GSubprocess) p = g_subprocess_launcher_spawnv(l, argv, NULL);
  ck_assert_ptr_nonnull(p);
  g_autofree char *tty = NULL;
  ck_assert(g_subprocess_communicate_utf8(p, "", NULL, &tty, NULL, NULL));
  ck_assert_msg(strstr(tty, "\rcrosscheck: reading inputs (1s)\033[K") != NULL, "got: %s", tty);
  ck_assert_msg(g_str_has_suffix(tty, "\r\033[K"), "the line is not erased: %s", tty);

  g_autofree char *piped = g_strdup_printf("(sleep 2; cat '%s') | '%s' report -", article, exe);
  g_autofree char *out = NULL, *err = NULL;
  int status = 0;
  ck_assert(g_spawn_sync(NULL, (char *[]){ "/bin/sh", "-c", piped, NULL }, NULL, 0, NULL,
                         NULL, &out, &err, &status, NULL));
  ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ck_assert_str_eq(err, "");
  ck_assert_ptr_nonnull(strstr(out, " from 1 document"));
}
END_TEST

/* The section of the man page between ".SS Options of @cmd" and the next
 * heading. */
static char *
man_section(const char *man, const char *cmd)
{
  g_autofree char *head = g_strdup_printf(".SS Options of %s\n", cmd);
  const char *s = strstr(man, head);
  ck_assert_msg(s != NULL, "docs/crosscheck.1 has no \"%s\"", head);
  s += strlen(head);
  const char *e = s;
  while ((e = strchr(e, '\n')) != NULL && strncmp(e + 1, ".SS", 3) && strncmp(e + 1, ".SH", 3))
    e++;
  return e ? g_strndup(s, (gsize)(e - s)) : g_strdup(s);
}

START_TEST(test_man_page_lists_exactly_the_options_of_each_help)
{
  g_autofree char *src = g_path_get_dirname(g_getenv("XC_FIXTURES"));
  g_autofree char *path = g_build_filename(src, "docs", "crosscheck.1", NULL);
  g_autofree char *man = NULL;
  ck_assert(g_file_get_contents(path, &man, NULL, NULL));
  const char *cmds[] = { "extract", "report", "check", NULL };
  g_autoptr(GRegex) long_opt = g_regex_new("  (?:-[a-zA-Z], )?--([a-z-]+)", 0, 0, NULL);
  g_autoptr(GRegex) man_opt = g_regex_new("^\\.B[IR]? .*?\\\\-\\\\-([a-z\\\\-]+)", G_REGEX_MULTILINE, 0, NULL);
  for (guint i = 0; cmds[i]; i++) {
    g_autofree char *help = NULL;
    const char *args[] = { cmds[i], "--help", NULL };
    ck_assert_int_eq(run(args, &help, NULL), 0);
    g_autofree char *section = man_section(man, cmds[i]);
    g_autoptr(GHashTable) in_help = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GMatchInfo) m = NULL;
    g_regex_match(long_opt, help, 0, &m);
    for (; g_match_info_matches(m); g_match_info_next(m, NULL)) {
      char *name = g_match_info_fetch(m, 1);
      /* groff writes every hyphen of an option escaped: "\-\-no\-outlet\-weights" */
      g_auto(GStrv) words = g_strsplit(name, "-", -1);
      g_autofree char *joined = g_strjoinv("\\-", words);
      g_autofree char *in_man = g_strdup_printf("\\-\\-%s", joined);
      ck_assert_msg(strstr(section, in_man) != NULL, "man page: %s lacks --%s", cmds[i], name);
      g_hash_table_add(in_help, name);
    }
    g_autoptr(GMatchInfo) mm = NULL;
    g_regex_match(man_opt, section, 0, &mm);
    guint listed = 0;
    for (; g_match_info_matches(mm); g_match_info_next(mm, NULL)) {
      g_autofree char *raw = g_match_info_fetch(mm, 1);
      g_autoptr(GString) name = g_string_new(NULL);
      for (const char *c = raw; *c; c++)
        if (*c != '\\')
          g_string_append_c(name, *c);
      ck_assert_msg(g_hash_table_contains(in_help, name->str),
                    "man page lists --%s for %s, --help does not", name->str, cmds[i]);
      listed++;
    }
    ck_assert_uint_ge(listed, g_hash_table_size(in_help));
  }
}
END_TEST

Suite *
xc_cli_suite(void)
{
  Suite *s = suite_create("cli");
  TCase *tc = tcase_create("commands");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_report_on_the_seeds_prints_claims_from_all_five_articles);
  tcase_add_test(tc, test_text_report_names_the_whole_force_claim);
  tcase_add_test(tc, test_every_subcommand_has_help);
  tcase_add_test(tc, test_standard_input_is_read_with_a_dash);
  tcase_add_test(tc, test_reference_date_gives_an_undated_document_its_days);
  tcase_add_test(tc, test_reference_date_leaves_a_dated_document_its_own_date);
  tcase_add_test(tc, test_a_reference_date_not_written_yyyy_mm_dd_is_a_usage_error);
  suite_add_tcase(s, tc);
  tc = tcase_create("usage");
  tcase_add_test(tc, test_unknown_option_is_a_usage_error);
  tcase_add_test(tc, test_unknown_command_is_a_usage_error);
  suite_add_tcase(s, tc);
  tc = tcase_create("bad input");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_missing_file_exits_3_naming_it);
  tcase_add_test(tc, test_directory_without_documents_exits_3);
  tcase_add_test(tc, test_invalid_utf8_exits_3_naming_file_and_line);
  tcase_add_test(tc, test_empty_file_exits_3);
  tcase_add_test(tc, test_nul_byte_exits_3);
  tcase_add_test(tc, test_malformed_json_line_exits_3_naming_the_line);
  tcase_add_test(tc, test_keep_going_skips_the_bad_line_and_says_so);
  suite_add_tcase(s, tc);
  tc = tcase_create("check");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_check_flags_a_contradiction_compiler_style_and_exits_1);
  tcase_add_test(tc, test_check_passes_a_supported_draft);
  tcase_add_test(tc, test_check_reports_exactly_the_three_planted_figures_and_exits_1);
  tcase_add_test(tc, test_fail_on_warning_makes_an_unsupported_figure_exit_1);
  tcase_add_test(tc, test_check_writes_sarif_2_1_0_with_rules_levels_and_locations);
  suite_add_tcase(s, tc);
  tc = tcase_create("report");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_report_writes_every_format_and_rejects_bad_options);
  tcase_add_test(tc, test_colour_is_off_in_a_pipe_unless_always);
  tcase_add_test(tc, test_colour_on_a_terminal_and_none_with_no_color);
  tcase_add_test(tc, test_progress_line_only_on_a_terminal_for_a_long_run);
  tcase_add_test(tc, test_man_page_lists_exactly_the_options_of_each_help);
  suite_add_tcase(s, tc);
  tc = tcase_create("output");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_output_file_is_written_whole);
  tcase_add_test(tc, test_output_in_a_missing_directory_exits_4_and_leaves_nothing);
  tcase_add_test(tc, test_full_disk_on_standard_output_exits_4);
  tcase_add_test(tc, test_inputs_are_never_modified);
  tcase_add_test(tc, test_no_outlet_weights_counts_every_outlet_in_full);
  tcase_add_test(tc, test_check_takes_no_outlet_weights_as_report_does);
  tcase_add_test(tc, test_csv_report_gives_each_row_the_outlet_weight_after_the_mark);
  suite_add_tcase(s, tc);
  return s;
}
