/* xc-test.h: helpers shared by the Check suites. */
#pragma once

#include <check.h>
#include <crosscheck.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

/* Path of a file under fixtures/ (transfer full). */
char *xc_test_fixture(const char *relative);

/* Reads fixtures/@relative as a text document with its header read. */
XcDocument *xc_test_load(const char *relative);

/* A document made from @text (no header), id "t". */
XcDocument *xc_test_doc(const char *text);

/* A document from @text with publication day @published (0: none). */
XcDocument *xc_test_doc_dated(const char *text, guint32 published);

/* The first mention of @doc whose words contain @needle, or NULL. */
const XcMention *xc_test_find(GPtrArray *mentions, const char *needle);

/* Runs the built crosscheck with @args; its standard output and error
 * (transfer full) and exit status.  @stdin_data may be NULL. */
int xc_test_run_cli(const char *const *args, const char *stdin_data,
                    char **out, char **err);

/* The command that XC_CROSSCHECK_WRAPPER names (e.g. "valgrind
 * --error-exitcode=1 --leak-check=full -q"), split into words, to run the
 * crosscheck binary under; NULL when unset (transfer full). */
char **xc_test_cli_wrapper(void);

/* Under a wrapper, fails the test when @err (the child's standard error)
 * holds a valgrind report line ("==PID== ..."). */
void xc_test_assert_clean_under_wrapper(const char *err);

/* Runs the built crosscheck (under the wrapper, if any) with @args,
 * standard input from /dev/null and standard output to @stdout_path
 * (/dev/null when NULL); its standard error (transfer full) and, in
 * *@usage, the child's resource use as wait4 reports it (ru_maxrss: peak
 * memory in KiB).  Returns the exit status, -1 when killed by a signal. */
int xc_test_run_cli_measured(const char *const *args, const char *stdout_path,
                             char **err, struct rusage *usage);

Suite *xc_bad_input_suite(void);

/* Each suite's constructor, one a module; test-main.c runs the one its
 * executable was built for. */
Suite *xc_document_suite(void);
Suite *xc_extract_suite(void);
Suite *xc_lexicon_suite(void);
Suite *xc_claims_suite(void);
Suite *xc_grouping_suite(void);
Suite *xc_reconcile_suite(void);
Suite *xc_report_suite(void);
Suite *xc_cli_suite(void);
Suite *xc_normalize_suite(void);
Suite *xc_table_suite(void);
Suite *xc_truth_suite(void);
