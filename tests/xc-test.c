/* xc-test.c: helpers shared by the Check suites (see xc-test.h). */
#include "xc-test.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

char *
xc_test_fixture(const char *relative)
{
  const char *root = g_getenv("XC_FIXTURES");
  ck_assert_msg(root != NULL, "XC_FIXTURES is not set: run the tests with meson test");
  return g_build_filename(root, relative, NULL);
}

XcDocument *
xc_test_load(const char *relative)
{
  g_autofree char *path = xc_test_fixture(relative);
  g_autofree char *text = NULL;
  gsize len;
  ck_assert_msg(g_file_get_contents(path, &text, &len, NULL), "cannot read %s", path);
  g_autofree char *base = g_path_get_basename(path);
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text(base, path, text, (gssize)len, TRUE, &error);
  ck_assert_msg(doc != NULL, "%s", error ? error->message : "");
  return doc;
}

XcDocument *
xc_test_doc_dated(const char *text, guint32 published)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "t.txt", text, -1, FALSE, &error);
  ck_assert_msg(doc != NULL, "%s", error ? error->message : "");
  doc->published = published;
  return doc;
}

XcDocument *
xc_test_doc(const char *text)
{
  return xc_test_doc_dated(text, 0);
}

const XcMention *
xc_test_find(GPtrArray *mentions, const char *needle)
{
  for (guint i = 0; i < mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(mentions, i);
    g_autofree char *words = g_strndup(m->doc->text + m->start, m->end - m->start);
    if (strstr(words, needle))
      return m;
  }
  return NULL;
}

/* The command line that runs crosscheck @exe with @args, under @wrapper
 * when one is set; the strings are borrowed. */
static GPtrArray *
cli_argv(char **wrapper, const char *exe, const char *const *args)
{
  GPtrArray *argv = g_ptr_array_new();
  for (char **w = wrapper; w && *w; w++)
    g_ptr_array_add(argv, *w);
  g_ptr_array_add(argv, (gpointer)exe);
  for (const char *const *a = args; *a; a++)
    g_ptr_array_add(argv, (gpointer)*a);
  g_ptr_array_add(argv, NULL);
  return argv;
}

int
xc_test_run_cli(const char *const *args, const char *stdin_data, char **out, char **err)
{
  const char *exe = g_getenv("XC_CROSSCHECK");
  ck_assert_msg(exe != NULL, "XC_CROSSCHECK is not set: run the tests with meson test");
  g_auto(GStrv) wrapper = xc_test_cli_wrapper();
  g_autoptr(GPtrArray) argv = cli_argv(wrapper, exe, args);
  GError *error = NULL;
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE |
                           (stdin_data ? G_SUBPROCESS_FLAGS_STDIN_PIPE : 0);
  g_autoptr(GSubprocess) p = g_subprocess_newv((const char *const *)argv->pdata, flags, &error);
  ck_assert_msg(p != NULL, "%s", error ? error->message : "");
  char *o = NULL, *e = NULL;
  ck_assert(g_subprocess_communicate_utf8(p, stdin_data, NULL, &o, &e, &error));
  xc_test_assert_clean_under_wrapper(e);
  if (out)
    *out = o;
  else
    g_free(o);
  if (err)
    *err = e;
  else
    g_free(e);
  return g_subprocess_get_if_exited(p) ? g_subprocess_get_exit_status(p) : -1;
}

char **
xc_test_cli_wrapper(void)
{
  const char *w = g_getenv("XC_CROSSCHECK_WRAPPER");
  if (!w || !*w)
    return NULL;
  char **argv = NULL;
  GError *error = NULL;
  ck_assert_msg(g_shell_parse_argv(w, NULL, &argv, &error),
                "XC_CROSSCHECK_WRAPPER: %s", error ? error->message : "");
  return argv;
}

void
xc_test_assert_clean_under_wrapper(const char *err)
{
  /* valgrind's own lines start "==PID=="; with -q it prints only errors
   * and leaks, so any such line fails the test even when its exit status
   * happens to be the one expected */
  if (!g_getenv("XC_CROSSCHECK_WRAPPER") || !err)
    return;
  for (const char *p = err; (p = strstr(p, "==")) != NULL; p += 2) {
    const char *q = p + 2;
    while (g_ascii_isdigit(*q))
      q++;
    ck_assert_msg(!(q > p + 2 && q[0] == '=' && q[1] == '='),
                  "the wrapper reported an error:\n%s", err);
  }
}

int
xc_test_run_cli_measured(const char *const *args, const char *stdout_path,
                         char **err, struct rusage *usage)
{
  const char *exe = g_getenv("XC_CROSSCHECK");
  ck_assert_msg(exe != NULL, "XC_CROSSCHECK is not set: run the tests with meson test");
  g_auto(GStrv) wrapper = xc_test_cli_wrapper();
  g_autoptr(GPtrArray) argv = cli_argv(wrapper, exe, args);

  g_autofree char *err_path = NULL;
  int err_fd = g_file_open_tmp("xc-stderr-XXXXXX", &err_path, NULL);
  ck_assert_int_ge(err_fd, 0);
  pid_t pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0) {
    int in = open("/dev/null", O_RDONLY);
    int out = open(stdout_path ? stdout_path : "/dev/null", O_WRONLY);
    if (in < 0 || out < 0)
      _exit(127);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err_fd, 2);
    execvp((const char *)argv->pdata[0], (char *const *)argv->pdata);
    _exit(127);
  }
  close(err_fd);
  int status = 0;
  struct rusage ru;
  pid_t got;
  while ((got = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR)
    ;
  ck_assert_int_eq(got, pid);
  if (usage)
    *usage = ru;
  char *e = NULL;
  ck_assert(g_file_get_contents(err_path, &e, NULL, NULL));
  g_unlink(err_path);
  xc_test_assert_clean_under_wrapper(e);
  if (err)
    *err = e;
  else
    g_free(e);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
