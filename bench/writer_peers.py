#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""GEXF and node/edge table writing (issue 13), from the CSV tables, kgforge beside
NetworkX, pandas and python-igraph in one run.

    /usr/bin/python3 bench/writer_peers.py [ENTITIES] [--build DIR] [--data DIR] [--runs N]
                                           [--nx-runs N] [--only gexf,csv]
                                           [--peers networkx,networkx-csv,pandas,igraph]

The tables are bench/ingest_bench.py's (gen_bench --mixed, DIR/ENTITIES/nodes.csv and
edges.csv, default /tmp/kgbench, made once and reused). Two kinds of row:

end to end, one process per run as a user runs it (median wall and CPU time, user +
system, of N runs; largest peak RSS; from GNU time):
  kgforge export nodes.csv edges.csv --to gexf -o out.gexf      (and --to csv: two files)
  NetworkX: csv.DictReader into a MultiDiGraph (category, name; predicate, since, until),
            then nx.write_gexf; for CSV, nx.to_pandas_edgelist and a node DataFrame, to_csv
  pandas:   pd.read_csv of both tables, then DataFrame.to_csv of both (CSV only)
  igraph:   igraph.Graph.DataFrame(edges, vertices=nodes), then get_vertex_dataframe() and
            get_edge_dataframe() to_csv (CSV only: python-igraph has no GEXF or table writer)

writer alone: the write call only, on the graph already loaded, wall and CPU (process time).
kgforge: build/bench/writer_bench (loads once, writes RUNS times, median); the peers time
their write calls inside the same processes as above (median over their runs).

Ratios are the peer's CPU time over kgforge's (above 1: kgforge is faster; CPU, not wall,
because the machine is shared); the issue's target is GEXF writing at least 3x NetworkX's
write_gexf. The header gives the load average before and after.
"""
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ingest_bench import PY, fmt_mb, generate, have_py, size_arguments, run_once_cpu as run_once  # noqa: E402
from ingest_peers import networkx_graph, read_tables  # noqa: E402


# --- the peers, run as `writer_peers.py --peer TOOL FORMAT NODES EDGES OUT` ---------------

def peer(tool, fmt, nodes_path, edges_path, out):
    t0 = time.perf_counter()
    c0 = time.process_time()
    if tool == "networkx":
        import networkx as nx
        import pandas as pd  # noqa: F401  (imported before the clock stops, as the load)
        # The name as "label": write_gexf makes it the GEXF label, as kgforge writes it.
        g = networkx_graph(*read_tables(nodes_path, edges_path), name_key="label")
        load_s = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        if fmt == "gexf":
            nx.write_gexf(g, out)
        else:
            pd.DataFrame.from_dict(dict(g.nodes(data=True)), orient="index").to_csv(out + "_nodes.csv",
                                                                                    index_label="id")
            nx.to_pandas_edgelist(g, source="subject", target="object").to_csv(out + "_edges.csv", index=False)
    elif tool == "pandas":
        import pandas as pd
        nodes = pd.read_csv(nodes_path, dtype=str, keep_default_na=False)
        edges = pd.read_csv(edges_path, dtype=str, keep_default_na=False)
        load_s = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        nodes.to_csv(out + "_nodes.csv", index=False)
        edges.to_csv(out + "_edges.csv", index=False)
    elif tool == "igraph":
        import igraph
        import pandas as pd
        nodes = pd.read_csv(nodes_path, dtype=str, keep_default_na=False)
        edges = pd.read_csv(edges_path, dtype=str, keep_default_na=False)
        # The first vertex column is igraph's "name" (the id), so the table's own name is renamed.
        # Its first two edge columns are the ends.
        edges = edges[["subject", "object"] + [c for c in edges.columns if c not in ("subject", "object")]]
        g = igraph.Graph.DataFrame(edges, directed=True, vertices=nodes.rename(columns={"name": "label"}),
                                   use_vids=False)
        load_s = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        g.get_vertex_dataframe().to_csv(out + "_nodes.csv", index=False)
        g.get_edge_dataframe().to_csv(out + "_edges.csv", index=False)
    else:
        raise SystemExit("unknown tool " + tool)
    write_s, write_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"tool": tool, "format": fmt, "load_s": round(load_s, 3), "write_s": round(write_s, 3),
                      "write_cpu_s": round(write_cpu_s, 3)}))


# --- the driver -------------------------------------------------------------------------

def run_rows(argv, out_dir, runs, outputs):
    """Runs argv `runs` times; median wall and CPU, largest peak RSS, the stdouts, output bytes."""
    walls, cpus, rss, stdouts, size = [], [], 0, [], 0
    stdout_path = os.path.join(out_dir, "stdout")
    for _ in range(runs):
        wall, cpu, peak, code = run_once(argv, stdout_path)
        if code != 0:
            with open(stdout_path + ".err", "rb") as f:
                return {"error": "exit %d: %s" % (code, f.read()[-400:].decode("utf-8", "replace").strip())}
        walls.append(wall)
        cpus.append(cpu)
        rss = max(rss, peak)
        with open(stdout_path) as f:
            stdouts.append(f.read())
        size = sum(os.path.getsize(p) for p in outputs if os.path.exists(p))
        for p in outputs:
            if os.path.exists(p):
                os.remove(p)
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus), "rss": rss, "stdouts": stdouts,
            "bytes": size}


def main():
    ap = size_arguments(__doc__)
    ap.add_argument("--nx-runs", type=int, default=None, help="runs of the NetworkX rows (default: --runs)")
    ap.add_argument("--only", default="gexf,csv")
    ap.add_argument("--peers", default="networkx,networkx-csv,pandas,igraph",
                    help="the peer rows to run: networkx (GEXF), networkx-csv, pandas, igraph")
    args = ap.parse_args()
    peers = set(args.peers.split(","))
    nx_runs = args.nx_runs or args.runs
    kgforge = os.path.abspath(os.path.join(args.build, "kgforge"))
    writer = os.path.abspath(os.path.join(args.build, "bench", "writer_bench"))
    me = os.path.abspath(__file__)
    load_before = os.getloadavg()
    data = os.path.join(args.data, str(args.entities))
    generate(args.build, data, args.entities)
    nodes, edges = os.path.join(data, "nodes.csv"), os.path.join(data, "edges.csv")
    out = os.path.join(data, "writer-out")
    os.makedirs(out, exist_ok=True)
    o = lambda name: os.path.join(out, name)  # noqa: E731
    formats = args.only.split(",")
    big = ["--max-input-size", "64G"]

    # (format, tool, argv, outputs, runs)
    rows = []
    for fmt in formats:
        if fmt == "gexf":
            rows.append((fmt, "kgforge", [kgforge, "export", nodes, edges, "--to", "gexf", "-q", "-o", o("k.gexf")] + big,
                         [o("k.gexf")], args.runs))
            if "networkx" in peers and have_py("networkx"):
                rows.append((fmt, "NetworkX", [PY, me, "--peer", "networkx", "gexf", nodes, edges, o("nx.gexf")],
                             [o("nx.gexf")], nx_runs))
        elif fmt == "csv":
            two = lambda stem: [o(stem + "_nodes.csv"), o(stem + "_edges.csv")]  # noqa: E731
            rows.append((fmt, "kgforge", [kgforge, "export", nodes, edges, "--to", "csv", "-q", "-o", o("k.csv")] + big,
                         two("k"), args.runs))
            if "networkx-csv" in peers and have_py("networkx") and have_py("pandas"):
                rows.append((fmt, "NetworkX + pandas", [PY, me, "--peer", "networkx", "csv", nodes, edges, o("nx")],
                             two("nx"), nx_runs))
            if "pandas" in peers and have_py("pandas"):
                rows.append((fmt, "pandas", [PY, me, "--peer", "pandas", "csv", nodes, edges, o("pd")], two("pd"),
                             args.runs))
            if "igraph" in peers and have_py("igraph") and have_py("pandas"):
                rows.append((fmt, "python-igraph + pandas", [PY, me, "--peer", "igraph", "csv", nodes, edges, o("ig")],
                             two("ig"), args.runs))
        else:
            raise SystemExit("unknown format " + fmt + " (gexf, csv)")

    results = []
    for fmt, tool, argv, outputs, runs in rows:
        print("  %s: %s ..." % (fmt, tool), file=sys.stderr, flush=True)
        r = run_rows(argv, out, runs, outputs)
        if "error" not in r and tool != "kgforge":
            for key in ("write_s", "write_cpu_s"):
                r[key] = statistics.median(json.loads(s)[key] for s in r["stdouts"])
        results.append((fmt, tool, r))
    # kgforge's writers alone: one process, the tables loaded once, each writer timed --runs times.
    print("  writers alone: kgforge ...", file=sys.stderr, flush=True)
    stdout_path = o("writer.stdout")
    _, _, _, code = run_once([writer, nodes, edges, o("wb"), str(args.runs)] + formats, stdout_path)
    alone = {}
    if code == 0:
        for line in open(stdout_path):
            j = json.loads(line)
            alone[j["format"]] = j
    for name in os.listdir(out):
        os.remove(os.path.join(out, name))
    load_after = os.getloadavg()

    print("\nGEXF and table writing, %s entities (nodes.csv + edges.csv %s); median of %d runs (NetworkX: %d); "
          "load average (1 min) %.1f before, %.1f after\n" %
          ("{:,}".format(args.entities), fmt_mb(os.path.getsize(nodes) + os.path.getsize(edges)), args.runs, nx_runs,
           load_before[0], load_after[0]))
    print("| format | tool | end to end: wall | CPU | peak RSS | output | writer alone: wall | CPU | "
          "tool ÷ kgforge: end to end, CPU | writer alone, CPU |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for fmt, tool, r in results:
        if "error" in r:
            print("| %s | %s | %s | | | | | | | |" % (fmt, tool, r["error"]))
            continue
        k = next((x for f, t, x in results if f == fmt and t == "kgforge" and "cpu" in x), None)
        mine = alone.get(fmt, {})
        w, wc = (mine.get("write_s"), mine.get("write_cpu_s")) if tool == "kgforge" else (r["write_s"], r["write_cpu_s"])
        e2e = "%.2f" % (r["cpu"] / k["cpu"]) if k and tool != "kgforge" else ""
        wr = "%.2f" % (wc / mine["write_cpu_s"]) if mine and wc is not None and tool != "kgforge" else ""
        print("| %s | %s | %.2f s | %.2f s | %s | %s | %s | %s | %s | %s |" %
              (fmt, tool, r["wall"], r["cpu"], fmt_mb(r["rss"]), fmt_mb(r["bytes"]),
               "%.2f s" % w if w is not None else "n/a", "%.2f s" % wc if wc is not None else "n/a", e2e, wr))
    if alone:
        print("\nkgforge writer alone: build/bench/writer_bench (tables loaded once in %.2f s, each writer run %d "
              "times, peak RSS %s)" % (next(iter(alone.values()))["load_s"], args.runs,
                                       fmt_mb(max(j["rss_kb"] for j in alone.values()) * 1024)))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--peer":
        peer(*sys.argv[2:7])
        sys.exit(0)
    sys.exit(main())
