#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""GraphML as network researchers use it, on the bundled CEOP KB:

- node ids are the KB's display ids (the `id` of `kgforge analyze --format json`), unique,
  and the same bytes on a second export;
- no key is called source, target, key, id, from, to or name, and every key name is an
  identifier; nx.to_pandas_edgelist, igraph's data frames and R's igraph take the file as
  it is (R: read_graph(format = "graphml"), as_data_frame);
- the default export leaves the source documents out, as analyze does, so every measure
  analyze prints equals NetworkX's on the file (tests/interop/analysis_vs_networkx.py's
  compare()); with --include-sources both keep them and still agree."""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, finish, run  # noqa: E402

require("py:networkx", "py:numpy", "py:scipy", "py:pandas", "py:igraph", "cmd:Rscript", "r:igraph")

sys.path.insert(0, HERE)
import analysis_vs_networkx as avn  # noqa: E402
import igraph  # noqa: E402
import networkx as nx  # noqa: E402

RESERVED = {"source", "target", "key", "id", "from", "to", "name"}
NS = "{http://graphml.graphdrawing.org/xmlns}"


def check_keys(path, label):
    import xml.etree.ElementTree as ET
    names = [k.get("attr.name") for k in ET.parse(path).getroot().iter(NS + "key")]
    check(names, "%s: no keys" % label)
    bad = [n for n in names if n in RESERVED or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", n)]
    check(not bad, "%s: key names readers take badly: %r" % (label, bad))


def check_measures(path, extra, label):
    data = json.loads(run(["analyze", "--format", "json", "--edges", "-q"] + extra))
    G = nx.read_graphml(path, force_multigraph=True)
    # GraphML ids are analyze's ids where those are xs:NMTOKENs; other bytes are _HH
    # (docs/graphml.md), e.g. a section id "article/budget" is "article_2Fbudget".
    def graphml_id(shown):
        return "".join(chr(b) if (chr(b).isascii() and (chr(b).isalnum() or chr(b) in ".-_:")) else "_%02X" % b
                       for b in shown.encode("utf-8")) or "_"
    ids = {graphml_id(nd["id"]): nd["index"] for nd in data["nodes"]}
    check(set(G.nodes) == set(ids),
              "%s: GraphML node ids differ from analyze's ids: only GraphML %r, only analyze %r" %
              (label, sorted(set(G.nodes) - set(ids))[:5], sorted(set(ids) - set(G.nodes))[:5]))
    iris = {graphml_id(nd["id"]): nd["iri"] for nd in data["nodes"]}
    check(all(G.nodes[n]["iri"] == iris.get(n) for n in G.nodes), "%s: iri attribute differs" % label)
    H = nx.relabel_nodes(G, ids)
    by_edges = collections.Counter(tuple(e) for e in data["edges"])
    check(collections.Counter((u, v) for u, v in H.edges()) == by_edges,
              "%s: the GraphML's edges are not the relations analyze analysed" % label)
    avn.compare(label, data, graph=nx.MultiDiGraph(H))
    return G


def check_pandas_igraph(path, G, label):
    frame = nx.to_pandas_edgelist(G)  # raised "Source name 'source' is an edge attr name"
    check(len(frame) == G.number_of_edges(), "%s: pandas edge list has %d rows" % (label, len(frame)))
    check({"source", "target", "predicate"} <= set(frame.columns), "%s: pandas columns %r" % (label, frame.columns))
    nodes = nx.to_pandas_edgelist(G)[["source", "target"]].stack().unique()
    check(set(nodes) <= set(G.nodes), "%s: pandas names nodes the graph lacks" % label)
    g = igraph.Graph.Read_GraphML(path)
    check(sorted(g.vs["id"]) == sorted(G.nodes), "%s: igraph ids differ" % label)
    edges = g.get_edge_dataframe()
    vertices = g.get_vertex_dataframe()
    check(len(edges) == G.number_of_edges() and len(vertices) == G.number_of_nodes(),
              "%s: igraph data frames %d x %d" % (label, len(vertices), len(edges)))
    got = collections.Counter((g.vs[e.source]["id"], g.vs[e.target]["id"], e["predicate"]) for e in g.es)
    want = collections.Counter((u, v, d["predicate"]) for u, v, d in G.edges(data=True))
    check(got == want, "%s: igraph edges differ from NetworkX's" % label)


R_SCRIPT = r"""
suppressPackageStartupMessages(library(igraph))
args <- commandArgs(trailingOnly = TRUE)
g <- read_graph(args[1], format = "graphml")
e <- as_data_frame(g, what = "edges")
v <- as_data_frame(g, what = "vertices")
ids <- V(g)$id
out <- file(args[2], open = "w", encoding = "UTF-8")
writeLines(c(as.character(vcount(g)), as.character(ecount(g)), paste(colnames(e), collapse = "\t")), out)
for (i in seq_len(nrow(e))) writeLines(paste(ids[e$from[i]], ids[e$to[i]], e$predicate[i], sep = "\t"), out)
for (i in seq_len(vcount(g))) writeLines(paste("V", ids[i], V(g)$label[i], sep = "\t"), out)
close(out)
"""


def check_r(path, G, tmp, label):
    script = os.path.join(tmp, "read.R")
    with open(script, "w") as f:
        f.write(R_SCRIPT)
    out = os.path.join(tmp, "r.tsv")
    proc = subprocess.run(["Rscript", script, path, out], capture_output=True, text=True)
    check(proc.returncode == 0, "%s: R failed: %s" % (label, proc.stderr))
    if proc.returncode != 0:
        return
    with open(out, encoding="utf-8") as f:
        lines = f.read().split("\n")
    check(int(lines[0]) == G.number_of_nodes() and int(lines[1]) == G.number_of_edges(),
              "%s: R reads %s nodes, %s edges" % (label, lines[0], lines[1]))
    columns = lines[2].split("\t")
    check(columns[:2] == ["from", "to"] and "predicate" in columns, "%s: R edge columns %r" % (label, columns))
    rows = [l.split("\t") for l in lines[3:] if l]
    edges = collections.Counter(tuple(r) for r in rows if r[0] != "V")
    want = collections.Counter((u, v, d["predicate"]) for u, v, d in G.edges(data=True))
    check(edges == want, "%s: R's edges differ from NetworkX's" % label)
    labels = {r[1]: r[2] for r in rows if r[0] == "V"}
    check(labels == {n: G.nodes[n].get("label", "NA") for n in G.nodes}, "%s: R's labels differ" % label)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for extra in ([], ["--include-sources"]):
            label = "ceop" + (" --include-sources" if extra else "")
            path = os.path.join(tmp, "ceop%s.graphml" % len(extra))
            run(["export", "--to", "graphml", "-o", path, "-q"] + extra)
            again = os.path.join(tmp, "again.graphml")
            run(["export", "--to", "graphml", "-o", again, "-q"] + extra)
            with open(path, "rb") as a, open(again, "rb") as b:
                check(a.read() == b.read(), "%s: two exports differ" % label)
            check_keys(path, label)
            G = check_measures(path, extra, label)
            classes = [c for _, d in G.nodes(data=True) for c in json.loads(d.get("classes", "[]"))]
            has_sources = any(c.endswith("#SourceDocument") for c in classes)
            check(has_sources == bool(extra), "%s: source documents %s" % (label, "present" if has_sources else
                                                                                "absent"))
            check_pandas_igraph(path, G, label)
            check_r(path, G, tmp, label)
    return finish("graphml_researchers: ids, names, NetworkX measures = analyze, pandas, igraph and R all agree")


if __name__ == "__main__":
    sys.exit(main())
