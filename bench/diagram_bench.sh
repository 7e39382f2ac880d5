#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# GraphML and DOT writing: kgforge beside igraph, NetworkX, NetworkX+pydot and Boost
# on the same generated graph (N entities, ~5N relations; seeded).
#
#   bench/diagram_bench.sh [BUILD_DIR] [N ...]      default: build 10000 100000
#
# NetworkX runs up to 100k entities, NetworkX+pydot at 10k only (it needs 37 s and
# 2.1 GB there). Prints edges/s (writing only), peak RSS of the whole run, and ratios.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-build}"; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
bin="$build/bench/diagram_bench"
data="$here/data"; mkdir -p "$data"
results="$data/diagram_results.jsonl"; : > "$results"
py=/usr/bin/python3
for n in "${sizes[@]}"; do
  prefix="$data/g$n"
  "$bin" "$n" csv "$prefix" >/dev/null
  for mode in graphml dot boost-graphml boost-dot; do
    "$bin" "$n" "$mode" "$prefix.$mode.out" | tee -a "$results"
  done
  "$py" "$here/diagram_peers.py" igraph-graphml "$prefix" "$prefix.igraph.graphml" | tee -a "$results"
  if [ "$n" -le 100000 ]; then
    "$py" "$here/diagram_peers.py" networkx-graphml "$prefix" "$prefix.nx.graphml" | tee -a "$results"
  fi
  if [ "$n" -le 10000 ]; then
    "$py" "$here/diagram_peers.py" networkx-pydot-dot "$prefix" "$prefix.pydot.dot" | tee -a "$results"
  fi
  rm -f "$prefix".*.out "$prefix".*.graphml "$prefix".*.dot
done
"$py" - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print()
print("| N entities | relations | format | writer | write s | edges/s | peak RSS MB | kgforge is |")
print("|---:|---:|---|---|---:|---:|---:|---|")
for r in rows:
    mine = next(x for x in rows if x["n"] == r["n"] and x["format"] == r["format"] and x["tool"] == "kgforge")
    ratio = "—" if r is mine else "%.1f× faster, %.2f× the memory" % (r["write_s"] / max(mine["write_s"], 1e-9), mine["rss_kb"] / r["rss_kb"])
    print("| %d | %d | %s | %s | %.3f | %s | %.0f | %s |" % (r["n"], r["edges"], r["format"], r["tool"], r["write_s"],
          format(int(r["edges"] / max(r["write_s"], 1e-9)), ","), r["rss_kb"] / 1024, ratio))
PY
