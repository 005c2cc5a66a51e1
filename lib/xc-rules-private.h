/* xc-rules-private.h: claims named by the user (report --claims FILE).
 *
 * A rule names a claim and says which statements belong to it; grouping
 * pins every statement a rule matches to that rule's claim before its own
 * grouping runs.  The file format is in docs/claims.md.  Not installed. */
#pragma once

#include "xc-extract.h"

typedef struct {
  char *id;          /* the user's id, kept as the claim's id */
  char *label;
  int kind;          /* an XcKind, or -1 for any */
  GStrv counted;     /* any of these words in what is counted (or its concept) */
  GStrv actors;      /* any of these actors */
  GStrv places;      /* any of these words in the sentence */
  GStrv events;      /* any of these events (normalized or as written) */
} XcRule;

/* Reads a claims file.  Returns: (transfer full) (element-type XcRule):
 * the rules in file order, or NULL with @error set naming the file and,
 * where there is one, the line. */
GPtrArray *xc_rules_load(const char *path, GError **error);

/* What a rule is matched against: a statement's parts. */
typedef struct {
  const XcMention *mention;
  const char *concept;   /* nullable */
  const char *actor;     /* nullable */
  const char *event;     /* nullable */
} XcRuleSubject;

gboolean xc_rule_matches(const XcRule *rule, const XcRuleSubject *subject);

void xc_rule_free(XcRule *rule);
