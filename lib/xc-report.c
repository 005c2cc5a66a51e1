/* xc-report.c: the registry of output modules (see xc-report.h). */
#include "xc-report-private.h"
#include "xc-error.h"

static const XcOutputModule *const modules[] = {
  &xc_output_text,
  &xc_output_json,
};

/* "jsonl" is the JSON module writing figures a line each. */
static const XcOutputModule *
find_module(const char *format)
{
  if (g_strcmp0(format, "jsonl") == 0)
    format = "json";
  for (gsize i = 0; i < G_N_ELEMENTS(modules); i++)
    if (g_strcmp0(modules[i]->name, format) == 0)
      return modules[i];
  return NULL;
}

gboolean
xc_report_has_format(const char *format)
{
  const XcOutputModule *m = find_module(format);
  return m && m->write_report && g_strcmp0(format, "jsonl") != 0;
}

gboolean
xc_mentions_has_format(const char *format)
{
  const XcOutputModule *m = find_module(format);
  return m && m->write_mentions && g_strcmp0(format, "json") != 0;
}

gboolean
xc_report_write(const XcAnalysis *analysis, const char *format, GString *out,
                GError **error)
{
  g_return_val_if_fail(analysis != NULL && out != NULL, FALSE);
  if (!xc_report_has_format(format)) {
    g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                "unknown report format '%s' (use text or json)", format);
    return FALSE;
  }
  find_module(format)->write_report(analysis, out);
  return TRUE;
}

gboolean
xc_mentions_write(GPtrArray *mentions, const char *format, GString *out,
                  GError **error)
{
  g_return_val_if_fail(mentions != NULL && out != NULL, FALSE);
  if (!xc_mentions_has_format(format)) {
    g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                "unknown figure format '%s' (use jsonl or text)", format);
    return FALSE;
  }
  find_module(format)->write_mentions(mentions, out);
  return TRUE;
}
