/* xc-output-truth-private.h: the text, Markdown, CSV and HTML outputs of the
 * truth-discovery engine, called by xc_truth_write().  Not installed. */
#pragma once

#include "xc-truth.h"

/* Appends @truth's results (after xc_truth_run()) to @out as @format:
 * "text", "md", "csv" or "html".  Returns FALSE, appending nothing, for another
 * format. */
gboolean xc_output_truth_write(const XcTruth *truth, const char *format, GString *out);
