#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/fuzz/long_run.sh [TOTAL_EXECUTIONS] [ROUND_SECONDS]: runs every fuzz target in
# turn (tests/fuzz/run.sh, ROUND_SECONDS each, default 600) until TOTAL_EXECUTIONS
# (default 10,000,000) have run in all, keeping the grown corpus between rounds.
# Appends each round's counts to build-fuzz/long_run.log; docs/robustness.md quotes
# the totals actually run.
set -euo pipefail
cd "$(dirname "$0")/../.."
want=${1:-10000000}
round=${2:-600}
build=${KGFORGE_FUZZ_BUILD:-build-fuzz}
mkdir -p "$build"
done_=0
while [ "$done_" -lt "$want" ]; do
  out=$(tests/fuzz/run.sh "$round")
  echo "$out" | grep '^fuzz ' | sed "s/^/$(date -u +%FT%TZ) /" >>"$build/long_run.log"
  n=$(echo "$out" | sed -n 's/^fuzz: \([0-9]*\) executions in total.*/\1/p')
  done_=$((done_ + ${n:-0}))
  echo "long run: $done_ of $want executions"
done
echo "long run: $done_ executions, no finding"
