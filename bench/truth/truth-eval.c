/* truth-eval.c: crosscheck's truth discovery against the published
 * truth-discovery benchmarks.
 *
 * For each dataset under DATASETS (default ../shared/datasets of the
 * source tree) it builds the claim table, runs three resolvers over the
 * same normalized values, and scores them against the gold standard with
 * the metric of the paper each published number comes from:
 *   vote:       the value most sources give (ties: the smallest value in
 *               byte order, so the result does not depend on file order);
 *   median:     the lower median of the sources' values for numbers and
 *               times; attributes without an order (gates, author lists)
 *               fall back to the vote;
 *   crosscheck: xc_truth_run() (reliability, similarity, copy detection).
 * Each dataset runs in a child process so that its CPU time (user and
 * system; the wall time is printed too but depends on the machine's load)
 * and peak resident memory are its own.  For diagnosis, XC_NOCOPY=1 turns copy
 * detection off, XC_NOCHRONO=1 reads Population as a table without time
 * order, and XC_DEBUG=WHAT (a Flight attribute such as actual_dep,
 * "population", "book" or "book-exact") prints every missed item of it with
 * its values and sources on standard error.  Exit status 77 (meson's "skip") when the
 * datasets are absent. */
#include <crosscheck.h>
#include <glib/gstdio.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
  guint n;          /* gold items scored */
  guint vote, median, truth;
} Score;

/* The vote's choice: most sources, ties to the smallest value. */
static const XcTruthValue *
vote_of(const XcTruthItem *it)
{
  const XcTruthValue *best = NULL;
  for (guint v = 0; v < it->values->len; v++) {
    const XcTruthValue *tv = g_ptr_array_index(it->values, v);
    if (!best || tv->sources->len > best->sources->len
        || (tv->sources->len == best->sources->len && strcmp(tv->value, best->value) < 0))
      best = tv;
  }
  return best;
}

static int
cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The lower median of the claims (one per source), as text; NULL for a
 * type without order (the caller falls back to the vote). */
static const XcTruthValue *
median_of(const XcTruthItem *it)
{
  if (it->type != XC_VALUE_NUMBER && it->type != XC_VALUE_TIME && it->type != XC_VALUE_DATE)
    return vote_of(it);
  g_autoptr(GArray) xs = g_array_new(FALSE, FALSE, sizeof(double));
  for (guint v = 0; v < it->values->len; v++) {
    const XcTruthValue *tv = g_ptr_array_index(it->values, v);
    for (guint s = 0; s < tv->sources->len; s++)
      g_array_append_val(xs, tv->number);
  }
  if (xs->len == 0)
    return NULL;
  qsort(xs->data, xs->len, sizeof(double), cmp_double);
  double m = g_array_index(xs, double, (xs->len - 1) / 2);
  for (guint v = 0; v < it->values->len; v++) {
    const XcTruthValue *tv = g_ptr_array_index(it->values, v);
    if (tv->number == m)
      return tv;
  }
  return NULL;
}

/* Whether @value is @gold; for clock times, within @tolerance minutes
 * (around midnight too). */
static gboolean
same_value(const XcTruthItem *it, const char *value, const char *gold, int tolerance)
{
  if (!value)
    return FALSE;
  if (it->type != XC_VALUE_TIME || tolerance == 0)
    return g_str_equal(value, gold);
  int h1, m1, h2, m2;
  if (sscanf(value, "%d:%d", &h1, &m1) != 2 || sscanf(gold, "%d:%d", &h2, &m2) != 2)
    return FALSE;
  int d = abs(h1 * 60 + m1 - h2 * 60 - m2);
  return MIN(d, 1440 - d) <= tolerance;
}

static void
score_item_within(Score *sc, const XcTruthItem *it, const char *gold, int tolerance)
{
  sc->n++;
  if (!it)
    return;
  const XcTruthValue *v = vote_of(it), *m = median_of(it);
  sc->vote += v && same_value(it, v->value, gold, tolerance);
  sc->median += m && same_value(it, m->value, gold, tolerance);
  sc->truth += same_value(it, it->value, gold, tolerance);
}

static void
score_item(Score *sc, const XcTruthItem *it, const char *gold)
{
  score_item_within(sc, it, gold, 0);
}

static void
print_row(const char *dataset, const char *metric, const Score *sc, const char *published,
          guint copies)
{
  printf("%-20s %-34s %5u  %6.3f  %6.3f  %6.3f  %5u  %s\n", dataset, metric, sc->n,
         sc->n ? (double)sc->vote / sc->n : 0, sc->n ? (double)sc->median / sc->n : 0,
         sc->n ? (double)sc->truth / sc->n : 0, copies, published);
  fflush(stdout);
}

/* With XC_DEBUG=@what, prints a missed item on standard error: the gold
 * value, what was chosen, and every value with its probability and its
 * sources (with their reliabilities). */
static void
debug_miss(const XcTruth *truth, const char *what, const XcTruthItem *it, const char *gold)
{
  if (!g_getenv("XC_DEBUG") || !g_str_equal(g_getenv("XC_DEBUG"), what) || !it
      || (it->value && g_str_equal(it->value, gold)))
    return;
  fprintf(stderr, "%s %s gold=%s got=%s:", it->item, what, gold, it->value);
  for (guint v = 0; v < it->values->len; v++) {
    const XcTruthValue *tv = g_ptr_array_index(it->values, v);
    fprintf(stderr, " %s(%.2f)[", tv->value, tv->probability);
    for (guint k = 0; k < tv->sources->len; k++) {
      const char *name = g_ptr_array_index(tv->sources, k);
      const XcTruthSource *s = xc_truth_find_source(truth, name);
      fprintf(stderr, "%s%s %.2f/%u", k ? "," : "", name, s ? s->reliability : 0,
              s ? s->claims : 0);
    }
    fprintf(stderr, "]");
  }
  fprintf(stderr, "\n");
}

/* Splits @line at @sep into at most @max fields (in place). */
static guint
split(char *line, const char *sep, char **fields, guint max)
{
  guint n = 0;
  gsize seplen = strlen(sep);
  char *p = line;
  while (n < max) {
    fields[n++] = p;
    char *q = strstr(p, sep);
    if (!q)
      break;
    *q = '\0';
    p = q + seplen;
  }
  return n;
}

/* ---- Flight (Li et al. 2012) ---- */

static const char *const flight_attrs[] = {
  "sched_dep", "actual_dep", "dep_gate", "sched_arr", "actual_arr", "arr_gate",
};

static XcValueType
flight_type(guint a)
{
  return a == 2 || a == 5 ? XC_VALUE_GATE : XC_VALUE_TIME;
}

/* Reads a dataset's claims file and its gold standard, or says which
 * could not be read. */
static gboolean
read_dataset(const char *claims_path, const char *gold_path, char **data, char **gold)
{
  g_autoptr(GError) error = NULL;
  if (!g_file_get_contents(claims_path, data, NULL, &error)
      || !g_file_get_contents(gold_path, gold, NULL, &error)) {
    fprintf(stderr, "truth-eval: %s\n", error->message);
    return FALSE;
  }
  return TRUE;
}

static gboolean
run_flight(const char *dir, const char *day)
{
  g_autofree char *claims_path = g_strdup_printf("%s/flight-li2012/claims/%s.txt", dir, day);
  g_autofree char *truth_path = g_strdup_printf("%s/flight-li2012/truth/%s.txt", dir, day);
  g_autofree char *data = NULL, *gold = NULL;
  if (!read_dataset(claims_path, truth_path, &data, &gold))
    return FALSE;
  g_autoptr(XcTable) table = xc_table_new();
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    char *f[8];
    if (split(lines[i], "\t", f, 8) < 8)
      continue;
    for (guint a = 0; a < 6; a++)
      if (*g_strstrip(f[2 + a]))
        xc_table_add(table, f[0], f[1], flight_attrs[a], f[2 + a], NULL, NULL);
  }
  g_autoptr(XcTruth) truth = xc_truth_new();
  for (guint a = 0; a < 6; a++)
    xc_truth_set_type(truth, flight_attrs[a], flight_type(a));
  if (g_getenv("XC_NOCOPY"))
    xc_truth_set_copy_detection(truth, FALSE);
  xc_truth_add_table(truth, table);
  xc_truth_run(truth);
  Score sc = { 0 }, per[6] = { { 0 } }, within = { 0 };
  g_auto(GStrv) glines = g_strsplit(gold, "\n", -1);
  for (guint i = 0; glines[i]; i++) {
    char *f[7];
    if (split(glines[i], "\t", f, 7) < 7)
      continue;
    for (guint a = 0; a < 6; a++) {
      g_autofree char *g = xc_normalize_value(flight_type(a), f[1 + a], NULL);
      if (!g)
        continue;
      const XcTruthItem *it = xc_truth_find_item(truth, f[0], flight_attrs[a]);
      score_item(&sc, it, g);
      score_item(&per[a], it, g);
      /* a tolerance the paper might have used (see docs/evaluation.md) */
      score_item_within(&within, it, g, 10);
      debug_miss(truth, flight_attrs[a], it, g);
    }
  }
  g_autofree char *name = g_strdup_printf("flight %.4s-%.2s-%.2s", day, day + 4, day + 6);
  print_row(name, "precision, flight x attribute", &sc,
            g_str_equal(day, "20111208") ? "AccuCopy .943, PopAccu .925, Vote .864"
                                         : "(month, Table 9) AccuCopy avg .987, Vote .887",
            xc_truth_get_n_copies(truth));
  if (g_str_equal(day, "20111208")) {
    print_row("", "  times within 10 minutes", &within, "", 0);
    for (guint a = 0; a < 6; a++) {
      g_autofree char *m = g_strdup_printf("  %s", flight_attrs[a]);
      print_row("", m, &per[a], "", 0);
    }
  }
  return TRUE;
}

/* ---- Population (Pasternack & Roth 2010) ---- */

static gboolean
run_population(const char *dir)
{
  g_autofree char *claims_path = g_strdup_printf("%s/population-pasternack2010/claims.txt", dir);
  g_autofree char *gold_path = g_strdup_printf("%s/population-pasternack2010/popAnswersOut.txt", dir);
  g_autofree char *data = NULL, *gold = NULL;
  if (!read_dataset(claims_path, gold_path, &data, &gold))
    return FALSE;
  g_autoptr(XcTable) table = xc_table_new();
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    char *f[8];
    if (split(lines[i], "|\t", f, 8) < 7)
      continue;
    /* claim ids grow with time, so a later row is the editor's later claim */
    xc_table_add(table, f[5], f[2], f[3], f[4], NULL, NULL);
  }
  g_autoptr(XcTruth) truth = xc_truth_new();
  xc_truth_parse_type(truth, "*=number", NULL);
  /* the rows are the edits in claim id order */
  if (!g_getenv("XC_NOCHRONO"))
    xc_truth_set_chronological(truth, TRUE);
  if (g_getenv("XC_NOCOPY"))
    xc_truth_set_copy_detection(truth, FALSE);
  xc_truth_add_table(truth, table);
  xc_truth_run(truth);
  Score all = { 0 }, among = { 0 };
  g_auto(GStrv) glines = g_strsplit(gold, "\n", -1);
  for (guint i = 0; glines[i]; i++) {
    g_auto(GStrv) f = g_strsplit(g_strstrip(glines[i]), ", ", -1);
    guint n = g_strv_length(f);
    if (n < 3)
      continue;
    g_autofree char *pop = xc_normalize_value(XC_VALUE_NUMBER, f[n - 1], NULL);
    g_autofree char *attr = g_strdup_printf("Population%s", f[n - 2]);
    g_free(f[n - 2]);
    f[n - 2] = NULL;
    g_autofree char *object = g_strjoinv(", ", f);
    f[n - 2] = g_strdup("");
    const XcTruthItem *it = xc_truth_find_item(truth, object, attr);
    if (!it || !pop)
      continue;   /* the paper scores items that have claims */
    score_item(&all, it, pop);
    debug_miss(truth, "population", it, pop);
    gboolean present = FALSE;
    for (guint v = 0; v < it->values->len; v++)
      present = present || g_str_equal(((XcTruthValue *)g_ptr_array_index(it->values, v))->value, pop);
    if (present)
      score_item(&among, it, pop);
  }
  print_row("population", "accuracy, gold items with claims", &all,
            "MistakeLCAm 86.13, TruthFinder 85.04, Voting 79.93", xc_truth_get_n_copies(truth));
  print_row("", "  gold value among the claims", &among, "", 0);
  return TRUE;
}

/* ---- Book (Yin et al. 2007) ---- */

/* Whether author lists @got and @gold (xc_normalize_names()) name the
 * same authors in the same order, each with the same family name and,
 * with @strict, the same given names, else the same first given name. */
static gsize
first_given_end(const char *name)
{
  const char *comma = strstr(name, ", ");
  if (!comma)
    return strlen(name);
  const char *space = strchr(comma + 2, ' ');
  return space ? (gsize)(space - name) : strlen(name);
}

static gboolean
same_names(const char *got, const char *gold, gboolean strict)
{
  if (!got)
    return FALSE;
  g_auto(GStrv) a = g_strsplit(got, "; ", -1);
  g_auto(GStrv) b = g_strsplit(gold, "; ", -1);
  if (g_strv_length(a) != g_strv_length(b))
    return FALSE;
  for (guint i = 0; a[i]; i++) {
    if (strict) {
      if (!g_str_equal(a[i], b[i]))
        return FALSE;
      continue;
    }
    /* "family, first middle": up to the end of the first given name */
    gsize la = first_given_end(a[i]), lb = first_given_end(b[i]);
    if (la != lb || memcmp(a[i], b[i], la) != 0)
      return FALSE;
  }
  return TRUE;
}

static gboolean
run_book(const char *dir)
{
  g_autofree char *claims_path = g_strdup_printf("%s/book-yin2007/book.txt", dir);
  g_autofree char *gold_path = g_strdup_printf("%s/book-yin2007/book_golden.txt", dir);
  g_autofree char *data = NULL, *gold = NULL;
  if (!read_dataset(claims_path, gold_path, &data, &gold))
    return FALSE;
  g_autoptr(XcTable) table = xc_table_new();
  /* isbn -> source -> the names it writes (its last row), for the vote on
   * exact lists */
  g_autoptr(GHashTable) written = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify)g_hash_table_unref);
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    char *f[4];
    if (split(lines[i], "\t", f, 4) < 4)
      continue;
    xc_table_add(table, f[0], f[1], NULL, f[3], NULL, NULL);
    char *names = xc_normalize_names(f[3]);
    if (!names)
      continue;
    GHashTable *by_source = g_hash_table_lookup(written, f[1]);
    if (!by_source) {
      by_source = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
      g_hash_table_insert(written, f[1], by_source);
    }
    g_hash_table_insert(by_source, f[0], names);
  }
  g_autoptr(XcTruth) truth = xc_truth_new();
  xc_truth_set_type(truth, NULL, XC_VALUE_LIST);
  if (g_getenv("XC_NOCOPY"))
    xc_truth_set_copy_detection(truth, FALSE);
  xc_truth_add_table(truth, table);
  xc_truth_run(truth);
  Score sc = { 0 }, exact = { 0 }, first = { 0 }, reach = { 0 };
  g_auto(GStrv) glines = g_strsplit(gold, "\n", -1);
  for (guint i = 0; glines[i]; i++) {
    char *f[2];
    if (split(glines[i], "\t", f, 2) < 2)
      continue;
    g_autofree char *g = xc_normalize_list(f[1]);
    g_autofree char *gnames = xc_normalize_names(f[1]);
    if (!g || !gnames)
      continue;
    const XcTruthItem *it = xc_truth_find_item(truth, f[0], NULL);
    score_item(&sc, it, g);
    debug_miss(truth, "book", it, g);
    /* the exact list: the vote is the form most sources write, the median
     * has no meaning for lists and repeats it */
    GHashTable *by_source = g_hash_table_lookup(written, f[0]);
    g_autoptr(GHashTable) count = g_hash_table_new(g_str_hash, g_str_equal);
    const char *vote = NULL;
    guint vote_n = 0;
    gboolean reachable = FALSE;
    if (by_source) {
      GHashTableIter iter;
      gpointer names;
      g_hash_table_iter_init(&iter, by_source);
      while (g_hash_table_iter_next(&iter, NULL, &names)) {
        guint n = GPOINTER_TO_UINT(g_hash_table_lookup(count, names)) + 1;
        g_hash_table_insert(count, names, GUINT_TO_POINTER(n));
        if (n > vote_n || (n == vote_n && strcmp(names, vote) < 0)) {
          vote = names;
          vote_n = n;
        }
        reachable = reachable || same_names(names, gnames, TRUE);
      }
    }
    const char *got = it ? it->names : NULL;
    gboolean x = same_names(got, gnames, TRUE), v = same_names(vote, gnames, TRUE);
    exact.n++;
    exact.vote += v;
    exact.median += v;
    exact.truth += x;
    first.n++;
    first.vote += same_names(vote, gnames, FALSE);
    first.median = first.vote;
    first.truth += same_names(got, gnames, FALSE);
    reach.n++;
    reach.truth += reachable;
    reach.vote = reach.median = reach.truth;
    if (g_getenv("XC_DEBUG") && g_str_equal(g_getenv("XC_DEBUG"), "book-exact") && !x)
      fprintf(stderr, "%s gold=%s got=%s vote=%s%s\n", f[0], gnames, got, vote,
              reachable ? "" : " (no source gives it)");
  }
  /* Dong et al.'s precision: the exact list, in order, each author's
   * first and last names; middle names asked too in the next row */
  print_row("book", "exact list, first + last names", &first,
            "SIM .89 (Dong 09), LieLCAs 90.83 (P&R 13), TruthFinder 85/100, Voting .71",
            xc_truth_get_n_copies(truth));
  print_row("", "  same, middle names too", &exact, "", 0);
  print_row("", "  some source gives it (middles)", &reach, "", 0);
  print_row("", "  set of family name + initial", &sc, "", 0);
  return TRUE;
}

/* Runs @fn in a child and prints its wall time and peak memory. */
static gboolean
measured(const char *what, gboolean (*fn)(const char *, const char *), const char *dir,
         const char *arg, gsize input_bytes)
{
  fflush(stdout);
  gint64 t0 = g_get_monotonic_time();
  pid_t pid = fork();
  if (pid == 0)
    _exit(fn(dir, arg) ? 0 : 1);
  int status = 0;
  struct rusage ru;
  if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
    return FALSE;
  double secs = (g_get_monotonic_time() - t0) / 1e6;
  double user = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6;
  double sys = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  printf("%-20s %-34s cpu %.2f s user + %.2f s sys (wall %.2f s), peak RSS %.1f MB, input %.1f MB\n",
         "", what, user, sys, secs, ru.ru_maxrss / 1024.0, input_bytes / 1048576.0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static gboolean
flight_fn(const char *dir, const char *day)
{
  return run_flight(dir, day);
}

static gboolean
population_fn(const char *dir, const char *unused)
{
  return run_population(dir);
}

static gboolean
book_fn(const char *dir, const char *unused)
{
  return run_book(dir);
}

static int
cmp_name(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static gsize
size_of(const char *path)
{
  GStatBuf st;
  return g_stat(path, &st) == 0 ? (gsize)st.st_size : 0;
}

int
main(int argc, char **argv)
{
  const char *dir = argc > 1 ? argv[1] : XC_DATASETS;
  if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
    fprintf(stderr, "truth-eval: no datasets at %s: skipped (pass the directory "
            "holding flight-li2012/, population-pasternack2010/ and book-yin2007/)\n", dir);
    return 77;
  }
  printf("%-20s %-34s %5s  %6s  %6s  %6s  %5s  %s\n", "dataset", "metric", "n", "vote",
         "median", "xcheck", "copy", "published");
  gboolean ok = TRUE;
  g_autofree char *flight = g_build_filename(dir, "flight-li2012", "claims", NULL);
  g_autoptr(GDir) d = g_dir_open(flight, 0, NULL);
  if (d) {
    g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)))
      if (g_str_has_suffix(name, ".txt") && strlen(name) == 12)
        g_ptr_array_add(days, g_strndup(name, 8));
    g_ptr_array_sort(days, cmp_name);
    for (guint i = 0; i < days->len; i++) {
      const char *day = g_ptr_array_index(days, i);
      g_autofree char *path = g_strdup_printf("%s/%s.txt", flight, day);
      ok = measured("", flight_fn, dir, day, size_of(path)) && ok;
    }
  } else {
    printf("flight: %s absent, skipped\n", flight);
  }
  g_autofree char *pop = g_build_filename(dir, "population-pasternack2010", "claims.txt", NULL);
  if (g_file_test(pop, G_FILE_TEST_EXISTS))
    ok = measured("", population_fn, dir, NULL, size_of(pop)) && ok;
  else
    printf("population: %s absent, skipped\n", pop);
  g_autofree char *book = g_build_filename(dir, "book-yin2007", "book.txt", NULL);
  if (g_file_test(book, G_FILE_TEST_EXISTS))
    ok = measured("", book_fn, dir, NULL, size_of(book)) && ok;
  else
    printf("book: %s absent, skipped\n", book);
  return ok ? 0 : 1;
}
