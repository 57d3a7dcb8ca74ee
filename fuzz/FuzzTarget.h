// One fuzz target = one file in fuzz/targets/ that defines its entry with
//
//     ACMEDESK_FUZZ_TARGET(name) { ... return 0; }
//
// In the fuzz preset (clang, libFuzzer) each file becomes its own program fuzz_<name> and the
// entry is LLVMFuzzerTestOneInput. In every other build all files go into one program,
// acmedesk-fuzz-replay, that feeds the saved inputs (fuzz/corpus/<name>, fuzz/regressions/<name>)
// through the same entries without libFuzzer, so `ctest -L unit` checks them in a normal build.
//
// A target checks what must hold for any input (FUZZ_CHECK), not only that nothing crashes. A
// failed check aborts: libFuzzer saves the input, the replay test fails.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace acmedesk::fuzz {

using Entry = int (*)(const uint8_t *data, size_t size);

// The replay program's table of targets (filled before main by ACMEDESK_FUZZ_TARGET).
struct Registration
{
    Registration(const char *name, Entry entry);
};

[[noreturn]] inline void checkFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", what, file, line);
    std::abort();
}

// The input as bytes (deep copy: libFuzzer's buffer is only valid during the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as text, the way a paste or a typed field arrives (invalid UTF-8 becomes U+FFFD).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace acmedesk::fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::acmedesk::fuzz::checkFailed(#condition, __FILE__, __LINE__);                         \
    } while (false)

#ifdef ACMEDESK_LIBFUZZER
#define ACMEDESK_FUZZ_TARGET(name)                                                                 \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#else
#define ACMEDESK_FUZZ_TARGET(name)                                                                 \
    static int acmedeskFuzz_##name(const uint8_t *data, size_t size);                              \
    static const ::acmedesk::fuzz::Registration acmedeskFuzzRegistration_##name(                   \
        #name, acmedeskFuzz_##name);                                                               \
    static int acmedeskFuzz_##name(const uint8_t *data, size_t size)
#endif
