#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""End to end: load a file, compute one measure, exit; kgforge beside python-igraph and
NetworkX, one process per run, CPU time and peak RSS of the whole process.

Usage: bench/analysis_e2e.py [--kgforge build/kgforge] [--gen build/bench/gen_bench]
                             [--sizes 100000] [--runs 3] [--nx-runs 1] [--data /tmp/kgforge-e2e]
                             [--measures pagerank,components,louvain]

Per size, gen_bench writes the workload (bench/generate.hpp: N entities, about 5N
relations) as N-Triples, which kgforge reads (`kgforge analyze FILE.nt --measures M`,
with the ontology check and the graph summary it always prints), and as an edge list
"source target" per line, which the peers read (igraph: Graph.Read_Edgelist;
NetworkX: nx.read_edgelist into a MultiDiGraph). The peers get the easier file: an edge
list holds no IRIs, labels, classes or dates. Until kgforge reads CSV tables this is the
nearest like-for-like input.

Measures: pagerank (igraph: Graph.pagerank; NetworkX: nx.pagerank), components (weak and
strong counts), louvain (igraph: Graph.community_multilevel on the undirected graph with
parallel edges kept; NetworkX: nx.community.louvain_communities(G.to_undirected(), seed=0);
kgforge: --measures louvain). Each tool reports its modularity.

Prints per measure the median CPU seconds (user + sys of the child, from wait4, so that
other jobs on a shared machine disturb it less), the median wall seconds, the peak RSS,
and the ratios igraph/kgforge (time) and kgforge/igraph (memory).
"""
import json
import os
import statistics
import subprocess
import sys
import time


def parse(argv):
    o = {"kgforge": "build/kgforge", "gen": "build/bench/gen_bench", "sizes": [100000], "runs": 3, "nx_runs": 1,
         "data": "/tmp/kgforge-e2e", "measures": ["pagerank", "components", "louvain"]}
    i = 1
    while i < len(argv):
        key, value = argv[i], argv[i + 1]
        if key == "--sizes":
            o["sizes"] = [int(x) for x in value.split(",")]
        elif key in ("--runs", "--nx-runs"):
            o[key[2:].replace("-", "_")] = int(value)
        elif key == "--measures":
            o["measures"] = value.split(",")
        elif key[2:] in o:
            o[key[2:]] = value
        else:
            raise SystemExit("unknown option " + key)
        i += 2
    return o


def measure(command):
    """Runs command; returns (cpu seconds, wall seconds, peak RSS bytes, stdout)."""
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    out = proc.stdout.read().decode()
    err = proc.stderr.read().decode()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit("%s failed (%d): %s" % (" ".join(command), proc.returncode, err))
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss * 1024, out


# --- the peers, run as `analysis_e2e.py --peer TOOL MEASURE EDGES N` -------------------

def peer(tool, what, edges, n):
    if tool == "igraph":
        import igraph
        g = igraph.Graph.Read_Edgelist(edges, directed=True)
        if g.vcount() < n:
            g.add_vertices(n - g.vcount())
        if what == "pagerank":
            g.pagerank(damping=0.85)
        elif what == "components":
            print(len(g.connected_components(mode="weak")), len(g.connected_components(mode="strong")))
        elif what == "louvain":
            u = g.as_undirected(mode="each")
            c = u.community_multilevel()
            print("modularity", c.modularity)
    else:
        import networkx as nx
        g = nx.read_edgelist(edges, create_using=nx.MultiDiGraph, nodetype=int)
        g.add_nodes_from(range(n))
        if what == "pagerank":
            nx.pagerank(g)
        elif what == "components":
            print(nx.number_weakly_connected_components(g), nx.number_strongly_connected_components(g))
        elif what == "louvain":
            u = g.to_undirected()
            c = nx.community.louvain_communities(u, seed=0)
            print("modularity", nx.community.modularity(u, c))


def mib(b):
    return "%.0f MiB" % (b / 2**20)


def main(argv):
    if len(argv) > 1 and argv[1] == "--peer":
        peer(argv[2], argv[3], argv[4], int(argv[5]))
        return 0
    o = parse(argv)
    os.makedirs(o["data"], exist_ok=True)
    me = os.path.abspath(argv[0])
    print("analysis_e2e: load + one measure, one process per run; median of %d runs (NetworkX: %d)" %
          (o["runs"], o["nx_runs"]))
    import igraph
    import networkx as nx
    print("kgforge %s, python-igraph %s, NetworkX %s" %
          (subprocess.run([o["kgforge"], "--version"], capture_output=True, text=True).stdout.strip(),
           igraph.__version__, nx.__version__))
    for n in o["sizes"]:
        nt = os.path.join(o["data"], "e2e-%d.nt" % n)
        tsv = os.path.join(o["data"], "e2e-%d.tsv" % n)
        edges = os.path.join(o["data"], "e2e-%d.edges" % n)
        if not os.path.exists(edges):
            subprocess.run([o["gen"], "-n", str(n), "-o", nt, "--edges", tsv], check=True)
            with open(tsv) as f, open(edges, "w") as out:
                for line in f:
                    s, t, _ = line.split("\t", 2)
                    out.write(s + " " + t + "\n")
        m = sum(1 for _ in open(edges))
        print("\nN=%d entities, %d relations (%s N-Triples for kgforge, %s edge list for the peers)" %
              (n, m, mib(os.path.getsize(nt)), mib(os.path.getsize(edges))))
        print("  %-11s %-9s %9s %9s %10s  %s" % ("measure", "tool", "CPU s", "wall s", "peak RSS", "result"))
        rows = {}
        for what in o["measures"]:
            for tool in ("kgforge", "igraph", "networkx"):
                runs = o["nx_runs"] if tool == "networkx" else o["runs"]
                if tool == "kgforge":
                    out_json = os.path.join(o["data"], "e2e-%d-%s.json" % (n, what))
                    command = [o["kgforge"], "analyze", nt, "--measures", what, "--format", "json", "--top", "1",
                               "-o", out_json, "-q"]
                else:
                    command = ["/usr/bin/python3", me, "--peer", tool, what, edges, str(n)]
                results = [measure(command) for _ in range(runs)]
                cpu = statistics.median(r[0] for r in results)
                wall = statistics.median(r[1] for r in results)
                rss = statistics.median(r[2] for r in results)
                if tool == "kgforge":
                    with open(out_json) as f:
                        g = json.load(f)["graph"]
                    result = ("modularity %.4f" % g["modularity"] if what == "louvain" else
                              "%d %d" % (g["weak_components"], g["strong_components"]) if what == "components" else "")
                else:
                    result = results[-1][3].strip()
                rows[(what, tool)] = (cpu, wall, rss)
                print("  %-11s %-9s %9.2f %9.2f %10s  %s" % (what, tool, cpu, wall, mib(rss), result))
                sys.stdout.flush()
            k, i, x = rows[(what, "kgforge")], rows[(what, "igraph")], rows[(what, "networkx")]
            print("  %-11s ratios: igraph/kgforge CPU %.2fx, NetworkX/kgforge CPU %.1fx; kgforge/igraph RSS %.2f" %
                  (what, i[0] / k[0], x[0] / k[0], k[2] / i[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
