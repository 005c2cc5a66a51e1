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

/* Refuses options that cannot all be honoured: standard input named twice,
 * or an --output file that is also one of @inputs (it would be replaced).
 * Prints why and returns FALSE: a usage error. */
gboolean xc_cli_check_conflicts(const char *const *inputs, const char *output);

/* Parses @entries from argv; on failure prints the error and the hint to
 * use --help, and returns FALSE. */
gboolean xc_cli_parse(GOptionContext *ctx, int *argc, char ***argv);

/* Reports an input skipped under --keep-going. */
void xc_cli_skip(const GError *error, gpointer user_data);

/* Adds each --lexicon file and the --claims file (@claims_file may be
 * NULL) to @analysis; FALSE (and the message naming the file and line)
 * when one cannot be read. */
gboolean xc_cli_add_grouping_files(XcAnalysis *analysis, char **lexicons,
                                   const char *claims_file);
/* A progress line on standard error for long runs: shown only when
 * standard error is a terminal, and only once a run has taken more than a
 * second, then redrawn in place and erased at the end.  Start returns NULL
 * when there is nothing to show; the other calls accept NULL. */
typedef struct _XcCliProgress XcCliProgress;
XcCliProgress *xc_cli_progress_start(const char *what);
void xc_cli_progress_set(XcCliProgress *progress, const char *what);
void xc_cli_progress_stop(XcCliProgress *progress);

/* Decides colour for --color=@when ("auto", "always", "never"; NULL is
 * auto): auto means standard output is a terminal that is written to,
 * TERM is not "dumb" and NO_COLOR is unset or empty.  FALSE (and a
 * message) in @ok when @when is none of them. */
gboolean xc_cli_color(const char *when, const char *output, gboolean *ok);
