/* xc-error.c: the XC_ERROR domain (see xc-error.h). */
#include "xc-error.h"

G_DEFINE_QUARK(xc-error-quark, xc_error)
