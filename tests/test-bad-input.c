/* test-bad-input.c: the crosscheck command fed bad input, one case a row of
 * fixtures/bad/cases.tsv (its header says what each field holds).  Every
 * case runs the built binary and checks its exit status and that standard
 * error names what went wrong, where (file, line); docs/robustness.md says
 * why each outcome is the one wanted.  Large inputs (a 50 MB line, 1 GiB
 * files) are made at run time in a temporary directory, removed after, and
 * their runs' peak memory (the child's ru_maxrss from wait4) is checked
 * against the bound the table gives. */
#include "xc-test.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

typedef struct {
  char *name;
  char *setup;
  char *args;
  int exit_status;
  char *err;
  char *checks;
  guint line_no;
} BadCase;

static GPtrArray *cases;   /* BadCase*, read once by the suite constructor */

static void
bad_case_free(BadCase *c)
{
  g_free(c->name);
  g_free(c->setup);
  g_free(c->args);
  g_free(c->err);
  g_free(c->checks);
  g_free(c);
}

static void
load_cases(void)
{
  cases = g_ptr_array_new_with_free_func((GDestroyNotify)bad_case_free);
  const char *root = g_getenv("XC_FIXTURES");
  if (!root)
    return;   /* the test itself says so (xc_test_fixture) */
  g_autofree char *path = g_build_filename(root, "bad", "cases.tsv", NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents(path, &text, NULL, NULL))
    return;
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    if (lines[i][0] == '#' || lines[i][0] == '\0')
      continue;
    g_auto(GStrv) f = g_strsplit(lines[i], "\t", -1);
    if (g_strv_length(f) != 6) {
      g_printerr("cases.tsv:%u: expected 6 tab-separated fields\n", i + 1);
      abort();
    }
    BadCase *c = g_new0(BadCase, 1);
    c->name = g_strdup(f[0]);
    c->setup = g_strdup(f[1]);
    c->args = g_strdup(f[2]);
    c->exit_status = atoi(f[3]);
    c->err = g_strdup(f[4]);
    c->checks = g_strdup(f[5]);
    c->line_no = i + 1;
    g_ptr_array_add(cases, c);
  }
}

static char *
expand(const char *s, const char *fixtures, const char *tmp)
{
  g_autoptr(GString) out = g_string_new(s);
  g_string_replace(out, "{F}", fixtures, 0);
  g_string_replace(out, "{T}", tmp, 0);
  return g_string_free(g_steal_pointer(&out), FALSE);
}

/* Writes @total bytes made of @pattern repeated (its last copy cut) to
 * @f, in large blocks so that a gigabyte takes seconds. */
static void
write_repeated(FILE *f, const char *pattern, guint64 total)
{
  gsize plen = strlen(pattern);
  gsize block_len = plen * MAX((gsize)1, (gsize)(1 << 20) / plen);
  g_autofree char *block = g_malloc(block_len);
  for (gsize i = 0; i < block_len; i += plen)
    memcpy(block + i, pattern, plen);
  for (guint64 done = 0; done < total;) {
    gsize n = (gsize)MIN((guint64)block_len, total - done);
    ck_assert_uint_eq(fwrite(block, 1, n, f), n);
    done += n;
  }
}

static FILE *
create(const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename(dir, name, NULL);
  FILE *f = fopen(path, "w");
  ck_assert_msg(f != NULL, "%s: %s", path, g_strerror(errno));
  return f;
}

static void
finish(FILE *f)
{
  ck_assert_int_eq(fclose(f), 0);
}

/* Prose with one figure in every 2 KB, like a page scraped without its
 * line breaks. */
static const char prose[] =
  "The river rose through the night and the town waited for word from the "
  "hills, where crews had worked since dawn on the levee. The river rose "
  "through the night and the town waited for word from the hills, where "
  "crews had worked since dawn on the levee. The river rose through the "
  "night and the town waited for word from the hills, where crews had worked "
  "since dawn on the levee. The river rose through the night and the town "
  "waited for word from the hills, where crews had worked since dawn on the "
  "levee. The river rose through the night and the town waited for word from "
  "the hills, where crews had worked since dawn on the levee. The river rose "
  "through the night and the town waited for word from the hills, where "
  "crews had worked since dawn on the levee. The river rose through the "
  "night and the town waited for word from the hills, where crews had worked "
  "since dawn on the levee. The river rose through the night and the town "
  "waited for word from the hills, where crews had worked since dawn on the "
  "levee. The river rose through the night and the town waited for word from "
  "the hills, where crews had worked since dawn on the levee. The river rose "
  "through the night and the town waited for word from the hills, where "
  "crews had worked since dawn on the levee. Officials said 1,200 people had "
  "left. ";

static void
set_up(const char *setup, const char *tmp, const char *fixtures)
{
  g_auto(GStrv) names = g_strsplit(setup, ",", -1);
  for (guint i = 0; names[i]; i++) {
    const char *n = names[i];
    if (g_str_equal(n, "-")) {
      continue;
    } else if (g_str_equal(n, "line50mb")) {
      FILE *f = create(tmp, "line.txt");
      write_repeated(f, prose, 50u << 20);
      fputc('\n', f);
      finish(f);
    } else if (g_str_equal(n, "text1gb")) {
      /* its size alone must get it refused: a reader that read it would
       * meet NUL bytes and say so instead */
      FILE *f = create(tmp, "huge.txt");
      ck_assert_int_eq(ftruncate(fileno(f), (off_t)1 << 30), 0);
      finish(f);
    } else if (g_str_equal(n, "jsonl1gb")) {
      FILE *f = create(tmp, "huge.jsonl");
      fputs("{\"id\": \"first\", \"text\": \"About 10,000 troops were sent.\"}\n", f);
      fputs("{\"id\": \"big\", \"text\": \"", f);
      write_repeated(f, "Officials said 12 people had left. ", 1u << 30);
      fputs("\"}\n", f);
      fputs("{\"id\": \"last\", \"text\": \"At least 11,000 troops were sent.\"}\n", f);
      finish(f);
    } else if (g_str_equal(n, "unreadable")) {
      FILE *f = create(tmp, "secret.txt");
      fputs("About 10,000 troops were sent.\n", f);
      finish(f);
      g_autofree char *path = g_build_filename(tmp, "secret.txt", NULL);
      ck_assert_int_eq(chmod(path, 0), 0);
    } else if (g_str_equal(n, "digits10k")) {
      FILE *f = create(tmp, "digits.txt");
      fputs("Officials counted ", f);
      write_repeated(f, "1", 10000);
      fputs(" troops. Another 400 were sent.\n", f);
      finish(f);
    } else if (g_str_equal(n, "bignum")) {
      FILE *f = create(tmp, "bignum.txt");
      fputs("About 1", f);
      write_repeated(f, "0", 400);
      fputs(" people were counted, and 25 officers.\n", f);
      finish(f);
    } else if (g_str_equal(n, "copy")) {
      g_autofree char *src = g_build_filename(fixtures, "wildfire", "01-northstar-wire.txt", NULL);
      g_autofree char *text = NULL;
      gsize len;
      ck_assert(g_file_get_contents(src, &text, &len, NULL));
      g_autofree char *dst = g_build_filename(tmp, "in.txt", NULL);
      ck_assert(g_file_set_contents(dst, text, (gssize)len, NULL));
    } else if (g_str_equal(n, "link")) {
      g_autofree char *target = g_build_filename(tmp, "in.txt", NULL);
      g_autofree char *alias = g_build_filename(tmp, "alias.txt", NULL);
      ck_assert_int_eq(link(target, alias), 0);
    } else {
      ck_abort_msg("cases.tsv: unknown setup '%s'", n);
    }
  }
}

static void
remove_tree(const char *path)
{
  if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
    g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
    const char *name;
    while (dir && (name = g_dir_read_name(dir)) != NULL) {
      g_autofree char *child = g_build_filename(path, name, NULL);
      remove_tree(child);
    }
  }
  g_remove(path);
}

static gboolean
under_sanitizer(void)
{
#if defined(__SANITIZE_ADDRESS__)
  return TRUE;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return TRUE;
#else
  return FALSE;
#endif
#else
  return FALSE;
#endif
}

/* Whether the case's checks say to skip it here; *@why says why. */
static gboolean
skipped(const BadCase *c, char **checks, const char **why)
{
  for (guint i = 0; checks[i]; i++) {
    if (g_str_equal(checks[i], "big") && g_getenv("XC_CROSSCHECK_WRAPPER")) {
      *why = "large input, not run under XC_CROSSCHECK_WRAPPER (valgrind)";
      return TRUE;
    }
    if (g_str_equal(checks[i], "not-root") && geteuid() == 0) {
      *why = "running as root, who reads a file of mode 000 all the same";
      return TRUE;
    }
    if (g_str_has_prefix(checks[i], "needs=") && !g_file_test(checks[i] + 6, G_FILE_TEST_EXISTS)) {
      *why = "this system has no such file";
      return TRUE;
    }
  }
  return FALSE;
}

START_TEST(test_each_bad_input_gives_its_exit_status_and_a_message_naming_file_and_line)
{
  ck_assert_msg(cases != NULL && cases->len > 0,
                "fixtures/bad/cases.tsv could not be read: is XC_FIXTURES set?");
  const BadCase *c = g_ptr_array_index(cases, (guint)_i);
  g_autofree char *fixtures = xc_test_fixture("");
  /* no trailing separator, so that {F}/bad reads as the reader prints it */
  while (g_str_has_suffix(fixtures, "/") && strlen(fixtures) > 1)
    fixtures[strlen(fixtures) - 1] = '\0';
  g_auto(GStrv) checks = g_strsplit(c->checks, ";", -1);
  const char *why = NULL;
  if (skipped(c, checks, &why)) {
    g_print("cases.tsv:%u: %s: skipped: %s\n", c->line_no, c->name, why);
    return;
  }

  GError *error = NULL;
  g_autofree char *tmp = g_dir_make_tmp("xc-bad-XXXXXX", &error);
  ck_assert_msg(tmp != NULL, "%s", error ? error->message : "");
  set_up(c->setup, tmp, fixtures);

  g_autofree char *args_text = expand(c->args, fixtures, tmp);
  g_auto(GStrv) args = g_strsplit(args_text, " ", -1);
  /* beside the directory, not in it: a case may read the directory */
  g_autofree char *own_stdout = g_strconcat(tmp, ".stdout", NULL);
  g_autofree char *stdout_path = g_strdup(own_stdout);
  guint n = g_strv_length(args);
  if (n > 0 && args[n - 1][0] == '>') {
    g_free(stdout_path);
    stdout_path = g_strdup(args[n - 1] + 1);
    g_free(args[n - 1]);
    args[n - 1] = NULL;
  } else {
    ck_assert(g_file_set_contents(stdout_path, "", 0, NULL));
  }

  /* fsize<=BYTES: a disk that fills up after BYTES bytes of any one file.
   * The limit and the ignored SIGXFSZ pass to the child through fork and
   * exec, and its write past the limit fails with EFBIG, as a write on a
   * full disk fails with ENOSPC: that exercises what /dev/full cannot, a
   * regular output file that cannot be finished. */
  struct rlimit saved_fsize;
  gboolean fsize_set = FALSE;
  void (*saved_xfsz)(int) = SIG_DFL;
  for (guint i = 0; checks[i]; i++) {
    if (g_str_has_prefix(checks[i], "fsize<=")) {
      ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &saved_fsize), 0);
      struct rlimit lim = saved_fsize;
      lim.rlim_cur = (rlim_t)atol(checks[i] + 7);
      saved_xfsz = signal(SIGXFSZ, SIG_IGN);
      ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &lim), 0);
      fsize_set = TRUE;
    }
  }
  g_autofree char *err = NULL;
  struct rusage usage;
  gint64 t0 = g_get_monotonic_time();
  int status = xc_test_run_cli_measured((const char *const *)args, stdout_path, &err, &usage);
  double seconds = (double)(g_get_monotonic_time() - t0) / 1e6;
  if (fsize_set) {
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &saved_fsize), 0);
    signal(SIGXFSZ, saved_xfsz);
  }
  /* the large inputs go at once, so that a failing check below cannot
   * leave a gigabyte behind in the temporary directory */
  static const char *const large[] = { "line.txt", "huge.txt", "huge.jsonl" };
  for (gsize i = 0; i < G_N_ELEMENTS(large); i++) {
    g_autofree char *path = g_build_filename(tmp, large[i], NULL);
    g_remove(path);
  }
  ck_assert_msg(status == c->exit_status,
                "cases.tsv:%u: %s: exit status %d, expected %d; stderr:\n%s",
                c->line_no, c->name, status, c->exit_status, err);

  g_autofree char *err_text = expand(c->err, fixtures, tmp);
  g_auto(GStrv) fragments = g_strsplit(err_text, "|", -1);
  for (guint i = 0; fragments[i]; i++)
    ck_assert_msg(strstr(err, fragments[i]) != NULL,
                  "cases.tsv:%u: %s: stderr lacks \"%s\":\n%s",
                  c->line_no, c->name, fragments[i], err);
  if (!*err_text && c->exit_status == 0)
    ck_assert_msg(*err == '\0', "cases.tsv:%u: %s: unexpected stderr:\n%s",
                  c->line_no, c->name, err);

  g_autofree char *out = NULL;
  if (g_str_equal(stdout_path, own_stdout))
    ck_assert(g_file_get_contents(stdout_path, &out, NULL, NULL));
  for (guint i = 0; checks[i]; i++) {
    g_autofree char *check = expand(checks[i], fixtures, tmp);
    if (g_str_has_prefix(check, "rss<=")) {
      long limit_mb = atol(check + 5);
      long peak_mb = usage.ru_maxrss / 1024;
      g_print("cases.tsv:%u: %s: peak memory %ld MiB (bound %ld), %.1f s\n",
              c->line_no, c->name, peak_mb, limit_mb, seconds);
      if (!under_sanitizer() && !g_getenv("XC_CROSSCHECK_WRAPPER"))
        ck_assert_msg(peak_mb <= limit_mb,
                      "cases.tsv:%u: %s: peak memory %ld MiB, more than %ld",
                      c->line_no, c->name, peak_mb, limit_mb);
    } else if (g_str_has_prefix(check, "out=")) {
      ck_assert_msg(out && strstr(out, check + 4), "cases.tsv:%u: %s: stdout lacks \"%s\"",
                    c->line_no, c->name, check + 4);
    } else if (g_str_has_prefix(check, "!out=")) {
      ck_assert_msg(out && !strstr(out, check + 5), "cases.tsv:%u: %s: stdout holds \"%s\"",
                    c->line_no, c->name, check + 5);
    } else if (g_str_has_prefix(check, "!err=")) {
      ck_assert_msg(!strstr(err, check + 5), "cases.tsv:%u: %s: stderr holds \"%s\":\n%s",
                    c->line_no, c->name, check + 5, err);
    } else if (g_str_has_prefix(check, "absent=")) {
      ck_assert_msg(!g_file_test(check + 7, G_FILE_TEST_EXISTS),
                    "cases.tsv:%u: %s: %s was left behind", c->line_no, c->name, check + 7);
    } else if (g_str_has_prefix(check, "chardev=")) {
      struct stat st;
      ck_assert_int_eq(stat(check + 8, &st), 0);
      ck_assert_msg(S_ISCHR(st.st_mode), "cases.tsv:%u: %s: %s is no longer a device",
                    c->line_no, c->name, check + 8);
    } else if (g_str_equal(check, "intact")) {
      g_autofree char *src = g_build_filename(fixtures, "wildfire", "01-northstar-wire.txt", NULL);
      g_autofree char *dst = g_build_filename(tmp, "in.txt", NULL);
      g_autofree char *a = NULL, *b = NULL;
      ck_assert(g_file_get_contents(src, &a, NULL, NULL));
      ck_assert(g_file_get_contents(dst, &b, NULL, NULL));
      ck_assert_msg(g_str_equal(a, b), "cases.tsv:%u: %s: the input was changed",
                    c->line_no, c->name);
    } else if (g_str_has_prefix(check, "files=")) {
      /* exactly these names in {T}, '+'-separated: no temporary file left */
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
      g_autoptr(GDir) dir = g_dir_open(tmp, 0, NULL);
      const char *name;
      while (dir && (name = g_dir_read_name(dir)) != NULL)
        g_ptr_array_add(names, g_strdup(name));
      g_ptr_array_sort(names, (GCompareFunc)(void (*)(void))g_strcmp0);
      g_ptr_array_add(names, NULL);
      g_autofree char *found = g_strjoinv("+", (char **)names->pdata);
      ck_assert_msg(g_str_equal(found, check + 6), "cases.tsv:%u: %s: %s holds \"%s\", expected \"%s\"",
                    c->line_no, c->name, tmp, found, check + 6);
    } else if (!g_str_equal(check, "-") && !g_str_equal(check, "big") &&
               !g_str_has_prefix(check, "fsize<=") &&
               !g_str_equal(check, "not-root") && !g_str_has_prefix(check, "needs=")) {
      ck_abort_msg("cases.tsv:%u: unknown check '%s'", c->line_no, check);
    }
  }
  remove_tree(tmp);
  g_remove(own_stdout);
}
END_TEST

/* Standard input has no size to check beforehand: it is refused once
 * it passes the limit, and nothing of it is extracted. */
START_TEST(test_text_on_standard_input_past_64_mib_is_refused)
{
  if (g_getenv("XC_CROSSCHECK_WRAPPER")) {
    g_print("standard input past 64 MiB: skipped: large input, not run under "
            "XC_CROSSCHECK_WRAPPER (valgrind)\n");
    return;
  }
  gsize n = (gsize)XC_DOCUMENT_MAX_BYTES + 4096;
  g_autofree char *text = g_malloc(n + 1);
  static const char sentence[] = "Officials said 12 people had left. ";
  for (gsize i = 0; i < n; i++)
    text[i] = sentence[i % (sizeof sentence - 1)];
  text[n] = '\0';
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { "extract", "-", NULL };
  ck_assert_int_eq(xc_test_run_cli(args, text, &out, &err), 3);
  ck_assert_msg(strstr(err, "crosscheck: -: more than 64 MiB, the most one document may hold")
                != NULL, "%s", err);
  ck_assert_str_eq(out, "");
}
END_TEST

Suite *
xc_bad_input_suite(void)
{
  load_cases();
  Suite *s = suite_create("bad-input");
  TCase *tc = tcase_create("cases.tsv");
  /* the 1 GiB and 50 MB cases take tens of seconds under sanitizers */
  tcase_set_timeout(tc, 900);
  tcase_add_loop_test(tc, test_each_bad_input_gives_its_exit_status_and_a_message_naming_file_and_line,
                      0, cases->len > 0 ? (int)cases->len : 1);
  tcase_add_test(tc, test_text_on_standard_input_past_64_mib_is_refused);
  suite_add_tcase(s, tc);
  return s;
}
