/* xc-extract.h: figures found in a document, the second pipeline stage.
 *
 * The extractor reads a document's text and returns every figure in it as
 * an XcMention: where it stands, the words that state it (qualifier
 * included), what kind of figure it is and the interval of values its
 * wording allows.  "more than 7,000" is [7000, open); "18-20,000" is
 * [18000, 20000]; "October 27-28" is two days.  Nothing here decides what
 * a figure is about beyond the noun phrase it counts; that is grouping's job.
 *
 * Ownership: the mentions returned belong to the caller; each points to
 * (but does not own) its document, which must outlive it. */
#pragma once

#include <glib.h>
#include "xc-document.h"

G_BEGIN_DECLS

/** XcKind: what sort of figure a mention is. */
typedef enum {
  XC_KIND_COUNT,    /* how many of something */
  XC_KIND_PERCENT,  /* a percentage or proportion, in percent */
  XC_KIND_MONEY,    /* an amount in a currency (see unit) */
  XC_KIND_MEASURE,  /* a quantity with a unit of measure (see unit) */
  XC_KIND_DATE,     /* a day or span of days; low and high are day numbers */
  XC_KIND_TIME,     /* a time of day, in minutes after midnight */
  XC_KIND_YEAR,     /* a year standing alone */
  XC_KIND_ORDINAL,  /* "first", "2nd": a rank, not a quantity */
} XcKind;

#define XC_N_KINDS (XC_KIND_ORDINAL + 1)

/** XcQualifier: how the wording bounds the stated value(s). */
typedef enum {
  XC_QUALIFIER_EXACT,      /* "10,000" */
  XC_QUALIFIER_ABOUT,      /* about, around, approximately, some, roughly */
  XC_QUALIFIER_NEARLY,     /* nearly, almost, just under */
  XC_QUALIFIER_MORE_THAN,  /* more than, over, above, upwards of */
  XC_QUALIFIER_AT_LEAST,   /* at least, no fewer than */
  XC_QUALIFIER_UP_TO,      /* up to, as many as, at most, no more than */
  XC_QUALIFIER_LESS_THAN,  /* fewer than, less than, under */
  XC_QUALIFIER_RANGE,      /* "10,000 to 12,000", "between 1 and 3 March" */
  XC_QUALIFIER_VAGUE,      /* "thousands", "dozens", "several hundred" */
} XcQualifier;

#define XC_N_QUALIFIERS (XC_QUALIFIER_VAGUE + 1)

/** XcMentionFlags: context that changes what a figure asserts. */
typedef enum {
  XC_MENTION_HYPOTHETICAL = 1 << 0, /* "if it grows to 30,000" */
  XC_MENTION_BOILERPLATE = 1 << 1,  /* tickers, "Read also", copyright */
  XC_MENTION_HEADLINE = 1 << 2,     /* in the document's headline */
  XC_MENTION_RATE = 1 << 3,         /* "a month", "per day": a rate */
} XcMentionFlags;

/** XC_MENTION_MAX_STATED: the most numbers one mention states. */
#define XC_MENTION_MAX_STATED 4

/**
 * XcMention:
 * @doc: (transfer none): the document it was found in.
 * @start, @end: byte range in @doc->text of the figure's words, qualifier
 *   and unit included ("more than 7,000", "$2.4 billion").
 * @stated: the numbers as written, normalized ("18-20,000" gives 18000
 *   and 20000); day numbers for dates.
 * @low, @high: the interval the wording allows; -INFINITY / INFINITY for
 *   an open end.
 * @precision: the rounding a round figure implies (1000 for "10,000",
 *   100 for "2,600", 1 for "2,613"); 0 where it does not apply.
 * @unit: (nullable): currency code ("USD"), unit of measure ("mi", "acre"),
 *   "%" for percentages; NULL for counts.
 * @counted: (nullable): the noun phrase the figure counts, as written
 *   ("North Korean troops").
 * @counted_start, @counted_end: its byte range (equal when none).
 * @sentence_start, @sentence_end: byte range of the sentence it stands in.
 * @value_start, @value_end: byte range of the number words alone, without
 *   qualifier, currency or unit ("7,000" in "more than 7,000 troops",
 *   "2.4 billion" in "$2.4 billion"); the whole mention for dates.
 * @bare_start: where the mention starts without its qualifier ("$2.4
 *   billion" in "about $2.4 billion"); @start when it has none.
 * @proportion: a percentage written as a proportion ("a quarter",
 *   "two-thirds", "one in three", "3/4"); @stated is still in percent.
 */
typedef struct {
  const XcDocument *doc;
  gsize start;
  gsize end;
  XcKind kind;
  XcQualifier qualifier;
  XcMentionFlags flags;
  guint n_stated;
  double stated[XC_MENTION_MAX_STATED];
  double low;
  double high;
  double precision;
  char *unit;
  char *counted;
  gsize counted_start;
  gsize counted_end;
  gsize sentence_start;
  gsize sentence_end;
  gsize value_start;
  gsize value_end;
  gsize bare_start;
  gboolean proportion;
} XcMention;

/**
 * xc_extract_document:
 * @doc: (transfer none): a document.
 * @fallback_day: the day to resolve relative dates and missing years
 *   against when @doc has no publication date (0: none; such dates are then
 *   left out).
 *
 * Finds every figure in @doc, in text order.  Cannot fail: text that holds
 * no figure gives an empty array.
 * Returns: (transfer full) (element-type XcMention): the mentions.
 */
XC_API GPtrArray *xc_extract_document(const XcDocument *doc,
                                      guint32 fallback_day);

/** xc_mention_free: frees @mention; NULL is fine. */
XC_API void xc_mention_free(XcMention *mention);

/** xc_kind_to_string: "count", "percent", ...  Returns: (transfer none). */
XC_API const char *xc_kind_to_string(XcKind kind);

/** xc_qualifier_to_string: "exact", "more_than", ...  (transfer none). */
XC_API const char *xc_qualifier_to_string(XcQualifier qualifier);

/**
 * xc_mention_is_counted:
 * Returns: whether later stages count @mention as a statement: FALSE for
 * hypotheticals, boilerplate, times, years and ordinals.
 */
XC_API gboolean xc_mention_is_counted(const XcMention *mention);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(XcMention, xc_mention_free)

G_END_DECLS
