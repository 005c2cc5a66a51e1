/* bench-rusage.h: the clocks and the memory figure the benchmarks print,
 * in one place so that every benchmark measures them alike.  Header-only:
 * each benchmark is one small program. */
#pragma once

#include <glib.h>
#include <sys/resource.h>

/* CPU time of this process so far, user plus system, in seconds. */
static inline double
bench_cpu_seconds(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
         (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

/* Peak resident size of this process so far, in kB. */
static inline long
bench_maxrss_kb(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

/* A monotonic clock in seconds, for wall time. */
static inline double
bench_wall_seconds(void)
{
  return (double)g_get_monotonic_time() / 1e6;
}
