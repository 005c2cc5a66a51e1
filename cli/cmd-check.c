/* cmd-check.c: crosscheck check: a draft's figures against the sources. */
#include "cli.h"

int
xc_cmd_check(int argc, char **argv)
{
  g_auto(GStrv) lexicons = NULL;
  g_autofree char *claims_file = NULL;
  g_autofree char *input_format = NULL, *fail_on = NULL, *format = NULL, *output = NULL;
  gboolean keep_going = FALSE, verbose = FALSE, no_outlet_weights = FALSE;
  g_auto(GStrv) against = NULL, rest = NULL;
  GOptionEntry entries[] = {
    { "against", 'a', 0, G_OPTION_ARG_FILENAME_ARRAY, &against, "A source to check against (repeat, or list sources after the draft)", "INPUT" },
    { "input-format", 0, 0, G_OPTION_ARG_STRING, &input_format, "How to read sources: auto (default), text or jsonl", "FORMAT" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on, "Exit 1 on: error (default) or warning", "LEVEL" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default, compiler-style) or sarif (SARIF 2.1.0)", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE, replaced whole (default: standard output)", "FILE" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Also print figures the sources support, as notes", NULL },
    { "lexicon", 'l', 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons, "Add the words of lexicon FILE to the built-in ones (repeatable; see docs/lexicon.md)", "FILE" },
    { "claims", 'c', 0, G_OPTION_ARG_FILENAME, &claims_file, "Pin statements to the claims named in FILE (see docs/claims.md)", "FILE" },
    { "keep-going", 'k', 0, G_OPTION_ARG_NONE, &keep_going, "Skip unreadable sources instead of stopping", NULL },
    { "no-outlet-weights", 0, 0, G_OPTION_ARG_NONE, &no_outlet_weights, "Count every outlet in full, as report --no-outlet-weights does", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("DRAFT --against SOURCE... - flag a draft's figures that contradict the sources");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_description(ctx,
    "Prints FILE:LINE:COL: error: for a figure that contradicts the sources'\n"
    "consensus, warning: for a figure no source covers, and with -v note: for\n"
    "a supported one.  --format sarif writes the same diagnostics as one\n"
    "SARIF 2.1.0 log for code-scanning CI.\n"
    "Exit status: 0 no error, 1 an error (or with --fail-on warning, a warning),\n"
    "2 usage error, 3 bad input, 4 output not written.");
  if (!xc_cli_parse(ctx, &argc, &argv))
    return XC_EXIT_USAGE;
  XcInputFormat fmt;
  if (!xc_cli_input_format(input_format, &fmt))
    return XC_EXIT_USAGE;
  XcLevel fail_level = XC_LEVEL_ERROR;
  if (fail_on && g_str_equal(fail_on, "warning"))
    fail_level = XC_LEVEL_WARNING;
  else if (fail_on && !g_str_equal(fail_on, "error")) {
    xc_cli_error("--fail-on takes error or warning, not '%s'", fail_on);
    return XC_EXIT_USAGE;
  }
  if (format && !g_str_equal(format, "text") && !g_str_equal(format, "sarif")) {
    xc_cli_error("unknown format '%s' for check (use text or sarif)", format);
    return XC_EXIT_USAGE;
  }
  if (!rest || !rest[0]) {
    xc_cli_error("no draft given (see 'crosscheck check --help')");
    return XC_EXIT_USAGE;
  }
  g_autoptr(GPtrArray) sources = g_ptr_array_new();
  for (char **p = against; p && *p; p++)
    g_ptr_array_add(sources, *p);
  for (char **p = rest + 1; *p; p++)
    g_ptr_array_add(sources, *p);
  if (sources->len == 0) {
    xc_cli_error("no source given: use --against SOURCE");
    return XC_EXIT_USAGE;
  }
  g_ptr_array_add(sources, NULL);

  g_autoptr(GPtrArray) all_inputs = g_ptr_array_new();
  g_ptr_array_add(all_inputs, rest[0]);
  for (guint i = 0; i + 1 < sources->len; i++)
    g_ptr_array_add(all_inputs, g_ptr_array_index(sources, i));
  g_ptr_array_add(all_inputs, NULL);
  if (!xc_cli_check_conflicts((const char *const *)all_inputs->pdata, NULL))
    return XC_EXIT_USAGE;
  const char *draft_inputs[] = { rest[0], NULL };
  g_autoptr(XcReader) reader = xc_reader_new(draft_inputs, XC_INPUT_TEXT);
  g_autoptr(XcDocument) draft = NULL;
  GError *error = NULL;
  if (!xc_reader_next(reader, &draft, &error)) {
    if (error) {
      xc_cli_error("%s", error->message);
      g_error_free(error);
    } else {
      xc_cli_error("%s: no draft could be read", rest[0]);
    }
    return XC_EXIT_INPUT;
  }
  g_autoptr(XcAnalysis) analysis = xc_analysis_new();
  if (!xc_cli_add_grouping_files(analysis, lexicons, claims_file))
    return XC_EXIT_INPUT;
  /* the draft is judged against the consensus report would print */
  xc_analysis_set_outlet_weights(analysis, !no_outlet_weights);
  XcCliProgress *progress = xc_cli_progress_start("reading the sources");
  if (!xc_analysis_add_inputs(analysis, (const char *const *)sources->pdata, fmt,
                              keep_going, xc_cli_skip, NULL, &error)) {
    xc_cli_progress_stop(progress);
    xc_cli_error("%s", error->message);
    g_error_free(error);
    return XC_EXIT_INPUT;
  }
  xc_cli_progress_set(progress, "reconciling the sources");
  xc_analysis_run(analysis);
  xc_cli_progress_set(progress, "checking the draft");
  g_autoptr(GPtrArray) diags = xc_check_draft(analysis, draft);
  xc_cli_progress_stop(progress);
  g_autoptr(GString) out = g_string_new(NULL);
  if (format && g_str_equal(format, "sarif"))
    xc_diagnostics_write_sarif(diags, draft, verbose, out);
  else
    xc_diagnostics_write(diags, draft, verbose, out);
  int rc = xc_cli_write_output(output, out);
  if (rc != XC_EXIT_OK)
    return rc;
  for (guint i = 0; i < diags->len; i++) {
    const XcDiagnostic *d = g_ptr_array_index(diags, i);
    if (d->level >= fail_level)
      return XC_EXIT_FOUND;
  }
  return XC_EXIT_OK;
}
