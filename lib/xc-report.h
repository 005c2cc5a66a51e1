/* xc-report.h: writing what a run found, the last pipeline stage.
 *
 * Every format is an output module (xc-report-private.h) in one registry:
 * "text", "json", "md", "csv" and "html" for reports, "jsonl" and "text"
 * for extracted figures.  Which claims a report shows, and in what order,
 * is decided here once (XcReportOptions), so every format shows the same
 * selection.  Output goes to a GString so the caller decides where it
 * lands (standard output, or a file replaced whole).
 *
 * Ownership: reports read an analysis and never change it; strings passed
 * in are borrowed for the call. */
#pragma once

#include "xc-analysis.h"

G_BEGIN_DECLS

/** XcReportSort: the order claims are reported in. */
typedef enum {
  XC_REPORT_SORT_CONTRADICTION, /* claims with contradictions first, then as
                                   reconciliation ordered them */
  XC_REPORT_SORT_SIZE,          /* most independent sources first, then most
                                   mentions */
  XC_REPORT_SORT_LABEL,         /* by label, byte order, then id */
} XcReportSort;

/**
 * XcReportOptions:
 * @sort: the order of the claims.
 * @kinds: a bit (1 << XcKind) for each kind to show; 0 shows every kind.
 * @min_sources: show only claims with at least this many independent
 *   sources (0 and 1 show all).
 * @color: whether the text format may use ANSI colours; the caller decides
 *   (a terminal, --color, NO_COLOR), the library never looks.
 *
 * Initialize with xc_report_options_init() so fields added later get
 * their defaults.  Callers keep the struct on their stack, so its size is
 * part of the ABI: a new field takes the place of some of @reserved (as
 * GLib pads its public structs), and the size stays.
 */
typedef struct {
  XcReportSort sort;
  guint kinds;
  guint min_sources;
  gboolean color;
  /*< private >*/
  gpointer reserved[6];
} XcReportOptions;

/** xc_report_options_init: every claim, contradictions first, no colour. */
XC_API void xc_report_options_init(XcReportOptions *options);

/**
 * xc_report_sort_from_string:
 * @name: "contradiction", "size" or "label".
 * Returns: FALSE with @error set (XC_ERROR_USAGE) when @name is none of them.
 */
XC_API gboolean xc_report_sort_from_string(const char *name, XcReportSort *out,
                                           GError **error);

/**
 * xc_report_kinds_from_string:
 * @list: kind names separated by commas ("count,money"), as
 *   xc_kind_to_string() writes them.
 * @out: set to the XcReportOptions.kinds bits.
 * Returns: FALSE with @error set (XC_ERROR_USAGE) naming an unknown kind.
 */
XC_API gboolean xc_report_kinds_from_string(const char *list, guint *out,
                                            GError **error);

/**
 * xc_report_select:
 * Returns: (transfer container) (element-type XcClaim): the claims of
 *   @analysis that @options shows, in its order; the claims are borrowed
 *   from @analysis.
 */
XC_API GPtrArray *xc_report_select(const XcAnalysis *analysis,
                                   const XcReportOptions *options);

/**
 * xc_report_write_full:
 * @analysis: a run, after xc_analysis_run().
 * @format: "text", "json", "md", "csv" or "html".
 * @options: (nullable): which claims and how; NULL for the defaults.
 * @out: appended to.
 *
 * Returns: FALSE with @error set (XC_ERROR_USAGE) when @format is unknown.
 */
XC_API gboolean xc_report_write_full(const XcAnalysis *analysis,
                                     const char *format,
                                     const XcReportOptions *options,
                                     GString *out, GError **error);

/**
 * xc_report_write:
 * xc_report_write_full() with the default options.
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
