/* main.c: the crosscheck command: dispatch to a subcommand. */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <stdarg.h>
#include <locale.h>
#include <errno.h>

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
  GError *error = NULL;
  if (!g_file_set_contents_full(path, data->str, (gssize)data->len,
                                G_FILE_SET_CONTENTS_CONSISTENT, 0666, &error)) {
    xc_cli_error("%s", error->message);
    g_error_free(error);
    return XC_EXIT_OUTPUT;
  }
  return XC_EXIT_OK;
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

void
xc_cli_skip(const GError *error, gpointer user_data)
{
  fprintf(stderr, "crosscheck: skipped: %s\n", error->message);
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
