/* xc-truth.c: the truth-discovery engine (see xc-truth.h).
 *
 * Data layout: claims are grouped by item into one flat array, and each
 * item's distinct values into another, so a round of the iteration is a
 * few linear passes with no allocation.  Copy detection keeps, for every
 * item, the index of the source pair of each two of its claims (a
 * triangle of k(k-1)/2 entries), so evidence is gathered per pair in one
 * pass; memory is the sum of k^2/2 over items, bounded by skipping copy
 * evidence on items with more than COPY_MAX_CLAIMS claims.
 *
 * Constants follow the papers where they give one (copy rate c = 0.8,
 * prior probability of copying alpha = 0.2 in Dong et al. 2009).  The
 * others (accuracy bounds, similarity share, number tolerance) and the
 * design choices (one accuracy per source, copy evidence from the written
 * form, no similarity between clock times) were picked by comparing a few
 * settings on the benchmark data themselves, so docs/evaluation.md is not
 * a held-out measurement. */
#include "xc-truth.h"
#include "xc-output-truth-private.h"
#include "xc-claims-private.h"
#include "xc-reconcile.h"
#include "xc-error.h"
#include "xc-date.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

#define DEFAULT_PRIOR 0.8
#define DEFAULT_PRIOR_WEIGHT 2.0
#define SET_PRIOR_WEIGHT 10.0
#define ACC_MIN 0.05
#define ACC_MAX 0.99
#define COPY_RATE 0.8
#define COPY_ALPHA 0.2
#define COPY_MAX_CLAIMS 200
#define SIM_SHARE 0.5          /* share of a similar value's vote (rho) */
#define NUMBER_TOLERANCE 0.01  /* relative gap at which numbers stop supporting each other */
#define MAX_ROUNDS 20

typedef struct {
  guint source;
  guint value;     /* index into values */
  guint form;      /* the raw text as written (spaces folded), interned */
  guint names;     /* lists: the names in order, whole (xc_normalize_names()),
                    * interned in t->names; G_MAXUINT for other types */
  gboolean repeats;  /* chronological rows: the value stated just before it */
} Claim;

typedef struct {
  char *str;
  double num;
  double vote;
  double p;
} Value;

typedef struct {
  XcTruthItem pub;
  guint claim0, nclaims;
  guint value0, nvalues;
  gsize pair0;           /* into item_pairs; G_MAXSIZE: no copy evidence */
} Item;

typedef struct {
  char *name;
  double prior;
  double prior_weight;
  double acc;
  double sum;            /* credit gathered this round */
  guint n;
  double record_copier;  /* chronological rows: P(it repeats the record) */
} Source;

typedef struct {
  guint a, b;
  double lr_ab, lr_ba;   /* log likelihood ratios: a copies b, b copies a */
  double pdep;
} Pair;

struct _XcTruth {
  XcTable *table;
  GHashTable *types;          /* attribute ("" for none) -> XcValueType + 1 */
  int default_type;           /* -1: infer */
  GHashTable *priors;         /* source -> double* */
  gboolean copy_detection;
  gboolean chronological;

  GArray *sources;            /* Source */
  GHashTable *source_index;   /* name -> index + 1 */
  GArray *items;              /* Item */
  GHashTable *item_index;     /* "item\x1fattribute" -> index + 1 */
  GArray *claims;             /* Claim */
  GArray *values;             /* Value */
  GArray *pairs;              /* Pair */
  GArray *item_pairs;         /* guint */
  GPtrArray *ranked;          /* XcTruthSource*, most reliable first */
  GArray *copies;             /* XcTruthCopy */
  GPtrArray *names;           /* (element-type utf8): lists as written, interned */
  GHashTable *names_index;    /* names string -> index + 1 */
  guint rounds;
  gboolean ran;
};

XcTruth *
xc_truth_new(void)
{
  XcTruth *t = g_new0(XcTruth, 1);
  t->table = xc_table_new();
  t->types = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  t->default_type = -1;
  t->priors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  t->copy_detection = TRUE;
  t->sources = g_array_new(FALSE, TRUE, sizeof(Source));
  t->source_index = g_hash_table_new(g_str_hash, g_str_equal);
  t->items = g_array_new(FALSE, TRUE, sizeof(Item));
  t->item_index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  t->claims = g_array_new(FALSE, FALSE, sizeof(Claim));
  t->values = g_array_new(FALSE, FALSE, sizeof(Value));
  t->pairs = g_array_new(FALSE, FALSE, sizeof(Pair));
  t->item_pairs = g_array_new(FALSE, FALSE, sizeof(guint));
  t->ranked = g_ptr_array_new_with_free_func(g_free);
  t->copies = g_array_new(FALSE, FALSE, sizeof(XcTruthCopy));
  t->names = g_ptr_array_new_with_free_func(g_free);
  t->names_index = g_hash_table_new(g_str_hash, g_str_equal);
  return t;
}

void
xc_truth_free(XcTruth *t)
{
  if (!t)
    return;
  for (guint i = 0; i < t->items->len; i++)
    g_ptr_array_unref(g_array_index(t->items, Item, i).pub.values);
  for (guint i = 0; i < t->values->len; i++)
    g_free(g_array_index(t->values, Value, i).str);
  for (guint i = 0; i < t->sources->len; i++)
    g_free(g_array_index(t->sources, Source, i).name);
  xc_table_free(t->table);
  g_hash_table_unref(t->types);
  g_hash_table_unref(t->priors);
  g_array_unref(t->sources);
  g_hash_table_unref(t->source_index);
  g_array_unref(t->items);
  g_hash_table_unref(t->item_index);
  g_array_unref(t->claims);
  g_array_unref(t->values);
  g_array_unref(t->pairs);
  g_array_unref(t->item_pairs);
  g_ptr_array_unref(t->ranked);
  g_array_unref(t->copies);
  g_hash_table_unref(t->names_index);
  g_ptr_array_unref(t->names);
  g_free(t);
}

void
xc_truth_set_type(XcTruth *t, const char *attribute, XcValueType type)
{
  g_return_if_fail(t != NULL);
  g_hash_table_replace(t->types, g_strdup(attribute ? attribute : ""),
                       GINT_TO_POINTER((int)type + 1));
}

gboolean
xc_truth_parse_type(XcTruth *t, const char *spec, GError **error)
{
  g_return_val_if_fail(t != NULL && spec != NULL, FALSE);
  const char *eq = strrchr(spec, '=');
  XcValueType type;
  if (!eq || !xc_value_type_from_string(eq + 1, &type)) {
    g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                "--type '%s': write ATTRIBUTE=TYPE, TYPE one of number, date, time, "
                "string, list, gate", spec);
    return FALSE;
  }
  g_autofree char *attr = g_strndup(spec, (gsize)(eq - spec));
  if (!*attr || g_str_equal(attr, "*")) {
    t->default_type = (int)type;
    xc_truth_set_type(t, NULL, type);
  } else {
    xc_truth_set_type(t, attr, type);
  }
  return TRUE;
}

void
xc_truth_set_prior(XcTruth *t, const char *source, double reliability)
{
  g_return_if_fail(t != NULL && source != NULL);
  g_return_if_fail(reliability > 0 && reliability < 1);
  g_hash_table_replace(t->priors, g_strdup(source), g_memdup2(&reliability, sizeof reliability));
}

gboolean
xc_truth_load_priors(XcTruth *t, const char *path, GError **error)
{
  g_return_val_if_fail(t != NULL && path != NULL, FALSE);
  g_autofree char *data = NULL;
  GError *local = NULL;
  if (!g_file_get_contents(path, &data, NULL, &local)) {
    g_set_error(error, XC_ERROR, XC_ERROR_IO, "--source-prior: %s", local->message);
    g_error_free(local);
    return FALSE;
  }
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    char *line = g_strstrip(lines[i]);
    if (!*line || *line == '#')
      continue;
    char *sep = strrchr(line, '\t');
    if (!sep)
      sep = strrchr(line, ',');
    char *end = NULL;
    double r = sep ? g_ascii_strtod(sep + 1, &end) : NAN;
    if (sep)
      *sep = '\0';
    if (!sep || end == sep + 1 || (end && *g_strstrip(end)) || !(r > 0 && r < 1)
        || !*g_strstrip(line)) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: write SOURCE<TAB or comma>RELIABILITY, the reliability "
                  "between 0 and 1 exclusive", path, i + 1);
      return FALSE;
    }
    xc_truth_set_prior(t, line, r);
  }
  return TRUE;
}

void
xc_truth_set_copy_detection(XcTruth *t, gboolean enabled)
{
  g_return_if_fail(t != NULL);
  t->copy_detection = enabled;
}

void
xc_truth_set_chronological(XcTruth *t, gboolean chronological)
{
  g_return_if_fail(t != NULL && !t->ran);
  t->chronological = chronological;
}

void
xc_truth_add_table(XcTruth *t, const XcTable *table)
{
  g_return_if_fail(t != NULL && table != NULL && !t->ran);
  for (guint i = 0; i < xc_table_get_n_rows(table); i++) {
    const XcTableRow *r = xc_table_get_row(table, i);
    xc_table_add(t->table, r->source, r->item, r->attribute, r->value, r->unit, r->as_of);
  }
}

/* ---- similarity between two values of one item ---- */

/* How much author list @a supports list @b: the share of @a's family
 * names that @b also lists (normalized lists, "oleary l; oleary t").  It
 * is not symmetric, as in TruthFinder's implication between facts: a
 * store that lists only the first author says nothing against the full
 * list and supports it whole, while the full list supports the first
 * author alone only in part, since it says there are others. */
static double
list_support(const char *a, const char *b)
{
  g_auto(GStrv) na = g_strsplit(a, "; ", -1);
  g_auto(GStrv) nb = g_strsplit(b, "; ", -1);
  guint la = g_strv_length(na), lb = g_strv_length(nb), common = 0;
  for (guint i = 0; i < la; i++) {
    char *sp = strchr(na[i], ' ');
    gsize len = sp ? (gsize)(sp - na[i]) : strlen(na[i]);
    for (guint j = 0; j < lb; j++) {
      char *sq = strchr(nb[j], ' ');
      gsize lenb = sq ? (gsize)(sq - nb[j]) : strlen(nb[j]);
      if (len == lenb && memcmp(na[i], nb[j], len) == 0) {
        common++;
        break;
      }
    }
  }
  return la ? (double)common / la : 0;
}

/* How much value @a supports @b, 0..1 (1 only for the same value). */
static double
similarity(XcValueType type, const Value *a, const Value *b)
{
  if (a == b)
    return 1;
  switch (type) {
  case XC_VALUE_NUMBER: {
    double scale = MAX(fabs(a->num), fabs(b->num));
    if (scale == 0)
      return 1;
    double rel = fabs(a->num - b->num) / scale;
    return MAX(0, 1 - rel / NUMBER_TOLERANCE) * 0.99;
  }
  case XC_VALUE_LIST:
    return list_support(a->str, b->str) * 0.99;
  case XC_VALUE_GATE: {
    /* "C39" and "39": the same gate, with and without its concourse */
    gsize la = strlen(a->str), lb = strlen(b->str);
    const char *lo = la < lb ? a->str : b->str, *hi = la < lb ? b->str : a->str;
    gsize d = la < lb ? lb - la : la - lb;
    return d == 1 && g_ascii_isalpha(hi[0]) && g_ascii_isdigit(lo[0])
           && g_str_equal(hi + 1, lo) ? 0.9 : 0;
  }
  default:
    return 0;
  }
}

/* ---- building ---- */

/* The id of @raw's written form: the text with runs of white space folded
 * to one and the ends trimmed, so that padding in a fixed-width export is
 * not a difference of form, while case, punctuation and word order are. */
static guint
form_of(GHashTable *forms, const char *raw)
{
  GString *folded = g_string_sized_new(strlen(raw));
  for (const char *p = raw; *p; p++) {
    if (g_ascii_isspace(*p)) {
      if (folded->len && !g_ascii_isspace(p[1]) && p[1])
        g_string_append_c(folded, ' ');
    } else {
      g_string_append_c(folded, *p);
    }
  }
  gpointer id = g_hash_table_lookup(forms, folded->str);
  if (id) {
    g_string_free(folded, TRUE);
    return GPOINTER_TO_UINT(id) - 1;
  }
  guint n = g_hash_table_size(forms);
  g_hash_table_insert(forms, g_string_free(folded, FALSE), GUINT_TO_POINTER(n + 1));
  return n;
}

/* The id of the list @raw as written, names in order and whole. */
static guint
names_of(XcTruth *t, const char *raw)
{
  char *names = xc_normalize_names(raw);
  if (!names)
    return G_MAXUINT;
  gpointer id = g_hash_table_lookup(t->names_index, names);
  if (id) {
    g_free(names);
    return GPOINTER_TO_UINT(id) - 1;
  }
  g_ptr_array_add(t->names, names);
  g_hash_table_insert(t->names_index, names, GUINT_TO_POINTER(t->names->len));
  return t->names->len - 1;
}

static guint
source_of(XcTruth *t, const char *name)
{
  gpointer v = g_hash_table_lookup(t->source_index, name);
  if (v)
    return GPOINTER_TO_UINT(v) - 1;
  Source s = { .name = g_strdup(name), .prior = DEFAULT_PRIOR, .prior_weight = DEFAULT_PRIOR_WEIGHT };
  double *p = g_hash_table_lookup(t->priors, name);
  if (p) {
    s.prior = *p;
    s.prior_weight = SET_PRIOR_WEIGHT;
  }
  s.acc = s.prior;
  g_array_append_val(t->sources, s);
  g_hash_table_insert(t->source_index, s.name, GUINT_TO_POINTER(t->sources->len));
  return t->sources->len - 1;
}

/* The type of each attribute: set, or numbers when every value reads as
 * one, else strings. */
static GHashTable *
decide_types(XcTruth *t)
{
  GHashTable *numeric = g_hash_table_new(g_str_hash, g_str_equal);   /* attr -> 1 yes, 2 no */
  guint n = xc_table_get_n_rows(t->table);
  for (guint i = 0; i < n; i++) {
    const XcTableRow *r = xc_table_get_row(t->table, i);
    const char *attr = r->attribute ? r->attribute : "";
    if (g_hash_table_contains(t->types, attr) || t->default_type >= 0)
      continue;
    if (GPOINTER_TO_INT(g_hash_table_lookup(numeric, attr)) == 2)
      continue;
    double v;
    g_hash_table_insert(numeric, (gpointer)attr,
                        GINT_TO_POINTER(xc_normalize_number(r->value, &v) ? 1 : 2));
  }
  return numeric;
}

static XcValueType
type_of(XcTruth *t, GHashTable *numeric, const char *attr)
{
  gpointer v = g_hash_table_lookup(t->types, attr ? attr : "");
  if (v)
    return (XcValueType)(GPOINTER_TO_INT(v) - 1);
  if (t->default_type >= 0)
    return (XcValueType)t->default_type;
  return GPOINTER_TO_INT(g_hash_table_lookup(numeric, attr ? attr : "")) == 1
    ? XC_VALUE_NUMBER : XC_VALUE_STRING;
}

static void
truth_value_free(gpointer data)
{
  XcTruthValue *v = data;
  g_ptr_array_unref(v->sources);
  g_free(v);
}

static guint
pair_hash(gconstpointer key)
{
  guint64 k = (guint64)(guintptr)key;
  return (guint)(k * 0x9E3779B97F4A7C15ull >> 32);
}

/* In an edit history (chronological rows) most sources state a value to
 * change it, while a source that re-saves the record (a bot reformatting a
 * page, a site mirroring it) repeats the value stated just before it, item
 * after item.  Pairwise copy detection cannot see it: it repeats a
 * different source on every item.  Here each source's repeats and changes
 * are evidence, against the rate at which all sources repeat, for the
 * hypothesis that it copies the record with probability COPY_RATE, with
 * the prior COPY_ALPHA of Dong et al. */
static void
detect_record_copiers(XcTruth *t)
{
  guint nsrc = t->sources->len;
  g_autofree guint *later = g_new0(guint, MAX(1, nsrc));
  g_autofree guint *repeats = g_new0(guint, MAX(1, nsrc));
  guint all_later = 0, all_repeats = 0;
  for (guint it = 0; it < t->items->len; it++) {
    const Item *item = &g_array_index(t->items, Item, it);
    for (guint i = 1; i < item->nclaims; i++) {
      const Claim *c = &g_array_index(t->claims, Claim, item->claim0 + i);
      later[c->source]++;
      repeats[c->source] += c->repeats;
      all_later++;
      all_repeats += c->repeats;
    }
  }
  if (all_later == 0)
    return;
  double q = CLAMP((double)all_repeats / all_later, 0.01, 0.99);
  double lrep = log((COPY_RATE + (1 - COPY_RATE) * q) / q), lchange = log(1 - COPY_RATE);
  double lprior = log(COPY_ALPHA / (1 - COPY_ALPHA));
  for (guint s = 0; s < nsrc; s++) {
    double l = lprior + repeats[s] * lrep + (later[s] - repeats[s]) * lchange;
    g_array_index(t->sources, Source, s).record_copier = l > 40 ? 1 : 1 / (1 + exp(-l));
  }
}

static void
build(XcTruth *t)
{
  g_autoptr(GHashTable) numeric = decide_types(t);
  guint n = xc_table_get_n_rows(t->table);
  /* group rows by item with a counting sort, keeping input order */
  g_autofree guint *row_item = g_new(guint, n);
  for (guint i = 0; i < n; i++) {
    const XcTableRow *r = xc_table_get_row(t->table, i);
    g_autofree char *key = g_strconcat(r->item, "\x1f", r->attribute ? r->attribute : "", NULL);
    gpointer v = g_hash_table_lookup(t->item_index, key);
    if (!v) {
      Item it = { .pub = { .item = r->item, .attribute = r->attribute,
                           .type = type_of(t, numeric, r->attribute),
                           .number = NAN, .low = NAN, .high = NAN } };
      g_array_append_val(t->items, it);
      v = GUINT_TO_POINTER(t->items->len);
      g_hash_table_insert(t->item_index, g_steal_pointer(&key), v);
    }
    row_item[i] = GPOINTER_TO_UINT(v) - 1;
    source_of(t, r->source);
  }
  guint nitems = t->items->len;
  g_autofree guint *start = g_new0(guint, nitems + 1);
  for (guint i = 0; i < n; i++)
    start[row_item[i] + 1]++;
  for (guint i = 0; i < nitems; i++)
    start[i + 1] += start[i];
  g_autofree guint *order = g_new(guint, n);
  g_autofree guint *fill = g_memdup2(start, sizeof(guint) * (nitems + 1));
  for (guint i = 0; i < n; i++)
    order[fill[row_item[i]]++] = i;

  /* the slot of each source's claim in the current item: a later row of a
   * source replaces its earlier one (a correction, a newer figure) */
  guint nsrc = t->sources->len;
  g_autofree guint *stamp = g_new(guint, nsrc);
  g_autofree guint *slot = g_new(guint, nsrc);
  /* a table with no rows has no sources, and g_new() then gives NULL,
   * which memset() may not be handed (found by fuzz-table) */
  if (nsrc > 0)
    memset(stamp, 0xff, sizeof(guint) * nsrc);
  g_autoptr(GHashTable) forms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (guint it = 0; it < nitems; it++) {
    Item *item = &g_array_index(t->items, Item, it);
    item->claim0 = t->claims->len;
    item->value0 = t->values->len;
    item->pub.values = g_ptr_array_new_with_free_func(truth_value_free);
    for (guint k = start[it]; k < start[it + 1]; k++) {
      const XcTableRow *r = xc_table_get_row(t->table, order[k]);
      double num;
      char *norm = xc_normalize_value(item->pub.type, r->value, &num);
      if (!norm) {
        item->pub.n_unreadable++;
        continue;
      }
      guint v;
      for (v = item->value0; v < t->values->len; v++)
        if (g_str_equal(g_array_index(t->values, Value, v).str, norm))
          break;
      if (v == t->values->len) {
        Value val = { .str = norm, .num = num };
        g_array_append_val(t->values, val);
      } else {
        g_free(norm);
      }
      guint s = source_of(t, r->source);
      Claim c = { .source = s, .value = v, .form = form_of(forms, r->value),
                  .names = item->pub.type == XC_VALUE_LIST ? names_of(t, r->value) : G_MAXUINT };
      if (stamp[s] == it) {
        g_array_index(t->claims, Claim, slot[s]) = c;
      } else {
        stamp[s] = it;
        slot[s] = t->claims->len;
        g_array_append_val(t->claims, c);
      }
    }
    item->nclaims = t->claims->len - item->claim0;
    item->nvalues = t->values->len - item->value0;
    for (guint i = 1; i < item->nclaims && t->chronological; i++) {
      Claim *c = &g_array_index(t->claims, Claim, item->claim0 + i);
      c->repeats = c->value == (c - 1)->value;
    }
    item->pair0 = G_MAXSIZE;
  }
  /* values no claim kept (replaced by a later row) stay with no votes */

  for (guint c = 0; c < t->claims->len; c++)
    g_array_index(t->sources, Source, g_array_index(t->claims, Claim, c).source).n++;
  if (t->chronological)
    detect_record_copiers(t);

  if (!t->copy_detection)
    return;
  g_autoptr(GHashTable) pair_of = g_hash_table_new(pair_hash, g_direct_equal);
  for (guint it = 0; it < nitems; it++) {
    Item *item = &g_array_index(t->items, Item, it);
    if (item->nclaims < 2 || item->nclaims > COPY_MAX_CLAIMS)
      continue;
    item->pair0 = t->item_pairs->len;
    for (guint i = 0; i < item->nclaims; i++) {
      for (guint j = i + 1; j < item->nclaims; j++) {
        guint a = g_array_index(t->claims, Claim, item->claim0 + i).source;
        guint b = g_array_index(t->claims, Claim, item->claim0 + j).source;
        if (a > b) {
          guint x = a;
          a = b;
          b = x;
        }
        gpointer key = (gpointer)(guintptr)(((guint64)a << 32) | b);
        gpointer v = g_hash_table_lookup(pair_of, key);
        if (!v) {
          Pair p = { .a = a, .b = b };
          g_array_append_val(t->pairs, p);
          v = GUINT_TO_POINTER(t->pairs->len);
          g_hash_table_insert(pair_of, key, v);
        }
        guint idx = GPOINTER_TO_UINT(v) - 1;
        g_array_append_val(t->item_pairs, idx);
      }
    }
  }
}

/* ---- the iteration ---- */

/* Index of claims @i < @j of an item with @k claims in its pair triangle. */
static inline gsize
tri(guint i, guint j, guint k)
{
  return (gsize)i * (2 * k - i - 1) / 2 + (j - i - 1);
}

static inline double
clamp_acc(double a)
{
  return CLAMP(a, ACC_MIN, ACC_MAX);
}

/* Gathers copy evidence from every item, given the values' probabilities
 * and the sources' accuracies of the last round (Dong et al. 2009).  The
 * evidence of shared true values is weak but must be kept: without it a
 * copying cluster whose values are believed true is never found, and the
 * sources that disagree with it look dependent instead, which locks in
 * whatever the first vote chose. */
static void
detect_copying(XcTruth *t)
{
  Pair *pairs = (Pair *)(void *)t->pairs->data;
  const Source *src = (const Source *)(void *)t->sources->data;
  for (guint p = 0; p < t->pairs->len; p++)
    pairs[p].lr_ab = pairs[p].lr_ba = 0;
  const double c = COPY_RATE;
  const double ldiff = log(1 - c);
  g_autofree guint *counts = g_new(guint, MAX(1, t->values->len));
  for (guint it = 0; it < t->items->len; it++) {
    Item *item = &g_array_index(t->items, Item, it);
    if (item->pair0 == G_MAXSIZE)
      continue;
    const guint *ip = &g_array_index(t->item_pairs, guint, item->pair0);
    memset(counts, 0, sizeof(guint) * item->nvalues);
    for (guint i = 0; i < item->nclaims; i++)
      counts[g_array_index(t->claims, Claim, item->claim0 + i).value - item->value0]++;
    for (guint i = 0; i < item->nclaims; i++) {
      const Claim *ci = &g_array_index(t->claims, Claim, item->claim0 + i);
      for (guint j = i + 1; j < item->nclaims; j++) {
        const Claim *cj = &g_array_index(t->claims, Claim, item->claim0 + j);
        Pair *pr = &pairs[ip[tri(i, j, item->nclaims)]];
        /* a copier copies the text: the same value written two ways
         * was found twice, which is what independent sources do */
        if (ci->value != cj->value || ci->form != cj->form) {
          pr->lr_ab += ldiff;
          pr->lr_ba += ldiff;
          continue;
        }
        double pt = g_array_index(t->values, Value, ci->value).p, pf = 1 - pt;
        double aa = clamp_acc(src[pr->a].acc), ab = clamp_acc(src[pr->b].acc);
        double indep_t = aa * ab;
        /* PopAccu's lesson: false values are not uniform.  Two sources
         * giving a value many others give too prove little; the chance
         * that an independent source picks it is its share among the
         * item's other claims */
        double f = (counts[ci->value - item->value0] - 2 + 1.0) / (item->nclaims - 2 + item->nvalues);
        double indep_f = (1 - aa) * (1 - ab) * f;
        /* a copies b: a's value is b's with probability c, true or false */
        pr->lr_ab += pt * log((ab * c + indep_t * (1 - c)) / indep_t)
                     + pf * log(((1 - ab) * c + indep_f * (1 - c)) / indep_f);
        pr->lr_ba += pt * log((aa * c + indep_t * (1 - c)) / indep_t)
                     + pf * log(((1 - aa) * c + indep_f * (1 - c)) / indep_f);
      }
    }
  }
  const double lprior = log(COPY_ALPHA / 2 / (1 - COPY_ALPHA));
  for (guint p = 0; p < t->pairs->len; p++) {
    double m = MAX(pairs[p].lr_ab, pairs[p].lr_ba);
    double l = lprior + m + log(exp(pairs[p].lr_ab - m) + exp(pairs[p].lr_ba - m));
    pairs[p].pdep = l > 40 ? 1 : 1 / (1 + exp(-l));
  }
}

/* The vote weight of each claim of @item into @w: ln(n·A/(1-A)), less for
 * a source that likely copies a more accurate one giving the same value
 * (with @by_names, the same list written the same way). */
static void
claim_weights(const XcTruth *t, const Item *item, gboolean discount, gboolean by_names,
              double *w)
{
  const Claim *claims = &g_array_index(t->claims, Claim, item->claim0);
  double nfalse = MAX(1, item->nvalues - 1);
  gboolean use_pairs = discount && item->pair0 != G_MAXSIZE;
  const guint *ip = use_pairs ? &g_array_index(t->item_pairs, guint, item->pair0) : NULL;
  const Pair *pairs = (const Pair *)(void *)t->pairs->data;
  const Source *src = (const Source *)(void *)t->sources->data;
  for (guint i = 0; i < item->nclaims; i++) {
    double a = clamp_acc(src[claims[i].source].acc);
    double tau = MAX(0, log(nfalse * a / (1 - a)));
    if (use_pairs) {
      /* a source's vote counts less for each more accurate (or, at equal
       * accuracy, earlier) source with the same value it may copy */
      double keep = 1;
      for (guint j = 0; j < item->nclaims; j++) {
        if (j == i || claims[j].value != claims[i].value
            || (by_names && claims[j].names != claims[i].names))
          continue;
        double aj = clamp_acc(src[claims[j].source].acc);
        if (aj < a || (aj == a && j > i))
          continue;
        const Pair *pr = &pairs[ip[i < j ? tri(i, j, item->nclaims) : tri(j, i, item->nclaims)]];
        keep *= 1 - COPY_RATE * pr->pdep;
      }
      tau *= keep;
    }
    /* a repeat of the value stated just before, by a source that copies
     * the record, is not a second finding of it */
    if (claims[i].repeats)
      tau *= 1 - COPY_RATE * src[claims[i].source].record_copier;
    w[i] = tau;
  }
}

/* Votes, probabilities and the chosen value of one item. */
static void
vote_item(XcTruth *t, Item *item, gboolean discount)
{
  /* an item whose every row was unreadable has nothing to vote on (and
   * its arrays may still be empty, with a NULL base) */
  if (item->nvalues == 0)
    return;
  Value *vals = &g_array_index(t->values, Value, item->value0);
  const Claim *claims = &g_array_index(t->claims, Claim, item->claim0);
  for (guint v = 0; v < item->nvalues; v++)
    vals[v].vote = 0;
  g_autofree double *weight = g_new(double, item->nclaims);
  claim_weights(t, item, discount, FALSE, weight);
  for (guint i = 0; i < item->nclaims; i++)
    vals[claims[i].value - item->value0].vote += weight[i];
  /* similar values lend part of their votes (AccuSim) */
  g_autofree double *adj = g_new(double, item->nvalues);
  double top = -INFINITY;
  for (guint v = 0; v < item->nvalues; v++) {
    adj[v] = vals[v].vote;
    for (guint w = 0; w < item->nvalues; w++)
      if (w != v)
        adj[v] += SIM_SHARE * similarity(item->pub.type, &vals[w], &vals[v]) * vals[w].vote;
    top = MAX(top, adj[v]);
  }
  double z = 0;
  for (guint v = 0; v < item->nvalues; v++)
    z += exp(adj[v] - top);
  for (guint v = 0; v < item->nvalues; v++)
    vals[v].p = exp(adj[v] - top) / z;
}

/* The credit a claim earns its source: the probability of its value, and
 * for numbers that of close values too (a bounded loss, as in CRH). */
static double
claim_credit(const XcTruth *t, const Item *item, const Claim *c)
{
  const Value *vals = &g_array_index(t->values, Value, item->value0);
  const Value *mine = &g_array_index(t->values, Value, c->value);
  if (item->pub.type != XC_VALUE_NUMBER)
    return mine->p;
  double credit = 0;
  for (guint v = 0; v < item->nvalues; v++)
    credit += vals[v].p * similarity(item->pub.type, mine, &vals[v]);
  return MIN(1, credit);
}

static double
update_accuracy(XcTruth *t)
{
  Source *src = (Source *)(void *)t->sources->data;
  for (guint s = 0; s < t->sources->len; s++)
    src[s].sum = 0;
  for (guint it = 0; it < t->items->len; it++) {
    const Item *item = &g_array_index(t->items, Item, it);
    if (item->nclaims < 2)
      continue;   /* an item only one source gives says nothing of it */
    for (guint i = 0; i < item->nclaims; i++) {
      const Claim *c = &g_array_index(t->claims, Claim, item->claim0 + i);
      src[c->source].sum += claim_credit(t, item, c);
    }
  }
  /* counts only claims on shared items */
  g_autofree guint *shared = g_new0(guint, t->sources->len);
  for (guint it = 0; it < t->items->len; it++) {
    const Item *item = &g_array_index(t->items, Item, it);
    if (item->nclaims < 2)
      continue;
    for (guint i = 0; i < item->nclaims; i++)
      shared[g_array_index(t->claims, Claim, item->claim0 + i).source]++;
  }
  double change = 0;
  for (guint s = 0; s < t->sources->len; s++) {
    double acc = (src[s].sum + src[s].prior_weight * src[s].prior)
                 / (shared[s] + src[s].prior_weight);
    change = MAX(change, fabs(acc - src[s].acc));
    src[s].acc = acc;
  }
  return change;
}

static int
cmp_value_p(gconstpointer a, gconstpointer b)
{
  const XcTruthValue *x = *(XcTruthValue *const *)a, *y = *(XcTruthValue *const *)b;
  if (x->probability != y->probability)
    return x->probability > y->probability ? -1 : 1;
  return (int)y->sources->len - (int)x->sources->len;
}

static int
cmp_source(gconstpointer a, gconstpointer b)
{
  const XcTruthSource *x = *(XcTruthSource *const *)a, *y = *(XcTruthSource *const *)b;
  if (x->reliability != y->reliability)
    return x->reliability > y->reliability ? -1 : 1;
  return strcmp(x->source, y->source);
}

static int
cmp_copy(gconstpointer a, gconstpointer b)
{
  const XcTruthCopy *x = a, *y = b;
  if (x->probability != y->probability)
    return x->probability > y->probability ? -1 : 1;
  int c = strcmp(x->a, y->a);
  return c ? c : strcmp(x->b, y->b);
}

/* The names of the resolved list @value of @item as its sources write
 * them: the order and whole given names that the greatest vote weight
 * among the claims of @value gives.  The list's identity (family names and
 * initials) was settled by the iteration; this only chooses how to write
 * it, so a store that abbreviates or reorders is outvoted, not
 * contradicted.  Returns: (transfer none) (nullable). */
static const char *
resolve_names(const XcTruth *t, const Item *item, guint value)
{
  const Claim *claims = &g_array_index(t->claims, Claim, item->claim0);
  g_autofree double *w = g_new(double, item->nclaims);
  claim_weights(t, item, t->copy_detection, TRUE, w);
  /* the forms written, each with the weight of the claims writing it */
  g_autoptr(GArray) forms = g_array_new(FALSE, FALSE, sizeof(guint));
  g_autoptr(GArray) weight = g_array_new(FALSE, TRUE, sizeof(double));
  for (guint i = 0; i < item->nclaims; i++) {
    if (claims[i].value != value || claims[i].names == G_MAXUINT)
      continue;
    guint f;
    for (f = 0; f < forms->len; f++)
      if (g_array_index(forms, guint, f) == claims[i].names)
        break;
    if (f == forms->len) {
      g_array_append_val(forms, claims[i].names);
      g_array_set_size(weight, forms->len);
    }
    /* a source with no vote weight still counts a little, so that the
     * number of sources decides between forms nobody weighs */
    g_array_index(weight, double, f) += w[i] + 1e-6;
  }
  const char *best = NULL;
  double best_score = -1;
  for (guint f = 0; f < forms->len; f++) {
    const char *mine = g_ptr_array_index(t->names, g_array_index(forms, guint, f));
    double score = g_array_index(weight, double, f);
    if (score > best_score + 1e-12 || (fabs(score - best_score) <= 1e-12 && strcmp(mine, best) < 0)) {
      best = mine;
      best_score = score;
    }
  }
  return best;
}

/* Fills the public fields of each item from the last round. */
static void
publish(XcTruth *t)
{
  const Source *src = (const Source *)(void *)t->sources->data;
  for (guint it = 0; it < t->items->len; it++) {
    Item *item = &g_array_index(t->items, Item, it);
    /* an item of unreadable rows alone has no values, and t->values may
     * have no storage yet */
    Value *vals = item->nvalues ? &g_array_index(t->values, Value, item->value0) : NULL;
    GPtrArray *out = item->pub.values;
    g_ptr_array_set_size(out, 0);
    for (guint v = 0; v < item->nvalues; v++) {
      GPtrArray *names = g_ptr_array_new();
      for (guint i = 0; i < item->nclaims; i++) {
        const Claim *c = &g_array_index(t->claims, Claim, item->claim0 + i);
        if (c->value == item->value0 + v)
          g_ptr_array_add(names, src[c->source].name);
      }
      if (names->len == 0) {
        g_ptr_array_unref(names);
        continue;   /* replaced by its source's later row */
      }
      XcTruthValue *tv = g_new0(XcTruthValue, 1);
      tv->value = vals[v].str;
      tv->number = vals[v].num;
      tv->probability = vals[v].p;
      tv->sources = names;
      g_ptr_array_add(out, tv);
    }
    g_ptr_array_sort(out, cmp_value_p);
    item->pub.value = NULL;
    item->pub.names = NULL;
    item->pub.number = item->pub.low = item->pub.high = NAN;
    item->pub.confidence = 0;
    if (out->len == 0) {
      item->pub.status = "none";
      continue;
    }
    /* renormalize over the values still held */
    double z = 0;
    for (guint v = 0; v < out->len; v++)
      z += ((XcTruthValue *)g_ptr_array_index(out, v))->probability;
    for (guint v = 0; v < out->len && z > 0; v++)
      ((XcTruthValue *)g_ptr_array_index(out, v))->probability /= z;
    const XcTruthValue *best = g_ptr_array_index(out, 0);
    item->pub.value = best->value;
    item->pub.number = best->number;
    for (guint v = 0; v < item->nvalues && item->pub.type == XC_VALUE_LIST; v++)
      if (vals[v].str == best->value)
        item->pub.names = resolve_names(t, item, item->value0 + v);
    item->pub.confidence = best->probability;
    if (item->pub.type == XC_VALUE_NUMBER || item->pub.type == XC_VALUE_DATE
        || item->pub.type == XC_VALUE_TIME) {
      const Value *bv = NULL;
      for (guint v = 0; v < item->nvalues; v++)
        if (vals[v].str == best->value)
          bv = &vals[v];
      item->pub.low = item->pub.high = best->number;
      /* the range holds the values that support the chosen one, and the
       * confidence is the belief that the truth lies in it */
      double in_range = 0;
      for (guint v = 0; v < out->len; v++) {
        const XcTruthValue *tv = g_ptr_array_index(out, v);
        for (guint w = 0; w < item->nvalues; w++) {
          if (vals[w].str == tv->value && similarity(item->pub.type, &vals[w], bv) > 0) {
            item->pub.low = MIN(item->pub.low, tv->number);
            item->pub.high = MAX(item->pub.high, tv->number);
            in_range += tv->probability;
          }
        }
      }
      item->pub.confidence = MIN(1, in_range);
    }
    if (item->nclaims == 1)
      item->pub.status = "single";
    else if (out->len == 1)
      item->pub.status = "agree";
    else if (item->pub.confidence > 0.5)
      item->pub.status = "disputed";
    else
      item->pub.status = "contradiction";
  }
  g_ptr_array_set_size(t->ranked, 0);
  for (guint s = 0; s < t->sources->len; s++) {
    if (src[s].n == 0)
      continue;
    XcTruthSource *ts = g_new0(XcTruthSource, 1);
    ts->source = src[s].name;
    ts->reliability = src[s].acc;
    ts->claims = src[s].n;
    g_ptr_array_add(t->ranked, ts);
  }
  g_ptr_array_sort(t->ranked, cmp_source);
  g_array_set_size(t->copies, 0);
  for (guint p = 0; p < t->pairs->len; p++) {
    const Pair *pr = &g_array_index(t->pairs, Pair, p);
    if (pr->pdep < 0.5)
      continue;
    const char *a = src[pr->a].name, *b = src[pr->b].name;
    XcTruthCopy c = { strcmp(a, b) < 0 ? a : b, strcmp(a, b) < 0 ? b : a, pr->pdep };
    g_array_append_val(t->copies, c);
  }
  g_array_sort(t->copies, cmp_copy);
}

void
xc_truth_run(XcTruth *t)
{
  g_return_if_fail(t != NULL && !t->ran);
  t->ran = TRUE;
  build(t);
  /* round 0 is a vote weighted by the priors alone */
  for (guint it = 0; it < t->items->len; it++)
    vote_item(t, &g_array_index(t->items, Item, it), FALSE);
  update_accuracy(t);
  t->rounds = 1;
  while (t->rounds < MAX_ROUNDS) {
    if (t->copy_detection)
      detect_copying(t);
    for (guint it = 0; it < t->items->len; it++)
      vote_item(t, &g_array_index(t->items, Item, it), t->copy_detection);
    double change = update_accuracy(t);
    t->rounds++;
    if (change < 1e-4)
      break;
  }
  publish(t);
}

/* ---- getters ---- */

guint
xc_truth_get_n_items(const XcTruth *t)
{
  return t->items->len;
}

const XcTruthItem *
xc_truth_get_item(const XcTruth *t, guint index)
{
  g_return_val_if_fail(index < t->items->len, NULL);
  return &g_array_index(t->items, Item, index).pub;
}

const XcTruthItem *
xc_truth_find_item(const XcTruth *t, const char *item, const char *attribute)
{
  g_autofree char *key = g_strconcat(item, "\x1f", attribute ? attribute : "", NULL);
  gpointer v = g_hash_table_lookup(t->item_index, key);
  return v ? &g_array_index(t->items, Item, GPOINTER_TO_UINT(v) - 1).pub : NULL;
}

guint
xc_truth_get_n_sources(const XcTruth *t)
{
  return t->ranked->len;
}

const XcTruthSource *
xc_truth_get_source(const XcTruth *t, guint index)
{
  g_return_val_if_fail(index < t->ranked->len, NULL);
  return g_ptr_array_index(t->ranked, index);
}

const XcTruthSource *
xc_truth_find_source(const XcTruth *t, const char *source)
{
  for (guint i = 0; i < t->ranked->len; i++) {
    const XcTruthSource *s = g_ptr_array_index(t->ranked, i);
    if (g_str_equal(s->source, source))
      return s;
  }
  return NULL;
}

guint
xc_truth_get_n_copies(const XcTruth *t)
{
  return t->copies->len;
}

const XcTruthCopy *
xc_truth_get_copy(const XcTruth *t, guint index)
{
  g_return_val_if_fail(index < t->copies->len, NULL);
  return &g_array_index(t->copies, XcTruthCopy, index);
}

guint
xc_truth_get_iterations(const XcTruth *t)
{
  return t->rounds;
}

/* ---- output ---- */

static json_t *
json_value_of(XcValueType type, const char *text, double number)
{
  if (!text)
    return json_null();
  if (type == XC_VALUE_NUMBER && isfinite(number)) {
    if (number == floor(number) && fabs(number) < 9e15)
      return json_integer((json_int_t)number);
    return json_real(number);
  }
  return json_string(text);
}

/* A range end as the value's type writes it: a number, a day, a time. */
static json_t *
json_bound(XcValueType type, double v)
{
  if (!isfinite(v))
    return json_null();
  if (type == XC_VALUE_DATE) {
    char iso[XC_DATE_ISO_LEN];
    xc_date_to_iso((guint32)v, iso);
    return json_string(iso);
  }
  if (type == XC_VALUE_TIME) {
    g_autofree char *s = g_strdup_printf("%02d:%02d", (int)v / 60, (int)v % 60);
    return json_string(s);
  }
  return json_value_of(type, "", v);
}

static void
write_json(const XcTruth *t, GString *out)
{
  json_t *root = json_object();
  json_object_set_new(root, "schema", json_integer(1));
  json_t *items = json_array();
  for (guint i = 0; i < t->items->len; i++) {
    const XcTruthItem *it = &g_array_index(t->items, Item, i).pub;
    json_t *o = json_object();
    json_object_set_new(o, "item", json_string(it->item));
    json_object_set_new(o, "attribute", it->attribute ? json_string(it->attribute) : json_null());
    json_object_set_new(o, "value", json_value_of(it->type, it->value, it->number));
    json_object_set_new(o, "low", json_bound(it->type, it->low));
    json_object_set_new(o, "high", json_bound(it->type, it->high));
    json_object_set_new(o, "confidence", json_real(it->confidence));
    json_object_set_new(o, "status", json_string(it->status));
    /* added for lists only, so other tables' output is as it was */
    if (it->type == XC_VALUE_LIST)
      json_object_set_new(o, "names", it->names ? json_string(it->names) : json_null());
    json_t *vals = json_array();
    for (guint v = 0; v < it->values->len; v++) {
      const XcTruthValue *tv = g_ptr_array_index(it->values, v);
      json_t *vo = json_object();
      json_object_set_new(vo, "value", json_value_of(it->type, tv->value, tv->number));
      json_t *names = json_array();
      for (guint s = 0; s < tv->sources->len; s++)
        json_array_append_new(names, json_string(g_ptr_array_index(tv->sources, s)));
      json_object_set_new(vo, "sources", names);
      json_array_append_new(vals, vo);
    }
    json_object_set_new(o, "values", vals);
    json_array_append_new(items, o);
  }
  json_object_set_new(root, "items", items);
  json_t *sources = json_array();
  for (guint i = 0; i < t->ranked->len; i++) {
    const XcTruthSource *s = g_ptr_array_index(t->ranked, i);
    json_t *o = json_object();
    json_object_set_new(o, "source", json_string(s->source));
    json_object_set_new(o, "reliability", json_real(s->reliability));
    json_object_set_new(o, "claims", json_integer(s->claims));
    json_array_append_new(sources, o);
  }
  json_object_set_new(root, "sources", sources);
  json_t *copying = json_array();
  for (guint i = 0; i < t->copies->len; i++) {
    const XcTruthCopy *c = &g_array_index(t->copies, XcTruthCopy, i);
    json_t *o = json_object();
    json_object_set_new(o, "a", json_string(c->a));
    json_object_set_new(o, "b", json_string(c->b));
    json_object_set_new(o, "probability", json_real(c->probability));
    json_array_append_new(copying, o);
  }
  json_object_set_new(root, "copying", copying);
  char *s = json_dumps(root, JSON_COMPACT | JSON_REAL_PRECISION(17));
  g_string_append(out, s);
  g_string_append_c(out, '\n');
  free(s);
  json_decref(root);
}

gboolean
xc_truth_write(const XcTruth *t, const char *format, GString *out, GError **error)
{
  g_return_val_if_fail(t != NULL && format != NULL && out != NULL, FALSE);
  if (g_str_equal(format, "json")) {
    write_json(t, out);
    return TRUE;
  }
  if (xc_output_truth_write(t, format, out))
    return TRUE;
  g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
              "unknown format '%s' for reconcile (use text, json, md, csv or html)", format);
  return FALSE;
}

/* ---- outlets of claims read from text ---- */

static const char *
outlet_of(const XcDocument *doc)
{
  return doc->outlet && *doc->outlet ? doc->outlet : doc->id;
}

/* The outlets weighed so far, and which outlet each document is: a run
 * has a million statements but a few thousand documents, so a statement's
 * outlet is found by its document's address, and the outlet's name is
 * hashed once a document, not once a statement. */
typedef struct {
  GArray *outlets;         /* XcOutlet */
  GHashTable *by_name;     /* outlet name (borrowed) -> its index + 1 */
  GHashTable *by_doc;      /* XcDocument* -> its outlet's index + 1, or NO_OUTLET */
} OutletIndex;

#define NO_OUTLET G_MAXUINT

/* The index in @ix->outlets of @doc's outlet; with @add, the outlet is
 * added when it is new, else NO_OUTLET is returned for it. */
static guint
outlet_index(OutletIndex *ix, const XcDocument *doc, gboolean add)
{
  guint known = GPOINTER_TO_UINT(g_hash_table_lookup(ix->by_doc, doc));
  if (known && known != NO_OUTLET)
    return known - 1;
  if (known == NO_OUTLET && !add)
    return NO_OUTLET;
  const char *name = outlet_of(doc);
  guint k = GPOINTER_TO_UINT(g_hash_table_lookup(ix->by_name, name));
  if (!k && add) {
    XcOutlet o = { .outlet = g_strdup(name) };
    g_array_append_val(ix->outlets, o);
    k = ix->outlets->len;
    g_hash_table_insert(ix->by_name, (gpointer)name, GUINT_TO_POINTER(k));
  }
  g_hash_table_insert(ix->by_doc, (gpointer)doc, GUINT_TO_POINTER(k ? k : NO_OUTLET));
  return k ? k - 1 : NO_OUTLET;
}

static int
cmp_outlet(gconstpointer a, gconstpointer b)
{
  const XcOutlet *x = a, *y = b;
  if (x->reliability != y->reliability)
    return x->reliability > y->reliability ? -1 : 1;
  return strcmp(x->outlet, y->outlet);
}

void
xc_truth_weigh_claims(XcClaimSet *set)
{
  g_return_if_fail(set != NULL);
  g_autoptr(GHashTable) by_name = g_hash_table_new(g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_doc = g_hash_table_new(NULL, NULL);
  GArray *outlets = g_array_new(FALSE, TRUE, sizeof(XcOutlet));
  OutletIndex ix = { outlets, by_name, by_doc };
  guint n = xc_claim_set_get_n_claims(set);
  const GPtrArray *claims = xc_claim_set_get_claims(set);
  for (guint c = 0; c < n; c++) {
    const XcClaim *claim = xc_claim_set_get_claim(set, c);
    xc_claims_prefetch_ahead(claims, c);
    /* only a consensus that holds most of the weight can be contradicted;
     * a figure that moved over time contradicts no one */
    if (claim->status != XC_STATUS_AGREE && claim->status != XC_STATUS_DISPUTED)
      continue;
    xc_claim_prefetch_statements(claim);
    for (guint i = 0; i < claim->statements->len; i++) {
      const XcStatement *st = g_ptr_array_index(claim->statements, i);
      if (st->weight <= 0)
        continue;
      /* a statement's share of its source group, so that a document
       * repeating a figure counts once a claim */
      guint k = outlet_index(&ix, st->mention->doc, TRUE);
      XcOutlet *o = &g_array_index(outlets, XcOutlet, k);
      o->statements += st->weight;
      if (xc_claim_supports(claim, st->mention))
        o->inside += st->weight;
    }
  }
  for (guint k = 0; k < outlets->len; k++) {
    XcOutlet *o = &g_array_index(outlets, XcOutlet, k);
    o->reliability = (o->inside + DEFAULT_PRIOR_WEIGHT * DEFAULT_PRIOR)
                     / (o->statements + DEFAULT_PRIOR_WEIGHT);
    /* relative to the prior, so an outlet with no record, or a good one,
     * keeps its weight: the report was unweighted before and a good
     * outlet gains nothing over it */
    o->weight = o->inside + 1e-9 >= DEFAULT_PRIOR * o->statements
                ? 1 : o->reliability / DEFAULT_PRIOR;
  }
  gboolean reweighed = FALSE;
  for (guint c = 0; c < n; c++) {
    XcClaim *claim = xc_claim_set_get_claim(set, c);
    xc_claims_prefetch_ahead(claims, c);
    xc_claim_prefetch_statements(claim);
    for (guint i = 0; i < claim->statements->len; i++) {
      XcStatement *st = g_ptr_array_index(claim->statements, i);
      guint k = outlet_index(&ix, st->mention->doc, FALSE);
      st->outlet_weight = k != NO_OUTLET ? g_array_index(outlets, XcOutlet, k).weight : 1;
      reweighed = reweighed || st->outlet_weight < 1;
    }
  }
  g_array_sort(outlets, cmp_outlet);
  xc_claim_set_take_outlets(set, outlets);
  /* consensus, agreement, status and contradictions all follow from the
   * weights: reconcile again rather than patch some of them */
  if (reweighed)
    xc_reconcile_claims(set);
}
