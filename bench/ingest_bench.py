#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The end-to-end ingest benchmark (issue 12): the user-level commands on the files
users bring, side by side in one run with the tools they would otherwise use.

    /usr/bin/python3 bench/ingest_bench.py [ENTITIES] [--build DIR] [--data DIR] [--runs N]
                                           [--rapper-max N] [--only ROW,...]

ENTITIES defaults to 100000 (1000000 for the issue's size). The files are generated
once per size by build/bench/gen_bench --mixed (schema.org, kgforge and custom terms;
about 14 triples per entity) into DIR/ENTITIES/ (default /tmp/kgbench) and reused:
kg.nt, nodes.csv, edges.csv. Each command runs N times (default 3), one process at a
time; the table gives the median wall time, the largest peak RSS (the child's
maximum resident set size, from GNU /usr/bin/time), and kgforge's ratio to each peer
(kgforge wall / peer wall: below 1 means kgforge is faster; the issue's targets are
0.5 for convert against serdi, 1/3 for CSV→GraphML against igraph). Outputs go to DIR/ENTITIES/out
and are deleted after each run. A row whose tool is missing prints "not available";
the CSV rows run only when kgforge reads CSV tables. The "reader alone" rows time
build/bench/nt_reader_bench (kgforge's N-Triples reader, and the serd library in the same
harness, counting statements). The header line gives the load average before and after. Rapper's Turtle writer holds the
whole graph (docs/performance.md), so it runs only up to --rapper-max entities.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "ingest_peers.py")
TIME = "/usr/bin/time"  # GNU time (Debian package time)
PY = "/usr/bin/python3"  # Debian's, where python3-igraph and python3-networkx live


def run_once_cpu(argv, stdout_path):
    """Wall seconds, CPU seconds (user + system), peak RSS in bytes and the exit code of
    one run of `argv`, the last three from GNU time (a child forked from Python would
    inherit Python's RSS as its peak)."""
    usage = stdout_path + ".time"
    with open(stdout_path, "wb") as out, open(stdout_path + ".err", "wb") as err:
        t0 = time.perf_counter()
        code = subprocess.run([TIME, "-q", "-f", "%M %U %S", "-o", usage] + argv, stdout=out, stderr=err).returncode
        wall = time.perf_counter() - t0
    with open(usage) as f:
        rss_kb, user, system = f.read().split()[-3:]
    return wall, float(user) + float(system), int(rss_kb) * 1024, code


def run_once(argv, stdout_path):
    """Wall seconds, peak RSS in bytes and the exit code of one run of `argv` (run_once_cpu)."""
    wall, _, rss, code = run_once_cpu(argv, stdout_path)
    return wall, rss, code


def stderr_lines(path):
    with open(path + ".err", "rb") as f:
        return f.read().count(b"\n")


def measure(argv, out_dir, runs, ok_codes=(0,)):
    walls, cpus, peak, lines = [], [], 0, 0
    for _ in range(runs):
        stdout_path = os.path.join(out_dir, "stdout")
        wall, cpu, rss, code = run_once_cpu(argv, stdout_path)
        lines = max(lines, stderr_lines(stdout_path))
        if code not in ok_codes:
            with open(stdout_path + ".err", "rb") as f:
                tail = f.read()[-600:].decode("utf-8", "replace")
            return {"error": f"exit {code}: {tail.strip()}"}
        walls.append(wall)
        cpus.append(cpu)
        peak = max(peak, rss)
        written = 0  # the bytes of the outputs, beside the captured stdout
        for name in os.listdir(out_dir):
            if not name.startswith("stdout"):
                written += os.path.getsize(os.path.join(out_dir, name))
            os.remove(os.path.join(out_dir, name))
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus), "rss": peak, "stderr": lines,
            "bytes": written}


def generate(build, data, n):
    stamp = os.path.join(data, "generated")
    want = f"gen_bench --mixed -n {n}\n"
    if os.path.exists(stamp) and open(stamp).read() == want:
        return
    os.makedirs(data, exist_ok=True)
    gen = os.path.join(build, "bench", "gen_bench")
    subprocess.run([gen, "--mixed", "-n", str(n), "-o", os.path.join(data, "kg.nt"),
                    "--nodes-csv", os.path.join(data, "nodes.csv"),
                    "--edges-csv", os.path.join(data, "edges.csv")], check=True, stdout=subprocess.DEVNULL)
    with open(stamp, "w") as f:
        f.write(want)


def kgforge_reads_csv(kgforge, tmp):
    """True if `kgforge stats` reads a node table and an edge table."""
    nodes, edges = os.path.join(tmp, "probe-nodes.csv"), os.path.join(tmp, "probe-edges.csv")
    with open(nodes, "w") as f:
        f.write("id,category,name\na,Person,A\nb,Organisation,B\n")
    with open(edges, "w") as f:
        f.write("subject,predicate,object\na,memberOf,b\n")
    r = subprocess.run([kgforge, "stats", nodes, edges], capture_output=True)
    os.remove(nodes)
    os.remove(edges)
    return r.returncode == 0


def have(cmd):
    return shutil.which(cmd) is not None


def have_py(module):
    return subprocess.run([PY, "-c", f"import {module}"], capture_output=True).returncode == 0


def fmt_mb(b):
    return f"{b / 1e6:,.1f} MB" if b < 1e9 else f"{b / 1e9:.2f} GB"


def size_arguments(doc):
    """The arguments every file benchmark takes: ENTITIES, --build, --data, --runs."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("entities", nargs="?", type=int, default=100000)
    ap.add_argument("--build", default="build")
    ap.add_argument("--data", default="/tmp/kgbench")
    ap.add_argument("--runs", type=int, default=3)
    return ap


def main():
    ap = size_arguments(__doc__)
    ap.add_argument("--rapper-max", type=int, default=100000)
    ap.add_argument("--only", default="", help="comma-separated row groups: convert,parse,reader,csv,graphml,export")
    args = ap.parse_args()

    kgforge = os.path.abspath(os.path.join(args.build, "kgforge"))
    reader = os.path.abspath(os.path.join(args.build, "bench", "nt_reader_bench"))
    load_before = os.getloadavg()
    data = os.path.join(args.data, str(args.entities))
    generate(args.build, data, args.entities)
    out = os.path.join(data, "out")
    os.makedirs(out, exist_ok=True)
    nt, nodes, edges = (os.path.join(data, f) for f in ("kg.nt", "nodes.csv", "edges.csv"))
    o = lambda name: os.path.join(out, name)  # noqa: E731
    big = ["--max-input-size", "64G"]
    csv_ok = kgforge_reads_csv(kgforge, out)
    rapper_ok = args.entities <= args.rapper_max

    # (group, task, tool, argv or None, why-not)
    rows = [
        ("convert", "convert NT→TTL", "kgforge", [kgforge, "convert", nt, o("kg.ttl")], ""),
        ("convert", "convert NT→TTL", "serdi", ["serdi", "-i", "ntriples", "-o", "turtle", nt], ""),
        ("convert", "convert NT→TTL", "rapper",
         ["rapper", "-q", "-i", "ntriples", "-o", "turtle", nt] if rapper_ok else None,
         f"skipped above --rapper-max {args.rapper_max}"),
        ("convert", "convert NT→NT", "kgforge", [kgforge, "convert", nt, o("kg2.nt")], ""),
        ("convert", "convert NT→NT", "serdi", ["serdi", "-i", "ntriples", "-o", "ntriples", nt], ""),
        ("convert", "convert NT→NT", "rapper", ["rapper", "-q", "-i", "ntriples", "-o", "ntriples", nt], ""),
        ("parse", "parse NT (stats)", "kgforge", [kgforge, "stats", nt] + big, ""),
        ("parse", "parse NT (stats)", "serdi", ["serdi", "-i", "ntriples", "-o", "ntriples", nt], ""),
        ("parse", "parse NT (stats)", "rapper -c", ["rapper", "-q", "-i", "ntriples", "-c", nt], ""),
        # The readers alone, in one harness (bench/nt_reader_bench.cpp): statements counted, nothing built.
        ("reader", "parse NT (reader alone)", "kgforge", [reader, nt, "1", "kgforge"], ""),
        ("reader", "parse NT (reader alone)", "serd 0.30 (library)", [reader, nt, "1", "serd"], ""),
        ("reader", "parse NT (reader alone)", "rapper -c", ["rapper", "-q", "-i", "ntriples", "-c", nt], ""),
        ("csv", "CSV→GraphML", "kgforge",
         [kgforge, "export", nodes, edges, "--to", "graphml", "-o", o("kg.graphml")] + big if csv_ok else None,
         "kgforge does not read CSV tables yet"),
        ("csv", "CSV→GraphML", "python-igraph",
         [PY, PEERS, "igraph", nodes, edges, o("kg.graphml")] if have_py("igraph") else None, "no python3-igraph"),
        ("csv", "CSV→GraphML", "NetworkX",
         [PY, PEERS, "networkx", nodes, edges, o("kg.graphml")] if have_py("networkx") else None,
         "no python3-networkx"),
        ("graphml", "NT→GraphML", "kgforge", [kgforge, "export", nt, "--to", "graphml", "-o", o("kg.graphml")] + big, ""),
        ("export", "export NT→TTL (validated)", "kgforge",
         [kgforge, "export", nt, "--to", "turtle", "-o", o("kg.ttl")] + big, ""),
        ("export", "export NT→NT (validated)", "kgforge",
         [kgforge, "export", nt, "--to", "ntriples", "-o", o("kg.nt")] + big, ""),
    ]
    only = set(filter(None, args.only.split(",")))
    results = []
    for group, task, tool, argv, why in rows:
        if only and group not in only:
            continue
        if argv is None or not have(argv[0]):
            results.append((task, tool, None, why or f"no {argv[0] if argv else tool}"))
            continue
        print(f"  {task}: {tool} ...", file=sys.stderr, flush=True)
        r = measure(argv, out, args.runs)
        results.append((task, tool, r, r.get("error", "")))

    size = os.path.getsize(nt)
    load_after = os.getloadavg()
    print(f"\n{args.entities:,} entities; kg.nt {size / 1e6:,.0f} MB; nodes.csv + edges.csv "
          f"{(os.path.getsize(nodes) + os.path.getsize(edges)) / 1e6:,.0f} MB; median of {args.runs} runs; "
          f"load average (1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after\n")
    print("| task | tool | wall (median) | peak RSS | stderr lines | kgforge ÷ tool, wall | kgforge ÷ tool, RSS |")
    print("|---|---|---|---|---|---|---|")
    base = {}
    for task, tool, r, why in results:
        if r is not None and "wall" in r and tool == "kgforge":
            base[task] = r
    for task, tool, r, why in results:
        if r is None or "wall" not in r:
            print(f"| {task} | {tool} | not available ({why}) | | | | |")
            continue
        k = base.get(task)
        ratio_w = f"{k['wall'] / r['wall']:.2f}" if k and tool != "kgforge" else ""
        ratio_m = f"{k['rss'] / r['rss']:.3g}" if k and tool != "kgforge" else ""
        print(f"| {task} | {tool} | {r['wall']:.2f} s | {fmt_mb(r['rss'])} | {r['stderr']} | {ratio_w} | {ratio_m} |")
    print("\nkgforge ÷ tool: kgforge's wall time (peak RSS) over the tool's; below 1, kgforge is faster (smaller).")


if __name__ == "__main__":
    main()
