# SPDX-License-Identifier: MIT
"""`kgforge analyze` against NetworkX for --undirected, --weight, louvain, eigenvector
and hits.

For generated KBs (written here as YAML, some relations carrying a numeric `amount`
qualifier used as --weight) and the bundled CEOP KB:
- --undirected: degree, betweenness, closeness, PageRank, density equal NetworkX's on
  G.to_undirected() (a MultiGraph) to 1e-9;
- --weight amount: PageRank equals nx.pagerank(G, weight="amount") to 1e-9; betweenness
  and closeness, with the weights as distances, equal nx.betweenness_centrality(G,
  weight="amount") (sampled too) and nx.closeness_centrality(G, distance="amount") to
  1e-9, directed and undirected;
- louvain: the modularity kgforge reports equals nx.community.modularity on the
  undirected multigraph (every relation one edge) for kgforge's own partition to 1e-9, and is at least 0.99 of the best
  of nx.community.louvain_communities over five seeds; the same seed gives the same
  partition;
- eigenvector: nx.eigenvector_centrality on nx.DiGraph(G) with summed weights to 1e-6
  (when NetworkX converges; when it does not, kgforge must fail too);
- hits: nx.hits(G) to 1e-6.
"""
import collections
import os
import random
import re
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from nx_sample import FixedSample  # noqa: E402
from kgforge_run import check, finish, kgforge, run as run_kgforge  # noqa: E402

require("py:networkx", "py:numpy", "py:scipy")

import warnings  # noqa: E402

warnings.simplefilter("ignore", FutureWarning)  # NetworkX 2.8 on its own scipy matrices

import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402



def run(args, code=0):
    return run_kgforge(args, code, as_json=True)


def generated_kb(path, n, groups, seed):
    """n organisations in `groups` planted groups (dense inside, sparse across), some
    parallel relations, a self loop, and an `amount` on a third of the relations."""
    rng = random.Random(seed)
    rel = []
    size = n // groups
    for i in range(n):
        for _ in range(3):
            j = rng.randrange(n)
            if rng.random() < 0.85:  # inside the group
                j = (i // size) * size + rng.randrange(size)
            amount = rng.choice([None, None, 1.5, 2, 7])
            rel.append((i, "supports", j, amount))
            if rng.random() < 0.1:
                rel.append((i, "fundedBy", j, None))
    with open(path, "w") as f:
        f.write("kgforge: 1\nbase: https://example.org/gen/\nentities:\n")
        for v in range(n):
            f.write("  - {id: e%d, type: Organisation, name: \"Org %d\"}\n" % (v, v))
        f.write("relations:\n")
        for s, p, o, a in rel:
            q = "" if a is None else ", qualifiers: {amount: %s}" % a
            f.write("  - {from: e%d, predicate: %s, to: e%d%s}\n" % (s, p, o, q))


def graph_of(data):
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(len(data["nodes"])))
    G.add_edges_from(tuple(e) for e in data["edges"])
    return G


def undirected(G):
    """Every relation an undirected edge. Not G.to_undirected(): on a MultiDiGraph that
    merges u->v and v->u when their keys agree, so reciprocal relations would be lost."""
    U = nx.MultiGraph()
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())
    return U


def by_index(data, name):
    return {nd["index"]: nd[name] for nd in data["nodes"]}


def compare_values(label, name, data, theirs, tol):
    ours = by_index(data, name)
    bad = [(v, ours[v], theirs[v]) for v in ours if abs(ours[v] - theirs[v]) > tol]
    check(not bad, "%s: %s differs from NetworkX at %d entities, e.g. %s" % (label, name, len(bad), bad[:3]))


def summed(G, weights=None):
    """nx.DiGraph(G) with each edge's weight the sum over its parallel relations."""
    D = nx.DiGraph()
    D.add_nodes_from(G)
    for i, (u, v) in enumerate(G.edges()):
        w = 1.0 if weights is None else weights[i]
        D.add_edge(u, v, weight=D[u][v]["weight"] + w if D.has_edge(u, v) else w)
    return D


def check_undirected(label, kb):
    data = run(["analyze"] + kb + ["--undirected", "--format", "json", "--edges", "--samples", "exact",
                                   "--measures", "degree,betweenness,closeness,pagerank"])
    check(data["graph"]["directed"] is False, "%s: JSON says directed" % label)
    # --edges lists each relation both ways (a self loop once): rebuild the MultiGraph.
    G = nx.MultiGraph()
    G.add_nodes_from(range(len(data["nodes"])))
    seen = collections.Counter()
    for s, t in data["edges"]:
        if s <= t:
            seen[(s, t)] += 1
    for (s, t), k in seen.items():
        G.add_edges_from([(s, t)] * k)
    check(data["graph"]["relations"] == G.number_of_edges(), "%s: undirected relation count" % label)
    check(all(by_index(data, "degree")[v] == d for v, d in G.degree()), "%s: undirected degree" % label)
    compare_values(label + " --undirected", "betweenness", data, nx.betweenness_centrality(G), 1e-9)
    compare_values(label + " --undirected", "closeness", data, nx.closeness_centrality(G), 1e-9)
    compare_values(label + " --undirected", "pagerank", data, nx.pagerank(G), 1e-9)
    check(abs(data["graph"]["density"] - nx.density(G)) <= 1e-12, "%s: undirected density" % label)
    return G


def check_louvain(label, kb, G):
    U = undirected(G) if G.is_directed() else G
    ours = run(["analyze"] + kb + ["--measures", "louvain", "--seed", "3", "--format", "json"])
    again = run(["analyze"] + kb + ["--measures", "louvain", "--seed", "3", "--format", "json"])
    check(by_index(ours, "community") == by_index(again, "community"), "%s: same seed, different communities" % label)
    groups = collections.defaultdict(set)
    for v, c in by_index(ours, "community").items():
        groups[c].add(v)
    q_nx = nx.community.modularity(U, list(groups.values()))
    q = ours["graph"]["modularity"]
    check(abs(q - q_nx) <= 1e-9, "%s: modularity %r, NetworkX says %r for the same partition" % (label, q, q_nx))
    check(all(abs(x - q) == 0 for x in by_index(ours, "modularity").values()), "%s: modularity column" % label)
    best = max(nx.community.modularity(U, nx.community.louvain_communities(U, seed=s)) for s in range(5))
    check(q >= 0.99 * best, "%s: Louvain modularity %.6f < 0.99 x NetworkX's %.6f" % (label, q, best))
    print("%s: louvain modularity %.6f (%d communities); NetworkX's best of 5 seeds %.6f" %
          (label, q, len(groups), best))


def check_spectral(label, kb, G, extra=()):
    D = summed(G)
    try:
        theirs = nx.eigenvector_centrality(D, weight="weight")
    except nx.PowerIterationFailedConvergence:
        theirs = None
    if theirs is None:
        err = run(["analyze"] + kb + list(extra) + ["--measures", "eigenvector", "--format", "json"], code=65)
        check("did not converge" in err, "%s: eigenvector failure message: %s" % (label, err))
    else:
        ours = run(["analyze"] + kb + list(extra) + ["--measures", "eigenvector", "--format", "json"])
        compare_values(label, "eigenvector", ours, theirs, 1e-6)
    A = nx.to_numpy_array(G)
    sv = np.linalg.svd(A, compute_uv=False)
    if len(sv) > 1 and sv[0] - sv[1] < 1e-3 * sv[0]:
        print("%s: HITS skipped, the top singular value is not simple (%r)" % (label, sv[:2]))
        return
    hubs, authorities = nx.hits(G, max_iter=10000, tol=1e-12)
    ours = run(["analyze"] + kb + list(extra) + ["--measures", "hits", "--format", "json"])
    compare_values(label, "hub", ours, hubs, 1e-6)
    compare_values(label, "authority", ours, authorities, 1e-6)


def check_weighted_paths(label, kb, unweighted, Wg):
    """--weight amount as distances (NetworkX's convention): betweenness equals
    nx.betweenness_centrality(G, weight="amount") and closeness
    nx.closeness_centrality(G, distance="amount") to 1e-9, on the MultiDiGraph and on
    the undirected MultiGraph; sampled betweenness too, from kgforge's sources."""
    measures = ["--format", "json", "--measures", "betweenness,closeness", "--weight", "amount", "--samples", "exact"]
    ours = run(["analyze"] + kb + measures)
    compare_values(label + " --weight amount", "betweenness", ours, nx.betweenness_centrality(Wg, weight="amount"), 1e-9)
    compare_values(label + " --weight amount", "closeness", ours, nx.closeness_centrality(Wg, distance="amount"), 1e-9)
    plain = run(["analyze"] + kb + ["--format", "json", "--measures", "betweenness,closeness", "--samples", "exact"])
    for name in ("betweenness", "closeness"):  # the weights matter, so the check can fail
        changed = sum(abs(by_index(ours, name)[v] - by_index(plain, name)[v]) > 1e-6 for v in by_index(ours, name))
        check(changed > len(Wg) // 10, "%s --weight amount: %s changes at only %d entities" % (label, name, changed))
    U = nx.MultiGraph()
    U.add_nodes_from(Wg)
    U.add_edges_from(Wg.edges(data=True))
    ours = run(["analyze"] + kb + measures + ["--undirected"])
    label += " --undirected --weight amount"
    compare_values(label, "betweenness", ours, nx.betweenness_centrality(U, weight="amount"), 1e-9)
    compare_values(label, "closeness", ours, nx.closeness_centrality(U, distance="amount"), 1e-9)
    sampled = run(["analyze"] + kb + ["--format", "json", "--measures", "betweenness", "--weight", "amount",
                                      "--samples", "40", "--seed", "7"])
    sources = sampled["measures"]["betweenness"]["sources"]
    theirs = nx.betweenness_centrality(Wg, k=len(sources), weight="amount", seed=FixedSample(sources))
    compare_values(label.replace("--undirected ", "") + " (k=40)", "betweenness", sampled, theirs, 1e-9)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for label, n, groups, seed in (("gen-120", 120, 6, 1), ("gen-600", 600, 12, 2)):
            path = os.path.join(tmp, label + ".yaml")
            generated_kb(path, n, groups, seed)
            kb = [path, "-q"]
            data = run(["analyze"] + kb + ["--format", "json", "--edges", "--measures", "pagerank"])
            G = graph_of(data)
            check_undirected(label, kb)
            check_louvain(label, kb, G)
            check_spectral(label, kb, G)
            check_spectral(label + " --undirected", kb, undirected(G).to_directed(), ["--undirected"])
            # --weight amount: the qualifier's value, 1 where a relation has none.
            w = run(["analyze"] + kb + ["--format", "json", "--edges", "--measures", "pagerank", "--weight", "amount"])
            with open(path) as f:
                amounts = []
                for line in f:
                    if line.startswith("  - {from:"):
                        amounts.append(float(line.split("amount: ")[1].split("}")[0]) if "amount" in line else 1.0)
            # --edges is in source order; rebuild with the weights of the KB's relation order.
            Wg = nx.MultiDiGraph()
            Wg.add_nodes_from(range(n))
            rel = [tuple(map(int, re.match(r"  - \{from: e(\d+), predicate: \w+, to: e(\d+)", line).groups()))
                   for line in open(path) if line.startswith("  - {from:")]
            for (s, t), a in zip(rel, amounts):
                Wg.add_edge(s, t, amount=a)
            index = {nd["id"]: nd["index"] for nd in w["nodes"]}
            relabel = {v: index["e%d" % v] for v in range(n)}
            Wg = nx.relabel_nodes(Wg, relabel)
            compare_values(label + " --weight amount", "pagerank", w, nx.pagerank(Wg, weight="amount"), 1e-9)
            check_weighted_paths(label, kb, w, Wg)
            check("without it weigh 1" in kgforge("analyze", *kb, "--weight", "amount").stdout,
                  "%s: the table does not say how many relations had no weight" % label)
        # The bundled CEOP KB.
        data = run(["analyze", "-q", "--format", "json", "--edges", "--measures", "pagerank"])
        G = graph_of(data)
        check_undirected("ceop", ["-q"])
        check_louvain("ceop", ["-q"], G)
        check_spectral("ceop --undirected", ["-q"], undirected(G).to_directed(), ["--undirected"])
    return finish("analysis_communities: matches NetworkX %s" % nx.__version__)


if __name__ == "__main__":
    sys.exit(main())
