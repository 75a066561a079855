#pragma once

#include <cstdio>
#include <cstdlib>

// The fuzzer's name for its messages, defined once by each fuzzer.
extern const char *const kFuzzerName;

// A promise the code under test must keep: a broken one aborts, which makes libFuzzer save the
// input, like a crash.
inline void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "%s: broken promise: %s\n", kFuzzerName, what);
    std::abort();
}
