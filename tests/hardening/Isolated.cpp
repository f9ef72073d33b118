#include "Isolated.h"

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sa::test {

namespace {
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
} // namespace

bool sanitizedBuild()
{
    return kSanitized;
}

IsolatedResult runIsolated(const std::function<int(const std::function<void(const std::string&)>& emit)>& body,
    unsigned seconds, std::size_t maxBytes)
{
    IsolatedResult result;
    int fds[2];
    if (pipe(fds) != 0) {
        result.failure = "pipe() failed";
        return result;
    }
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        if (!kSanitized) {
            rlimit as { maxBytes, maxBytes };
            setrlimit(RLIMIT_AS, &as);
        }
        alarm(kSanitized ? seconds * 10 : seconds);
        const auto emit = [&](const std::string& s) { (void)!write(fds[1], s.data(), s.size()); };
        const int code = body(emit);
        close(fds[1]);
        _exit(code);
    }
    close(fds[1]);
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        result.output.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    result.peakRssKb = usage.ru_maxrss;
    if (WIFEXITED(status)) {
        result.finished = true;
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.failure = WTERMSIG(status) == SIGALRM ? "took longer than the time limit"
                                                     : "killed by signal " + std::to_string(WTERMSIG(status));
    }
    return result;
}

} // namespace sa::test
