# SPDX-License-Identifier: MIT
"""`kgforge analyze` against NetworkX, measure by measure, to 1e-9.

For generated knowledge bases (written here as YAML, so both sides start from the same
relations) and for the bundled CEOP KB, runs `$KGFORGE analyze KB --format json --edges`,
checks that the relations analysed are the KB's relations (generated KBs), builds the
same nx.MultiDiGraph and compares every per-entity measure and the graph summary with
the NetworkX function docs/analysis.md names. Sampled betweenness is compared with
nx.betweenness_centrality(G, k=K) drawing the same sources kgforge reports.
"""
import collections
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, finish, run as run_kgforge  # noqa: E402
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from nx_sample import FixedSample  # noqa: E402

require("py:networkx", "py:numpy", "py:scipy")

import networkx as nx

TOL = 1e-9


def run(args):
    return run_kgforge(args, as_json=True)


def generated_kb(path, n, m, seed, parallel=0.1, loops=2):
    """A random KB: n organisations, about m relations with preferential attachment,
    some parallel relations (other predicates), self loops, dangling and isolated nodes."""
    rng = random.Random(seed)
    predicates = ["supports", "fundedBy", "memberOf", "partnerOf"]
    rel = []
    targets = []
    for i in range(1, n):
        for _ in range(max(1, m // n)):
            if rng.random() < 0.15:
                break  # leaves some entities with few relations, some isolated
            t = rng.choice(targets) if targets and rng.random() < 0.7 else rng.randrange(i)
            s, o = (i, t) if rng.random() < 0.5 else (t, i)
            rel.append((s, "supports", o))
            targets += [s, o]
            if rng.random() < parallel:
                rel.append((s, rng.choice(predicates[1:]), o))
    for _ in range(loops):
        v = rng.randrange(n)
        rel.append((v, "supports", v))
    with open(path, "w") as f:
        f.write("kgforge: 1\nbase: https://example.org/gen/\nentities:\n")
        for v in range(n):
            f.write("  - {id: e%d, type: Organisation, name: \"Org %d\"}\n" % (v, v))
        f.write("relations:\n" if rel else "relations: []\n")
        for s, p, o in rel:
            f.write("  - {from: e%d, predicate: %s, to: e%d}\n" % (s, p, o))
    return [("https://example.org/gen/e%d" % s, "https://example.org/gen/e%d" % o) for s, _, o in rel]


def close(a, b):
    return abs(a - b) <= TOL


def compare_values(label, name, nodes, theirs):
    bad = [(nd["id"], nd[name], theirs[nd["index"]]) for nd in nodes if not close(nd[name], theirs[nd["index"]])]
    check(not bad, "%s: %s differs from NetworkX at %d entities, e.g. %s" % (label, name, len(bad), bad[:3]))


def partition(labels):
    groups = collections.defaultdict(set)
    for v, c in labels.items():
        groups[c].add(v)
    return set(frozenset(g) for g in groups.values())


def compare(label, data, expected_edges=None, graph=None):
    """Every measure of `data` (analyze --format json) against NetworkX on `graph` (a
    MultiDiGraph on the node indices; default: the relations `data` lists)."""
    nodes = data["nodes"]
    n = len(nodes)
    G = graph
    if G is None:
        G = nx.MultiDiGraph()
        G.add_nodes_from(range(n))
        G.add_edges_from(tuple(e) for e in data["edges"])
    if expected_edges is not None:
        iri = {nd["index"]: nd["iri"] for nd in nodes}
        got = collections.Counter((iri[s], iri[t]) for s, t in data["edges"])
        check(got == collections.Counter(expected_edges),
              "%s: the relations analysed are not the KB's relations" % label)
    S = nx.Graph(G)
    S.remove_edges_from(list(nx.selfloop_edges(S)))
    by = {nd["index"]: nd for nd in nodes}
    for name, ours in (("in_degree", G.in_degree()), ("out_degree", G.out_degree()), ("degree", G.degree())):
        check(all(by[v][name] == d for v, d in ours), "%s: %s differs" % (label, name))
    compare_values(label, "degree_centrality", nodes, nx.degree_centrality(G) if n > 0 else {})
    compare_values(label, "betweenness", nodes, nx.betweenness_centrality(G))
    compare_values(label, "closeness", nodes, nx.closeness_centrality(G))
    compare_values(label, "pagerank", nodes, nx.pagerank(G))
    compare_values(label, "clustering", nodes, nx.clustering(S))
    core = nx.core_number(S)
    check(all(by[v]["core_number"] == core[v] for v in range(n)), "%s: core_number differs" % label)
    weak = list(nx.weakly_connected_components(G))
    strong = list(nx.strongly_connected_components(G))
    check(partition({v: by[v]["weak_component"] for v in range(n)}) == set(map(frozenset, weak)),
          "%s: weak components differ" % label)
    check(partition({v: by[v]["strong_component"] for v in range(n)}) == set(map(frozenset, strong)),
          "%s: strong components differ" % label)
    largest = max(weak, key=len) if weak else set()
    check(all(by[v]["weak_component"] == 0 for v in largest) or
          len([c for c in weak if len(c) == len(largest)]) > 1, "%s: component 0 is not the largest" % label)
    g = data["graph"]
    check(g["nodes"] == n and g["relations"] == G.number_of_edges(), "%s: node/relation counts" % label)
    check(close(g["density"], nx.density(G)), "%s: density %r vs %r" % (label, g["density"], nx.density(G)))
    check(g["weak_components"] == len(weak) and g["strong_components"] == len(strong), "%s: component counts" % label)
    check(g["degree_histogram"] == nx.degree_histogram(G), "%s: degree histogram" % label)
    if n > 0:
        diameter = nx.diameter(S.subgraph(max(nx.connected_components(S), key=len)))
        check(g["diameter"]["exact"] and g["diameter"]["value"] == diameter,
              "%s: diameter %r vs NetworkX %d" % (label, g["diameter"], diameter))
    return G


def compare_sampled(label, kb_args, G, k, seed):
    data = run(["analyze"] + kb_args + ["--format", "json", "--measures", "betweenness",
                                        "--samples", str(k), "--seed", str(seed)])
    sources = data["measures"]["betweenness"]["sources"]
    check(len(sources) == min(k, len(G)) and len(set(sources)) == len(sources), "%s: sampled sources" % label)
    theirs = nx.betweenness_centrality(G, k=len(sources), seed=FixedSample(sources))
    compare_values(label + " (k=%d)" % k, "betweenness", data["nodes"], theirs)
    again = run(["analyze"] + kb_args + ["--format", "json", "--measures", "betweenness",
                                         "--samples", str(k), "--seed", str(seed)])
    check(again["measures"]["betweenness"]["sources"] == sources, "%s: same seed, different sources" % label)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        cases = [("tiny-1", 1, 0, 1), ("tiny-3", 3, 3, 2), ("sparse-60", 60, 150, 3),
                 ("pa-300", 300, 1500, 4), ("pa-800", 800, 4000, 5)]
        for label, n, m, seed in cases:
            path = os.path.join(tmp, label + ".yaml")
            expected = generated_kb(path, n, m, seed, loops=0 if n < 3 else 2)
            data = run(["analyze", path, "--format", "json", "--edges", "--samples", "exact", "-q"])
            G = compare(label, data, expected)
            if n >= 60:
                compare_sampled(label, [path, "-q"], G, 25, seed)
        # The bundled CEOP KB (no file: the compiled-in one), without and with sources.
        for extra in ([], ["--include-sources"]):
            label = "ceop" + (" --include-sources" if extra else "")
            data = run(["analyze", "--format", "json", "--edges", "-q"] + extra)
            G = compare(label, data)
            if len(G) > 10:
                compare_sampled(label, ["-q"] + extra, G, 10, 7)
    return finish("analysis_vs_networkx: every measure matches NetworkX %s to %g" % (nx.__version__, TOL))


if __name__ == "__main__":
    sys.exit(main())
