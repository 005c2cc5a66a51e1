/* test-lexicon.c: the built-in lexicon and users' lexicon files. */
#include "xc-test.h"

#include <string.h>

START_TEST(test_builtin_lexicon_maps_troops_to_military_personnel)
{
  g_autoptr(XcLexicon) lex = xc_lexicon_new_builtin();
  ck_assert_str_eq(xc_lexicon_lookup(lex, "concept", "Troops", 6), "military personnel");
  ck_assert_str_eq(xc_lexicon_lookup(lex, "concept", "infantrymen", 11), "military personnel");
  ck_assert_str_eq(xc_lexicon_lookup(lex, "actor", "DPRK", 4), "North Korea");
  ck_assert_str_eq(xc_lexicon_lookup(lex, "event", "killed", 6), "killed");
  ck_assert_ptr_null(xc_lexicon_lookup(lex, "concept", "the", 3));
}
END_TEST

START_TEST(test_builtin_lexicon_covers_news_beyond_the_seeds)
{
  g_autoptr(XcLexicon) lex = xc_lexicon_new_builtin();
  ck_assert_str_eq(xc_lexicon_lookup(lex, "concept", "protesters", 10), "protesters");
  ck_assert_str_eq(xc_lexicon_lookup(lex, "concept", "layoffs", 7), "job cuts");
  ck_assert_str_eq(xc_lexicon_lookup(lex, "concept", "ballots", 7), "votes");
  ck_assert_str_eq(xc_lexicon_lookup(lex, "event", "drowned", 7), "killed");
  ck_assert_str_eq(xc_lexicon_lookup(lex, "concept", "aftershocks", 11), "aftershocks");
}
END_TEST

START_TEST(test_user_lexicon_file_adds_and_replaces_entries)
{
  g_autoptr(XcLexicon) lex = xc_lexicon_new_builtin();
  g_autofree char *path = xc_test_fixture("lexicon/election.tsv");
  GError *error = NULL;
  ck_assert(xc_lexicon_add_file(lex, path, &error));
  ck_assert_str_eq(xc_lexicon_lookup(lex, "event", "tallied", 7), "counted");
  ck_assert_str_eq(xc_lexicon_lookup(lex, "actor", "Labour", 6), "Labour");
}
END_TEST

/* A caller may hold a value across a later file that replaces it (the
 * sanitizer build turns a freed value into a failure here). */
START_TEST(test_a_replaced_value_stays_readable_while_the_lexicon_lives)
{
  g_autoptr(XcLexicon) lex = xc_lexicon_new_builtin();
  const char *before = xc_lexicon_lookup(lex, "concept", "troops", 6);
  ck_assert_str_eq(before, "military personnel");
  static const char replace[] = "concept\ttroops\tsoldiers\n";
  ck_assert(xc_lexicon_add_data(lex, "replace.tsv", replace, -1, NULL));
  ck_assert_str_eq(xc_lexicon_lookup(lex, "concept", "troops", 6), "soldiers");
  ck_assert_str_eq(before, "military personnel");
}
END_TEST

START_TEST(test_malformed_lexicon_line_is_named_and_nothing_is_added)
{
  g_autoptr(XcLexicon) lex = xc_lexicon_new_builtin();
  g_autofree char *path = xc_test_fixture("bad/lexicon-unknown-section.tsv");
  GError *error = NULL;
  ck_assert(!xc_lexicon_add_file(lex, path, &error));
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  g_autofree char *where = g_strdup_printf("%s:2:", path);
  ck_assert_ptr_nonnull(strstr(error->message, where));
  ck_assert_ptr_nonnull(strstr(error->message, "unknown section"));
  /* line 1 was good, but the file is taken whole or not at all */
  ck_assert_ptr_null(xc_lexicon_lookup(lex, "concept", "electors", 8));
  g_error_free(error);
}
END_TEST

START_TEST(test_missing_lexicon_file_is_an_io_error)
{
  g_autoptr(XcLexicon) lex = xc_lexicon_new_builtin();
  GError *error = NULL;
  ck_assert(!xc_lexicon_add_file(lex, "/nonexistent/words.tsv", &error));
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_IO));
  ck_assert_ptr_nonnull(strstr(error->message, "/nonexistent/words.tsv"));
  g_error_free(error);
}
END_TEST

START_TEST(test_user_concept_groups_statements_the_builtin_keeps_apart)
{
  const char *texts[] = { "Officials said 4,100 gizmos were shipped.",
                          "The company shipped 4,100 doodads.", NULL };
  guint claims[2];
  for (int pass = 0; pass < 2; pass++) {
    g_autoptr(XcClaimSet) set = xc_claim_set_new();
    if (pass == 1) {
      GError *error = NULL;
      ck_assert(xc_lexicon_add_data(xc_claim_set_get_lexicon(set), "test",
                                    "concept\tgizmos\twidgets\nconcept\tdoodads\twidgets\n",
                                    -1, &error));
    }
    g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
    for (guint i = 0; texts[i]; i++) {
      XcDocument *d = xc_test_doc(texts[i]);
      g_ptr_array_add(docs, d);
      g_autoptr(GPtrArray) m = xc_extract_document(d, 0);
      xc_claim_set_add_document(set, m);
    }
    claims[pass] = xc_claim_set_get_n_claims(set);
  }
  ck_assert_uint_eq(claims[0], 2);
  ck_assert_uint_eq(claims[1], 1);
}
END_TEST

Suite *
xc_lexicon_suite(void)
{
  Suite *s = suite_create("lexicon");
  TCase *tc = tcase_create("builtin");
  tcase_add_test(tc, test_builtin_lexicon_maps_troops_to_military_personnel);
  tcase_add_test(tc, test_builtin_lexicon_covers_news_beyond_the_seeds);
  suite_add_tcase(s, tc);
  tc = tcase_create("files");
  tcase_add_test(tc, test_user_lexicon_file_adds_and_replaces_entries);
  tcase_add_test(tc, test_a_replaced_value_stays_readable_while_the_lexicon_lives);
  tcase_add_test(tc, test_malformed_lexicon_line_is_named_and_nothing_is_added);
  tcase_add_test(tc, test_missing_lexicon_file_is_an_io_error);
  tcase_add_test(tc, test_user_concept_groups_statements_the_builtin_keeps_apart);
  suite_add_tcase(s, tc);
  return s;
}
