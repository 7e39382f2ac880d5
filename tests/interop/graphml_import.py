#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""GraphML in, on files other tools wrote:

- NetworkX (write_graphml: a MultiDiGraph with int, float, bool and string attributes,
  parallel edges, an edge `label`; an undirected Graph) and python-igraph
  (write_graphml) write files here; kgforge reads each and writes it back as GraphML,
  which NetworkX reads: ids, names, every value (typed) and every edge are the source's;
- yEd's files (tests/data/graphml, from NetworkX's test suite): labels from y:NodeLabel,
  nested groups flattened with a warning, a multi-line CDATA description kept;
- kgforge's own GraphML of the CEOP KB (--include-sources) reads back with nothing lost:
  its N-Triples equal the KB's (rdflib, graphs compared up to blank nodes), but for the
  attribute values' own sources, which GraphML does not carry;
- bad files: every error located file:line:column, non-zero exit, no output file."""
import math
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, finish, kgforge  # noqa: E402

require("py:networkx", "py:igraph", "py:rdflib")

import igraph  # noqa: E402
import networkx as nx  # noqa: E402
import rdflib  # noqa: E402
from rdflib.compare import isomorphic  # noqa: E402

DATA = os.path.join(HERE, "..", "data", "graphml")
KGF = "https://w3id.org/kgforge/ns#"
TERMS = "urn:kgforge:graphml:term:"


def through_kgforge(src, tmp, name, extra=()):
    """kgforge reads `src` and writes it as GraphML; NetworkX reads that."""
    out = os.path.join(tmp, name + ".out.graphml")
    r = kgforge("export", src, "--to", "graphml", "-o", out, *extra)
    check(r.returncode == 0, "%s: export failed (%d): %s" % (name, r.returncode, r.stderr))
    if r.returncode != 0:
        return None, r.stderr
    return nx.read_graphml(out, force_multigraph=True), r.stderr


def check_networkx_written(tmp):
    G = nx.MultiDiGraph()
    G.add_node("alice", label="Alice Smith", age=41, score=0.1 + 0.2, member=True, note="line1\nline2 & <b>")
    G.add_node("bob", label="Bob", age=7, score=-2.5e-8, member=False)
    G.add_node("42")
    G.add_edge("alice", "bob", label="knows", weight=2.5)
    G.add_edge("alice", "bob", label="knows", weight=1.0)
    G.add_edge("bob", "42", label="part of", since=2013)
    src = os.path.join(tmp, "nx.graphml")
    nx.write_graphml(G, src)
    H, err = through_kgforge(src, tmp, "networkx")
    if H is None:
        return
    check(sorted(H.nodes) == sorted(G.nodes), "networkx: node ids %r" % sorted(H.nodes))
    check(H.nodes["alice"]["label"] == "Alice Smith" and H.nodes["bob"]["label"] == "Bob", "networkx: names")
    check(H.nodes["alice"].get("age") == 41 and H.nodes["bob"].get("age") == 7, "networkx: int values %r" % H.nodes["alice"])
    check(H.nodes["alice"].get("score") == 0.1 + 0.2 and H.nodes["bob"].get("score") == -2.5e-8,
          "networkx: double values %r" % H.nodes["alice"].get("score"))
    check(H.nodes["alice"].get("member") is True and H.nodes["bob"].get("member") is False, "networkx: booleans")
    check(H.nodes["alice"].get("note") == "line1\nline2 & <b>", "networkx: text %r" % H.nodes["alice"].get("note"))
    # `knows` is no kgf: property: a term of the file's own; `part of` is kgf:partOf, and
    # `since` kgf:since, whose range (a partial date) the ontology retypes 2013 to.
    edges = sorted((u, v, d["predicate"], d.get("weight"), d.get("since")) for u, v, d in H.edges(data=True))
    check(edges == [("alice", "bob", TERMS + "knows", 1.0, None), ("alice", "bob", TERMS + "knows", 2.5, None),
                    ("bob", "42", KGF + "partOf", None, "2013")], "networkx: edges %r" % edges)
    # An undirected graph: read with a warning, each edge as written.
    U = nx.Graph()
    U.add_edge("a", "b")
    U.add_edge("b", "c")
    src = os.path.join(tmp, "undirected.graphml")
    nx.write_graphml(U, src)
    H, err = through_kgforge(src, tmp, "undirected")
    if H is not None:
        check(sorted((u, v) for u, v in H.edges()) == [("a", "b"), ("b", "c")], "undirected: edges")
        check("[graphml-undirected]" in err, "undirected: no warning: %r" % err)


def check_igraph_written(tmp):
    g = igraph.Graph(directed=True)
    g.add_vertices(3)
    g.vs["name"] = ["x", "y", "z"]
    g.vs["size"] = [1.5, 2.0, 3.25]
    g.add_edges([(0, 1), (0, 1), (1, 2)])
    g.es["relation"] = ["funds", "funds", "supports"]
    src = os.path.join(tmp, "igraph.graphml")
    g.write_graphml(src)
    H, err = through_kgforge(src, tmp, "igraph")
    if H is None:
        return
    check(sorted(H.nodes) == ["n0", "n1", "n2"], "igraph: node ids %r" % sorted(H.nodes))
    check(sorted(d["label"] for _, d in H.nodes(data=True)) == ["x", "y", "z"], "igraph: names from `name`")
    check(sorted(d["size"] for _, d in H.nodes(data=True)) == [1.5, 2.0, 3.25], "igraph: doubles")
    preds = sorted(d["predicate"] for _, _, d in H.edges(data=True))
    check(preds == [KGF + "funds", KGF + "funds", KGF + "supports"], "igraph: predicates %r" % preds)


def check_yed(tmp):
    H, err = through_kgforge(os.path.join(DATA, "yed-yfiles-2.7.graphml"), tmp, "yed")
    if H is not None:
        check({n: d.get("label") for n, d in H.nodes(data=True)} == {"n0": "1", "n1": "2", "n2": "3"},
              "yed: labels %r" % dict(H.nodes(data="label")))
        check(H.nodes["n2"].get("description") == "description\nline1\nline2", "yed: description")
        check(sorted(H.edges()) == [("n0", "n1")], "yed: edges")
    H, err = through_kgforge(os.path.join(DATA, "yed-3.17-groups.graphml"), tmp, "yed-groups")
    if H is not None:
        check(H.number_of_nodes() == 9 and H.number_of_edges() == 4,
              "yed groups: %d nodes, %d edges" % (H.number_of_nodes(), H.number_of_edges()))
        check("Group 3" in dict(H.nodes(data="label")).values(), "yed groups: group labels")
        check("[graphml-unsupported]" in err and "nested graph" in err, "yed groups: no warning: %r" % err)


GEPHI_SHAPED = """<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key attr.name="label" attr.type="string" for="node" id="label"/>
<key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
<key attr.name="weight" attr.type="double" for="edge" id="weight"/>
<key attr.name="Edge Id" attr.type="string" for="edge" id="edgeid"/>
<key attr.name="r" attr.type="int" for="node" id="r"/>
<key attr.name="g" attr.type="int" for="node" id="g"/>
<key attr.name="b" attr.type="int" for="node" id="b"/>
<key attr.name="x" attr.type="float" for="node" id="x"/>
<key attr.name="y" attr.type="float" for="node" id="y"/>
<key attr.name="size" attr.type="float" for="node" id="size"/>
<graph edgedefault="directed">
<node id="n1">
<data key="label">Myriel</data>
<data key="size">4.0</data>
<data key="r">153</data>
<data key="g">0</data>
<data key="b">255</data>
<data key="x">-2143.6501</data>
<data key="y">540.61694</data>
</node>
<node id="n2">
<data key="label">Napoleon</data>
<data key="size">2.5</data>
</node>
<edge source="n2" target="n1">
<data key="edgeid">0</data>
<data key="edgelabel">knows</data>
<data key="weight">1.0</data>
</edge>
<edge source="n2" target="n1">
<data key="edgeid">1</data>
<data key="weight">3.5</data>
</edge>
</graph>
</graphml>
"""


def check_gephi_shaped(tmp):
    """Keys as Gephi 0.9's GraphML exporter names them (no Gephi runs here)."""
    src = os.path.join(tmp, "gephi.graphml")
    with open(src, "w") as f:
        f.write(GEPHI_SHAPED)
    H, err = through_kgforge(src, tmp, "gephi")
    if H is None:
        return
    check(dict(H.nodes(data="label")) == {"n1": "Myriel", "n2": "Napoleon"}, "gephi: labels")
    check(H.nodes["n1"].get("r") == 153 and H.nodes["n1"].get("x") == -2143.6501, "gephi: values %r" % H.nodes["n1"])
    edges = sorted((d["predicate"], d.get("weight"), d.get("edgeId")) for _, _, d in H.edges(data=True))
    # An edge with no label key is linkedTo; its "Edge Id" is an attribute, not the predicate.
    check(edges == [(TERMS + "knows", 1.0, "0"), (TERMS + "linkedTo", 3.5, "1")], "gephi: edges %r" % edges)


def check_round_trip(tmp):
    mine = os.path.join(tmp, "ceop.graphml")
    r = kgforge("export", "--to", "graphml", "--include-sources", "-o", mine, "-q")
    check(r.returncode == 0, "ceop: export failed: %s" % r.stderr)
    direct, back = os.path.join(tmp, "direct.nt"), os.path.join(tmp, "back.nt")
    r1 = kgforge("export", "--to", "ntriples", "-o", direct, "-q")
    r2 = kgforge("export", mine, "--to", "ntriples", "-o", back, "-q")
    check(r1.returncode == 0 and r2.returncode == 0, "ceop: N-Triples failed: %s %s" % (r1.stderr, r2.stderr))
    if r1.returncode or r2.returncode:
        return
    a, b = rdflib.Graph(), rdflib.Graph()
    a.parse(direct, format="nt")
    b.parse(back, format="nt")
    # An attribute value's own source is RDF-only (docs/graphml.md): its rdf:Statement
    # (the one kind with a literal rdf:object) is not expected back.
    own = [st for st, o in a.subject_objects(rdflib.RDF.object) if isinstance(o, rdflib.Literal)]
    check(len(own) >= 3, "ceop: %d attribute values with a source of their own, want the KB's" % len(own))
    for st in own:
        a.remove((st, None, None))
    check(len(a) == len(b) and isomorphic(a, b),
          "ceop: the round trip changed the graph: %d triples only in the KB, %d only in the GraphML, e.g. %r" %
          (len(a - b), len(b - a), sorted(a - b)[:3] + sorted(b - a)[:3]))


BAD = {
    "syntax": ("<?xml version='1.0'?>\n<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>\n"
               "<graph edgedefault='directed'>\n  <node id='a'>\n</graph></graphml>\n", ":5:", "[graphml-syntax]"),
    "entity": ("<?xml version='1.0'?>\n<!DOCTYPE graphml [\n  <!ENTITY x SYSTEM 'file:///etc/passwd'>\n]>\n"
               "<graphml xmlns='http://graphml.graphdrawing.org/xmlns'/>\n", ":3:3:", "[external-entity]"),
    "node": ("<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>\n<graph edgedefault='directed'>\n"
             "  <node id='n0'/>\n  <edge source='n0' target='n9'/>\n</graph></graphml>\n", ":4:3:",
             "did you mean 'n0'"),
    "value": ("<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>\n"
              "<key id='k' for='node' attr.name='age' attr.type='int'/>\n<graph edgedefault='directed'>\n"
              "  <node id='a'><data key='k'>ten</data></node>\n</graph></graphml>\n", ":4:16:", "[graphml-value]"),
}


def check_errors(tmp):
    for name, (text, where, code) in BAD.items():
        src = os.path.join(tmp, "bad-%s.graphml" % name)
        with open(src, "w") as f:
            f.write(text)
        out = os.path.join(tmp, "bad-%s.ttl" % name)
        r = kgforge("export", src, "--to", "turtle", "-o", out)
        check(r.returncode == 1, "%s: exit %d, want 1" % (name, r.returncode))
        check(not os.path.exists(out), "%s: an output was written" % name)
        check(src + where in r.stderr and code in r.stderr, "%s: want %s...%s in: %s" % (name, where, code, r.stderr))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        check_networkx_written(tmp)
        check_igraph_written(tmp)
        check_yed(tmp)
        check_gephi_shaped(tmp)
        check_round_trip(tmp)
        check_errors(tmp)
    return finish("graphml_import: NetworkX, igraph, yEd and kgforge files read; errors located")


if __name__ == "__main__":
    sys.exit(main())
