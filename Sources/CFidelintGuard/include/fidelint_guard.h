// The crash guard of fidelint's supervised runs (issue 15, point 4): each linting thread records
// which file (an index into the run's job list) and which stage (a reader or rule identifier) it
// is in, and a signal handler reports them on a descriptor before the process dies, so that the
// supervising process can report that file as an error and lint the others again.
#ifndef FIDELINT_GUARD_H
#define FIDELINT_GUARD_H
#include <stdint.h>

/// Installs the handler for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE and SIGABRT. On one of them
/// it writes `C<file>\t<stage>\t<signal>\n` (file -1 and stage "" when the thread was not linting
/// a file) to `fd` with one write(2), restores the default action and raises the signal again.
/// Call once, on the main thread, before any linting thread starts.
void fidelint_guard_install(int fd);

/// The crash guard of a run that lints exactly one named file and is not supervised (no second
/// process to start: issue 16, start-up time). On a fatal signal it writes, with one write(2) to
/// standard error, `fidelint: error: <path>: <stage> stopped with <signal> on this file; it was
/// not linted (please report this file)` (or, outside a file, that fidelint stopped and no report
/// was written) and ends the process with status 2. With `timeout_seconds` > 0 a file that is
/// still being linted that long after it started (`fidelint_guard_set_file`) is reported as not
/// finished within that time (--file-timeout), status 2. `path` is copied. Call once, on the main
/// thread, before any linting thread starts.
void fidelint_guard_install_direct(const char *path, int timeout_seconds);

/// Gives the calling thread an alternate signal stack (64 KiB, once per thread), so that a stack
/// overflow is reported too. Cheap after the first call on a thread.
void fidelint_guard_thread(void);

/// Records the job index of the file the calling thread lints now (-1: none); in a direct guard
/// with a timeout, starts (or, for -1, stops) the timer.
void fidelint_guard_set_file(int64_t file);

/// Records the stage the calling thread is in: a NUL-terminated string that must outlive the
/// process's linting (NULL: none).
void fidelint_guard_set_stage(const char *stage);

/// The stage recorded on the calling thread (NULL: none).
const char *fidelint_guard_stage(void);

#endif
