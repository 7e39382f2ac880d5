#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The peers' side of bench/diagram_bench.sh: reads the graph that diagram_bench
wrote as CSV tables (PREFIX.nodes.csv, PREFIX.edges.csv) and writes it with
igraph's or NetworkX's GraphML writer, or NetworkX + pydot's DOT writer.

    /usr/bin/python3 bench/diagram_peers.py {igraph-graphml|networkx-graphml|networkx-pydot-dot} PREFIX OUT

Prints one JSON line like diagram_bench (build_s = reading the CSV and building the graph).
"""
import csv
import json
import os
import resource
import sys
import time


def read_tables(prefix):
    with open(prefix + ".nodes.csv", newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(prefix + ".edges.csv", newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    return nodes, edges


def build_igraph(nodes, edges):
    import igraph
    g = igraph.Graph(n=len(nodes), edges=[(int(e["source"]), int(e["target"])) for e in edges], directed=True)
    g.vs["iri"] = [n["iri"] for n in nodes]
    g.vs["label"] = [n["label"] for n in nodes]
    g.vs["class"] = [n["class"] for n in nodes]
    g.vs["employees"] = [float(n["employees"]) if n["employees"] else float("nan") for n in nodes]
    g.es["predicate"] = [e["predicate"] for e in edges]
    g.es["since"] = [e["since"] for e in edges]
    return g


def build_networkx(nodes, edges):
    import networkx as nx
    g = nx.MultiDiGraph()
    for n in nodes:
        attrs = {"iri": n["iri"], "label": n["label"], "class": n["class"]}
        if n["employees"]:
            attrs["employees"] = int(n["employees"])
        g.add_node(int(n["id"]), **attrs)
    for e in edges:
        attrs = {"predicate": e["predicate"]}
        if e["since"]:
            attrs["since"] = e["since"]
        g.add_edge(int(e["source"]), int(e["target"]), **attrs)
    return g


def main():
    mode, prefix, out = sys.argv[1], sys.argv[2], sys.argv[3]
    t0 = time.perf_counter()
    nodes, edges = read_tables(prefix)
    if mode == "igraph-graphml":
        g = build_igraph(nodes, edges)
    else:
        g = build_networkx(nodes, edges)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    if mode == "igraph-graphml":
        g.write_graphml(out)
    elif mode == "networkx-graphml":
        import networkx as nx
        nx.write_graphml(g, out)
    elif mode == "networkx-pydot-dot":
        import networkx as nx
        # NetworkX 2.8 refuses values holding ':' (IRIs) unless the caller quotes them
        # itself (pydot/pydot#258): the quoting a user has to add is part of the cost.
        def q(v):
            return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
        for _, d in g.nodes(data=True):
            for k in d:
                d[k] = q(d[k])
        for _, _, d in g.edges(data=True):
            for k in d:
                d[k] = q(d[k])
        nx.nx_pydot.write_dot(g, out)
    else:
        sys.exit("unknown mode " + mode)
    write_s = time.perf_counter() - t0
    tool, fmt = mode.rsplit("-", 1)
    print(json.dumps({"tool": tool, "format": fmt, "n": len(nodes), "nodes": len(nodes), "edges": len(edges),
                      "build_s": round(build_s, 3), "write_s": round(write_s, 3), "bytes": os.path.getsize(out),
                      "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main()
