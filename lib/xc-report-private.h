/* xc-report-private.h: the shape of an output module, and what modules
 * share.  Adding a format is adding one file with one XcOutputModule and
 * one row in xc-report.c (libsigrok's output modules). */
#pragma once

#include "xc-report.h"

/* What a report module is handed: the run, the options, and the claims
 * the options select, in order (borrowed from the analysis). */
typedef struct {
  const XcAnalysis *analysis;
  const XcReportOptions *options;
  GPtrArray *claims;
} XcReportView;

typedef struct {
  const char *name;
  /* a report of claims; NULL when the module writes none */
  void (*write_report)(const XcReportView *view, GString *out);
  /* one document's figures; NULL when the module writes none */
  void (*write_mentions)(GPtrArray *mentions, GString *out);
} XcOutputModule;

extern const XcOutputModule xc_output_text;
extern const XcOutputModule xc_output_json;
extern const XcOutputModule xc_output_md;
extern const XcOutputModule xc_output_csv;
extern const XcOutputModule xc_output_html;

/* How a statement stands to its claim's consensus, for the marks every
 * format shows. */
typedef enum {
  XC_MARK_INSIDE,      /* within the consensus */
  XC_MARK_CONTRADICTS, /* outside it, and paired in a contradiction */
  XC_MARK_OUTSIDE,     /* outside it with no contradiction: an earlier
                          figure of a change, or one given no weight */
} XcMark;

XcMark xc_report_mark(const XcClaim *claim, guint statement);

/* "✗", "·" or "" for a mark, and its meaning in words. */
const char *xc_mark_symbol(XcMark mark);
const char *xc_mark_to_string(XcMark mark);

/* Appends "N mentions, K independent sources" with singulars right. */
void xc_report_counts(GString *out, const XcClaim *claim);

/* Appends the consensus range with its unit ("10,000–12,000", "3,200 acre"). */
void xc_report_consensus(GString *out, const XcClaim *claim);

/* The name a statement's document goes by: its outlet, else its id.
 * (transfer none) */
const char *xc_report_source_name(const XcDocument *doc);
