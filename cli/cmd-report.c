/* cmd-report.c: crosscheck report: the claims and how the sources agree. */
#include "cli.h"

int
xc_cmd_report(int argc, char **argv)
{
  g_autofree char *format = NULL, *input_format = NULL, *output = NULL;
  gboolean keep_going = FALSE;
  g_auto(GStrv) inputs = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default) or json", "FORMAT" },
    { "input-format", 0, 0, G_OPTION_ARG_STRING, &input_format, "How to read inputs: auto (default), text or jsonl", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE, replaced whole (default: standard output)", "FILE" },
    { "keep-going", 'k', 0, G_OPTION_ARG_NONE, &keep_going, "Skip unreadable inputs instead of stopping", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, NULL },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("INPUT... - reconcile the figures of the sources");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_description(ctx,
    "Prints one row a claim: id, status (agree, disputed, contradiction,\n"
    "changed, single), consensus range, agreement (0-1), documents/independent\n"
    "sources, and the claim's label.  --format json follows docs/json.md.\n"
    "Exit status: 0 success, 2 usage error, 3 bad input, 4 output not written.");
  if (!xc_cli_parse(ctx, &argc, &argv))
    return XC_EXIT_USAGE;
  if (!format)
    format = g_strdup("text");
  if (!xc_report_has_format(format)) {
    xc_cli_error("unknown format '%s' for report (use text or json)", format);
    return XC_EXIT_USAGE;
  }
  XcInputFormat fmt;
  if (!xc_cli_input_format(input_format, &fmt))
    return XC_EXIT_USAGE;
  if (!inputs || !inputs[0]) {
    xc_cli_error("no input given (see 'crosscheck report --help')");
    return XC_EXIT_USAGE;
  }
  if (!xc_cli_check_conflicts((const char *const *)inputs, output))
    return XC_EXIT_USAGE;
  g_autoptr(XcAnalysis) analysis = xc_analysis_new();
  GError *error = NULL;
  if (!xc_analysis_add_inputs(analysis, (const char *const *)inputs, fmt, keep_going,
                              xc_cli_skip, NULL, &error)) {
    xc_cli_error("%s", error->message);
    g_error_free(error);
    return XC_EXIT_INPUT;
  }
  xc_analysis_run(analysis);
  g_autoptr(GString) out = g_string_new(NULL);
  xc_report_write(analysis, format, out, NULL);
  return xc_cli_write_output(output, out);
}
