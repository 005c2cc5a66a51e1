/* xc-test.c: helpers shared by the Check suites (see xc-test.h). */
#include "xc-test.h"

#include <string.h>

char *
xc_test_fixture(const char *relative)
{
  const char *root = g_getenv("XC_FIXTURES");
  ck_assert_msg(root != NULL, "XC_FIXTURES is not set: run the tests with meson test");
  return g_build_filename(root, relative, NULL);
}

XcDocument *
xc_test_load(const char *relative)
{
  g_autofree char *path = xc_test_fixture(relative);
  g_autofree char *text = NULL;
  gsize len;
  ck_assert_msg(g_file_get_contents(path, &text, &len, NULL), "cannot read %s", path);
  g_autofree char *base = g_path_get_basename(path);
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text(base, path, text, (gssize)len, TRUE, &error);
  ck_assert_msg(doc != NULL, "%s", error ? error->message : "");
  return doc;
}

XcDocument *
xc_test_doc_dated(const char *text, guint32 published)
{
  GError *error = NULL;
  XcDocument *doc = xc_document_new_from_text("t", "t.txt", text, -1, FALSE, &error);
  ck_assert_msg(doc != NULL, "%s", error ? error->message : "");
  doc->published = published;
  return doc;
}

XcDocument *
xc_test_doc(const char *text)
{
  return xc_test_doc_dated(text, 0);
}

const XcMention *
xc_test_find(GPtrArray *mentions, const char *needle)
{
  for (guint i = 0; i < mentions->len; i++) {
    const XcMention *m = g_ptr_array_index(mentions, i);
    g_autofree char *words = g_strndup(m->doc->text + m->start, m->end - m->start);
    if (strstr(words, needle))
      return m;
  }
  return NULL;
}

int
xc_test_run_cli(const char *const *args, const char *stdin_data, char **out, char **err)
{
  const char *exe = g_getenv("XC_CROSSCHECK");
  ck_assert_msg(exe != NULL, "XC_CROSSCHECK is not set: run the tests with meson test");
  g_autoptr(GPtrArray) argv = g_ptr_array_new();
  g_ptr_array_add(argv, (gpointer)exe);
  for (const char *const *a = args; *a; a++)
    g_ptr_array_add(argv, (gpointer)*a);
  g_ptr_array_add(argv, NULL);
  GError *error = NULL;
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE |
                           (stdin_data ? G_SUBPROCESS_FLAGS_STDIN_PIPE : 0);
  g_autoptr(GSubprocess) p = g_subprocess_newv((const char *const *)argv->pdata, flags, &error);
  ck_assert_msg(p != NULL, "%s", error ? error->message : "");
  char *o = NULL, *e = NULL;
  ck_assert(g_subprocess_communicate_utf8(p, stdin_data, NULL, &o, &e, &error));
  if (out)
    *out = o;
  else
    g_free(o);
  if (err)
    *err = e;
  else
    g_free(e);
  return g_subprocess_get_if_exited(p) ? g_subprocess_get_exit_status(p) : -1;
}
