/* cmd-report.c: crosscheck report: the claims and how the sources agree.
 * Options become an XcReportOptions; selection, order and every format
 * are the library's. */
#include "cli.h"

int
xc_cmd_report(int argc, char **argv)
{
  g_autofree char *format = NULL, *input_format = NULL, *output = NULL;
  g_auto(GStrv) lexicons = NULL;
  g_autofree char *claims_file = NULL;
  g_autofree char *sort = NULL, *kinds = NULL, *color = NULL;
  gint min_sources = 0;
  gboolean keep_going = FALSE, no_outlet_weights = FALSE;
  g_auto(GStrv) inputs = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default), json, md, csv or html", "FORMAT" },
    { "sort", 's', 0, G_OPTION_ARG_STRING, &sort, "Order of claims: contradiction (default), size or label", "ORDER" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kinds, "Show only claims of these kinds (comma-separated)", "KINDS" },
    { "min-sources", 'm', 0, G_OPTION_ARG_INT, &min_sources, "Show only claims with at least N independent sources", "N" },
    { "color", 0, 0, G_OPTION_ARG_STRING, &color, "Colour the text report: auto (default), always or never", "WHEN" },
    { "input-format", 0, 0, G_OPTION_ARG_STRING, &input_format, "How to read inputs: auto (default), text or jsonl", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE, replaced whole (default: standard output)", "FILE" },
    { "lexicon", 'l', 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons, "Add the words of lexicon FILE to the built-in ones (repeatable; see docs/lexicon.md)", "FILE" },
    { "claims", 'c', 0, G_OPTION_ARG_FILENAME, &claims_file, "Pin statements to the claims named in FILE (see docs/claims.md)", "FILE" },
    { "keep-going", 'k', 0, G_OPTION_ARG_NONE, &keep_going, "Skip unreadable inputs instead of stopping", NULL },
    { "no-outlet-weights", 0, 0, G_OPTION_ARG_NONE, &no_outlet_weights, "Count every outlet in full: no weighing by its record against the consensus", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, NULL },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("INPUT... - reconcile the figures of the sources");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_description(ctx,
    "The text report has one block a claim: its id and label; its status\n"
    "(agree, disputed, contradiction, changed, single), consensus range, best\n"
    "value, agreement (0-1) and \"N mentions, K independent sources\"; then one\n"
    "line a statement: document and line, the figure as written, the interval\n"
    "it allows, its as-of date and attribution, marked \xE2\x9C\x97 when it contradicts the\n"
    "consensus.  Outlets that keep contradicting the consensus lose weight; the\n"
    "report ends with each outlet's record and the weight it kept\n"
    "(--no-outlet-weights turns this off: every outlet counts in full).\n"
    "json follows docs/json.md; md is Markdown tables; csv is one\n"
    "row a statement (RFC 4180); html is one self-contained page with a\n"
    "claims x sources matrix and a plot a claim.\n"
    "--sort contradiction puts claims with a contradiction first, size the\n"
    "most independent sources first, label orders by label.  Kinds are count,\n"
    "percent, money, measure, date, time, year and ordinal.  --color=auto\n"
    "colours only a terminal, and not when NO_COLOR is set; always and never\n"
    "override both.  On a terminal, a run longer than a second shows a\n"
    "progress line on standard error.\n"
    "Exit status: 0 success, 2 usage error, 3 bad input, 4 output not written.");
  if (!xc_cli_parse(ctx, &argc, &argv))
    return XC_EXIT_USAGE;
  if (!format)
    format = g_strdup("text");
  if (!xc_report_has_format(format)) {
    xc_cli_error("unknown format '%s' for report (use text, json, md, csv or html)", format);
    return XC_EXIT_USAGE;
  }
  XcReportOptions options;
  xc_report_options_init(&options);
  GError *error = NULL;
  if ((sort && !xc_report_sort_from_string(sort, &options.sort, &error)) ||
      (kinds && !xc_report_kinds_from_string(kinds, &options.kinds, &error))) {
    xc_cli_error("%s", error->message);
    g_error_free(error);
    return XC_EXIT_USAGE;
  }
  if (min_sources < 0) {
    xc_cli_error("--min-sources takes a count of 0 or more, not %d", min_sources);
    return XC_EXIT_USAGE;
  }
  options.min_sources = (guint)min_sources;
  gboolean ok;
  options.color = xc_cli_color(color, output, &ok);
  if (!ok)
    return XC_EXIT_USAGE;
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
  xc_analysis_set_outlet_weights(analysis, !no_outlet_weights);
  if (!xc_cli_add_grouping_files(analysis, lexicons, claims_file))
    return XC_EXIT_INPUT;
  XcCliProgress *progress = xc_cli_progress_start("reading inputs");
  if (!xc_analysis_add_inputs(analysis, (const char *const *)inputs, fmt, keep_going,
                              xc_cli_skip, NULL, &error)) {
    xc_cli_progress_stop(progress);
    xc_cli_error("%s", error->message);
    g_error_free(error);
    return XC_EXIT_INPUT;
  }
  guint n = xc_corpus_get_n_documents(xc_analysis_get_corpus(analysis));
  g_autofree char *what = g_strdup_printf("reconciling the figures of %u document%s", n,
                                          n == 1 ? "" : "s");
  xc_cli_progress_set(progress, what);
  xc_analysis_run(analysis);
  xc_cli_progress_set(progress, "writing the report");
  g_autoptr(GString) out = g_string_new(NULL);
  xc_report_write_full(analysis, format, &options, out, NULL);
  xc_cli_progress_stop(progress);
  return xc_cli_write_output(output, out);
}
