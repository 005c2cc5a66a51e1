/* xc-check.h: a draft checked against the sources.
 *
 * Every figure of the draft is matched to the claim it would join; a
 * figure outside that claim's consensus is an error, a figure no claim
 * covers a warning, a figure inside the consensus a note.  Diagnostics are
 * written compiler-style: "draft.txt:3:14: error: ...", or as SARIF. */
#pragma once

#include "xc-analysis.h"

G_BEGIN_DECLS

/** XcLevel: how serious a diagnostic is. */
typedef enum {
  XC_LEVEL_NOTE,
  XC_LEVEL_WARNING,
  XC_LEVEL_ERROR,
} XcLevel;

/**
 * XcDiagnostic:
 * @level: see XcLevel.
 * @line, @col: 1-based position in the draft (col in characters).
 * @start, @end: byte range of the figure in the draft.
 * @message: what is wrong, in words.
 * @claim: (nullable) (transfer none): the claim it was matched to.
 */
typedef struct {
  XcLevel level;
  guint line;
  guint col;
  gsize start;
  gsize end;
  char *message;
  const XcClaim *claim;
} XcDiagnostic;

/**
 * xc_check_draft:
 * @analysis: the sources, after xc_analysis_run().
 * @draft: (transfer none): the draft; must outlive the diagnostics.
 * Returns: (transfer full) (element-type XcDiagnostic): one diagnostic a
 *   counted figure of the draft, in text order.
 */
XC_API GPtrArray *xc_check_draft(const XcAnalysis *analysis,
                                 const XcDocument *draft);

/** xc_level_to_string: "note", "warning", "error".  (transfer none) */
XC_API const char *xc_level_to_string(XcLevel level);

/**
 * xc_diagnostics_write:
 * Writes @diagnostics compiler-style, one a line, naming @draft's path.
 * Notes are written only when @verbose.
 */
XC_API void xc_diagnostics_write(GPtrArray *diagnostics, const XcDocument *draft,
                                 gboolean verbose, GString *out);

/**
 * xc_diagnostics_write_sarif:
 * Writes @diagnostics as one SARIF 2.1.0 log for code-scanning CI: one run
 * whose tool.driver lists the three rules ("contradiction", an error;
 * "unsupported", a warning; "supported", a note), and one result a
 * diagnostic with its level, message and a physicalLocation in @draft
 * (1-based line and column; the run's columnKind is "unicodeCodePoints",
 * as columns count characters).  Notes are written only when @verbose.
 */
XC_API void xc_diagnostics_write_sarif(GPtrArray *diagnostics, const XcDocument *draft,
                                       gboolean verbose, GString *out);

G_END_DECLS
