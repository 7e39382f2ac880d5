#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""End to end: read the node and edge tables, compute one measure, exit; kgforge beside
python-igraph and NetworkX, one process per run, on the same two CSV files.

Usage: /usr/bin/python3 bench/analysis_e2e.py [--kgforge build/kgforge] [--gen build/bench/gen_bench]
                             [--sizes 100000] [--runs 3] [--nx-runs 1] [--data /tmp/kgforge-e2e]
                             [--measures pagerank,components,louvain]

Per size, gen_bench --mixed writes the workload (bench/generate.hpp: N entities, about 5N
relations, schema.org, kgforge and custom terms) as KGX-style tables into DATA/N/:
nodes.csv (`id,category,name`) and edges.csv (`subject,predicate,object,since,until`).
Every tool reads those two files, as a user would:

- kgforge: `kgforge analyze nodes.csv edges.csv --measures M --format json --top 1 -o OUT -q`
  (the whole graph with its classes, names and dates, checked against the ontology, and
  the graph summary it always prints);
- python-igraph: `pandas.read_csv` of both tables, then
  `igraph.Graph.DataFrame(edges, directed=True, vertices=nodes, use_vids=False)`, with the
  edge table's columns reordered to put `subject` and `object` first (igraph takes the
  first two) and the node table's `name` column renamed `label` (igraph keeps the ids in
  `name`): igraph
  resolves the ids, and every other column becomes a vertex or edge attribute;
- NetworkX: `pandas.read_csv` of both tables, then
  `nx.from_pandas_edgelist(edges, "subject", "object", edge_attr=True,
  create_using=nx.MultiDiGraph)` and `G.add_nodes_from` with the node table's attributes.

Measures: pagerank (igraph: Graph.pagerank; NetworkX: nx.pagerank), components (weak and
strong counts), louvain (igraph: Graph.community_multilevel on the undirected graph with
parallel edges kept; NetworkX: nx.community.louvain_communities(G.to_undirected(), seed=0);
kgforge: --measures louvain). Each tool reports its result (component counts, modularity).

Each run is measured by GNU time (/usr/bin/time: user + sys CPU seconds, wall seconds, the
child's peak RSS). Prints per measure the median CPU and wall seconds, the largest peak RSS,
and the ratios igraph/kgforge (time: above 1, kgforge is faster) and kgforge/igraph
(memory: below 1/3 meets issue 13's target), with the load average before and after.
"""
import json
import os
import statistics
import subprocess
import sys

TIME = "/usr/bin/time"  # GNU time (Debian package time)
PY = "/usr/bin/python3"  # Debian's, where python3-igraph, -networkx and -pandas live


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


def measure(command, scratch):
    """Runs command under GNU time; returns (cpu seconds, wall seconds, peak RSS bytes, stdout)."""
    usage = os.path.join(scratch, "time")
    proc = subprocess.run([TIME, "-q", "-f", "%U %S %e %M", "-o", usage] + command, capture_output=True)
    if proc.returncode != 0:
        raise SystemExit("%s failed (%d): %s" % (" ".join(command), proc.returncode, proc.stderr.decode()[-800:]))
    with open(usage) as f:
        user, sys_, wall, rss_kb = f.read().split()[-4:]
    return float(user) + float(sys_), float(wall), int(rss_kb) * 1024, proc.stdout.decode()


# --- the peers, run as `analysis_e2e.py --peer TOOL MEASURE NODES EDGES` ---------------

def peer(tool, what, nodes_path, edges_path):
    import pandas as pd
    nodes = pd.read_csv(nodes_path)
    edges = pd.read_csv(edges_path)
    if tool == "igraph":
        import igraph
        # igraph keeps vertex ids in its `name` attribute, so the table's name column is renamed.
        # Graph.DataFrame takes the first two columns as source and target.
        edges = edges[["subject", "object"] + [c for c in edges.columns if c not in ("subject", "object")]]
        g = igraph.Graph.DataFrame(edges, directed=True, vertices=nodes.rename(columns={"name": "label"}),
                                   use_vids=False)
        if what == "pagerank":
            g.pagerank(damping=0.85)
        elif what == "components":
            print(len(g.connected_components(mode="weak")), len(g.connected_components(mode="strong")))
        elif what == "louvain":
            u = g.as_undirected(mode="each")
            c = u.community_multilevel()
            print("modularity %.4f" % c.modularity)
    else:
        import networkx as nx
        g = nx.from_pandas_edgelist(edges, "subject", "object", edge_attr=True, create_using=nx.MultiDiGraph)
        g.add_nodes_from(nodes.set_index("id").to_dict("index").items())
        if what == "pagerank":
            nx.pagerank(g)
        elif what == "components":
            print(nx.number_weakly_connected_components(g), nx.number_strongly_connected_components(g))
        elif what == "louvain":
            u = g.to_undirected()
            c = nx.community.louvain_communities(u, seed=0)
            print("modularity %.4f" % nx.community.modularity(u, c))


def mib(b):
    return "%.0f MiB" % (b / 2**20)


def main(argv):
    if len(argv) > 1 and argv[1] == "--peer":
        peer(argv[2], argv[3], argv[4], argv[5])
        return 0
    o = parse(argv)
    me = os.path.abspath(argv[0])
    load_before = os.getloadavg()
    print("analysis_e2e: read nodes.csv + edges.csv, one measure, one process per run; "
          "median of %d runs (NetworkX: %d)" % (o["runs"], o["nx_runs"]))
    import igraph
    import networkx as nx
    import pandas as pd
    print("kgforge %s, python-igraph %s, NetworkX %s, pandas %s" %
          (subprocess.run([o["kgforge"], "--version"], capture_output=True, text=True).stdout.strip(),
           igraph.__version__, nx.__version__, pd.__version__))
    for n in o["sizes"]:
        data = os.path.join(o["data"], str(n))
        os.makedirs(data, exist_ok=True)
        nodes, edges = os.path.join(data, "nodes.csv"), os.path.join(data, "edges.csv")
        stamp = os.path.join(data, "generated")
        want = "gen_bench --mixed -n %d\n" % n
        if not (os.path.exists(stamp) and open(stamp).read() == want):
            subprocess.run([o["gen"], "--mixed", "-n", str(n), "-o", os.path.join(data, "kg.nt"),
                            "--nodes-csv", nodes, "--edges-csv", edges], check=True, stdout=subprocess.DEVNULL)
            os.remove(os.path.join(data, "kg.nt"))  # only the tables are read here
            with open(stamp, "w") as f:
                f.write(want)
        m = sum(1 for _ in open(edges)) - 1
        print("\nN=%d entities, %d relations (nodes.csv %s + edges.csv %s, read by every tool)" %
              (n, m, mib(os.path.getsize(nodes)), mib(os.path.getsize(edges))))
        print("  %-11s %-9s %9s %9s %10s  %s" % ("measure", "tool", "CPU s", "wall s", "peak RSS", "result"))
        rows = {}
        for what in o["measures"]:
            for tool in ("kgforge", "igraph", "networkx"):
                runs = o["nx_runs"] if tool == "networkx" else o["runs"]
                if runs == 0:
                    continue
                if tool == "kgforge":
                    out_json = os.path.join(data, "e2e-%s.json" % what)
                    command = [o["kgforge"], "analyze", nodes, edges, "--measures", what, "--format", "json",
                               "--top", "1", "-o", out_json, "-q"]
                else:
                    command = [PY, me, "--peer", tool, what, nodes, edges]
                results = [measure(command, data) for _ in range(runs)]
                cpu = statistics.median(r[0] for r in results)
                wall = statistics.median(r[1] for r in results)
                rss = max(r[2] for r in results)
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
            k, i, x = rows.get((what, "kgforge")), rows.get((what, "igraph")), rows.get((what, "networkx"))
            if k and i:
                line = "  %-11s ratios: igraph/kgforge CPU %.2fx" % (what, i[0] / k[0])
                if x:
                    line += ", NetworkX/kgforge CPU %.1fx" % (x[0] / k[0])
                print(line + "; kgforge/igraph RSS %.2f" % (k[2] / i[2]))
    load_after = os.getloadavg()
    print("\nload average (1 min): %.1f before, %.1f after" % (load_before[0], load_after[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
