/* cmd-reconcile.c: crosscheck reconcile: truth discovery over tables of
 * (source, item, value) claims. */
#include "cli.h"

int
xc_cmd_reconcile(int argc, char **argv)
{
  g_autofree char *format = NULL, *input_format = NULL, *output = NULL;
  g_autofree char *columns = NULL, *priors = NULL;
  g_auto(GStrv) types = NULL, inputs = NULL;
  gboolean no_copy = FALSE, chronological = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default), json, md, csv or html", "FORMAT" },
    { "input-format", 0, 0, G_OPTION_ARG_STRING, &input_format, "How to read inputs: auto (by extension, default), csv, tsv or jsonl", "FORMAT" },
    { "columns", 0, 0, G_OPTION_ARG_STRING, &columns, "Column names in file order (source,item,value,attribute,unit,as_of; - skips one); files then have no header", "NAMES" },
    { "type", 't', 0, G_OPTION_ARG_STRING_ARRAY, &types, "Read ATTR's values as TYPE: number, date, time, string, list or gate (repeatable; *=TYPE for all)", "ATTR=TYPE" },
    { "source-prior", 0, 0, G_OPTION_ARG_FILENAME, &priors, "Prior reliabilities: lines of SOURCE<TAB or comma>RELIABILITY (0-1)", "FILE" },
    { "no-copy-detection", 0, 0, G_OPTION_ARG_NONE, &no_copy, "Count every source as independent", NULL },
    { "chronological", 0, 0, G_OPTION_ARG_NONE, &chronological, "The rows are in the order the values were stated (an edit history): a source that keeps repeating the value stated before it counts little", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE, replaced whole (default: standard output)", "FILE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, NULL },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("FILE... - resolve conflicting values in tables of claims");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_description(ctx,
    "Each row is a claim: a source gives a value for an item (and optionally an\n"
    "attribute, unit and as_of day).  Source reliabilities and the true values\n"
    "are estimated together; sources sharing false values are found to copy\n"
    "each other and count less.  Prints one row an item (value, range,\n"
    "confidence, status, agreeing/all sources), then the sources by\n"
    "reliability and the copying pairs.  --format json follows docs/json.md;\n"
    "md, csv and html give the same tables to paste, filter or share.\n"
    "Exit status: 0 success, 2 usage error, 3 bad input, 4 output not written.");
  if (!xc_cli_parse(ctx, &argc, &argv))
    return XC_EXIT_USAGE;
  if (!format)
    format = g_strdup("text");
  static const char *const formats[] = { "text", "json", "md", "csv", "html", NULL };
  if (!g_strv_contains(formats, format)) {
    xc_cli_error("unknown format '%s' for reconcile (use text, json, md, csv or html)", format);
    return XC_EXIT_USAGE;
  }
  XcTableFormat tfmt = XC_TABLE_AUTO;
  if (input_format && !xc_table_format_from_string(input_format, &tfmt)) {
    xc_cli_error("unknown input format '%s' (use auto, csv, tsv or jsonl)", input_format);
    return XC_EXIT_USAGE;
  }
  if (!inputs || !inputs[0]) {
    xc_cli_error("no input given (see 'crosscheck reconcile --help')");
    return XC_EXIT_USAGE;
  }
  GError *error = NULL;
  g_autoptr(XcTable) table = xc_table_new();
  g_autoptr(XcTruth) truth = xc_truth_new();
  g_autoptr(GString) out = NULL;
  if (columns && !xc_table_set_columns(table, columns, &error))
    goto usage;
  for (guint i = 0; types && types[i]; i++)
    if (!xc_truth_parse_type(truth, types[i], &error))
      goto usage;
  if (priors && !xc_truth_load_priors(truth, priors, &error))
    goto input;
  xc_truth_set_copy_detection(truth, !no_copy);
  xc_truth_set_chronological(truth, chronological);
  for (guint i = 0; inputs[i]; i++)
    if (!xc_table_read_file(table, inputs[i], tfmt, &error))
      goto input;
  if (xc_table_get_n_rows(table) == 0) {
    xc_cli_error("no claim could be read from the inputs given");
    return XC_EXIT_INPUT;
  }
  xc_truth_add_table(truth, table);
  xc_truth_run(truth);
  out = g_string_new(NULL);
  xc_truth_write(truth, format, out, NULL);
  return xc_cli_write_output(output, out);

usage:
  xc_cli_error("%s", error->message);
  g_error_free(error);
  return XC_EXIT_USAGE;
input:
  xc_cli_error("%s", error->message);
  g_error_free(error);
  return XC_EXIT_INPUT;
}
