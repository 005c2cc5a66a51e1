/* bench-extract.c: extraction end to end, read -> extract -> JSON Lines,
 * over a corpus read again and again until a byte count is reached.
 *
 * The corpus is read with the library's own XcReader, one document at a
 * time, exactly as `crosscheck extract` reads it, and every figure is
 * written as JSON Lines to /dev/null with write(2), so the time covers the
 * whole path a user pays for.  Documents the reader refuses (a Latin-1 file
 * in the BBC corpus) are skipped and counted.  Repeating the corpus instead
 * of building a large file on disk keeps the input in the page cache, so
 * the figure is the program's, not the disk's; the peak resident size
 * (getrusage ru_maxrss) taken at two corpus sizes shows whether memory
 * grows with the corpus.  Runs on one thread, so on one core.
 *
 * Output: one line of tab-separated fields (see usage()). */
#include "bench-rusage.h"
#include "crosscheck.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
usage(void)
{
  fprintf(stderr,
          "usage: bench-extract [--min-bytes N] [--accepted FILE] INPUT...\n"
          "Reads INPUT... (files or directories) again and again until N bytes\n"
          "of text have been read (default: one pass), extracts every figure and\n"
          "writes it as JSON Lines to /dev/null.  --accepted writes the paths of\n"
          "the files read without error, one a line (first pass only).\n"
          "Prints: bytes docs skipped passes wall_s cpu_s MB_per_s_wall\n"
          "MB_per_s_cpu mentions maxrss_kB (MB = 10^6 bytes), tab-separated.\n");
}

/* Writes all of @s to @fd; the bench stops on a failed write. */
static void
write_all(int fd, const GString *s)
{
  gsize done = 0;
  while (done < s->len) {
    ssize_t n = write(fd, s->str + done, s->len - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      fprintf(stderr, "bench-extract: write: %s\n", g_strerror(errno));
      exit(1);
    }
    done += (gsize)n;
  }
}

int
main(int argc, char **argv)
{
  guint64 min_bytes = 0;
  const char *accepted_path = NULL;
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
    if (g_str_equal(argv[i], "--min-bytes") && i + 1 < argc)
      min_bytes = g_ascii_strtoull(argv[++i], NULL, 10);
    else if (g_str_equal(argv[i], "--accepted") && i + 1 < argc)
      accepted_path = argv[++i];
    else {
      usage();
      return 2;
    }
  }
  if (i >= argc) {
    usage();
    return 2;
  }
  const char *const *inputs = (const char *const *)&argv[i];

  int out_fd = open("/dev/null", O_WRONLY);
  if (out_fd < 0) {
    fprintf(stderr, "bench-extract: /dev/null: %s\n", g_strerror(errno));
    return 1;
  }
  FILE *accepted = NULL;
  if (accepted_path && !(accepted = fopen(accepted_path, "w"))) {
    fprintf(stderr, "bench-extract: %s: %s\n", accepted_path, g_strerror(errno));
    return 1;
  }

  guint64 bytes = 0, docs = 0, skipped = 0, mentions = 0;
  guint passes = 0;
  g_autoptr(GString) out = g_string_new(NULL);
  gint64 t0 = g_get_monotonic_time();
  double c0 = bench_cpu_seconds();
  do {
    g_autoptr(XcReader) reader = xc_reader_new(inputs, XC_INPUT_AUTO);
    for (;;) {
      g_autoptr(XcDocument) doc = NULL;
      g_autoptr(GError) error = NULL;
      if (!xc_reader_next(reader, &doc, &error)) {
        if (!error)
          break;
        if (passes == 0)
          fprintf(stderr, "bench-extract: skipped: %s\n", error->message);
        skipped++;
        continue;
      }
      if (accepted && passes == 0)
        fprintf(accepted, "%s\n", doc->path);
      g_autoptr(GPtrArray) found = xc_extract_document(doc, 0);
      xc_mentions_write(found, "jsonl", out, NULL);
      write_all(out_fd, out);
      g_string_truncate(out, 0);
      bytes += doc->len;
      docs++;
      mentions += found->len;
    }
    passes++;
    if (docs == 0) {
      fprintf(stderr, "bench-extract: no document could be read\n");
      return 1;
    }
  } while (bytes < min_bytes);
  double wall = (double)(g_get_monotonic_time() - t0) / 1e6;
  double cpu = bench_cpu_seconds() - c0;
  if (accepted)
    fclose(accepted);
  close(out_fd);

  printf("%" G_GUINT64_FORMAT "\t%" G_GUINT64_FORMAT "\t%" G_GUINT64_FORMAT
         "\t%u\t%.3f\t%.3f\t%.2f\t%.2f\t%" G_GUINT64_FORMAT "\t%ld\n",
         bytes, docs, skipped / passes, passes, wall, cpu, bytes / 1e6 / wall,
         bytes / 1e6 / cpu, mentions, bench_maxrss_kb());
  return 0;
}
