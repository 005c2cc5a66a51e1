/* test-cli.c: the crosscheck command as a user runs it: exit statuses,
 * messages that name the file and line, and output written whole. */
#include "xc-test.h"

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

START_TEST(test_text_report_names_the_whole_force_claim)
{
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autofree char *out = NULL;
  const char *args[] = { "report", dir, NULL };
  ck_assert_int_eq(run(args, &out, NULL), 0);
  ck_assert_ptr_nonnull(strstr(out, "military personnel"));
  ck_assert_ptr_nonnull(strstr(out, "CONSENSUS"));
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
  suite_add_tcase(s, tc);
  tc = tcase_create("output");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_output_file_is_written_whole);
  tcase_add_test(tc, test_output_in_a_missing_directory_exits_4_and_leaves_nothing);
  tcase_add_test(tc, test_full_disk_on_standard_output_exits_4);
  tcase_add_test(tc, test_inputs_are_never_modified);
  suite_add_tcase(s, tc);
  return s;
}
