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

/// Gives the calling thread an alternate signal stack (64 KiB, once per thread), so that a stack
/// overflow is reported too. Cheap after the first call on a thread.
void fidelint_guard_thread(void);

/// Records the job index of the file the calling thread lints now (-1: none).
void fidelint_guard_set_file(int64_t file);

/// Records the stage the calling thread is in: a NUL-terminated string that must outlive the
/// process's linting (NULL: none).
void fidelint_guard_set_stage(const char *stage);

/// The stage recorded on the calling thread (NULL: none).
const char *fidelint_guard_stage(void);

#endif
