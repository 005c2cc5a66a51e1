/* main.c: the crosscheck command: dispatch to a subcommand. */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <stdarg.h>
#include <locale.h>
#include <errno.h>
#include <unistd.h>
#include <sys/stat.h>

static const char usage[] =
  "Usage: crosscheck COMMAND [OPTION...] INPUT...\n"
  "\n"
  "Reconcile conflicting figures across news sources.\n"
  "\n"
  "Commands:\n"
  "  extract   print every figure found in the inputs\n"
  "  report    group figures into claims and reconcile them\n"
  "  check     flag a draft's figures that contradict the sources\n"
  "  reconcile resolve tables of (source, item, value) claims, weighing sources\n"
  "\n"
  "Inputs are UTF-8 text files, directories (their .txt, .text, .jsonl and\n"
  "extension-less files), JSON Lines files (.jsonl) or - for standard input.\n"
  "\n"
  "Options:\n"
  "  -h, --help     show this help, or a command's with COMMAND --help\n"
  "  --version      show the version\n"
  "\n"
  "Exit status: 0 success, 1 check found a contradiction, 2 usage error,\n"
  "3 unreadable or invalid input, 4 output could not be written.\n";

void
xc_cli_error(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  g_autofree char *msg = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  fprintf(stderr, "crosscheck: %s\n", msg);
}

gboolean
xc_cli_input_format(const char *name, XcInputFormat *out)
{
  if (!name || g_str_equal(name, "auto"))
    *out = XC_INPUT_AUTO;
  else if (g_str_equal(name, "text"))
    *out = XC_INPUT_TEXT;
  else if (g_str_equal(name, "jsonl"))
    *out = XC_INPUT_JSONL;
  else {
    xc_cli_error("unknown input format '%s' (use auto, text or jsonl)", name);
    return FALSE;
  }
  return TRUE;
}

int
xc_cli_write_output(const char *path, const GString *data)
{
  if (!path || g_str_equal(path, "-")) {
    if (fwrite(data->str, 1, data->len, stdout) != data->len || fflush(stdout) != 0) {
      xc_cli_error("standard output: %s", g_strerror(errno));
      return XC_EXIT_OUTPUT;
    }
    return XC_EXIT_OK;
  }
  /* A device or a pipe (/dev/null, /dev/full, a FIFO) is written to in
   * place: the temporary-file-and-rename below would replace it by a
   * regular file. */
  struct stat st;
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
    xc_cli_error("%s: cannot write: it is a directory", path);
    return XC_EXIT_OUTPUT;
  }
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    FILE *f = fopen(path, "w");
    if (!f) {
      xc_cli_error("%s: %s", path, g_strerror(errno));
      return XC_EXIT_OUTPUT;
    }
    gboolean ok = fwrite(data->str, 1, data->len, f) == data->len;
    ok = fflush(f) == 0 && ok;
    int saved = errno;
    if (fclose(f) != 0 && ok) {
      ok = FALSE;
      saved = errno;
    }
    if (!ok) {
      xc_cli_error("%s: %s", path, g_strerror(saved));
      return XC_EXIT_OUTPUT;
    }
    return XC_EXIT_OK;
  }
  g_autofree char *dir = g_path_get_dirname(path);
  if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
    xc_cli_error("%s: cannot write: directory '%s' does not exist", path, dir);
    return XC_EXIT_OUTPUT;
  }
  GError *error = NULL;
  if (!g_file_set_contents_full(path, data->str, (gssize)data->len,
                                G_FILE_SET_CONTENTS_CONSISTENT, 0666, &error)) {
    /* GLib's message names its temporary file; lead with the user's */
    xc_cli_error("%s: not written, left as it was (%s)", path, error->message);
    g_error_free(error);
    return XC_EXIT_OUTPUT;
  }
  return XC_EXIT_OK;
}

gboolean
xc_cli_check_conflicts(const char *const *inputs, const char *output)
{
  struct stat out_st;
  gboolean out_exists = output && !g_str_equal(output, "-") &&
                        stat(output, &out_st) == 0 && S_ISREG(out_st.st_mode);
  struct stat dir_st;
  g_autofree char *out_dir = out_exists ? g_path_get_dirname(output) : NULL;
  gboolean out_dir_ok = out_dir && stat(out_dir, &dir_st) == 0;
  guint n_stdin = 0;
  for (const char *const *p = inputs; p && *p; p++) {
    if (g_str_equal(*p, "-")) {
      if (++n_stdin == 2) {
        xc_cli_error("standard input (-) given twice: it can be read once");
        return FALSE;
      }
      continue;
    }
    struct stat st;
    if (out_exists && stat(*p, &st) == 0 && st.st_dev == out_st.st_dev &&
        st.st_ino == out_st.st_ino) {
      xc_cli_error("--output %s is also an input: writing it would replace "
                   "the input; choose another output file", output);
      return FALSE;
    }
    /* a directory input reads every regular file in it, so a file there
     * is an input too (compared by inode, as above, to see through links
     * and relative paths) */
    if (out_exists && out_dir_ok && stat(*p, &st) == 0 && S_ISDIR(st.st_mode) &&
        st.st_dev == dir_st.st_dev && st.st_ino == dir_st.st_ino) {
      xc_cli_error("--output %s is a file in the input directory %s: writing it "
                   "would replace an input; choose another output file", output, *p);
      return FALSE;
    }
  }
  return TRUE;
}

gboolean
xc_cli_parse(GOptionContext *ctx, int *argc, char ***argv)
{
  GError *error = NULL;
  if (!g_option_context_parse(ctx, argc, argv, &error)) {
    xc_cli_error("%s (see '%s --help')", error->message,
                 g_get_prgname() ? g_get_prgname() : "crosscheck");
    g_error_free(error);
    return FALSE;
  }
  return TRUE;
}

gboolean
xc_cli_add_grouping_files(XcAnalysis *analysis, char **lexicons, const char *claims_file)
{
  GError *error = NULL;
  for (char **p = lexicons; p && *p; p++)
    if (!xc_analysis_add_lexicon_file(analysis, *p, &error))
      break;
  if (!error && claims_file)
    xc_analysis_add_claims_file(analysis, claims_file, &error);
  if (error) {
    xc_cli_error("%s", error->message);
    g_error_free(error);
    return FALSE;
  }
  return TRUE;
}

void
xc_cli_skip(const GError *error, gpointer user_data)
{
  fprintf(stderr, "crosscheck: skipped: %s\n", error->message);
}

struct _XcCliProgress {
  GThread *thread;
  GMutex lock;
  GCond wake;
  char *what;
  gboolean done;
  gboolean shown;
  gint64 started;
};

/* Redraws four times a second from its own thread, so a long step of the
 * library needs no callback to show that the run is alive. */
static gpointer
progress_main(gpointer data)
{
  XcCliProgress *p = data;
  g_autofree char *last = NULL;
  g_mutex_lock(&p->lock);
  while (!p->done) {
    gint64 now = g_get_monotonic_time();
    if (now - p->started >= G_USEC_PER_SEC) {
      g_autofree char *line = g_strdup_printf("%s (%us)", p->what,
                                              (guint)((now - p->started) / G_USEC_PER_SEC));
      /* redrawn only when it changes, to keep the terminal quiet */
      if (g_strcmp0(line, last) != 0) {
        fprintf(stderr, "\rcrosscheck: %s\033[K", line);
        fflush(stderr);
        g_free(last);
        last = g_steal_pointer(&line);
      }
      p->shown = TRUE;
    }
    g_cond_wait_until(&p->wake, &p->lock, now + G_USEC_PER_SEC / 4);
  }
  if (p->shown) {
    fputs("\r\033[K", stderr);
    fflush(stderr);
  }
  g_mutex_unlock(&p->lock);
  return NULL;
}

XcCliProgress *
xc_cli_progress_start(const char *what)
{
  const char *term = g_getenv("TERM");
  if (!isatty(STDERR_FILENO) || (term && g_str_equal(term, "dumb")))
    return NULL;
  XcCliProgress *p = g_new0(XcCliProgress, 1);
  g_mutex_init(&p->lock);
  g_cond_init(&p->wake);
  p->what = g_strdup(what);
  p->started = g_get_monotonic_time();
  p->thread = g_thread_new("progress", progress_main, p);
  return p;
}

void
xc_cli_progress_set(XcCliProgress *p, const char *what)
{
  if (!p)
    return;
  g_mutex_lock(&p->lock);
  g_free(p->what);
  p->what = g_strdup(what);
  g_mutex_unlock(&p->lock);
}

void
xc_cli_progress_stop(XcCliProgress *p)
{
  if (!p)
    return;
  g_mutex_lock(&p->lock);
  p->done = TRUE;
  g_cond_signal(&p->wake);
  g_mutex_unlock(&p->lock);
  g_thread_join(p->thread);
  g_mutex_clear(&p->lock);
  g_cond_clear(&p->wake);
  g_free(p->what);
  g_free(p);
}

gboolean
xc_cli_color(const char *when, const char *output, gboolean *ok)
{
  *ok = TRUE;
  if (!when || g_str_equal(when, "auto")) {
    const char *no_color = g_getenv("NO_COLOR");
    const char *term = g_getenv("TERM");
    return (!output || g_str_equal(output, "-")) && isatty(STDOUT_FILENO) &&
           !(no_color && *no_color) && !(term && g_str_equal(term, "dumb"));
  }
  if (g_str_equal(when, "always"))
    return TRUE;
  if (g_str_equal(when, "never"))
    return FALSE;
  xc_cli_error("--color takes auto, always or never, not '%s'", when);
  *ok = FALSE;
  return FALSE;
}

int
main(int argc, char **argv)
{
  setlocale(LC_ALL, "");
  if (argc < 2) {
    fputs(usage, stderr);
    return XC_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (g_str_equal(cmd, "--help") || g_str_equal(cmd, "-h") || g_str_equal(cmd, "help")) {
    fputs(usage, stdout);
    return XC_EXIT_OK;
  }
  if (g_str_equal(cmd, "--version")) {
    printf("crosscheck %s\n", XC_VERSION_STRING);
    return XC_EXIT_OK;
  }
  static const struct {
    const char *name;
    int (*run)(int, char **);
  } cmds[] = {
    { "extract", xc_cmd_extract },
    { "report", xc_cmd_report },
    { "check", xc_cmd_check },
    { "reconcile", xc_cmd_reconcile },
  };
  for (gsize i = 0; i < G_N_ELEMENTS(cmds); i++) {
    if (g_str_equal(cmd, cmds[i].name)) {
      g_autofree char *prg = g_strdup_printf("crosscheck %s", cmds[i].name);
      g_set_prgname(prg);
      return cmds[i].run(argc - 1, argv + 1);
    }
  }
  xc_cli_error("unknown command '%s' (see 'crosscheck --help')", cmd);
  return XC_EXIT_USAGE;
}
