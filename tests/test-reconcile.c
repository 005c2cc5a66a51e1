/* test-reconcile.c: source groups, consensus, agreement, status, change
 * over time and contradictions. */
#include "xc-test.h"

#include <math.h>
#include <string.h>

/* Reconciles documents made from @texts, dated @days (0: undated). */
typedef struct {
  GPtrArray *docs;
  XcClaimSet *set;
} Run;

static Run
run_texts(const char *const *texts, const guint32 *days)
{
  Run r = { g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free),
            xc_claim_set_new() };
  for (guint i = 0; texts[i]; i++) {
    GError *error = NULL;
    g_autofree char *id = g_strdup_printf("d%u", i + 1);
    XcDocument *d = xc_document_new_from_text(id, id, texts[i], -1, FALSE, &error);
    ck_assert_ptr_nonnull(d);
    d->published = days ? days[i] : 0;
    g_ptr_array_add(r.docs, d);
    g_autoptr(GPtrArray) m = xc_extract_document(d, 0);
    xc_claim_set_add_document(r.set, m);
  }
  xc_reconcile_claims(r.set);
  return r;
}

static void
run_free(Run *r)
{
  xc_claim_set_free(r->set);
  g_ptr_array_unref(r->docs);
}

static XcClaim *
claim_with(XcClaimSet *set, const char *needle)
{
  for (guint c = 0; c < xc_claim_set_get_n_claims(set); c++) {
    XcClaim *claim = xc_claim_set_get_claim(set, c);
    for (guint i = 0; i < claim->statements->len; i++) {
      const XcMention *m = ((XcStatement *)g_ptr_array_index(claim->statements, i))->mention;
      g_autofree char *w = g_strndup(m->doc->text + m->start, m->end - m->start);
      if (strstr(w, needle))
        return claim;
    }
  }
  return NULL;
}

START_TEST(test_agreeing_sources_give_status_agree_and_full_agreement)
{
  const char *t[] = { "Officials said 47 homes were destroyed.",
                      "The county confirmed 47 homes destroyed by the fire.",
                      "Nearly 50 homes were destroyed, residents said.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "47");
  ck_assert_ptr_nonnull(c);
  ck_assert_int_eq(c->status, XC_STATUS_AGREE);
  ck_assert_double_eq_tol(c->agreement, 1.0, 1e-9);
  ck_assert_uint_eq(c->n_independent, 3);
  run_free(&r);
}
END_TEST

START_TEST(test_same_day_outlier_is_a_contradiction_with_a_reason)
{
  const char *t[] = { "Officials said 47 homes were destroyed.",
                      "The county confirmed 47 homes destroyed by the fire.",
                      "A supervisor said 120 homes were destroyed.", NULL };
  guint32 day = xc_date_from_ymd(2025, 6, 10);
  guint32 days[] = { day, day, day };
  Run r = run_texts(t, days);
  XcClaim *c = claim_with(r.set, "120");
  ck_assert_ptr_nonnull(c);
  ck_assert_int_eq(c->status, XC_STATUS_DISPUTED);
  ck_assert_uint_eq(c->contradictions->len, 1);
  const XcContradiction *x = &g_array_index(c->contradictions, XcContradiction, 0);
  ck_assert_ptr_nonnull(strstr(x->reason, "120"));
  ck_assert_ptr_nonnull(strstr(x->reason, "same day"));
  ck_assert_double_eq_tol(c->consensus_low, 47, 1e-9);
  ck_assert_double_eq_tol(c->consensus_high, 47, 1e-9);
  run_free(&r);
}
END_TEST

START_TEST(test_no_consensus_over_half_the_weight_is_a_contradiction)
{
  const char *t[] = { "Officials said 47 homes were destroyed.",
                      "A supervisor said 120 homes were destroyed.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "120");
  ck_assert_int_eq(c->status, XC_STATUS_CONTRADICTION);
  ck_assert_double_eq_tol(c->agreement, 0.5, 1e-9);
  run_free(&r);
}
END_TEST

START_TEST(test_a_toll_rising_over_days_is_a_change_not_a_contradiction)
{
  const char *t[] = { "The earthquake killed 8 people, officials said.",
                      "The earthquake has killed 31 people.",
                      "The earthquake killed 57 people, the ministry said.", NULL };
  guint32 d = xc_date_from_ymd(2024, 3, 1);
  guint32 days[] = { d, d + 1, d + 2 };
  Run r = run_texts(t, days);
  XcClaim *c = claim_with(r.set, "57");
  ck_assert_ptr_nonnull(c);
  ck_assert_int_eq(c->status, XC_STATUS_CHANGED);
  ck_assert_double_eq_tol(c->consensus_low, 57, 1e-9);
  ck_assert_double_eq_tol(c->consensus_high, 57, 1e-9);
  ck_assert_uint_eq(c->contradictions->len, 0);
  run_free(&r);
}
END_TEST

START_TEST(test_copied_sentence_counts_as_one_source)
{
  const char *s = "Budanov later reported that 11,000 North Korean infantrymen are training in eastern Russia.";
  const char *t[] = { s, s, s, "Officials said 10,000 North Korean troops were sent to Russia.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "11,000");
  ck_assert_ptr_nonnull(c);
  double copied = 0;
  guint group = 0;
  for (guint i = 0; i < c->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    g_autofree char *w = g_strndup(st->mention->doc->text + st->mention->start,
                                   st->mention->end - st->mention->start);
    if (g_str_equal(w, "11,000")) {
      copied += st->weight;
      if (group)
        ck_assert_uint_eq(st->source_group, group);
      group = st->source_group;
    }
  }
  ck_assert_double_eq_tol(copied, 1.0, 1e-9);
  ck_assert_uint_eq(c->n_sources, 4);
  ck_assert_uint_eq(c->n_independent, 2);
  run_free(&r);
}
END_TEST

START_TEST(test_same_official_quoted_by_two_outlets_is_one_source)
{
  const char *t[] = { "\"We have confirmed 47 homes destroyed,\" Fire Chief Dana Whitcomb said on Tuesday.",
                      "At a briefing, Whitcomb said 47 homes were destroyed so far.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "47");
  ck_assert_uint_eq(c->n_sources, 2);
  ck_assert_uint_eq(c->n_independent, 1);
  ck_assert_int_eq(c->status, XC_STATUS_SINGLE);
  run_free(&r);
}
END_TEST

/* The seeds spell him "Zelenskyy" and "Zelenskiy" */
START_TEST(test_one_official_spelled_two_ways_is_one_source)
{
  const char *t[] = { "Ukrainian President Volodymyr Zelenskyy said 10,000 North Korean troops were sent to Russia.",
                      "North Korea has sent 10,000 troops to Russia in recent weeks, Zelenskiy said on Tuesday.",
                      NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "10,000");
  ck_assert_uint_eq(c->n_sources, 2);
  ck_assert_uint_eq(c->n_independent, 1);
  run_free(&r);
}
END_TEST

/* "Korea's" is one word and "Korea’s" two: the agency reads the same */
START_TEST(test_a_possessive_names_one_speaker_in_either_apostrophe)
{
  const char *t[] = { "North Korea has sent 10,000 troops to Russia, according to South Korea's "
                      "Yonhap News Agency.",
                      "According to South Korea\xE2\x80\x99s Yonhap News Agency, Pyongyang sent "
                      "10,000 soldiers to Russia in October.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "10,000");
  ck_assert_uint_eq(c->statements->len, 2);
  for (guint i = 0; i < 2; i++)
    ck_assert_str_eq(((const XcStatement *)g_ptr_array_index(c->statements, i))->attributed_to,
                     "South Korea's Yonhap News Agency");
  ck_assert_uint_eq(c->n_independent, 1);
  run_free(&r);
}
END_TEST

START_TEST(test_two_officials_an_article_quotes_with_one_figure_are_two_sources)
{
  const char *t[] = { "Fire Chief Dana Whitcomb said 47 homes were destroyed. Sheriff Tom Reyes "
                      "said 47 homes were destroyed in the county.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "47");
  ck_assert_uint_eq(c->statements->len, 2);
  ck_assert_uint_eq(c->n_independent, 2);
  run_free(&r);
}
END_TEST

/* "at least 10" holds 10, where the consensus 3–10 ends: it agrees, and
 * was marked as contradicting the consensus it belongs to */
START_TEST(test_a_bound_that_reaches_the_consensus_end_agrees)
{
  const char *t[] = { "The quake killed 10 people in the province, officials said.",
                      "Rescuers said the earthquake killed at least three people.",
                      "At least 10 people were killed when the earthquake struck, state media reported.",
                      NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "At least 10");
  ck_assert_ptr_nonnull(c);
  ck_assert_ptr_eq(claim_with(r.set, "10"), c);
  ck_assert_double_eq(c->consensus_high, 10);
  ck_assert_int_eq(c->status, XC_STATUS_AGREE);
  run_free(&r);
}
END_TEST

START_TEST(test_hypothetical_weighs_nothing)
{
  const char *t[] = { "Officials said 10,000 North Korean troops were sent to Russia.",
                      "If the number of North Korean troops sent grows to 30,000, Russia gains.",
                      NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "10,000");
  for (guint i = 0; i < c->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    if (st->mention->flags & XC_MENTION_HYPOTHETICAL)
      ck_assert_double_eq_tol(st->weight, 0, 1e-12);
  }
  ck_assert_double_eq_tol(c->consensus_high, 10000, 1e-9);
  run_free(&r);
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_9ecbplus and 37_6ecbplus */
START_TEST(test_a_vague_count_beside_figures_weighs_nothing_and_contradicts_nothing)
{
  const char *t[] = { "The earthquake killed at least one person, injured dozens and destroyed "
                      "buildings.",
                      "Officials say at least 24 people were killed and more than 200 injured "
                      "by the quake.",
                      NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "dozens");
  ck_assert_ptr_eq(c, claim_with(r.set, "more than 200"));
  for (guint i = 0; i < c->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    ck_assert_double_eq_tol(st->weight,
                            st->mention->qualifier == XC_QUALIFIER_VAGUE ? 0 : 1, 1e-12);
  }
  ck_assert_uint_eq(c->contradictions->len, 0);
  ck_assert_double_eq_tol(c->consensus_low, 200, 1e-9);
  run_free(&r);
}
END_TEST

/* fixtures/nk-troops/001_e5d0ce18f75aa787.txt */
START_TEST(test_a_vague_count_alone_keeps_its_weight)
{
  const char *t[] = { "Zelenskyy accused the West of a muted response to the deployment of "
                      "thousands of North Korean troops.",
                      NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "thousands");
  ck_assert_double_eq_tol(((const XcStatement *)g_ptr_array_index(c->statements, 0))->weight, 1,
                          1e-12);
  ck_assert_double_eq_tol(c->consensus_low, 2000, 1e-9);
  run_free(&r);
}
END_TEST

/* fixtures/nk-troops/000_b46dabccb294f763.txt */
START_TEST(test_the_earlier_value_of_a_change_weighs_nothing)
{
  const char *t[] = { "The rate of monthly recruitment to the Russian army has dropped from "
                      "70,000 to about 18-20,000.",
                      NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "70,000");
  ck_assert_ptr_eq(c, claim_with(r.set, "18-20,000"));
  ck_assert_uint_eq(c->contradictions->len, 0);
  ck_assert_double_eq_tol(c->consensus_high, 20000, 1e-9);
  for (guint i = 0; i < c->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(c->statements, i);
    ck_assert_double_eq_tol(st->weight, st->mention->low == 70000 ? 0 : 1, 1e-12);
  }
  run_free(&r);
}
END_TEST

START_TEST(test_money_in_different_notations_agrees)
{
  const char *t[] = { "Damage is estimated at $24 million, the county said.",
                      "Officials put the damage at $24m.",
                      "The damage reached 24 million dollars.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "$24m");
  ck_assert_ptr_nonnull(c);
  ck_assert_uint_eq(c->statements->len, 3);
  ck_assert_int_eq(c->status, XC_STATUS_AGREE);
  run_free(&r);
}
END_TEST

START_TEST(test_seed_whole_force_consensus_lies_within_10000_and_12000)
{
  g_autoptr(XcAnalysis) a = xc_analysis_new();
  g_autofree char *dir = xc_test_fixture("nk-troops");
  const char *inputs[] = { dir, NULL };
  ck_assert(xc_analysis_add_inputs(a, inputs, XC_INPUT_AUTO, FALSE, NULL, NULL, NULL));
  xc_analysis_run(a);
  XcClaim *c = claim_with(xc_analysis_get_claims(a), "More than 10,000");
  ck_assert_ptr_nonnull(c);
  ck_assert(c->consensus_low >= 10000 && c->consensus_high <= 12000);
  ck_assert(c->n_independent < c->statements->len);
}
END_TEST


/* ---- the wildfire fixture: its planted traps (fixtures/wildfire/README.md) */

static XcAnalysis *
wildfire(void)
{
  XcAnalysis *a = xc_analysis_new();
  g_autofree char *dir = xc_test_fixture("wildfire");
  const char *inputs[] = { dir, NULL };
  ck_assert(xc_analysis_add_inputs(a, inputs, XC_INPUT_AUTO, FALSE, NULL, NULL, NULL));
  xc_analysis_run(a);
  return a;
}

/* The statement of @claim whose document id starts with @doc and whose
 * words are @text, or NULL. */
static const XcStatement *
statement(const XcClaim *claim, const char *doc, const char *text)
{
  for (guint i = 0; i < claim->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(claim->statements, i);
    const XcMention *m = st->mention;
    g_autofree char *w = g_strndup(m->doc->text + m->start, m->end - m->start);
    if (g_str_has_prefix(m->doc->id, doc) && g_str_equal(w, text))
      return st;
  }
  return NULL;
}

START_TEST(test_wildfire_area_burned_growing_over_days_is_changed)
{
  g_autoptr(XcAnalysis) a = wildfire();
  XcClaim *c = claim_with(xc_analysis_get_claims(a), "12,900 acres");
  ck_assert_int_eq(c->status, XC_STATUS_CHANGED);
  ck_assert_double_eq_tol(c->consensus_low, 12900, 1e-9);
  ck_assert_uint_eq(c->contradictions->len, 0);
}
END_TEST

START_TEST(test_wildfire_earlier_figure_repeated_later_keeps_its_own_day)
{
  g_autoptr(XcAnalysis) a = wildfire();
  XcClaim *c = claim_with(xc_analysis_get_claims(a), "12,900 acres");
  const XcStatement *st = statement(c, "04", "3,200 acres");
  ck_assert_ptr_nonnull(st);
  ck_assert_uint_eq(st->as_of, xc_date_from_ymd(2025, 6, 9));
}
END_TEST

START_TEST(test_wildfire_120_homes_contradicts_the_same_day_47)
{
  g_autoptr(XcAnalysis) a = wildfire();
  XcClaim *c = claim_with(xc_analysis_get_claims(a), "nearly 50");
  ck_assert_int_eq(c->status, XC_STATUS_DISPUTED);
  ck_assert_uint_ge(c->contradictions->len, 1);
  const XcContradiction *x = &g_array_index(c->contradictions, XcContradiction, 0);
  const XcStatement *sa = g_ptr_array_index(c->statements, x->a);
  const XcStatement *sb = g_ptr_array_index(c->statements, x->b);
  double va = sa->mention->stated[0], vb = sb->mention->stated[0];
  ck_assert((va == 120 && vb == 47) || (va == 47 && vb == 120));
  ck_assert_ptr_nonnull(strstr(x->reason, "same day"));
}
END_TEST

START_TEST(test_wildfire_start_date_june_8_contradicts_june_7)
{
  g_autoptr(XcAnalysis) a = wildfire();
  XcClaim *c = claim_with(xc_analysis_get_claims(a), "June 8");
  ck_assert_ptr_nonnull(c);
  ck_assert_int_eq(c->kind, XC_KIND_DATE);
  ck_assert_uint_eq((guint32)c->consensus_low, xc_date_from_ymd(2025, 6, 7));
  ck_assert_uint_eq(c->contradictions->len, 1);
}
END_TEST

START_TEST(test_wildfire_copied_wire_paragraph_is_one_source)
{
  g_autoptr(XcAnalysis) a = wildfire();
  XcClaim *c = claim_with(xc_analysis_get_claims(a), "About 2,300");
  const char *docs[] = { "01", "02", "03", "04" };
  const XcStatement *first = statement(c, docs[0], "More than 2,000");
  ck_assert_ptr_nonnull(first);
  double w = 0;
  for (guint i = 0; i < G_N_ELEMENTS(docs); i++) {
    const XcStatement *st = statement(c, docs[i], "More than 2,000");
    ck_assert_ptr_nonnull(st);
    ck_assert_uint_eq(st->source_group, first->source_group);
    w += st->weight;
  }
  ck_assert_double_eq_tol(w, 1.0, 1e-9);
}
END_TEST

START_TEST(test_wildfire_fire_chief_quoted_by_two_outlets_is_one_source)
{
  g_autoptr(XcAnalysis) a = wildfire();
  XcClaim *c = claim_with(xc_analysis_get_claims(a), "nearly 50");
  const XcStatement *a2 = statement(c, "02", "47"), *a4 = statement(c, "04", "47");
  ck_assert_ptr_nonnull(a2);
  ck_assert_ptr_nonnull(a4);
  ck_assert_uint_eq(a2->source_group, a4->source_group);
}
END_TEST

START_TEST(test_wildfire_hypothetical_acres_weigh_nothing)
{
  g_autoptr(XcAnalysis) a = wildfire();
  XcClaim *c = claim_with(xc_analysis_get_claims(a), "12,900 acres");
  const XcStatement *st = statement(c, "04", "20,000 acres");
  ck_assert_ptr_nonnull(st);
  ck_assert_double_eq_tol(st->weight, 0, 1e-12);
}
END_TEST

/* ---- dates and money ---- */

START_TEST(test_date_claim_takes_the_day_most_sources_give)
{
  const char *t[] = { "The bridge collapsed on Friday, officials said.",
                      "The bridge collapsed on 14 June, police said.",
                      "Witnesses said the bridge collapsed on 13 June.", NULL };
  guint32 day = xc_date_from_ymd(2024, 6, 15);   /* a Saturday */
  guint32 days[] = { day, day, day };
  Run r = run_texts(t, days);
  XcClaim *c = claim_with(r.set, "13 June");
  ck_assert_ptr_nonnull(c);
  ck_assert_uint_eq(c->statements->len, 3);
  ck_assert_uint_eq((guint32)c->consensus_low, xc_date_from_ymd(2024, 6, 14));
  ck_assert_uint_eq((guint32)c->consensus_high, xc_date_from_ymd(2024, 6, 14));
  ck_assert_uint_eq(c->contradictions->len, 1);
  ck_assert_int_eq(c->status, XC_STATUS_DISPUTED);
  run_free(&r);
}
END_TEST

START_TEST(test_money_ten_times_larger_contradicts)
{
  const char *t[] = { "The ministry put the cost at \xE2\x82\xAC" "2.4 billion.",
                      "The cost reached 2.4bn euros, the ministry said.",
                      "A report put the cost at \xE2\x82\xAC" "24 billion.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "2.4bn");
  ck_assert_ptr_nonnull(c);
  ck_assert_uint_eq(c->statements->len, 3);
  ck_assert_uint_eq(c->contradictions->len, 1);
  ck_assert_double_eq_tol(c->consensus_low, 2.4e9, 1);
  run_free(&r);
}
END_TEST

START_TEST(test_measures_in_miles_and_kilometres_agree)
{
  const char *t[] = { "The quake struck at a depth of 10 kilometres.",
                      "The quake struck at a depth of six miles.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *c = claim_with(r.set, "six miles");
  ck_assert_ptr_nonnull(c);
  ck_assert_uint_eq(c->statements->len, 2);
  ck_assert_int_eq(c->status, XC_STATUS_AGREE);
  run_free(&r);
}
END_TEST


START_TEST(test_casualties_and_deaths_stay_apart_but_are_related)
{
  const char *t[] = { "The strike caused 12 deaths, officials said.",
                      "The strike caused 40 casualties, the ministry said.", NULL };
  Run r = run_texts(t, NULL);
  XcClaim *deaths = claim_with(r.set, "12");
  XcClaim *casualties = claim_with(r.set, "40");
  ck_assert_ptr_ne(deaths, casualties);
  ck_assert_uint_eq(deaths->contradictions->len, 0);
  ck_assert_uint_eq(casualties->related->len, 1);
  ck_assert_ptr_eq(g_ptr_array_index(casualties->related, 0), deaths);
  ck_assert_uint_eq(deaths->related->len, 1);
  run_free(&r);
}
END_TEST

Suite *
xc_reconcile_suite(void)
{
  Suite *s = suite_create("reconcile");
  TCase *tc = tcase_create("status");
  tcase_add_test(tc, test_agreeing_sources_give_status_agree_and_full_agreement);
  tcase_add_test(tc, test_same_day_outlier_is_a_contradiction_with_a_reason);
  tcase_add_test(tc, test_no_consensus_over_half_the_weight_is_a_contradiction);
  tcase_add_test(tc, test_a_toll_rising_over_days_is_a_change_not_a_contradiction);
  tcase_add_test(tc, test_money_in_different_notations_agrees);
  suite_add_tcase(s, tc);
  tc = tcase_create("independence");
  tcase_add_test(tc, test_copied_sentence_counts_as_one_source);
  tcase_add_test(tc, test_same_official_quoted_by_two_outlets_is_one_source);
  tcase_add_test(tc, test_one_official_spelled_two_ways_is_one_source);
  tcase_add_test(tc, test_a_possessive_names_one_speaker_in_either_apostrophe);
  tcase_add_test(tc, test_two_officials_an_article_quotes_with_one_figure_are_two_sources);
  tcase_add_test(tc, test_a_bound_that_reaches_the_consensus_end_agrees);
  tcase_add_test(tc, test_hypothetical_weighs_nothing);
  tcase_add_test(tc, test_a_vague_count_beside_figures_weighs_nothing_and_contradicts_nothing);
  tcase_add_test(tc, test_a_vague_count_alone_keeps_its_weight);
  tcase_add_test(tc, test_the_earlier_value_of_a_change_weighs_nothing);
  suite_add_tcase(s, tc);
  tc = tcase_create("wildfire");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_wildfire_area_burned_growing_over_days_is_changed);
  tcase_add_test(tc, test_wildfire_earlier_figure_repeated_later_keeps_its_own_day);
  tcase_add_test(tc, test_wildfire_120_homes_contradicts_the_same_day_47);
  tcase_add_test(tc, test_wildfire_start_date_june_8_contradicts_june_7);
  tcase_add_test(tc, test_wildfire_copied_wire_paragraph_is_one_source);
  tcase_add_test(tc, test_wildfire_fire_chief_quoted_by_two_outlets_is_one_source);
  tcase_add_test(tc, test_wildfire_hypothetical_acres_weigh_nothing);
  suite_add_tcase(s, tc);
  tc = tcase_create("dates and money");
  tcase_add_test(tc, test_date_claim_takes_the_day_most_sources_give);
  tcase_add_test(tc, test_money_ten_times_larger_contradicts);
  tcase_add_test(tc, test_measures_in_miles_and_kilometres_agree);
  tcase_add_test(tc, test_casualties_and_deaths_stay_apart_but_are_related);
  suite_add_tcase(s, tc);
  tc = tcase_create("seeds");
  tcase_add_test(tc, test_seed_whole_force_consensus_lies_within_10000_and_12000);
  suite_add_tcase(s, tc);
  return s;
}
