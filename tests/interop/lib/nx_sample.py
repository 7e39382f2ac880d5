# SPDX-License-Identifier: MIT
"""Sampled measures recomputed by NetworkX from the sources kgforge reports."""
import random


class FixedSample(random.Random):
    """As `seed=` of nx.betweenness_centrality(G, k=K): makes it draw `sources` (the
    ones kgforge reports in its JSON) instead of its own random sample."""

    def __init__(self, sources):
        super().__init__(0)
        self.sources = list(sources)

    def sample(self, population, k, **kwargs):
        assert k == len(self.sources), (k, len(self.sources))
        return list(self.sources)
