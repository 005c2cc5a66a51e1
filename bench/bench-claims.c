/* bench-claims.c: grouping and reconciliation at scale, on generated
 * documents.
 *
 * Real corpora big enough to hold a million statements are not at hand,
 * so this program writes them: documents whose sentences state counts
 * ("Officials said 1,204 zbakedis were evacuated."), each sentence about
 * one of C claims.  A claim is an invented noun (unique to it, so that
 * grouping's key tells claims apart as it would real concepts), an event
 * and a base value; its statements repeat the value, round it, or
 * contradict it, attributed to one of a few dozen speakers, with a
 * qualifier now and then.  A fixed-seed generator (splitmix64) makes every
 * run read the same text.
 *
 * The text goes through the real extractor first (timed on its own), then
 * grouping (xc_claim_set_add_document) and reconciliation
 * (xc_reconcile_claims) are timed, with the peak resident size before
 * and after them.  The wall times of the two stages are printed, and
 * their CPU time together, which a busy machine disturbs less.  Then the
 * step `crosscheck report` runs after them is timed on its own: weighing
 * outlets by their record (xc_truth_weigh_claims), which reconciles every
 * claim a second time when any outlet loses weight (here every document
 * is its own outlet, and some do).
 *
 * Output: one line of tab-separated fields (see usage()). */
#include "bench-rusage.h"
#include "crosscheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
usage(void)
{
  fprintf(stderr,
          "usage: bench-claims [--seed S] STATEMENTS CLAIMS\n"
          "Generates documents stating STATEMENTS counts about CLAIMS quantities,\n"
          "extracts them, groups them into claims and reconciles them.\n"
          "Prints: sentences documents text_MB extract_s statements claims\n"
          "group_s reconcile_s (wall) group_reconcile_cpu_s maxrss_before_kB\n"
          "maxrss_after_kB, then weigh_s (wall) weigh_cpu_s total_cpu_s (grouping,\n"
          "reconciliation and weighing) maxrss_after_weigh_kB, tab-separated.\n");
}

static guint64 rng_state;

/* splitmix64: small, fast, and the same on every platform. */
static guint64
rng_next(void)
{
  guint64 z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static guint64
hash64(guint64 x)
{
  guint64 saved = rng_state;
  rng_state = x;
  guint64 h = rng_next();
  rng_state = saved;
  return h;
}

/* An invented plural noun for claim @c: "z" and syllables, one for each
 * base-16 digit of @c, so every claim counts a different thing. */
static void
append_noun(GString *s, guint64 c)
{
  static const char *const syl[16] = {
    "ba", "ke", "di", "lo", "mu", "ra", "si", "to",
    "vu", "ne", "po", "ga", "fi", "ze", "ku", "ha",
  };
  g_string_append_c(s, 'z');
  do {
    g_string_append(s, syl[c & 15]);
    c >>= 4;
  } while (c);
  g_string_append(s, "ns");
}

static void
append_number(GString *s, guint64 v)
{
  if (v >= 1000000)
    g_string_append_printf(s, "%" G_GUINT64_FORMAT ",%03" G_GUINT64_FORMAT ",%03" G_GUINT64_FORMAT,
                           v / 1000000, v / 1000 % 1000, v % 1000);
  else if (v >= 1000)
    g_string_append_printf(s, "%" G_GUINT64_FORMAT ",%03" G_GUINT64_FORMAT, v / 1000, v % 1000);
  else
    g_string_append_printf(s, "%" G_GUINT64_FORMAT, v);
}

static const char *const events[] = {
  "killed", "evacuated", "arrested", "captured", "deployed", "wounded",
  "displaced", "detained",
};

static const char *const speakers[] = {
  "Halvorsen", "Okafor", "Lindqvist", "Moreau", "Takahashi", "Brennan",
  "Castillo", "Novak", "Adeyemi", "Fischer", "Ruiz", "Kowalski", "Duarte",
  "Haddad", "Nakamura", "Oyelaran", "Petrov", "Quinn", "Sandoval", "Varga",
  "Whitfield", "Yilmaz", "Zamora", "Abbott", "Bergstrom", "Carvalho",
  "Delacroix", "Eriksen", "Ferreira", "Gallagher", "Ibarra", "Jansen",
};

/* One sentence stating a value of claim @c. */
static void
append_sentence(GString *s, guint64 c)
{
  guint64 h = hash64(c);
  guint64 base = 50 + h % 50000;
  const char *event = events[(h >> 20) % G_N_ELEMENTS(events)];
  guint64 r = rng_next();
  guint64 v = base;
  switch (r % 10) {
  case 7: v = base + base / 10; break;   /* near it: rounding or drift */
  case 8: v = (base + 50) / 100 * 100; break; /* rounded */
  case 9: v = base * 2; break;           /* a contradiction */
  default: break;
  }
  const char *who = speakers[(r >> 8) % G_N_ELEMENTS(speakers)];
  switch ((r >> 16) % 4) {
  case 0:
    g_string_append_printf(s, "Officials told %s that ", who);
    break;
  case 1:
    g_string_append_printf(s, "%s said ", who);
    break;
  case 2:
    g_string_append(s, "More than ");
    break;
  default:
    g_string_append(s, "About ");
    break;
  }
  append_number(s, v);
  g_string_append_c(s, ' ');
  append_noun(s, c);
  g_string_append_printf(s, " were %s", event);
  if ((r >> 16) % 4 >= 2)
    g_string_append_printf(s, ", %s said", who);
  g_string_append(s, ". ");
}

#define SENTENCES_PER_DOC 50

int
main(int argc, char **argv)
{
  guint64 seed = 20241120;
  int i = 1;
  if (i + 1 < argc && g_str_equal(argv[i], "--seed")) {
    seed = g_ascii_strtoull(argv[i + 1], NULL, 10);
    i += 2;
  }
  if (argc - i != 2) {
    usage();
    return 2;
  }
  guint64 n_sentences = g_ascii_strtoull(argv[i], NULL, 10);
  guint64 n_claims = g_ascii_strtoull(argv[i + 1], NULL, 10);
  if (n_sentences == 0 || n_claims == 0) {
    usage();
    return 2;
  }
  rng_state = seed;

  /* generate and extract, one document at a time */
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GString) text = g_string_new(NULL);
  guint64 text_bytes = 0;
  double extract_s = 0;
  for (guint64 done = 0; done < n_sentences;) {
    g_string_truncate(text, 0);
    for (guint k = 0; k < SENTENCES_PER_DOC && done < n_sentences; k++, done++) {
      append_sentence(text, rng_next() % n_claims);
      if (k % 5 == 4)
        g_string_append(text, "\n\n");
    }
    g_string_append_c(text, '\n');
    g_autofree char *id = g_strdup_printf("gen-%06u.txt", docs->len);
    GError *error = NULL;
    XcDocument *doc = xc_document_new_from_text(id, NULL, text->str, (gssize)text->len,
                                                FALSE, &error);
    if (!doc) {
      fprintf(stderr, "bench-claims: %s\n", error->message);
      g_error_free(error);
      return 1;
    }
    text_bytes += text->len;
    g_ptr_array_add(docs, doc);
    double t = bench_wall_seconds();
    g_ptr_array_add(found, xc_extract_document(doc, 0));
    extract_s += bench_wall_seconds() - t;
  }

  long rss_before = bench_maxrss_kb();
  g_autoptr(XcClaimSet) set = xc_claim_set_new();
  double c0 = bench_cpu_seconds();
  double t0 = bench_wall_seconds();
  for (guint d = 0; d < found->len; d++)
    xc_claim_set_add_document(set, g_ptr_array_index(found, d));
  double t1 = bench_wall_seconds();
  xc_reconcile_claims(set);
  double t2 = bench_wall_seconds();
  double cpu = bench_cpu_seconds() - c0;
  long rss_after = bench_maxrss_kb();
  double c1 = bench_cpu_seconds();
  double t3 = bench_wall_seconds();
  xc_truth_weigh_claims(set);
  double t4 = bench_wall_seconds();
  double weigh_cpu = bench_cpu_seconds() - c1;
  long rss_weigh = bench_maxrss_kb();

  guint64 statements = 0;
  guint n = xc_claim_set_get_n_claims(set);
  for (guint c = 0; c < n; c++)
    statements += xc_claim_set_get_claim(set, c)->statements->len;

  printf("%" G_GUINT64_FORMAT "\t%u\t%.1f\t%.3f\t%" G_GUINT64_FORMAT "\t%u\t%.3f\t%.3f\t%.3f\t%ld\t%ld"
         "\t%.3f\t%.3f\t%.3f\t%ld\n",
         n_sentences, docs->len, text_bytes / 1e6, extract_s, statements, n,
         t1 - t0, t2 - t1, cpu, rss_before, rss_after,
         t4 - t3, weigh_cpu, cpu + weigh_cpu, rss_weigh);
  return 0;
}
