/* xc-check.c: checking a draft against the sources (see xc-check.h).
 *
 * The draft's figures are read exactly like a source's, then matched to
 * the sources' claims by the same grouping rule, so a draft figure is
 * judged against the claim it is about, never against a figure of similar
 * size about something else. */
#include "xc-check.h"
#include "xc-format-private.h"

#include <jansson.h>
#include <stdlib.h>

static void
diagnostic_free(XcDiagnostic *d)
{
  g_free(d->message);
  g_free(d);
}

const char *
xc_level_to_string(XcLevel level)
{
  return level == XC_LEVEL_ERROR ? "error" :
         level == XC_LEVEL_WARNING ? "warning" : "note";
}

GPtrArray *
xc_check_draft(const XcAnalysis *analysis, const XcDocument *draft)
{
  g_return_val_if_fail(analysis != NULL && draft != NULL, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)diagnostic_free);
  guint32 ref = xc_analysis_get_reference_day(analysis);
  g_autoptr(GPtrArray) mentions = xc_extract_document(draft, ref);
  XcClaimSet *set = xc_analysis_get_claims(analysis);
  for (guint i = 0; i < mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(mentions, i);
    if (!xc_mention_is_counted(m))
      continue;
    XcDiagnostic *d = g_new0(XcDiagnostic, 1);
    d->start = m->start;
    d->end = m->end;
    xc_document_get_position(draft, m->start, &d->line, &d->col);
    g_autofree char *words = g_strndup(draft->text + m->start, m->end - m->start);
    g_autofree char *what = m->counted ?
      g_strdup_printf("%s %s", words, m->counted) : g_strdup(words);
    const XcClaim *c = xc_claim_set_match(set, m);
    d->claim = c;
    if (!c) {
      d->level = XC_LEVEL_WARNING;
      d->message = g_strdup_printf("\"%s\" is not supported by any source", what);
    } else {
      g_autoptr(GString) range = g_string_new(NULL);
      xc_format_range(range, c->kind, c->consensus_low, c->consensus_high);
      gboolean ok = xc_claim_supports(c, m);
      d->level = ok ? XC_LEVEL_NOTE : XC_LEVEL_ERROR;
      d->message = g_strdup_printf("\"%s\" %s the sources: %s (%u independent source%s; %s)",
                                   what, ok ? "agrees with" : "contradicts",
                                   range->str, c->n_independent,
                                   c->n_independent == 1 ? "" : "s", c->label);
    }
    g_ptr_array_add(out, d);
  }
  return out;
}

void
xc_diagnostics_write(GPtrArray *diagnostics, const XcDocument *draft,
                     gboolean verbose, GString *out)
{
  for (guint i = 0; i < diagnostics->len; i++) {
    const XcDiagnostic *d = g_ptr_array_index(diagnostics, i);
    if (d->level == XC_LEVEL_NOTE && !verbose)
      continue;
    g_string_append_printf(out, "%s:%u:%u: %s: %s\n", draft->path, d->line, d->col,
                           xc_level_to_string(d->level), d->message);
  }
}

/* SARIF rules, indexed by XcLevel. */
static const struct {
  const char *id;
  const char *name;
  const char *text;
} rules[] = {
  [XC_LEVEL_NOTE] = { "supported", "SupportedFigure",
                      "A figure of the draft lies within the sources' consensus." },
  [XC_LEVEL_WARNING] = { "unsupported", "UnsupportedFigure",
                         "No source gives a figure about what this figure counts." },
  [XC_LEVEL_ERROR] = { "contradiction", "ContradictedFigure",
                       "A figure of the draft lies outside the sources' consensus." },
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC(json_t, json_decref)

/* SARIF wants a URI: a relative path stays relative (escaped), an
 * absolute one becomes file://. */
static char *
artifact_uri(const char *path)
{
  if (g_path_is_absolute(path)) {
    char *uri = g_filename_to_uri(path, NULL, NULL);
    if (uri)
      return uri;
  }
  return g_uri_escape_string(path, G_URI_RESERVED_CHARS_SUBCOMPONENT_DELIMITERS "/:@", FALSE);
}

void
xc_diagnostics_write_sarif(GPtrArray *diagnostics, const XcDocument *draft,
                           gboolean verbose, GString *out)
{
  json_t *rule_list = json_array();
  for (guint i = 0; i < G_N_ELEMENTS(rules); i++) {
    json_t *r = json_pack("{s:s, s:s, s:{s:s}, s:{s:s}}",
                          "id", rules[i].id, "name", rules[i].name,
                          "shortDescription", "text", rules[i].text,
                          "defaultConfiguration", "level", xc_level_to_string((XcLevel)i));
    json_array_append_new(rule_list, r);
  }
  g_autofree char *uri = artifact_uri(draft->path ? draft->path : draft->id);
  json_t *results = json_array();
  for (guint i = 0; i < diagnostics->len; i++) {
    const XcDiagnostic *d = g_ptr_array_index(diagnostics, i);
    if (d->level == XC_LEVEL_NOTE && !verbose)
      continue;
    guint end_line, end_col;
    xc_document_get_position(draft, d->end, &end_line, &end_col);
    json_t *region = json_pack("{s:i, s:i, s:i, s:i}", "startLine", (int)d->line,
                               "startColumn", (int)d->col, "endLine", (int)end_line,
                               "endColumn", (int)end_col);
    json_t *loc = json_pack("{s:{s:{s:s}, s:o}}", "physicalLocation",
                            "artifactLocation", "uri", uri, "region", region);
    json_t *r = json_pack("{s:s, s:i, s:s, s:{s:s}, s:[o]}",
                          "ruleId", rules[d->level].id, "ruleIndex", (int)d->level,
                          "level", xc_level_to_string(d->level),
                          "message", "text", d->message, "locations", loc);
    json_array_append_new(results, r);
  }
  g_autoptr(json_t) log = json_pack(
    "{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:s, s:o}]}",
    "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
    "version", "2.1.0",
    "runs",
      "tool", "driver", "name", "crosscheck", "version", XC_VERSION_STRING,
      "rules", rule_list,
      "columnKind", "unicodeCodePoints",
      "results", results);
  char *s = json_dumps(log, JSON_INDENT(2));
  g_string_append(out, s);
  g_string_append_c(out, '\n');
  free(s);
}
