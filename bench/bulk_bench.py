#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Bulk export benchmark (issue 15): sharded gzip N-Triples, end to end from an N-Triples
file as a user runs it, beside the peer pipeline on the same file, and the time
Virtuoso 7's bulk loader takes to load the shards.

    /usr/bin/python3 bench/bulk_bench.py [ENTITIES] [--build DIR] [--data DIR] [--runs N]
                                         [--shard-size N] [--levels 1,6] [--no-virtuoso]

The input is bench/ingest_bench.py's generated kg.nt (DIR/ENTITIES/, default
/tmp/kgbench, made once by build/bench/gen_bench --mixed). Rows (median wall and CPU,
user + system, of N runs, default 3; largest peak RSS from GNU time; output bytes):
  kgforge export kg.nt --to nt -o out.nt                      (plain, for the cost of gzip)
  kgforge export kg.nt --to nt --shard-size S --gzip -o kg.nt (the shards and manifest; zlib level 6)
  ... --gzip --gzip-level L                                   (each other level of --levels)
  serdi -i ntriples -o ntriples kg.nt | gzip -6 > kg.nt.gz    (the peer: one file, no manifest;
                                                               two processes, so two cores)
and, when virtuoso-t is installed (and not --no-virtuoso), one bulk load of the level-6
shards (ld_dir + rdf_loader_run + checkpoint) into a fresh Virtuoso database, with its
triple count checked against the manifest. Ratios are kgforge's time over the peer's
(below 1: kgforge is faster); MB/s is N-Triples bytes (uncompressed) written per wall second."""
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
    ap.add_argument("--levels", default="1,6", help="zlib levels of the sharded rows (6 is always run)")
    ap.add_argument("--no-virtuoso", action="store_true")
    args = ap.parse_args()
    load_before = os.getloadavg()
    kgforge = os.path.join(args.build, "kgforge")
    data = os.path.join(args.data, str(args.entities))
    generate(args.build, data, args.entities)
    nt = os.path.join(data, "kg.nt")
    out = os.path.join(data, "bulk-out")
    os.makedirs(out, exist_ok=True)
    shard = str(args.shard_size)
    sharded = f"kgforge export --to nt --shard-size {shard} --gzip"
    peer_label = "serdi -o ntriples, piped to gzip -6"
    rows = [
        ("kgforge export --to nt", [kgforge, "export", nt, "--to", "nt", "-q", "-o", os.path.join(out, "plain.nt")]),
        (sharded,
         [kgforge, "export", nt, "--to", "nt", "-q", "--shard-size", shard, "--gzip", "-o", os.path.join(out, "kg.nt")]),
    ]
    for level in sorted({int(x) for x in args.levels.split(",") if x} - {6}):
        rows.append((f"{sharded} --gzip-level {level}",
                     [kgforge, "export", nt, "--to", "nt", "-q", "--shard-size", shard, "--gzip", "--gzip-level",
                      str(level), "-o", os.path.join(out, "kg.nt")]))
    rows.append((peer_label,
                 ["sh", "-c", f"serdi -i ntriples -o ntriples '{nt}' | gzip -6 > '{os.path.join(out, 'kg.nt.gz')}'"]))
    results = {}
    for label, argv in rows:
        print(f"  {label} ...", file=sys.stderr, flush=True)
        results[label] = measure(argv, out, args.runs)
    peer = results[peer_label]
    plain_bytes = results["kgforge export --to nt"].get("bytes")
    print(f"bulk export, {args.entities:,} entities ({os.path.getsize(nt) / 1e6:,.0f} MB of N-Triples in), "
          f"median of {args.runs}; load average (1 min) {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after")
    print("| command | wall | CPU | MB/s | peak RSS | output | ÷ serdi+gzip, wall | CPU |")
    print("|---|---|---|---|---|---|---|---|")
    for label, r in results.items():
        if "error" in r:
            print(f"| {label} | {r['error']} | | | | | | |")
            continue
        mine = label != peer_label and "wall" in peer
        rate = f"{plain_bytes / 1e6 / r['wall']:.0f}" if plain_bytes and label != peer_label else ""
        print(f"| {label} | {r['wall']:.2f} s | {r['cpu']:.2f} s | {rate} | {fmt_mb(r['rss'])} | {fmt_mb(r['bytes'])} | "
              f"{r['wall'] / peer['wall'] if mine else 0:.2f} | {r['cpu'] / peer['cpu'] if mine else 0:.2f} |"
              .replace("| 0.00 | 0.00 |", "| | |"))
    if shutil.which("virtuoso-t") and shutil.which("isql-vt") and not args.no_virtuoso:
        if "error" not in results[sharded]:
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
