/* xc-report-private.h: the shape of an output module.  Adding a format is
 * adding one file with one of these and one row in xc-report.c. */
#pragma once

#include "xc-report.h"

typedef struct {
  const char *name;
  /* a report of claims; NULL when the module writes none */
  void (*write_report)(const XcAnalysis *analysis, GString *out);
  /* one document's figures; NULL when the module writes none */
  void (*write_mentions)(GPtrArray *mentions, GString *out);
} XcOutputModule;

extern const XcOutputModule xc_output_text;
extern const XcOutputModule xc_output_json;
