/* xc-document.h: documents, the first stage of the pipeline.
 *
 * A document is one article: an id, where it came from, what its first
 * lines say about it (headline, masthead, dateline) and its text exactly
 * as read.  Every later stage points into that text with byte offsets;
 * line and column are derived from them only when a report needs them.
 *
 * Ownership: an XcDocument owns its strings.  An XcReader hands out
 * documents with (transfer full); an XcCorpus owns the documents added to
 * it and lends them out (transfer none) for as long as it lives. */
#pragma once

#include <glib.h>
#include "xc-version.h"

G_BEGIN_DECLS

/**
 * XcDocument:
 * @id: unique within a run: the file name for text files, the "id" field
 *   for JSON Lines, "stdin" for standard input.
 * @path: where it was read from ("-" for standard input).
 * @title: (nullable): the headline, when the first lines have one.
 * @outlet: (nullable): the masthead or outlet name.
 * @url: (nullable): the address given in JSON Lines input.
 * @published: publication day (see xc-date.h), 0 when unknown.
 * @text: the text, valid UTF-8, NUL-terminated, exactly as read.
 * @len: byte length of @text.
 * @title_start, @title_end: byte range of the headline in @text (equal
 *   when there is none).
 * @header_end: byte offset where the body starts: figures before it, other
 *   than the headline's, belong to the masthead and dateline.
 *
 * Fields are read-only for users of the library.
 */
typedef struct {
  char *id;
  char *path;
  char *title;
  char *outlet;
  char *url;
  guint32 published;
  char *text;
  gsize len;
  gsize title_start;
  gsize title_end;
  gsize header_end;
  /*< private >*/
  GArray *line_starts;
  gsize col_cache_offset;   /* the last position asked for, so that */
  guint col_cache_col;      /* ascending queries on a long line stay linear */
} XcDocument;

/**
 * XC_DOCUMENT_MAX_BYTES:
 * The most one document may hold, 64 MiB: a text file larger than this is
 * refused unread, a longer JSON line is skipped unkept (both with
 * XC_ERROR_INVALID_INPUT), which bounds the reader's memory whatever the
 * input.  An article is a few kilobytes; a corpus belongs in JSON Lines.
 */
#define XC_DOCUMENT_MAX_BYTES (64u << 20)

/** XcInputFormat: how an input is read. */
typedef enum {
  XC_INPUT_AUTO,   /* by file name: ".jsonl" is JSON Lines, the rest text */
  XC_INPUT_TEXT,
  XC_INPUT_JSONL,
} XcInputFormat;

/**
 * xc_document_new_from_text:
 * @id: the document's id.
 * @path: (nullable): where it came from, for messages.
 * @text: the bytes of the article.
 * @len: their length, or -1 when @text is NUL-terminated.
 * @read_header: whether to take title, outlet and date from the first lines.
 *
 * Validates @text (UTF-8, no NUL bytes, not empty nor only white space,
 * Unicode spaces included) and copies it.
 * Returns: (transfer full): a new document, or NULL with @error set
 *   (XC_ERROR_INVALID_INPUT, naming @path and the line).
 */
XC_API XcDocument *xc_document_new_from_text(const char *id, const char *path,
                                             const char *text, gssize len,
                                             gboolean read_header,
                                             GError **error);

/** xc_document_free: frees @doc and everything it owns; NULL is fine. */
XC_API void xc_document_free(XcDocument *doc);

/**
 * xc_document_get_position:
 * Finds the 1-based @line and @col (counted in Unicode characters) of byte
 * @offset in @doc's text.  @offset may equal the text's length.  Queries in
 * ascending order cost time in proportion to the distance between them, so
 * not reentrant: one thread a document.
 */
XC_API void xc_document_get_position(const XcDocument *doc, gsize offset,
                                     guint *line, guint *col);

/**
 * XcReader:
 * Reads documents one at a time from a list of inputs: files, directories
 * (their .txt, .text, .jsonl and extension-less files, in name order,
 * hidden files skipped) and "-" for standard input.  Reading one at a time
 * keeps memory bounded by the largest document, not the corpus.
 */
typedef struct _XcReader XcReader;

/**
 * xc_reader_new:
 * @inputs: (array zero-terminated=1): paths, "-" for standard input.
 * @format: how to read files (XC_INPUT_AUTO decides by name).
 * Returns: (transfer full): a reader; inputs are opened lazily.
 */
XC_API XcReader *xc_reader_new(const char *const *inputs, XcInputFormat format);

/**
 * xc_reader_next:
 * @out: (out) (transfer full): the next document.
 *
 * Returns: TRUE with *@out set; FALSE with *@out NULL and @error unset at
 * the end of the inputs; FALSE with @error set when an input is bad (the
 * message names the file and line).  After an error the reader has moved
 * past the bad file or line, so a caller that wants to go on calls again.
 * A file or JSON line larger than XC_DOCUMENT_MAX_BYTES is such an error.
 */
XC_API gboolean xc_reader_next(XcReader *reader, XcDocument **out,
                               GError **error);

/** xc_reader_get_n_read: how many documents were handed out so far. */
XC_API guint xc_reader_get_n_read(const XcReader *reader);

/** xc_reader_free: closes and frees @reader; NULL is fine. */
XC_API void xc_reader_free(XcReader *reader);

/**
 * XcCorpus:
 * The documents of one run, in input order, with unique ids.
 */
typedef struct _XcCorpus XcCorpus;

/** xc_corpus_new: Returns: (transfer full): an empty corpus. */
XC_API XcCorpus *xc_corpus_new(void);

/**
 * xc_corpus_add:
 * @doc: (transfer full): the document; its id is made unique by appending
 *   "#2", "#3", ... when another document already has it.
 */
XC_API void xc_corpus_add(XcCorpus *corpus, XcDocument *doc);

/** xc_corpus_get_n_documents: the number of documents. */
XC_API guint xc_corpus_get_n_documents(const XcCorpus *corpus);

/** xc_corpus_get_document: Returns: (transfer none): document @index. */
XC_API const XcDocument *xc_corpus_get_document(const XcCorpus *corpus,
                                                guint index);

/** xc_corpus_free: frees @corpus and its documents; NULL is fine. */
XC_API void xc_corpus_free(XcCorpus *corpus);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcDocument, xc_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcReader, xc_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcCorpus, xc_corpus_free)

G_END_DECLS
