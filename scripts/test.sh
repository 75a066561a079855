#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (offscreen); then builds with warnings as
# errors and runs them again under AddressSanitizer + UBSan, and runs each libFuzzer target for a
# while. build/ is configured as run.sh configures it, so what run.sh built is not built again;
# the ASan and fuzz builds compile every source but the benchmarks with -Werror (g++ and clang).
# Arguments go to both ctest runs. LOSANT_FUZZ_SECONDS: seconds per fuzzer (default 30; 0 only
# replays the seed corpus).
set -euo pipefail
LOSANT_ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=common.sh
source "$LOSANT_ROOT/scripts/common.sh"

fuzz_seconds=${LOSANT_FUZZ_SECONDS:-30}
case $fuzz_seconds in
'' | *[!0-9]*)
    echo "LOSANT_FUZZ_SECONDS must be a whole number of seconds, not '$fuzz_seconds'" >&2
    exit 2
    ;;
esac

timings=()
stage_name=''
stage_start=0
# One header line per stage; the time of the previous stage is kept for the summary.
stage() {
    stage_done
    stage_name=$1
    stage_start=$SECONDS
    printf '\n==== %s\n' "$stage_name"
}
stage_done() {
    if [ -n "$stage_name" ]; then
        timings+=("$(printf '%5d s  %s' $((SECONDS - stage_start)) "$stage_name")")
    fi
    stage_name=''
}

# clang + libclang-rt (libFuzzer and clang's sanitizer runtimes) for the fuzzers; llvm-14 for
# llvm-symbolizer, so their reports name files and lines; desktop-file-utils and appstream for
# the validators the install test runs on the installed tree.
stage "Install missing packages"
losant_install_missing clang libclang-rt-14-dev llvm-14 desktop-file-utils appstream
export QT_QPA_PLATFORM=offscreen

stage "Build (g++): build/"
losant_build "$LOSANT_ROOT/build"
stage "Tests: build/"
ctest --test-dir "$LOSANT_ROOT/build" --output-on-failure -j2 "$@"

# The sanitizer options (halt on the first report, leak check) are set per test by CMake.
stage "Build (g++, ASan + UBSan, -Werror): build-asan/"
losant_build "$LOSANT_ROOT/build-asan" -DLOSANT_SANITIZE=ON -DLOSANT_WERROR=ON -DLOSANT_BENCHMARKS=OFF
stage "Tests under ASan + UBSan: build-asan/"
ctest --test-dir "$LOSANT_ROOT/build-asan" --output-on-failure -j2 "$@"

fuzz_build=$LOSANT_ROOT/build-fuzz
stage "Build (clang, libFuzzer + ASan + UBSan, -Werror): build-fuzz/"
CC=clang CXX=clang++ losant_build "$fuzz_build" -DLOSANT_FUZZ=ON -DLOSANT_WERROR=ON
stage "Fuzz seed corpus replay: build-fuzz/"
ctest --test-dir "$fuzz_build" --output-on-failure -j2

# Runs one fuzzer in the background on a copy of its seed corpus, so the repository's does not
# grow; what it finds lands in fuzz-run/NAME/artifacts.
fuzz_pids=()
start_fuzzer() {
    local name=$1
    local dir=$fuzz_build/fuzz-run/$name
    rm -rf "$dir"
    mkdir -p "$dir/artifacts"
    cp -R "$LOSANT_ROOT/tests/fuzz/corpus/$name" "$dir/corpus"
    ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer \
        "$fuzz_build/tests/fuzz/fuzz_$name" -max_total_time="$fuzz_seconds" -timeout=10 \
        -rss_limit_mb=2048 -dict="$LOSANT_ROOT/tests/fuzz/losant.dict" \
        -artifact_prefix="$dir/artifacts/" -print_final_stats=1 "$dir/corpus" \
        >"$dir/log" 2>&1 &
    fuzz_pids+=("$!")
}
# Waits for one fuzzer; fails on a non-zero exit (crash, hang, leak, out of memory, sanitizer
# report) or any saved artifact.
finish_fuzzer() {
    local name=$1 pid=$2
    local dir=$fuzz_build/fuzz-run/$name
    local status=0
    wait "$pid" || status=$?
    if [ "$status" -ne 0 ] || [ -n "$(ls -A "$dir/artifacts")" ]; then
        tail -n 60 "$dir/log"
        echo "fuzz_$name FAILED (exit $status); input(s) kept in $dir/artifacts:" >&2
        ls -A "$dir/artifacts" >&2
        return 1
    fi
    echo "fuzz_$name: $(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log") runs" \
        "in $fuzz_seconds s, no findings (log: $dir/log)"
}

if [ "$fuzz_seconds" -gt 0 ]; then
    # The two machine cores run one fuzzer each.
    stage "Fuzzing, ${fuzz_seconds} s each: build-fuzz/fuzz-run/"
    start_fuzzer replyparser
    start_fuzzer createbody
    fuzz_failed=0
    finish_fuzzer replyparser "${fuzz_pids[0]}" || fuzz_failed=1
    finish_fuzzer createbody "${fuzz_pids[1]}" || fuzz_failed=1
    # Then the fast page reader against Qt's parser, on a core of its own too.
    start_fuzzer pagereader
    finish_fuzzer pagereader "${fuzz_pids[2]}" || fuzz_failed=1
    [ "$fuzz_failed" -eq 0 ]
fi
stage_done

printf '\n==== Done; time per stage:\n'
printf '%s\n' "${timings[@]}"
