#include "fidelint_guard.h"
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int guard_fd = -1;
static int direct = 0;
static int direct_timeout = 0;
static char direct_path[4096];
static _Thread_local int64_t current_file = -1;
static _Thread_local const char *current_stage = NULL;
static _Thread_local int has_altstack = 0;

void fidelint_guard_set_file(int64_t file) {
    current_file = file;
    if (direct && direct_timeout > 0) alarm(file >= 0 ? (unsigned)direct_timeout : 0);
}
void fidelint_guard_set_stage(const char *stage) { current_stage = stage; }
const char *fidelint_guard_stage(void) { return current_stage; }

// Async-signal-safe decimal formatting.
static size_t put_int(char *out, int64_t value) {
    char digits[24];
    size_t n = 0, k = 0;
    int negative = value < 0;
    uint64_t v = negative ? (uint64_t)(-(value + 1)) + 1 : (uint64_t)value;
    do { digits[n++] = (char)('0' + v % 10); v /= 10; } while (v && n < sizeof digits);
    if (negative) out[k++] = '-';
    while (n) out[k++] = digits[--n];
    return k;
}

static size_t put_str(char *out, size_t k, size_t cap, const char *s) {
    for (size_t i = 0; s[i] && k < cap; i++) out[k++] = s[i];
    return k;
}

static const char *signal_name(int signo) {
    switch (signo) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL (a failed check)";
    case SIGTRAP: return "SIGTRAP (a failed check)";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    default: return "a signal";
    }
}

// The direct guard's report on standard error, then exit status 2 (async-signal-safe).
static void direct_report(int signo) {
    char line[4096 + 1024];
    size_t k = 0, cap = sizeof line - 2;
    k = put_str(line, k, cap, "fidelint: error: ");
    if (signo == SIGALRM) {
        char digits[24];
        size_t n = put_int(digits, direct_timeout);
        digits[n] = 0;
        k = put_str(line, k, cap, direct_path);
        k = put_str(line, k, cap, ": linting did not finish within ");
        k = put_str(line, k, cap, digits);
        k = put_str(line, k, cap, " s (--file-timeout); this file was not linted");
    } else if (current_file >= 0) {
        k = put_str(line, k, cap, direct_path);
        k = put_str(line, k, cap, ": ");
        k = put_str(line, k, cap, current_stage ? current_stage : "fidelint");
        k = put_str(line, k, cap, " stopped with ");
        k = put_str(line, k, cap, signal_name(signo));
        k = put_str(line, k, cap, " on this file; it was not linted (please report this file)");
    } else {
        k = put_str(line, k, cap, "fidelint stopped with ");
        k = put_str(line, k, cap, signal_name(signo));
        if (current_stage) {
            k = put_str(line, k, cap, " in ");
            k = put_str(line, k, cap, current_stage);
        }
        k = put_str(line, k, cap, "; no report was written");
    }
    line[k++] = '\n';
    ssize_t ignored = write(2, line, k);
    (void)ignored;
    _exit(2);
}

static void on_fatal_signal(int signo) {
    if (direct) direct_report(signo);
    if (guard_fd >= 0) {
        char line[512];
        size_t k = 0;
        line[k++] = 'C';
        k += put_int(line + k, current_file);
        line[k++] = '\t';
        const char *stage = current_stage ? current_stage : "";
        for (size_t i = 0; stage[i] && k < sizeof line - 32; i++) {
            char c = stage[i];
            line[k++] = (c == '\t' || c == '\n') ? ' ' : c;
        }
        line[k++] = '\t';
        k += put_int(line + k, signo);
        line[k++] = '\n';
        ssize_t ignored = write(guard_fd, line, k);
        (void)ignored;
    }
    signal(signo, SIG_DFL);
    raise(signo);
}

static void install_handlers(void) {
    fidelint_guard_thread();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_fatal_signal;
    action.sa_flags = SA_ONSTACK | SA_RESETHAND | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
    if (direct && direct_timeout > 0) sigaction(SIGALRM, &action, NULL);
}

void fidelint_guard_install(int fd) {
    guard_fd = fd;
    install_handlers();
}

void fidelint_guard_install_direct(const char *path, int timeout_seconds) {
    size_t n = 0;
    while (path[n] && n < sizeof direct_path - 1) { direct_path[n] = path[n]; n++; }
    direct_path[n] = 0;
    direct_timeout = timeout_seconds;
    direct = 1;
    install_handlers();
    // A parent may have started this process with SIGALRM blocked (the mask survives exec): the
    // timer must reach this thread, which waits while others lint (threads started later inherit
    // the mask).
    if (timeout_seconds > 0) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGALRM);
        pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    }
}

void fidelint_guard_thread(void) {
    if (has_altstack) return;
    has_altstack = 1;
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_size = 64 * 1024;
    stack.ss_sp = malloc(stack.ss_size);   // kept for the thread's life (Dispatch reuses its threads)
    if (!stack.ss_sp) return;
    stack.ss_flags = 0;
    sigaltstack(&stack, NULL);
}
