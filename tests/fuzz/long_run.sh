#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/fuzz/long_run.sh [TOTAL_EXECUTIONS] [ROUND_SECONDS]: runs every fuzz target
# (tests/fuzz/run.sh, ROUND_SECONDS each, default 600) in rounds until TOTAL_EXECUTIONS
# (default 10,000,000) have run in all, keeping the grown corpus between rounds. After the
# first round, a round's length is sized to the executions still wanted at the last round's
# rate. KGFORGE_FUZZ_JOBS=N runs N targets at a time (run.sh). Stops at the first round with
# a finding (exit 1). Appends each round's counts to build-fuzz/long_run.log; docs/robustness.md
# quotes the totals actually run.
set -euo pipefail
cd "$(dirname "$0")/../.."
want=${1:-10000000}
round=${2:-600}
build=${KGFORGE_FUZZ_BUILD:-build-fuzz}
mkdir -p "$build"
done_=0
start=$(date +%s)
while [ "$done_" -lt "$want" ]; do
  echo "$(date -u +%FT%TZ) round: ${round}s a target, ${KGFORGE_FUZZ_JOBS:-1} at a time" >>"$build/long_run.log"
  rc=0
  out=$(tests/fuzz/run.sh "$round") || rc=$?
  echo "$out" | grep '^fuzz ' | sed "s/^/$(date -u +%FT%TZ) /" >>"$build/long_run.log"
  n=$(echo "$out" | grep -o '[0-9]* executions in total' | grep -o '^[0-9]*' | tail -1 || true)
  done_=$((done_ + ${n:-0}))
  echo "long run: $done_ of $want executions, $(($(date +%s) - start)) s"
  if [ "$rc" -ne 0 ]; then
    echo "$out" | tail -60
    echo "long run: stopped by a finding after $done_ executions"
    exit 1
  fi
  # The next round: what is left at this round's rate (executions per second of a target).
  if [ "${n:-0}" -gt 0 ] && [ "$done_" -lt "$want" ]; then
    round=$(((want - done_) * round / n + 1))
    [ "$round" -ge 60 ] || round=60
  fi
done
echo "long run: $done_ executions in $(($(date +%s) - start)) s, no finding"
