/* xc-document.c: reading documents (see xc-document.h).
 *
 * Text files are read whole: an article is small, and the extractor needs
 * the text in one piece.  JSON Lines files are read a line at a time so that
 * a corpus of any size passes through in bounded memory.  One document, a
 * text file or a JSON line, may be at most XC_DOCUMENT_MAX_BYTES: a larger
 * one is refused before it is read (a text file, by its size) or skipped
 * while it is read (a JSON line, without keeping it), so no input can make
 * memory grow past that bound (docs/robustness.md).  Validation happens
 * here, once, so no later stage has to doubt that text is UTF-8 without NUL
 * bytes. */
#include "xc-document.h"
#include "xc-error.h"
#include "xc-date-private.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>
#include <jansson.h>

/* ---- validation and positions ---- */

static void
build_line_starts(XcDocument *doc)
{
  doc->line_starts = g_array_new(FALSE, FALSE, sizeof(gsize));
  gsize zero = 0;
  g_array_append_val(doc->line_starts, zero);
  const char *p = doc->text, *end = doc->text + doc->len;
  while ((p = memchr(p, '\n', (gsize)(end - p))) != NULL) {
    gsize next = (gsize)(++p - doc->text);
    g_array_append_val(doc->line_starts, next);
  }
}

static guint
line_of(const char *text, gsize offset)
{
  guint line = 1;
  for (gsize i = 0; i < offset; i++)
    if (text[i] == '\n')
      line++;
  return line;
}

/* Whether valid UTF-8 @text holds nothing but white space: no-break and
 * other Unicode spaces, and the invisible characters web pages pad with
 * (zero-width space, word joiner, byte order mark), which a reader does
 * not see either. */
static gboolean
is_blank(const char *text, gsize len)
{
  const char *p = text, *end = text + len;
  while (p < end) {
    gunichar c = g_utf8_get_char(p);
    if (!g_unichar_isspace(c) && c != 0x200B && c != 0x2060 && c != 0xFEFF)
      return FALSE;
    p = g_utf8_next_char(p);
  }
  return TRUE;
}

/* g_utf8_validate_len(), eight bytes at a time while they are ASCII, as
 * news text nearly all is: the check reads every byte of every document.
 * A character that is not ASCII (a curly quote, "£") is handed to
 * g_utf8_validate_len() alone, as long as its lead byte says, and the
 * fast scan goes on after it; *@bad is where the whole-text call would
 * have stopped, the start of the first invalid sequence. */
static gboolean
utf8_validate(const char *text, gsize len, const char **bad)
{
  gsize i = 0;
  for (;;) {
    for (; i + 8 <= len; i += 8) {
      guint64 w;
      memcpy(&w, text + i, 8);
      if (w & G_GUINT64_CONSTANT(0x8080808080808080))
        break;
    }
    if (i + 8 > len)
      return g_utf8_validate_len(text + i, len - i, bad);
    while ((guchar)text[i] < 0x80)
      i++;                          /* one of the next eight is not */
    guchar c = (guchar)text[i];
    gsize n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (!g_utf8_validate_len(text + i, MIN(n, len - i), bad))
      return FALSE;
    i += n;
  }
}

/* Rejects what no later stage can work with, naming the line, and says
 * what to do about it. */
static gboolean
validate_text(const char *where, const char *text, gsize len, GError **error)
{
  const char *nul = memchr(text, '\0', len);
  if (nul) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s:%u: binary data (a NUL byte); crosscheck reads UTF-8 text",
                where, line_of(text, (gsize)(nul - text)));
    return FALSE;
  }
  const char *bad = NULL;
  if (!utf8_validate(text, len, &bad)) {
    gsize off = (gsize)(bad - text);
    guint line = line_of(text, off);
    /* in characters, as xc_document_get_position counts: everything
     * before the first bad byte is valid UTF-8 */
    gsize line_start = off;
    while (line_start > 0 && text[line_start - 1] != '\n')
      line_start--;
    gsize col = 1 + (gsize)g_utf8_strlen(text + line_start,
                                         (gssize)(off - line_start));
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s:%u:%zu: invalid UTF-8 (byte 0x%02X); convert the file, "
                "e.g. iconv -f latin1 -t utf-8", where, line, col,
                (unsigned)(guchar)*bad);
    return FALSE;
  }
  if (is_blank(text, len)) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s: empty document (no text)", where);
    return FALSE;
  }
  return TRUE;
}

/* ---- the header: headline, masthead, dateline ---- */

static guint
count_words(const char *s, gsize len)
{
  guint n = 0;
  gboolean in = FALSE;
  for (gsize i = 0; i < len; i++) {
    gboolean sp = g_ascii_isspace(s[i]);
    if (!sp && !in)
      n++;
    in = !sp;
  }
  return n;
}

static gboolean
is_time_line(const char *s, gsize len)
{
  /* "11:37" or "9:05" alone on a line */
  gsize i = 0, digits = 0;
  while (i < len && g_ascii_isdigit(s[i]))
    i++, digits++;
  if (digits < 1 || digits > 2 || i >= len || s[i] != ':')
    return FALSE;
  i++;
  gsize min = 0;
  while (i < len && g_ascii_isdigit(s[i]))
    i++, min++;
  return min == 2 && i == len;
}

/* A body line is prose: a finished sentence of some length, or long. */
static gboolean
is_body_line(const char *s, gsize len)
{
  if (len > 250)
    return TRUE;
  if (len == 0)
    return FALSE;
  /* look past closing quotes for the sentence's last mark */
  gsize e = len;
  while (e > 0 && (s[e - 1] == '"' || s[e - 1] == '\'' ||
                   (guchar)s[e - 1] >= 0x80))
    e--;
  char last = e > 0 ? s[e - 1] : 0;
  return (last == '.' || last == '!' || last == '?' || last == ':') &&
         count_words(s, len) >= 6;
}

/* "By Jane Doe", "By JANE DOE and Sam Roe, Reuters": a byline is page
 * furniture, wherever it stands in the header. */
static gboolean
is_byline(const char *s, gsize len)
{
  if (len < 4 || len > 120 || g_ascii_strncasecmp(s, "by ", 3) != 0)
    return FALSE;
  char last = s[len - 1];
  return last != '.' && last != '!' && last != '?' && count_words(s, len) <= 12;
}

/* Reads the first lines for a headline, a masthead and a dateline.  News
 * pages put them in any order, so each line is judged on its own shape:
 * a full date is the dateline, a short phrase the masthead, the first line
 * of five or more words the headline; a byline is skipped.  Reading stops
 * at the first line of prose. */
static void
read_header(XcDocument *doc)
{
  const char *text = doc->text;
  gsize pos = 0, header_end = 0;
  guint seen = 0;
  while (pos < doc->len && seen < 8) {
    const char *nl = memchr(text + pos, '\n', doc->len - pos);
    gsize line_end = nl ? (gsize)(nl - text) : doc->len;
    gsize next = nl ? line_end + 1 : doc->len;
    gsize s = pos, e = line_end;
    while (s < e && g_ascii_isspace(text[s]))
      s++;
    while (e > s && g_ascii_isspace(text[e - 1]))
      e--;
    if (s == e) {
      pos = next;
      continue;
    }
    const char *line = text + s;
    gsize len = e - s;
    if (is_body_line(line, len))
      break;
    seen++;
    guint words = count_words(line, len);
    guint32 day;
    if ((day = xc_date_parse_dateline(line, len)) != 0) {
      if (!doc->published)
        doc->published = day;
    } else if (is_time_line(line, len) || is_byline(line, len)) {
      /* the hour of publication or the author: page furniture */
    } else if (words >= 5 && !doc->title) {
      doc->title = g_strndup(line, len);
      doc->title_start = s;
      doc->title_end = e;
    } else if (words <= 4 && len <= 40 && !doc->outlet &&
               g_ascii_strncasecmp(line, "by ", 3) != 0) {
      doc->outlet = g_strndup(line, len);
    } else if (doc->title) {
      /* a standfirst under the headline: part of the article */
      break;
    }
    header_end = next;
    pos = next;
  }
  /* The header is the lines above the body, but the headline keeps its
   * own range so that its figures still count as statements. */
  doc->header_end = header_end;
}

/* Makes a document of @text (transfer full, NUL-terminated at @n), which
 * the reader has just read: taking it rather than copying keeps a large
 * document in memory once, not twice.  Frees @text on failure. */
static XcDocument *
document_new_take(const char *id, const char *path, char *text, gsize n,
                  gboolean want_header, GError **error)
{
  if (!validate_text(path ? path : id, text, n, error)) {
    g_free(text);
    return NULL;
  }
  XcDocument *doc = g_new0(XcDocument, 1);
  doc->id = g_strdup(id);
  doc->path = g_strdup(path ? path : id);
  doc->text = text;
  doc->len = n;
  build_line_starts(doc);
  if (want_header)
    read_header(doc);
  return doc;
}

XcDocument *
xc_document_new_from_text(const char *id, const char *path, const char *text,
                          gssize len, gboolean want_header, GError **error)
{
  g_return_val_if_fail(id != NULL, NULL);
  g_return_val_if_fail(text != NULL, NULL);
  g_return_val_if_fail(error == NULL || *error == NULL, NULL);

  gsize n = len < 0 ? strlen(text) : (gsize)len;
  if (!validate_text(path ? path : id, text, n, error))
    return NULL;
  XcDocument *doc = g_new0(XcDocument, 1);
  doc->id = g_strdup(id);
  doc->path = g_strdup(path ? path : id);
  doc->text = g_strndup(text, n);
  doc->len = n;
  build_line_starts(doc);
  if (want_header)
    read_header(doc);
  return doc;
}

void
xc_document_free(XcDocument *doc)
{
  if (!doc)
    return;
  g_free(doc->id);
  g_free(doc->path);
  g_free(doc->title);
  g_free(doc->outlet);
  g_free(doc->url);
  g_free(doc->text);
  if (doc->line_starts)
    g_array_unref(doc->line_starts);
  g_free(doc);
}

/* The characters in the @n bytes at @s, as g_utf8_strlen() counts them in
 * valid UTF-8 (@more: bytes follow): the bytes that start one, less a last
 * character cut by the end, and each byte of a character cut by the start
 * (an offset a caller took inside one).  A plain loop the compiler
 * vectorizes: every figure written asks for its column. */
static guint
count_chars(const char *s, gsize n, gboolean more)
{
  guint chars = 0;
  gsize i = 0;
  while (i < n && ((guchar)s[i] & 0xC0) == 0x80)
    i++, chars++;
  gsize first_start = i;
  for (; i < n; i++)
    chars += ((guchar)s[i] & 0xC0) != 0x80;
  if (first_start < n && more && ((guchar)s[n] & 0xC0) == 0x80)
    chars--;
  return chars;
}

void
xc_document_get_position(const XcDocument *doc, gsize offset, guint *line,
                         guint *col)
{
  g_return_if_fail(doc != NULL);
  if (offset > doc->len)
    offset = doc->len;
  const gsize *starts = (const gsize *)(void *)doc->line_starts->data;
  guint lo = 0, hi = doc->line_starts->len;
  while (hi - lo > 1) {
    guint mid = lo + (hi - lo) / 2;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid;
  }
  if (line)
    *line = lo + 1;
  if (!col)
    return;
  /* count characters from the last position asked for when it is on this
   * line and not past @offset; from the line's start otherwise */
  XcDocument *cache = (XcDocument *)doc;
  gsize from = starts[lo];
  guint base = 1;
  if (doc->col_cache_col && doc->col_cache_offset >= from &&
      doc->col_cache_offset <= offset) {
    from = doc->col_cache_offset;
    base = doc->col_cache_col;
  }
  *col = base + count_chars(doc->text + from, offset - from, offset < doc->len);
  cache->col_cache_offset = offset;
  cache->col_cache_col = *col;
}

/* ---- JSON Lines ---- */

static char *
json_string_field(json_t *obj, const char *key)
{
  json_t *v = json_object_get(obj, key);
  return json_is_string(v) ? g_strdup(json_string_value(v)) : NULL;
}

static XcDocument *
document_from_json_line(const char *path, guint line_no, const char *line,
                        gsize len, GError **error)
{
  json_error_t jerr;
  json_t *root = json_loadb(line, len, 0, &jerr);
  if (!root) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s:%u:%d: malformed JSON: %s", path, line_no, jerr.column,
                jerr.text);
    return NULL;
  }
  XcDocument *doc = NULL;
  json_t *text = json_object_get(root, "text");
  json_t *id = json_object_get(root, "id");
  if (!json_is_object(root)) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s:%u: expected a JSON object with \"id\" and \"text\"",
                path, line_no);
  } else if (!json_is_string(text)) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s:%u: missing \"text\" (a string)", path, line_no);
  } else {
    g_autofree char *id_str = NULL;
    if (json_is_string(id))
      id_str = g_strdup(json_string_value(id));
    else if (json_is_integer(id))
      id_str = g_strdup_printf("%" JSON_INTEGER_FORMAT, json_integer_value(id));
    else
      id_str = g_strdup_printf("%s:%u", path, line_no);
    g_autofree char *where = g_strdup_printf("%s:%u", path, line_no);
    json_t *pub = json_object_get(root, "published");
    guint32 published = 0;
    if (pub && !json_is_null(pub)) {
      published = json_is_string(pub) ?
                  xc_date_parse_iso(json_string_value(pub)) : 0;
      if (!published) {
        g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                    "%s: \"published\" must be a date YYYY-MM-DD", where);
        json_decref(root);
        return NULL;
      }
    }
    doc = xc_document_new_from_text(id_str, where, json_string_value(text),
                                    (gssize)json_string_length(text), FALSE,
                                    error);
    if (doc) {
      g_free(doc->path);
      doc->path = g_strdup(path);
      doc->title = json_string_field(root, "title");
      doc->outlet = json_string_field(root, "outlet");
      doc->url = json_string_field(root, "url");
      doc->published = published;
    }
  }
  json_decref(root);
  return doc;
}

/* ---- the reader ---- */

struct _XcReader {
  GQueue pending;        /* char*: inputs not opened yet */
  XcInputFormat format;
  FILE *jsonl;           /* the JSON Lines file being read, if any */
  char *jsonl_path;
  guint jsonl_line;
  guint jsonl_docs;
  guint jsonl_bad;       /* its lines refused so far */
  GString *line;         /* the JSON line being read */
  guint n_read;
};

XcReader *
xc_reader_new(const char *const *inputs, XcInputFormat format)
{
  g_return_val_if_fail(inputs != NULL, NULL);
  XcReader *r = g_new0(XcReader, 1);
  g_queue_init(&r->pending);
  r->format = format;
  for (const char *const *p = inputs; *p; p++)
    g_queue_push_tail(&r->pending, g_strdup(*p));
  return r;
}

guint
xc_reader_get_n_read(const XcReader *reader)
{
  return reader->n_read;
}

static void
close_jsonl(XcReader *r)
{
  if (r->jsonl && r->jsonl != stdin)
    fclose(r->jsonl);
  r->jsonl = NULL;
  g_clear_pointer(&r->jsonl_path, g_free);
}

void
xc_reader_free(XcReader *reader)
{
  if (!reader)
    return;
  close_jsonl(reader);
  g_queue_clear_full(&reader->pending, g_free);
  if (reader->line)
    g_string_free(reader->line, TRUE);
  g_free(reader);
}

static gboolean
wanted_in_directory(const char *name)
{
  if (name[0] == '.')
    return FALSE;
  const char *dot = strrchr(name, '.');
  return !dot || g_str_equal(dot, ".txt") || g_str_equal(dot, ".text") ||
         g_str_equal(dot, ".jsonl");
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether directory entry @e (at path @full) is a regular file, as
 * g_file_test(G_FILE_TEST_IS_REGULAR) says (links followed), asking the
 * file system only when readdir()'s type does not tell: a corpus is
 * thousands of files, and the stat() of each one counted. */
static gboolean
is_regular_entry(const struct dirent *e, const char *full)
{
#ifdef _DIRENT_HAVE_D_TYPE
  if (e->d_type == DT_REG)
    return TRUE;
  if (e->d_type != DT_LNK && e->d_type != DT_UNKNOWN)
    return FALSE;
#endif
  return g_file_test(full, G_FILE_TEST_IS_REGULAR);
}

/* Replaces a directory in the queue by its readable files, in name order. */
static gboolean
expand_directory(XcReader *r, const char *path, GError **error)
{
  DIR *dir = opendir(path);
  if (!dir) {
    /* GLib words the message, as it did when it read the directory */
    int saved = errno;
    GError *local = NULL;
    GDir *gdir = g_dir_open(path, 0, &local);
    if (gdir) {                  /* it came to exist in between */
      g_dir_close(gdir);
      g_set_error(error, XC_ERROR, XC_ERROR_IO, "%s: %s", path, g_strerror(saved));
      return FALSE;
    }
    g_set_error(error, XC_ERROR, XC_ERROR_IO, "%s: %s", path, local->message);
    g_error_free(local);
    return FALSE;
  }
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    if (!wanted_in_directory(e->d_name))   /* ".", ".." and hidden files too */
      continue;
    g_autofree char *full = g_build_filename(path, e->d_name, NULL);
    if (is_regular_entry(e, full))
      g_ptr_array_add(names, g_steal_pointer(&full));
  }
  closedir(dir);
  if (names->len == 0) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s: no documents in this directory (crosscheck reads its "
                ".txt, .text, .jsonl and extension-less files)", path);
    return FALSE;
  }
  g_ptr_array_sort(names, compare_names);
  for (guint i = names->len; i > 0; i--)
    g_queue_push_head(&r->pending, g_strdup(g_ptr_array_index(names, i - 1)));
  return TRUE;
}

static gboolean
is_jsonl(const XcReader *r, const char *path)
{
  if (r->format != XC_INPUT_AUTO)
    return r->format == XC_INPUT_JSONL;
  return g_str_has_suffix(path, ".jsonl");
}

/* Reads the next line of @f into @line, without its end of line.  A line
 * longer than XC_DOCUMENT_MAX_BYTES is read to its end but not kept
 * (*@too_long set), so one endless line cannot take all memory.  FALSE at
 * the end of the file or on a read error (check ferror). */
static gboolean
read_line(FILE *f, GString *line, gboolean *too_long)
{
  g_string_truncate(line, 0);
  *too_long = FALSE;
  gboolean any = FALSE;
  char chunk[65536];
  for (;;) {
    /* fgets cannot tell a NUL byte from the end of what it read, so read
     * by getc; a JSON line with a raw NUL must reach the parser whole to
     * be refused by it, not cut short */
    gsize n = 0;
    int c = EOF;
    flockfile(f);
    while (n < sizeof chunk && (c = getc_unlocked(f)) != EOF) {
      chunk[n++] = (char)c;
      if (c == '\n')
        break;
    }
    funlockfile(f);
    if (n > 0)
      any = TRUE;
    if (!*too_long) {
      if (line->len + n > XC_DOCUMENT_MAX_BYTES) {
        *too_long = TRUE;
        g_string_truncate(line, 0);
      } else {
        g_string_append_len(line, chunk, (gssize)n);
      }
    }
    if (c == EOF || c == '\n')
      return any;
  }
}

/* Next document from the open JSON Lines file; FALSE at its end. */
static gboolean
next_json_line(XcReader *r, XcDocument **out, GError **error)
{
  if (!r->line)
    r->line = g_string_sized_new(4096);
  gboolean too_long;
  while (read_line(r->jsonl, r->line, &too_long)) {
    r->jsonl_line++;
    if (too_long) {
      r->jsonl_bad++;
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s:%u: line longer than %u MiB, the most one document "
                  "may hold; split the article", r->jsonl_path, r->jsonl_line,
                  XC_DOCUMENT_MAX_BYTES >> 20);
      return FALSE;
    }
    const char *buf = r->line->str;
    gsize len = r->line->len;
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
      len--;
    gboolean blank = TRUE;
    for (gsize i = 0; i < len && blank; i++)
      blank = g_ascii_isspace(buf[i]);
    if (blank)
      continue;
    *out = document_from_json_line(r->jsonl_path, r->jsonl_line, buf, len,
                                   error);
    if (*out)
      r->jsonl_docs++;
    else
      r->jsonl_bad++;
    return *out != NULL ? TRUE : FALSE;
  }
  if (ferror(r->jsonl)) {
    g_set_error(error, XC_ERROR, XC_ERROR_IO, "%s:%u: read error: %s",
                r->jsonl_path, r->jsonl_line + 1, g_strerror(errno));
    close_jsonl(r);
    return FALSE;
  }
  /* a file whose lines were all refused has had its say, line by line */
  if (r->jsonl_docs == 0 && r->jsonl_bad == 0) {
    g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                "%s: empty JSON Lines file (no documents)", r->jsonl_path);
    close_jsonl(r);
    return FALSE;
  }
  close_jsonl(r);
  return FALSE;
}

/* Reads all of @f (@path names it in messages; @st is its fstat(), or
 * NULL), refusing more than XC_DOCUMENT_MAX_BYTES: for a regular file by
 * its size before reading, for a pipe or standard input as soon as the
 * limit is passed.  Returns the bytes, NUL-terminated, with their length
 * in *@len. */
static char *
read_whole(FILE *f, const struct stat *st, const char *path, gsize *len, GError **error)
{
  gsize want = 65536;
  if (st && S_ISREG(st->st_mode)) {
    if ((guint64)st->st_size > XC_DOCUMENT_MAX_BYTES) {
      g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                  "%s: %" G_GUINT64_FORMAT " bytes is more than one document "
                  "may hold (%u MiB); split the file into articles, or give "
                  "them as JSON Lines, one article a line", path,
                  (guint64)st->st_size, XC_DOCUMENT_MAX_BYTES >> 20);
      return NULL;
    }
    want = (gsize)st->st_size + 1;
  }
  /* A file other than standard input is read with read(2): fread() on an
   * unbuffered stream asks again after a short read, one more system call
   * a file only to be told of its end, which a regular file's short read
   * already told (thousands of small files make a corpus). */
  gboolean raw = f != stdin;
  gboolean regular = st && S_ISREG(st->st_mode);
  int read_errno = 0;
  gsize cap = want, n = 0;
  char *buf = g_malloc(cap + 1);
  for (;;) {
    if (n == cap) {
      if (cap > XC_DOCUMENT_MAX_BYTES) {
        g_set_error(error, XC_ERROR, XC_ERROR_INVALID_INPUT,
                    "%s: more than %u MiB, the most one document may hold; "
                    "split it into articles", path,
                    XC_DOCUMENT_MAX_BYTES >> 20);
        g_free(buf);
        return NULL;
      }
      cap = MIN(cap * 2, (gsize)XC_DOCUMENT_MAX_BYTES + 1);
      buf = g_realloc(buf, cap + 1);
    }
    size_t got;
    if (raw) {
      ssize_t r = read(fileno(f), buf + n, cap - n);
      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0) {
        read_errno = errno;
        break;
      }
      got = (size_t)r;
    } else {
      got = fread(buf + n, 1, cap - n, f);
    }
    n += got;
    /* at the end of the file, not one more read to be told so again */
    if (got == 0 || (raw ? regular && n < cap : feof(f)))
      break;
  }
  if (read_errno || (!raw && ferror(f))) {
    g_set_error(error, XC_ERROR, XC_ERROR_IO, "%s: read error: %s", path,
                g_strerror(read_errno ? read_errno : errno));
    g_free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

gboolean
xc_reader_next(XcReader *r, XcDocument **out, GError **error)
{
  g_return_val_if_fail(r != NULL, FALSE);
  g_return_val_if_fail(out != NULL, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
  *out = NULL;

  for (;;) {
    if (r->jsonl) {
      GError *local = NULL;
      if (next_json_line(r, out, &local)) {
        r->n_read++;
        return TRUE;
      }
      if (local) {
        g_propagate_error(error, local);
        return FALSE;
      }
      continue;
    }
    g_autofree char *path = g_queue_pop_head(&r->pending);
    if (!path)
      return FALSE;

    /* A file is opened before anything else is asked of it, and one
     * fstat() then tells a directory from a file and gives the size: a
     * corpus is thousands of small files, and each system call counted. */
    gboolean is_stdin = g_str_equal(path, "-");
    FILE *f = is_stdin ? stdin : fopen(path, "r");
    int open_errno = errno;
    struct stat st;
    gboolean have_st = f && fstat(fileno(f), &st) == 0;
    if (!is_stdin && ((have_st && S_ISDIR(st.st_mode)) ||
                      (!f && g_file_test(path, G_FILE_TEST_IS_DIR)))) {
      if (f)
        fclose(f);
      if (!expand_directory(r, path, error))
        return FALSE;
      continue;
    }
    if (!f) {
      g_set_error(error, XC_ERROR, XC_ERROR_IO, "%s: %s", path,
                  g_strerror(open_errno));
      return FALSE;
    }
    if (is_jsonl(r, path)) {
      r->jsonl = f;
      r->jsonl_path = g_steal_pointer(&path);
      r->jsonl_line = 0;
      r->jsonl_docs = 0;
      r->jsonl_bad = 0;
      continue;
    }

    /* read whole into a buffer of its size: the FILE's own buffer would
     * only be one more allocation and copy */
    if (!is_stdin)
      setvbuf(f, NULL, _IONBF, 0);
    gsize len = 0;
    char *contents = read_whole(f, have_st ? &st : NULL, path, &len, error);
    if (f != stdin)
      fclose(f);
    if (!contents)
      return FALSE;
    g_autofree char *base = is_stdin ? g_strdup("stdin") : g_path_get_basename(path);
    *out = document_new_take(base, path, contents, len, TRUE, error);
    if (!*out)
      return FALSE;
    r->n_read++;
    return TRUE;
  }
}

/* ---- the corpus ---- */

struct _XcCorpus {
  GPtrArray *docs;     /* XcDocument*, owned */
  GHashTable *ids;     /* id -> (unused), borrowed keys */
};

XcCorpus *
xc_corpus_new(void)
{
  XcCorpus *c = g_new0(XcCorpus, 1);
  c->docs = g_ptr_array_new_with_free_func((GDestroyNotify)xc_document_free);
  c->ids = g_hash_table_new(g_str_hash, g_str_equal);
  return c;
}

void
xc_corpus_add(XcCorpus *corpus, XcDocument *doc)
{
  g_return_if_fail(corpus != NULL && doc != NULL);
  if (g_hash_table_contains(corpus->ids, doc->id)) {
    for (guint n = 2;; n++) {
      g_autofree char *id = g_strdup_printf("%s#%u", doc->id, n);
      if (!g_hash_table_contains(corpus->ids, id)) {
        g_free(doc->id);
        doc->id = g_steal_pointer(&id);
        break;
      }
    }
  }
  g_hash_table_add(corpus->ids, doc->id);
  g_ptr_array_add(corpus->docs, doc);
}

guint
xc_corpus_get_n_documents(const XcCorpus *corpus)
{
  return corpus->docs->len;
}

const XcDocument *
xc_corpus_get_document(const XcCorpus *corpus, guint index)
{
  g_return_val_if_fail(index < corpus->docs->len, NULL);
  return g_ptr_array_index(corpus->docs, index);
}

void
xc_corpus_free(XcCorpus *corpus)
{
  if (!corpus)
    return;
  g_hash_table_unref(corpus->ids);
  g_ptr_array_unref(corpus->docs);
  g_free(corpus);
}
