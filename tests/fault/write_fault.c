// SPDX-License-Identifier: MIT
// An LD_PRELOAD shim for the fault tests (tests/fault/faults.sh): it wraps write()
// for files whose name contains $KGFORGE_FAULT_MATCH (default ".tmp", kgforge's
// temporaries) and
//  - with KGFORGE_FAULT_ENOSPC_AFTER=N, fails with ENOSPC once N bytes were written
//    (a full disk), writing nothing more;
//  - with KGFORGE_FAULT_DELAY_US=N, sleeps N microseconds before each write (so a
//    test can send a signal while the export is being written);
// and wraps rename(): with KGFORGE_FAULT_RENAME_FAIL=N, the Nth rename of a temporary
// (a source path ending in ".tmp") fails with EIO, so a test can break a set of outputs
// half-way through being put in place.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

static ssize_t (*real_write)(int, const void*, size_t);
static long long written;

static int matches(int fd) {
  const char* match = getenv("KGFORGE_FAULT_MATCH");
  if (match == NULL || *match == '\0') match = ".tmp";
  char link[64];
  char target[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, target, sizeof target - 1);
  if (n <= 0) return 0;
  target[n] = '\0';
  return strstr(target, match) != NULL;
}

ssize_t write(int fd, const void* buf, size_t count) {
  if (real_write == NULL) {
    void* sym = dlsym(RTLD_NEXT, "write");
    memcpy(&real_write, &sym, sizeof sym);  // ISO C has no object-to-function pointer cast
  }
  if (fd > 2 && matches(fd)) {
    const char* delay = getenv("KGFORGE_FAULT_DELAY_US");
    if (delay != NULL) {
      const long us = atol(delay);
      struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
      nanosleep(&ts, NULL);
    }
    const char* after = getenv("KGFORGE_FAULT_ENOSPC_AFTER");
    if (after != NULL) {
      const long long limit = atoll(after);
      if (written >= limit) {
        errno = ENOSPC;
        return -1;
      }
      if (written + (long long)count > limit) count = (size_t)(limit - written);
    }
    const ssize_t w = real_write(fd, buf, count);
    if (w > 0) written += w;
    return w;
  }
  return real_write(fd, buf, count);
}

static int (*real_rename)(const char*, const char*);
static int renames;

int rename(const char* from, const char* to) {
  if (real_rename == NULL) {
    void* sym = dlsym(RTLD_NEXT, "rename");
    memcpy(&real_rename, &sym, sizeof sym);
  }
  const char* fail = getenv("KGFORGE_FAULT_RENAME_FAIL");
  const size_t n = strlen(from);
  if (fail != NULL && n > 4 && strcmp(from + n - 4, ".tmp") == 0 && ++renames == atoi(fail)) {
    errno = EIO;
    return -1;
  }
  return real_rename(from, to);
}
