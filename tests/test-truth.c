/* test-truth.c: the truth-discovery engine on small tables whose answers
 * are known: outliers, copiers, priors, types, output, and the weighing of
 * outlets for claims read from text. */
#include "xc-test.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

/* Runs the engine over "source|item|value" rows. */
static XcTruth *
run_rows(const char *const *rows, gboolean copy_detection, XcValueType type)
{
  g_autoptr(XcTable) t = xc_table_new();
  for (guint i = 0; rows[i]; i++) {
    g_auto(GStrv) f = g_strsplit(rows[i], "|", 3);
    xc_table_add(t, f[0], f[1], NULL, f[2], NULL, NULL);
  }
  XcTruth *truth = xc_truth_new();
  xc_truth_set_type(truth, NULL, type);
  xc_truth_set_copy_detection(truth, copy_detection);
  xc_truth_add_table(truth, t);
  xc_truth_run(truth);
  return truth;
}

/* fuzz-table found this: a table that reads but holds no row (the input
 * is fixtures/fuzz-regressions/table-empty-csv) ran the engine on no
 * source at all. */
START_TEST(test_an_empty_table_gives_no_items_and_no_sources)
{
  g_autofree char *path = xc_test_fixture("fuzz-regressions/table-empty-csv");
  g_autofree char *data = NULL;
  gsize len;
  ck_assert(g_file_get_contents(path, &data, &len, NULL));
  XcTable *table = xc_table_new();
  GError *error = NULL;
  /* the fuzz target's first byte picks the format; the rest is the table */
  ck_assert(xc_table_read_data(table, "empty", data + 1, (gssize)len - 1, XC_TABLE_CSV, &error));
  ck_assert_uint_eq(xc_table_get_n_rows(table), 0);
  XcTruth *truth = xc_truth_new();
  xc_truth_add_table(truth, table);
  xc_truth_run(truth);
  ck_assert_uint_eq(xc_truth_get_n_items(truth), 0);
  ck_assert_uint_eq(xc_truth_get_n_sources(truth), 0);
  xc_truth_free(truth);
  xc_table_free(table);
}
END_TEST

/* fuzz-table found this too: an item none of whose rows gives a readable
 * value (fixtures/fuzz-regressions/table-all-rows-unreadable, where
 * "0000,-" leaves an item with only unreadable numbers) was voted on
 * with no values at all. */
START_TEST(test_an_item_with_only_unreadable_values_resolves_to_nothing)
{
  const char *rows[] = { "a|homes|many", "b|homes|lots", "a|roads|12", NULL };
  g_autoptr(XcTruth) t = run_rows(rows, TRUE, XC_VALUE_NUMBER);
  const XcTruthItem *it = xc_truth_find_item(t, "homes", NULL);
  ck_assert_ptr_nonnull(it);
  ck_assert_ptr_null(it->value);
  ck_assert_uint_eq(it->values->len, 0);
  ck_assert_str_eq(it->status, "none");
  ck_assert_uint_eq(it->n_unreadable, 2);
  ck_assert_str_eq(xc_truth_find_item(t, "roads", NULL)->value, "12");
}
END_TEST

START_TEST(test_the_fuzz_input_with_an_unreadable_item_runs_to_the_end)
{
  g_autofree char *path = xc_test_fixture("fuzz-regressions/table-all-rows-unreadable");
  g_autofree char *data = NULL;
  gsize len;
  ck_assert(g_file_get_contents(path, &data, &len, NULL));
  XcTable *table = xc_table_new();
  GError *error = NULL;
  ck_assert(xc_table_read_data(table, "fuzz", data + 1, (gssize)len - 1, XC_TABLE_CSV, &error));
  XcTruth *truth = xc_truth_new();
  xc_truth_add_table(truth, table);
  xc_truth_run(truth);
  ck_assert_uint_gt(xc_truth_get_n_items(truth), 0);
  xc_truth_free(truth);
  xc_table_free(table);
}
END_TEST

START_TEST(test_a_100x_typo_does_not_drag_the_numeric_consensus)
{
  const char *rows[] = { "a|homes|4700", "b|homes|4710", "c|homes|4720", "d|homes|471000", NULL };
  g_autoptr(XcTruth) t = run_rows(rows, TRUE, XC_VALUE_NUMBER);
  const XcTruthItem *it = xc_truth_find_item(t, "homes", NULL);
  ck_assert_ptr_nonnull(it);
  ck_assert_str_eq(it->value, "4710");
  ck_assert_double_eq(it->number, 4710);
  ck_assert_double_eq(it->low, 4700);
  ck_assert_double_eq(it->high, 4720);
  ck_assert_str_eq(it->status, "disputed");
  ck_assert_uint_eq(it->values->len, 4);
  /* the typo is the least believed value */
  const XcTruthValue *last = g_ptr_array_index(it->values, 3);
  ck_assert_str_eq(last->value, "471000");
  ck_assert_double_lt(last->probability, 0.1);
}
END_TEST

/* A reliable source R and two independent ones (X, Y) agree on most items;
 * C1 and C2 copy each other, false values included.  On "target" R alone
 * says "r" and the two copiers say "c". */
static const char *const copier_rows[] = {
  "R|i1|a", "X|i1|a", "Y|i1|a", "C1|i1|a", "C2|i1|a",
  "R|i2|a", "X|i2|a", "Y|i2|a", "C1|i2|a", "C2|i2|a",
  "R|i3|a", "X|i3|a", "Y|i3|a", "C1|i3|a", "C2|i3|a",
  "R|i4|a", "X|i4|a", "Y|i4|a", "C1|i4|a", "C2|i4|a",
  "R|i5|a", "X|i5|a", "Y|i5|a", "C1|i5|a", "C2|i5|a",
  "R|i6|a", "X|i6|a", "Y|i6|a", "C1|i6|a", "C2|i6|a",
  "R|f1|t", "X|f1|t", "Y|f1|u", "C1|f1|z", "C2|f1|z",
  "R|f2|t", "X|f2|v", "Y|f2|t", "C1|f2|z", "C2|f2|z",
  "R|f3|t", "X|f3|t", "Y|f3|w", "C1|f3|z", "C2|f3|z",
  "R|target|r", "C1|target|c", "C2|target|c",
  NULL,
};

START_TEST(test_two_copiers_outvote_a_reliable_source_without_copy_detection)
{
  g_autoptr(XcTruth) t = run_rows(copier_rows, FALSE, XC_VALUE_STRING);
  ck_assert_str_eq(xc_truth_find_item(t, "target", NULL)->value, "c");
  ck_assert_uint_eq(xc_truth_get_n_copies(t), 0);
}
END_TEST

START_TEST(test_a_reliable_source_outvoted_by_two_copiers_wins_once_copying_is_detected)
{
  g_autoptr(XcTruth) t = run_rows(copier_rows, TRUE, XC_VALUE_STRING);
  const XcTruthItem *it = xc_truth_find_item(t, "target", NULL);
  ck_assert_str_eq(it->value, "r");
  ck_assert_str_eq(it->status, "disputed");
  ck_assert_uint_ge(xc_truth_get_n_copies(t), 1);
  const XcTruthCopy *c = xc_truth_get_copy(t, 0);
  ck_assert_str_eq(c->a, "C1");
  ck_assert_str_eq(c->b, "C2");
  ck_assert_double_gt(c->probability, 0.9);
  /* no other pair is taken for copiers */
  for (guint i = 1; i < xc_truth_get_n_copies(t); i++)
    ck_assert_msg(FALSE, "unexpected pair %s ~ %s", xc_truth_get_copy(t, i)->a,
                  xc_truth_get_copy(t, i)->b);
  ck_assert_double_gt(xc_truth_find_source(t, "R")->reliability,
                      xc_truth_find_source(t, "C1")->reliability);
}
END_TEST

/* An edit history as CSV, rows in the order stated: a bot re-saves each
 * page, repeating the value an editor had just stated; on the target an
 * anonymous editor's wrong figure is re-saved by the bot before R, an
 * editor with a good record, corrects it.  Returns: (transfer full). */
static char *
edit_history_csv(void)
{
  GString *csv = g_string_new("source,item,value\n");
  for (guint i = 0; i < 12; i++)
    g_string_append_printf(csv, "E%u,town%u,%u\nBot,town%u,%u\n", i, i, 1000 + 17 * i, i,
                           1000 + 17 * i);
  for (guint i = 0; i < 6; i++)
    g_string_append_printf(csv, "R,city%u,%u\nX%u,city%u,%u\n", i, 5000 + 31 * i, i, i,
                           5000 + 31 * i);
  /* most edits change the figure: that is what editors do */
  for (guint i = 0; i < 20; i++)
    g_string_append_printf(csv, "U%u,village%u,100\nV%u,village%u,120\n", i, i, i, i);
  g_string_append(csv, "Anonymous,target,8000\nBot,target,8000\nR,target,6000\n");
  return g_string_free(csv, FALSE);
}

static XcTruth *
run_edit_history(gboolean chronological)
{
  g_autoptr(XcTable) tab = xc_table_new();
  g_autofree char *csv = edit_history_csv();
  ck_assert(xc_table_read_data(tab, "history.csv", csv, -1, XC_TABLE_CSV, NULL));
  XcTruth *t = xc_truth_new();
  xc_truth_set_chronological(t, chronological);
  xc_truth_add_table(t, tab);
  xc_truth_run(t);
  return t;
}

START_TEST(test_a_bot_repeating_the_record_outvotes_an_editor_in_a_table_without_order)
{
  g_autoptr(XcTruth) t = run_edit_history(FALSE);
  ck_assert_str_eq(xc_truth_find_item(t, "target", NULL)->value, "8000");
}
END_TEST

START_TEST(test_in_an_edit_history_a_bot_repeating_the_record_counts_little)
{
  g_autoptr(XcTruth) t = run_edit_history(TRUE);
  ck_assert_str_eq(xc_truth_find_item(t, "target", NULL)->value, "6000");
  /* an editor who agreed once is not taken for a copier */
  ck_assert_str_eq(xc_truth_find_item(t, "city0", NULL)->value, "5000");
}
END_TEST

/* Runs the engine over "source|item|attribute|value" rows, copy detection
 * on, every attribute read as @type. */
static XcTruth *
run_attribute_rows(const char *const *rows, XcValueType type)
{
  g_autoptr(XcTable) tab = xc_table_new();
  for (guint i = 0; rows[i]; i++) {
    g_auto(GStrv) f = g_strsplit(rows[i], "|", 4);
    xc_table_add(tab, f[0], f[1], f[2], f[3], NULL, NULL);
  }
  XcTruth *t = xc_truth_new();
  xc_truth_parse_type(t, "*=time", NULL);
  xc_truth_set_type(t, NULL, type);
  xc_truth_add_table(t, tab);
  xc_truth_run(t);
  return t;
}

/* Was the pair @a, @b reported as copying? */
static gboolean
copies(const XcTruth *t, const char *a, const char *b)
{
  for (guint i = 0; i < xc_truth_get_n_copies(t); i++) {
    const XcTruthCopy *c = xc_truth_get_copy(t, i);
    if ((g_str_equal(c->a, a) && g_str_equal(c->b, b))
        || (g_str_equal(c->a, b) && g_str_equal(c->b, a)))
      return TRUE;
  }
  return FALSE;
}

/* A and B agree with each other on every flight, against a majority of
 * three (M1..M3, each with its own notation), on times the vote takes for
 * false; @b_form is how B writes the time A writes "9:00 AM". */
static XcTruth *
run_minority(const char *b_form)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func(g_free);
  for (guint f = 1; f <= 8; f++) {
    g_ptr_array_add(rows, g_strdup_printf("A|f%u|dep|9:00 AM", f));
    g_ptr_array_add(rows, g_strdup_printf("B|f%u|dep|%s", f, b_form));
    g_ptr_array_add(rows, g_strdup_printf("M1|f%u|dep|9:11 AM", f));
    g_ptr_array_add(rows, g_strdup_printf("M2|f%u|dep|09:11", f));
    g_ptr_array_add(rows, g_strdup_printf("M3|f%u|dep|9:11aDec 8", f));
  }
  g_ptr_array_add(rows, NULL);
  return run_attribute_rows((const char *const *)rows->pdata, XC_VALUE_TIME);
}

START_TEST(test_sources_writing_shared_values_in_their_own_formats_are_not_copiers)
{
  g_autoptr(XcTruth) t = run_minority("Dec 08 - 9:00am");
  ck_assert_str_eq(xc_truth_find_item(t, "f1", "dep")->value, "09:11");
  ck_assert(!copies(t, "A", "B"));
  ck_assert_uint_eq(xc_truth_get_n_copies(t), 0);
}
END_TEST

START_TEST(test_sources_writing_shared_false_values_the_same_way_are_copiers)
{
  g_autoptr(XcTruth) t = run_minority("9:00  AM ");   /* padding is no difference */
  ck_assert(copies(t, "A", "B"));
  ck_assert_uint_eq(xc_truth_get_n_copies(t), 1);
}
END_TEST

/* T is right everywhere.  X1 and X2 are each wrong on half the items of
 * four attributes (different halves, so T and one of them always make a
 * majority there), and on a fifth, "actual", they agree on another
 * reading than T's and outnumber it. */
START_TEST(test_a_source_accurate_elsewhere_wins_the_attribute_where_it_is_outnumbered)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func(g_free);
  for (guint f = 0; f < 10; f++) {
    for (guint a = 1; a <= 4; a++) {
      g_ptr_array_add(rows, g_strdup_printf("T|f%u|a%u|%u:00", f, a, a));
      g_ptr_array_add(rows, g_strdup_printf("X1|f%u|a%u|%u:%02u", f, a, a, f < 5 ? 0 : 10 + f));
      g_ptr_array_add(rows, g_strdup_printf("X2|f%u|a%u|%u:%02u", f, a, a, f < 5 ? 30 + f : 0));
    }
    g_ptr_array_add(rows, g_strdup_printf("T|f%u|actual|8:00", f));
    g_ptr_array_add(rows, g_strdup_printf("X1|f%u|actual|8:15", f));
    g_ptr_array_add(rows, g_strdup_printf("X2|f%u|actual|08:15", f));
  }
  g_ptr_array_add(rows, NULL);
  g_autoptr(XcTruth) t = run_attribute_rows((const char *const *)rows->pdata, XC_VALUE_TIME);
  for (guint f = 0; f < 10; f++) {
    g_autofree char *item = g_strdup_printf("f%u", f);
    ck_assert_str_eq(xc_truth_find_item(t, item, "actual")->value, "08:00");
    ck_assert_str_eq(xc_truth_find_item(t, item, "a1")->value, "01:00");
  }
  ck_assert_double_gt(xc_truth_find_source(t, "T")->reliability,
                      xc_truth_find_source(t, "X1")->reliability);
}
END_TEST

/* Four stores list the first author only, three the whole list (each in
 * its own notation): the short lists do not contradict the long one, they
 * support it, while it supports them only in part. */
START_TEST(test_a_list_of_the_first_author_alone_supports_the_full_list)
{
  const char *rows[] = {
    "s1|isbn|Eberhart, Russell", "s2|isbn|EBERHART, R.", "s3|isbn|Russell Eberhart",
    "s4|isbn|R. Eberhart",
    "f1|isbn|Eberhart, Russell; Kennedy, James", "f2|isbn|James Kennedy & Russell Eberhart",
    "f3|isbn|KENNEDY, JAMES; EBERHART, RUSSELL",
    NULL,
  };
  g_autoptr(XcTruth) t = run_rows(rows, TRUE, XC_VALUE_LIST);
  const XcTruthItem *it = xc_truth_find_item(t, "isbn", NULL);
  ck_assert_uint_eq(it->values->len, 2);
  ck_assert_str_eq(it->value, "eberhart r; kennedy j");
}
END_TEST

/* The list is decided on family names and initials; how to write it (the
 * order, whole given names) is what most of its sources write. */
START_TEST(test_a_resolved_list_is_written_as_most_of_its_sources_write_it)
{
  const char *rows[] = {
    "s1|isbn|Kennedy, James; Eberhart, Russell C.",
    "s2|isbn|James Kennedy & Russell C. Eberhart",
    "s3|isbn|KENNEDY, JAMES; EBERHART, RUSSELL C.",
    "s4|isbn|Eberhart, R.; Kennedy, J.",
    "s5|isbn|Shi, Yuhui",
    NULL,
  };
  g_autoptr(XcTruth) t = run_rows(rows, TRUE, XC_VALUE_LIST);
  const XcTruthItem *it = xc_truth_find_item(t, "isbn", NULL);
  ck_assert_str_eq(it->value, "eberhart r; kennedy j");
  ck_assert_str_eq(it->names, "kennedy, james; eberhart, russell c");
}
END_TEST

START_TEST(test_items_of_other_types_have_no_names)
{
  const char *rows[] = { "a|x|12", "b|x|12", NULL };
  g_autoptr(XcTruth) t = run_rows(rows, TRUE, XC_VALUE_NUMBER);
  ck_assert_ptr_null(xc_truth_find_item(t, "x", NULL)->names);
}
END_TEST

START_TEST(test_a_later_row_of_a_source_replaces_its_earlier_one)
{
  const char *rows[] = { "a|x|10", "b|x|12", "a|x|12", NULL };
  g_autoptr(XcTruth) t = run_rows(rows, TRUE, XC_VALUE_NUMBER);
  const XcTruthItem *it = xc_truth_find_item(t, "x", NULL);
  ck_assert_str_eq(it->value, "12");
  ck_assert_str_eq(it->status, "agree");
  ck_assert_uint_eq(it->values->len, 1);
  ck_assert_uint_eq(((XcTruthValue *)g_ptr_array_index(it->values, 0))->sources->len, 2);
}
END_TEST

START_TEST(test_a_source_prior_decides_between_two_lone_sources)
{
  const char *rows[] = { "low|x|1", "high|x|2", NULL };
  for (int flip = 0; flip < 2; flip++) {
    g_autoptr(XcTable) tab = xc_table_new();
    for (guint i = 0; rows[i]; i++) {
      g_auto(GStrv) f = g_strsplit(rows[i], "|", 3);
      xc_table_add(tab, f[0], f[1], NULL, f[2], NULL, NULL);
    }
    g_autoptr(XcTruth) t = xc_truth_new();
    xc_truth_set_prior(t, flip ? "low" : "high", 0.95);
    xc_truth_set_prior(t, flip ? "high" : "low", 0.3);
    xc_truth_add_table(t, tab);
    xc_truth_run(t);
    ck_assert_str_eq(xc_truth_find_item(t, "x", NULL)->value, flip ? "1" : "2");
  }
}
END_TEST

START_TEST(test_priors_file_is_read_and_a_bad_line_is_named)
{
  g_autofree char *path = xc_test_fixture("tables/priors.tsv");
  g_autoptr(XcTruth) t = xc_truth_new();
  GError *error = NULL;
  ck_assert_msg(xc_truth_load_priors(t, path, &error), "%s", error ? error->message : "");
  g_autofree char *bad = g_build_filename(g_get_tmp_dir(), "xc-test-priors.txt", NULL);
  ck_assert(g_file_set_contents(bad, "a\t0.5\nb\t1.5\n", -1, NULL));
  ck_assert(!xc_truth_load_priors(t, bad, &error));
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *expect = g_strdup_printf("%s:2:", bad);
  ck_assert_msg(g_str_has_prefix(error->message, expect), "%s", error->message);
  g_error_free(error);
  g_unlink(bad);
}
END_TEST

START_TEST(test_type_specs_are_parsed_and_bad_ones_refused)
{
  g_autoptr(XcTruth) t = xc_truth_new();
  GError *error = NULL;
  ck_assert(xc_truth_parse_type(t, "departure=time", &error));
  ck_assert(xc_truth_parse_type(t, "*=string", &error));
  ck_assert(!xc_truth_parse_type(t, "departure=clock", &error));
  ck_assert_int_eq(error->code, XC_ERROR_USAGE);
  g_clear_error(&error);
  ck_assert(!xc_truth_parse_type(t, "departure", &error));
  g_error_free(error);
}
END_TEST

/* The fixture table: a 100x typo, three notations of one number, and a
 * time in 12- and 24-hour clocks. */
static XcTruth *
run_fixture(void)
{
  g_autofree char *path = xc_test_fixture("tables/casualties.csv");
  g_autoptr(XcTable) tab = xc_table_new();
  ck_assert(xc_table_read_file(tab, path, XC_TABLE_AUTO, NULL));
  XcTruth *t = xc_truth_new();
  xc_truth_set_type(t, "evacuation order", XC_VALUE_TIME);
  xc_truth_add_table(t, tab);
  xc_truth_run(t);
  return t;
}

START_TEST(test_fixture_items_resolve_with_inferred_and_set_types)
{
  g_autoptr(XcTruth) t = run_fixture();
  ck_assert_uint_eq(xc_truth_get_n_items(t), 3);
  const XcTruthItem *homes = xc_truth_find_item(t, "Alder County fire", "homes destroyed");
  ck_assert_int_eq(homes->type, XC_VALUE_NUMBER);
  ck_assert_str_eq(homes->value, "47");
  ck_assert_double_eq(homes->low, 47);
  ck_assert_double_eq(homes->high, 47);
  const XcTruthItem *acres = xc_truth_find_item(t, "Alder County fire", "acres burned");
  ck_assert_str_eq(acres->value, "12500");
  ck_assert_double_eq(acres->low, 12400);
  ck_assert_double_eq(acres->high, 12500);
  ck_assert_uint_eq(((XcTruthValue *)g_ptr_array_index(acres->values, 0))->sources->len, 4);
  const XcTruthItem *evac = xc_truth_find_item(t, "Alder County fire", "evacuation order");
  ck_assert_str_eq(evac->value, "21:30");
  ck_assert_double_eq(evac->number, 21 * 60 + 30);
  ck_assert_uint_eq(xc_truth_get_n_sources(t), 5);
  /* the outlet with the typo and the one with the odd time rank last */
  ck_assert_double_lt(xc_truth_find_source(t, "Valley Tribune")->reliability,
                      xc_truth_find_source(t, "Northstar Wire")->reliability);
  ck_assert_double_lt(xc_truth_find_source(t, "KXRV News")->reliability,
                      xc_truth_find_source(t, "Foothills Daily")->reliability);
}
END_TEST

START_TEST(test_json_gives_names_for_list_items_only)
{
  const char *rows[] = { "s1|isbn|Hoos, Holger H.; St&uuml;tzle, Thomas",
                         "s2|isbn|Holger H. Hoos, Thomas Stutzle", NULL };
  g_autoptr(XcTruth) t = run_rows(rows, TRUE, XC_VALUE_LIST);
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_truth_write(t, "json", out, NULL));
  json_t *root = json_loads(out->str, 0, NULL);
  json_t *item = json_array_get(json_object_get(root, "items"), 0);
  ck_assert_str_eq(json_string_value(json_object_get(item, "names")),
                   "hoos, holger h; stutzle, thomas");
  json_decref(root);
  g_autoptr(XcTruth) fire = run_fixture();
  g_string_truncate(out, 0);
  ck_assert(xc_truth_write(fire, "json", out, NULL));
  root = json_loads(out->str, 0, NULL);
  ck_assert_ptr_null(json_object_get(json_array_get(json_object_get(root, "items"), 0), "names"));
  json_decref(root);
}
END_TEST

START_TEST(test_json_output_follows_the_contract)
{
  g_autoptr(XcTruth) t = run_fixture();
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_truth_write(t, "json", out, NULL));
  json_error_t jerr;
  json_t *root = json_loads(out->str, 0, &jerr);
  ck_assert_msg(root != NULL, "%s", jerr.text);
  ck_assert_int_eq(json_integer_value(json_object_get(root, "schema")), 1);
  json_t *items = json_object_get(root, "items");
  ck_assert_uint_eq(json_array_size(items), 3);
  json_t *homes = json_array_get(items, 0);
  ck_assert_str_eq(json_string_value(json_object_get(homes, "item")), "Alder County fire");
  ck_assert_str_eq(json_string_value(json_object_get(homes, "attribute")), "homes destroyed");
  ck_assert(json_is_integer(json_object_get(homes, "value")));
  ck_assert_int_eq(json_integer_value(json_object_get(homes, "value")), 47);
  ck_assert_int_eq(json_integer_value(json_object_get(homes, "high")), 47);
  ck_assert(json_is_real(json_object_get(homes, "confidence")));
  ck_assert_str_eq(json_string_value(json_object_get(homes, "status")), "disputed");
  json_t *v0 = json_array_get(json_object_get(homes, "values"), 0);
  ck_assert_int_eq(json_integer_value(json_object_get(v0, "value")), 47);
  ck_assert_uint_eq(json_array_size(json_object_get(v0, "sources")), 3);
  json_t *acres = json_array_get(items, 1);
  ck_assert_int_eq(json_integer_value(json_object_get(acres, "low")), 12400);
  json_t *evac = json_array_get(items, 2);
  ck_assert_str_eq(json_string_value(json_object_get(evac, "value")), "21:30");
  ck_assert_str_eq(json_string_value(json_object_get(evac, "low")), "21:30");
  json_t *sources = json_object_get(root, "sources");
  ck_assert_uint_eq(json_array_size(sources), 5);
  json_t *s0 = json_array_get(sources, 0);
  ck_assert(json_is_string(json_object_get(s0, "source")));
  ck_assert(json_is_real(json_object_get(s0, "reliability")));
  ck_assert_int_eq(json_integer_value(json_object_get(s0, "claims")), 3);
  ck_assert(json_is_array(json_object_get(root, "copying")));
  json_decref(root);
  GError *error = NULL;
  ck_assert(!xc_truth_write(t, "yaml", out, &error));
  ck_assert_int_eq(error->code, XC_ERROR_USAGE);
  g_error_free(error);
}
END_TEST

START_TEST(test_cli_reconcile_chronological_reads_the_rows_as_an_edit_history)
{
  g_autofree char *csv = edit_history_csv();
  g_autofree char *plain = NULL, *history = NULL;
  const char *without[] = { "reconcile", "--input-format", "csv", "-", NULL };
  const char *with[] = { "reconcile", "--chronological", "--input-format", "csv", "-", NULL };
  ck_assert_int_eq(xc_test_run_cli(without, csv, &plain, NULL), 0);
  ck_assert_int_eq(xc_test_run_cli(with, csv, &history, NULL), 0);
  ck_assert_msg(strstr(plain, "\ntarget\t-\t8000\t"), "%s", plain);
  ck_assert_msg(strstr(history, "\ntarget\t-\t6000\t"), "%s", history);
}
END_TEST

START_TEST(test_cli_reconcile_prints_items_sources_and_exit_statuses)
{
  g_autofree char *path = xc_test_fixture("tables/casualties.csv");
  g_autofree char *priors = xc_test_fixture("tables/priors.tsv");
  char *out = NULL, *err = NULL;
  const char *args[] = { "reconcile", "--type", "evacuation order=time", "--source-prior",
                         priors, path, NULL };
  ck_assert_int_eq(xc_test_run_cli(args, NULL, &out, &err), 0);
  ck_assert_msg(strstr(out, "Alder County fire\tacres burned\t12500\t12400..12500\t"), "%s", out);
  ck_assert_ptr_nonnull(strstr(out, "evacuation order\t21:30\t"));
  ck_assert_ptr_nonnull(strstr(out, "\nSOURCE\tRELIABILITY\tCLAIMS\nAlder County Herald\t"));
  g_free(out);
  g_free(err);
  const char *bad[] = { "reconcile", "--type", "x=clock", path, NULL };
  ck_assert_int_eq(xc_test_run_cli(bad, NULL, &out, &err), 2);
  ck_assert_ptr_nonnull(strstr(err, "--type 'x=clock'"));
  g_free(out);
  g_free(err);
  const char *in[] = { "reconcile", "--input-format", "csv", "-", NULL };
  ck_assert_int_eq(xc_test_run_cli(in, "source,item,value\na,b,\"1\n", &out, &err), 3);
  ck_assert_msg(strstr(err, "stdin:2: a quoted field is never closed"), "%s", err);
  g_free(out);
  g_free(err);
}
END_TEST

/* Rows whose source names carry the markup of each output format. */
static char *
write_hostile(const char *format)
{
  static const char *const rows[][3] = {
    { "<script>alert(1)</script>", "homes", "47" },
    { "A *B* | C", "homes", "47" },
    { "=HYPERLINK(\"x\")", "homes", "120" },
  };
  g_autoptr(XcTable) table = xc_table_new();
  for (guint i = 0; i < G_N_ELEMENTS(rows); i++)
    xc_table_add(table, rows[i][0], rows[i][1], NULL, rows[i][2], NULL, NULL);
  g_autoptr(XcTruth) t = xc_truth_new();
  xc_truth_set_copy_detection(t, FALSE);
  xc_truth_add_table(t, table);
  xc_truth_run(t);
  GString *out = g_string_new(NULL);
  ck_assert(xc_truth_write(t, format, out, NULL));
  return g_string_free(out, FALSE);
}

START_TEST(test_reconcile_markdown_has_a_row_an_item_with_source_markup_escaped)
{
  g_autofree char *md = write_hostile("md");
  ck_assert_msg(strstr(md, "| homes |  | 47 |  | ") != NULL, "%s", md);
  ck_assert_ptr_nonnull(strstr(md, "| 2 of 3 | 120 (1) |"));
  /* a pipe from a source cannot split a cell, nor emphasis or HTML render */
  ck_assert_ptr_nonnull(strstr(md, "| A \\*B\\* \\| C | "));
  ck_assert_ptr_nonnull(strstr(md, "| \\<script\\>alert(1)\\</script\\> | "));
}
END_TEST

START_TEST(test_reconcile_csv_has_a_row_an_item_and_value_and_defuses_formulas)
{
  g_autofree char *csv = write_hostile("csv");
  g_auto(GStrv) rows = g_strsplit(csv, "\r\n", -1);
  ck_assert_str_eq(rows[0], "item,attribute,type,value,low,high,confidence,status,"
                            "candidate,probability,sources,chosen");
  ck_assert_msg(g_str_has_prefix(rows[1], "homes,,number,47,47,47,"), "%s", rows[1]);
  ck_assert(g_str_has_suffix(rows[1], ",yes"));
  ck_assert_ptr_nonnull(strstr(rows[1], ",47,"));
  /* the formula-like source name starts with an apostrophe, inside quotes */
  ck_assert_msg(strstr(rows[2], ",120,") && strstr(rows[2], ",\"'=HYPERLINK(\"\"x\"\")\",no"),
                "%s", rows[2]);
  ck_assert_str_eq(rows[3], "");
}
END_TEST

START_TEST(test_reconcile_html_escapes_every_string_from_a_table)
{
  g_autofree char *html = write_hostile("html");
  ck_assert(g_str_has_prefix(html, "<!DOCTYPE html>"));
  ck_assert_ptr_nonnull(strstr(html, "script-src 'none'"));
  ck_assert_ptr_null(strstr(html, "<script>"));
  ck_assert_ptr_nonnull(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  ck_assert_ptr_nonnull(strstr(html, "=HYPERLINK(&quot;x&quot;)"));
  /* no style attribute: the policy allows the one style block only */
  ck_assert_ptr_null(strstr(html, "style=\""));
}
END_TEST

START_TEST(test_reconcile_text_keeps_its_columns_whatever_a_source_name_holds)
{
  g_autoptr(XcTable) table = xc_table_new();
  xc_table_add(table, "Evil\tCo\x1b[31m", "homes", NULL, "47", NULL, NULL);
  xc_table_add(table, "Good Co", "homes", NULL, "47", NULL, NULL);
  g_autoptr(XcTruth) t = xc_truth_new();
  xc_truth_add_table(t, table);
  xc_truth_run(t);
  g_autoptr(GString) out = g_string_new(NULL);
  ck_assert(xc_truth_write(t, "text", out, NULL));
  /* the tab and the escape became spaces: three columns, no ESC byte */
  ck_assert_ptr_null(strchr(out->str, '\x1b'));
  ck_assert_msg(strstr(out->str, "\nEvil Co [31m\t") != NULL, "%s", out->str);
  ck_assert_ptr_nonnull(strstr(out->str, "homes\t-\t47\t-\t"));
}
END_TEST

START_TEST(test_cli_reconcile_writes_each_report_format_and_refuses_others)
{
  g_autofree char *path = xc_test_fixture("tables/casualties.csv");
  const char *const formats[] = { "md", "csv", "html", NULL };
  const char *const starts[] = { "# Reconciled values\n", "item,attribute,", "<!DOCTYPE html>" };
  for (guint i = 0; formats[i]; i++) {
    char *out = NULL, *err = NULL;
    const char *args[] = { "reconcile", "-f", formats[i], path, NULL };
    ck_assert_int_eq(xc_test_run_cli(args, NULL, &out, &err), 0);
    ck_assert_msg(g_str_has_prefix(out, starts[i]), "%s: %s", formats[i], out);
    ck_assert_ptr_nonnull(strstr(out, "acres burned"));
    g_free(out);
    g_free(err);
  }
  char *out = NULL, *err = NULL;
  const char *bad[] = { "reconcile", "-f", "yaml", path, NULL };
  ck_assert_int_eq(xc_test_run_cli(bad, NULL, &out, &err), 2);
  ck_assert_ptr_nonnull(strstr(err, "unknown format 'yaml' for reconcile (use text, json, md, csv or html)"));
  g_free(out);
  g_free(err);
}
END_TEST

/* Reads @texts (NULL-terminated) as documents of @outlets, all published
 * on one day, into a reconciled claim set; the documents go to @docs,
 * which must outlive the set. */
static XcClaimSet *
claims_of(const char *const *texts, const char *const *outlets, GPtrArray *docs)
{
  XcClaimSet *set = xc_claim_set_new();
  for (guint i = 0; texts[i]; i++) {
    g_autofree char *id = g_strdup_printf("d%u", i + 1);
    XcDocument *d = xc_document_new_from_text(id, id, texts[i], -1, FALSE, NULL);
    ck_assert_ptr_nonnull(d);
    d->published = xc_date_from_ymd(2025, 6, 10);
    d->outlet = outlets ? g_strdup(outlets[i]) : NULL;
    g_ptr_array_add(docs, d);
    g_autoptr(GPtrArray) m = xc_extract_document(d, 0);
    xc_claim_set_add_document(set, m);
  }
  xc_reconcile_claims(set);
  return set;
}

/* Reconciled claims from texts whose outlets are set by hand. */
START_TEST(test_an_outlet_that_keeps_contradicting_the_consensus_loses_weight)
{
  const char *texts[] = {
    "Officials said 47 homes were destroyed. The fire burned 12,500 acres.",
    "The county confirmed 47 homes destroyed by the fire. It burned 12,500 acres.",
    "Residents said 47 homes were destroyed. About 12,500 acres burned.",
    "A supervisor said 120 homes were destroyed. The fire burned 30,000 acres.",
    NULL,
  };
  const char *outlets[] = { "Wire", "Herald", "Tribune", "Gazette" };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = claims_of(texts, outlets, docs);
  g_autoptr(GArray) agreement = g_array_new(FALSE, FALSE, sizeof(double));
  for (guint c = 0; c < xc_claim_set_get_n_claims(set); c++)
    g_array_append_val(agreement, xc_claim_set_get_claim(set, c)->agreement);
  ck_assert_uint_eq(xc_claim_set_get_n_outlets(set), 0);
  xc_truth_weigh_claims(set);
  /* two contradictions out of two: (0 + 1.6) / (2 + 2) = 0.4, half of 0.8 */
  ck_assert_uint_eq(xc_claim_set_get_n_outlets(set), 4);
  const XcOutlet *last = xc_claim_set_get_outlet(set, 3);
  ck_assert_str_eq(last->outlet, "Gazette");
  ck_assert_double_eq_tol(last->statements, 2, 1e-12);
  ck_assert_double_eq_tol(last->inside, 0, 1e-12);
  ck_assert_double_eq_tol(last->reliability, 0.4, 1e-12);
  ck_assert_double_eq_tol(last->weight, 0.5, 1e-12);
  ck_assert_double_eq_tol(xc_claim_set_get_outlet(set, 0)->weight, 1, 1e-12);
  guint gazette = 0;
  for (guint c = 0; c < xc_claim_set_get_n_claims(set); c++) {
    XcClaim *claim = xc_claim_set_get_claim(set, c);
    for (guint i = 0; i < claim->statements->len; i++) {
      const XcStatement *st = g_ptr_array_index(claim->statements, i);
      gboolean is_gazette = g_str_equal(st->mention->doc->outlet, "Gazette");
      ck_assert_double_eq_tol(st->outlet_weight, is_gazette ? 0.5 : 1, 1e-12);
      gazette += is_gazette;
    }
    /* reconciled again: 3 of 3.5 of the weight inside, still disputed */
    if (claim->n_independent >= 2) {
      ck_assert_double_eq_tol(claim->agreement, 3 / 3.5, 1e-9);
      ck_assert_double_gt(claim->agreement, g_array_index(agreement, double, c));
      ck_assert_int_eq(claim->status, XC_STATUS_DISPUTED);
      ck_assert_uint_eq(claim->contradictions->len, 1);
    }
  }
  ck_assert_uint_eq(gazette, 2);
}
END_TEST

/* Wire and Gazette alone disagree on the injured firefighters: no
 * majority.  Gazette also contradicts the other three outlets on homes and
 * acres, so once it loses weight the Wire's figure holds most of it, and
 * the claim, reconciled again, is disputed with its consensus at 35. */
START_TEST(test_a_claim_is_reconciled_again_once_an_outlet_loses_weight)
{
  const char *texts[] = {
    "Officials said 47 homes were destroyed. The fire burned 12,500 acres. "
    "The fire injured 35 firefighters.",
    "The county confirmed 47 homes destroyed by the fire. It burned 12,500 acres.",
    "Residents said 47 homes were destroyed. About 12,500 acres burned.",
    "A supervisor said 120 homes were destroyed. The fire burned 30,000 acres. "
    "The fire injured 90 firefighters.",
    NULL,
  };
  const char *outlets[] = { "Wire", "Herald", "Tribune", "Gazette" };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = claims_of(texts, outlets, docs);
  const XcClaim *injured = NULL;
  for (guint c = 0; c < xc_claim_set_get_n_claims(set); c++)
    if (strstr(xc_claim_set_get_claim(set, c)->label, "firefighters"))
      injured = xc_claim_set_get_claim(set, c);
  ck_assert_ptr_nonnull(injured);
  ck_assert_uint_eq(injured->statements->len, 2);
  ck_assert_int_eq(injured->status, XC_STATUS_CONTRADICTION);
  xc_truth_weigh_claims(set);
  ck_assert_int_eq(injured->status, XC_STATUS_DISPUTED);
  ck_assert_double_eq_tol(injured->agreement, 1 / 1.5, 1e-9);
  ck_assert_double_eq(injured->consensus_low, 35);
  ck_assert_double_eq(injured->consensus_high, 35);
  ck_assert_uint_eq(injured->contradictions->len, 1);
}
END_TEST

/* Two outlets that disagree, and nobody else: there is no consensus for
 * either to contradict, so neither loses weight. */
START_TEST(test_a_contradiction_without_a_majority_costs_no_outlet_weight)
{
  const char *texts[] = {
    "Officials said 47 homes were destroyed.",
    "A supervisor said 120 homes were destroyed.",
    NULL,
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  g_autoptr(XcClaimSet) set = claims_of(texts, NULL, docs);
  ck_assert_int_eq(xc_claim_set_get_claim(set, 0)->status, XC_STATUS_CONTRADICTION);
  xc_truth_weigh_claims(set);
  ck_assert_uint_eq(xc_claim_set_get_n_outlets(set), 0);
  const XcClaim *claim = xc_claim_set_get_claim(set, 0);
  ck_assert_int_eq(claim->status, XC_STATUS_CONTRADICTION);
  for (guint i = 0; i < claim->statements->len; i++)
    ck_assert_double_eq(((XcStatement *)g_ptr_array_index(claim->statements, i))->outlet_weight, 1);
}
END_TEST

Suite *
xc_truth_suite(void)
{
  Suite *s = suite_create("truth");
  TCase *tc = tcase_create("iteration");
  tcase_add_test(tc, test_a_100x_typo_does_not_drag_the_numeric_consensus);
  tcase_add_test(tc, test_an_empty_table_gives_no_items_and_no_sources);
  tcase_add_test(tc, test_an_item_with_only_unreadable_values_resolves_to_nothing);
  tcase_add_test(tc, test_the_fuzz_input_with_an_unreadable_item_runs_to_the_end);
  tcase_add_test(tc, test_two_copiers_outvote_a_reliable_source_without_copy_detection);
  tcase_add_test(tc, test_a_reliable_source_outvoted_by_two_copiers_wins_once_copying_is_detected);
  tcase_add_test(tc, test_sources_writing_shared_values_in_their_own_formats_are_not_copiers);
  tcase_add_test(tc, test_sources_writing_shared_false_values_the_same_way_are_copiers);
  tcase_add_test(tc, test_a_source_accurate_elsewhere_wins_the_attribute_where_it_is_outnumbered);
  tcase_add_test(tc, test_a_list_of_the_first_author_alone_supports_the_full_list);
  tcase_add_test(tc, test_a_resolved_list_is_written_as_most_of_its_sources_write_it);
  tcase_add_test(tc, test_items_of_other_types_have_no_names);
  tcase_add_test(tc, test_json_gives_names_for_list_items_only);
  tcase_add_test(tc, test_a_later_row_of_a_source_replaces_its_earlier_one);
  tcase_add_test(tc, test_a_bot_repeating_the_record_outvotes_an_editor_in_a_table_without_order);
  tcase_add_test(tc, test_in_an_edit_history_a_bot_repeating_the_record_counts_little);
  tcase_add_test(tc, test_a_source_prior_decides_between_two_lone_sources);
  suite_add_tcase(s, tc);
  tc = tcase_create("options");
  tcase_add_test(tc, test_priors_file_is_read_and_a_bad_line_is_named);
  tcase_add_test(tc, test_type_specs_are_parsed_and_bad_ones_refused);
  suite_add_tcase(s, tc);
  tc = tcase_create("output");
  tcase_add_test(tc, test_fixture_items_resolve_with_inferred_and_set_types);
  tcase_add_test(tc, test_json_output_follows_the_contract);
  tcase_add_test(tc, test_cli_reconcile_prints_items_sources_and_exit_statuses);
  tcase_add_test(tc, test_cli_reconcile_chronological_reads_the_rows_as_an_edit_history);
  tcase_add_test(tc, test_reconcile_markdown_has_a_row_an_item_with_source_markup_escaped);
  tcase_add_test(tc, test_reconcile_csv_has_a_row_an_item_and_value_and_defuses_formulas);
  tcase_add_test(tc, test_reconcile_html_escapes_every_string_from_a_table);
  tcase_add_test(tc, test_reconcile_text_keeps_its_columns_whatever_a_source_name_holds);
  tcase_add_test(tc, test_cli_reconcile_writes_each_report_format_and_refuses_others);
  suite_add_tcase(s, tc);
  tc = tcase_create("outlets");
  tcase_add_test(tc, test_an_outlet_that_keeps_contradicting_the_consensus_loses_weight);
  tcase_add_test(tc, test_a_contradiction_without_a_majority_costs_no_outlet_weight);
  tcase_add_test(tc, test_a_claim_is_reconciled_again_once_an_outlet_loses_weight);
  suite_add_tcase(s, tc);
  return s;
}
