/* bench-exec.c: runs a command and prints its wall time, CPU time and peak
 * resident size, the way the benchmark times `crosscheck report` and the
 * peers.  wait4(2) gives the child's own rusage, so the figures are the
 * command's alone, not the shell's or this program's.
 *
 * usage: bench-exec [-o FILE] -- COMMAND [ARG...]
 * The command's standard output goes to FILE (default /dev/null); its
 * standard error is left alone.  Prints: exit_status wall_s user_s sys_s
 * maxrss_kB, tab-separated, and exits with the command's status. */
#include <glib.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
  const char *out_path = "/dev/null";
  int i = 1;
  if (i + 1 < argc && g_str_equal(argv[i], "-o")) {
    out_path = argv[i + 1];
    i += 2;
  }
  if (i >= argc || !g_str_equal(argv[i], "--") || i + 1 >= argc) {
    fprintf(stderr, "usage: bench-exec [-o FILE] -- COMMAND [ARG...]\n");
    return 2;
  }
  char **cmd = &argv[i + 1];
  int out_fd = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out_fd < 0) {
    fprintf(stderr, "bench-exec: %s: %s\n", out_path, g_strerror(errno));
    return 2;
  }
  fflush(stdout);
  gint64 t0 = g_get_monotonic_time();
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "bench-exec: fork: %s\n", g_strerror(errno));
    return 2;
  }
  if (pid == 0) {
    dup2(out_fd, STDOUT_FILENO);
    close(out_fd);
    execvp(cmd[0], cmd);
    fprintf(stderr, "bench-exec: %s: %s\n", cmd[0], g_strerror(errno));
    _exit(127);
  }
  close(out_fd);
  int status = 0;
  struct rusage ru;
  while (wait4(pid, &status, 0, &ru) < 0) {
    if (errno != EINTR) {
      fprintf(stderr, "bench-exec: wait4: %s\n", g_strerror(errno));
      return 2;
    }
  }
  double wall = (double)(g_get_monotonic_time() - t0) / 1e6;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  printf("%d\t%.3f\t%.3f\t%.3f\t%ld\n", code, wall,
         (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
         (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss);
  return code;
}
