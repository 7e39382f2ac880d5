#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets (clang, ASan +
# UBSan) in build-fuzz/ and runs each for SECONDS (default 60) from its seed corpus
# (tests/fuzz/corpus/TARGET; new inputs go to build-fuzz/corpus/TARGET). Targets:
# yaml turtle ntriples rdfxml nquads trig csv tsv graphml roundtrip ntstream (default: all).
# KGFORGE_FUZZ_JOBS=N runs N targets at a time (default 1; one per core is the most that
# helps). Prints the executions of each and the total; exits non-zero if any target had a
# finding (its input is in build-fuzz/findings/TARGET/, its log in build-fuzz/fuzz_TARGET.log).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml turtle ntriples rdfxml nquads trig csv tsv graphml roundtrip ntstream)
build=${KGFORGE_FUZZ_BUILD:-build-fuzz}
jobs=${KGFORGE_FUZZ_JOBS:-1}
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DKGFORGE_FUZZ=ON -DKGFORGE_BUILD_TESTS=OFF \
  -DKGFORGE_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target $(printf 'fuzz_%s ' "${targets[@]}")
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions="$PWD/.ci/lsan.supp"

# One target: its log in $build/fuzz_T.log, its exit code in $build/fuzz_T.rc.
fuzz_one() {
  local t=$1 rc=0
  mkdir -p "$build/corpus/$t" "$build/findings/$t"
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$t/" \
    "$build/corpus/$t" "tests/fuzz/corpus/$t" >"$build/fuzz_$t.log" 2>&1 || rc=$?
  echo "$rc" >"$build/fuzz_$t.rc"
}

running=0
for t in "${targets[@]}"; do
  rm -f "$build/fuzz_$t.rc"
  if [ "$jobs" -le 1 ]; then
    fuzz_one "$t"
  else
    fuzz_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
      wait -n || true
      running=$((running - 1))
    fi
  fi
done
wait

total=0
found=()
for t in "${targets[@]}"; do
  log="$build/fuzz_$t.log"
  rc=$(cat "$build/fuzz_$t.rc" 2>/dev/null || echo "no exit code")
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  runs=${runs:-0}
  total=$((total + runs))
  echo "fuzz $t: $runs executions in ${seconds}s, exit $rc"
  if [ "$rc" != 0 ]; then
    tail -40 "$log"
    echo "fuzz $t: FINDING (inputs in $build/findings/$t/)"
    found+=("$t")
  fi
done
if [ ${#found[@]} -gt 0 ]; then
  echo "fuzz: findings in ${found[*]} ($total executions in total)"
  exit 1
fi
echo "fuzz: $total executions in total, no finding"
