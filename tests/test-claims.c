/* test-claims.c: grouping statements into claims. */
#include "xc-test.h"
#include "xc-claims-private.h"

#include <string.h>

/* The seeds, extracted and grouped (not reconciled). */
typedef struct {
  XcCorpus *corpus;
  XcClaimSet *set;
} Seeds;

static Seeds
load_seeds(void)
{
  static const char *const names[] = {
    "000_b46dabccb294f763.txt", "001_e5d0ce18f75aa787.txt", "002_8ddeb09f05f7b7a9.txt",
    "003_1640f6c9afc41053.txt", "004_eaa5afa68aacf312.txt",
  };
  Seeds s = { xc_corpus_new(), xc_claim_set_new() };
  guint32 ref = xc_date_from_ymd(2024, 11, 2);
  xc_claim_set_set_fallback_day(s.set, ref);
  for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
    g_autofree char *rel = g_build_filename("nk-troops", names[i], NULL);
    xc_corpus_add(s.corpus, xc_test_load(rel));
  }
  for (guint i = 0; i < xc_corpus_get_n_documents(s.corpus); i++) {
    g_autoptr(GPtrArray) m = xc_extract_document(xc_corpus_get_document(s.corpus, i), ref);
    xc_claim_set_add_document(s.set, m);
  }
  return s;
}

static void
free_seeds(Seeds *s)
{
  xc_claim_set_free(s->set);
  xc_corpus_free(s->corpus);
}

/* The claim holding the statement of document @doc_prefix whose words
 * contain @needle, or NULL. */
static XcClaim *
claim_of(XcClaimSet *set, const char *doc_prefix, const char *needle, guint *index)
{
  for (guint c = 0; c < xc_claim_set_get_n_claims(set); c++) {
    XcClaim *claim = xc_claim_set_get_claim(set, c);
    for (guint i = 0; i < claim->statements->len; i++) {
      const XcStatement *st = g_ptr_array_index(claim->statements, i);
      const XcMention *m = st->mention;
      g_autofree char *w = g_strndup(m->doc->text + m->start, m->end - m->start);
      if (g_str_has_prefix(m->doc->id, doc_prefix) && g_str_equal(w, needle)) {
        if (index)
          *index = i;
        return claim;
      }
    }
  }
  return NULL;
}

/* Groups one document a text, in order; the claim set owns nothing of
 * the documents, which the caller keeps in @docs. */
static XcClaimSet *
group_texts(const char *const *texts, GPtrArray *docs)
{
  XcClaimSet *set = xc_claim_set_new();
  for (const char *const *t = texts; *t; t++) {
    XcDocument *d = xc_test_doc(*t);
    g_ptr_array_add(docs, d);
    g_autoptr(GPtrArray) m = xc_extract_document(d, 0);
    xc_claim_set_add_document(set, m);
  }
  return set;
}

/* The claim holding the figure written @needle in text @doc, or NULL. */
static XcClaim *
claim_in(XcClaimSet *set, GPtrArray *docs, guint doc, const char *needle)
{
  const XcDocument *d = g_ptr_array_index(docs, doc);
  for (guint c = 0; c < xc_claim_set_get_n_claims(set); c++) {
    XcClaim *claim = xc_claim_set_get_claim(set, c);
    for (guint i = 0; i < claim->statements->len; i++) {
      const XcMention *m = ((const XcStatement *)g_ptr_array_index(claim->statements, i))->mention;
      if (m->doc == d && m->end - m->start == strlen(needle) &&
          strncmp(d->text + m->start, needle, m->end - m->start) == 0)
        return claim;
    }
  }
  return NULL;
}

START_TEST(test_troops_servicemen_and_infantrymen_are_one_claim)
{
  Seeds s = load_seeds();
  XcClaim *troops = claim_of(s.set, "001", "More than 10,000", NULL);
  XcClaim *servicemen = claim_of(s.set, "001", "Approximately 10,000", NULL);
  XcClaim *infantry = claim_of(s.set, "000", "11,000", NULL);
  ck_assert_ptr_nonnull(troops);
  ck_assert_ptr_eq(troops, servicemen);
  ck_assert_ptr_eq(troops, infantry);
  free_seeds(&s);
}
END_TEST

START_TEST(test_first_unit_is_kept_apart_from_the_whole_force)
{
  Seeds s = load_seeds();
  XcClaim *whole = claim_of(s.set, "001", "More than 10,000", NULL);
  guint at;
  XcClaim *unit = claim_of(s.set, "002", "2,600", &at);
  ck_assert_ptr_nonnull(unit);
  ck_assert_ptr_ne(whole, unit);
  ck_assert_str_eq(((XcStatement *)g_ptr_array_index(unit->statements, at))->scope, "first unit");
  free_seeds(&s);
}
END_TEST

START_TEST(test_part_of_which_is_the_first_unit_of_the_same_force)
{
  Seeds s = load_seeds();
  /* 000: "This 12,000-strong group, part of which (2,600 people) is now
   * located in the Kursk region", and later "the first unit of 2,600
   * soldiers is en route to Kursk" */
  XcClaim *unit = claim_of(s.set, "002", "2,600", NULL);
  ck_assert_ptr_nonnull(unit);
  guint n = 0;
  for (guint i = 0; i < unit->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(unit->statements, i);
    if (g_str_has_prefix(st->mention->doc->id, "000")) {
      n++;
      ck_assert_str_eq(st->concept, "military personnel");
    }
  }
  ck_assert_uint_eq(n, 2);
  free_seeds(&s);
}
END_TEST

START_TEST(test_the_y_of_from_x_to_y_counts_what_x_counts)
{
  Seeds s = load_seeds();
  /* 000: "The rate of monthly recruitment to the Russian army has dropped
   * from 70,000 to about 18-20,000" */
  guint at;
  XcClaim *rate = claim_of(s.set, "000", "70,000", &at);
  ck_assert_ptr_nonnull(rate);
  ck_assert_ptr_eq(rate, claim_of(s.set, "000", "about 18-20,000", NULL));
  ck_assert(xc_statement_is_earlier(g_ptr_array_index(rate->statements, at)));
  free_seeds(&s);
}
END_TEST

START_TEST(test_troops_moved_to_the_border_are_kept_apart_from_those_sent)
{
  Seeds s = load_seeds();
  XcClaim *whole = claim_of(s.set, "001", "More than 10,000", NULL);
  XcClaim *border = claim_of(s.set, "002", "more than 7,000", NULL);
  ck_assert_ptr_nonnull(border);
  ck_assert_ptr_ne(whole, border);
  free_seeds(&s);
}
END_TEST

START_TEST(test_second_batch_is_kept_apart_from_the_total)
{
  Seeds s = load_seeds();
  XcClaim *whole = claim_of(s.set, "001", "More than 10,000", NULL);
  XcClaim *batch = claim_of(s.set, "002", "up to 10,000", NULL);
  ck_assert_ptr_nonnull(batch);
  ck_assert_ptr_ne(whole, batch);
  free_seeds(&s);
}
END_TEST

START_TEST(test_monthly_rate_is_kept_apart_from_a_total)
{
  Seeds s = load_seeds();
  XcClaim *rate = claim_of(s.set, "000", "70,000", NULL);
  XcClaim *whole = claim_of(s.set, "001", "More than 10,000", NULL);
  ck_assert_ptr_nonnull(rate);
  ck_assert_ptr_ne(rate, whole);
  free_seeds(&s);
}
END_TEST

START_TEST(test_date_in_a_copied_paragraph_joins_its_copies)
{
  Seeds s = load_seeds();
  XcClaim *a = claim_of(s.set, "000", "October 17", NULL);
  XcClaim *b = claim_of(s.set, "002", "October 17", NULL);
  XcClaim *c = claim_of(s.set, "004", "October 17", NULL);
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_eq(a, b);
  ck_assert_ptr_eq(a, c);
  XcClaim *other = claim_of(s.set, "000", "October 23", NULL);
  ck_assert_ptr_ne(a, other);
  free_seeds(&s);
}
END_TEST

START_TEST(test_hypothetical_opens_no_claim)
{
  Seeds s = load_seeds();
  ck_assert_ptr_null(claim_of(s.set, "004", "30,000", NULL));
  free_seeds(&s);
}
END_TEST

START_TEST(test_ticker_figures_open_no_claim)
{
  Seeds s = load_seeds();
  ck_assert_ptr_null(claim_of(s.set, "002", "Over 3,000", NULL));
  ck_assert_ptr_null(claim_of(s.set, "002", "over 777,000", NULL));
  free_seeds(&s);
}
END_TEST

START_TEST(test_attribution_keeps_the_speakers_surname)
{
  Seeds s = load_seeds();
  guint i;
  XcClaim *c = claim_of(s.set, "001", "10,000-11,000-12,000", &i);
  ck_assert_ptr_nonnull(c);
  const XcStatement *st = g_ptr_array_index(c->statements, i);
  ck_assert_str_eq(st->attributed_to, "Ryder");
  free_seeds(&s);
}
END_TEST

/* The attribution of the seeds' statement of document @doc_prefix
 * written @needle. */
static char *
attribution_of(const char *doc_prefix, const char *needle)
{
  Seeds s = load_seeds();
  guint i;
  XcClaim *c = claim_of(s.set, doc_prefix, needle, &i);
  ck_assert_msg(c != NULL, "no statement \"%s\" in %s", needle, doc_prefix);
  const XcStatement *st = g_ptr_array_index(c->statements, i);
  char *who = g_strdup(st->attributed_to);
  free_seeds(&s);
  return who;
}

/* "…including Kursk," said ministry spokesman Jeon Ha-kyou: not the
 * quotation's last name */
START_TEST(test_attribution_after_a_quotation_is_the_speaker_who_follows)
{
  g_autofree char *who = attribution_of("001", "More than 10,000");
  ck_assert_str_eq(who, "Ha-kyou");
}
END_TEST

/* "Pavlo Lakiichuk, head of … Strategy XXI, says that 10,000" */
START_TEST(test_attribution_skips_the_aside_between_a_name_and_its_verb)
{
  g_autofree char *who = attribution_of("004", "10,000");
  ck_assert_str_eq(who, "Lakiichuk");
}
END_TEST

/* "…, the public broadcasting company of Ukraine, Suspilne, reported" */
START_TEST(test_attribution_takes_an_aside_that_is_itself_a_name)
{
  g_autofree char *who = attribution_of("003", "about four miles");
  ck_assert_str_eq(who, "Suspilne");
}
END_TEST

/* "a White House spokesperson said", "the Kyiv Post reported": cut to
 * one word, these were "House" and "Post" */
START_TEST(test_attribution_keeps_an_organizations_whole_name)
{
  g_autofree char *spokesperson = attribution_of("003", "Tuesday");
  ck_assert_str_eq(spokesperson, "White House spokesperson");
  g_autofree char *paper = attribution_of("000", "six");
  ck_assert_str_eq(paper, "Kyiv Post");
}
END_TEST

/* "According to intelligence, Russia moved …": a common noun names the
 * source; the comma ends it */
START_TEST(test_attribution_according_to_a_common_noun_is_that_noun)
{
  g_autofree char *who = attribution_of("002", "at least 28");
  ck_assert_str_eq(who, "intelligence");
}
END_TEST

/* "On October 25, South Korea's intelligence agency announced": the
 * owner stays with a role it owns */
START_TEST(test_attribution_keeps_the_owner_of_a_role)
{
  g_autofree char *who = attribution_of("000", "up to 10,000");
  ck_assert_str_eq(who, "South Korea's intelligence agency");
}
END_TEST

START_TEST(test_as_of_is_the_date_in_the_sentence)
{
  Seeds s = load_seeds();
  guint i;
  XcClaim *c = claim_of(s.set, "002", "up to 10,000", &i);
  const XcStatement *st = g_ptr_array_index(c->statements, i);
  ck_assert_uint_eq(st->as_of, xc_date_from_ymd(2024, 10, 25));
  free_seeds(&s);
}
END_TEST

START_TEST(test_draft_figure_matches_the_claim_it_is_about)
{
  Seeds s = load_seeds();
  g_autoptr(XcDocument) draft =
    xc_test_doc("North Korea has sent 15,000 troops to Russia, officials said.");
  g_autoptr(GPtrArray) m = xc_extract_document(draft, 0);
  const XcMention *fig = xc_test_find(m, "15,000");
  ck_assert_ptr_nonnull(fig);
  XcClaim *c = xc_claim_set_match(s.set, fig);
  ck_assert_ptr_eq(c, claim_of(s.set, "001", "More than 10,000", NULL));
  free_seeds(&s);
}
END_TEST

START_TEST(test_same_size_figures_about_different_things_stay_apart)
{
  g_autoptr(XcDocument) a = xc_test_doc("Officials said 2,100 firefighters were deployed.");
  g_autoptr(XcDocument) b = xc_test_doc("About 2,100 residents were evacuated.");
  g_autoptr(XcClaimSet) set = xc_claim_set_new();
  g_autoptr(GPtrArray) ma = xc_extract_document(a, 0);
  g_autoptr(GPtrArray) mb = xc_extract_document(b, 0);
  xc_claim_set_add_document(set, ma);
  xc_claim_set_add_document(set, mb);
  ck_assert_uint_eq(xc_claim_set_get_n_claims(set), 2);
}
END_TEST

START_TEST(test_claims_file_pins_matching_statements_with_the_users_label)
{
  g_autofree char *rules = xc_test_fixture("claims/nk-first-unit.json");
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autoptr(XcAnalysis) a = xc_analysis_new();
  GError *error = NULL;
  ck_assert(xc_analysis_add_claims_file(a, rules, &error));
  const char *inputs[] = { dir, NULL };
  ck_assert(xc_analysis_add_inputs(a, inputs, XC_INPUT_AUTO, FALSE, NULL, NULL, NULL));
  xc_analysis_run(a);
  XcClaimSet *set = xc_analysis_get_claims(a);
  XcClaim *pinned = NULL;
  for (guint i = 0; i < xc_claim_set_get_n_claims(set); i++)
    if (g_str_equal(xc_claim_set_get_claim(set, i)->id, "kursk-first-unit"))
      pinned = xc_claim_set_get_claim(set, i);
  ck_assert_ptr_nonnull(pinned);
  ck_assert_str_eq(pinned->label, "First North Korean unit sent to Kursk");
  ck_assert_uint_eq(pinned->statements->len, 4);
  for (guint i = 0; i < pinned->statements->len; i++) {
    const XcStatement *st = g_ptr_array_index(pinned->statements, i);
    ck_assert_double_eq_tol(st->mention->stated[0], 2600, 1e-9);
  }
  ck_assert_double_eq_tol(pinned->agreement, 1.0, 1e-9);
}
END_TEST

/* Setting the lexicon used to free the claims file's rules and leave the
 * set pointing at them. */
START_TEST(test_a_lexicon_set_after_the_claims_file_keeps_its_rules)
{
  g_autofree char *rules = xc_test_fixture("claims/nk-first-unit.json");
  g_autofree char *path = xc_test_fixture("nk-troops/000_b46dabccb294f763.txt");
  g_autoptr(XcClaimSet) set = xc_claim_set_new();
  ck_assert(xc_claim_set_add_rules_file(set, rules, NULL));
  g_autoptr(XcLexicon) lex = xc_lexicon_new_builtin();
  xc_claim_set_set_lexicon(set, lex);
  g_autofree char *text = NULL;
  ck_assert(g_file_get_contents(path, &text, NULL, NULL));
  g_autoptr(XcDocument) doc = xc_document_new_from_text("000", path, text, -1, TRUE, NULL);
  ck_assert_ptr_nonnull(doc);
  g_autoptr(GPtrArray) m = xc_extract_document(doc, 0);
  xc_claim_set_add_document(set, m);
  xc_reconcile_claims(set);
  gboolean pinned = FALSE;
  for (guint i = 0; i < xc_claim_set_get_n_claims(set); i++)
    pinned |= g_strcmp0(xc_claim_set_get_claim(set, i)->id, "kursk-first-unit") == 0;
  ck_assert(pinned);
}
END_TEST

START_TEST(test_malformed_claims_file_is_named_with_its_line)
{
  g_autofree char *rules = xc_test_fixture("bad/claims-malformed.json");
  g_autoptr(XcClaimSet) set = xc_claim_set_new();
  GError *error = NULL;
  ck_assert(!xc_claim_set_add_rules_file(set, rules, &error));
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  g_autofree char *where = g_strdup_printf("%s:2:", rules);
  ck_assert_ptr_nonnull(strstr(error->message, where));
  g_error_free(error);
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_2ecbplus and 37_4ecbplus */
START_TEST(test_a_magnitude_joins_its_claim_whatever_the_sentence_counts)
{
  static const char *const texts[] = {
    "A powerful 6.1-magnitude earthquake strikes the northern Indonesian province of Aceh, "
    "killing at least three people and injuring dozens more across the affected region.",
    "A 6.1-magnitude earthquake which hit the Indonesian province of Aceh on Tuesday killed "
    "a child, injured dozens and destroyed buildings.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *a = claim_in(set, docs, 0, "6.1");
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_eq(a, claim_in(set, docs, 1, "6.1"));
  ck_assert_ptr_ne(a, claim_in(set, docs, 0, "at least three"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_13ecbplus */
START_TEST(test_a_measure_in_brackets_measures_what_the_one_before_does)
{
  static const char *const texts[] = {
    "Geological Survey said the magnitude 6.1 quake struck at a depth of 10 kilometers "
    "(6 miles) and its epicenter was located 55 kilometers (34 miles) west of the town of "
    "Bireun on the western tip of Sumatra island.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *depth = claim_in(set, docs, 0, "10 kilometers");
  XcClaim *distance = claim_in(set, docs, 0, "55 kilometers");
  ck_assert_ptr_nonnull(depth);
  ck_assert_ptr_nonnull(distance);
  ck_assert_ptr_ne(depth, distance);
  ck_assert_ptr_eq(depth, claim_in(set, docs, 0, "6 miles"));
  ck_assert_ptr_eq(distance, claim_in(set, docs, 0, "34 miles"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_12ecbplus and 37_5ecbplus */
START_TEST(test_a_distance_from_the_town_of_a_place_is_from_that_place)
{
  static const char *const texts[] = {
    "The epicenter was located 34 miles west of the town of Bireun, near the western coast "
    "of Sumatra island.",
    "The quake hit inland at 0737 GMT at a depth of just 10 kilometres, 55 kilometres south "
    "of Bireun and 72 kilometres southeast of Reuleuet, the US Geological Survey said.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *a = claim_in(set, docs, 0, "34 miles");
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_eq(a, claim_in(set, docs, 1, "55 kilometres"));
  ck_assert_ptr_ne(a, claim_in(set, docs, 1, "72 kilometres"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_7ecbplus and 37_2ecbplus */
START_TEST(test_spellings_of_a_place_that_differ_in_their_vowels_are_one_place)
{
  static const char *const texts[] = {
    "The epicenter of the quake was roughly 55 kilometers from the town of Bireuen, a regency "
    "of the larger Aceh province.",
    "The epicenter was situated 55 kilometers (34 miles) west of the town of Bireun on the "
    "western tip of Sumatra island.",
    "The quake hit 72 kilometres southeast of Reuleuet.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *a = claim_in(set, docs, 0, "roughly 55 kilometers");
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_eq(a, claim_in(set, docs, 1, "55 kilometers"));
  ck_assert_ptr_ne(a, claim_in(set, docs, 2, "72 kilometres"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_1ecbplus and 37_7ecbplus */
START_TEST(test_the_district_a_speaker_speaks_from_is_not_the_figures)
{
  static const char *const texts[] = {
    "\"We have received around 50 people with injuries sustained when the walls of their "
    "houses collapsed,\" added the doctor.",
    "\"We have received around 50 people with injuries suffered when the walls of their houses "
    "collapsed,\" said doctor Ema Suryani to AFP, speaking from Lampahan city in Aceh's Bener "
    "Meriah district.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *a = claim_in(set, docs, 0, "around 50");
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_eq(a, claim_in(set, docs, 1, "around 50"));
  ck_assert_ptr_null(((const XcStatement *)g_ptr_array_index(a->statements, 1))->scope);
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_9ecbplus and 37_6ecbplus */
START_TEST(test_dozens_injured_and_at_least_one_killed_join_the_toll_they_tell)
{
  static const char *const texts[] = {
    "A 6.1-magnitude earthquake which hit the Indonesian province of Aceh on Tuesday killed at "
    "least one person, injured dozens and destroyed buildings.",
    "Officials say at least 24 people were killed and more than 200 injured by the quake.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *injured = claim_in(set, docs, 1, "more than 200");
  XcClaim *killed = claim_in(set, docs, 1, "at least 24");
  ck_assert_ptr_nonnull(injured);
  ck_assert_ptr_ne(injured, killed);
  ck_assert_ptr_eq(injured, claim_in(set, docs, 0, "dozens"));
  ck_assert_ptr_eq(killed, claim_in(set, docs, 0, "at least one"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_3ecbplus (twice) */
START_TEST(test_24_dead_and_24_people_dead_are_one_death_toll)
{
  static const char *const texts[] = {
    "Soldiers and police are leading rescue operations in Indonesia after a 6.1 magnitude "
    "earthquake hit Aceh province leaving 24 dead and over 200 injured.",
    "Nugroho told Agence-France Presse: \"We have recorded 24 people dead and 249 people "
    "injured\", adding that more than 300 buildings have been damaged in the quake.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *dead = claim_in(set, docs, 0, "24");
  ck_assert_ptr_nonnull(dead);
  ck_assert_ptr_eq(dead, claim_in(set, docs, 1, "24"));
  ck_assert_ptr_eq(claim_in(set, docs, 0, "over 200"), claim_in(set, docs, 1, "249"));
  ck_assert_ptr_ne(dead, claim_in(set, docs, 1, "249"));
}
END_TEST

/* fixtures/ecbplus/20-ecbplus.jsonl, 20_8ecbplus and 20_11ecbplus */
START_TEST(test_a_count_of_nothing_named_counts_what_its_event_made_of_people)
{
  static const char *const texts[] = {
    "A powerful earthquake hit southern Iran on Sunday, causing major destruction in seven "
    "villages and killing 10 people and injuring 80.",
    "Heidar Alishvandi said 50 were injured.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *injured = claim_in(set, docs, 0, "80");
  ck_assert_ptr_nonnull(injured);
  ck_assert_ptr_eq(injured, claim_in(set, docs, 1, "50"));
  ck_assert_ptr_ne(injured, claim_in(set, docs, 0, "10"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_3ecbplus */
START_TEST(test_the_verb_after_a_figure_is_its_event_when_two_are_as_near)
{
  static const char *const texts[] = {
    "Twelve people were killed and 70 others were injured by a landslide or collapsing "
    "buildings, said Fauzi.",
    "Dozens of people were injured and are being treated at three hospitals, said Fauzi.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *seventy = claim_in(set, docs, 0, "70");
  ck_assert_ptr_nonnull(seventy);
  ck_assert_ptr_ne(seventy, claim_in(set, docs, 0, "Twelve"));
  ck_assert_ptr_eq(seventy, claim_in(set, docs, 1, "Dozens"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_1ecbplus and 37_10ecbplus */
START_TEST(test_another_four_people_are_kept_apart_from_the_toll)
{
  static const char *const texts[] = {
    "A powerful earthquake in Indonesia's Aceh province flattened buildings Tuesday, killing "
    "at least five people. Four other people died in hospitals in the district from "
    "injuries sustained in the quake, he said.",
    "Another four people died in hospitals in the district from injuries sustained in the "
    "quake, he said.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *four = claim_in(set, docs, 0, "Four");
  ck_assert_ptr_nonnull(four);
  ck_assert_ptr_eq(four, claim_in(set, docs, 1, "four"));
  ck_assert_ptr_ne(four, claim_in(set, docs, 0, "at least five"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_1ecbplus */
START_TEST(test_the_seriously_injured_are_kept_apart_from_the_injured)
{
  static const char *const texts[] = {
    "\"There are around 30 people seriously injured, some with head injuries.\"",
    "The quake injured more than 200 people and damaged more than 300 houses in Aceh.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *serious = claim_in(set, docs, 0, "around 30");
  ck_assert_ptr_nonnull(serious);
  ck_assert_ptr_ne(serious, claim_in(set, docs, 1, "more than 200"));
  ck_assert_str_eq(((const XcStatement *)g_ptr_array_index(serious->statements, 0))->scope,
                   "seriously");
}
END_TEST

/* fixtures/ecbplus/20-ecbplus.jsonl, 20_4ecbplus and 20_8ecbplus */
START_TEST(test_30_of_the_80_wounded_are_kept_apart_from_the_wounded)
{
  static const char *const texts[] = {
    "He said 30 of the 80 wounded remained in hospital after the tremor.",
    "The quake killed 10 people and injured 80.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *part = claim_in(set, docs, 0, "30");
  ck_assert_ptr_nonnull(part);
  ck_assert_ptr_ne(part, claim_in(set, docs, 1, "80"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_3ecbplus and 37_6ecbplus */
START_TEST(test_a_districts_toll_is_kept_apart_from_the_whole_toll)
{
  static const char *const texts[] = {
    "In neighbouring Central Aceh district, 10 people were killed, 140 were injured and about "
    "1,500 houses and buildings were damaged, Nugroho said.",
    "Officials say at least 24 people were killed and more than 200 injured by the quake.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *district = claim_in(set, docs, 0, "10");
  ck_assert_ptr_nonnull(district);
  ck_assert_ptr_ne(district, claim_in(set, docs, 1, "at least 24"));
  ck_assert_str_eq(((const XcStatement *)g_ptr_array_index(district->statements, 0))->scope,
                   "in Central Aceh");
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_10ecbplus */
START_TEST(test_an_aftershocks_magnitude_is_kept_apart_from_the_quakes)
{
  static const char *const texts[] = {
    "The strong 6.1-magnitude quake left hundreds more injured. As police and military "
    "personnel struggled to reach affected areas late Tuesday, there were two aftershocks of "
    "more than 5.0 magnitude.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *quake = claim_in(set, docs, 0, "6.1");
  ck_assert_ptr_nonnull(quake);
  ck_assert_ptr_ne(quake, claim_in(set, docs, 0, "more than 5.0"));
}
END_TEST

START_TEST(test_a_count_with_no_actor_takes_the_actor_its_headline_gives_it)
{
  Seeds s = load_seeds();
  /* 000: headline "Some North Korean troops are trying to defect", then
   * "This 12,000-strong group, part of which (2,600 people) is now located
   * in the Kursk region" */
  XcClaim *group = claim_of(s.set, "000", "12,000", NULL);
  ck_assert_ptr_nonnull(group);
  ck_assert_ptr_eq(group, claim_of(s.set, "001", "More than 10,000", NULL));
  free_seeds(&s);
}
END_TEST

START_TEST(test_a_bare_count_of_troops_joins_the_force_sent_not_its_losses)
{
  /* fixtures/nk-troops: 001 line 4, 000 line 9 and 004 line 2 */
  static const char *const texts[] = {
    "\"More than 10,000 North Korean troops have now been sent to Russia,\" the ministry said.",
    "On October 4, the Kyiv Post reported that 20 soldiers were killed in a missile strike on "
    "occupied Donetsk, including six North Korean military personnel advising the Russian army.",
    "Pavlo Lakiichuk, head of Security Programs at the Center for Global Studies Strategy XXI, "
    "says that 10,000 DPRK military personnel cover the Russian army's monthly need for "
    "mobilization resources.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *bare = claim_in(set, docs, 2, "10,000");
  ck_assert_ptr_nonnull(bare);
  ck_assert_ptr_eq(bare, claim_in(set, docs, 0, "More than 10,000"));
  ck_assert_ptr_ne(bare, claim_in(set, docs, 1, "six"));
}
END_TEST

START_TEST(test_an_articles_repeated_figure_without_an_event_joins_its_claim)
{
  Seeds s = load_seeds();
  XcClaim *force = claim_of(s.set, "001", "More than 10,000", NULL);
  ck_assert_ptr_nonnull(force);
  /* 004 line 2, "10,000 DPRK military personnel cover the Russian army's
   * monthly need", and line 4, "10,000 Koreans cover this need": the
   * article's "there are 10,000 DPRK servicemen who are joining" */
  guint n = 0;
  for (guint i = 0; i < force->statements->len; i++) {
    const XcMention *m = ((const XcStatement *)g_ptr_array_index(force->statements, i))->mention;
    n += g_str_has_prefix(m->doc->id, "004");
  }
  ck_assert_uint_eq(n, 5);
  free_seeds(&s);
}
END_TEST


START_TEST(test_a_date_tied_to_its_event_joins_the_same_day_of_that_event)
{
  /* fixtures/wildfire, 01 (published Monday 9 June 2025) and 03 */
  guint32 monday = xc_date_from_ymd(2025, 6, 9);
  g_autoptr(XcDocument) a = xc_test_doc_dated(
    "A fast-moving wildfire that broke out Saturday in the Sierra foothills had burned 3,200 "
    "acres by Monday morning.", monday);
  g_autoptr(XcDocument) b = xc_test_doc_dated(
    "The blaze, which started June 7 near a ranch road, had grown to nearly 8,000 acres by "
    "Tuesday and was 15% contained.", monday + 1);
  g_autoptr(XcClaimSet) set = xc_claim_set_new();
  g_autoptr(GPtrArray) ma = xc_extract_document(a, monday);
  g_autoptr(GPtrArray) mb = xc_extract_document(b, monday);
  xc_claim_set_add_document(set, ma);
  xc_claim_set_add_document(set, mb);
  GPtrArray *docs = g_ptr_array_new();
  g_ptr_array_add(docs, a);
  g_ptr_array_add(docs, b);
  XcClaim *saturday = claim_in(set, docs, 0, "Saturday");
  ck_assert_ptr_nonnull(saturday);
  ck_assert_ptr_eq(saturday, claim_in(set, docs, 1, "June 7"));
  g_ptr_array_unref(docs);
}
END_TEST

/* fixtures/ecbplus/20-ecbplus.jsonl, 20_1ecbplus, 20_2ecbplus and 20_3ecbplus */
START_TEST(test_home_to_a_population_of_and_has_n_residents_count_the_population)
{
  static const char *const texts[] = {
    "The 6.1-magnitude quake struck Qeshm island, home to 120,000 people, and the city of "
    "Bandar Abbas, state media said.",
    "Qeshm, a 1,500-square-kilometer island off the coast southwest of Bandar Abbas, has a "
    "population of more than 100,000.",
    "Two helicopters were evacuating injured from Qeshm to Bandar Abbas, a city of 500,000 "
    "people that also was jolted by the quake.",
    "The island, which has about 200,000 residents, is about 940 miles south of Tehran.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *home = claim_in(set, docs, 0, "120,000");
  ck_assert_ptr_nonnull(home);
  ck_assert_ptr_eq(home, claim_in(set, docs, 1, "more than 100,000"));
  ck_assert_ptr_ne(home, claim_in(set, docs, 2, "500,000"));
  ck_assert_ptr_eq(home, claim_in(set, docs, 3, "about 200,000"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_2ecbplus and 37_3ecbplus */
START_TEST(test_a_22_year_old_resident_is_an_age)
{
  static const char *const texts[] = {
    "\"I see many houses were damaged,\" said Bensu Elianita, a 22 year-old resident in Bukit "
    "Sama village.",
    "\"I see many houses were damaged,\" Bensu Elianita, a 22-year-old resident of Bukit Sama "
    "village, said.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *age = claim_in(set, docs, 0, "22");
  ck_assert_ptr_nonnull(age);
  ck_assert_ptr_eq(age, claim_in(set, docs, 1, "22"));
  ck_assert_str_eq(((const XcStatement *)g_ptr_array_index(age->statements, 0))->concept, "age");
}
END_TEST

/* fixtures/ecbplus/20-ecbplus.jsonl, 20_4ecbplus and 20_2ecbplus */
START_TEST(test_a_counted_phrase_that_runs_into_a_verb_keeps_its_noun)
{
  static const char *const texts[] = {
    "He said 30 of the 80 wounded remained in hospital after the tremor.",
    "As many as 80 people were also wounded.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *wounded = claim_in(set, docs, 0, "80");
  ck_assert_ptr_nonnull(wounded);
  ck_assert_ptr_eq(wounded, claim_in(set, docs, 1, "As many as 80"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_6ecbplus and 37_10ecbplus */
START_TEST(test_14_trapped_and_14_others_trapped_are_one_claim)
{
  static const char *const texts[] = {
    "One report said six children were killed and 14 trapped under debris when a mosque "
    "collapsed in Central Aceh.",
    "AN EARTHQUAKE killed six children and left 14 others trapped when a mosque collapsed "
    "during a Koran reading session.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *trapped = claim_in(set, docs, 0, "14");
  ck_assert_ptr_nonnull(trapped);
  ck_assert_ptr_eq(trapped, claim_in(set, docs, 1, "14"));
}
END_TEST

/* fixtures/ecbplus/37-ecbplus.jsonl, 37_13ecbplus and 37_10ecbplus */
START_TEST(test_a_towns_figures_are_kept_apart_from_the_whole)
{
  static const char *const texts[] = {
    "At least five people were reportedly injured and 10 houses were damaged in Takengon, the "
    "capital of Central Aceh district, said Sutopo Purwo Nugroho.",
    "The quake injured more than 200 people and damaged more than 300 houses in Aceh, said "
    "national disaster agency spokesman Sutopo Purwo Nugroho.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *town = claim_in(set, docs, 0, "At least five");
  ck_assert_ptr_nonnull(town);
  ck_assert_ptr_ne(town, claim_in(set, docs, 1, "more than 200"));
  ck_assert_ptr_ne(claim_in(set, docs, 0, "10"), claim_in(set, docs, 1, "more than 300"));
  ck_assert_str_eq(((const XcStatement *)g_ptr_array_index(town->statements, 0))->scope,
                   "in Takengon");
}
END_TEST

/* fixtures/ecbplus/20-ecbplus.jsonl, 20_8ecbplus and 20_5ecbplus */
START_TEST(test_major_destruction_in_seven_villages_is_seven_villages_destroyed)
{
  static const char *const texts[] = {
    "A powerful earthquake hit southern Iran on Sunday, causing major destruction in seven "
    "villages and killing 10 people and injuring 80.",
    "A 5.9 magnitude earthquake has leveled seven villages in Iran's southern area, killing 10 "
    "persons and wounding other 70.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *villages = claim_in(set, docs, 0, "seven");
  ck_assert_ptr_nonnull(villages);
  ck_assert_ptr_eq(villages, claim_in(set, docs, 1, "seven"));
}
END_TEST

/* fixtures/ecbplus/20-ecbplus.jsonl, 20_2ecbplus and 20_1ecbplus */
START_TEST(test_two_more_victims_are_kept_apart_from_the_toll)
{
  static const char *const texts[] = {
    "The new death toll came after the bodies of two more victims were found in the village "
    "of Ziranag.",
    "A powerful earthquake has hit southern Iran, killing at least 10 people, injuring dozens "
    "more and damaging several villages, officials say.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = group_texts(texts, docs);
  XcClaim *more = claim_in(set, docs, 0, "two");
  ck_assert_ptr_nonnull(more);
  ck_assert_ptr_ne(more, claim_in(set, docs, 1, "at least 10"));
  ck_assert_str_eq(((const XcStatement *)g_ptr_array_index(more->statements, 0))->scope,
                   "another");
}
END_TEST

Suite *
xc_claims_suite(void)
{
  Suite *s = suite_create("claims");
  TCase *tc = tcase_create("seeds");
  tcase_add_test(tc, test_troops_servicemen_and_infantrymen_are_one_claim);
  tcase_add_test(tc, test_first_unit_is_kept_apart_from_the_whole_force);
  tcase_add_test(tc, test_part_of_which_is_the_first_unit_of_the_same_force);
  tcase_add_test(tc, test_the_y_of_from_x_to_y_counts_what_x_counts);
  tcase_add_test(tc, test_troops_moved_to_the_border_are_kept_apart_from_those_sent);
  tcase_add_test(tc, test_second_batch_is_kept_apart_from_the_total);
  tcase_add_test(tc, test_monthly_rate_is_kept_apart_from_a_total);
  tcase_add_test(tc, test_date_in_a_copied_paragraph_joins_its_copies);
  tcase_add_test(tc, test_hypothetical_opens_no_claim);
  tcase_add_test(tc, test_ticker_figures_open_no_claim);
  tcase_add_test(tc, test_an_articles_repeated_figure_without_an_event_joins_its_claim);
  tcase_add_test(tc, test_a_count_with_no_actor_takes_the_actor_its_headline_gives_it);
  suite_add_tcase(s, tc);
  tc = tcase_create("statement");
  tcase_add_test(tc, test_attribution_keeps_the_speakers_surname);
  tcase_add_test(tc, test_attribution_after_a_quotation_is_the_speaker_who_follows);
  tcase_add_test(tc, test_attribution_skips_the_aside_between_a_name_and_its_verb);
  tcase_add_test(tc, test_attribution_takes_an_aside_that_is_itself_a_name);
  tcase_add_test(tc, test_attribution_keeps_an_organizations_whole_name);
  tcase_add_test(tc, test_attribution_according_to_a_common_noun_is_that_noun);
  tcase_add_test(tc, test_attribution_keeps_the_owner_of_a_role);
  tcase_add_test(tc, test_as_of_is_the_date_in_the_sentence);
  suite_add_tcase(s, tc);
  tc = tcase_create("real text");
  tcase_add_test(tc, test_a_magnitude_joins_its_claim_whatever_the_sentence_counts);
  tcase_add_test(tc, test_a_measure_in_brackets_measures_what_the_one_before_does);
  tcase_add_test(tc, test_a_distance_from_the_town_of_a_place_is_from_that_place);
  tcase_add_test(tc, test_spellings_of_a_place_that_differ_in_their_vowels_are_one_place);
  tcase_add_test(tc, test_the_district_a_speaker_speaks_from_is_not_the_figures);
  tcase_add_test(tc, test_dozens_injured_and_at_least_one_killed_join_the_toll_they_tell);
  tcase_add_test(tc, test_24_dead_and_24_people_dead_are_one_death_toll);
  tcase_add_test(tc, test_a_count_of_nothing_named_counts_what_its_event_made_of_people);
  tcase_add_test(tc, test_the_verb_after_a_figure_is_its_event_when_two_are_as_near);
  tcase_add_test(tc, test_another_four_people_are_kept_apart_from_the_toll);
  tcase_add_test(tc, test_the_seriously_injured_are_kept_apart_from_the_injured);
  tcase_add_test(tc, test_30_of_the_80_wounded_are_kept_apart_from_the_wounded);
  tcase_add_test(tc, test_a_districts_toll_is_kept_apart_from_the_whole_toll);
  tcase_add_test(tc, test_a_towns_figures_are_kept_apart_from_the_whole);
  tcase_add_test(tc, test_major_destruction_in_seven_villages_is_seven_villages_destroyed);
  tcase_add_test(tc, test_a_bare_count_of_troops_joins_the_force_sent_not_its_losses);
  tcase_add_test(tc, test_two_more_victims_are_kept_apart_from_the_toll);
  tcase_add_test(tc, test_an_aftershocks_magnitude_is_kept_apart_from_the_quakes);
  tcase_add_test(tc, test_a_date_tied_to_its_event_joins_the_same_day_of_that_event);
  tcase_add_test(tc, test_home_to_a_population_of_and_has_n_residents_count_the_population);
  tcase_add_test(tc, test_a_22_year_old_resident_is_an_age);
  tcase_add_test(tc, test_a_counted_phrase_that_runs_into_a_verb_keeps_its_noun);
  tcase_add_test(tc, test_14_trapped_and_14_others_trapped_are_one_claim);
  suite_add_tcase(s, tc);
  tc = tcase_create("claims file");
  tcase_add_test(tc, test_claims_file_pins_matching_statements_with_the_users_label);
  tcase_add_test(tc, test_a_lexicon_set_after_the_claims_file_keeps_its_rules);
  tcase_add_test(tc, test_malformed_claims_file_is_named_with_its_line);
  suite_add_tcase(s, tc);
  tc = tcase_create("matching");
  tcase_add_test(tc, test_draft_figure_matches_the_claim_it_is_about);
  tcase_add_test(tc, test_same_size_figures_about_different_things_stay_apart);
  suite_add_tcase(s, tc);
  return s;
}
