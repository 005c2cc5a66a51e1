/* xc-reconcile.c: reconciling each claim (see xc-reconcile.h).
 *
 * Every statement is widened to the interval its wording and rounding
 * allow ("10,000" is 9,500-10,500; a day is that day).  A sweep over the
 * interval ends finds the point the greatest weight agrees on; the
 * consensus range is the span the statements at that point state, and a
 * statement agrees when its interval reaches into that range.  Each step
 * is O(n log n) in a claim's statements. */
#include "xc-reconcile.h"
#include "xc-claims-private.h"
#include "xc-date-private.h"

#include <math.h>
#include <string.h>

/* ---- intervals ---- */

typedef struct {
  double lo, hi;     /* widened: what the wording and rounding allow */
  double core_lo, core_hi;  /* as stated; infinite for an open end */
} Span;

static Span span_of(const XcMention *m);

static gboolean
is_quantity(XcKind k)
{
  return k == XC_KIND_COUNT || k == XC_KIND_MONEY || k == XC_KIND_MEASURE ||
         k == XC_KIND_PERCENT;
}

/* What one unit is in its dimension's base unit (metres, square metres,
 * kilograms), so that "6 miles" and "10 kilometres" compare.  0 for a unit
 * with no conversion here. */
static double
unit_factor(const char *unit)
{
  static const struct { const char *unit; double f; } t[] = {
    { "m", 1 }, { "km", 1000 }, { "mi", 1609.344 }, { "ft", 0.3048 },
    { "in", 0.0254 }, { "mm", 0.001 }, { "cm", 0.01 },
    { "m2", 1 }, { "km2", 1e6 }, { "mi2", 2589988.11 }, { "ha", 1e4 },
    { "acre", 4046.8564224 }, { "kg", 1 }, { "t", 1000 },
  };
  for (gsize i = 0; unit && i < G_N_ELEMENTS(t); i++)
    if (g_str_equal(unit, t[i].unit))
      return t[i].f;
  return 0;
}

/* A mention's interval in the claim's unit (@to), for measures written
 * in another unit of the same dimension. */
static Span
span_in(const XcMention *m, const char *to)
{
  Span s = span_of(m);
  if (m->kind != XC_KIND_MEASURE || g_strcmp0(m->unit, to) == 0)
    return s;
  double a = unit_factor(m->unit), b = unit_factor(to);
  if (a == 0 || b == 0)
    return s;
  double k = a / b;
  s.lo *= k;
  s.hi *= k;
  s.core_lo *= k;
  s.core_hi *= k;
  return s;
}

static Span
span_of(const XcMention *m)
{
  Span s = { m->low, m->high, m->low, m->high };
  if (m->kind == XC_KIND_DATE) {
    /* days are half-open, so "June 7" and "June 8" do not touch */
    s.hi = m->high + 1;
    return s;
  }
  double tol = 0;
  if (m->qualifier == XC_QUALIFIER_EXACT || m->qualifier == XC_QUALIFIER_RANGE)
    tol = m->precision / 2;
  s.lo -= tol;
  s.hi += tol;
  /* a count is never below zero: "up to 10,000" is 0..10,000 */
  if (is_quantity(m->kind) && isinf(s.lo))
    s.lo = 0;
  if (m->qualifier == XC_QUALIFIER_ABOUT || m->qualifier == XC_QUALIFIER_NEARLY) {
    s.core_lo = s.core_hi = m->stated[m->n_stated - 1];
    s.core_lo = m->stated[0];
  }
  return s;
}

static gboolean
overlaps(double alo, double ahi, double blo, double bhi)
{
  double lo = MAX(alo, blo), hi = MIN(ahi, bhi);
  return lo < hi || (lo == hi && alo == ahi && blo == bhi);
}

/* ---- source groups (union-find) ---- */

static guint
find(guint *parent, guint i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

static void
unite(guint *parent, guint a, guint b)
{
  a = find(parent, a);
  b = find(parent, b);
  if (a != b)
    parent[MAX(a, b)] = MIN(a, b);
}

/* A map from a 64-bit key (a sentence's hash, a document's address) to
 * a statement index, by open addressing: reconciliation makes a few a
 * claim, and a GHashTable would allocate a table and, for 64-bit keys, a
 * key a statement. */
typedef struct {
  guint64 *keys;
  guint *values;   /* G_MAXUINT: empty */
  guint bits;
  guint room_bits;   /* what @keys and @values were allocated for */
} IndexMap;

/* Empties @map for up to @n keys, reusing its memory when it is large
 * enough: it serves claim after claim. */
static void
index_map_reset(IndexMap *map, guint n)
{
  map->bits = 3;
  while ((1u << map->bits) < 2 * n)
    map->bits++;
  guint cap = 1u << map->bits;
  if (map->bits > map->room_bits) {
    map->keys = g_renew(guint64, map->keys, cap);
    map->values = g_renew(guint, map->values, cap);
    map->room_bits = map->bits;
  }
  memset(map->values, 0xff, cap * sizeof *map->values);
}

static void
index_map_clear(IndexMap *map)
{
  g_free(map->keys);
  g_free(map->values);
}

/* ---- working memory ---- */

/* An end of a statement's interval in the consensus sweep (consensus()). */
typedef struct {
  double x;
  double w;   /* + at a start, - at an end */
} Edge;

/* A consensus statement a contradiction may be paired with
 * (pair_contradictions()). */
typedef struct {
  guint32 day;
  double value;
  guint index;
} Partner;

/* Reconciliation's arrays, reused from claim to claim: most claims have a
 * few statements, and a dozen allocations a claim cost more than the
 * arithmetic on them.  The plain arrays hold @room statements
 * (group_seen @room + 1). */
typedef struct {
  guint room;
  Span *spans;
  gboolean *counted;
  gboolean *use;         /* explained_by_time()'s, then the latest day's */
  guint *parent;
  guint *number;
  guint *members;
  gboolean *group_seen;
  IndexMap map;          /* by document, then by sentence */
  GArray *edges;         /* Edge */
  GArray *mids;          /* Edge */
  GArray *days;          /* guint32 */
  GArray *by_day;        /* Partner */
  GArray *any_day;       /* Partner */
} Work;

static void
work_init(Work *w)
{
  memset(w, 0, sizeof *w);
  w->edges = g_array_new(FALSE, FALSE, sizeof(Edge));
  w->mids = g_array_new(FALSE, FALSE, sizeof(Edge));
  w->days = g_array_new(FALSE, FALSE, sizeof(guint32));
  w->by_day = g_array_new(FALSE, FALSE, sizeof(Partner));
  w->any_day = g_array_new(FALSE, FALSE, sizeof(Partner));
}

/* Makes room for a claim of @n statements. */
static void
work_reserve(Work *w, guint n)
{
  if (n <= w->room)
    return;
  w->room = MAX(n, 2 * w->room);
  w->spans = g_renew(Span, w->spans, w->room);
  w->counted = g_renew(gboolean, w->counted, w->room);
  w->use = g_renew(gboolean, w->use, w->room);
  w->parent = g_renew(guint, w->parent, w->room);
  w->number = g_renew(guint, w->number, w->room);
  w->members = g_renew(guint, w->members, w->room);
  w->group_seen = g_renew(gboolean, w->group_seen, w->room + 1);
}

static void
work_clear(Work *w)
{
  g_free(w->spans);
  g_free(w->counted);
  g_free(w->use);
  g_free(w->parent);
  g_free(w->number);
  g_free(w->members);
  g_free(w->group_seen);
  index_map_clear(&w->map);
  g_array_unref(w->edges);
  g_array_unref(w->mids);
  g_array_unref(w->days);
  g_array_unref(w->by_day);
  g_array_unref(w->any_day);
}

/* The slot of @key: where it is, or the empty slot where it would go.
 * Fibonacci hashing spreads aligned addresses as well as hashes. */
static guint
index_map_slot(const IndexMap *map, guint64 key)
{
  guint mask = (1u << map->bits) - 1;
  guint i = (guint)((key * 0x9e3779b97f4a7c15ULL) >> (64 - map->bits));
  while (map->values[i] != G_MAXUINT && map->keys[i] != key)
    i = (i + 1) & mask;
  return i;
}

static void
assign_groups(XcClaim *c, Work *w)
{
  guint n = c->statements->len;
  const Span *spans = w->spans;
  const gboolean *counted = w->counted;
  guint *parent = w->parent;
  for (guint i = 0; i < n; i++)
    parent[i] = i;
  IndexMap *by_sentence = &w->map;
  index_map_reset(by_sentence, n);
  for (guint i = 0; i < n; i++) {
    XcStatement *st = g_ptr_array_index(c->statements, i);
    guint64 sent = xc_statement_get_sentence_hash(st);
    guint slot = index_map_slot(by_sentence, sent);
    guint prev = by_sentence->values[slot];
    /* the same sentence with the same figure: one sentence may state two
     * ("dropped from 70,000 to 18,000"), and those are not one source */
    if (prev != G_MAXUINT && spans[i].core_lo == spans[prev].core_lo &&
        spans[i].core_hi == spans[prev].core_hi) {
      unite(parent, i, prev);
    } else {
      by_sentence->keys[slot] = sent;
      by_sentence->values[slot] = i;
    }
  }
  /* A copied sentence that was lightly edited, one document or one named
   * source saying the same figure twice: one origin.  Only equal figures
   * are joined this way, so an open range ("more than 7,000") cannot chain
   * different figures into one group.  The window bounds the cost. */
  for (guint i = 0; i < n; i++) {
    XcStatement *a = g_ptr_array_index(c->statements, i);
    for (guint j = i + 1; j < n && j < i + 64; j++) {
      XcStatement *b = g_ptr_array_index(c->statements, j);
      if (counted[i] != counted[j] || spans[i].core_lo != spans[j].core_lo ||
          spans[i].core_hi != spans[j].core_hi)
        continue;
      /* two officials an article quotes with one figure are two
       * sources, not one */
      gboolean named_apart = a->attributed_to && b->attributed_to &&
        !xc_statement_same_speaker(a, b);
      gboolean same_origin = (a->mention->doc == b->mention->doc && !named_apart) ||
        (a->attributed_to && b->attributed_to && !named_apart) ||
        xc_statement_similarity(a, b) >= 0.8;
      if (same_origin)
        unite(parent, i, j);
    }
  }
  /* number groups 1.. in order of first appearance; weight 1 a group */
  guint *number = w->number;
  guint *members = w->members;
  memset(number, 0, n * sizeof *number);
  memset(members, 0, n * sizeof *members);
  guint next = 0;
  for (guint i = 0; i < n; i++) {
    guint r = find(parent, i);
    if (!number[r])
      number[r] = ++next;
    if (counted[i])
      members[r]++;
  }
  for (guint i = 0; i < n; i++) {
    XcStatement *st = g_ptr_array_index(c->statements, i);
    guint r = find(parent, i);
    st->source_group = number[r];
    st->weight = counted[i] && members[r] ? 1.0 / members[r] : 0;
  }
}

/* ---- consensus ---- */

/* What a statement counts for: its share of its source group, times what
 * its outlet's record makes of it (1 until outlets are weighed). */
static inline double
counted_weight(const XcStatement *st)
{
  return st->weight * st->outlet_weight;
}

static gint
cmp_edge(gconstpointer a, gconstpointer b)
{
  const Edge *e = a, *f = b;
  if (e->x != f->x)
    return e->x < f->x ? -1 : 1;
  /* ends before starts: touching intervals do not overlap */
  return (e->w > 0) - (f->w > 0);
}

/* Sorts @edges by cmp_edge(), stably, as g_array_sort() does: the sweep
 * depends on the order of equal edges.  A claim has a few statements, for
 * which insertion sort with the comparison inlined is several times as
 * fast as the library's merge sort. */
static void
sort_edges(GArray *edges)
{
  if (edges->len > 32) {
    g_array_sort(edges, cmp_edge);
    return;
  }
  Edge *e = (Edge *)(void *)edges->data;
  for (guint i = 1; i < edges->len; i++) {
    Edge x = e[i];
    guint k = i;
    for (; k > 0 && cmp_edge(&e[k - 1], &x) > 0; k--)
      e[k] = e[k - 1];
    e[k] = x;
  }
}

/* Finds the consensus over the statements selected by @use.  Returns the
 * weight at the best point, sets the range and best value. */
static void
consensus(XcClaim *c, Work *work, const gboolean *use, double *out_lo,
          double *out_hi, double *out_best)
{
  guint n = c->statements->len;
  const Span *spans = work->spans;
  /* filled in place, then cut to what was filled */
  GArray *edges = work->edges;
  g_array_set_size(edges, 2 * n);
  Edge *end = (Edge *)(void *)edges->data;
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    if (!use[i] || st->weight <= 0)
      continue;
    double w = counted_weight(st);
    *end++ = (Edge){ spans[i].lo, w };
    *end++ = (Edge){ spans[i].hi, -w };
  }
  g_array_set_size(edges, (guint)(end - (Edge *)(void *)edges->data));
  *out_lo = -INFINITY;
  *out_hi = INFINITY;
  *out_best = NAN;
  if (edges->len == 0)
    return;
  sort_edges(edges);
  double w = 0, best_w = -1, x_lo = 0, x_hi = 0;
  for (guint i = 0; i < edges->len; i++) {
    const Edge *e = &g_array_index(edges, Edge, i);
    w += e->w;
    if (e->w > 0 && w > best_w + 1e-9) {
      best_w = w;
      x_lo = e->x;
      x_hi = i + 1 < edges->len ? g_array_index(edges, Edge, i + 1).x : e->x;
    }
  }
  double x = isinf(x_hi) ? x_lo : isinf(x_lo) ? x_hi : (x_lo + x_hi) / 2;
  if (x_lo == x_hi)
    x = x_lo;
  /* the range the statements at that point state, finite ends only */
  double lo = INFINITY, hi = -INFINITY;
  double sum_w = 0;
  GArray *mids = work->mids;
  g_array_set_size(mids, n);
  Edge *mid_end = (Edge *)(void *)mids->data;
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    if (!use[i] || st->weight <= 0)
      continue;
    gboolean at = spans[i].lo <= x && x < spans[i].hi;
    if (!at && !(spans[i].lo == x && spans[i].hi == x))
      continue;
    double clo = spans[i].core_lo, chi = spans[i].core_hi;
    if (isfinite(clo))
      lo = MIN(lo, clo);
    if (isfinite(chi))
      hi = MAX(hi, chi);
    double mid = isfinite(clo) && isfinite(chi) ? (clo + chi) / 2 :
                 isfinite(clo) ? clo : chi;
    *mid_end = (Edge){ mid, counted_weight(st) };
    sum_w += mid_end++->w;
  }
  g_array_set_size(mids, (guint)(mid_end - (Edge *)(void *)mids->data));
  *out_lo = isfinite(lo) ? lo : -INFINITY;
  *out_hi = isfinite(hi) ? hi : INFINITY;
  if (*out_lo > *out_hi) {
    /* only open ends on each side: "more than 7,000" and "up to 9,000" */
    double t = *out_lo;
    *out_lo = *out_hi;
    *out_hi = t;
  }
  /* best: the weighted median of the agreeing statements' midpoints */
  sort_edges(mids);
  double acc = 0;
  for (guint i = 0; i < mids->len; i++) {
    const Edge *e = &g_array_index(mids, Edge, i);
    acc += e->w;
    if (acc >= sum_w / 2) {
      *out_best = e->x;
      break;
    }
  }
}

/* Whether statement span @s is compatible with the consensus @lo..@hi.
 * The consensus is a closed range of values, so a statement that reaches
 * one of its ends agrees: "at least 10" with a consensus of 3–10.  Days
 * are half-open, so for dates only an overlap counts (June 8 is not June
 * 7). */
static gboolean
agrees(const Span *s, double lo, double hi, XcKind kind)
{
  if (isinf(lo) && isinf(hi))
    return TRUE;
  if (kind != XC_KIND_DATE)
    return MAX(s->lo, lo) <= MIN(s->hi, hi);
  double chi = hi + 1;
  return overlaps(s->lo, s->hi, isinf(lo) ? -INFINITY : lo,
                  isinf(hi) ? INFINITY : chi) ||
         (lo == chi && s->lo <= lo && lo <= s->hi);
}

/* ---- change over time ---- */

static gint
cmp_u32_days(gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
  return x < y ? -1 : x > y;
}

/* Whether the statements outside the consensus are explained by time: on
 * each day the statements agree, and from day to day the values move one
 * way.  Then the claim changed and its consensus is the latest day's. */
static gboolean
explained_by_time(XcClaim *c, Work *work, guint32 *latest)
{
  guint n = c->statements->len;
  const Span *spans = work->spans;
  const gboolean *counted = work->counted;
  GArray *days = work->days;
  g_array_set_size(days, 0);
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    if (!counted[i] || st->weight <= 0)
      continue;
    if (!st->as_of)
      return FALSE;
    gboolean seen = FALSE;
    for (guint k = 0; k < days->len && !seen; k++)
      seen = g_array_index(days, guint32, k) == st->as_of;
    if (!seen)
      g_array_append_val(days, st->as_of);
  }
  if (days->len < 2)
    return FALSE;
  g_array_sort(days, cmp_u32_days);
  int direction = 0;
  double prev = NAN;
  gboolean *use = work->use;
  for (guint d = 0; d < days->len; d++) {
    guint32 day = g_array_index(days, guint32, d);
    for (guint i = 0; i < n; i++) {
      const XcStatement *st = g_ptr_array_index(c->statements, i);
      use[i] = counted[i] && st->as_of == day;
    }
    double lo, hi, best;
    consensus(c, work, use, &lo, &hi, &best);
    for (guint i = 0; i < n; i++)
      if (use[i] && !agrees(&spans[i], lo, hi, c->kind))
        return FALSE;
    if (!isnan(prev) && best != prev) {
      int dir = best > prev ? 1 : -1;
      if (direction && dir != direction)
        return FALSE;
      direction = dir;
    }
    prev = best;
  }
  *latest = g_array_index(days, guint32, days->len - 1);
  return direction != 0;
}

static void
add_contradiction(XcClaim *c, guint a, guint b, gboolean changed)
{
  const XcStatement *sa = g_ptr_array_index(c->statements, a);
  const XcStatement *sb = g_ptr_array_index(c->statements, b);
  const char *when = sa->as_of && sa->as_of == sb->as_of ? ", same day" :
                     changed ? ", a later figure" : "";
  /* "WA vs WB, WHEN: the ranges do not overlap", with the figures as
   * written copied straight from the text into one allocation */
  const XcMention *ma = sa->mention, *mb = sb->mention;
  static const char rest[] = ": the ranges do not overlap";
  const char *const parts[] = {
    ma->doc->text + ma->start, " vs ", mb->doc->text + mb->start, when, rest,
  };
  const gsize lens[] = {
    ma->end - ma->start, 4, mb->end - mb->start, strlen(when), sizeof rest - 1,
  };
  gsize total = 0;
  for (gsize i = 0; i < G_N_ELEMENTS(parts); i++)
    total += lens[i];
  char *reason = g_malloc(total + 1), *p = reason;
  for (gsize i = 0; i < G_N_ELEMENTS(parts); i++) {
    memcpy(p, parts[i], lens[i]);
    p += lens[i];
  }
  *p = '\0';
  XcContradiction x = { a, b, reason };
  g_array_append_val(c->contradictions, x);
}

/* ---- contradictions ---- */

static double
core_value(const Span *s)
{
  return isfinite(s->core_lo) ? s->core_lo : s->core_hi;
}

static gint
cmp_partner(gconstpointer a, gconstpointer b)
{
  const Partner *x = a, *y = b;
  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  return (x->value > y->value) - (x->value < y->value);
}

/* Sorts @ps by cmp_partner(), stably (see sort_edges()): nearest_in()
 * picks among equal partners by their order. */
static void
sort_partners(GArray *ps)
{
  if (ps->len > 32) {
    g_array_sort(ps, cmp_partner);
    return;
  }
  Partner *p = (Partner *)(void *)ps->data;
  for (guint i = 1; i < ps->len; i++) {
    Partner x = p[i];
    guint k = i;
    for (; k > 0 && cmp_partner(&p[k - 1], &x) > 0; k--)
      p[k] = p[k - 1];
    p[k] = x;
  }
}

/* The partner of @p's day nearest @value in @group-free terms: binary
 * search for the value, then outward past partners of @group. */
static gint
nearest_in(const Partner *ps, guint from, guint to, double value,
           const XcClaim *c, guint group)
{
  guint lo = from, hi = to;
  while (lo < hi) {
    guint mid = lo + (hi - lo) / 2;
    if (ps[mid].value < value)
      lo = mid + 1;
    else
      hi = mid;
  }
  gint best = -1;
  double gap = INFINITY;
  /* outward from the insertion point; a few steps past same-group
   * partners is enough, and bounded so a claim of one big group stays
   * linear */
  for (gint k = (gint)lo - 1, steps = 0; k >= (gint)from && steps < 64; k--, steps++) {
    const XcStatement *o = g_ptr_array_index(c->statements, ps[k].index);
    if (o->source_group != group) {
      gap = value - ps[k].value;
      best = k;
      break;
    }
  }
  for (guint k = lo, steps = 0; k < to && steps < 64; k++, steps++) {
    const XcStatement *o = g_ptr_array_index(c->statements, ps[k].index);
    if (o->source_group != group) {
      if (ps[k].value - value < gap)
        best = (gint)k;
      break;
    }
  }
  return best;
}

/* Each statement outside the consensus is paired with a consensus
 * statement from another source: one of the same day if there is one,
 * the nearest in value among those.  That is the pair a reader checks.
 * Sorting the consensus statements by day and value makes each search
 * logarithmic, so a claim of a million statements stays tractable. */
static void
pair_contradictions(XcClaim *c, Work *work, double lo, double hi)
{
  guint n = c->statements->len;
  const Span *spans = work->spans;
  /* most claims have no statement outside their consensus: no partners
   * to sort for them */
  gboolean any = FALSE;
  for (guint i = 0; i < n && !any; i++)
    any = ((const XcStatement *)g_ptr_array_index(c->statements, i))->weight > 0 &&
          !agrees(&spans[i], lo, hi, c->kind);
  if (!any)
    return;
  GArray *by_day = work->by_day, *any_day = work->any_day;
  g_array_set_size(by_day, n);
  g_array_set_size(any_day, n);
  Partner *bd_end = (Partner *)(void *)by_day->data;
  Partner *ad_end = (Partner *)(void *)any_day->data;
  for (guint j = 0; j < n; j++) {
    const XcStatement *o = g_ptr_array_index(c->statements, j);
    if (o->weight <= 0 || !agrees(&spans[j], lo, hi, c->kind))
      continue;
    *bd_end++ = (Partner){ o->as_of, core_value(&spans[j]), j };
    *ad_end++ = (Partner){ 0, core_value(&spans[j]), j };
  }
  g_array_set_size(by_day, (guint)(bd_end - (Partner *)(void *)by_day->data));
  g_array_set_size(any_day, (guint)(ad_end - (Partner *)(void *)any_day->data));
  sort_partners(by_day);
  sort_partners(any_day);
  const Partner *bd = (const Partner *)(void *)by_day->data;
  const Partner *ad = (const Partner *)(void *)any_day->data;
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    if (st->weight <= 0 || agrees(&spans[i], lo, hi, c->kind))
      continue;
    double v = core_value(&spans[i]);
    /* the run of consensus statements of this statement's day */
    guint from = 0, to = by_day->len;
    while (from < to) {
      guint mid = from + (to - from) / 2;
      if (bd[mid].day < st->as_of)
        from = mid + 1;
      else
        to = mid;
    }
    to = from;
    while (to < by_day->len && bd[to].day == st->as_of)
      to++;
    gint k = nearest_in(bd, from, to, v, c, st->source_group);
    guint partner;
    if (k >= 0) {
      partner = bd[k].index;
    } else {
      k = nearest_in(ad, 0, any_day->len, v, c, st->source_group);
      if (k < 0)
        continue;
      partner = ad[k].index;
    }
    add_contradiction(c, MIN(i, partner), MAX(i, partner), FALSE);
  }
}

/* Whether @c holds a counted figure that is not vague.  A vague
 * quantity ("dozens", "thousands") says the order of a figure, not the
 * figure: "dozens injured" is no denial of "249 injured", and "thousands
 * of troops" none of 10,000-12,000.  Where a claim holds such a figure,
 * its vague statements are shown with it but carry no weight, so they
 * neither move the consensus nor contradict it. */
static gboolean
has_figure(const XcClaim *c)
{
  for (guint i = 0; i < c->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    if (st->mention->qualifier != XC_QUALIFIER_VAGUE && xc_mention_is_counted(st->mention) &&
        !xc_statement_is_earlier(st))
      return TRUE;
  }
  return FALSE;
}

static void
reconcile_claim(XcClaim *c, Work *work)
{
  guint n = c->statements->len;
  /* a claim is reconciled again once outlets are weighed */
  for (guint i = 0; i < c->contradictions->len; i++)
    g_free(g_array_index(c->contradictions, XcContradiction, i).reason);
  g_array_set_size(c->contradictions, 0);
  xc_claim_prefetch_statements(c);
  work_reserve(work, n);
  Span *spans = work->spans;
  gboolean *counted = work->counted;
  IndexMap *docs = &work->map;
  index_map_reset(docs, n);
  c->n_sources = 0;
  gboolean figure = has_figure(c);
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    spans[i] = span_in(st->mention, c->unit);
    counted[i] = xc_mention_is_counted(st->mention) && !xc_statement_is_earlier(st) &&
                 !(figure && st->mention->qualifier == XC_QUALIFIER_VAGUE);
    if (counted[i]) {
      guint64 doc = (guint64)(guintptr)st->mention->doc;
      guint slot = index_map_slot(docs, doc);
      if (docs->values[slot] == G_MAXUINT) {
        docs->keys[slot] = doc;
        docs->values[slot] = i;
        c->n_sources++;
      }
    }
  }
  assign_groups(c, work);

  /* source groups are numbered 1..n */
  gboolean *group_seen = work->group_seen;
  memset(group_seen, 0, (n + 1) * sizeof *group_seen);
  double total = 0;
  c->n_independent = 0;
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    if (st->weight > 0) {
      if (!group_seen[st->source_group]) {
        group_seen[st->source_group] = TRUE;
        c->n_independent++;
      }
      total += counted_weight(st);
    }
  }

  double lo, hi, best;
  consensus(c, work, counted, &lo, &hi, &best);
  double inside = 0;
  for (guint i = 0; i < n; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    if (st->weight > 0 && agrees(&spans[i], lo, hi, c->kind))
      inside += counted_weight(st);
  }
  c->agreement = total > 0 ? inside / total : 0;

  gboolean changed = FALSE;
  guint32 latest = 0;
  /* the day something happened does not move with time: dates disagree */
  if (c->agreement < 0.999 && c->kind != XC_KIND_DATE &&
      explained_by_time(c, work, &latest)) {
    changed = TRUE;
    gboolean *use = work->use;
    for (guint i = 0; i < n; i++) {
      const XcStatement *st = g_ptr_array_index(c->statements, i);
      use[i] = counted[i] && st->as_of == latest;
    }
    consensus(c, work, use, &lo, &hi, &best);
  }
  c->consensus_low = lo;
  c->consensus_high = hi;
  c->best = best;

  if (changed)
    c->status = XC_STATUS_CHANGED;
  else if (c->n_independent <= 1)
    c->status = XC_STATUS_SINGLE;
  else if (c->agreement >= 0.999)
    c->status = XC_STATUS_AGREE;
  else if (c->agreement > 0.5)
    c->status = XC_STATUS_DISPUTED;
  else
    c->status = XC_STATUS_CONTRADICTION;

  if (!changed)
    pair_contradictions(c, work, lo, hi);
}

static gint
cmp_claims(gconstpointer a, gconstpointer b)
{
  const XcClaim *x = *(XcClaim *const *)a, *y = *(XcClaim *const *)b;
  gboolean cx = x->contradictions->len > 0, cy = y->contradictions->len > 0;
  if (cx != cy)
    return cy - cx;
  if (x->n_independent != y->n_independent)
    return x->n_independent > y->n_independent ? -1 : 1;
  return g_strcmp0(x->label, y->label);
}

/* "c@n" (transfer full), without printf's cost, which a million claims
 * notice. */
static char *
claim_id(guint n)
{
  char buf[16], *p = buf + sizeof buf;
  *--p = '\0';
  do {
    *--p = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  *--p = 'c';
  return g_strdup(p);
}

void
xc_reconcile_claims(XcClaimSet *set)
{
  g_return_if_fail(set != NULL);
  GPtrArray *claims = xc_claim_set_get_claims(set);
  Work work;
  work_init(&work);
  for (guint i = 0; i < claims->len; i++) {
    XcClaim *c = g_ptr_array_index(claims, i);
    xc_claims_prefetch_ahead(claims, i);
    reconcile_claim(c, &work);
    if (!c->pinned_id) {
      g_free(c->label);
      c->label = xc_claim_make_label(c);
    }
  }
  work_clear(&work);
  xc_claim_set_link_related(set);
  g_ptr_array_sort(claims, cmp_claims);
  for (guint i = 0; i < claims->len; i++) {
    XcClaim *c = g_ptr_array_index(claims, i);
    g_free(c->id);
    c->id = c->pinned_id ? g_strdup(c->pinned_id) : claim_id(i + 1);
  }
}

gboolean
xc_claim_supports(const XcClaim *claim, const XcMention *mention)
{
  g_return_val_if_fail(claim != NULL && mention != NULL, FALSE);
  Span s = span_in(mention, claim->unit);
  return agrees(&s, claim->consensus_low, claim->consensus_high, claim->kind);
}
