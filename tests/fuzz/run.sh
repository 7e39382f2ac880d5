#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets (clang, ASan +
# UBSan) in build-fuzz/ and runs each for SECONDS (default 60) from its seed corpus
# (tests/fuzz/corpus/TARGET; new inputs go to build-fuzz/corpus/TARGET). Targets:
# yaml turtle ntriples rdfxml nquads trig csv tsv graphml roundtrip ntstream (default: all). Prints the executions of each
# and the total; exits non-zero on the first finding (its input is in build-fuzz/).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml turtle ntriples rdfxml nquads trig csv tsv graphml roundtrip ntstream)
build=${KGFORGE_FUZZ_BUILD:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DKGFORGE_FUZZ=ON -DKGFORGE_BUILD_TESTS=OFF \
  -DKGFORGE_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target $(printf 'fuzz_%s ' "${targets[@]}")
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions="$PWD/.ci/lsan.supp"
total=0
for t in "${targets[@]}"; do
  mkdir -p "$build/corpus/$t" "$build/findings/$t"
  log="$build/fuzz_$t.log"
  rc=0
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$t/" \
    "$build/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  runs=${runs:-0}
  total=$((total + runs))
  echo "fuzz $t: $runs executions in ${seconds}s, exit $rc"
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "fuzz $t: FINDING (inputs in $build/findings/$t/)"
    exit 1
  fi
done
echo "fuzz: $total executions in total, no finding"
