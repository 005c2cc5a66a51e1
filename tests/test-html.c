/* test-html.c: the HTML report as a reader sees it, in headless Chromium.
 *
 * The seed report plus fixtures/html/hostile.jsonl (a source whose id,
 * title, outlet, address and text carry <script> and onerror markup) is
 * written by the built crosscheck, then Chromium loads it: the page must
 * raise no console message (a blocked style, script or image would log
 * one), have a section and a plot for every claim, keep crosscheck's
 * title (the injected script would change it) and hold no <img> or
 * <script> element.  A screenshot is left in the build directory
 * (tests/report-screenshot.png) for a person to look at.
 *
 * Chromium is Debian's "chromium" package, which .ci/run installs; where
 * it cannot be had the test exits 77, which meson reports as skipped. */
#include "xc-test.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

Suite *xc_html_suite(void);

static const char *chromium;

static char *
build_path(const char *name)
{
  const char *dir = g_getenv("XC_BUILD_TESTS");
  ck_assert_msg(dir != NULL, "XC_BUILD_TESTS is not set: run the tests with meson test");
  return g_build_filename(dir, name, NULL);
}

/* Writes the seed report with the hostile source as HTML; returns its
 * path and the number of claims (from the JSON of the same run). */
static char *
write_report(guint *n_claims)
{
  g_autofree char *seeds = xc_test_fixture("nk-troops");
  g_autofree char *hostile = xc_test_fixture("html/hostile.jsonl");
  char *path = build_path("report.html");
  const char *args[] = { "report", "-f", "html", "-o", path, seeds, hostile, NULL };
  g_autofree char *err = NULL;
  ck_assert_msg(xc_test_run_cli(args, NULL, NULL, &err) == 0, "report failed: %s", err);
  g_autofree char *json = NULL;
  const char *jargs[] = { "report", "-f", "json", seeds, hostile, NULL };
  ck_assert_int_eq(xc_test_run_cli(jargs, NULL, &json, NULL), 0);
  json_t *root = json_loads(json, 0, NULL);
  ck_assert_ptr_nonnull(root);
  *n_claims = (guint)json_array_size(json_object_get(root, "claims"));
  json_decref(root);
  ck_assert_uint_gt(*n_claims, 5);
  return path;
}

/* Runs Chromium on @url with @extra flags in a fresh profile; its exit
 * status, standard output and standard error. */
static int
run_chromium(const char *url, const char *const *extra, char **out, char **err)
{
  g_autofree char *profile = g_dir_make_tmp("xc-chromium-XXXXXX", NULL);
  ck_assert_ptr_nonnull(profile);
  g_autofree char *user_data = g_strdup_printf("--user-data-dir=%s", profile);
  g_autoptr(GPtrArray) argv = g_ptr_array_new();
  /* a hung browser is killed rather than left to the test's timeout */
  g_autofree char *timeout = g_find_program_in_path("timeout");
  if (timeout) {
    g_ptr_array_add(argv, timeout);
    g_ptr_array_add(argv, (gpointer)"-k");
    g_ptr_array_add(argv, (gpointer)"5");
    g_ptr_array_add(argv, (gpointer)"90");
  }
  const char *flags[] = { chromium, "--headless", "--no-sandbox", "--disable-gpu",
                          "--disable-quic", "--no-first-run", "--disable-background-networking",
                          "--disable-component-update", "--disable-sync", user_data, NULL };
  for (guint i = 0; flags[i]; i++)
    g_ptr_array_add(argv, (gpointer)flags[i]);
  for (guint i = 0; extra[i]; i++)
    g_ptr_array_add(argv, (gpointer)extra[i]);
  g_ptr_array_add(argv, (gpointer)url);
  g_ptr_array_add(argv, NULL);
  GError *error = NULL;
  g_autoptr(GSubprocess) p = g_subprocess_newv((const char *const *)argv->pdata,
                                               G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                               G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  ck_assert_msg(p != NULL, "%s", error ? error->message : "");
  ck_assert(g_subprocess_communicate_utf8(p, NULL, NULL, out, err, &error));
  g_autofree char *rm = g_find_program_in_path("rm");
  if (rm) {
    const char *rmv[] = { rm, "-rf", profile, NULL };
    g_autoptr(GSubprocess) r = g_subprocess_newv(rmv, G_SUBPROCESS_FLAGS_NONE, NULL);
    if (r)
      g_subprocess_wait(r, NULL, NULL);
  }
  return g_subprocess_get_if_exited(p) ? g_subprocess_get_exit_status(p) : -1;
}

static guint
count(const char *haystack, const char *needle)
{
  guint n = 0;
  for (const char *p = haystack; (p = strstr(p, needle)) != NULL; p += strlen(needle))
    n++;
  return n;
}

START_TEST(test_report_loads_in_chromium_with_no_console_message_and_a_plot_a_claim)
{
  guint n;
  g_autofree char *path = write_report(&n);
  g_autofree char *url = g_filename_to_uri(path, NULL, NULL);
  g_autofree char *dom = NULL, *err = NULL;
  const char *extra[] = { "--enable-logging=stderr", "--v=0", "--dump-dom", NULL };
  ck_assert_int_eq(run_chromium(url, extra, &dom, &err), 0);
  ck_assert_msg(strstr(dom, "</html>") != NULL, "no DOM dumped; chromium said:\n%s", err);
  /* any console message (a blocked resource, a CSP violation, a script
   * error) is logged as ":CONSOLE" with --enable-logging */
  g_auto(GStrv) lines = g_strsplit(err, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    ck_assert_msg(strstr(lines[i], ":CONSOLE") == NULL, "console: %s", lines[i]);
  ck_assert_uint_eq(count(dom, "<section class=\"claim\""), n);
  ck_assert_uint_eq(count(dom, "<svg class=\"plot\""), n);
  ck_assert_uint_eq(count(dom, "<rect class=\"band\""), n);
  ck_assert_uint_eq(count(dom, "<table class=\"matrix\""), 1);
  /* the hostile source's 15,000 troops contradict the seeds' consensus */
  ck_assert_uint_ge(count(dom, "<text class=\"cx\""), 1);
}
END_TEST

START_TEST(test_markup_injected_by_a_source_does_not_run_in_chromium)
{
  guint n;
  g_autofree char *path = write_report(&n);
  g_autofree char *url = g_filename_to_uri(path, NULL, NULL);
  g_autofree char *dom = NULL, *err = NULL;
  const char *extra[] = { "--dump-dom", NULL };
  ck_assert_int_eq(run_chromium(url, extra, &dom, &err), 0);
  g_autofree char *title = g_strdup_printf("<title>crosscheck report: %u claims from 6 documents</title>", n);
  ck_assert_msg(strstr(dom, title) != NULL, "title changed; DOM starts: %.300s", dom);
  ck_assert_ptr_null(strstr(dom, "<script"));
  ck_assert_ptr_null(strstr(dom, "<img"));
  /* the injected text is there, as text */
  ck_assert_ptr_nonnull(strstr(dom, "&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
  ck_assert_ptr_nonnull(strstr(dom, "\"&gt;&lt;img src=x onerror=\"document.title='pwned'\"&gt;"));
}
END_TEST

/* `reconcile -f html` is a page of its own, under the same policy. */
START_TEST(test_reconcile_page_loads_in_chromium_with_no_console_message)
{
  g_autofree char *table = xc_test_fixture("tables/casualties.csv");
  g_autofree char *path = build_path("reconcile.html");
  const char *args[] = { "reconcile", "-f", "html", "-o", path, table, NULL };
  g_autofree char *cerr = NULL;
  ck_assert_msg(xc_test_run_cli(args, NULL, NULL, &cerr) == 0, "reconcile failed: %s", cerr);
  g_autofree char *url = g_filename_to_uri(path, NULL, NULL);
  g_autofree char *dom = NULL, *err = NULL;
  const char *extra[] = { "--enable-logging=stderr", "--v=0", "--dump-dom", NULL };
  ck_assert_int_eq(run_chromium(url, extra, &dom, &err), 0);
  ck_assert_msg(strstr(dom, "</html>") != NULL, "no DOM dumped; chromium said:\n%s", err);
  g_auto(GStrv) lines = g_strsplit(err, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    ck_assert_msg(strstr(lines[i], ":CONSOLE") == NULL, "console: %s", lines[i]);
  /* one row an item (3 in the table) and one a source (5) */
  ck_assert_uint_eq(count(dom, "<span class=\"status "), 3);
  ck_assert_uint_eq(count(dom, "<svg class=\"bar\""), 5);
}
END_TEST

START_TEST(test_chromium_screenshot_of_the_report_is_written_for_inspection)
{
  guint n;
  g_autofree char *path = write_report(&n);
  g_autofree char *url = g_filename_to_uri(path, NULL, NULL);
  g_autofree char *shot = build_path("report-screenshot.png");
  g_unlink(shot);
  g_autofree char *flag = g_strdup_printf("--screenshot=%s", shot);
  const char *extra[] = { "--hide-scrollbars", "--window-size=1280,2400", flag, NULL };
  g_autofree char *out = NULL, *err = NULL;
  ck_assert_int_eq(run_chromium(url, extra, &out, &err), 0);
  g_autofree char *png = NULL;
  gsize len = 0;
  ck_assert_msg(g_file_get_contents(shot, &png, &len, NULL), "no screenshot; chromium said:\n%s", err);
  ck_assert_uint_gt(len, 20000);
  ck_assert_int_eq(memcmp(png, "\x89PNG\r\n\x1a\n", 8), 0);
  /* IHDR: the width and height asked for */
  guint32 w = GUINT32_FROM_BE(*(guint32 *)(png + 16)), h = GUINT32_FROM_BE(*(guint32 *)(png + 20));
  ck_assert_uint_eq(w, 1280);
  ck_assert_uint_eq(h, 2400);
  fprintf(stderr, "screenshot: %s\n", shot);
}
END_TEST

Suite *
xc_html_suite(void)
{
  const char *env = g_getenv("XC_CHROMIUM");
  static char *found;
  found = env && *env ? g_strdup(env) : g_find_program_in_path("chromium");
  if (!found)
    found = g_find_program_in_path("chromium-browser");
  if (!found) {
    printf("SKIP: headless Chromium is not installed (apt-get install chromium, as .ci/run "
           "does, or set XC_CHROMIUM to a Chromium binary); the HTML report was not opened "
           "in a browser\n");
    exit(77);
  }
  chromium = found;
  Suite *s = suite_create("html");
  TCase *tc = tcase_create("chromium");
  tcase_set_timeout(tc, 240);
  tcase_add_test(tc, test_report_loads_in_chromium_with_no_console_message_and_a_plot_a_claim);
  tcase_add_test(tc, test_markup_injected_by_a_source_does_not_run_in_chromium);
  tcase_add_test(tc, test_reconcile_page_loads_in_chromium_with_no_console_message);
  tcase_add_test(tc, test_chromium_screenshot_of_the_report_is_written_for_inspection);
  suite_add_tcase(s, tc);
  return s;
}
