/* xc-rules.c: users' claims files (see xc-rules-private.h).
 *
 * Every condition a rule gives must hold, and within a condition any one
 * term will do; words match whole and without case.  Matching is a few
 * substring searches in one sentence, so rules cost nothing next to
 * extraction. */
#include "xc-rules-private.h"
#include "xc-error.h"

#include <jansson.h>
#include <string.h>

void
xc_rule_free(XcRule *r)
{
  if (!r)
    return;
  g_free(r->id);
  g_free(r->label);
  g_strfreev(r->counted);
  g_strfreev(r->actors);
  g_strfreev(r->places);
  g_strfreev(r->events);
  g_free(r);
}

/* A list of strings, or NULL when @key is absent; FALSE when it is not a
 * list of strings. */
static gboolean
read_terms(json_t *obj, const char *key, GStrv *out)
{
  json_t *v = json_object_get(obj, key);
  *out = NULL;
  if (!v)
    return TRUE;
  if (json_is_string(v)) {
    *out = g_new0(char *, 2);
    (*out)[0] = g_strdup(json_string_value(v));
    return TRUE;
  }
  if (!json_is_array(v))
    return FALSE;
  GStrv terms = g_new0(char *, json_array_size(v) + 1);
  size_t i;
  json_t *t;
  json_array_foreach(v, i, t) {
    if (!json_is_string(t)) {
      g_strfreev(terms);
      return FALSE;
    }
    terms[i] = g_strdup(json_string_value(t));
  }
  *out = terms;
  return TRUE;
}

static int
kind_from_string(const char *s)
{
  for (int k = 0; k < XC_N_KINDS; k++)
    if (g_str_equal(s, xc_kind_to_string((XcKind)k)))
      return k;
  return -2;
}

GPtrArray *
xc_rules_load(const char *path, GError **error)
{
  json_error_t jerr;
  json_t *root = json_load_file(path, 0, &jerr);
  if (!root) {
    if (jerr.line <= 0)
      g_set_error(error, XC_ERROR, XC_ERROR_IO, "%s: %s", path, jerr.text);
    else
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT, "%s:%d:%d: malformed JSON: %s",
                  path, jerr.line, jerr.column, jerr.text);
    return NULL;
  }
  GPtrArray *rules = g_ptr_array_new_with_free_func((GDestroyNotify)xc_rule_free);
  json_t *claims = json_object_get(root, "claims");
  if (!json_is_array(claims)) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s: expected an object with a \"claims\" list (see docs/claims.md)", path);
    goto fail;
  }
  size_t i;
  json_t *c;
  json_array_foreach(claims, i, c) {
    json_t *label = json_object_get(c, "label");
    if (!json_is_object(c) || !json_is_string(label)) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s: claim %zu: needs a \"label\" string", path, i + 1);
      goto fail;
    }
    XcRule *r = g_new0(XcRule, 1);
    g_ptr_array_add(rules, r);
    r->label = g_strdup(json_string_value(label));
    json_t *id = json_object_get(c, "id");
    r->id = json_is_string(id) ? g_strdup(json_string_value(id)) :
            g_strdup_printf("claim-%zu", i + 1);
    json_t *kind = json_object_get(c, "kind");
    r->kind = json_is_string(kind) ? kind_from_string(json_string_value(kind)) : -1;
    if (r->kind == -2 || (kind && !json_is_string(kind))) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s: claim %zu (\"%s\"): unknown kind (use count, percent, money, "
                  "measure or date)", path, i + 1, r->label);
      goto fail;
    }
    const char *keys[] = { "counted", "actors", "places", "events" };
    GStrv *slots[] = { &r->counted, &r->actors, &r->places, &r->events };
    for (gsize k = 0; k < G_N_ELEMENTS(keys); k++) {
      if (!read_terms(c, keys[k], slots[k])) {
        g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                    "%s: claim %zu (\"%s\"): \"%s\" must be a list of strings",
                    path, i + 1, r->label, keys[k]);
        goto fail;
      }
    }
    if (!r->counted && !r->actors && !r->places && !r->events && r->kind < 0) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s: claim %zu (\"%s\"): give at least one of kind, counted, "
                  "actors, places, events", path, i + 1, r->label);
      goto fail;
    }
  }
  json_decref(root);
  return rules;
fail:
  json_decref(root);
  g_ptr_array_unref(rules);
  return NULL;
}

/* @word occurs in @text[0, len) as a whole word, without case. */
static gboolean
has_word(const char *text, gsize len, const char *word)
{
  gsize wl = strlen(word);
  if (wl == 0 || wl > len)
    return FALSE;
  for (gsize i = 0; i + wl <= len; i++) {
    if (g_ascii_strncasecmp(text + i, word, wl) != 0)
      continue;
    gboolean left = i == 0 || !g_ascii_isalnum(text[i - 1]);
    gboolean right = i + wl == len || !g_ascii_isalnum(text[i + wl]);
    if (left && right)
      return TRUE;
  }
  return FALSE;
}

static gboolean
any_term(GStrv terms, const char *value, const char *text, gsize len)
{
  for (char **t = terms; *t; t++) {
    if (value && g_ascii_strcasecmp(*t, value) == 0)
      return TRUE;
    if (text && has_word(text, len, *t))
      return TRUE;
  }
  return FALSE;
}

gboolean
xc_rule_matches(const XcRule *r, const XcRuleSubject *s)
{
  const XcMention *m = s->mention;
  const char *sentence = m->doc->text + m->sentence_start;
  gsize slen = m->sentence_end - m->sentence_start;
  if (r->kind >= 0 && (int)m->kind != r->kind)
    return FALSE;
  if (r->counted && !any_term(r->counted, s->concept, m->counted,
                              m->counted ? strlen(m->counted) : 0))
    return FALSE;
  if (r->actors && !any_term(r->actors, s->actor, sentence, slen))
    return FALSE;
  if (r->places && !any_term(r->places, NULL, sentence, slen))
    return FALSE;
  if (r->events && !any_term(r->events, s->event, sentence, slen))
    return FALSE;
  return TRUE;
}
