#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Times NetworkX and igraph on the graph analysis_bench wrote, for the same work.

Usage: analysis_peers.py EDGES N OPS [--sources FILE] [--nx-exact] [--kgforge PREFIX]
  EDGES    text file, one "source target" pair of vertex numbers per line (one per relation)
  N        number of vertices (0..N-1)
  OPS      comma-separated: pagerank, components, exact, sampled
           exact:   exact betweenness, igraph (and NetworkX with --nx-exact: minutes at 10k)
           sampled: betweenness from the sources in --sources FILE, scaled n/k, with
                    nx.betweenness_centrality(G, k=K, seed=FixedSample(sources)). python-igraph
                    0.10 cannot restrict sources (no subset betweenness), so igraph is skipped.
  --kgforge PREFIX   compare with kgforge's values in PREFIX.pagerank, PREFIX.exact and
                     PREFIX.sampled (one number per line, by vertex)
Prints lines "time TOOL OP SECONDS" (CPU seconds of the call: time.process_time, so that
a shared machine disturbs the ratios less), "maxdiff TOOL OP VALUE", "count TOOL ...",
"version TOOL VERSION". Run with Debian's /usr/bin/python3 (python3-networkx, python3-igraph).
"""
import random
import sys
import time

import igraph
import networkx as nx


class FixedSample(random.Random):
    """A random source whose sample() returns the given sources: lets
    nx.betweenness_centrality(G, k=K, seed=FixedSample(sources)) use kgforge's draw."""

    def __init__(self, sources):
        super().__init__(0)
        self.sources = list(sources)

    def sample(self, population, k, **kwargs):
        assert k == len(self.sources)
        return list(self.sources)


def timed(fn):
    start = time.process_time()
    value = fn()
    return time.process_time() - start, value


def parse(argv):
    args = {"edges": argv[1], "n": int(argv[2]), "ops": argv[3].split(","), "sources": None,
            "nx_exact": False, "kgforge": None}
    i = 4
    while i < len(argv):
        if argv[i] == "--sources":
            with open(argv[i + 1]) as f:
                args["sources"] = [int(line) for line in f if line.strip()]
            i += 2
        elif argv[i] == "--kgforge":
            args["kgforge"] = argv[i + 1]
            i += 2
        elif argv[i] == "--nx-exact":
            args["nx_exact"] = True
            i += 1
        else:
            raise SystemExit("unknown argument " + argv[i])
    return args


def main(argv):
    a = parse(argv)
    n, ops = a["n"], a["ops"]
    with open(a["edges"]) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    ig = igraph.Graph(n=n, edges=edges, directed=True)
    times, values = {}, {}
    if "pagerank" in ops:
        times["networkx pagerank"], values["networkx pagerank"] = timed(lambda: nx.pagerank(G))
        times["igraph pagerank"], _ = timed(lambda: ig.pagerank(damping=0.85))
    if "components" in ops:
        times["networkx components"], nx_counts = timed(
            lambda: (nx.number_weakly_connected_components(G), nx.number_strongly_connected_components(G)))
        times["igraph components"], ig_counts = timed(
            lambda: (len(ig.connected_components(mode="weak")), len(ig.connected_components(mode="strong"))))
        print("count networkx", *nx_counts)
        print("count igraph", *ig_counts)
    if "exact" in ops:
        # igraph counts parallel relations as distinct shortest paths (multigraph), so its
        # values differ from NetworkX's where relations repeat; the time is for the same work.
        times["igraph exact"], raw = timed(lambda: ig.betweenness(directed=True))
        values["igraph exact"] = [b / ((n - 1) * (n - 2)) for b in raw]
        if a["nx_exact"]:
            times["networkx exact"], values["networkx exact"] = timed(lambda: nx.betweenness_centrality(G))
    if "sampled" in ops:
        k = len(a["sources"])
        times["networkx sampled"], values["networkx sampled"] = timed(
            lambda: nx.betweenness_centrality(G, k=k, seed=FixedSample(a["sources"])))
    print("version networkx", nx.__version__)
    print("version igraph", igraph.__version__)
    for key, seconds in times.items():
        print("time", key, repr(seconds))
    if a["kgforge"]:
        for key, theirs in values.items():
            op = key.split()[1]
            with open(a["kgforge"] + "." + op) as f:
                mine = [float(line) for line in f if line.strip()]
            theirs = [theirs[v] for v in range(n)] if isinstance(theirs, dict) else theirs
            print("maxdiff", key, repr(max(abs(x - y) for x, y in zip(mine, theirs))))


if __name__ == "__main__":
    main(sys.argv)
