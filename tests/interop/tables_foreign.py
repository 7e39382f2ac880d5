#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Tables other tools wrote, read with no flags (docs/tables.md): KGX's own test tables
(tests/importers/data/kgx), Gephi's data-laboratory layout (tests/importers/data/gephi),
and edge and node lists written here by NetworkX, pandas and python-igraph. kgforge
exports each as GraphML (read back with NetworkX) or tables (read back with pandas), and
analyzes it; every edge and weight must equal what the other tool wrote. Broken tables
fail with located errors, all in one run."""
import io
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402

require("py:pandas", "py:networkx", "py:igraph")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import check, env, fail, run  # noqa: E402

import igraph  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402

KGFORGE, SOURCE, _ = env()
DATA = os.path.join(SOURCE, "tests", "importers", "data")


def kgforge(*args, expect=0):
    r = run([KGFORGE, *args])
    if r.returncode != expect:
        fail("kgforge %s: exit %d (expected %d)\n%s" % (" ".join(args), r.returncode, expect,
                                                        r.stderr.decode()[-3000:]))
    return r


def exported_edges(tmp, inputs, *flags):
    """kgforge's csv export of `inputs`: [(source label or id, target label or id, weight)]."""
    stem = os.path.join(tmp, "out")
    kgforge("export", *inputs, *flags, "--to", "csv", "-o", stem)
    nodes = pd.read_csv(stem + "_nodes.csv", dtype=str, keep_default_na=False)
    edges = pd.read_csv(stem + "_edges.csv", dtype=str, keep_default_na=False)
    label = {i: (l or i) for i, l in zip(nodes["Id"], nodes["Label"])}
    weight = edges["weight"] if "weight" in edges.columns else [""] * len(edges)
    return sorted((label[s], label[t], float(w) if w else None) for s, t, w in zip(edges["Source"], edges["Target"],
                                                                                 weight))


def gephi(tmp):
    nodes = os.path.join(DATA, "gephi", "lesmis_nodes.csv")
    edges = os.path.join(DATA, "gephi", "lesmis_edges.csv")
    raw_nodes = pd.read_csv(nodes, dtype=str, keep_default_na=False)
    raw_edges = pd.read_csv(edges, dtype=str, keep_default_na=False)
    label = dict(zip(raw_nodes["Id"], raw_nodes["Label"]))
    want = sorted((label[s], label[t], float(w)) for s, t, w in
                  zip(raw_edges["Source"], raw_edges["Target"], raw_edges["Weight"]))
    for order in ((nodes, edges), (edges, nodes)):
        check(exported_edges(tmp, order) == want, "Gephi tables: the edges differ from Gephi's")
    graphml = os.path.join(tmp, "lesmis.graphml")
    kgforge("export", nodes, edges, "--to", "graphml", "-o", graphml)
    g = nx.read_graphml(graphml)
    check(g.number_of_nodes() == len(raw_nodes) and g.number_of_edges() == len(raw_edges),
          "Gephi tables as GraphML: %d nodes, %d edges" % (g.number_of_nodes(), g.number_of_edges()))
    labels = sorted(d.get("label") for _, d in g.nodes(data=True))
    check(labels == sorted(raw_nodes["Label"]), "GraphML labels %r" % labels)
    # analyze on the same files: degree as NetworkX counts it on the edges Gephi wrote.
    out = kgforge("analyze", nodes, edges, "--measures", "degree", "--format", "csv").stdout.decode()
    table = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    ref = nx.MultiDiGraph()
    ref.add_nodes_from(raw_nodes["Id"])
    ref.add_edges_from(zip(raw_edges["Source"], raw_edges["Target"]))
    deg = dict(ref.degree())
    check(len(table) == len(raw_nodes), "analyze printed %d rows" % len(table))
    for _, row in table.iterrows():
        check(int(row["degree"]) == deg[row["id"]],
              "analyze degree of %s: %s, NetworkX %d" % (row["id"], row["degree"], deg[row["id"]]))


def kgx(tmp):
    d = os.path.join(DATA, "kgx")
    graphml = os.path.join(tmp, "kgx.graphml")
    kgforge("export", os.path.join(d, "test_edges.tsv"), os.path.join(d, "test_nodes.tsv"), "--to", "graphml",
            "-o", graphml)
    g = nx.read_graphml(graphml)
    check(g.number_of_nodes() == 3 and g.number_of_edges() == 1, "KGX test pair: %d nodes, %d edges" % (
        g.number_of_nodes(), g.number_of_edges()))
    by_iri = {d.get("iri"): d for _, d in g.nodes(data=True)}
    check(by_iri["CURIE:123"]["label"] == "Gene 123", "KGX name: %r" % by_iri["CURIE:123"])
    check(by_iri["CURIE:123"].get("description") == "Node of type Gene, CURIE:123", "KGX quoted description")
    # The short rows of complex_graph_nodes.tsv are read, with one warning each.
    r = kgforge("build", os.path.join(d, "complex_graph_nodes.tsv"), os.path.join(d, "complex_graph_edges.tsv"),
                "-o", os.path.join(tmp, "kgx-out"), "--formats", "ttl")
    check(r.stderr.decode().count("[short-row]") == 2, "short rows: " + r.stderr.decode()[-1000:])
    # The broken edge table: every problem, located, in one run; nothing written.
    out = os.path.join(tmp, "broken")
    r = kgforge("build", os.path.join(d, "graph_tiny_nodes.tsv"), os.path.join(d, "graph_tiny_edges.tsv"), "-o", out,
                expect=1)
    err = r.stderr.decode()
    for where, code in (("graph_tiny_edges.tsv:2:12", "unknown-node"), ("graph_tiny_edges.tsv:5:1", "unknown-node")):
        check(where in err and "[%s]" % code in err, "no %s [%s] in:\n%s" % (where, code, err))
    check(not os.path.exists(out) or not os.listdir(out), "a broken run wrote files")


def written_by_python(tmp):
    rng = random.Random(7)
    # NetworkX, through pandas (nx.to_pandas_edgelist): source,target,weight.
    g = nx.gnm_random_graph(25, 60, seed=3, directed=True)
    for u, v in g.edges():
        g[u][v]["weight"] = round(rng.uniform(0.5, 9.5), 3)
    want = sorted((str(u), str(v), d["weight"]) for u, v, d in g.edges(data=True))
    path = os.path.join(tmp, "nx_edges.csv")
    nx.to_pandas_edgelist(g).to_csv(path, index=False)
    check(exported_edges(tmp, [path]) == want, "NetworkX's edge list differs after kgforge")
    # pandas with its index (an unnamed first column), tab-separated.
    path = os.path.join(tmp, "pd_edges.tsv")
    pd.DataFrame({"from": [u for u, _, _ in want], "to": [v for _, v, _ in want],
                  "weight": [w for _, _, w in want]}).to_csv(path, sep="\t")
    check(exported_edges(tmp, [path]) == want, "pandas' edge list differs after kgforge")
    # python-igraph's vertex and edge data frames (vertex IDs, names, edge IDs).
    ig = igraph.Graph.Erdos_Renyi(n=20, m=45, directed=True)
    ig.vs["name"] = ["v%d" % i for i in range(ig.vcount())]
    ig.es["weight"] = [round(rng.uniform(1, 5), 2) for _ in range(ig.ecount())]
    vpath, epath = os.path.join(tmp, "ig_nodes.csv"), os.path.join(tmp, "ig_edges.csv")
    ig.get_vertex_dataframe().to_csv(vpath)
    ig.get_edge_dataframe().to_csv(epath)
    want = sorted(("v%d" % e.source, "v%d" % e.target, e["weight"]) for e in ig.es)
    check(exported_edges(tmp, [vpath, epath], "--id-column", "vertex ID") == want,
          "igraph's data frames differ after kgforge")
    # Without the flag, igraph's vertex table names no id column: a located usage of the flags.
    r = kgforge("validate", vpath, epath, expect=1)
    check("ig_nodes.csv:1:1" in r.stderr.decode() and "--id-column" in r.stderr.decode(), r.stderr.decode())


def main():
    with tempfile.TemporaryDirectory() as tmp:
        gephi(tmp)
        kgx(tmp)
        written_by_python(tmp)
    print("ok: Gephi, KGX, NetworkX, pandas and igraph tables read as those tools wrote them")


if __name__ == "__main__":
    main()
