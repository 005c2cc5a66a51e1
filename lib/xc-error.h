/* xc-error.h: the error domain of libcrosscheck.
 *
 * Every fallible function takes a trailing `GError **error` and returns
 * FALSE or NULL exactly when it set the error.  Messages name the file and,
 * where there is one, the line, so a user can find and fix the input. */
#pragma once

#include <glib.h>
#include "xc-version.h"

G_BEGIN_DECLS

#define XC_ERROR (xc_error_quark())

/**
 * XcError:
 * @XC_ERROR_FAILED: anything not covered below.
 * @XC_ERROR_USAGE: the caller asked for something impossible (a bad
 *   option value, conflicting options).
 * @XC_ERROR_IO: a file could not be opened, read or written.
 * @XC_ERROR_INVALID_INPUT: an input was read but is not acceptable
 *   (invalid UTF-8, binary data, malformed JSON, empty).
 */
typedef enum {
  XC_ERROR_FAILED,
  XC_ERROR_USAGE,
  XC_ERROR_IO,
  XC_ERROR_INVALID_INPUT,
} XcError;

/** xc_error_quark: the GQuark of the XC_ERROR domain. */
XC_API GQuark xc_error_quark(void);

G_END_DECLS
