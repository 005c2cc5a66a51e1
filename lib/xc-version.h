/* xc-version.h: export macro and version of libcrosscheck.
 *
 * The library is built with hidden symbol visibility; XC_API marks the
 * functions that make up the public interface declared in crosscheck.h. */
#pragma once

#if defined(XC_COMPILATION) && defined(__GNUC__)
#define XC_API __attribute__((visibility("default")))
#else
#define XC_API
#endif

#define XC_VERSION_STRING "0.1.0"
