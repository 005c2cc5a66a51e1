/* test-conformance.c: the extractor against the English spec files of
 * Microsoft Recognizers-Text (../shared/conformance/recognizers-text/).
 *
 * Each spec case is one small document.  crosscheck extracts it and the
 * mentions of the kinds a file is about are mapped onto the spec's result
 * shape (docs/conformance.md sets the mapping out); a case passes when the
 * mapped results and the expected ones are the same set: same spans, equal
 * values, intervals or days.  Each file prints its pass rate against the
 * issue's target and fails the test when the rate falls below its floor,
 * the rate already reached (fixtures/conformance-bars.tsv), so that no
 * change can lose ground unnoticed.
 * Cases listed in fixtures/conformance-exclusions.tsv, each with its
 * reason, are left out of the rate.  The spec data is read in place; when
 * XC_SHARED or the directory is absent the tests skip with a message. */
#include "xc-test.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

static void
json_decref_ptr(json_t *j)
{
  json_decref(j);
}
typedef json_t XcJson;
G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcJson, json_decref_ptr)

/* What a file's expected results look like and which mentions answer them. */
typedef enum {
  F_NUMBER,       /* "number": each figure's number words and value */
  F_RANGE,        /* "numberrange": qualified or ranged figures, intervals */
  F_PERCENT,      /* "percentage": percent mentions, "100%" */
  F_CURRENCY,     /* "currency": money, value and unit */
  F_DIMENSION,    /* "dimension": measures, value and unit */
  F_DATE_SPAN,    /* extractor files: spans and date/daterange */
  F_DATE_VALUE,   /* parser files: spans and days */
} Family;

typedef struct {
  const char *path;   /* below Specs/ */
  const char *name;   /* as in the bars and exclusions */
  Family family;
} SpecFile;

static const SpecFile spec_files[] = {
  { "Number/English/NumberModel.json", "NumberModel", F_NUMBER },
  { "Number/English/NumberRangeModel.json", "NumberRangeModel", F_RANGE },
  { "Number/English/PercentModel.json", "PercentModel", F_PERCENT },
  { "NumberWithUnit/English/CurrencyModel.json", "CurrencyModel", F_CURRENCY },
  { "NumberWithUnit/English/DimensionModel.json", "DimensionModel", F_DIMENSION },
  { "DateTime/English/DateExtractor.json", "DateExtractor", F_DATE_SPAN },
  { "DateTime/English/DatePeriodExtractor.json", "DatePeriodExtractor", F_DATE_SPAN },
  { "DateTime/English/DateParser.json", "DateParser", F_DATE_VALUE },
  { "DateTime/English/DatePeriodParser.json", "DatePeriodParser", F_DATE_VALUE },
};

/* One result, expected or found, in a shape both sides can be put in. */
typedef struct {
  glong start, end;        /* characters, end exclusive */
  double lo, hi;           /* value (lo == hi) or interval or days */
  gboolean lo_open, hi_open;
  gboolean has_value;      /* the spec gives a value (some give null) */
  gboolean range;          /* date files: a daterange rather than a date */
  guint32 alt_lo, alt_hi;  /* parser files: the past resolution */
  char unit[48];
} Result;

/* Spec unit names and the codes crosscheck writes. */
static const struct {
  const char *spec, *code;
} unit_names[] = {
  { "Dollar", "USD" }, { "United States dollar", "USD" }, { "Euro", "EUR" },
  { "Pound", "GBP" }, { "British pound", "GBP" }, { "Japanese yen", "JPY" },
  { "Chinese yuan", "CNY" }, { "Rupee", "INR" }, { "Swiss franc", "CHF" },
  { "Franc", "CHF" }, { "Canadian dollar", "CAD" }, { "Australian dollar", "AUD" },
  { "Hong Kong dollar", "HKD" }, { "New Zealand dollar", "NZD" },
  { "Mexican peso", "MXN" }, { "Turkish lira", "TRY" }, { "Pence", "GBX" },
  { "Penny", "GBX" }, { "Peseta", "ESP" }, { "Netherlands guilder", "NLG" },
  { "Finnish markka", "FIM" }, { "Rupee", "INR" }, { "Swiss franc", "CHF" },
  { "Lao kip", "LAK" }, { "Costa Rican colón", "CRC" }, { "Georgian lari", "GEL" },
  { "Mile", "mi" }, { "Kilometer", "km" }, { "Meter", "m" }, { "Foot", "ft" },
  { "Inch", "in" }, { "Millimeter", "mm" }, { "Centimeter", "cm" },
  { "Decimeter", "dm" }, { "Acre", "acre" }, { "Hectare", "ha" },
  { "Metric ton", "t" }, { "Ton", "t" }, { "Kilogram", "kg" }, { "Gram", "g" },
  { "Microgram", "ug" }, { "Milligram", "mg" }, { "Pound", "lb" }, { "Ounce", "oz" }, { "Gallon", "gal" },
  { "Barrel", "bbl" }, { "Milliliter", "ml" }, { "Liter", "l" },
  { "Square meter", "m2" }, { "Square kilometer", "km2" }, { "Square mile", "mi2" },
  { "Cubic foot", "ft3" }, { "Kilometer per hour", "km/h" },
  { "Mile per hour", "mph" }, { "Degree", "deg" }, { "Yard", "yd" },
  { "Square foot", "ft2" }, { "Cubic meter", "m3" }, { "Cent", "USX" },
  { "Sri Lankan rupee", "LKR" }, { "Bit", "bit" }, { "Megabit", "Mb" }, { "Megabyte", "MB" },
  { "Tablespoon", "tbsp" }, { "Teaspoon", "tsp" }, { "Cup", "cup" }, { "Radian", "rad" }, { "Bitcoin", "BTC" }, { "Satoshi", "SAT" },
};

static gboolean
unit_matches(const char *spec, const char *code)
{
  if (!spec[0] || !code)
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS(unit_names); k++)
    if (g_str_equal(unit_names[k].spec, spec) && g_str_equal(unit_names[k].code, code))
      return TRUE;
  return FALSE;
}

static const char *
shared_specs(void)
{
  static char *dir;
  if (!dir) {
    const char *shared = g_getenv("XC_SHARED");
    if (!shared)
      return NULL;
    dir = g_build_filename(shared, "conformance", "recognizers-text", "Specs", NULL);
  }
  return g_file_test(dir, G_FILE_TEST_IS_DIR) ? dir : NULL;
}

/* Loads a spec file, dropping the BOM DateTime files begin with. */
static json_t *
load_spec(const char *path)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  GError *error = NULL;
  if (!g_file_get_contents(path, &text, &len, &error))
    ck_abort_msg("%s", error->message);
  const char *p = text;
  if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
    p += 3, len -= 3;
  json_error_t jerr;
  json_t *root = json_loadb(p, len, 0, &jerr);
  ck_assert_msg(root && json_is_array(root), "%s:%d: %s", path, jerr.line, jerr.text);
  return root;
}

static char *
table_path(const char *name)
{
  return g_build_filename(g_getenv("XC_FIXTURES"), name, NULL);
}

/* The exclusions: "file\tinput\treason" rows; returns the inputs of @file. */
static GHashTable *
load_exclusions(const char *file)
{
  GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *path = table_path("conformance-exclusions.tsv");
  g_autofree char *text = NULL;
  GError *error = NULL;
  if (!g_file_get_contents(path, &text, NULL, &error))
    ck_abort_msg("%s", error->message);
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    if (lines[i][0] == '\0' || lines[i][0] == '#')
      continue;
    g_auto(GStrv) f = g_strsplit(lines[i], "\t", -1);
    ck_assert_msg(g_strv_length(f) == 3 && f[2][0],
                  "conformance-exclusions.tsv line %u needs file, input and reason", i + 1);
    if (g_str_equal(f[0], file))
      g_hash_table_add(set, g_strcompress(f[1]));
  }
  return set;
}

/* The target and the floor of @file, percentages, from
 * fixtures/conformance-bars.tsv. */
static void
load_bar(const char *file, double *target, double *floor_rate)
{
  g_autofree char *path = table_path("conformance-bars.tsv");
  g_autofree char *text = NULL;
  GError *error = NULL;
  if (!g_file_get_contents(path, &text, NULL, &error))
    ck_abort_msg("%s", error->message);
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    g_auto(GStrv) f = g_strsplit(lines[i], "\t", -1);
    if (lines[i][0] != '#' && g_strv_length(f) == 3 && g_str_equal(f[0], file)) {
      *target = g_ascii_strtod(f[1], NULL);
      *floor_rate = g_ascii_strtod(f[2], NULL);
      return;
    }
  }
  ck_abort_msg("conformance-bars.tsv has no target and floor for %s", file);
}

static guint32
iso_day(const char *s)
{
  if (!s || strlen(s) < 10)
    return 0;
  char buf[11];
  memcpy(buf, s, 10);
  buf[10] = '\0';
  return xc_date_parse_iso(buf);
}

/* Reads "[20,30)", "(,100]", "[500,)" into @r. */
static gboolean
parse_interval(const char *s, Result *r)
{
  gsize n = strlen(s);
  if (n < 3 || (s[0] != '[' && s[0] != '(') || (s[n - 1] != ']' && s[n - 1] != ')'))
    return FALSE;
  const char *comma = strchr(s, ',');
  if (!comma)
    return FALSE;
  r->lo_open = s[0] == '(';
  r->hi_open = s[n - 1] == ')';
  r->lo = comma == s + 1 ? -INFINITY : g_ascii_strtod(s + 1, NULL);
  r->hi = comma[1] == s[n - 1] ? INFINITY : g_ascii_strtod(comma + 1, NULL);
  return TRUE;
}

static glong
char_offset(const char *text, gsize byte)
{
  return g_utf8_pointer_to_offset(text, text + byte);
}

/* An expected result in the shape of Result. */
static gboolean
expected_result(Family fam, json_t *r, Result *out)
{
  memset(out, 0, sizeof *out);
  json_t *start = json_object_get(r, "Start");
  out->start = json_integer_value(start);
  if (fam == F_DATE_SPAN || fam == F_DATE_VALUE) {
    out->end = out->start + json_integer_value(json_object_get(r, "Length"));
    const char *type = json_string_value(json_object_get(r, "Type"));
    out->range = type && g_str_equal(type, "daterange");
    if (fam == F_DATE_SPAN)
      return TRUE;
    json_t *v = json_object_get(r, "Value");
    json_t *fut = json_object_get(v, "FutureResolution");
    json_t *past = json_object_get(v, "PastResolution");
    if (json_object_get(fut, "date")) {
      out->lo = out->hi = iso_day(json_string_value(json_object_get(fut, "date")));
      out->alt_lo = out->alt_hi = iso_day(json_string_value(json_object_get(past, "date")));
    } else {
      out->lo = iso_day(json_string_value(json_object_get(fut, "startDate")));
      out->hi = iso_day(json_string_value(json_object_get(fut, "endDate")));
      out->alt_lo = iso_day(json_string_value(json_object_get(past, "startDate")));
      out->alt_hi = iso_day(json_string_value(json_object_get(past, "endDate")));
    }
    out->has_value = out->lo != 0 && out->hi != 0;
    return TRUE;
  }
  out->end = json_integer_value(json_object_get(r, "End")) + 1;  /* inclusive */
  json_t *res = json_object_get(r, "Resolution");
  const char *value = json_string_value(json_object_get(res, "value"));
  const char *unit = json_string_value(json_object_get(res, "unit"));
  if (unit)
    g_strlcpy(out->unit, unit, sizeof out->unit);
  if (!value || g_str_equal(value, "null"))
    return TRUE;
  out->has_value = TRUE;
  if (fam == F_RANGE)
    return parse_interval(value, out);
  out->lo = out->hi = g_ascii_strtod(value, NULL);
  return TRUE;
}

/* The mentions of @fam's kinds, mapped onto the spec's shape. */
static GArray *
found_results(Family fam, const char *text, GPtrArray *mentions)
{
  GArray *out = g_array_new(FALSE, TRUE, sizeof(Result));
  for (guint i = 0; i < mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(mentions, i);
    Result r = { 0 };
    r.has_value = TRUE;
    gboolean quantity = m->kind == XC_KIND_COUNT || m->kind == XC_KIND_PERCENT ||
                        m->kind == XC_KIND_MONEY || m->kind == XC_KIND_MEASURE;
    switch (fam) {
    case F_NUMBER:
      /* every figure's number words, dates and times aside */
      if (!(quantity || m->kind == XC_KIND_YEAR) || m->n_stated != 1 ||
          m->qualifier == XC_QUALIFIER_VAGUE)
        continue;
      /* the spec reads no number glued to a unit's letters ("180ml") */
      if (g_ascii_isalpha(text[m->value_end]))
        continue;
      r.start = char_offset(text, m->value_start);
      r.end = char_offset(text, m->value_end);
      r.lo = r.hi = m->kind == XC_KIND_PERCENT && m->proportion ?
                    m->stated[0] / 100 : m->stated[0];
      break;
    case F_RANGE: {
      /* a range said "about 20~100" is compared on its written ends,
       * without "about"; a figure said "equal to 20" (a qualifier phrase
       * that leaves it exact) is the closed range [20,20] */
      gboolean about_range = m->qualifier == XC_QUALIFIER_ABOUT && m->n_stated > 1;
      gboolean equal = m->qualifier == XC_QUALIFIER_EXACT && m->n_stated == 1 &&
                       m->start < m->bare_start;
      if (!quantity || !(m->qualifier == XC_QUALIFIER_RANGE ||
                         m->qualifier == XC_QUALIFIER_MORE_THAN ||
                         m->qualifier == XC_QUALIFIER_AT_LEAST ||
                         m->qualifier == XC_QUALIFIER_UP_TO ||
                         m->qualifier == XC_QUALIFIER_LESS_THAN || about_range || equal))
        continue;
      r.start = char_offset(text, about_range ? m->bare_start : m->start);
      r.end = char_offset(text, m->end);
      r.lo = about_range ? m->stated[0] : m->low;
      r.hi = about_range ? m->stated[m->n_stated - 1] : m->high;
      /* a proportion in words or as "1/2" is a part of one, as above */
      if (m->kind == XC_KIND_PERCENT && m->proportion) {
        r.lo /= 100;
        r.hi /= 100;
      }
      r.lo_open = m->qualifier == XC_QUALIFIER_MORE_THAN;
      r.hi_open = m->qualifier == XC_QUALIFIER_LESS_THAN;
      break;
    }
    case F_PERCENT:
    case F_CURRENCY:
    case F_DIMENSION:
      if (m->kind != (fam == F_PERCENT ? XC_KIND_PERCENT :
                      fam == F_CURRENCY ? XC_KIND_MONEY : XC_KIND_MEASURE))
        continue;
      r.start = char_offset(text, m->bare_start);
      r.end = char_offset(text, m->end);
      r.lo = m->stated[0];
      r.hi = m->n_stated > 1 ? m->stated[m->n_stated - 1] : m->stated[0];
      if (m->unit)
        g_strlcpy(r.unit, m->unit, sizeof r.unit);
      break;
    case F_DATE_SPAN:
    case F_DATE_VALUE:
      /* a year or a decade is a span of days too: crosscheck keeps it as
       * kind year, with the years as bounds */
      if (m->kind == XC_KIND_YEAR) {
        r.lo = xc_date_from_ymd((int)m->low, 1, 1);
        r.hi = xc_date_from_ymd((int)m->high, 12, 31);
      } else if (m->kind == XC_KIND_DATE) {
        r.lo = m->low;
        r.hi = m->high;
      } else {
        continue;
      }
      r.start = char_offset(text, m->start);
      r.end = char_offset(text, m->end);
      r.range = r.hi > r.lo;
      break;
    }
    g_array_append_val(out, r);
  }
  return out;
}

static gboolean
same_value(double a, double b)
{
  if (isinf(a) || isinf(b))
    return a == b;
  return fabs(a - b) <= 1e-9 * fmax(1, fmax(fabs(a), fabs(b)));
}

/* Whether found result @f answers expected result @e (see the mapping in
 * docs/conformance.md). */
static gboolean
answers(Family fam, const Result *e, const Result *f)
{
  if (e->start != f->start || e->end != f->end)
    return FALSE;
  switch (fam) {
  case F_NUMBER:
  case F_PERCENT:
    return e->has_value && same_value(e->lo, f->lo) && same_value(e->hi, f->hi);
  case F_RANGE:
    /* both ends equal; an open one-sided bound must be open (a range's
     * own upper end is read as included, as news means it) */
    return e->has_value && same_value(e->lo, f->lo) && same_value(e->hi, f->hi) &&
           (isinf(e->lo) || isinf(e->hi) ?
            (isinf(e->hi) ? e->lo_open == f->lo_open : e->hi_open == f->hi_open) :
            TRUE);
  case F_CURRENCY:
  case F_DIMENSION:
    return e->has_value && same_value(e->lo, f->lo) && same_value(e->hi, f->hi) &&
           unit_matches(e->unit, f->unit);
  case F_DATE_SPAN:
    return e->range == f->range;
  case F_DATE_VALUE: {
    if (!e->has_value || e->range != f->range)
      return FALSE;
    /* a period's end is exclusive in the spec, a day span's inclusive */
    gboolean fut = f->lo == e->lo && (f->hi == e->hi || f->hi + 1 == e->hi);
    gboolean past = f->lo == e->alt_lo && (f->hi == e->alt_hi || f->hi + 1 == e->alt_hi);
    return fut || past;
  }
  }
  return FALSE;
}

/* Runs one case; returns whether it passes and, when not, why in @why. */
static gboolean
run_case(Family fam, json_t *c, GString *why)
{
  const char *input = json_string_value(json_object_get(c, "Input"));
  json_t *ctx = json_object_get(c, "Context");
  guint32 ref = iso_day(json_string_value(json_object_get(ctx, "ReferenceDateTime")));
  if (!ref)
    ref = xc_date_from_ymd(2016, 11, 7);  /* the spec's default "now" */
  XcDocument *doc = xc_test_doc_dated(input, ref);
  GPtrArray *mentions = xc_extract_document(doc, 0);
  g_autoptr(GArray) found = found_results(fam, input, mentions);

  json_t *results = json_object_get(c, "Results");
  gsize n = json_array_size(results);
  gboolean ok = n == found->len;
  g_autofree gboolean *used = g_new0(gboolean, found->len + 1);
  for (gsize k = 0; k < n && ok; k++) {
    Result e;
    ok = expected_result(fam, json_array_get(results, k), &e);
    gboolean hit = FALSE;
    for (guint j = 0; ok && j < found->len && !hit; j++)
      if (!used[j] && answers(fam, &e, &g_array_index(found, Result, j)))
        hit = used[j] = TRUE;
    ok = ok && hit;
  }
  if (!ok) {
    g_string_append_printf(why, "  FAIL %s\n    expected:", input);
    for (gsize k = 0; k < n; k++) {
      Result e;
      expected_result(fam, json_array_get(results, k), &e);
      g_string_append_printf(why, " [%ld,%ld) %g..%g %s;", e.start, e.end, e.lo, e.hi, e.unit);
    }
    g_string_append(why, "\n    found:   ");
    for (guint j = 0; j < found->len; j++) {
      const Result *f = &g_array_index(found, Result, j);
      g_string_append_printf(why, " [%ld,%ld) %g..%g %s;", f->start, f->end, f->lo, f->hi,
                             f->unit);
    }
    g_string_append_c(why, '\n');
  }
  g_ptr_array_unref(mentions);
  xc_document_free(doc);
  return ok;
}

START_TEST(test_spec_file_passes_at_least_its_floor)
{
  const SpecFile *sf = &spec_files[_i];
  const char *dir = shared_specs();
  if (!dir) {
    printf("conformance: %s skipped: no spec files (set XC_SHARED to the shared "
           "directory holding conformance/recognizers-text/Specs)\n", sf->name);
    return;
  }
  g_autofree char *path = g_build_filename(dir, sf->path, NULL);
  g_autoptr(XcJson) cases = load_spec(path);
  g_autoptr(GHashTable) excluded = load_exclusions(sf->name);
  g_autoptr(GString) why = g_string_new(NULL);
  guint passed = 0, run = 0, left_out = 0;
  for (gsize k = 0; k < json_array_size(cases); k++) {
    json_t *c = json_array_get(cases, k);
    const char *input = json_string_value(json_object_get(c, "Input"));
    if (input && g_hash_table_contains(excluded, input)) {
      left_out++;
      continue;
    }
    run++;
    passed += run_case(sf->family, c, why);
  }
  double rate = run ? 100.0 * passed / run : 0;
  double target = 100, floor_rate = 100;
  load_bar(sf->name, &target, &floor_rate);
  if (g_getenv("XC_CONFORMANCE_VERBOSE"))
    fputs(why->str, stdout);
  printf("conformance: %-20s %3u/%3u passed (%5.1f%%), %u excluded; target %.0f%%%s,"
         " floor %.1f%%\n", sf->name, passed, run, rate, left_out, target,
         rate >= target ? " met" : " NOT met", floor_rate);
  fflush(stdout);
  ck_assert_msg(rate >= floor_rate, "%s: %.1f%% of %u cases pass, below the floor of"
                " %.1f%% (XC_CONFORMANCE_VERBOSE=1 lists the failures)",
                sf->name, rate, run, floor_rate);
}
END_TEST

START_TEST(test_every_exclusion_names_a_case_that_exists)
{
  const char *dir = shared_specs();
  if (!dir) {
    printf("conformance: exclusions not checked: no spec files\n");
    return;
  }
  for (gsize f = 0; f < G_N_ELEMENTS(spec_files); f++) {
    g_autofree char *path = g_build_filename(dir, spec_files[f].path, NULL);
    g_autoptr(XcJson) cases = load_spec(path);
    g_autoptr(GHashTable) excluded = load_exclusions(spec_files[f].name);
    for (gsize k = 0; k < json_array_size(cases); k++)
      g_hash_table_remove(excluded,
                          json_string_value(json_object_get(json_array_get(cases, k),
                                                            "Input")));
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, excluded);
    if (g_hash_table_iter_next(&it, &key, NULL))
      ck_abort_msg("exclusion for %s names no case: %s", spec_files[f].name,
                   (const char *)key);
  }
}
END_TEST

Suite *xc_conformance_suite(void);

Suite *
xc_conformance_suite(void)
{
  Suite *s = suite_create("conformance");
  TCase *tc = tcase_create("recognizers-text");
  tcase_set_timeout(tc, 300);
  tcase_add_loop_test(tc, test_spec_file_passes_at_least_its_floor, 0,
                      (int)G_N_ELEMENTS(spec_files));
  tcase_add_test(tc, test_every_exclusion_names_a_case_that_exists);
  suite_add_tcase(s, tc);
  return s;
}
