#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The peers' side of bench/ingest_bench.py: reads the node and edge tables that
gen_bench --nodes-csv/--edges-csv wrote (`id,category,name` and
`subject,predicate,object,since,until`) with Python's csv module, builds the graph
with python-igraph or NetworkX, and writes it with that library's GraphML writer,
the way a network researcher would.

    /usr/bin/python3 bench/ingest_peers.py {igraph|networkx} NODES.csv EDGES.csv OUT.graphml
"""
import csv
import sys


def read_tables(nodes_path, edges_path):
    """The rows of both tables, as dicts (Python's csv module)."""
    with open(nodes_path, newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(edges_path, newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    return nodes, edges


def networkx_graph(nodes, edges, name_key="name"):
    """The tables as a NetworkX MultiDiGraph: category and the name (as `name_key`) on
    nodes; predicate, and since/until when given, on edges."""
    import networkx as nx
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n["id"], **{"category": n["category"], name_key: n["name"]})
    for e in edges:
        attrs = {"predicate": e["predicate"]}
        for key in ("since", "until"):
            if e[key]:
                attrs[key] = e[key]
        g.add_edge(e["subject"], e["object"], **attrs)
    return g


def main():
    tool, nodes_path, edges_path, out = sys.argv[1:5]
    nodes, edges = read_tables(nodes_path, edges_path)
    index = {n["id"]: i for i, n in enumerate(nodes)}
    if tool == "igraph":
        import igraph
        g = igraph.Graph(n=len(nodes), edges=[(index[e["subject"]], index[e["object"]]) for e in edges],
                         directed=True)
        g.vs["id"] = [n["id"] for n in nodes]
        g.vs["category"] = [n["category"] for n in nodes]
        g.vs["name"] = [n["name"] for n in nodes]
        for key in ("predicate", "since", "until"):
            g.es[key] = [e[key] for e in edges]
        g.write_graphml(out)
    elif tool == "networkx":
        import networkx as nx
        nx.write_graphml(networkx_graph(nodes, edges), out)
    else:
        sys.exit(f"unknown tool {tool}")


if __name__ == "__main__":
    main()
