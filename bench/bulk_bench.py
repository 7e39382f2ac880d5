#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Bulk export benchmark (issue 15): sharded gzip N-Triples, end to end from an N-Triples
file as a user runs it, beside the peer pipeline on the same file, and the time
Virtuoso 7's bulk loader takes to load the shards.

    /usr/bin/python3 bench/bulk_bench.py [ENTITIES] [--build DIR] [--data DIR] [--runs N]
                                         [--shard-size N]

The input is bench/ingest_bench.py's generated kg.nt (DIR/ENTITIES/, default
/tmp/kgbench, made once by build/bench/gen_bench --mixed). Rows (median wall of N runs,
default 3; largest peak RSS from GNU time):
  kgforge export kg.nt --to nt -o out.nt                      (plain, for the cost of gzip)
  kgforge export kg.nt --to nt --shard-size S --gzip -o kg.nt (the shards and manifest)
  serdi -i ntriples -o ntriples kg.nt | gzip -6 > kg.nt.gz    (the peer: one file, no manifest)
and, when virtuoso-t is installed, one bulk load of the shards (ld_dir + rdf_loader_run
+ checkpoint) into a fresh Virtuoso database, with its triple count checked against the
manifest. Ratios are kgforge's wall time over the peer's (below 1: kgforge is faster)."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "lib"))
from ingest_bench import fmt_mb, generate, measure  # noqa: E402
from virtuoso import Virtuoso  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("entities", nargs="?", type=int, default=100000)
    ap.add_argument("--build", default=os.path.join(HERE, "..", "build"))
    ap.add_argument("--data", default="/tmp/kgbench")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shard-size", type=int, default=1000000)
    args = ap.parse_args()
    kgforge = os.path.join(args.build, "kgforge")
    data = os.path.join(args.data, str(args.entities))
    generate(args.build, data, args.entities)
    nt = os.path.join(data, "kg.nt")
    out = os.path.join(data, "bulk-out")
    os.makedirs(out, exist_ok=True)
    shard = str(args.shard_size)
    rows = [
        ("kgforge export --to nt", [kgforge, "export", nt, "--to", "nt", "-q", "-o", os.path.join(out, "plain.nt")]),
        (f"kgforge export --to nt --shard-size {shard} --gzip",
         [kgforge, "export", nt, "--to", "nt", "-q", "--shard-size", shard, "--gzip", "-o", os.path.join(out, "kg.nt")]),
        ("serdi -o ntriples, piped to gzip -6",
         ["sh", "-c", f"serdi -i ntriples -o ntriples '{nt}' | gzip -6 > '{os.path.join(out, 'kg.nt.gz')}'"]),
    ]
    results = {}
    for label, argv in rows:
        results[label] = measure(argv, out, args.runs)
    peer = results["serdi -o ntriples, piped to gzip -6"]
    print(f"bulk export, {args.entities:,} entities ({os.path.getsize(nt) / 1e6:,.0f} MB of N-Triples), "
          f"median of {args.runs}; load average {os.getloadavg()[0]:.1f}")
    print("| command | wall | peak RSS | ÷ serdi+gzip |")
    print("|---|---|---|---|")
    for label, r in results.items():
        if "error" in r:
            print(f"| {label} | {r['error']} | | |")
            continue
        ratio = f"{r['wall'] / peer['wall']:.2f}" if "wall" in peer and label != "serdi -o ntriples, piped to gzip -6" else ""
        print(f"| {label} | {r['wall']:.2f} s | {fmt_mb(r['rss'])} | {ratio} |")
    if shutil.which("virtuoso-t") and shutil.which("isql-vt"):
        if "error" not in results[f"kgforge export --to nt --shard-size {shard} --gzip"]:
            shards = os.path.join(data, "bulk-shards")
            shutil.rmtree(shards, ignore_errors=True)
            os.makedirs(shards)
            subprocess.run([kgforge, "export", nt, "--to", "nt", "-q", "--shard-size", shard, "--gzip",
                            "-o", os.path.join(shards, "kg.nt")], check=True)
            manifest = json.load(open(os.path.join(shards, "kg.manifest.json")))
            work = tempfile.mkdtemp(prefix="virtuoso-bench-")
            failures = []
            v = Virtuoso(work, [".", shards], failures)
            try:
                t0 = time.perf_counter()
                v.rows(f"ld_dir('{shards}', '*.nt.gz', 'urn:kgforge:bench')")
                v.rows("rdf_loader_run()")
                v.rows("checkpoint")
                wall = time.perf_counter() - t0
                count = v.rows("SPARQL SELECT COUNT(*) FROM <urn:kgforge:bench> WHERE { ?s ?p ?o }")
            finally:
                v.stop()
                shutil.rmtree(work, ignore_errors=True)
            ok = count and count[-1].strip() == str(manifest["statements"])
            print(f"| Virtuoso 7 bulk load of the {len(manifest['shards'])} shards (one rdf_loader_run) | {wall:.2f} s | "
                  f"| {'count matches' if ok else 'COUNT DIFFERS: ' + repr(count[-1:] + failures)} |")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
