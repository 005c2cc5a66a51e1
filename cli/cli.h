/* cli.h: what the subcommands of crosscheck share.  The CLI only parses
 * options and calls the library; exit statuses are set here, once. */
#pragma once

#include <crosscheck.h>

enum {
  XC_EXIT_OK = 0,
  XC_EXIT_FOUND = 1,     /* check: the draft contradicts the sources */
  XC_EXIT_USAGE = 2,     /* bad options */
  XC_EXIT_INPUT = 3,     /* an input is missing, unreadable or invalid */
  XC_EXIT_OUTPUT = 4,    /* the output could not be written */
};

int xc_cmd_extract(int argc, char **argv);
int xc_cmd_report(int argc, char **argv);
int xc_cmd_check(int argc, char **argv);
int xc_cmd_reconcile(int argc, char **argv);

/* Prints "crosscheck: MESSAGE" on standard error. */
void xc_cli_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* Parses --input-format; FALSE (and a message) when it is unknown. */
gboolean xc_cli_input_format(const char *name, XcInputFormat *out);

/* Writes @data to @path whole (a temporary file renamed into place) or to
 * standard output when @path is NULL or "-".  Returns the exit status. */
int xc_cli_write_output(const char *path, const GString *data);

/* Parses @entries from argv; on failure prints the error and the hint to
 * use --help, and returns FALSE. */
gboolean xc_cli_parse(GOptionContext *ctx, int *argc, char ***argv);

/* Reports an input skipped under --keep-going. */
void xc_cli_skip(const GError *error, gpointer user_data);
