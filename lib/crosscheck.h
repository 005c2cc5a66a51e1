/* crosscheck.h: the public interface of libcrosscheck.
 *
 * The pipeline runs one way: documents (xc-document.h) -> figures
 * (xc-extract.h) -> claims (xc-claims.h) -> reconciliation
 * (xc-reconcile.h) -> reports (xc-report.h).  Each header states its own
 * ownership rules at the top. */
#pragma once

#include "xc-version.h"
#include "xc-error.h"
#include "xc-date.h"
#include "xc-document.h"
#include "xc-extract.h"
#include "xc-lexicon.h"
#include "xc-claims.h"
#include "xc-reconcile.h"
#include "xc-analysis.h"
#include "xc-report.h"
#include "xc-check.h"
#include "xc-normalize.h"
#include "xc-table.h"
#include "xc-truth.h"
