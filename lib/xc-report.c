/* xc-report.c: the registry of output modules, and the selection and
 * order of claims every format shares (see xc-report.h).
 *
 * Selection lives here, not in each module and not in the CLI, so a
 * library user asking for Markdown gets the same claims as one asking for
 * HTML, and a filter is written once. */
#include "xc-report-private.h"
#include "xc-format-private.h"
#include "xc-error.h"

#include <string.h>

static const XcOutputModule *const modules[] = {
  &xc_output_text,
  &xc_output_json,
  &xc_output_md,
  &xc_output_csv,
  &xc_output_html,
};

/* "jsonl" is the JSON module writing figures a line each. */
static const XcOutputModule *
find_module(const char *format)
{
  if (g_strcmp0(format, "jsonl") == 0)
    format = "json";
  for (gsize i = 0; i < G_N_ELEMENTS(modules); i++)
    if (g_strcmp0(modules[i]->name, format) == 0)
      return modules[i];
  return NULL;
}

gboolean
xc_report_has_format(const char *format)
{
  const XcOutputModule *m = find_module(format);
  return m && m->write_report && g_strcmp0(format, "jsonl") != 0;
}

gboolean
xc_mentions_has_format(const char *format)
{
  const XcOutputModule *m = find_module(format);
  return m && m->write_mentions && g_strcmp0(format, "json") != 0;
}

void
xc_report_options_init(XcReportOptions *options)
{
  g_return_if_fail(options != NULL);
  memset(options, 0, sizeof *options);
  options->sort = XC_REPORT_SORT_CONTRADICTION;
}

gboolean
xc_report_sort_from_string(const char *name, XcReportSort *out, GError **error)
{
  static const char *const names[] = { "contradiction", "size", "label" };
  for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
    if (g_strcmp0(name, names[i]) == 0) {
      *out = (XcReportSort)i;
      return TRUE;
    }
  }
  g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
              "unknown sort '%s' (use contradiction, size or label)", name);
  return FALSE;
}

gboolean
xc_report_kinds_from_string(const char *list, guint *out, GError **error)
{
  g_return_val_if_fail(list != NULL && out != NULL, FALSE);
  g_auto(GStrv) names = g_strsplit(list, ",", -1);
  guint bits = 0;
  for (char **n = names; *n; n++) {
    g_strstrip(*n);
    guint k;
    for (k = 0; k < XC_N_KINDS; k++)
      if (g_str_equal(*n, xc_kind_to_string((XcKind)k)))
        break;
    if (k == XC_N_KINDS) {
      g_autoptr(GString) all = g_string_new(NULL);
      for (guint j = 0; j < XC_N_KINDS; j++)
        g_string_append_printf(all, "%s%s", j ? ", " : "", xc_kind_to_string((XcKind)j));
      g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                  "unknown kind '%s' (use one or more of %s)", *n, all->str);
      return FALSE;
    }
    bits |= 1u << k;
  }
  *out = bits;
  return TRUE;
}

/* Ties keep the order reconciliation gave (g_ptr_array_sort is not stable,
 * so the claim's position breaks them). */
static guint
position(const XcClaim *c)
{
  return (guint)g_ascii_strtoull(c->id + (c->id[0] == 'c'), NULL, 10);
}

static gint
cmp_contradiction(gconstpointer a, gconstpointer b)
{
  const XcClaim *x = *(XcClaim *const *)a, *y = *(XcClaim *const *)b;
  gboolean cx = x->contradictions->len > 0, cy = y->contradictions->len > 0;
  if (cx != cy)
    return cy - cx;
  guint px = position(x), py = position(y);
  return px < py ? -1 : px > py;
}

static gint
cmp_size(gconstpointer a, gconstpointer b)
{
  const XcClaim *x = *(XcClaim *const *)a, *y = *(XcClaim *const *)b;
  if (x->n_independent != y->n_independent)
    return x->n_independent > y->n_independent ? -1 : 1;
  if (x->statements->len != y->statements->len)
    return x->statements->len > y->statements->len ? -1 : 1;
  guint px = position(x), py = position(y);
  return px < py ? -1 : px > py;
}

static gint
cmp_label(gconstpointer a, gconstpointer b)
{
  const XcClaim *x = *(XcClaim *const *)a, *y = *(XcClaim *const *)b;
  int r = g_strcmp0(x->label, y->label);
  if (r)
    return r;
  guint px = position(x), py = position(y);
  return px < py ? -1 : px > py;
}

GPtrArray *
xc_report_select(const XcAnalysis *analysis, const XcReportOptions *options)
{
  g_return_val_if_fail(analysis != NULL, NULL);
  XcReportOptions defaults;
  if (!options) {
    xc_report_options_init(&defaults);
    options = &defaults;
  }
  GPtrArray *claims = g_ptr_array_new();
  XcClaimSet *set = xc_analysis_get_claims(analysis);
  guint n = set ? xc_claim_set_get_n_claims(set) : 0;
  for (guint i = 0; i < n; i++) {
    XcClaim *c = xc_claim_set_get_claim(set, i);
    if (options->kinds && !(options->kinds & (1u << c->kind)))
      continue;
    if (c->n_independent < options->min_sources)
      continue;
    g_ptr_array_add(claims, c);
  }
  GCompareFunc cmp = options->sort == XC_REPORT_SORT_SIZE ? cmp_size :
                     options->sort == XC_REPORT_SORT_LABEL ? cmp_label :
                     cmp_contradiction;
  g_ptr_array_sort(claims, cmp);
  return claims;
}

gboolean
xc_report_write_full(const XcAnalysis *analysis, const char *format,
                     const XcReportOptions *options, GString *out, GError **error)
{
  g_return_val_if_fail(analysis != NULL && out != NULL, FALSE);
  if (!xc_report_has_format(format)) {
    g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                "unknown report format '%s' (use text, json, md, csv or html)", format);
    return FALSE;
  }
  XcReportOptions defaults;
  if (!options) {
    xc_report_options_init(&defaults);
    options = &defaults;
  }
  g_autoptr(GPtrArray) claims = xc_report_select(analysis, options);
  XcReportView view = { analysis, options, claims };
  find_module(format)->write_report(&view, out);
  return TRUE;
}

gboolean
xc_report_write(const XcAnalysis *analysis, const char *format, GString *out,
                GError **error)
{
  return xc_report_write_full(analysis, format, NULL, out, error);
}

gboolean
xc_mentions_write(GPtrArray *mentions, const char *format, GString *out,
                  GError **error)
{
  g_return_val_if_fail(mentions != NULL && out != NULL, FALSE);
  if (!xc_mentions_has_format(format)) {
    g_set_error(error, XC_ERROR, XC_ERROR_USAGE,
                "unknown figure format '%s' (use jsonl or text)", format);
    return FALSE;
  }
  find_module(format)->write_mentions(mentions, out);
  return TRUE;
}

XcMark
xc_report_mark(const XcClaim *claim, guint statement)
{
  const XcStatement *st = g_ptr_array_index(claim->statements, statement);
  if (xc_claim_supports(claim, st->mention))
    return XC_MARK_INSIDE;
  for (guint i = 0; i < claim->contradictions->len; i++) {
    const XcContradiction *x = &g_array_index(claim->contradictions, XcContradiction, i);
    if (x->a == statement || x->b == statement)
      return XC_MARK_CONTRADICTS;
  }
  return XC_MARK_OUTSIDE;
}

const char *
xc_mark_symbol(XcMark mark)
{
  return mark == XC_MARK_CONTRADICTS ? "\xE2\x9C\x97" :
         mark == XC_MARK_OUTSIDE ? "\xC2\xB7" : "";
}

const char *
xc_mark_to_string(XcMark mark)
{
  return mark == XC_MARK_CONTRADICTS ? "contradicts" :
         mark == XC_MARK_OUTSIDE ? "outside" : "inside";
}

void
xc_report_counts(GString *out, const XcClaim *claim)
{
  guint n = claim->statements->len, k = claim->n_independent;
  g_string_append_printf(out, "%u mention%s, %u independent source%s",
                         n, n == 1 ? "" : "s", k, k == 1 ? "" : "s");
}

void
xc_report_consensus(GString *out, const XcClaim *claim)
{
  xc_format_range(out, claim->kind, claim->consensus_low, claim->consensus_high);
  if (claim->unit && claim->kind != XC_KIND_DATE && claim->kind != XC_KIND_TIME)
    g_string_append_printf(out, " %s", claim->unit);
}

const char *
xc_report_source_name(const XcDocument *doc)
{
  return doc->outlet && *doc->outlet ? doc->outlet : doc->id;
}
