/* test-document.c: reading documents: the header (headline, masthead,
 * dateline), positions, validation, the reader (files, directories, JSON
 * Lines) and the corpus.  Real articles from fixtures/ where the behaviour
 * is about real text; temporary files, made and removed here, where it is
 * about files. */
#include "xc-test.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#define SEED_000 "nk-troops/000_b46dabccb294f763.txt"
#define SEED_002 "nk-troops/002_8ddeb09f05f7b7a9.txt"

/* ---- helpers ---- */

/* Byte offset where line @n (1-based) of @text starts. */
static gsize
line_start(const char *text, guint n)
{
  const char *p = text;
  for (guint i = 1; i < n; i++) {
    p = strchr(p, '\n');
    ck_assert_ptr_nonnull(p);
    p++;
  }
  return (gsize)(p - text);
}

static gsize
offset_of(const XcDocument *doc, const char *needle)
{
  const char *p = strstr(doc->text, needle);
  ck_assert_msg(p != NULL, "\"%s\" not in %s", needle, doc->id);
  return (gsize)(p - doc->text);
}

/* A document made from @text with its header read. */
static XcDocument *
doc_with_header(const char *text)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("h", "h.txt", text, -1, TRUE, &error);
  ck_assert_msg(doc != NULL, "%s", error ? error->message : "");
  return doc;
}

/* The publication day read from a dateline line between a headline and a
 * masthead. */
static guint32
published_from_dateline(const char *dateline)
{
  g_autofree char *text = g_strdup_printf(
      "Fire crews battle a blaze near town\nValley Tribune\n%s\n\n"
      "The fire had burned 3,200 acres by Monday morning, officials said.\n",
      dateline);
  g_autoptr(XcDocument) doc = doc_with_header(text);
  return doc->published;
}

static char *
make_tmp_dir(void)
{
  GError *error = NULL;
  char *dir = g_dir_make_tmp("xc-test-document-XXXXXX", &error);
  ck_assert_msg(dir != NULL, "%s", error ? error->message : "");
  return dir;
}

/* Writes @contents (@len bytes, -1: NUL-terminated) to @dir/@name and
 * returns the path (transfer full). */
static char *
write_file(const char *dir, const char *name, const char *contents, gssize len)
{
  char *path = g_build_filename(dir, name, NULL);
  GError *error = NULL;
  ck_assert_msg(g_file_set_contents(path, contents, len, &error), "%s",
                error ? error->message : "");
  return path;
}

/* Removes @dir and everything under it. */
static void
remove_tree(const char *dir)
{
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  if (d) {
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL) {
      g_autofree char *path = g_build_filename(dir, name, NULL);
      if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK))
        remove_tree(path);
      else
        ck_assert_int_eq(g_remove(path), 0);
    }
  }
  ck_assert_int_eq(g_rmdir(dir), 0);
}

/* Reads the next document, failing the test on error or at the end. */
static XcDocument *
next_doc(XcReader *reader)
{
  XcDocument *doc = NULL;
  GError *error = NULL;
  gboolean ok = xc_reader_next(reader, &doc, &error);
  ck_assert_msg(ok, "unexpected end or error: %s", error ? error->message : "(end)");
  ck_assert_ptr_nonnull(doc);
  ck_assert_ptr_null(error);
  return doc;
}

/* Expects the reader to fail; returns the error (transfer full). */
static GError *
next_error(XcReader *reader)
{
  XcDocument *doc = NULL;
  GError *error = NULL;
  ck_assert(!xc_reader_next(reader, &doc, &error));
  ck_assert_ptr_null(doc);
  ck_assert_ptr_nonnull(error);
  ck_assert(error->domain == XC_ERROR);
  return error;
}

/* Expects the reader to be at the end of its inputs. */
static void
expect_end(XcReader *reader)
{
  XcDocument *doc = NULL;
  GError *error = NULL;
  ck_assert(!xc_reader_next(reader, &doc, &error));
  ck_assert_ptr_null(doc);
  ck_assert_msg(error == NULL, "unexpected error: %s", error ? error->message : "");
}

static XcReader *
reader_for(const char *path, XcInputFormat format)
{
  const char *inputs[] = { path, NULL };
  return xc_reader_new(inputs, format);
}

/* ---- header of the seed articles ---- */

START_TEST(test_seed_002_header_reads_outlet_espreso_global)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  ck_assert_str_eq(doc->outlet, "Espreso. Global");
}
END_TEST

START_TEST(test_seed_002_header_reads_the_headline)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  ck_assert_str_eq(doc->title,
                   "Russia deploys over 7,000 North Korean troops to border with Ukraine");
}
END_TEST

START_TEST(test_seed_002_headline_range_points_at_the_headline_in_the_text)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  ck_assert_uint_eq(doc->title_start, offset_of(doc, "Russia deploys over"));
  ck_assert_uint_eq(doc->title_end - doc->title_start, strlen(doc->title));
  ck_assert_int_eq(strncmp(doc->text + doc->title_start, doc->title, strlen(doc->title)), 0);
}
END_TEST

START_TEST(test_seed_002_dateline_gives_published_2024_11_02)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(2024, 11, 2));
  char iso[XC_DATE_ISO_LEN];
  xc_date_to_iso(doc->published, iso);
  ck_assert_str_eq(iso, "2024-11-02");
}
END_TEST

START_TEST(test_seed_002_body_starts_after_the_dateline_and_time)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  /* masthead, headline, "2 November, 2024 Saturday", "11:37": header */
  ck_assert_uint_eq(doc->header_end, offset_of(doc, "\nIn the last week of October"));
  ck_assert_uint_gt(doc->header_end, offset_of(doc, "11:37"));
}
END_TEST

START_TEST(test_seed_000_header_reads_a_title_and_no_date)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_000);
  ck_assert_str_eq(doc->title,
                   "Some North Korean troops are trying to defect - military expert Zhmailo");
  ck_assert_uint_eq(doc->published, 0);
  ck_assert_ptr_null(doc->outlet);
  ck_assert_ptr_null(doc->url);
}
END_TEST

START_TEST(test_seed_000_standfirst_under_the_headline_is_body)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_000);
  ck_assert_uint_eq(doc->title_start, 0);
  ck_assert_uint_eq(doc->header_end, offset_of(doc, "The deployment of North Korean"));
}
END_TEST

START_TEST(test_seed_id_is_the_file_name_and_path_the_full_path)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  g_autofree char *path = xc_test_fixture(SEED_002);
  ck_assert_str_eq(doc->id, "002_8ddeb09f05f7b7a9.txt");
  ck_assert_str_eq(doc->path, path);
  ck_assert_uint_eq(doc->len, strlen(doc->text));
}
END_TEST

START_TEST(test_seed_text_is_kept_byte_for_byte)
{
  g_autofree char *path = xc_test_fixture(SEED_002);
  g_autofree char *raw = NULL;
  gsize len = 0;
  ck_assert(g_file_get_contents(path, &raw, &len, NULL));
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  ck_assert_uint_eq(doc->len, len);
  ck_assert_int_eq(memcmp(doc->text, raw, len), 0);
}
END_TEST

START_TEST(test_header_is_not_read_when_not_asked)
{
  g_autofree char *path = xc_test_fixture(SEED_002);
  g_autofree char *raw = NULL;
  gsize len = 0;
  ck_assert(g_file_get_contents(path, &raw, &len, NULL));
  GError *error = NULL;
  g_autoptr(XcDocument) doc =
      xc_document_new_from_text("002", path, raw, (gssize)len, FALSE, &error);
  ck_assert_ptr_nonnull(doc);
  ck_assert_ptr_null(doc->title);
  ck_assert_ptr_null(doc->outlet);
  ck_assert_uint_eq(doc->published, 0);
  ck_assert_uint_eq(doc->header_end, 0);
  ck_assert_uint_eq(doc->title_start, doc->title_end);
}
END_TEST

START_TEST(test_text_that_opens_with_prose_has_no_header)
{
  g_autoptr(XcDocument) doc = doc_with_header(
      "On 2 November 2024 the army moved more than 7,000 troops to the border.\n"
      "Officials confirmed it.\n");
  ck_assert_ptr_null(doc->title);
  ck_assert_uint_eq(doc->published, 0);
  ck_assert_uint_eq(doc->header_end, 0);
}
END_TEST

START_TEST(test_byline_is_not_taken_for_the_outlet)
{
  g_autoptr(XcDocument) doc = doc_with_header(
      "Fire crews battle a blaze near town\n2025-06-14\nBy Jane Doe\n\n"
      "The fire had burned 3,200 acres by Monday morning, officials said.\n");
  ck_assert_ptr_null(doc->outlet);
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(2025, 6, 14));
}
END_TEST

START_TEST(test_first_of_two_datelines_wins)
{
  g_autoptr(XcDocument) doc = doc_with_header(
      "Fire crews battle a blaze near town\n11 June 2025\n12 June 2025\n\n"
      "The fire had burned 3,200 acres by Monday morning, officials said.\n");
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(2025, 6, 11));
}
END_TEST

/* ---- wildfire datelines ---- */

typedef struct {
  const char *file;
  const char *title;
  const char *outlet;
  int y, m, d;
} WildfireHeader;

static const WildfireHeader wildfire[] = {
  { "wildfire/01-northstar-wire.txt",
    "Wind-driven wildfire forces evacuations in California foothills",
    "Northstar Press", 2025, 6, 9 },
  { "wildfire/02-alder-county-herald.txt",
    "Cedar Ridge Fire grows to 8,000 acres as county tallies losses",
    "Alder County Herald", 2025, 6, 10 },
  { "wildfire/03-valley-tribune.txt",
    "Fire destroys 120 homes near Pine Hollow, supervisor says",
    "Valley Tribune", 2025, 6, 10 },
  { "wildfire/04-kxrv-news.txt",
    "Cedar Ridge Fire tops 12,500 acres; forecasters warn of stronger winds",
    "KXRV News 7", 2025, 6, 11 },
  { "wildfire/05-foothills-daily.txt",
    "Crews gain ground on Cedar Ridge Fire as containment reaches 40%",
    "Foothills Daily", 2025, 6, 12 },
};

START_TEST(test_wildfire_header_reads_headline_masthead_and_dateline)
{
  const WildfireHeader *w = &wildfire[_i];
  g_autoptr(XcDocument) doc = xc_test_load(w->file);
  ck_assert_str_eq(doc->title, w->title);
  ck_assert_str_eq(doc->outlet, w->outlet);
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(w->y, w->m, w->d));
  /* headline, masthead and dateline are lines 1-3; the body follows */
  ck_assert_uint_eq(doc->title_start, 0);
  ck_assert_uint_eq(doc->header_end, line_start(doc->text, 4));
}
END_TEST

START_TEST(test_iso_dateline_reads_2025_06_09)
{
  ck_assert_uint_eq(published_from_dateline("2025-06-09"), xc_date_from_ymd(2025, 6, 9));
}
END_TEST

START_TEST(test_published_prefix_dateline_reads_10_june_2025)
{
  ck_assert_uint_eq(published_from_dateline("Published 10 June 2025"),
                    xc_date_from_ymd(2025, 6, 10));
}
END_TEST

START_TEST(test_month_first_dateline_with_comma_reads_june_10_2025)
{
  ck_assert_uint_eq(published_from_dateline("June 10, 2025"), xc_date_from_ymd(2025, 6, 10));
}
END_TEST

START_TEST(test_day_first_dateline_reads_11_june_2025)
{
  ck_assert_uint_eq(published_from_dateline("11 June 2025"), xc_date_from_ymd(2025, 6, 11));
}
END_TEST

START_TEST(test_dateline_with_weekday_first_reads_june_12_2025)
{
  ck_assert_uint_eq(published_from_dateline("Thursday, June 12, 2025"),
                    xc_date_from_ymd(2025, 6, 12));
}
END_TEST

START_TEST(test_dateline_with_weekday_after_reads_2_november_2024)
{
  ck_assert_uint_eq(published_from_dateline("2 November, 2024 Saturday"),
                    xc_date_from_ymd(2024, 11, 2));
}
END_TEST

START_TEST(test_abbreviated_month_dateline_reads_nov_2_2024)
{
  ck_assert_uint_eq(published_from_dateline("Nov. 2, 2024"), xc_date_from_ymd(2024, 11, 2));
}
END_TEST

START_TEST(test_dateline_with_a_time_on_the_same_line_is_no_date)
{
  ck_assert_uint_eq(published_from_dateline("June 12, 2025 11:37"), 0);
}
END_TEST

START_TEST(test_dateline_of_an_impossible_day_is_no_date)
{
  ck_assert_uint_eq(published_from_dateline("31 February 2025"), 0);
}
END_TEST

START_TEST(test_dateline_without_a_year_is_no_date)
{
  ck_assert_uint_eq(published_from_dateline("June 12"), 0);
}
END_TEST

START_TEST(test_time_line_in_the_header_is_skipped)
{
  g_autoptr(XcDocument) doc = doc_with_header(
      "Valley Tribune\n09:15\nFire crews battle a blaze near town\n10 June 2025\n\n"
      "The fire had burned 3,200 acres by Monday morning, officials said.\n");
  ck_assert_str_eq(doc->outlet, "Valley Tribune");
  ck_assert_str_eq(doc->title, "Fire crews battle a blaze near town");
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(2025, 6, 10));
  ck_assert_uint_eq(doc->header_end, offset_of(doc, "\nThe fire"));
}
END_TEST

/* ---- positions ---- */

START_TEST(test_offset_zero_is_line_1_col_1)
{
  g_autoptr(XcDocument) doc = xc_test_doc("abc\ndef");
  guint line = 0, col = 0;
  xc_document_get_position(doc, 0, &line, &col);
  ck_assert_uint_eq(line, 1);
  ck_assert_uint_eq(col, 1);
}
END_TEST

START_TEST(test_offset_after_a_newline_is_col_1_of_the_next_line)
{
  g_autoptr(XcDocument) doc = xc_test_doc("abc\ndef");
  guint line = 0, col = 0;
  xc_document_get_position(doc, 4, &line, &col);
  ck_assert_uint_eq(line, 2);
  ck_assert_uint_eq(col, 1);
  xc_document_get_position(doc, 6, &line, &col);
  ck_assert_uint_eq(line, 2);
  ck_assert_uint_eq(col, 3);
}
END_TEST

START_TEST(test_newline_itself_belongs_to_the_line_it_ends)
{
  g_autoptr(XcDocument) doc = xc_test_doc("abc\ndef");
  guint line = 0, col = 0;
  xc_document_get_position(doc, 3, &line, &col);
  ck_assert_uint_eq(line, 1);
  ck_assert_uint_eq(col, 4);
}
END_TEST

START_TEST(test_offset_equal_to_length_is_one_past_the_last_character)
{
  g_autoptr(XcDocument) doc = xc_test_doc("abc\ndef");
  guint line = 0, col = 0;
  xc_document_get_position(doc, doc->len, &line, &col);
  ck_assert_uint_eq(line, 2);
  ck_assert_uint_eq(col, 4);
}
END_TEST

START_TEST(test_offset_past_the_end_is_clamped_to_the_end)
{
  g_autoptr(XcDocument) doc = xc_test_doc("abc\ndef\n");
  guint line = 0, col = 0;
  xc_document_get_position(doc, doc->len + 100, &line, &col);
  ck_assert_uint_eq(line, 3);
  ck_assert_uint_eq(col, 1);
}
END_TEST

START_TEST(test_col_counts_characters_not_bytes_in_cyrillic)
{
  /* "Київ" and "сказав" are 4 and 6 characters, 8 and 12 bytes */
  g_autoptr(XcDocument) doc = xc_test_doc("перший рядок\nКиїв сказав 10,000");
  guint line = 0, col = 0;
  xc_document_get_position(doc, offset_of(doc, "10,000"), &line, &col);
  ck_assert_uint_eq(line, 2);
  ck_assert_uint_eq(col, 13);
}
END_TEST

START_TEST(test_either_out_parameter_may_be_null)
{
  g_autoptr(XcDocument) doc = xc_test_doc("ab\ncd");
  guint line = 0, col = 0;
  xc_document_get_position(doc, 4, &line, NULL);
  ck_assert_uint_eq(line, 2);
  xc_document_get_position(doc, 4, NULL, &col);
  ck_assert_uint_eq(col, 2);
}
END_TEST

START_TEST(test_seed_002_position_of_2600_is_line_28_col_211_after_a_curly_apostrophe)
{
  /* the line holds "Ukraine’s": three bytes, one character */
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  guint line = 0, col = 0;
  xc_document_get_position(doc, offset_of(doc, "2,600"), &line, &col);
  ck_assert_uint_eq(line, 28);
  ck_assert_uint_eq(col, 211);
}
END_TEST

START_TEST(test_seed_000_position_of_18_20000_is_line_4_col_87)
{
  /* the line opens with a curly quote, three bytes */
  g_autoptr(XcDocument) doc = xc_test_load(SEED_000);
  guint line = 0, col = 0;
  xc_document_get_position(doc, offset_of(doc, "18-20,000"), &line, &col);
  ck_assert_uint_eq(line, 4);
  ck_assert_uint_eq(col, 87);
}
END_TEST

START_TEST(test_seed_002_extracted_more_than_7000_is_at_line_8_col_46)
{
  g_autoptr(XcDocument) doc = xc_test_load(SEED_002);
  g_autoptr(GPtrArray) mentions = xc_extract_document(doc, 0);
  const XcMention *m = xc_test_find(mentions, "more than 7,000");
  ck_assert_ptr_nonnull(m);
  guint line = 0, col = 0;
  xc_document_get_position(doc, m->start, &line, &col);
  ck_assert_uint_eq(line, 8);
  ck_assert_uint_eq(col, 46);
}
END_TEST

/* ---- validation ---- */

START_TEST(test_invalid_utf8_is_rejected_naming_file_line_and_col)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "news.txt", "first line\nsecond \xFF line",
                                              -1, TRUE, &error);
  ck_assert_ptr_null(doc);
  ck_assert_ptr_nonnull(error);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_msg(g_str_has_prefix(error->message, "news.txt:2:8: invalid UTF-8"), "%s",
                error->message);
  ck_assert_ptr_nonnull(strstr(error->message, "0xFF"));
  g_error_free(error);
}
END_TEST

START_TEST(test_latin1_byte_on_line_1_is_reported_at_its_column)
{
  /* "café" in Latin-1 */
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "latin1.txt", "caf\xE9 au lait", -1, FALSE,
                                              &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_msg(g_str_has_prefix(error->message, "latin1.txt:1:4:"), "%s", error->message);
  ck_assert_ptr_nonnull(strstr(error->message, "0xE9"));
  ck_assert_ptr_nonnull(strstr(error->message, "iconv"));
  g_error_free(error);
}
END_TEST

START_TEST(test_truncated_multibyte_sequence_at_the_end_is_rejected)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "cut.txt", "price \xE2\x82", -1, FALSE, &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_msg(g_str_has_prefix(error->message, "cut.txt:1:7:"), "%s", error->message);
  g_error_free(error);
}
END_TEST

START_TEST(test_overlong_encoding_is_rejected)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "o.txt", "a\xC0\xAF", -1, FALSE, &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_msg(g_str_has_prefix(error->message, "o.txt:1:2:"), "%s", error->message);
  g_error_free(error);
}
END_TEST

START_TEST(test_encoded_surrogate_is_rejected)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "s.txt", "ok\n\xED\xA0\x80", -1, FALSE,
                                              &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_msg(g_str_has_prefix(error->message, "s.txt:2:1:"), "%s", error->message);
  g_error_free(error);
}
END_TEST

START_TEST(test_message_names_the_id_when_there_is_no_path)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("doc-7", NULL, "\xFF", -1, FALSE, &error);
  ck_assert_ptr_null(doc);
  ck_assert_msg(g_str_has_prefix(error->message, "doc-7:1:1:"), "%s", error->message);
  g_error_free(error);
}
END_TEST

START_TEST(test_nul_byte_is_rejected_naming_its_line)
{
  static const char text[] = "line one\nline two\0binary";
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "bin.txt", text, sizeof text - 1, FALSE,
                                              &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_msg(g_str_has_prefix(error->message, "bin.txt:2: binary data (a NUL byte)"), "%s",
                error->message);
  g_error_free(error);
}
END_TEST

START_TEST(test_nul_byte_as_the_first_byte_is_rejected)
{
  static const char text[] = "\0abc";
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "z.txt", text, sizeof text - 1, FALSE, &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_msg(g_str_has_prefix(error->message, "z.txt:1:"), "%s", error->message);
  g_error_free(error);
}
END_TEST

START_TEST(test_explicit_length_stops_before_a_later_nul)
{
  static const char text[] = "abc\0def";
  GError *error = NULL;
  g_autoptr(XcDocument) doc = xc_document_new_from_text("t", "t.txt", text, 3, FALSE, &error);
  ck_assert_ptr_nonnull(doc);
  ck_assert_str_eq(doc->text, "abc");
  ck_assert_uint_eq(doc->len, 3);
}
END_TEST

START_TEST(test_empty_text_is_rejected)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "empty.txt", "", -1, TRUE, &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_str_eq(error->message, "empty.txt: empty document (no text)");
  g_error_free(error);
}
END_TEST

START_TEST(test_blank_text_is_rejected)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "blank.txt", " \n\t\r\n  \n", -1, TRUE, &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_str_eq(error->message, "blank.txt: empty document (no text)");
  g_error_free(error);
}
END_TEST

START_TEST(test_text_is_copied_and_path_defaults_to_id)
{
  char text[] = "The army sent 1,000 troops.";
  GError *error = NULL;
  g_autoptr(XcDocument) doc = xc_document_new_from_text("a1", NULL, text, -1, FALSE, &error);
  ck_assert_ptr_nonnull(doc);
  text[0] = 'X';
  ck_assert_str_eq(doc->text, "The army sent 1,000 troops.");
  ck_assert_str_eq(doc->id, "a1");
  ck_assert_str_eq(doc->path, "a1");
}
END_TEST

START_TEST(test_free_functions_accept_null)
{
  xc_document_free(NULL);
  xc_reader_free(NULL);
  xc_corpus_free(NULL);
}
END_TEST

/* ---- the reader: files and directories ---- */

START_TEST(test_directory_is_read_in_name_order)
{
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autoptr(XcReader) reader = reader_for(dir, XC_INPUT_AUTO);
  static const char *const ids[] = {
    "000_b46dabccb294f763.txt", "001_e5d0ce18f75aa787.txt", "002_8ddeb09f05f7b7a9.txt",
    "003_1640f6c9afc41053.txt", "004_eaa5afa68aacf312.txt",
  };
  for (gsize i = 0; i < G_N_ELEMENTS(ids); i++) {
    g_autoptr(XcDocument) doc = next_doc(reader);
    ck_assert_str_eq(doc->id, ids[i]);
    g_autofree char *path = g_build_filename(dir, ids[i], NULL);
    ck_assert_str_eq(doc->path, path);
  }
  expect_end(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 5);
}
END_TEST

START_TEST(test_directory_skips_readme_md_and_expected_claims_json)
{
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autoptr(XcReader) reader = reader_for(dir, XC_INPUT_AUTO);
  XcDocument *doc = NULL;
  GError *error = NULL;
  guint n = 0;
  while (xc_reader_next(reader, &doc, &error)) {
    ck_assert(!g_str_has_suffix(doc->id, ".md"));
    ck_assert(!g_str_has_suffix(doc->id, ".json"));
    xc_document_free(doc);
    n++;
  }
  ck_assert_ptr_null(error);
  ck_assert_uint_eq(n, 5);
}
END_TEST

START_TEST(test_directory_documents_have_their_header_read)
{
  g_autofree char *dir = xc_test_fixture("nk-troops");
  g_autoptr(XcReader) reader = reader_for(dir, XC_INPUT_AUTO);
  for (int i = 0; i < 2; i++)
    xc_document_free(next_doc(reader));
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_str_eq(doc->outlet, "Espreso. Global");
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(2024, 11, 2));
}
END_TEST

START_TEST(test_directory_reads_txt_text_jsonl_and_extensionless_files_only)
{
  g_autofree char *dir = make_tmp_dir();
  static const char body[] = "The army sent 1,000 troops to the border.\n";
  g_free(write_file(dir, "b.txt", body, -1));
  g_free(write_file(dir, "a.text", body, -1));
  g_free(write_file(dir, "c", body, -1));
  g_free(write_file(dir, "d.md", body, -1));
  g_free(write_file(dir, "e.json", "{\"id\":\"e\",\"text\":\"x\"}\n", -1));
  g_free(write_file(dir, ".hidden.txt", body, -1));
  g_free(write_file(dir, "f.jsonl", "{\"id\":\"j1\",\"text\":\"1,000 troops\"}\n", -1));
  g_autofree char *sub = g_build_filename(dir, "sub.txt", NULL);
  ck_assert_int_eq(g_mkdir(sub, 0700), 0);
  g_free(write_file(sub, "g.txt", body, -1));

  g_autoptr(XcReader) reader = reader_for(dir, XC_INPUT_AUTO);
  static const char *const ids[] = { "a.text", "b.txt", "c", "j1" };
  for (gsize i = 0; i < G_N_ELEMENTS(ids); i++) {
    g_autoptr(XcDocument) doc = next_doc(reader);
    ck_assert_str_eq(doc->id, ids[i]);
  }
  expect_end(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 4);
  remove_tree(dir);
}
END_TEST

START_TEST(test_directory_without_documents_is_invalid_input_naming_it)
{
  g_autofree char *dir = make_tmp_dir();
  g_free(write_file(dir, "README.md", "# nothing\n", -1));
  g_autoptr(XcReader) reader = reader_for(dir, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  ck_assert(g_str_has_prefix(error->message, dir));
  ck_assert_ptr_nonnull(strstr(error->message, "no documents"));
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_missing_file_is_an_io_error_naming_the_path)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = g_build_filename(dir, "no-such-article.txt", NULL);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_IO);
  ck_assert_msg(strstr(error->message, path) != NULL, "%s", error->message);
  expect_end(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 0);
  remove_tree(dir);
}
END_TEST

START_TEST(test_missing_jsonl_file_is_an_io_error_naming_the_path)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = g_build_filename(dir, "gone.jsonl", NULL);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_IO);
  ck_assert_msg(g_str_has_prefix(error->message, path), "%s", error->message);
  remove_tree(dir);
}
END_TEST

START_TEST(test_reader_goes_on_after_a_missing_file)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *missing = g_build_filename(dir, "missing.txt", NULL);
  g_autofree char *good = write_file(dir, "good.txt", "The army sent 1,000 troops.\n", -1);
  const char *inputs[] = { missing, good, NULL };
  g_autoptr(XcReader) reader = xc_reader_new(inputs, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_IO);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_str_eq(doc->id, "good.txt");
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_reader_goes_on_after_a_file_of_invalid_utf8)
{
  g_autofree char *dir = make_tmp_dir();
  g_free(write_file(dir, "1-bad.txt", "Headline\nprice \xA3" "5\n", -1));
  g_free(write_file(dir, "2-good.txt", "The army sent 1,000 troops.\n", -1));
  g_autoptr(XcReader) reader = reader_for(dir, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *bad = g_build_filename(dir, "1-bad.txt", NULL);
  g_autofree char *prefix = g_strdup_printf("%s:2:7:", bad);
  ck_assert_msg(g_str_has_prefix(error->message, prefix), "%s", error->message);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_str_eq(doc->id, "2-good.txt");
  expect_end(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 1);
  remove_tree(dir);
}
END_TEST

START_TEST(test_empty_text_file_is_invalid_input)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "empty.txt", "", 0);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *expected = g_strdup_printf("%s: empty document (no text)", path);
  ck_assert_str_eq(error->message, expected);
  remove_tree(dir);
}
END_TEST

START_TEST(test_inputs_are_read_in_the_order_given)
{
  g_autofree char *a = xc_test_fixture("nk-troops/003_1640f6c9afc41053.txt");
  g_autofree char *b = xc_test_fixture("wildfire/01-northstar-wire.txt");
  const char *inputs[] = { a, b, NULL };
  g_autoptr(XcReader) reader = xc_reader_new(inputs, XC_INPUT_AUTO);
  g_autoptr(XcDocument) first = next_doc(reader);
  g_autoptr(XcDocument) second = next_doc(reader);
  ck_assert_str_eq(first->id, "003_1640f6c9afc41053.txt");
  ck_assert_str_eq(second->id, "01-northstar-wire.txt");
  expect_end(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 2);
}
END_TEST

START_TEST(test_text_format_reads_a_jsonl_file_as_one_text)
{
  g_autofree char *dir = make_tmp_dir();
  static const char lines[] = "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n";
  g_autofree char *path = write_file(dir, "two.jsonl", lines, -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_TEXT);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_str_eq(doc->id, "two.jsonl");
  ck_assert_str_eq(doc->text, lines);
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_format_reads_a_txt_file_as_json_lines)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.txt", "{\"id\":\"a\",\"text\":\"x\"}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_JSONL);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_str_eq(doc->id, "a");
  ck_assert_str_eq(doc->text, "x");
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

/* ---- the reader: JSON Lines ---- */

START_TEST(test_jsonl_reads_id_text_title_outlet_published_and_url)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a1\",\"text\":\"The army sent 1,000 troops.\",\"title\":\"Troops sent\","
      "\"outlet\":\"Espreso\",\"published\":\"2024-11-02\",\"url\":\"https://example.org/a1\"}\n",
      -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_str_eq(doc->id, "a1");
  ck_assert_str_eq(doc->text, "The army sent 1,000 troops.");
  ck_assert_uint_eq(doc->len, strlen("The army sent 1,000 troops."));
  ck_assert_str_eq(doc->title, "Troops sent");
  ck_assert_str_eq(doc->outlet, "Espreso");
  ck_assert_str_eq(doc->url, "https://example.org/a1");
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(2024, 11, 2));
  ck_assert_str_eq(doc->path, path);
  expect_end(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 1);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_optional_fields_may_be_absent_or_null)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"x\",\"published\":null,\"title\":null}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_ptr_null(doc->title);
  ck_assert_ptr_null(doc->outlet);
  ck_assert_ptr_null(doc->url);
  ck_assert_uint_eq(doc->published, 0);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_unknown_fields_are_ignored)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"lang\":\"en\",\"id\":\"a\",\"tags\":[1,2],\"meta\":{\"k\":null},\"text\":\"x\","
      "\"score\":0.5}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_str_eq(doc->id, "a");
  ck_assert_str_eq(doc->text, "x");
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_text_is_not_read_for_a_header)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"Fire crews battle a blaze near town\\nValley Tribune\\n"
      "10 June 2025\\n\\nThe fire had burned 3,200 acres by Monday, officials said.\"}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_ptr_null(doc->title);
  ck_assert_ptr_null(doc->outlet);
  ck_assert_uint_eq(doc->published, 0);
  ck_assert_uint_eq(doc->header_end, 0);
  ck_assert(g_str_has_prefix(doc->text, "Fire crews battle a blaze near town\nValley"));
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_malformed_line_in_the_middle_names_line_2_and_reading_goes_on)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"first\"}\n"
      "{\"id\":\"b\",\"text\": \n"
      "{\"id\":\"c\",\"text\":\"third\"}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) a = next_doc(reader);
  ck_assert_str_eq(a->id, "a");
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *prefix = g_strdup_printf("%s:2:", path);
  ck_assert_msg(g_str_has_prefix(error->message, prefix), "%s", error->message);
  ck_assert_ptr_nonnull(strstr(error->message, "malformed JSON"));
  g_autoptr(XcDocument) c = next_doc(reader);
  ck_assert_str_eq(c->id, "c");
  ck_assert_str_eq(c->text, "third");
  expect_end(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 2);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_bad_published_is_rejected_naming_the_line)
{
  static const char *const bad[] = {
    "\"2024-13-01\"", "\"02/11/2024\"", "\"2024-11-02T10:00:00Z\"", "20241102", "true",
  };
  g_autofree char *dir = make_tmp_dir();
  for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
    g_autofree char *line = g_strdup_printf(
        "{\"id\":\"ok\",\"text\":\"x\"}\n{\"id\":\"a\",\"text\":\"x\",\"published\":%s}\n",
        bad[i]);
    g_autofree char *path = write_file(dir, "feed.jsonl", line, -1);
    g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
    xc_document_free(next_doc(reader));
    g_autoptr(GError) error = next_error(reader);
    ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
    g_autofree char *expected =
        g_strdup_printf("%s:2: \"published\" must be a date YYYY-MM-DD", path);
    ck_assert_str_eq(error->message, expected);
    expect_end(reader);
  }
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_integer_id_is_accepted_as_its_decimal_text)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":42,\"text\":\"x\"}\n{\"id\":-7,\"text\":\"y\"}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) a = next_doc(reader);
  g_autoptr(XcDocument) b = next_doc(reader);
  ck_assert_str_eq(a->id, "42");
  ck_assert_str_eq(b->id, "-7");
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_missing_id_becomes_file_colon_line)
{
  g_autofree char *dir = make_tmp_dir();
  /* the blank line counts: the id-less document is on line 3 */
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"text\":\"y\"}\n{\"id\":1.5,\"text\":\"z\"}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  xc_document_free(next_doc(reader));
  g_autoptr(XcDocument) third = next_doc(reader);
  g_autofree char *id3 = g_strdup_printf("%s:3", path);
  ck_assert_str_eq(third->id, id3);
  g_autoptr(XcDocument) fourth = next_doc(reader);
  g_autofree char *id4 = g_strdup_printf("%s:4", path);
  ck_assert_str_eq(fourth->id, id4);
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_missing_text_is_rejected)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":17}\n{\"id\":\"c\",\"text\":\"z\"}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) e1 = next_error(reader);
  g_autofree char *m1 = g_strdup_printf("%s:1: missing \"text\" (a string)", path);
  ck_assert_str_eq(e1->message, m1);
  g_autoptr(GError) e2 = next_error(reader);
  g_autofree char *m2 = g_strdup_printf("%s:2: missing \"text\" (a string)", path);
  ck_assert_str_eq(e2->message, m2);
  g_autoptr(XcDocument) c = next_doc(reader);
  ck_assert_str_eq(c->id, "c");
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_line_that_is_not_an_object_is_rejected)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl", "[\"id\",\"text\"]\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *prefix = g_strdup_printf("%s:1: expected a JSON object", path);
  ck_assert_msg(g_str_has_prefix(error->message, prefix), "%s", error->message);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_empty_text_is_rejected_naming_the_line)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"  \"}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  xc_document_free(next_doc(reader));
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *expected = g_strdup_printf("%s:2: empty document (no text)", path);
  ck_assert_str_eq(error->message, expected);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_escaped_nul_in_text_is_rejected)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"ab\\u0000cd\"}\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *prefix = g_strdup_printf("%s:1:", path);
  ck_assert_msg(g_str_has_prefix(error->message, prefix), "%s", error->message);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_file_without_documents_is_invalid_input)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl", "\n  \n\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *expected = g_strdup_printf("%s: empty JSON Lines file (no documents)", path);
  ck_assert_str_eq(error->message, expected);
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_crlf_line_ends_and_a_last_line_without_newline_are_read)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) a = next_doc(reader);
  g_autoptr(XcDocument) b = next_doc(reader);
  ck_assert_str_eq(a->id, "a");
  ck_assert_str_eq(b->id, "b");
  ck_assert_str_eq(b->text, "y");
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_reader_freed_midway_closes_the_file)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n", -1);
  XcReader *reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) a = next_doc(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 1);
  xc_reader_free(reader);
  remove_tree(dir);
}
END_TEST

/* ---- the corpus ---- */

static XcDocument *
doc_with_id(const char *id, const char *text)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text(id, NULL, text, -1, FALSE, &error);
  ck_assert_msg(doc != NULL, "%s", error ? error->message : "");
  return doc;
}

START_TEST(test_corpus_repeated_id_becomes_x_hash_2_then_x_hash_3)
{
  g_autoptr(XcCorpus) corpus = xc_corpus_new();
  xc_corpus_add(corpus, doc_with_id("x", "one"));
  xc_corpus_add(corpus, doc_with_id("x", "two"));
  xc_corpus_add(corpus, doc_with_id("y", "three"));
  xc_corpus_add(corpus, doc_with_id("x", "four"));
  ck_assert_uint_eq(xc_corpus_get_n_documents(corpus), 4);
  ck_assert_str_eq(xc_corpus_get_document(corpus, 0)->id, "x");
  ck_assert_str_eq(xc_corpus_get_document(corpus, 1)->id, "x#2");
  ck_assert_str_eq(xc_corpus_get_document(corpus, 1)->text, "two");
  ck_assert_str_eq(xc_corpus_get_document(corpus, 2)->id, "y");
  ck_assert_str_eq(xc_corpus_get_document(corpus, 3)->id, "x#3");
  ck_assert_str_eq(xc_corpus_get_document(corpus, 3)->text, "four");
}
END_TEST

START_TEST(test_corpus_skips_a_suffix_already_taken)
{
  g_autoptr(XcCorpus) corpus = xc_corpus_new();
  xc_corpus_add(corpus, doc_with_id("x#2", "a"));
  xc_corpus_add(corpus, doc_with_id("x", "b"));
  xc_corpus_add(corpus, doc_with_id("x", "c"));
  ck_assert_str_eq(xc_corpus_get_document(corpus, 0)->id, "x#2");
  ck_assert_str_eq(xc_corpus_get_document(corpus, 1)->id, "x");
  ck_assert_str_eq(xc_corpus_get_document(corpus, 2)->id, "x#3");
}
END_TEST

START_TEST(test_corpus_lends_the_documents_it_was_given_in_order)
{
  g_autoptr(XcCorpus) corpus = xc_corpus_new();
  ck_assert_uint_eq(xc_corpus_get_n_documents(corpus), 0);
  XcDocument *a = xc_test_doc("a");
  XcDocument *b = xc_test_doc("b");
  xc_corpus_add(corpus, a);
  xc_corpus_add(corpus, b);
  ck_assert_ptr_eq(xc_corpus_get_document(corpus, 0), a);
  ck_assert_ptr_eq(xc_corpus_get_document(corpus, 1), b);
}
END_TEST

START_TEST(test_corpus_from_the_same_file_read_twice_gets_unique_ids)
{
  g_autofree char *path = xc_test_fixture(SEED_002);
  const char *inputs[] = { path, path, NULL };
  g_autoptr(XcReader) reader = xc_reader_new(inputs, XC_INPUT_AUTO);
  g_autoptr(XcCorpus) corpus = xc_corpus_new();
  xc_corpus_add(corpus, next_doc(reader));
  xc_corpus_add(corpus, next_doc(reader));
  expect_end(reader);
  ck_assert_str_eq(xc_corpus_get_document(corpus, 0)->id, "002_8ddeb09f05f7b7a9.txt");
  ck_assert_str_eq(xc_corpus_get_document(corpus, 1)->id, "002_8ddeb09f05f7b7a9.txt#2");
}
END_TEST

Suite *xc_document_suite(void);

/* ---- robustness (docs/robustness.md) ---- */

START_TEST(test_invalid_utf8_col_counts_characters_like_get_position)
{
  /* "Le café coûte €3 ou " is 20 characters in 24 bytes: the Latin-1 £
   * after it is character 21, where an editor puts the cursor */
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text(
      "t", "prices.txt", "Le caf\xC3\xA9 co\xC3\xBBte \xE2\x82\xAC" "3 ou \xA3" "3.", -1, FALSE,
      &error);
  ck_assert_ptr_null(doc);
  ck_assert_msg(g_str_has_prefix(error->message, "prices.txt:1:21: invalid UTF-8 (byte 0xA3)"),
                "%s", error->message);
  g_error_free(error);
}
END_TEST

START_TEST(test_invalid_utf8_col_on_a_later_line_counts_from_that_line)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text(
      "t", "p.txt", "\xC3\xA9\xC3\xA9\xC3\xA9\n\xE2\x82\xAC\xFF", -1, FALSE, &error);
  ck_assert_ptr_null(doc);
  ck_assert_msg(g_str_has_prefix(error->message, "p.txt:2:2: invalid UTF-8 (byte 0xFF)"),
                "%s", error->message);
  g_error_free(error);
}
END_TEST

START_TEST(test_byline_between_headline_and_dateline_does_not_stop_the_header)
{
  g_autoptr(XcDocument) doc = doc_with_header(
      "Fire crews battle a blaze near town\nBy Jane Doe\n2025-06-14\n\n"
      "The fire had burned 3,200 acres by Monday morning, officials said.\n");
  ck_assert_str_eq(doc->title, "Fire crews battle a blaze near town");
  ck_assert_ptr_null(doc->outlet);
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(2025, 6, 14));
  /* the header ends with the dateline's line, past the byline */
  ck_assert_uint_eq(doc->header_end, offset_of(doc, "2025-06-14") + strlen("2025-06-14\n"));
}
END_TEST

START_TEST(test_long_byline_with_agency_is_neither_headline_nor_end_of_header)
{
  g_autoptr(XcDocument) doc = doc_with_header(
      "By Jane Doe and Sam Roe, Northstar Wire Service\n"
      "Fire crews battle a blaze near town\nValley Tribune\n14 June 2025\n\n"
      "The fire had burned 3,200 acres by Monday morning, officials said.\n");
  ck_assert_str_eq(doc->title, "Fire crews battle a blaze near town");
  ck_assert_str_eq(doc->outlet, "Valley Tribune");
  ck_assert_uint_eq(doc->published, xc_date_from_ymd(2025, 6, 14));
}
END_TEST

START_TEST(test_sentence_opening_with_by_is_body_not_a_byline)
{
  g_autoptr(XcDocument) doc = doc_with_header(
      "By Monday the fire had burned 3,200 acres, officials said.\n");
  ck_assert_ptr_null(doc->title);
  ck_assert_uint_eq(doc->header_end, 0);
}
END_TEST

START_TEST(test_text_of_no_break_and_other_unicode_spaces_is_empty)
{
  /* no-break space, em space, zero-width space, ideographic space, tab,
   * byte order mark */
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text(
      "t", "blank.txt", "\xC2\xA0\xC2\xA0\n\xE2\x80\x83\xE2\x80\x8B\n\xE3\x80\x80\t\n\xEF\xBB\xBF\n",
      -1, TRUE, &error);
  ck_assert_ptr_null(doc);
  ck_assert(g_error_matches(error, XC_ERROR, XC_ERROR_INVALID_INPUT));
  ck_assert_str_eq(error->message, "blank.txt: empty document (no text)");
  g_error_free(error);
}
END_TEST

START_TEST(test_one_word_among_no_break_spaces_is_not_empty)
{
  GError *error = NULL;
  g_autoptr(XcDocument) doc = xc_document_new_from_text(
      "t", "w.txt", "\xC2\xA0\xC2\xA0" "Fire\xC2\xA0", -1, TRUE, &error);
  ck_assert_ptr_nonnull(doc);
  ck_assert_ptr_null(error);
  ck_assert_uint_eq(doc->len, 10);
}
END_TEST

START_TEST(test_jsonl_file_whose_lines_are_all_bad_gets_no_extra_empty_file_error)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = write_file(dir, "feed.jsonl",
      "{\"id\":\"a\",\"text\": \n"
      "\n"
      "[1, 2]\n", -1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) first = next_error(reader);
  g_autofree char *prefix1 = g_strdup_printf("%s:1:", path);
  ck_assert_msg(g_str_has_prefix(first->message, prefix1), "%s", first->message);
  g_autoptr(GError) second = next_error(reader);
  g_autofree char *prefix3 = g_strdup_printf("%s:3:", path);
  ck_assert_msg(g_str_has_prefix(second->message, prefix3), "%s", second->message);
  expect_end(reader);
  ck_assert_uint_eq(xc_reader_get_n_read(reader), 0);
  remove_tree(dir);
}
END_TEST

START_TEST(test_text_file_larger_than_the_limit_is_refused_unread)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = g_build_filename(dir, "huge.txt", NULL);
  /* a sparse file: its size alone must get it refused */
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(ftruncate(fileno(f), (off_t)XC_DOCUMENT_MAX_BYTES + 1), 0);
  fclose(f);
  g_autofree char *next = write_file(dir, "next.txt", "About 10,000 troops were sent.\n", -1);
  const char *inputs[] = { path, next, NULL };
  g_autoptr(XcReader) reader = xc_reader_new(inputs, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  ck_assert_int_eq(error->code, XC_ERROR_INVALID_INPUT);
  g_autofree char *expected = g_strdup_printf(
      "%s: 67108865 bytes is more than one document may hold (64 MiB); split "
      "the file into articles, or give them as JSON Lines, one article a line", path);
  ck_assert_str_eq(error->message, expected);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_str_eq(doc->id, "next.txt");
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

START_TEST(test_text_file_of_3_mib_is_read_whole_byte_for_byte)
{
  g_autofree char *dir = make_tmp_dir();
  gsize n = 3u << 20;
  g_autofree char *text = g_malloc(n + 1);
  for (gsize i = 0; i < n; i++)
    text[i] = i % 64 == 63 ? ' ' : 'a';
  text[n] = '\0';
  g_autofree char *path = write_file(dir, "long.txt", text, (gssize)n);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(XcDocument) doc = next_doc(reader);
  ck_assert_uint_eq(doc->len, n);
  ck_assert_int_eq(memcmp(doc->text, text, n), 0);
  ck_assert_int_eq(doc->text[n], '\0');
  remove_tree(dir);
}
END_TEST

START_TEST(test_jsonl_raw_nul_byte_in_a_line_is_refused_naming_that_line)
{
  g_autofree char *dir = make_tmp_dir();
  static const char feed[] = "{\"id\":\"a\",\"text\":\"fi\0rst\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n";
  g_autofree char *path = write_file(dir, "feed.jsonl", feed, (gssize)sizeof feed - 1);
  g_autoptr(XcReader) reader = reader_for(path, XC_INPUT_AUTO);
  g_autoptr(GError) error = next_error(reader);
  g_autofree char *prefix = g_strdup_printf("%s:1:", path);
  ck_assert_msg(g_str_has_prefix(error->message, prefix), "%s", error->message);
  g_autoptr(XcDocument) b = next_doc(reader);
  ck_assert_str_eq(b->id, "b");
  expect_end(reader);
  remove_tree(dir);
}
END_TEST

Suite *
xc_document_suite(void)
{
  Suite *s = suite_create("document");
  TCase *tc = tcase_create("header");
  tcase_add_test(tc, test_seed_002_header_reads_outlet_espreso_global);
  tcase_add_test(tc, test_seed_002_header_reads_the_headline);
  tcase_add_test(tc, test_seed_002_headline_range_points_at_the_headline_in_the_text);
  tcase_add_test(tc, test_seed_002_dateline_gives_published_2024_11_02);
  tcase_add_test(tc, test_seed_002_body_starts_after_the_dateline_and_time);
  tcase_add_test(tc, test_seed_000_header_reads_a_title_and_no_date);
  tcase_add_test(tc, test_seed_000_standfirst_under_the_headline_is_body);
  tcase_add_test(tc, test_seed_id_is_the_file_name_and_path_the_full_path);
  tcase_add_test(tc, test_seed_text_is_kept_byte_for_byte);
  tcase_add_test(tc, test_header_is_not_read_when_not_asked);
  tcase_add_test(tc, test_text_that_opens_with_prose_has_no_header);
  tcase_add_test(tc, test_byline_is_not_taken_for_the_outlet);
  tcase_add_test(tc, test_first_of_two_datelines_wins);
  tcase_add_test(tc, test_time_line_in_the_header_is_skipped);
  suite_add_tcase(s, tc);

  tc = tcase_create("datelines");
  tcase_add_loop_test(tc, test_wildfire_header_reads_headline_masthead_and_dateline, 0,
                      G_N_ELEMENTS(wildfire));
  tcase_add_test(tc, test_iso_dateline_reads_2025_06_09);
  tcase_add_test(tc, test_published_prefix_dateline_reads_10_june_2025);
  tcase_add_test(tc, test_month_first_dateline_with_comma_reads_june_10_2025);
  tcase_add_test(tc, test_day_first_dateline_reads_11_june_2025);
  tcase_add_test(tc, test_dateline_with_weekday_first_reads_june_12_2025);
  tcase_add_test(tc, test_dateline_with_weekday_after_reads_2_november_2024);
  tcase_add_test(tc, test_abbreviated_month_dateline_reads_nov_2_2024);
  tcase_add_test(tc, test_dateline_with_a_time_on_the_same_line_is_no_date);
  tcase_add_test(tc, test_dateline_of_an_impossible_day_is_no_date);
  tcase_add_test(tc, test_dateline_without_a_year_is_no_date);
  suite_add_tcase(s, tc);

  tc = tcase_create("positions");
  tcase_add_test(tc, test_offset_zero_is_line_1_col_1);
  tcase_add_test(tc, test_offset_after_a_newline_is_col_1_of_the_next_line);
  tcase_add_test(tc, test_newline_itself_belongs_to_the_line_it_ends);
  tcase_add_test(tc, test_offset_equal_to_length_is_one_past_the_last_character);
  tcase_add_test(tc, test_offset_past_the_end_is_clamped_to_the_end);
  tcase_add_test(tc, test_col_counts_characters_not_bytes_in_cyrillic);
  tcase_add_test(tc, test_either_out_parameter_may_be_null);
  tcase_add_test(tc, test_seed_002_position_of_2600_is_line_28_col_211_after_a_curly_apostrophe);
  tcase_add_test(tc, test_seed_000_position_of_18_20000_is_line_4_col_87);
  tcase_add_test(tc, test_seed_002_extracted_more_than_7000_is_at_line_8_col_46);
  suite_add_tcase(s, tc);

  tc = tcase_create("validation");
  tcase_add_test(tc, test_invalid_utf8_is_rejected_naming_file_line_and_col);
  tcase_add_test(tc, test_latin1_byte_on_line_1_is_reported_at_its_column);
  tcase_add_test(tc, test_truncated_multibyte_sequence_at_the_end_is_rejected);
  tcase_add_test(tc, test_overlong_encoding_is_rejected);
  tcase_add_test(tc, test_encoded_surrogate_is_rejected);
  tcase_add_test(tc, test_message_names_the_id_when_there_is_no_path);
  tcase_add_test(tc, test_nul_byte_is_rejected_naming_its_line);
  tcase_add_test(tc, test_nul_byte_as_the_first_byte_is_rejected);
  tcase_add_test(tc, test_explicit_length_stops_before_a_later_nul);
  tcase_add_test(tc, test_empty_text_is_rejected);
  tcase_add_test(tc, test_blank_text_is_rejected);
  tcase_add_test(tc, test_text_is_copied_and_path_defaults_to_id);
  tcase_add_test(tc, test_free_functions_accept_null);
  suite_add_tcase(s, tc);

  tc = tcase_create("reader");
  tcase_add_test(tc, test_directory_is_read_in_name_order);
  tcase_add_test(tc, test_directory_skips_readme_md_and_expected_claims_json);
  tcase_add_test(tc, test_directory_documents_have_their_header_read);
  tcase_add_test(tc, test_directory_reads_txt_text_jsonl_and_extensionless_files_only);
  tcase_add_test(tc, test_directory_without_documents_is_invalid_input_naming_it);
  tcase_add_test(tc, test_missing_file_is_an_io_error_naming_the_path);
  tcase_add_test(tc, test_missing_jsonl_file_is_an_io_error_naming_the_path);
  tcase_add_test(tc, test_reader_goes_on_after_a_missing_file);
  tcase_add_test(tc, test_reader_goes_on_after_a_file_of_invalid_utf8);
  tcase_add_test(tc, test_empty_text_file_is_invalid_input);
  tcase_add_test(tc, test_inputs_are_read_in_the_order_given);
  tcase_add_test(tc, test_text_format_reads_a_jsonl_file_as_one_text);
  tcase_add_test(tc, test_jsonl_format_reads_a_txt_file_as_json_lines);
  suite_add_tcase(s, tc);

  tc = tcase_create("jsonl");
  tcase_add_test(tc, test_jsonl_reads_id_text_title_outlet_published_and_url);
  tcase_add_test(tc, test_jsonl_optional_fields_may_be_absent_or_null);
  tcase_add_test(tc, test_jsonl_unknown_fields_are_ignored);
  tcase_add_test(tc, test_jsonl_text_is_not_read_for_a_header);
  tcase_add_test(tc, test_jsonl_malformed_line_in_the_middle_names_line_2_and_reading_goes_on);
  tcase_add_test(tc, test_jsonl_bad_published_is_rejected_naming_the_line);
  tcase_add_test(tc, test_jsonl_integer_id_is_accepted_as_its_decimal_text);
  tcase_add_test(tc, test_jsonl_missing_id_becomes_file_colon_line);
  tcase_add_test(tc, test_jsonl_missing_text_is_rejected);
  tcase_add_test(tc, test_jsonl_line_that_is_not_an_object_is_rejected);
  tcase_add_test(tc, test_jsonl_empty_text_is_rejected_naming_the_line);
  tcase_add_test(tc, test_jsonl_escaped_nul_in_text_is_rejected);
  tcase_add_test(tc, test_jsonl_file_without_documents_is_invalid_input);
  tcase_add_test(tc, test_jsonl_crlf_line_ends_and_a_last_line_without_newline_are_read);
  tcase_add_test(tc, test_jsonl_reader_freed_midway_closes_the_file);
  suite_add_tcase(s, tc);

  tc = tcase_create("robustness");
  tcase_add_test(tc, test_invalid_utf8_col_counts_characters_like_get_position);
  tcase_add_test(tc, test_invalid_utf8_col_on_a_later_line_counts_from_that_line);
  tcase_add_test(tc, test_byline_between_headline_and_dateline_does_not_stop_the_header);
  tcase_add_test(tc, test_long_byline_with_agency_is_neither_headline_nor_end_of_header);
  tcase_add_test(tc, test_sentence_opening_with_by_is_body_not_a_byline);
  tcase_add_test(tc, test_text_of_no_break_and_other_unicode_spaces_is_empty);
  tcase_add_test(tc, test_one_word_among_no_break_spaces_is_not_empty);
  tcase_add_test(tc, test_jsonl_file_whose_lines_are_all_bad_gets_no_extra_empty_file_error);
  tcase_add_test(tc, test_text_file_larger_than_the_limit_is_refused_unread);
  tcase_add_test(tc, test_text_file_of_3_mib_is_read_whole_byte_for_byte);
  tcase_add_test(tc, test_jsonl_raw_nul_byte_in_a_line_is_refused_naming_that_line);
  suite_add_tcase(s, tc);

  tc = tcase_create("corpus");
  tcase_add_test(tc, test_corpus_repeated_id_becomes_x_hash_2_then_x_hash_3);
  tcase_add_test(tc, test_corpus_skips_a_suffix_already_taken);
  tcase_add_test(tc, test_corpus_lends_the_documents_it_was_given_in_order);
  tcase_add_test(tc, test_corpus_from_the_same_file_read_twice_gets_unique_ids);
  suite_add_tcase(s, tc);
  return s;
}
