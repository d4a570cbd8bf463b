/*
 * Binds three symbols to the versions Amazon Linux 2023 (glibc 2.34, GCC 11's libstdc++) has, so a bootstrap
 * linked on a newer build host loads on provided.al2023. scripts/package/package.py links this file into each
 * bundle with `--wrap=<symbol>`: every reference to <symbol> then goes to __wrap_<symbol> below, which calls the
 * older version of the same function, looked up once with dlvsym (a `.symver` reference would be wrapped too).
 *
 *   hypot, hypotf  GLIBC_2.35 on the build host (a new implementation); the GLIBC_2.2.5 (x86_64) /
 *                  GLIBC_2.17 (aarch64) version computes the same function.
 *   std::condition_variable::wait(unique_lock<mutex>&)  GLIBCXX_3.4.30 (GCC 12 dropped its noexcept); the
 *                  GLIBCXX_3.4.11 version is the same wait, declared noexcept.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#if defined(__x86_64__)
#define GLIBC_BASE "GLIBC_2.2.5"
#elif defined(__aarch64__)
#define GLIBC_BASE "GLIBC_2.17"
#else
#error "unsupported architecture"
#endif

static void *versioned(const char *name, const char *version) {
    void *symbol = dlvsym(RTLD_DEFAULT, name, version);
    if (symbol == NULL) {
        fprintf(stderr, "glibc-compat: %s@%s not found\n", name, version);
        abort();
    }
    return symbol;
}

/* Looked up on first use; concurrent first calls store the same pointer. */
#define LOOKUP(type, cache, name, version) \
    type function = __atomic_load_n(&cache, __ATOMIC_ACQUIRE); \
    if (function == NULL) { \
        function = (type)versioned(name, version); \
        __atomic_store_n(&cache, function, __ATOMIC_RELEASE); \
    }

typedef double (*hypot_function)(double, double);
typedef float (*hypotf_function)(float, float);
typedef void (*wait_function)(void *, void *);
static hypot_function hypot_cache;
static hypotf_function hypotf_cache;
static wait_function wait_cache;

double __wrap_hypot(double x, double y) {
    LOOKUP(hypot_function, hypot_cache, "hypot", GLIBC_BASE)
    return function(x, y);
}

float __wrap_hypotf(float x, float y) {
    LOOKUP(hypotf_function, hypotf_cache, "hypotf", GLIBC_BASE)
    return function(x, y);
}

void __wrap__ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE(void *condition, void *lock) {
    LOOKUP(wait_function, wait_cache, "_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE", "GLIBCXX_3.4.11")
    function(condition, lock);
}
