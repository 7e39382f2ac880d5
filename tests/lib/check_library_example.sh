#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks a build of the library example (examples/library/main.cpp) against the kgforge
# CLI: on the CEOP KB its top-10 PageRank lines give the same values as
# `kgforge analyze --include-sources --measures pagerank --format json`, in descending
# order and the 10 highest, and its Turtle is byte-identical to `kgforge export --to turtle`.
# Used by tests/install/installed_package.sh and .ci/run.
#   KGFORGE=build/kgforge tests/lib/check_library_example.sh PROGRAM
set -u
program=${1:?usage: check_library_example.sh PROGRAM}
: "${KGFORGE:?KGFORGE must name the kgforge binary}"
root=$(cd "$(dirname "$0")/../.." && pwd)
kb="$root/examples/ceop/ceop.yaml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$program" "$kb" "$work/lib.ttl" 10 >"$work/out" 2>"$work/err" || {
  echo "FAIL: $program exited $?"; cat "$work/err"; exit 1; }
"$KGFORGE" analyze "$kb" --include-sources --measures pagerank --format json -o "$work/analyze.json" \
  || { echo "FAIL: kgforge analyze exited $?"; exit 1; }
"$KGFORGE" export "$kb" --to turtle -o "$work/cli.ttl" 2>/dev/null || { echo "FAIL: kgforge export exited $?"; exit 1; }
status=0
cmp "$work/lib.ttl" "$work/cli.ttl" || { echo "FAIL: the example's Turtle differs from kgforge export --to turtle"; status=1; }
/usr/bin/python3 - "$work/out" "$work/analyze.json" "$work/lib.ttl" <<'PY' || status=1
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
want = {n["iri"]: n["pagerank"] for n in json.load(open(sys.argv[2]))["nodes"]}
problems = []
if len(lines) != 11 or lines[-1] != "wrote " + sys.argv[3]:
    problems.append("expected 10 rank lines and 'wrote %s', got %r" % (sys.argv[3], lines))
ranks = []
for line in lines[:-1]:
    rank, iri, _name = line.split("\t")
    ranks.append(float(rank))
    if iri not in want:
        problems.append("%s is not a node kgforge analyze knows" % iri)
    elif abs(float(rank) - want[iri]) > 2e-6:
        problems.append("%s: PageRank %s, kgforge analyze says %s" % (iri, rank, want[iri]))
if ranks != sorted(ranks, reverse=True):
    problems.append("ranks not in descending order: %s" % ranks)
eleventh = sorted(want.values(), reverse=True)[10]
if ranks and ranks[-1] + 2e-6 < eleventh:
    problems.append("the 10 printed are not the 10 highest (the 11th highest is %s)" % eleventh)
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY
[ "$status" -eq 0 ] && echo "ok: $program: PageRank as kgforge analyze, Turtle as kgforge export" 
exit "$status"
