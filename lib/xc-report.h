/* xc-report.h: writing what a run found, the last pipeline stage.
 *
 * Every format is an output module (xc-report-private.h) in one registry:
 * "text" and "json" for reports, "jsonl" and "text" for extracted figures.
 * Output goes to a GString so the caller decides where it lands (standard
 * output, or a file replaced whole). */
#pragma once

#include "xc-analysis.h"

G_BEGIN_DECLS

/**
 * xc_report_write:
 * @analysis: a run, after xc_analysis_run().
 * @format: "text" or "json".
 * @out: appended to.
 *
 * Returns: FALSE with @error set (XC_ERROR_USAGE) when @format is unknown.
 */
XC_API gboolean xc_report_write(const XcAnalysis *analysis, const char *format,
                                GString *out, GError **error);

/**
 * xc_mentions_write:
 * @mentions: (element-type XcMention): one document's figures.
 * @format: "jsonl" (one JSON object a figure) or "text".
 *
 * Returns: FALSE with @error set (XC_ERROR_USAGE) when @format is unknown.
 */
XC_API gboolean xc_mentions_write(GPtrArray *mentions, const char *format,
                                  GString *out, GError **error);

/** xc_report_has_format: whether reports can be written as @format. */
XC_API gboolean xc_report_has_format(const char *format);

/** xc_mentions_has_format: whether figures can be written as @format. */
XC_API gboolean xc_mentions_has_format(const char *format);

G_END_DECLS
