/* cmd-extract.c: crosscheck extract: every figure, one document at a time
 * so that memory stays bounded by the largest document. */
#include "cli.h"

int
xc_cmd_extract(int argc, char **argv)
{
  g_autofree char *format = NULL, *input_format = NULL, *output = NULL;
  g_autofree char *reference = NULL;
  gboolean keep_going = FALSE;
  g_auto(GStrv) inputs = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: jsonl (default) or text", "FORMAT" },
    { "input-format", 0, 0, G_OPTION_ARG_STRING, &input_format, "How to read inputs: auto (default), text or jsonl", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE, replaced whole (default: standard output)", "FILE" },
    { "reference-date", 'r', 0, G_OPTION_ARG_STRING, &reference, "Read undated documents as published on DATE (YYYY-MM-DD)", "DATE" },
    { "keep-going", 'k', 0, G_OPTION_ARG_NONE, &keep_going, "Skip unreadable inputs instead of stopping", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, NULL },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("INPUT... - print every figure found");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_description(ctx,
    "Prints one JSON object a figure (docs/json.md) or, with --format text,\n"
    "one line a figure: FILE:LINE:COL: KIND QUALIFIER \"WORDS\" = INTERVAL.\n"
    "A document with no date of its own (no dateline, no \"published\") gives\n"
    "no day to relative dates (\"yesterday\", \"last week\") nor a year to\n"
    "\"October 4\"; --reference-date gives it one.  A dated document keeps\n"
    "its own date.\n"
    "Exit status: 0 success, 2 usage error, 3 bad input, 4 output not written.");
  if (!xc_cli_parse(ctx, &argc, &argv))
    return XC_EXIT_USAGE;
  if (!format)
    format = g_strdup("jsonl");
  if (!xc_mentions_has_format(format)) {
    xc_cli_error("unknown format '%s' for extract (use jsonl or text)", format);
    return XC_EXIT_USAGE;
  }
  XcInputFormat fmt;
  if (!xc_cli_input_format(input_format, &fmt))
    return XC_EXIT_USAGE;
  guint32 reference_day = reference ? xc_date_parse_iso(reference) : 0;
  if (reference && !reference_day) {
    xc_cli_error("--reference-date takes a day as YYYY-MM-DD, not '%s'", reference);
    return XC_EXIT_USAGE;
  }
  if (!inputs || !inputs[0]) {
    xc_cli_error("no input given (see 'crosscheck extract --help')");
    return XC_EXIT_USAGE;
  }

  if (!xc_cli_check_conflicts((const char *const *)inputs, output))
    return XC_EXIT_USAGE;
  g_autoptr(XcReader) reader = xc_reader_new((const char *const *)inputs, fmt);
  g_autoptr(GString) out = g_string_new(NULL);
  gboolean to_file = output && !g_str_equal(output, "-");
  int status = XC_EXIT_OK;
  for (;;) {
    g_autoptr(XcDocument) doc = NULL;
    GError *error = NULL;
    if (!xc_reader_next(reader, &doc, &error)) {
      if (!error)
        break;
      if (!keep_going) {
        xc_cli_error("%s", error->message);
        g_error_free(error);
        return XC_EXIT_INPUT;
      }
      xc_cli_skip(error, NULL);
      g_error_free(error);
      status = XC_EXIT_INPUT;
      continue;
    }
    g_autoptr(GPtrArray) mentions = xc_extract_document(doc, reference_day);
    xc_mentions_write(mentions, format, out, NULL);
    /* stream to standard output; a file is written whole at the end */
    if (!to_file) {
      int rc = xc_cli_write_output(NULL, out);
      if (rc != XC_EXIT_OK)
        return rc;
      g_string_truncate(out, 0);
    }
  }
  if (xc_reader_get_n_read(reader) == 0) {
    xc_cli_error("no document could be read from the inputs given");
    return XC_EXIT_INPUT;
  }
  if (to_file) {
    int rc = xc_cli_write_output(output, out);
    if (rc != XC_EXIT_OK)
      return rc;
  }
  return status == XC_EXIT_INPUT && keep_going ? XC_EXIT_OK : status;
}
