/* fuzz-memfile.h: the fuzzed bytes as a file, for readers that only read
 * paths.  The bytes go into an anonymous in-memory file (memfd_create) and
 * are read back through /proc/self/fd: the same code path as a file on
 * disk, with nothing left behind and nothing added to the library's API. */
#pragma once

#define _GNU_SOURCE
#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

/* Writes @data to a new in-memory file; returns its path (transfer full)
 * and its descriptor in *@fd, which the caller closes. */
static inline char *
fuzz_memfile(const char *name, const uint8_t *data, size_t size, int *fd)
{
  *fd = memfd_create(name, MFD_CLOEXEC);
  if (*fd < 0)
    abort();
  for (size_t done = 0; done < size;) {
    ssize_t n = write(*fd, data + done, size - done);
    if (n <= 0)
      abort();
    done += (size_t)n;
  }
  return g_strdup_printf("/proc/self/fd/%d", *fd);
}
