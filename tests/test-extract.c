/* test-extract.c: finding figures in text.  One TCase per behaviour area:
 * how numbers are read, money, qualifiers and the intervals they give,
 * ranges, percentages, measures, dates, times/years/ordinals, names and
 * addresses that hold digits, the context flags, the counted noun phrase
 * and precision, robustness on hostile input, the small public helpers,
 * and a table of news-style phrases (fixtures/extract/phrases.tsv).
 *
 * Documents are dated 2024-11-02 (a Saturday, seed 002's dateline) unless
 * a test says otherwise. */
#include "xc-test.h"

#include <math.h>
#include <string.h>

/* ---- helpers ---- */

typedef struct {
  XcDocument *doc;
  GPtrArray *mentions;
} Extracted;

static void
extracted_free(Extracted *x)
{
  if (!x)
    return;
  g_ptr_array_unref(x->mentions);
  xc_document_free(x->doc);
  g_free(x);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(Extracted, extracted_free)

static guint32
nov2(void)
{
  return xc_date_from_ymd(2024, 11, 2);
}

static Extracted *
extract_from(XcDocument *doc, guint32 fallback_day)
{
  Extracted *x = g_new0(Extracted, 1);
  x->doc = doc;
  x->mentions = xc_extract_document(doc, fallback_day);
  ck_assert_ptr_nonnull(x->mentions);
  return x;
}

/* @text in a document published on @day (0: undated), no header. */
static Extracted *
extract_dated(const char *text, guint32 day)
{
  return extract_from(xc_test_doc_dated(text, day), 0);
}

static Extracted *
extract(const char *text)
{
  return extract_dated(text, nov2());
}

static Extracted *
extract_fixture(const char *relative)
{
  return extract_from(xc_test_load(relative), 0);
}

static char *
words_of(const XcMention *m)
{
  return g_strndup(m->doc->text + m->start, m->end - m->start);
}

static char *
list_mentions(const Extracted *x)
{
  GString *s = g_string_new(NULL);
  for (guint i = 0; i < x->mentions->len; i++) {
    g_autofree char *w = words_of(g_ptr_array_index(x->mentions, i));
    g_string_append_printf(s, "[%s] ", w);
  }
  return g_string_free(s, FALSE);
}

/* The first mention whose words are exactly @words, or NULL. */
static const XcMention *
find_exact(const Extracted *x, const char *words)
{
  for (guint i = 0; i < x->mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(x->mentions, i);
    g_autofree char *w = words_of(m);
    if (g_str_equal(w, words))
      return m;
  }
  return NULL;
}

/* As find_exact(), failing the test when there is none. */
static const XcMention *
get(const Extracted *x, const char *words)
{
  const XcMention *m = find_exact(x, words);
  if (!m) {
    g_autofree char *all = list_mentions(x);
    ck_abort_msg("no mention \"%s\"; found: %s", words, all);
  }
  return m;
}

/* The only mention, failing unless there is exactly one. */
static const XcMention *
only(const Extracted *x)
{
  if (x->mentions->len != 1) {
    g_autofree char *all = list_mentions(x);
    ck_abort_msg("expected one mention, found %u: %s", x->mentions->len, all);
  }
  return g_ptr_array_index(x->mentions, 0);
}

static guint
count_kind(const Extracted *x, XcKind kind)
{
  guint n = 0;
  for (guint i = 0; i < x->mentions->len; i++)
    if (((const XcMention *)g_ptr_array_index(x->mentions, i))->kind == kind)
      n++;
  return n;
}

/* The mention of @x that contains byte offset @offset, or NULL. */
static const XcMention *
mention_at(const Extracted *x, gsize offset)
{
  for (guint i = 0; i < x->mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(x->mentions, i);
    if (m->start <= offset && offset < m->end)
      return m;
  }
  return NULL;
}

static void
assert_interval(const XcMention *m, double low, double high)
{
  if (isinf(low))
    ck_assert_double_eq(m->low, low);
  else
    ck_assert_double_eq_tol(m->low, low, 1e-6);
  if (isinf(high))
    ck_assert_double_eq(m->high, high);
  else
    ck_assert_double_eq_tol(m->high, high, 1e-6);
}

static void
assert_days(const XcMention *m, const char *first, const char *last)
{
  char lo[XC_DATE_ISO_LEN], hi[XC_DATE_ISO_LEN];
  ck_assert_int_eq(m->kind, XC_KIND_DATE);
  xc_date_to_iso((guint32)m->low, lo);
  xc_date_to_iso((guint32)m->high, hi);
  ck_assert_str_eq(lo, first);
  ck_assert_str_eq(hi, last);
}

static void
assert_count(const XcMention *m, double value)
{
  ck_assert_int_eq(m->kind, XC_KIND_COUNT);
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_EXACT);
  ck_assert_uint_eq(m->n_stated, 1);
  ck_assert_double_eq_tol(m->stated[0], value, 1e-9);
  assert_interval(m, value, value);
}

/* ---- numbers ---- */

START_TEST(test_comma_separated_10000_reads_10000)
{
  g_autoptr(Extracted) x = extract("The ministry said 10,000 troops had arrived.");
  assert_count(get(x, "10,000"), 10000);
}
END_TEST

START_TEST(test_two_comma_groups_read_1250000)
{
  g_autoptr(Extracted) x = extract("The company employs 1,250,000 people.");
  assert_count(get(x, "1,250,000"), 1250000);
}
END_TEST

START_TEST(test_no_break_space_groups_45_000)
{
  g_autoptr(Extracted) x = extract("Crews are fighting 45\xC2\xA0" "000 fires.");
  assert_count(get(x, "45\xC2\xA0" "000"), 45000);
}
END_TEST

START_TEST(test_narrow_no_break_space_groups_45_000)
{
  g_autoptr(Extracted) x = extract("Crews are fighting 45\xE2\x80\xAF" "000 fires.");
  assert_count(get(x, "45\xE2\x80\xAF" "000"), 45000);
}
END_TEST

START_TEST(test_plain_space_groups_10_000)
{
  g_autoptr(Extracted) x = extract("Some said 10 000 people marched.");
  assert_count(get(x, "10 000"), 10000);
}
END_TEST

START_TEST(test_year_then_count_with_a_space_stay_two_figures)
{
  g_autoptr(Extracted) x = extract("In 2024 100 people died.");
  ck_assert_uint_eq(x->mentions->len, 2);
  ck_assert_int_eq(get(x, "2024")->kind, XC_KIND_YEAR);
  assert_count(get(x, "100"), 100);
}
END_TEST

START_TEST(test_decimal_104_7_reads_with_precision_one_tenth)
{
  g_autoptr(Extracted) x = extract("The index rose to 104.7 points.");
  const XcMention *m = get(x, "104.7");
  assert_count(m, 104.7);
  ck_assert_double_eq_tol(m->precision, 0.1, 1e-12);
}
END_TEST

START_TEST(test_word_six_reads_6)
{
  g_autoptr(Extracted) x = extract("The strike killed six North Korean advisers.");
  assert_count(get(x, "six"), 6);
}
END_TEST

START_TEST(test_hyphenated_thirty_four_reads_34)
{
  g_autoptr(Extracted) x = extract("Thirty-four people were injured.");
  assert_count(get(x, "Thirty-four"), 34);
}
END_TEST

START_TEST(test_three_hundred_and_twelve_reads_312)
{
  g_autoptr(Extracted) x = extract("The unit has three hundred and twelve soldiers.");
  assert_count(get(x, "three hundred and twelve"), 312);
}
END_TEST

START_TEST(test_half_a_dozen_reads_6)
{
  g_autoptr(Extracted) x = extract("Half a dozen journalists were detained.");
  assert_count(get(x, "Half a dozen"), 6);
}
END_TEST

START_TEST(test_two_dozen_reads_24)
{
  g_autoptr(Extracted) x = extract("Two dozen houses were destroyed.");
  assert_count(get(x, "Two dozen"), 24);
}
END_TEST

START_TEST(test_forty_thousand_reads_40000)
{
  g_autoptr(Extracted) x = extract("Forty thousand soldiers crossed the river.");
  const XcMention *m = get(x, "Forty thousand");
  assert_count(m, 40000);
  ck_assert_double_eq(m->precision, 1000);
}
END_TEST

START_TEST(test_five_twenty_is_two_numbers_not_one)
{
  g_autoptr(Extracted) x = extract("They saw five twenty times.");
  assert_count(get(x, "five"), 5);
  assert_count(get(x, "twenty"), 20);
}
END_TEST

START_TEST(test_one_as_a_pronoun_is_no_figure)
{
  g_autoptr(Extracted) x = extract("One of them was hurt.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_at_least_one_is_a_count)
{
  /* fixtures/ecbplus/37-ecbplus.jsonl, 37_14ecbplus */
  g_autoptr(Extracted) x = extract("A strong earthquake struck Indonesia's Aceh province on "
                                   "Tuesday, killing at least one person and leaving two others "
                                   "missing.");
  const XcMention *m = get(x, "at least one");
  ck_assert_int_eq(m->kind, XC_KIND_COUNT);
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_AT_LEAST);
  ck_assert_str_eq(m->counted, "person");
}
END_TEST

START_TEST(test_dozens_as_the_object_of_a_verb_is_a_vague_count)
{
  /* fixtures/ecbplus/37-ecbplus.jsonl, 37_1ecbplus and 37_9ecbplus */
  g_autoptr(Extracted) x = extract("A powerful earthquake flattened buildings and sparked "
                                   "landslides Tuesday, killing at least five people and "
                                   "injuring dozens in a region devastated by the tsunami.");
  const XcMention *m = get(x, "dozens");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_VAGUE);
  assert_interval(m, 24, 99);
  g_autoptr(Extracted) y = extract("The earthquake killed at least one person, injured dozens "
                                   "and destroyed buildings.");
  ck_assert_int_eq(get(y, "dozens")->qualifier, XC_QUALIFIER_VAGUE);
}
END_TEST

START_TEST(test_dozens_as_the_subject_of_a_clause_is_a_vague_count)
{
  /* fixtures/ecbplus/37-ecbplus.jsonl, 37_7ecbplus and 37_10ecbplus */
  g_autoptr(Extracted) x = extract("Dozens have been reported injured.");
  assert_interval(get(x, "Dozens"), 24, 99);
  g_autoptr(Extracted) y = extract("The strong 6.1-magnitude quake left hundreds more injured "
                                   "as it rocked a region.");
  assert_interval(get(y, "hundreds"), 200, 999);
}
END_TEST

START_TEST(test_a_bare_plural_no_clause_counts_with_is_no_figure)
{
  g_autoptr(Extracted) x = extract("They came in their thousands, and thousands said so.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_thousands_of_troops_counts_the_troops)
{
  /* fixtures/nk-troops/001_e5d0ce18f75aa787.txt */
  g_autoptr(Extracted) x = extract("Zelenskyy accused the West of a muted response to the "
                                   "deployment of thousands of North Korean troops.");
  ck_assert_str_eq(get(x, "thousands")->counted, "North Korean troops");
}
END_TEST

START_TEST(test_3_7_million_reads_3700000)
{
  g_autoptr(Extracted) x = extract("The city has 3.7 million residents.");
  const XcMention *m = get(x, "3.7 million");
  assert_count(m, 3700000);
  ck_assert_double_eq_tol(m->precision, 100000, 1e-6);
}
END_TEST

START_TEST(test_4k_reads_4000)
{
  g_autoptr(Extracted) x = extract("The factory produced 4k drones.");
  assert_count(get(x, "4k"), 4000);
}
END_TEST

START_TEST(test_2_4bn_reads_2400000000)
{
  g_autoptr(Extracted) x = extract("The budget grew to 2.4bn this year.");
  assert_count(get(x, "2.4bn"), 2.4e9);
}
END_TEST

START_TEST(test_8_5_thousand_reads_8500)
{
  g_autoptr(Extracted) x = extract("The country has 8.5 thousand doctors.");
  assert_count(get(x, "8.5 thousand"), 8500);
}
END_TEST

/* ---- money ---- */

START_TEST(test_dollar_2_4_billion_is_usd_money)
{
  g_autoptr(Extracted) x = extract("The aid package is worth $2.4 billion.");
  const XcMention *m = get(x, "$2.4 billion");
  ck_assert_int_eq(m->kind, XC_KIND_MONEY);
  ck_assert_str_eq(m->unit, "USD");
  assert_interval(m, 2.4e9, 2.4e9);
  ck_assert_double_eq_tol(m->precision, 1e8, 1e-3);
}
END_TEST

START_TEST(test_euro_7_million_is_eur_money)
{
  g_autoptr(Extracted) x = extract("The EU pledged \xE2\x82\xAC" "7 million in aid.");
  const XcMention *m = get(x, "\xE2\x82\xAC" "7 million");
  ck_assert_int_eq(m->kind, XC_KIND_MONEY);
  ck_assert_str_eq(m->unit, "EUR");
  assert_interval(m, 7e6, 7e6);
}
END_TEST

START_TEST(test_pound_40m_is_gbp_40_million)
{
  g_autoptr(Extracted) x = extract("The club paid \xC2\xA3" "40m for the striker.");
  const XcMention *m = get(x, "\xC2\xA3" "40m");
  ck_assert_int_eq(m->kind, XC_KIND_MONEY);
  ck_assert_str_eq(m->unit, "GBP");
  assert_interval(m, 4e7, 4e7);
}
END_TEST

START_TEST(test_us_dollar_prefix_is_usd)
{
  g_autoptr(Extracted) x = extract("The contract is worth US$5 million.");
  const XcMention *m = get(x, "US$5 million");
  ck_assert_int_eq(m->kind, XC_KIND_MONEY);
  ck_assert_str_eq(m->unit, "USD");
  assert_interval(m, 5e6, 5e6);
}
END_TEST

START_TEST(test_currency_word_after_the_number_is_money)
{
  g_autoptr(Extracted) x = extract("Losses reached 50 million euros.");
  const XcMention *m = get(x, "50 million euros");
  ck_assert_int_eq(m->kind, XC_KIND_MONEY);
  ck_assert_str_eq(m->unit, "EUR");
  assert_interval(m, 5e7, 5e7);
}
END_TEST

START_TEST(test_hryvnia_sign_is_uah)
{
  g_autoptr(Extracted) x = extract("The bill was \xE2\x82\xB4" "500 per household.");
  const XcMention *m = get(x, "\xE2\x82\xB4" "500");
  ck_assert_int_eq(m->kind, XC_KIND_MONEY);
  ck_assert_str_eq(m->unit, "UAH");
}
END_TEST

START_TEST(test_money_range_10_12_million_shares_the_multiplier)
{
  g_autoptr(Extracted) x = extract("The bill will cost $10-12 million.");
  const XcMention *m = get(x, "$10-12 million");
  ck_assert_int_eq(m->kind, XC_KIND_MONEY);
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  ck_assert_uint_eq(m->n_stated, 2);
  ck_assert_double_eq(m->stated[0], 1e7);
  ck_assert_double_eq(m->stated[1], 1.2e7);
  assert_interval(m, 1e7, 1.2e7);
}
END_TEST

START_TEST(test_money_between_1_and_2_million_is_a_range)
{
  g_autoptr(Extracted) x = extract("It will cost between $1 million and $2 million.");
  const XcMention *m = get(x, "between $1 million and $2 million");
  ck_assert_int_eq(m->kind, XC_KIND_MONEY);
  assert_interval(m, 1e6, 2e6);
}
END_TEST

START_TEST(test_money_has_no_counted_noun)
{
  g_autoptr(Extracted) x = extract("Britain allocates $1 billion to strengthen the economy.");
  const XcMention *m = get(x, "$1 billion");
  ck_assert_ptr_null(m->counted);
  ck_assert_uint_eq(m->counted_start, m->counted_end);
}
END_TEST

/* ---- qualifiers ---- */

START_TEST(test_about_200_allows_a_tenth_either_way)
{
  g_autoptr(Extracted) x = extract("Officials said about 200 people gathered.");
  const XcMention *m = get(x, "about 200");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_ABOUT);
  ck_assert_double_eq(m->stated[0], 200);
  assert_interval(m, 180, 220);
}
END_TEST

typedef struct {
  const char *text;
  const char *words;
  XcQualifier q;
  double low, high;
} QualCase;

static const QualCase qual_cases[] = {
  { "Around 5,000 people fled.", "Around 5,000", XC_QUALIFIER_ABOUT, 4500, 5500 },
  { "Roughly 300 homes were damaged.", "Roughly 300", XC_QUALIFIER_ABOUT, 270, 330 },
  { "Approximately 1,200 workers left.", "Approximately 1,200", XC_QUALIFIER_ABOUT, 1080, 1320 },
  { "An estimated 4,000 people fled.", "An estimated 4,000", XC_QUALIFIER_ABOUT, 3600, 4400 },
  { "Almost 900 flights were cancelled.", "Almost 900", XC_QUALIFIER_NEARLY, 810, 900 },
  { "Just under 700 people voted.", "Just under 700", XC_QUALIFIER_NEARLY, 630, 700 },
  { "Close to 90 patients were moved.", "Close to 90", XC_QUALIFIER_NEARLY, 81, 90 },
  { "Over 3,000 soldiers were hurt.", "Over 3,000", XC_QUALIFIER_MORE_THAN, 3000, INFINITY },
  { "Upwards of 1,000 people marched.", "Upwards of 1,000", XC_QUALIFIER_MORE_THAN, 1000, INFINITY },
  { "No fewer than 30 people were hurt.", "No fewer than 30", XC_QUALIFIER_AT_LEAST, 30, INFINITY },
  { "As many as 400 people died.", "As many as 400", XC_QUALIFIER_UP_TO, -INFINITY, 400 },
  { "No more than 12 boats were seen.", "No more than 12", XC_QUALIFIER_UP_TO, -INFINITY, 12 },
  { "Fewer than 100 people attended.", "Fewer than 100", XC_QUALIFIER_LESS_THAN, -INFINITY, 100 },
  { "They counted 500 or so protesters.", "500 or so", XC_QUALIFIER_ABOUT, 450, 550 },
  { "The army sent 10,000 or more troops.", "10,000 or more", XC_QUALIFIER_AT_LEAST, 10000, INFINITY },
  { "They face a 10,000-plus force.", "10,000-plus", XC_QUALIFIER_AT_LEAST, 10000, INFINITY },
};

START_TEST(test_qualifier_words_give_their_interval)
{
  const QualCase *c = &qual_cases[_i];
  g_autoptr(Extracted) x = extract(c->text);
  const XcMention *m = get(x, c->words);
  ck_assert_int_eq(m->qualifier, c->q);
  assert_interval(m, c->low, c->high);
}
END_TEST

START_TEST(test_some_18_is_about_18)
{
  g_autoptr(Extracted) x = extract("Some 18 North Korean soldiers deserted.");
  const XcMention *m = get(x, "Some 18");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_ABOUT);
  assert_interval(m, 16.2, 19.8);
}
END_TEST

START_TEST(test_nearly_50_is_from_45_to_50)
{
  g_autoptr(Extracted) x = extract("The blaze has destroyed nearly 50 homes.");
  const XcMention *m = get(x, "nearly 50");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_NEARLY);
  assert_interval(m, 45, 50);
}
END_TEST

START_TEST(test_more_than_7000_is_open_above)
{
  g_autoptr(Extracted) x = extract("Russia deployed more than 7,000 soldiers.");
  const XcMention *m = get(x, "more than 7,000");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_MORE_THAN);
  ck_assert_double_eq(m->stated[0], 7000);
  assert_interval(m, 7000, INFINITY);
}
END_TEST

START_TEST(test_at_least_28_is_open_above)
{
  g_autoptr(Extracted) x = extract("Russia used at least 28 military transport aircraft.");
  const XcMention *m = get(x, "at least 28");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_AT_LEAST);
  assert_interval(m, 28, INFINITY);
}
END_TEST

START_TEST(test_up_to_10000_is_open_below)
{
  g_autoptr(Extracted) x = extract("North Korea plans to send up to 10,000 people.");
  const XcMention *m = get(x, "up to 10,000");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_UP_TO);
  assert_interval(m, -INFINITY, 10000);
}
END_TEST

START_TEST(test_qualifier_in_the_previous_sentence_does_not_apply)
{
  g_autoptr(Extracted) x = extract("The war was not over. 200 people came back.");
  assert_count(get(x, "200"), 200);
}
END_TEST

START_TEST(test_about_on_a_range_widens_both_ends)
{
  g_autoptr(Extracted) x = extract("Recruitment has dropped to about 18-20,000.");
  const XcMention *m = get(x, "about 18-20,000");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_ABOUT);
  ck_assert_uint_eq(m->n_stated, 2);
  assert_interval(m, 16200, 22000);
}
END_TEST

/* ---- ranges ---- */

START_TEST(test_range_10000_12000_reads_both_ends)
{
  g_autoptr(Extracted) x = extract("The Pentagon counted 10,000-12,000 troops.");
  const XcMention *m = get(x, "10,000-12,000");
  ck_assert_int_eq(m->kind, XC_KIND_COUNT);
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  ck_assert_uint_eq(m->n_stated, 2);
  ck_assert_double_eq(m->stated[0], 10000);
  ck_assert_double_eq(m->stated[1], 12000);
  assert_interval(m, 10000, 12000);
}
END_TEST

START_TEST(test_range_with_en_dash_reads_both_ends)
{
  g_autoptr(Extracted) x = extract("The Pentagon counted 10,000\xE2\x80\x93" "12,000 troops.");
  const XcMention *m = get(x, "10,000\xE2\x80\x93" "12,000");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  assert_interval(m, 10000, 12000);
}
END_TEST

START_TEST(test_range_with_shared_thousands_reads_18000_to_20000)
{
  g_autoptr(Extracted) x = extract("Officials said 18-20,000 people remain.");
  const XcMention *m = get(x, "18-20,000");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  ck_assert_uint_eq(m->n_stated, 2);
  ck_assert_double_eq(m->stated[0], 18000);
  ck_assert_double_eq(m->stated[1], 20000);
  assert_interval(m, 18000, 20000);
}
END_TEST

START_TEST(test_range_with_shared_million_reads_3_to_4_million)
{
  g_autoptr(Extracted) x = extract("Experts say 3-4 million people fled.");
  const XcMention *m = get(x, "3-4 million");
  assert_interval(m, 3e6, 4e6);
}
END_TEST

START_TEST(test_three_point_range_10000_11000_12000_states_three_numbers)
{
  g_autoptr(Extracted) x = extract("He cited 10,000-11,000-12,000 forces.");
  const XcMention *m = get(x, "10,000-11,000-12,000");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  ck_assert_uint_eq(m->n_stated, 3);
  ck_assert_double_eq(m->stated[0], 10000);
  ck_assert_double_eq(m->stated[1], 11000);
  ck_assert_double_eq(m->stated[2], 12000);
  assert_interval(m, 10000, 12000);
}
END_TEST

START_TEST(test_between_x_and_y_is_a_range_that_includes_between)
{
  g_autoptr(Extracted) x = extract("Ryder said there were between 10,000 and 12,000 troops.");
  const XcMention *m = get(x, "between 10,000 and 12,000");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  assert_interval(m, 10000, 12000);
}
END_TEST

START_TEST(test_x_to_y_is_a_range)
{
  g_autoptr(Extracted) x = extract("There are 10,000 to 12,000 North Korean troops in Russia.");
  const XcMention *m = get(x, "10,000 to 12,000");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  assert_interval(m, 10000, 12000);
  ck_assert_str_eq(m->counted, "North Korean troops");
}
END_TEST

START_TEST(test_from_70000_to_about_18_20000_is_not_one_range)
{
  g_autoptr(Extracted) x = extract(
      "The rate of monthly recruitment has dropped from 70,000 to about 18-20,000.");
  ck_assert_uint_eq(x->mentions->len, 2);
  const XcMention *before = get(x, "70,000");
  ck_assert_int_eq(before->qualifier, XC_QUALIFIER_EXACT);
  assert_interval(before, 70000, 70000);
  const XcMention *after = get(x, "about 18-20,000");
  assert_interval(after, 16200, 22000);
}
END_TEST

START_TEST(test_change_from_200_to_300_is_two_figures)
{
  g_autoptr(Extracted) x = extract("The death toll rose from 200 to 300.");
  ck_assert_uint_eq(x->mentions->len, 2);
  assert_count(get(x, "200"), 200);
  assert_count(get(x, "300"), 300);
}
END_TEST

START_TEST(test_from_200_to_300_without_a_change_verb_is_a_range)
{
  g_autoptr(Extracted) x = extract("Estimates range from 200 to 300 deaths.");
  assert_interval(get(x, "from 200 to 300"), 200, 300);
}
END_TEST

START_TEST(test_score_7_3_is_no_range)
{
  g_autoptr(Extracted) x = extract("The Hawks won 7-3 in the final.");
  ck_assert_uint_eq(x->mentions->len, 2);
  assert_count(get(x, "7"), 7);
  assert_count(get(x, "3"), 3);
}
END_TEST

/* ---- percent ---- */

START_TEST(test_47_5_percent_reads_47_5)
{
  g_autoptr(Extracted) x = extract("Turnout was 47.5 percent.");
  const XcMention *m = get(x, "47.5 percent");
  ck_assert_int_eq(m->kind, XC_KIND_PERCENT);
  ck_assert_str_eq(m->unit, "%");
  assert_interval(m, 47.5, 47.5);
}
END_TEST

START_TEST(test_83_percent_sign_reads_83)
{
  g_autoptr(Extracted) x = extract("83% of voters backed the plan.");
  const XcMention *m = get(x, "83%");
  ck_assert_int_eq(m->kind, XC_KIND_PERCENT);
  assert_interval(m, 83, 83);
}
END_TEST

START_TEST(test_9_per_cent_reads_9)
{
  g_autoptr(Extracted) x = extract("Prices rose 9 per cent last year.");
  const XcMention *m = get(x, "9 per cent");
  ck_assert_int_eq(m->kind, XC_KIND_PERCENT);
  assert_interval(m, 9, 9);
}
END_TEST

START_TEST(test_a_quarter_reads_25_percent)
{
  g_autoptr(Extracted) x = extract("A quarter of the homes were lost.");
  const XcMention *m = get(x, "A quarter");
  ck_assert_int_eq(m->kind, XC_KIND_PERCENT);
  ck_assert_str_eq(m->unit, "%");
  assert_interval(m, 25, 25);
}
END_TEST

START_TEST(test_two_thirds_reads_66_7_percent)
{
  g_autoptr(Extracted) x = extract("Two-thirds of voters backed the plan.");
  const XcMention *m = get(x, "Two-thirds");
  ck_assert_int_eq(m->kind, XC_KIND_PERCENT);
  assert_interval(m, 200.0 / 3, 200.0 / 3);
}
END_TEST

START_TEST(test_three_quarters_reads_75_percent)
{
  g_autoptr(Extracted) x = extract("Three quarters of the staff quit.");
  assert_interval(get(x, "Three quarters"), 75, 75);
}
END_TEST

START_TEST(test_one_in_three_reads_33_3_percent)
{
  g_autoptr(Extracted) x = extract("One in three voters stayed home.");
  const XcMention *m = get(x, "One in three");
  ck_assert_int_eq(m->kind, XC_KIND_PERCENT);
  assert_interval(m, 100.0 / 3, 100.0 / 3);
}
END_TEST

START_TEST(test_percent_range_10_15_reads_both_ends)
{
  g_autoptr(Extracted) x = extract("Support rose 10-15% in a week.");
  const XcMention *m = get(x, "10-15%");
  ck_assert_int_eq(m->kind, XC_KIND_PERCENT);
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  assert_interval(m, 10, 15);
}
END_TEST

START_TEST(test_a_quarter_of_an_hour_is_no_proportion)
{
  g_autoptr(Extracted) x = extract("A quarter of an hour passed.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_PERCENT), 0);
}
END_TEST

START_TEST(test_seed_000_about_a_quarter_is_22_5_to_27_5_percent)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/000_b46dabccb294f763.txt");
  const XcMention *m = get(x, "about a quarter");
  ck_assert_int_eq(m->kind, XC_KIND_PERCENT);
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_ABOUT);
  ck_assert_double_eq(m->stated[0], 25);
  assert_interval(m, 22.5, 27.5);
}
END_TEST

/* ---- measures ---- */

START_TEST(test_four_miles_is_a_measure_in_mi)
{
  g_autoptr(Extracted) x = extract("The village is four miles from the border.");
  const XcMention *m = get(x, "four miles");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "mi");
  assert_interval(m, 4, 4);
}
END_TEST

START_TEST(test_60_mm_is_a_measure_in_mm)
{
  g_autoptr(Extracted) x = extract("Moscow supplied 60-mm mortars.");
  const XcMention *m = get(x, "60-mm");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "mm");
  assert_interval(m, 60, 60);
  ck_assert_str_eq(m->counted, "mortars");
}
END_TEST

START_TEST(test_120mm_attached_is_a_measure_in_mm)
{
  g_autoptr(Extracted) x = extract("The tank fired 120mm shells.");
  const XcMention *m = get(x, "120mm");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "mm");
}
END_TEST

START_TEST(test_12_square_kilometres_is_km2)
{
  g_autoptr(Extracted) x = extract("The lake covers 12 square kilometres.");
  const XcMention *m = get(x, "12 square kilometres");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "km2");
  assert_interval(m, 12, 12);
}
END_TEST

START_TEST(test_6_1_magnitude_before_its_word_is_a_magnitude)
{
  /* fixtures/ecbplus/37-ecbplus.jsonl, 37_1ecbplus */
  g_autoptr(Extracted) x = extract("The 6.1-magnitude quake struck inland at a depth of just "
                                   "10 kilometers in the mountainous Bener Meriah district.");
  const XcMention *m = get(x, "6.1");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "magnitude");
  assert_interval(m, 6.1, 6.1);
}
END_TEST

START_TEST(test_a_decimal_after_it_was_in_a_sentence_of_magnitudes_is_a_magnitude)
{
  /* fixtures/ecbplus/20-ecbplus.jsonl, 20_11ecbplus */
  g_autoptr(Extracted) x = extract("Tehran's seismologic center put the quake's magnitude at "
                                   "5.9, but the U.S. Geological Survey in Golden, Colo., said "
                                   "it was 6.1.");
  const XcMention *m = get(x, "6.1");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "magnitude");
  g_autoptr(Extracted) y = extract("The toll was 6.1.");
  ck_assert_int_eq(get(y, "6.1")->kind, XC_KIND_COUNT);
}
END_TEST

START_TEST(test_a_magnitude_of_at_least_5_9_is_a_magnitude)
{
  /* fixtures/ecbplus/20-ecbplus.jsonl, 20_7ecbplus */
  g_autoptr(Extracted) x = extract("An earthquake with a magnitude of at least 5.9 hit southern "
                                   "Iran on Sunday, killing at least 10 people.");
  const XcMention *m = get(x, "at least 5.9");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "magnitude");
}
END_TEST

START_TEST(test_6_1_on_the_richter_scale_is_a_magnitude)
{
  /* fixtures/ecbplus/20-ecbplus.jsonl, 20_9ecbplus */
  g_autoptr(Extracted) x = extract("Tremors from an earthquake registering 6.1 on the Richter "
                                   "scale 60km south west of Bandar Abbas were felt in Dubai.");
  const XcMention *m = get(x, "6.1");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "magnitude");
}
END_TEST

START_TEST(test_aftershocks_of_around_4_0_is_a_magnitude)
{
  /* fixtures/ecbplus/20-ecbplus.jsonl, 20_1ecbplus */
  g_autoptr(Extracted) x = extract("The initial tremor lasted just over 10 seconds, she says, and "
                                   "there have been at least four aftershocks of around 4.0.");
  const XcMention *m = get(x, "around 4.0");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "magnitude");
}
END_TEST

START_TEST(test_magnitudes_ranging_from_3_6_to_4_3_is_a_range_of_magnitudes)
{
  /* fixtures/ecbplus/20-ecbplus.jsonl, 20_5ecbplus */
  g_autoptr(Extracted) x = extract("The main temblor was followed by at least four major "
                                   "aftershocks, with magnitudes ranging from 3.6 to 4.3.");
  const XcMention *m = get(x, "from 3.6 to 4.3");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "magnitude");
  assert_interval(m, 3.6, 4.3);
}
END_TEST

START_TEST(test_a_count_beside_the_word_magnitude_stays_a_count)
{
  g_autoptr(Extracted) x = extract("The magnitude 12 people could not grasp was the cost.");
  const XcMention *m = get(x, "12");
  ck_assert_int_eq(m->kind, XC_KIND_COUNT);
}
END_TEST

START_TEST(test_20_square_miles_is_mi2)
{
  g_autoptr(Extracted) x = extract("The fire burned 20 square miles.");
  ck_assert_str_eq(get(x, "20 square miles")->unit, "mi2");
}
END_TEST

START_TEST(test_3200_acres_is_a_measure_in_acre)
{
  g_autoptr(Extracted) x = extract("The fire had burned 3,200 acres by Monday.");
  const XcMention *m = get(x, "3,200 acres");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "acre");
  assert_interval(m, 3200, 3200);
  ck_assert_double_eq(m->precision, 100);
}
END_TEST

START_TEST(test_50_mph_is_a_measure_in_mph)
{
  g_autoptr(Extracted) x = extract("Gusts reached 50 mph overnight.");
  const XcMention *m = get(x, "50 mph");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "mph");
}
END_TEST

START_TEST(test_seed_003_about_four_miles_is_3_6_to_4_4_mi)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/003_1640f6c9afc41053.txt");
  const XcMention *m = get(x, "about four miles");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "mi");
  assert_interval(m, 3.6, 4.4);
}
END_TEST

/* ---- dates ---- */

START_TEST(test_october_4_takes_the_year_of_the_document)
{
  g_autoptr(Extracted) x = extract("On October 4, the Kyiv Post reported the strike.");
  const XcMention *m = get(x, "October 4");
  assert_days(m, "2024-10-04", "2024-10-04");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_EXACT);
  ck_assert_uint_eq(m->n_stated, 1);
  ck_assert_double_eq(m->precision, 1);
}
END_TEST

START_TEST(test_october_4_takes_the_year_of_the_fallback_day_when_undated)
{
  g_autoptr(Extracted) x =
      extract_from(xc_test_doc("On October 4, the Kyiv Post reported the strike."),
                   xc_date_from_ymd(2023, 11, 1));
  assert_days(get(x, "October 4"), "2023-10-04", "2023-10-04");
}
END_TEST

START_TEST(test_date_without_year_or_document_date_is_left_out)
{
  g_autoptr(Extracted) x = extract_dated("On October 4, the Kyiv Post reported the strike.", 0);
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
  ck_assert_ptr_null(find_exact(x, "October 4"));
}
END_TEST

START_TEST(test_december_28_in_a_january_article_is_the_year_before)
{
  g_autoptr(Extracted) x =
      extract_dated("On December 28, they met.", xc_date_from_ymd(2025, 1, 5));
  assert_days(get(x, "December 28"), "2024-12-28", "2024-12-28");
}
END_TEST

START_TEST(test_2_november_comma_2024_reads_its_own_year)
{
  g_autoptr(Extracted) x =
      extract_dated("The report is dated 2 November, 2024 in Kyiv.", xc_date_from_ymd(2025, 6, 1));
  assert_days(get(x, "2 November, 2024"), "2024-11-02", "2024-11-02");
}
END_TEST

START_TEST(test_oct_dot_4_is_october_4)
{
  g_autoptr(Extracted) x = extract("The report was published Oct. 4 in Kyiv.");
  assert_days(get(x, "Oct. 4"), "2024-10-04", "2024-10-04");
}
END_TEST

/* "21/10/2024" can only be day first: the same article's "04/11/2024" is
 * 4 November, as its outlet writes dates. */
START_TEST(test_an_ambiguous_numeric_date_takes_the_day_first_order_its_document_shows)
{
  g_autoptr(Extracted) x = extract_fixture("extract/date-order/day-first.txt");
  assert_days(get(x, "04/11/2024"), "2024-11-04", "2024-11-04");
}
END_TEST

START_TEST(test_an_ambiguous_numeric_date_takes_the_month_first_order_its_document_shows)
{
  g_autoptr(Extracted) x = extract_fixture("extract/date-order/month-first.txt");
  assert_days(get(x, "04/11/2024"), "2024-04-11", "2024-04-11");
}
END_TEST

START_TEST(test_an_ambiguous_numeric_date_is_left_alone_when_its_document_shows_no_order)
{
  g_autoptr(Extracted) x = extract("A second march on 04/11/2024 drew 6,000.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
  g_autoptr(Extracted) both = extract("Marches on 21/10/2024 and 10/22/2024; "
                                      "another on 04/11/2024 drew 6,000.");
  ck_assert_ptr_null(find_exact(both, "04/11/2024"));
}
END_TEST

/* without its year, "9/11" may be the attacks and "3/4" a fraction */
START_TEST(test_a_numeric_date_without_its_year_is_never_read_by_convention)
{
  g_autoptr(Extracted) x = extract("The first march on 21/10/2024 was its 9/11 moment.");
  for (guint i = 0; i < x->mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(x->mentions, i);
    g_autofree char *w = words_of(m);
    ck_assert_msg(m->kind != XC_KIND_DATE || g_str_equal(w, "21/10/2024"), "read a date: %s", w);
  }
}
END_TEST

START_TEST(test_iso_2024_11_02_is_a_date)
{
  g_autoptr(Extracted) x = extract_dated("The report is dated 2024-11-02.", 0);
  const XcMention *m = get(x, "2024-11-02");
  assert_days(m, "2024-11-02", "2024-11-02");
  ck_assert_uint_eq(x->mentions->len, 1);
}
END_TEST

START_TEST(test_october_27_28_is_a_two_day_range)
{
  g_autoptr(Extracted) x = extract("Troops will be used in combat on October 27-28.");
  const XcMention *m = get(x, "October 27-28");
  assert_days(m, "2024-10-27", "2024-10-28");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
  ck_assert_uint_eq(m->n_stated, 2);
}
END_TEST

START_TEST(test_between_1_and_3_march_is_a_three_day_range)
{
  g_autoptr(Extracted) x = extract("The vote was held between 1 and 3 March in Kyiv.");
  const XcMention *m = get(x, "between 1 and 3 March");
  assert_days(m, "2024-03-01", "2024-03-03");
  ck_assert_int_eq(m->qualifier, XC_QUALIFIER_RANGE);
}
END_TEST

START_TEST(test_in_june_is_the_whole_month)
{
  g_autoptr(Extracted) x = extract("The two leaders signed a treaty in June.");
  const XcMention *m = get(x, "June");
  assert_days(m, "2024-06-01", "2024-06-30");
  ck_assert_double_eq(m->precision, 30);
}
END_TEST

START_TEST(test_month_and_year_is_the_whole_month)
{
  g_autoptr(Extracted) x = extract("The contract runs until June 2025.");
  assert_days(get(x, "June 2025"), "2025-06-01", "2025-06-30");
}
END_TEST

START_TEST(test_on_tuesday_is_the_last_tuesday_before_the_document)
{
  g_autoptr(Extracted) x = extract("The White House voiced concern on Tuesday.");
  assert_days(get(x, "Tuesday"), "2024-10-29", "2024-10-29");
}
END_TEST

START_TEST(test_on_saturday_in_a_saturday_article_is_that_day)
{
  g_autoptr(Extracted) x = extract("The ministry spoke on Saturday.");
  assert_days(get(x, "Saturday"), "2024-11-02", "2024-11-02");
}
END_TEST

START_TEST(test_last_saturday_in_a_saturday_article_is_a_week_before)
{
  g_autoptr(Extracted) x = extract("The ministry spoke last Saturday.");
  assert_days(get(x, "last Saturday"), "2024-10-26", "2024-10-26");
}
END_TEST

START_TEST(test_yesterday_is_the_day_before_the_document)
{
  g_autoptr(Extracted) x = extract("The governor resigned yesterday.");
  assert_days(get(x, "yesterday"), "2024-11-01", "2024-11-01");
}
END_TEST

START_TEST(test_last_week_is_monday_to_sunday_of_the_week_before)
{
  g_autoptr(Extracted) x = extract("The minister warned last week.");
  const XcMention *m = get(x, "last week");
  assert_days(m, "2024-10-21", "2024-10-27");
  ck_assert_double_eq(m->precision, 7);
}
END_TEST

START_TEST(test_the_last_week_of_october_is_october_25_to_31)
{
  g_autoptr(Extracted) x = extract("In the last week of October, Russia deployed troops.");
  assert_days(get(x, "the last week of October"), "2024-10-25", "2024-10-31");
}
END_TEST

START_TEST(test_relative_dates_without_a_document_date_are_left_out)
{
  g_autoptr(Extracted) x =
      extract_dated("The governor resigned yesterday, on Tuesday, last week.", 0);
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_the_second_half_of_a_match_is_no_date)
{
  g_autoptr(Extracted) x = extract("He scored early in the second half.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_a_wet_summer_is_no_season)
{
  g_autoptr(Extracted) x = extract("Ice cream sales were dampened by a wet summer.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_this_may_be_is_no_month)
{
  g_autoptr(Extracted) x = extract("This may be the last chance for a deal.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_the_first_45_minutes_is_no_day_of_the_month)
{
  g_autoptr(Extracted) x = extract("He played for the first 45 minutes.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_the_27th_floor_is_no_day_of_the_month)
{
  g_autoptr(Extracted) x = extract("The family lived on the 27th floor.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_would_last_a_week_is_no_past_week)
{
  g_autoptr(Extracted) x = extract("Officials said the talks would last a week.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_in_three_weeks_is_a_duration_not_a_date)
{
  g_autoptr(Extracted) x = extract("The index hit its highest level in three weeks.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_the_previous_year_counts_from_the_story_not_the_document)
{
  g_autoptr(Extracted) x = extract("Sales rose 5% on the previous year.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_a_fiscal_year_2005_6_is_no_month)
{
  g_autoptr(Extracted) x = extract("The budget for 2005-6 was cut.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_two_days_ago_without_a_document_date_is_no_count)
{
  g_autoptr(Extracted) x = extract_dated("The talks ended two days ago.", 0);
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_will_meet_on_the_1st_is_the_next_1st)
{
  g_autoptr(Extracted) x = extract("Leaders will meet on the 1st.");
  assert_days(get(x, "the 1st"), "2024-12-01", "2024-12-01");
}
END_TEST

START_TEST(test_over_the_weekend_on_a_monday_is_the_weekend_just_past)
{
  g_autoptr(Extracted) x = extract_dated("Sales fell over the weekend.",
                                         xc_date_from_ymd(2024, 11, 4));
  assert_days(get(x, "the weekend"), "2024-11-02", "2024-11-03");
}
END_TEST

START_TEST(test_will_rest_over_the_weekend_on_a_monday_is_the_coming_one)
{
  g_autoptr(Extracted) x = extract_dated("The leaders will rest over the weekend.",
                                         xc_date_from_ymd(2024, 11, 4));
  assert_days(get(x, "the weekend"), "2024-11-09", "2024-11-10");
}
END_TEST

START_TEST(test_may_as_a_verb_is_no_month)
{
  g_autoptr(Extracted) x = extract("North Korea May deploy troops.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 0);
}
END_TEST

START_TEST(test_seed_002_background_dates_take_2024_from_the_dateline)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  assert_days(get(x, "October 4"), "2024-10-04", "2024-10-04");
  assert_days(get(x, "October 17"), "2024-10-17", "2024-10-17");
  assert_days(get(x, "October 27-28"), "2024-10-27", "2024-10-28");
  assert_days(get(x, "the last week of October"), "2024-10-25", "2024-10-31");
}
END_TEST

START_TEST(test_wildfire_01_saturday_is_june_7_from_a_monday_dateline)
{
  g_autoptr(Extracted) x = extract_fixture("wildfire/01-northstar-wire.txt");
  assert_days(get(x, "Saturday"), "2025-06-07", "2025-06-07");
  assert_days(get(x, "Monday"), "2025-06-09", "2025-06-09");
}
END_TEST

/* ---- times, years, ordinals ---- */

START_TEST(test_11_37_is_a_time_of_697_minutes)
{
  g_autoptr(Extracted) x = extract("The office opened at 11:37 on Friday.");
  const XcMention *m = get(x, "11:37");
  ck_assert_int_eq(m->kind, XC_KIND_TIME);
  assert_interval(m, 697, 697);
}
END_TEST

START_TEST(test_19_00_is_a_time_of_1140_minutes)
{
  g_autoptr(Extracted) x = extract("The session closed at 19:00 sharp.");
  const XcMention *m = get(x, "19:00");
  ck_assert_int_eq(m->kind, XC_KIND_TIME);
  assert_interval(m, 1140, 1140);
}
END_TEST

START_TEST(test_4_59_pm_is_16_59)
{
  g_autoptr(Extracted) x = extract("The alert came at 4:59 p.m. on Friday.");
  const XcMention *m = get(x, "4:59 p.m.");
  ck_assert_int_eq(m->kind, XC_KIND_TIME);
  assert_interval(m, 16 * 60 + 59, 16 * 60 + 59);
}
END_TEST

START_TEST(test_wildfire_04_11_37_am_is_a_time)
{
  g_autoptr(Extracted) x = extract_fixture("wildfire/04-kxrv-news.txt");
  const XcMention *m = get(x, "11:37 a.m.");
  ck_assert_int_eq(m->kind, XC_KIND_TIME);
  assert_interval(m, 697, 697);
}
END_TEST

START_TEST(test_1953_is_a_year)
{
  g_autoptr(Extracted) x = extract("The army has not fought since 1953.");
  const XcMention *m = only(x);
  ck_assert_int_eq(m->kind, XC_KIND_YEAR);
  assert_interval(m, 1953, 1953);
}
END_TEST

START_TEST(test_seed_000_since_1953_is_a_year)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/000_b46dabccb294f763.txt");
  ck_assert_int_eq(get(x, "1953")->kind, XC_KIND_YEAR);
}
END_TEST

START_TEST(test_2024_troops_is_a_count_not_a_year)
{
  g_autoptr(Extracted) x = extract("The border saw 2024 troops arrive.");
  assert_count(get(x, "2024"), 2024);
}
END_TEST

START_TEST(test_2_024_with_a_separator_is_a_count_not_a_year)
{
  g_autoptr(Extracted) x = extract("Officials counted 2,024 people.");
  assert_count(get(x, "2,024"), 2024);
}
END_TEST

START_TEST(test_first_unit_is_ordinal_1)
{
  g_autoptr(Extracted) x = extract("The first unit of 2,600 soldiers is en route.");
  const XcMention *m = get(x, "first");
  ck_assert_int_eq(m->kind, XC_KIND_ORDINAL);
  assert_interval(m, 1, 1);
  assert_count(get(x, "2,600"), 2600);
}
END_TEST

START_TEST(test_2nd_is_ordinal_2)
{
  g_autoptr(Extracted) x = extract("The 2nd battalion moved north.");
  const XcMention *m = only(x);
  ck_assert_int_eq(m->kind, XC_KIND_ORDINAL);
  ck_assert_double_eq(m->stated[0], 2);
}
END_TEST

START_TEST(test_21st_is_ordinal_21)
{
  g_autoptr(Extracted) x = extract("It was the 21st attack this year.");
  const XcMention *m = get(x, "21st");
  ck_assert_int_eq(m->kind, XC_KIND_ORDINAL);
  assert_interval(m, 21, 21);
}
END_TEST

START_TEST(test_second_batch_is_ordinal_2)
{
  g_autoptr(Extracted) x = extract("North Korea will send a second batch of troops.");
  const XcMention *m = only(x);
  ck_assert_int_eq(m->kind, XC_KIND_ORDINAL);
  assert_interval(m, 2, 2);
}
END_TEST

/* ---- names and addresses ---- */

START_TEST(test_ak_12_gives_no_figure)
{
  g_autoptr(Extracted) x = extract("They carried AK-12 rifles.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

/* "9/11", "24/7" and a score "8/10" name or rate; read as two counts
 * each they were six figures */
START_TEST(test_two_numbers_a_slash_joins_are_no_counts)
{
  g_autoptr(Extracted) x = extract("Since 9/11 the city changed. The shop is open 24/7. "
                                   "He scored 8/10.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_a_fraction_of_voters_is_still_a_proportion)
{
  g_autoptr(Extracted) x = extract("About 3/4 of voters came.");
  ck_assert_int_eq(only(x)->kind, XC_KIND_PERCENT);
}
END_TEST

START_TEST(test_su_34_gives_no_figure)
{
  g_autoptr(Extracted) x = extract("Two Su-34 jets were lost.");
  ck_assert_ptr_null(find_exact(x, "34"));
  assert_count(only(x), 2);
}
END_TEST

START_TEST(test_rpg_7s_gives_no_figure)
{
  g_autoptr(Extracted) x = extract("Moscow supplied RPG-7s and other arms.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_f_16_and_g7_give_no_figure)
{
  g_autoptr(Extracted) x = extract("The G7 promised F-16 jets.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_code_glued_to_letters_gives_no_figure)
{
  g_autoptr(Extracted) x = extract("Phones use 4G networks.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_a_network_generation_before_a_full_stop_is_no_giga)
{
  g_autoptr(Extracted) x = extract("Phones moved to 3G.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_a_plane_named_with_a_capital_e_is_no_power_of_ten)
{
  g_autoptr(Extracted) x = extract("Boeing will build the 7E7 in Seattle.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_an_ip_address_gives_nothing)
{
  g_autoptr(Extracted) x = extract("The server at 192.168.1.2 was down.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_a_singer_named_cent_is_no_money)
{
  g_autoptr(Extracted) x = extract("The rapper 50 Cent topped the chart.");
  ck_assert_int_ne(only(x)->kind, XC_KIND_MONEY);
}
END_TEST

START_TEST(test_betting_odds_are_no_fraction)
{
  g_autoptr(Extracted) x = extract("Bookmakers offered odds of 1/4 to leave.");
  ck_assert_ptr_null(find_exact(x, "1/4"));
}
END_TEST

START_TEST(test_a_score_in_brackets_is_no_fraction)
{
  g_autoptr(Extracted) x = extract("Nadal won 6-7 (6/8) 6-2 over Roddick.");
  ck_assert_ptr_null(find_exact(x, "6/8"));
}
END_TEST

START_TEST(test_six_quarters_are_periods_not_a_fraction)
{
  g_autoptr(Extracted) x = extract("The economy grew for six quarters in a row.");
  assert_count(get(x, "six"), 6);
}
END_TEST

START_TEST(test_a_third_runway_is_an_ordinal_not_a_proportion)
{
  g_autoptr(Extracted) x = extract("Plans for a third runway were approved.");
  ck_assert_int_eq(only(x)->kind, XC_KIND_ORDINAL);
}
END_TEST

START_TEST(test_a_fourth_minute_goal_is_an_ordinal_not_a_proportion)
{
  g_autoptr(Extracted) x = extract("He scored a fourth-minute goal.");
  ck_assert_int_eq(only(x)->kind, XC_KIND_ORDINAL);
}
END_TEST

START_TEST(test_a_three_quarter_line_gives_no_count)
{
  g_autoptr(Extracted) x = extract("The three-quarter line held firm.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_a_two_bit_politician_is_no_measure)
{
  g_autoptr(Extracted) x = extract("He called them two-bit politicians.");
  ck_assert_int_ne(only(x)->kind, XC_KIND_MEASURE);
}
END_TEST

START_TEST(test_came_to_naught_gives_no_zero)
{
  g_autoptr(Extracted) x = extract("The talks came to naught.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_lower_case_us_before_dollars_after_a_verb_is_the_pronoun)
{
  g_autoptr(Extracted) x = extract("It cost us $5 million.");
  ck_assert_ptr_nonnull(find_exact(x, "$5 million"));
}
END_TEST

START_TEST(test_dollars_and_a_number_before_a_noun_take_no_cents)
{
  g_autoptr(Extracted) x = extract("He paid 5 dollars and 20 people watched.");
  ck_assert_ptr_nonnull(find_exact(x, "5 dollars"));
  assert_count(get(x, "20"), 20);
}
END_TEST

START_TEST(test_a_5_k_race_ending_a_sentence_is_no_thousands)
{
  g_autoptr(Extracted) x = extract("He finished the 5 k.");
  assert_count(only(x), 5);
}
END_TEST

START_TEST(test_url_gives_nothing)
{
  g_autoptr(Extracted) x =
      extract("Read it at https://example.com/2024/10/05/article-12345?id=7000 today");
  /* only "today" is a figure */
  ck_assert_uint_eq(x->mentions->len, 1);
  assert_days(get(x, "today"), "2024-11-02", "2024-11-02");
}
END_TEST

START_TEST(test_www_address_gives_nothing)
{
  g_autoptr(Extracted) x = extract("See www.example.com/2024/10 for details.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_seed_002_weapons_line_gives_only_the_60_mm_calibre)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  const char *line = strstr(x->doc->text, "Moscow has armed");
  ck_assert_ptr_nonnull(line);
  gsize start = (gsize)(line - x->doc->text);
  gsize end = start + (gsize)(strchr(line, '\n') - line);
  guint n = 0;
  for (guint i = 0; i < x->mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(x->mentions, i);
    if (m->start >= start && m->end <= end) {
      g_autofree char *w = words_of(m);
      ck_assert_str_eq(w, "60-mm");
      n++;
    }
  }
  ck_assert_uint_eq(n, 1);
}
END_TEST

/* ---- context: hypothetical, boilerplate, headline, rate ---- */

START_TEST(test_if_the_number_grows_to_30000_is_hypothetical)
{
  g_autoptr(Extracted) x = extract("Kyiv will respond if the number grows to 30,000.");
  const XcMention *m = get(x, "30,000");
  ck_assert_uint_eq(m->flags & XC_MENTION_HYPOTHETICAL, XC_MENTION_HYPOTHETICAL);
  ck_assert(!xc_mention_is_counted(m));
}
END_TEST

START_TEST(test_could_reach_500_in_an_if_sentence_is_hypothetical)
{
  g_autoptr(Extracted) x = extract("The toll could reach 500 if the rain goes on.");
  const XcMention *m = get(x, "500");
  ck_assert_uint_eq(m->flags & XC_MENTION_HYPOTHETICAL, XC_MENTION_HYPOTHETICAL);
}
END_TEST

START_TEST(test_losses_could_reach_240_million_is_a_reported_estimate)
{
  g_autoptr(Extracted) x = extract("Losses could reach $240 million, officials said.");
  ck_assert_uint_eq(get(x, "$240 million")->flags & XC_MENTION_HYPOTHETICAL, 0);
}
END_TEST

START_TEST(test_were_to_and_clause_initial_should_are_hypothetical)
{
  g_autoptr(Extracted) x = extract("If Russia were to send 5,000 more, Kyiv would act. "
                                   "Should the toll rise to 700, aid stops.");
  ck_assert_uint_eq(get(x, "5,000")->flags & XC_MENTION_HYPOTHETICAL, XC_MENTION_HYPOTHETICAL);
  ck_assert_uint_eq(get(x, "700")->flags & XC_MENTION_HYPOTHETICAL, XC_MENTION_HYPOTHETICAL);
}
END_TEST

START_TEST(test_unless_clause_is_hypothetical)
{
  g_autoptr(Extracted) x = extract("Unless talks resume, 5,000 workers will strike.");
  ck_assert_uint_eq(get(x, "5,000")->flags & XC_MENTION_HYPOTHETICAL, XC_MENTION_HYPOTHETICAL);
}
END_TEST

START_TEST(test_if_in_an_earlier_sentence_does_not_make_it_hypothetical)
{
  g_autoptr(Extracted) x = extract("Nobody asked what if. The army sent 2,000 troops.");
  ck_assert_uint_eq(get(x, "2,000")->flags, 0);
}
END_TEST

START_TEST(test_reached_500_in_the_past_is_not_hypothetical)
{
  g_autoptr(Extracted) x = extract("The toll reached 500 on Friday.");
  ck_assert_uint_eq(get(x, "500")->flags & XC_MENTION_HYPOTHETICAL, 0);
}
END_TEST

START_TEST(test_seed_004_increase_to_30000_is_hypothetical)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/004_eaa5afa68aacf312.txt");
  const XcMention *m = get(x, "30,000");
  ck_assert_uint_eq(m->flags & XC_MENTION_HYPOTHETICAL, XC_MENTION_HYPOTHETICAL);
  ck_assert(!xc_mention_is_counted(m));
}
END_TEST

START_TEST(test_wildfire_04_if_winds_reach_50_mph_is_hypothetical)
{
  g_autoptr(Extracted) x = extract_fixture("wildfire/04-kxrv-news.txt");
  ck_assert_uint_eq(get(x, "50 mph")->flags & XC_MENTION_HYPOTHETICAL, XC_MENTION_HYPOTHETICAL);
  ck_assert_uint_eq(get(x, "20,000 acres")->flags & XC_MENTION_HYPOTHETICAL,
                    XC_MENTION_HYPOTHETICAL);
}
END_TEST

START_TEST(test_seed_002_ticker_figures_are_boilerplate)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  static const char *const furniture[] = {
    "Over 3,000", "19:00", "24 December", "$1 billion", "2,000", "20%",
  };
  for (gsize i = 0; i < G_N_ELEMENTS(furniture); i++) {
    const XcMention *m = get(x, furniture[i]);
    ck_assert_msg(m->flags & XC_MENTION_BOILERPLATE, "%s not boilerplate", furniture[i]);
    ck_assert(!xc_mention_is_counted(m));
  }
}
END_TEST

START_TEST(test_seed_002_everything_after_read_also_is_boilerplate)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  gsize marker = (gsize)(strstr(x->doc->text, "Read also:") - x->doc->text);
  guint n = 0;
  for (guint i = 0; i < x->mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(x->mentions, i);
    if (m->start > marker) {
      ck_assert_uint_eq(m->flags & XC_MENTION_BOILERPLATE, XC_MENTION_BOILERPLATE);
      n++;
    }
  }
  ck_assert_uint_gt(n, 40);
}
END_TEST

START_TEST(test_seed_002_lead_more_than_7000_is_not_boilerplate)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  const XcMention *m = get(x, "more than 7,000");
  ck_assert_uint_eq(m->flags, 0);
  ck_assert(xc_mention_is_counted(m));
  assert_interval(m, 7000, INFINITY);
}
END_TEST

START_TEST(test_seed_002_dateline_and_time_are_boilerplate)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  const XcMention *date = get(x, "2 November, 2024");
  ck_assert_uint_eq(date->flags, XC_MENTION_BOILERPLATE);
  const XcMention *m = mention_at(x, (gsize)(strstr(x->doc->text, "11:37") - x->doc->text));
  ck_assert_ptr_nonnull(m);
  ck_assert_int_eq(m->kind, XC_KIND_TIME);
  ck_assert_uint_eq(m->flags & XC_MENTION_BOILERPLATE, XC_MENTION_BOILERPLATE);
}
END_TEST

START_TEST(test_seed_002_headline_over_7000_is_flagged_headline)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  const XcMention *m = get(x, "over 7,000");
  ck_assert_uint_eq(m->flags, XC_MENTION_HEADLINE);
  ck_assert(xc_mention_is_counted(m));
  ck_assert_uint_ge(m->start, x->doc->title_start);
  ck_assert_uint_le(m->end, x->doc->title_end);
  ck_assert_str_eq(m->counted, "North Korean troops");
}
END_TEST

START_TEST(test_wildfire_05_read_also_block_is_boilerplate)
{
  g_autoptr(Extracted) x = extract_fixture("wildfire/05-foothills-daily.txt");
  ck_assert_uint_eq(get(x, "$3.5 million")->flags & XC_MENTION_BOILERPLATE,
                    XC_MENTION_BOILERPLATE);
  ck_assert_uint_eq(get(x, "4%")->flags & XC_MENTION_BOILERPLATE, XC_MENTION_BOILERPLATE);
  ck_assert_uint_eq(get(x, "$24m")->flags, 0);
  ck_assert_uint_eq(get(x, "40%")->flags, XC_MENTION_HEADLINE);
}
END_TEST

START_TEST(test_copyright_line_is_boilerplate)
{
  g_autoptr(Extracted) x = extract("The army sent 1,000 troops.\n\xC2\xA9 2024 Espreso. All rights reserved.\n");
  ck_assert_uint_eq(get(x, "1,000")->flags, 0);
  ck_assert_uint_eq(get(x, "2024")->flags, XC_MENTION_BOILERPLATE);
}
END_TEST

START_TEST(test_2000_drones_monthly_is_a_rate)
{
  g_autoptr(Extracted) x = extract("Shahed production in Russia hits 2,000 drones monthly.");
  const XcMention *m = get(x, "2,000");
  ck_assert_uint_eq(m->flags, XC_MENTION_RATE);
  ck_assert(xc_mention_is_counted(m));
}
END_TEST

START_TEST(test_18000_a_month_is_a_rate)
{
  g_autoptr(Extracted) x = extract("Russia recruits 18,000 a month.");
  ck_assert_uint_eq(get(x, "18,000")->flags, XC_MENTION_RATE);
}
END_TEST

START_TEST(test_40_targets_per_day_is_a_rate)
{
  g_autoptr(Extracted) x = extract("Drones hit 40 targets per day.");
  ck_assert_uint_eq(get(x, "40")->flags, XC_MENTION_RATE);
}
END_TEST

START_TEST(test_2000_drones_launched_is_no_rate)
{
  g_autoptr(Extracted) x = extract("Russia launched 2,000 drones at the city.");
  ck_assert_uint_eq(get(x, "2,000")->flags, 0);
}
END_TEST

START_TEST(test_seed_000_rate_of_monthly_recruitment_70000_is_a_rate)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/000_b46dabccb294f763.txt");
  ck_assert_uint_eq(get(x, "70,000")->flags & XC_MENTION_RATE, XC_MENTION_RATE);
}
END_TEST

/* ---- counted noun phrase, precision, sentence ---- */

START_TEST(test_10000_north_korean_troops_counts_north_korean_troops)
{
  static const char text[] = "Russia now hosts 10,000 North Korean troops in Kursk.";
  g_autoptr(Extracted) x = extract(text);
  const XcMention *m = get(x, "10,000");
  ck_assert_str_eq(m->counted, "North Korean troops");
  ck_assert_uint_eq(m->counted_start, (gsize)(strstr(text, "North") - text));
  ck_assert_uint_eq(m->counted_end, (gsize)(strstr(text, " in Kursk") - text));
}
END_TEST

START_TEST(test_12000_strong_group_counts_group)
{
  g_autoptr(Extracted) x = extract("This 12,000-strong group is a desperate attempt.");
  ck_assert_str_eq(get(x, "12,000")->counted, "group");
}
END_TEST

START_TEST(test_at_least_28_counts_military_transport_aircraft)
{
  g_autoptr(Extracted) x =
      extract("Russia used at least 28 military transport aircraft of its air force.");
  ck_assert_str_eq(get(x, "at least 28")->counted, "military transport aircraft");
}
END_TEST

START_TEST(test_counted_ends_at_its_plural_head_noun)
{
  g_autoptr(Extracted) x = extract("About 2,300 residents remain out of their homes.");
  ck_assert_str_eq(get(x, "About 2,300")->counted, "residents");
}
END_TEST

START_TEST(test_count_with_no_noun_after_has_no_counted)
{
  g_autoptr(Extracted) x = extract("The total was 45.");
  const XcMention *m = get(x, "45");
  ck_assert_ptr_null(m->counted);
  ck_assert_uint_eq(m->counted_start, m->counted_end);
}
END_TEST

START_TEST(test_percent_has_unit_and_no_counted)
{
  g_autoptr(Extracted) x = extract("83% of voters backed the plan.");
  const XcMention *m = get(x, "83%");
  ck_assert_ptr_null(m->counted);
}
END_TEST

START_TEST(test_count_has_no_unit)
{
  g_autoptr(Extracted) x = extract("The army sent 2,000 troops.");
  ck_assert_ptr_null(get(x, "2,000")->unit);
}
END_TEST

typedef struct {
  const char *text;
  const char *words;
  double precision;
} PrecisionCase;

static const PrecisionCase precision_cases[] = {
  { "Officials counted 10,000 troops.", "10,000", 1000 },
  { "Officials counted 2,600 troops.", "2,600", 100 },
  { "Officials counted 2,613 troops.", "2,613", 1 },
  { "Officials counted 120 troops.", "120", 10 },
  { "Officials counted 7,000 troops.", "7,000", 100 },
  { "Officials counted about 200,000 troops.", "about 200,000", 10000 },
  { "Officials counted 1 million troops.", "1 million", 1e6 },
  { "Officials counted 12,500 troops.", "12,500", 100 },
};

START_TEST(test_precision_follows_the_trailing_zeros)
{
  const PrecisionCase *c = &precision_cases[_i];
  g_autoptr(Extracted) x = extract(c->text);
  ck_assert_double_eq_tol(get(x, c->words)->precision, c->precision, 1e-9);
}
END_TEST

START_TEST(test_precision_of_10000_is_1000)
{
  g_autoptr(Extracted) x = extract("Russia sent 10,000 troops.");
  ck_assert_double_eq(get(x, "10,000")->precision, 1000);
}
END_TEST

START_TEST(test_precision_of_2600_is_100)
{
  g_autoptr(Extracted) x = extract("The first unit of 2,600 soldiers left.");
  ck_assert_double_eq(get(x, "2,600")->precision, 100);
}
END_TEST

START_TEST(test_sentence_range_covers_the_sentence_of_the_figure)
{
  static const char text[] = "Officials spoke. The army sent 1,000 troops. Nobody else did.";
  g_autoptr(Extracted) x = extract(text);
  const XcMention *m = get(x, "1,000");
  ck_assert_uint_eq(m->sentence_start, (gsize)(strstr(text, "The army") - text));
  ck_assert_uint_eq(m->sentence_end, (gsize)(strstr(text, "Nobody") - text));
}
END_TEST

START_TEST(test_abbreviation_does_not_end_the_sentence)
{
  static const char text[] = "Gen. Smith said 400 troops left.";
  g_autoptr(Extracted) x = extract(text);
  const XcMention *m = get(x, "400");
  ck_assert_uint_eq(m->sentence_start, 0);
  ck_assert_uint_eq(m->sentence_end, strlen(text));
}
END_TEST

START_TEST(test_a_quote_closed_after_its_full_stop_ends_the_sentence)
{
  /* fixtures/ecbplus/37-ecbplus.jsonl, 37_7ecbplus */
  static const char text[] = "\"Many people were injured but it is difficult to evacuate them "
                             "due to traffic jams.\" \"We have received around 50 people with "
                             "injuries,\" said doctor Ema Suryani.";
  g_autoptr(Extracted) x = extract(text);
  const XcMention *m = get(x, "around 50");
  ck_assert_uint_eq(m->sentence_start, (gsize)(strstr(text, "\"We") - text));
}
END_TEST

START_TEST(test_mention_span_includes_qualifier_and_unit)
{
  static const char text[] = "The blaze reached about 8,000 acres by Tuesday.";
  g_autoptr(Extracted) x = extract(text);
  const XcMention *m = get(x, "about 8,000 acres");
  ck_assert_uint_eq(m->start, (gsize)(strstr(text, "about") - text));
  ck_assert_uint_eq(m->end, (gsize)(strstr(text, " by") - text));
  ck_assert_ptr_eq(m->doc, x->doc);
}
END_TEST

/* ---- robustness ---- */

START_TEST(test_10000_digits_in_a_row_give_no_figure)
{
  g_autofree char *digits = g_strnfill(10000, '7');
  g_autofree char *text = g_strdup_printf("The code %s was read out.", digits);
  g_autoptr(Extracted) x = extract(text);
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_10000_digits_after_a_decimal_point_give_no_figure)
{
  g_autofree char *digits = g_strnfill(10000, '5');
  g_autofree char *text = g_strdup_printf("Pi is not 1.%s at all.", digits);
  g_autoptr(Extracted) x = extract(text);
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_3000_comma_groups_give_no_figure)
{
  GString *s = g_string_new("They counted 1");
  for (int i = 0; i < 3000; i++)
    g_string_append(s, ",000");
  g_string_append(s, " people.");
  g_autoptr(Extracted) x = extract(s->str);
  g_string_free(s, TRUE);
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_huge_number_reads_finite)
{
  g_autoptr(Extracted) x =
      extract("They counted 999,999,999,999,999,999,999,999,999 trillion people.");
  const XcMention *m = only(x);
  ck_assert(isfinite(m->low));
  ck_assert_double_eq_tol(m->low / 1e39, 1.0, 1e-9);
  ck_assert_double_eq(m->low, m->high);
}
END_TEST

START_TEST(test_40_digit_number_reads_finite)
{
  g_autofree char *digits = g_strnfill(40, '9');
  g_autofree char *text = g_strdup_printf("They counted %s people.", digits);
  g_autoptr(Extracted) x = extract(text);
  const XcMention *m = only(x);
  ck_assert(isfinite(m->low));
  ck_assert_double_eq_tol(m->low / 1e40, 1.0, 1e-9);
}
END_TEST

START_TEST(test_year_followed_by_a_huge_number_is_no_year_span)
{
  /* fuzz-extract found "2023-" before an eleven-digit number overflowing
   * an int (fixtures/fuzz-regressions/extract-year-span-huge-end); the
   * sanitizer run of this suite catches that again */
  g_autoptr(Extracted) x = extract("Between 2023-66666666666 people came.");
  for (guint i = 0; i < x->mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(x->mentions, i);
    ck_assert(!(m->kind == XC_KIND_YEAR && m->n_stated == 2));
  }
}
END_TEST

START_TEST(test_fuzz_regression_inputs_extract_cleanly)
{
  /* extract-day-suffix-at-end: a text ending in "7nd" made the day-first
   * reader look one token past the end for a month (found by fuzz-extract) */
  static const char *const inputs[] = {
    "fuzz-regressions/extract-year-span-huge-end", "fuzz-regressions/extract-day-suffix-at-end",
    NULL,
  };
  for (guint i = 0; inputs[i]; i++) {
    g_autofree char *path = xc_test_fixture(inputs[i]);
    g_autofree char *text = NULL;
    gsize len;
    ck_assert(g_file_get_contents(path, &text, &len, NULL));
    g_autoptr(XcDocument) doc = xc_document_new_from_text("f", path, text, (gssize)len, TRUE, NULL);
    ck_assert_ptr_nonnull(doc);
    g_autoptr(GPtrArray) m = xc_extract_document(doc, xc_date_from_ymd(2024, 11, 20));
    ck_assert_ptr_nonnull(m);
  }
}
END_TEST

START_TEST(test_text_that_ends_inside_a_figure_is_safe)
{
  static const char *const cuts[] = {
    "more than", "$", "between 10,000 and", "October", "1,000-", "the last week of",
    "three hundred and", "11:", "2024-11-", "one in", "half a", "4:59 p.", "US$",
    "60-", "12 square", "9 per", "10,000 or", "\xE2\x82\xAC",
  };
  for (gsize i = 0; i < G_N_ELEMENTS(cuts); i++) {
    g_autoptr(Extracted) x = extract(cuts[i]);
    for (guint k = 0; k < x->mentions->len; k++) {
      const XcMention *m = g_ptr_array_index(x->mentions, k);
      ck_assert_uint_le(m->start, m->end);
      ck_assert_uint_le(m->end, x->doc->len);
    }
  }
}
END_TEST

START_TEST(test_text_without_figures_gives_an_empty_array)
{
  g_autoptr(Extracted) x = extract("Nothing here is counted, dated or measured.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

/* A 5 MB line made of @unit repeated; extraction must simply finish. */
static Extracted *
extract_long_line(const char *unit)
{
  GString *s = g_string_sized_new(5 * 1024 * 1024 + 64);
  while (s->len < 5 * 1024 * 1024)
    g_string_append(s, unit);
  XcDocument *doc = xc_test_doc(s->str);
  g_string_free(s, TRUE);
  return extract_from(doc, 0);
}

START_TEST(test_5_mb_line_of_sentences_with_figures_completes)
{
  g_autoptr(Extracted) x = extract_long_line("The army sent 1,000 troops. ");
  ck_assert_uint_eq(x->mentions->len, (5 * 1024 * 1024 + 27) / 28);
  const XcMention *last = g_ptr_array_index(x->mentions, x->mentions->len - 1);
  assert_count(last, 1000);
}
END_TEST

START_TEST(test_5_mb_line_of_words_completes_with_no_figure)
{
  g_autoptr(Extracted) x = extract_long_line("troops ");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_5_mb_line_of_digits_completes_with_no_figure)
{
  g_autoptr(Extracted) x = extract_long_line("7");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_5_mb_line_of_punctuation_completes_with_no_figure)
{
  g_autoptr(Extracted) x = extract_long_line("-,:");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

/* ---- the public helpers ---- */

START_TEST(test_plain_count_is_counted)
{
  g_autoptr(Extracted) x = extract("The army sent 2,000 troops.");
  ck_assert(xc_mention_is_counted(get(x, "2,000")));
}
END_TEST

START_TEST(test_dates_percentages_money_and_measures_are_counted)
{
  g_autoptr(Extracted) x =
      extract("On October 4, 83% of $2 million bought 12 acres.");
  ck_assert(xc_mention_is_counted(get(x, "October 4")));
  ck_assert(xc_mention_is_counted(get(x, "83%")));
  ck_assert(xc_mention_is_counted(get(x, "$2 million")));
  ck_assert(xc_mention_is_counted(get(x, "12 acres")));
}
END_TEST

START_TEST(test_times_years_and_ordinals_are_not_counted)
{
  g_autoptr(Extracted) x = extract("At 11:37 the first strike since 1953 hit the 2nd line.");
  ck_assert(!xc_mention_is_counted(get(x, "11:37")));
  ck_assert(!xc_mention_is_counted(get(x, "first")));
  ck_assert(!xc_mention_is_counted(get(x, "1953")));
  ck_assert(!xc_mention_is_counted(get(x, "2nd")));
}
END_TEST

START_TEST(test_is_counted_follows_the_flags)
{
  XcMention m = { 0 };
  m.kind = XC_KIND_COUNT;
  ck_assert(xc_mention_is_counted(&m));
  m.flags = XC_MENTION_HEADLINE | XC_MENTION_RATE;
  ck_assert(xc_mention_is_counted(&m));
  m.flags = XC_MENTION_HYPOTHETICAL;
  ck_assert(!xc_mention_is_counted(&m));
  m.flags = XC_MENTION_BOILERPLATE;
  ck_assert(!xc_mention_is_counted(&m));
  m.flags = 0;
  m.kind = XC_KIND_YEAR;
  ck_assert(!xc_mention_is_counted(&m));
}
END_TEST

START_TEST(test_kind_names_are_lowercase_words)
{
  ck_assert_str_eq(xc_kind_to_string(XC_KIND_COUNT), "count");
  ck_assert_str_eq(xc_kind_to_string(XC_KIND_PERCENT), "percent");
  ck_assert_str_eq(xc_kind_to_string(XC_KIND_MONEY), "money");
  ck_assert_str_eq(xc_kind_to_string(XC_KIND_MEASURE), "measure");
  ck_assert_str_eq(xc_kind_to_string(XC_KIND_DATE), "date");
  ck_assert_str_eq(xc_kind_to_string(XC_KIND_TIME), "time");
  ck_assert_str_eq(xc_kind_to_string(XC_KIND_YEAR), "year");
  ck_assert_str_eq(xc_kind_to_string(XC_KIND_ORDINAL), "ordinal");
  ck_assert_str_eq(xc_kind_to_string((XcKind)XC_N_KINDS), "count");
}
END_TEST

START_TEST(test_qualifier_names_follow_the_enum_order)
{
  static const char *const names[] = {
    "exact", "about", "nearly", "more_than", "at_least", "up_to", "less_than", "range", "vague",
  };
  ck_assert_int_eq(G_N_ELEMENTS(names), XC_N_QUALIFIERS);
  for (int q = 0; q < XC_N_QUALIFIERS; q++)
    ck_assert_str_eq(xc_qualifier_to_string((XcQualifier)q), names[q]);
  ck_assert_str_eq(xc_qualifier_to_string((XcQualifier)XC_N_QUALIFIERS), "exact");
}
END_TEST

START_TEST(test_mentions_come_in_text_order)
{
  g_autoptr(Extracted) x = extract_fixture("nk-troops/002_8ddeb09f05f7b7a9.txt");
  ck_assert_uint_gt(x->mentions->len, 50);
  for (guint i = 1; i < x->mentions->len; i++) {
    const XcMention *a = g_ptr_array_index(x->mentions, i - 1);
    const XcMention *b = g_ptr_array_index(x->mentions, i);
    ck_assert_uint_le(a->end, b->start);
    ck_assert_ptr_eq(b->doc, x->doc);
  }
}
END_TEST

START_TEST(test_mention_free_accepts_null)
{
  xc_mention_free(NULL);
  g_autoptr(Extracted) x = extract("The army sent 2,000 troops.");
  XcMention *m = g_ptr_array_steal_index(x->mentions, 0);
  ck_assert_uint_eq(x->mentions->len, 0);
  xc_mention_free(m);
}
END_TEST


/* ---- known bugs, one test each (issue #3) ---- */

START_TEST(test_undated_oct_dot_4_and_october_17_give_no_counts)
{
  g_autoptr(Extracted) x = extract_dated("Troops arrived Oct. 4. On October 17 he spoke.", 0);
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_day_first_date_leaves_the_full_stop_to_the_sentence)
{
  g_autoptr(Extracted) x = extract("It was signed on 14 Oct. Then 300 soldiers came.");
  get(x, "14 Oct");
  const XcMention *m = get(x, "300");
  ck_assert_str_eq(m->counted, "soldiers");
}
END_TEST

START_TEST(test_next_tuesday_resolves_forward)
{
  g_autoptr(Extracted) x = extract("They meet next Tuesday.");
  const XcMention *m = get(x, "next Tuesday");
  ck_assert_double_eq(m->low, xc_date_from_ymd(2024, 11, 5));
}
END_TEST

START_TEST(test_expected_to_arrive_thursday_resolves_forward)
{
  g_autoptr(Extracted) x = extract("The ship is expected to arrive Thursday.");
  ck_assert_double_eq(get(x, "Thursday")->low, xc_date_from_ymd(2024, 11, 7));
}
END_TEST

START_TEST(test_october_27_and_28_is_two_days)
{
  g_autoptr(Extracted) x = extract("Talks were held on October 27 and 28.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_DATE), 2);
  ck_assert_uint_eq(count_kind(x, XC_KIND_COUNT), 0);
  ck_assert_double_eq(get(x, "28")->low, xc_date_from_ymd(2024, 10, 28));
}
END_TEST

START_TEST(test_year_ranges_2023_2024_and_2024_25_are_years)
{
  g_autoptr(Extracted) x = extract("The 2023-2024 season and the 2024-25 budget.");
  const XcMention *a = get(x, "2023-2024"), *b = get(x, "2024-25");
  ck_assert_int_eq(a->kind, XC_KIND_YEAR);
  ck_assert_int_eq(b->kind, XC_KIND_YEAR);
  ck_assert_double_eq(b->high, 2025);
  ck_assert_uint_eq(count_kind(x, XC_KIND_COUNT), 0);
}
END_TEST

START_TEST(test_the_1990s_is_a_decade_of_years)
{
  g_autoptr(Extracted) x = extract("It grew in the 1990s.");
  const XcMention *m = only(x);
  ck_assert_int_eq(m->kind, XC_KIND_YEAR);
  ck_assert_double_eq(m->low, 1990);
  ck_assert_double_eq(m->high, 1999);
}
END_TEST

START_TEST(test_had_2024_members_is_a_count)
{
  g_autoptr(Extracted) x = extract("The group had 2024 members.");
  const XcMention *m = only(x);
  ck_assert_int_eq(m->kind, XC_KIND_COUNT);
  ck_assert_str_eq(m->counted, "members");
}
END_TEST

START_TEST(test_3_pm_and_9am_are_times)
{
  g_autoptr(Extracted) x = extract("It happened at 3 p.m. and again at 9am.");
  ck_assert_uint_eq(count_kind(x, XC_KIND_TIME), 2);
  ck_assert_double_eq(get(x, "3 p.m.")->low, 15 * 60);
  ck_assert_double_eq(get(x, "9am")->low, 9 * 60);
}
END_TEST

START_TEST(test_40m_tall_is_metres_not_million)
{
  g_autoptr(Extracted) x = extract("The tower is 40m tall. It cost \xC2\xA3" "40m.");
  const XcMention *m = get(x, "40m");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_str_eq(m->unit, "m");
  ck_assert_double_eq(m->low, 40);
  ck_assert_double_eq(get(x, "\xC2\xA3" "40m")->low, 40e6);
}
END_TEST

START_TEST(test_minus_5_degrees_is_negative)
{
  g_autoptr(Extracted) x = extract("It was -5 degrees outside.");
  const XcMention *m = get(x, "-5 degrees");
  ck_assert_int_eq(m->kind, XC_KIND_MEASURE);
  ck_assert_double_eq(m->low, -5);
}
END_TEST

START_TEST(test_two_out_of_five_and_1_in_5_are_percentages)
{
  g_autoptr(Extracted) x = extract("Two out of five voters agreed. 1 in 5 children are poor.");
  const XcMention *a = get(x, "Two out of five"), *b = get(x, "1 in 5");
  ck_assert_int_eq(a->kind, XC_KIND_PERCENT);
  ck_assert_double_eq(a->low, 40);
  ck_assert_int_eq(b->kind, XC_KIND_PERCENT);
  ck_assert_double_eq(b->low, 20);
  ck_assert_uint_eq(count_kind(x, XC_KIND_COUNT), 0);
}
END_TEST

START_TEST(test_a_tenth_of_half_of_and_30pc_are_percentages)
{
  g_autoptr(Extracted) x = extract("A tenth of the budget went missing. Inflation hit 30pc. "
                                   "Half of the voters stayed home.");
  ck_assert_double_eq(get(x, "A tenth")->low, 10);
  ck_assert_double_eq(get(x, "30pc")->low, 30);
  ck_assert_double_eq(get(x, "Half")->low, 50);
  ck_assert_uint_eq(count_kind(x, XC_KIND_PERCENT), 3);
}
END_TEST

START_TEST(test_one_in_three_reads_to_a_percentage_point)
{
  g_autoptr(Extracted) x = extract("One in three people agreed.");
  ck_assert_double_eq(get(x, "One in three")->precision, 1);
}
END_TEST

START_TEST(test_north_korean_army_soldiers_is_counted_whole)
{
  g_autoptr(Extracted) x = extract("There are 10,000 North Korean army soldiers in Kursk.");
  ck_assert_str_eq(get(x, "10,000")->counted, "North Korean army soldiers");
}
END_TEST

START_TEST(test_bracketed_aside_is_counted_without_brackets)
{
  g_autoptr(Extracted) x = extract("Some 10,000-12,000 (North Korean) forces fought.");
  ck_assert_str_eq(get(x, "Some 10,000-12,000")->counted, "North Korean forces");
}
END_TEST

START_TEST(test_about_18_20000_has_precision_1000)
{
  g_autoptr(Extracted) x = extract("Recruitment fell to about 18-20,000 a month.");
  ck_assert_double_eq(get(x, "about 18-20,000")->precision, 1000);
}
END_TEST

START_TEST(test_monthly_recruitment_from_70000_to_18_20000_are_both_rates)
{
  g_autoptr(Extracted) x = extract("The rate of monthly recruitment has dropped from 70,000 "
                                   "to about 18-20,000.");
  ck_assert_uint_eq(get(x, "70,000")->flags & XC_MENTION_RATE, XC_MENTION_RATE);
  ck_assert_uint_eq(get(x, "about 18-20,000")->flags & XC_MENTION_RATE, XC_MENTION_RATE);
}
END_TEST

START_TEST(test_covid_19_and_article_5_are_names)
{
  g_autoptr(Extracted) x = extract("Cases of covid-19 rose. Article 5 was invoked.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_45000_space_000_gives_no_count_of_zero)
{
  g_autoptr(Extracted) x = extract("They count 45,000 000 votes.");
  ck_assert_double_eq(only(x)->low, 45000);
}
END_TEST

START_TEST(test_a_50_50_chance_is_no_count)
{
  g_autoptr(Extracted) x = extract("There is a 50-50 chance.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_european_10_000_people_is_ten_thousand)
{
  g_autoptr(Extracted) x = extract("About 10.000 people marched. The rod is 1.500 km long.");
  const XcMention *m = get(x, "About 10.000");
  ck_assert_double_eq(m->stated[0], 10000);
  ck_assert_double_eq(get(x, "1.500 km")->stated[0], 1.5);
}
END_TEST

START_TEST(test_telephone_number_gives_no_figure)
{
  g_autoptr(Extracted) x = extract("Call +1-222-2222-2222 for help.");
  ck_assert_uint_eq(x->mentions->len, 0);
}
END_TEST

START_TEST(test_long_sentence_of_figures_is_linear)
{
  /* 200,000 figures in one sentence: quadratic work would take minutes */
  GString *text = g_string_new("If ");
  for (int i = 0; i < 200000; i++)
    g_string_append(text, "about 12 troops and ");
  g_string_append(text, "more.");
  gint64 t0 = g_get_monotonic_time();
  g_autoptr(Extracted) x = extract(text->str);
  gint64 t1 = g_get_monotonic_time();
  g_string_free(text, TRUE);
  ck_assert_uint_eq(x->mentions->len, 200000);
  ck_assert_int_lt(t1 - t0, 20 * G_USEC_PER_SEC);
}
END_TEST

/* ---- the phrase table: fixtures/extract/phrases.tsv ----
 *
 * Columns: phrase, the words of the expected mention, kind, low, high.
 * Bounds are numbers, "inf"/"-inf", or YYYY-MM-DD for dates.  Every
 * phrase is read as a document dated 2024-11-02.  Lines starting with '#'
 * and blank lines are skipped. */

static char **
table_lines(void)
{
  g_autofree char *path = xc_test_fixture("extract/phrases.tsv");
  g_autofree char *text = NULL;
  GError *error = NULL;
  if (!g_file_get_contents(path, &text, NULL, &error)) {
    ck_abort_msg("%s", error->message);
  }
  char **lines = g_strsplit(text, "\n", -1);
  /* keep the data rows only */
  guint n = 0;
  for (guint i = 0; lines[i]; i++) {
    if (lines[i][0] == '\0' || lines[i][0] == '#') {
      g_free(lines[i]);
      continue;
    }
    lines[n++] = lines[i];
  }
  lines[n] = NULL;
  return lines;
}

/* The number of data rows, counted while the suite is built (outside any
 * test, so without Check's assertions).  An unreadable table still gives
 * one row, whose test then fails with the reason. */
static guint
count_table_rows(void)
{
  const char *root = g_getenv("XC_FIXTURES");
  if (!root)
    return 1;
  g_autofree char *path = g_build_filename(root, "extract", "phrases.tsv", NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents(path, &text, NULL, NULL))
    return 1;
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  guint n = 0;
  for (guint i = 0; lines[i]; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      n++;
  return MAX(n, 1);
}

static double
parse_bound(const char *s, XcKind kind)
{
  if (g_str_equal(s, "inf"))
    return INFINITY;
  if (g_str_equal(s, "-inf"))
    return -INFINITY;
  if (kind == XC_KIND_DATE) {
    guint32 day = xc_date_parse_iso(s);
    ck_assert_msg(day != 0, "bad date %s in phrases.tsv", s);
    return day;
  }
  char *end = NULL;
  double v = g_ascii_strtod(s, &end);
  ck_assert_msg(end && *end == '\0', "bad number %s in phrases.tsv", s);
  return v;
}

static XcKind
parse_kind(const char *s)
{
  for (int k = 0; k < XC_N_KINDS; k++)
    if (g_str_equal(xc_kind_to_string((XcKind)k), s))
      return (XcKind)k;
  ck_abort_msg("bad kind %s in phrases.tsv", s);
  return XC_KIND_COUNT;
}

START_TEST(test_phrase_table_row_gives_its_span_kind_and_interval)
{
  g_auto(GStrv) lines = table_lines();
  ck_assert_uint_lt((guint)_i, g_strv_length(lines));
  g_auto(GStrv) f = g_strsplit(lines[_i], "\t", -1);
  ck_assert_msg(g_strv_length(f) == 5, "row %d needs 5 columns: %s", _i + 1, lines[_i]);
  XcKind kind = parse_kind(f[2]);
  double low = parse_bound(f[3], kind), high = parse_bound(f[4], kind);

  g_autoptr(Extracted) x = extract(f[0]);
  const XcMention *m = find_exact(x, f[1]);
  if (!m) {
    g_autofree char *all = list_mentions(x);
    ck_abort_msg("\"%s\": no mention \"%s\"; found: %s", f[0], f[1], all);
  }
  ck_assert_msg(m->kind == kind, "\"%s\": kind %s, expected %s", f[0],
                xc_kind_to_string(m->kind), f[2]);
  if (isinf(low))
    ck_assert_msg(m->low == low, "\"%s\": low %g, expected %s", f[0], m->low, f[3]);
  else
    ck_assert_msg(fabs(m->low - low) <= 1e-6 * fmax(1, fabs(low)), "\"%s\": low %.10g, expected %s",
                  f[0], m->low, f[3]);
  if (isinf(high))
    ck_assert_msg(m->high == high, "\"%s\": high %g, expected %s", f[0], m->high, f[4]);
  else
    ck_assert_msg(fabs(m->high - high) <= 1e-6 * fmax(1, fabs(high)),
                  "\"%s\": high %.10g, expected %s", f[0], m->high, f[4]);
}
END_TEST

Suite *xc_extract_suite(void);

Suite *
xc_extract_suite(void)
{
  Suite *s = suite_create("extract");
  TCase *tc = tcase_create("numbers");
  tcase_add_test(tc, test_comma_separated_10000_reads_10000);
  tcase_add_test(tc, test_two_comma_groups_read_1250000);
  tcase_add_test(tc, test_no_break_space_groups_45_000);
  tcase_add_test(tc, test_narrow_no_break_space_groups_45_000);
  tcase_add_test(tc, test_plain_space_groups_10_000);
  tcase_add_test(tc, test_year_then_count_with_a_space_stay_two_figures);
  tcase_add_test(tc, test_decimal_104_7_reads_with_precision_one_tenth);
  tcase_add_test(tc, test_word_six_reads_6);
  tcase_add_test(tc, test_hyphenated_thirty_four_reads_34);
  tcase_add_test(tc, test_three_hundred_and_twelve_reads_312);
  tcase_add_test(tc, test_half_a_dozen_reads_6);
  tcase_add_test(tc, test_two_dozen_reads_24);
  tcase_add_test(tc, test_forty_thousand_reads_40000);
  tcase_add_test(tc, test_five_twenty_is_two_numbers_not_one);
  tcase_add_test(tc, test_one_as_a_pronoun_is_no_figure);
  tcase_add_test(tc, test_at_least_one_is_a_count);
  tcase_add_test(tc, test_dozens_as_the_object_of_a_verb_is_a_vague_count);
  tcase_add_test(tc, test_dozens_as_the_subject_of_a_clause_is_a_vague_count);
  tcase_add_test(tc, test_a_bare_plural_no_clause_counts_with_is_no_figure);
  tcase_add_test(tc, test_thousands_of_troops_counts_the_troops);
  tcase_add_test(tc, test_3_7_million_reads_3700000);
  tcase_add_test(tc, test_4k_reads_4000);
  tcase_add_test(tc, test_2_4bn_reads_2400000000);
  tcase_add_test(tc, test_8_5_thousand_reads_8500);
  suite_add_tcase(s, tc);

  tc = tcase_create("money");
  tcase_add_test(tc, test_dollar_2_4_billion_is_usd_money);
  tcase_add_test(tc, test_euro_7_million_is_eur_money);
  tcase_add_test(tc, test_pound_40m_is_gbp_40_million);
  tcase_add_test(tc, test_us_dollar_prefix_is_usd);
  tcase_add_test(tc, test_currency_word_after_the_number_is_money);
  tcase_add_test(tc, test_hryvnia_sign_is_uah);
  tcase_add_test(tc, test_money_range_10_12_million_shares_the_multiplier);
  tcase_add_test(tc, test_money_between_1_and_2_million_is_a_range);
  tcase_add_test(tc, test_money_has_no_counted_noun);
  suite_add_tcase(s, tc);

  tc = tcase_create("qualifiers");
  tcase_add_test(tc, test_about_200_allows_a_tenth_either_way);
  tcase_add_loop_test(tc, test_qualifier_words_give_their_interval, 0,
                      G_N_ELEMENTS(qual_cases));
  tcase_add_test(tc, test_some_18_is_about_18);
  tcase_add_test(tc, test_nearly_50_is_from_45_to_50);
  tcase_add_test(tc, test_more_than_7000_is_open_above);
  tcase_add_test(tc, test_at_least_28_is_open_above);
  tcase_add_test(tc, test_up_to_10000_is_open_below);
  tcase_add_test(tc, test_qualifier_in_the_previous_sentence_does_not_apply);
  tcase_add_test(tc, test_about_on_a_range_widens_both_ends);
  suite_add_tcase(s, tc);

  tc = tcase_create("ranges");
  tcase_add_test(tc, test_range_10000_12000_reads_both_ends);
  tcase_add_test(tc, test_range_with_en_dash_reads_both_ends);
  tcase_add_test(tc, test_range_with_shared_thousands_reads_18000_to_20000);
  tcase_add_test(tc, test_range_with_shared_million_reads_3_to_4_million);
  tcase_add_test(tc, test_three_point_range_10000_11000_12000_states_three_numbers);
  tcase_add_test(tc, test_between_x_and_y_is_a_range_that_includes_between);
  tcase_add_test(tc, test_x_to_y_is_a_range);
  tcase_add_test(tc, test_from_70000_to_about_18_20000_is_not_one_range);
  tcase_add_test(tc, test_change_from_200_to_300_is_two_figures);
  tcase_add_test(tc, test_from_200_to_300_without_a_change_verb_is_a_range);
  tcase_add_test(tc, test_score_7_3_is_no_range);
  suite_add_tcase(s, tc);

  tc = tcase_create("percent");
  tcase_add_test(tc, test_47_5_percent_reads_47_5);
  tcase_add_test(tc, test_83_percent_sign_reads_83);
  tcase_add_test(tc, test_9_per_cent_reads_9);
  tcase_add_test(tc, test_a_quarter_reads_25_percent);
  tcase_add_test(tc, test_two_thirds_reads_66_7_percent);
  tcase_add_test(tc, test_three_quarters_reads_75_percent);
  tcase_add_test(tc, test_one_in_three_reads_33_3_percent);
  tcase_add_test(tc, test_percent_range_10_15_reads_both_ends);
  tcase_add_test(tc, test_a_quarter_of_an_hour_is_no_proportion);
  tcase_add_test(tc, test_seed_000_about_a_quarter_is_22_5_to_27_5_percent);
  suite_add_tcase(s, tc);

  tc = tcase_create("measures");
  tcase_add_test(tc, test_four_miles_is_a_measure_in_mi);
  tcase_add_test(tc, test_60_mm_is_a_measure_in_mm);
  tcase_add_test(tc, test_120mm_attached_is_a_measure_in_mm);
  tcase_add_test(tc, test_12_square_kilometres_is_km2);
  tcase_add_test(tc, test_6_1_magnitude_before_its_word_is_a_magnitude);
  tcase_add_test(tc, test_a_magnitude_of_at_least_5_9_is_a_magnitude);
  tcase_add_test(tc, test_a_decimal_after_it_was_in_a_sentence_of_magnitudes_is_a_magnitude);
  tcase_add_test(tc, test_6_1_on_the_richter_scale_is_a_magnitude);
  tcase_add_test(tc, test_a_count_beside_the_word_magnitude_stays_a_count);
  tcase_add_test(tc, test_aftershocks_of_around_4_0_is_a_magnitude);
  tcase_add_test(tc, test_magnitudes_ranging_from_3_6_to_4_3_is_a_range_of_magnitudes);
  tcase_add_test(tc, test_20_square_miles_is_mi2);
  tcase_add_test(tc, test_3200_acres_is_a_measure_in_acre);
  tcase_add_test(tc, test_50_mph_is_a_measure_in_mph);
  tcase_add_test(tc, test_seed_003_about_four_miles_is_3_6_to_4_4_mi);
  suite_add_tcase(s, tc);

  tc = tcase_create("dates");
  tcase_add_test(tc, test_october_4_takes_the_year_of_the_document);
  tcase_add_test(tc, test_october_4_takes_the_year_of_the_fallback_day_when_undated);
  tcase_add_test(tc, test_date_without_year_or_document_date_is_left_out);
  tcase_add_test(tc, test_december_28_in_a_january_article_is_the_year_before);
  tcase_add_test(tc, test_2_november_comma_2024_reads_its_own_year);
  tcase_add_test(tc, test_oct_dot_4_is_october_4);
  tcase_add_test(tc, test_iso_2024_11_02_is_a_date);
  tcase_add_test(tc, test_an_ambiguous_numeric_date_takes_the_day_first_order_its_document_shows);
  tcase_add_test(tc, test_an_ambiguous_numeric_date_takes_the_month_first_order_its_document_shows);
  tcase_add_test(tc, test_an_ambiguous_numeric_date_is_left_alone_when_its_document_shows_no_order);
  tcase_add_test(tc, test_a_numeric_date_without_its_year_is_never_read_by_convention);
  tcase_add_test(tc, test_october_27_28_is_a_two_day_range);
  tcase_add_test(tc, test_between_1_and_3_march_is_a_three_day_range);
  tcase_add_test(tc, test_in_june_is_the_whole_month);
  tcase_add_test(tc, test_month_and_year_is_the_whole_month);
  tcase_add_test(tc, test_on_tuesday_is_the_last_tuesday_before_the_document);
  tcase_add_test(tc, test_on_saturday_in_a_saturday_article_is_that_day);
  tcase_add_test(tc, test_last_saturday_in_a_saturday_article_is_a_week_before);
  tcase_add_test(tc, test_yesterday_is_the_day_before_the_document);
  tcase_add_test(tc, test_last_week_is_monday_to_sunday_of_the_week_before);
  tcase_add_test(tc, test_the_last_week_of_october_is_october_25_to_31);
  tcase_add_test(tc, test_relative_dates_without_a_document_date_are_left_out);
  tcase_add_test(tc, test_the_second_half_of_a_match_is_no_date);
  tcase_add_test(tc, test_a_wet_summer_is_no_season);
  tcase_add_test(tc, test_this_may_be_is_no_month);
  tcase_add_test(tc, test_the_first_45_minutes_is_no_day_of_the_month);
  tcase_add_test(tc, test_the_27th_floor_is_no_day_of_the_month);
  tcase_add_test(tc, test_would_last_a_week_is_no_past_week);
  tcase_add_test(tc, test_in_three_weeks_is_a_duration_not_a_date);
  tcase_add_test(tc, test_the_previous_year_counts_from_the_story_not_the_document);
  tcase_add_test(tc, test_a_fiscal_year_2005_6_is_no_month);
  tcase_add_test(tc, test_two_days_ago_without_a_document_date_is_no_count);
  tcase_add_test(tc, test_will_meet_on_the_1st_is_the_next_1st);
  tcase_add_test(tc, test_over_the_weekend_on_a_monday_is_the_weekend_just_past);
  tcase_add_test(tc, test_will_rest_over_the_weekend_on_a_monday_is_the_coming_one);
  tcase_add_test(tc, test_may_as_a_verb_is_no_month);
  tcase_add_test(tc, test_seed_002_background_dates_take_2024_from_the_dateline);
  tcase_add_test(tc, test_wildfire_01_saturday_is_june_7_from_a_monday_dateline);
  suite_add_tcase(s, tc);

  tc = tcase_create("times years ordinals");
  tcase_add_test(tc, test_11_37_is_a_time_of_697_minutes);
  tcase_add_test(tc, test_19_00_is_a_time_of_1140_minutes);
  tcase_add_test(tc, test_4_59_pm_is_16_59);
  tcase_add_test(tc, test_wildfire_04_11_37_am_is_a_time);
  tcase_add_test(tc, test_1953_is_a_year);
  tcase_add_test(tc, test_seed_000_since_1953_is_a_year);
  tcase_add_test(tc, test_2024_troops_is_a_count_not_a_year);
  tcase_add_test(tc, test_2_024_with_a_separator_is_a_count_not_a_year);
  tcase_add_test(tc, test_first_unit_is_ordinal_1);
  tcase_add_test(tc, test_2nd_is_ordinal_2);
  tcase_add_test(tc, test_21st_is_ordinal_21);
  tcase_add_test(tc, test_second_batch_is_ordinal_2);
  suite_add_tcase(s, tc);

  tc = tcase_create("names and addresses");
  tcase_add_test(tc, test_ak_12_gives_no_figure);
  tcase_add_test(tc, test_su_34_gives_no_figure);
  tcase_add_test(tc, test_two_numbers_a_slash_joins_are_no_counts);
  tcase_add_test(tc, test_a_fraction_of_voters_is_still_a_proportion);
  tcase_add_test(tc, test_rpg_7s_gives_no_figure);
  tcase_add_test(tc, test_f_16_and_g7_give_no_figure);
  tcase_add_test(tc, test_code_glued_to_letters_gives_no_figure);
  tcase_add_test(tc, test_a_network_generation_before_a_full_stop_is_no_giga);
  tcase_add_test(tc, test_a_plane_named_with_a_capital_e_is_no_power_of_ten);
  tcase_add_test(tc, test_an_ip_address_gives_nothing);
  tcase_add_test(tc, test_a_singer_named_cent_is_no_money);
  tcase_add_test(tc, test_betting_odds_are_no_fraction);
  tcase_add_test(tc, test_a_score_in_brackets_is_no_fraction);
  tcase_add_test(tc, test_six_quarters_are_periods_not_a_fraction);
  tcase_add_test(tc, test_a_third_runway_is_an_ordinal_not_a_proportion);
  tcase_add_test(tc, test_a_fourth_minute_goal_is_an_ordinal_not_a_proportion);
  tcase_add_test(tc, test_a_three_quarter_line_gives_no_count);
  tcase_add_test(tc, test_a_two_bit_politician_is_no_measure);
  tcase_add_test(tc, test_came_to_naught_gives_no_zero);
  tcase_add_test(tc, test_lower_case_us_before_dollars_after_a_verb_is_the_pronoun);
  tcase_add_test(tc, test_dollars_and_a_number_before_a_noun_take_no_cents);
  tcase_add_test(tc, test_a_5_k_race_ending_a_sentence_is_no_thousands);
  tcase_add_test(tc, test_url_gives_nothing);
  tcase_add_test(tc, test_www_address_gives_nothing);
  tcase_add_test(tc, test_seed_002_weapons_line_gives_only_the_60_mm_calibre);
  suite_add_tcase(s, tc);

  tc = tcase_create("context");
  tcase_add_test(tc, test_if_the_number_grows_to_30000_is_hypothetical);
  tcase_add_test(tc, test_could_reach_500_in_an_if_sentence_is_hypothetical);
  tcase_add_test(tc, test_losses_could_reach_240_million_is_a_reported_estimate);
  tcase_add_test(tc, test_were_to_and_clause_initial_should_are_hypothetical);
  tcase_add_test(tc, test_unless_clause_is_hypothetical);
  tcase_add_test(tc, test_if_in_an_earlier_sentence_does_not_make_it_hypothetical);
  tcase_add_test(tc, test_reached_500_in_the_past_is_not_hypothetical);
  tcase_add_test(tc, test_seed_004_increase_to_30000_is_hypothetical);
  tcase_add_test(tc, test_wildfire_04_if_winds_reach_50_mph_is_hypothetical);
  tcase_add_test(tc, test_seed_002_ticker_figures_are_boilerplate);
  tcase_add_test(tc, test_seed_002_everything_after_read_also_is_boilerplate);
  tcase_add_test(tc, test_seed_002_lead_more_than_7000_is_not_boilerplate);
  tcase_add_test(tc, test_seed_002_dateline_and_time_are_boilerplate);
  tcase_add_test(tc, test_seed_002_headline_over_7000_is_flagged_headline);
  tcase_add_test(tc, test_wildfire_05_read_also_block_is_boilerplate);
  tcase_add_test(tc, test_copyright_line_is_boilerplate);
  tcase_add_test(tc, test_2000_drones_monthly_is_a_rate);
  tcase_add_test(tc, test_18000_a_month_is_a_rate);
  tcase_add_test(tc, test_40_targets_per_day_is_a_rate);
  tcase_add_test(tc, test_2000_drones_launched_is_no_rate);
  tcase_add_test(tc, test_seed_000_rate_of_monthly_recruitment_70000_is_a_rate);
  suite_add_tcase(s, tc);

  tc = tcase_create("counted and precision");
  tcase_add_test(tc, test_10000_north_korean_troops_counts_north_korean_troops);
  tcase_add_test(tc, test_12000_strong_group_counts_group);
  tcase_add_test(tc, test_at_least_28_counts_military_transport_aircraft);
  tcase_add_test(tc, test_counted_ends_at_its_plural_head_noun);
  tcase_add_test(tc, test_count_with_no_noun_after_has_no_counted);
  tcase_add_test(tc, test_percent_has_unit_and_no_counted);
  tcase_add_test(tc, test_count_has_no_unit);
  tcase_add_loop_test(tc, test_precision_follows_the_trailing_zeros, 0,
                      G_N_ELEMENTS(precision_cases));
  tcase_add_test(tc, test_precision_of_10000_is_1000);
  tcase_add_test(tc, test_precision_of_2600_is_100);
  tcase_add_test(tc, test_sentence_range_covers_the_sentence_of_the_figure);
  tcase_add_test(tc, test_abbreviation_does_not_end_the_sentence);
  tcase_add_test(tc, test_a_quote_closed_after_its_full_stop_ends_the_sentence);
  tcase_add_test(tc, test_mention_span_includes_qualifier_and_unit);
  suite_add_tcase(s, tc);

  tc = tcase_create("robustness");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, test_10000_digits_in_a_row_give_no_figure);
  tcase_add_test(tc, test_10000_digits_after_a_decimal_point_give_no_figure);
  tcase_add_test(tc, test_3000_comma_groups_give_no_figure);
  tcase_add_test(tc, test_huge_number_reads_finite);
  tcase_add_test(tc, test_40_digit_number_reads_finite);
  tcase_add_test(tc, test_year_followed_by_a_huge_number_is_no_year_span);
  tcase_add_test(tc, test_fuzz_regression_inputs_extract_cleanly);
  tcase_add_test(tc, test_text_that_ends_inside_a_figure_is_safe);
  tcase_add_test(tc, test_text_without_figures_gives_an_empty_array);
  tcase_add_test(tc, test_5_mb_line_of_sentences_with_figures_completes);
  tcase_add_test(tc, test_5_mb_line_of_words_completes_with_no_figure);
  tcase_add_test(tc, test_5_mb_line_of_digits_completes_with_no_figure);
  tcase_add_test(tc, test_5_mb_line_of_punctuation_completes_with_no_figure);
  suite_add_tcase(s, tc);

  tc = tcase_create("api");
  tcase_add_test(tc, test_plain_count_is_counted);
  tcase_add_test(tc, test_dates_percentages_money_and_measures_are_counted);
  tcase_add_test(tc, test_times_years_and_ordinals_are_not_counted);
  tcase_add_test(tc, test_is_counted_follows_the_flags);
  tcase_add_test(tc, test_kind_names_are_lowercase_words);
  tcase_add_test(tc, test_qualifier_names_follow_the_enum_order);
  tcase_add_test(tc, test_mentions_come_in_text_order);
  tcase_add_test(tc, test_mention_free_accepts_null);
  suite_add_tcase(s, tc);

  tc = tcase_create("known bugs");
  tcase_add_test(tc, test_undated_oct_dot_4_and_october_17_give_no_counts);
  tcase_add_test(tc, test_day_first_date_leaves_the_full_stop_to_the_sentence);
  tcase_add_test(tc, test_next_tuesday_resolves_forward);
  tcase_add_test(tc, test_expected_to_arrive_thursday_resolves_forward);
  tcase_add_test(tc, test_october_27_and_28_is_two_days);
  tcase_add_test(tc, test_year_ranges_2023_2024_and_2024_25_are_years);
  tcase_add_test(tc, test_the_1990s_is_a_decade_of_years);
  tcase_add_test(tc, test_had_2024_members_is_a_count);
  tcase_add_test(tc, test_3_pm_and_9am_are_times);
  tcase_add_test(tc, test_40m_tall_is_metres_not_million);
  tcase_add_test(tc, test_minus_5_degrees_is_negative);
  tcase_add_test(tc, test_two_out_of_five_and_1_in_5_are_percentages);
  tcase_add_test(tc, test_a_tenth_of_half_of_and_30pc_are_percentages);
  tcase_add_test(tc, test_one_in_three_reads_to_a_percentage_point);
  tcase_add_test(tc, test_north_korean_army_soldiers_is_counted_whole);
  tcase_add_test(tc, test_bracketed_aside_is_counted_without_brackets);
  tcase_add_test(tc, test_about_18_20000_has_precision_1000);
  tcase_add_test(tc, test_monthly_recruitment_from_70000_to_18_20000_are_both_rates);
  tcase_add_test(tc, test_covid_19_and_article_5_are_names);
  tcase_add_test(tc, test_45000_space_000_gives_no_count_of_zero);
  tcase_add_test(tc, test_a_50_50_chance_is_no_count);
  tcase_add_test(tc, test_european_10_000_people_is_ten_thousand);
  tcase_add_test(tc, test_telephone_number_gives_no_figure);
  tcase_add_test(tc, test_long_sentence_of_figures_is_linear);
  suite_add_tcase(s, tc);

  tc = tcase_create("phrases");
  tcase_add_loop_test(tc, test_phrase_table_row_gives_its_span_kind_and_interval, 0,
                      (int)count_table_rows());
  suite_add_tcase(s, tc);
  return s;
}
