// SPDX-License-Identifier: GPL-3.0-or-later
// bench_spawn PROGRAM [ARGS...]: runs PROGRAM as its child and reports the child's own resource
// use on stderr when it ends:
//     bench_spawn: child <pid>                       (at the start)
//     bench_spawn: exit <status> maxrss_kib <K> utime_s <U> stime_s <S>   (at the end)
// Why a program of its own: Linux carries a process's peak RSS over fork and exec
// (signal_struct.maxrss), so a child forked from a large benchmark reports at least the
// benchmark's size in ru_maxrss. Forked from this small program, it reports its own.
// SIGTERM and SIGINT are passed on to the child. No Qt: as small as a process gets.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

volatile pid_t g_child = -1;

void forward(int signal)
{
    if (g_child > 0)
        kill(g_child, signal);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fputs("usage: bench_spawn PROGRAM [ARGS...]\n", stderr);
        return 2;
    }
    const pid_t child = fork();
    if (child < 0)
        return 2;
    if (child == 0) {
        execvp(argv[1], argv + 1);
        std::perror("bench_spawn: exec");
        _exit(127);
    }
    g_child = child;
    struct sigaction action = {};
    action.sa_handler = forward;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::fprintf(stderr, "bench_spawn: child %d\n", int(child));
    std::fflush(stderr);

    int status = 0;
    rusage usage = {};
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 2;
    }
    std::fprintf(stderr, "bench_spawn: exit %d maxrss_kib %ld utime_s %ld.%06ld stime_s %ld.%06ld\n",
                 WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), usage.ru_maxrss,
                 long(usage.ru_utime.tv_sec), long(usage.ru_utime.tv_usec), long(usage.ru_stime.tv_sec),
                 long(usage.ru_stime.tv_usec));
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
