#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""GEXF read back by its users' tools, on the CEOP KB (with --annotate pagerank) and on
the hostile-text KB:

- xmllint --relaxng with the GEXF 1.3 grammar (tests/data/schemas/gexf) accepts every
  1.3 file; the two examples shipped with the grammar pass the same check (without their
  xsi:schemaLocation, which the grammar does not allow), and a file with a bad viz:color
  fails it, so the check can fail;
- NetworkX's read_gexf reads the 1.2draft file (--gexf-version 1.2; NetworkX reads no
  1.3): node ids, labels, every attribute value (typed; lists as JSON) equal the GraphML
  export's as NetworkX reads it, parallel edges are kept with label and predicate,
  dated relations have the spell their since/until give and dated entities the spell
  of their lifetime (founding/birth to dissolution/death, or an event's date; partial
  dates widened to real days), colours are the ontology's fill, sizes follow the annotated measure;
- the 1.3 and 1.2 files say the same, but for the namespace and 1.3's edge `kind`."""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, failures, finish, kgforge  # noqa: E402

require("py:networkx", "py:yaml", "cmd:xmllint")

import networkx as nx  # noqa: E402
import yaml  # noqa: E402

ROOT = os.path.join(HERE, "..", "..")
SCHEMAS = os.path.join(ROOT, "tests", "data", "schemas", "gexf")
RNG = os.path.join(SCHEMAS, "1.3", "rng", "gexf.rng")


def run(args):
    proc = kgforge(*args)
    check(proc.returncode == 0, "kgforge %s failed (%d): %s" % (" ".join(args), proc.returncode, proc.stderr))
    return proc


def relaxng(path):
    proc = subprocess.run(["xmllint", "--noout", "--relaxng", RNG, path], capture_output=True, text=True)
    return proc.returncode == 0, proc.stderr


def check_grammar_works(tmp):
    for name in ("gexfnet-basic.gexf", "gexfnet-dynamics.gexf"):
        with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
            text = re.sub(r'\s+xsi:schemaLocation="[^"]*"', "", f.read())
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        ok, err = relaxng(path)
        check(ok, "shipped example %s fails the grammar: %s" % (name, err))
    bad = os.path.join(tmp, "bad.gexf")
    with open(bad, "w") as f:
        f.write('<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
                'version="1.3"><graph><nodes><node id="a"><viz:color r="300" g="0" b="0"/></node></nodes>'
                '<edges/></graph></gexf>')
    ok, _ = relaxng(bad)
    check(not ok, "the grammar accepts viz:color r=300: the check cannot fail")


def widen(date, last):
    if date is None:
        return None
    days = {"02": 29 if int(date[:4]) % 4 == 0 and (int(date[:4]) % 100 or int(date[:4]) % 400 == 0) else 28,
            "04": 30, "06": 30, "09": 30, "11": 30}
    if len(date) == 4:
        date += "-12" if last else "-01"
    if len(date) == 7:
        date += "-%02d" % (days.get(date[5:7], 31) if last else 1)
    return date


def kb_periods(path):
    """(from id, predicate local, to id) -> sorted [(start, end)] from the YAML."""
    with open(path, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    out = {}
    for r in kb.get("relations", []):
        since, until = r.get("since"), r.get("until")
        if "date" in r:  # an event: shown from the day it happened on (docs/analysis.md, Time)
            since, until = r["date"], None
        since = str(since) if since is not None else None
        until = str(until) if until is not None else None
        key = (str(r["from"]), r["predicate"].split(":")[-1], str(r["to"]))
        if since or until:
            out.setdefault(key, []).append((widen(since, False), widen(until, True)))
    return out


# The entity attributes that date an entity (docs/gexf.md, ontology/time.hpp: the
# ontology's sub-properties of schema:foundingDate / birthDate, dissolutionDate /
# deathDate, and dcterms:date).
STARTS, ENDS, EVENTS = ("foundingDate", "birthDate"), ("dissolutionDate", "deathDate"), ("date",)


def kb_lifetimes(path):
    """entity id -> [(start, end)] from the YAML: the earliest start and the latest end,
    else an event's date as the start; partial dates widened to the days they cover."""
    with open(path, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    out = {}
    for e in kb.get("entities", []):
        unwrap = lambda v: v["value"] if isinstance(v, dict) and "datatype" not in v else v  # {value:, source:}
        attrs = {k: str(unwrap(v)) for k, v in (e.get("attributes") or {}).items()
                 if not isinstance(unwrap(v), (list, dict))}
        starts = [widen(attrs[k], False) for k in STARTS if k in attrs]
        ends = [widen(attrs[k], True) for k in ENDS if k in attrs]
        events = [widen(attrs[k], False) for k in EVENTS if k in attrs]
        if starts or ends:
            out[str(e["id"])] = [(min(starts) if starts else None, max(ends) if ends else None)]
        elif events:
            out[str(e["id"])] = [(min(events), None)]
    return out


LIFETIMES_KB = """kgforge: 1
base: https://example.org/lifetimes/
entities:
  - id: agency
    type: Organisation
    name: An agency
    attributes: {foundingDate: 1999-03, dissolutionDate: 2013}
  - id: successor
    type: Organisation
    name: Its successor
    attributes: {foundingDate: 2013-10-07}
  - id: founder
    type: Person
    name: A founder
    attributes: {birthDate: 1948-02-29, deathDate: 2020-02}
  - id: merger
    type: Event
    name: The merger
    attributes: {date: 2013-10}
  - id: undated
    type: Organisation
    name: Undated
relations:
  - {from: agency, predicate: partOf, to: successor, since: 2013-10-07}
  - {from: founder, predicate: headOf, to: agency, since: 1999, until: 2004-06}
  - {from: founder, predicate: worksFor, to: agency, since: 1999}
  - {from: undated, predicate: partnerOf, to: agency}
"""


def check_kb(tmp, label, kb_args, kb_yaml=None):
    v13 = os.path.join(tmp, label + ".gexf")
    v12 = os.path.join(tmp, label + "-1.2.gexf")
    gml = os.path.join(tmp, label + ".graphml")
    extra = ["--annotate", "pagerank", "-q"]
    run(["export"] + kb_args + ["--to", "gexf", "-o", v13] + extra)
    run(["export"] + kb_args + ["--to", "gexf", "--gexf-version", "1.2", "-o", v12] + extra)
    run(["export"] + kb_args + ["--to", "graphml", "-o", gml] + extra)
    if failures:
        return
    ok, err = relaxng(v13)
    check(ok, "%s: GEXF 1.3 fails the RELAX NG grammar: %s" % (label, err))
    # 1.3 and 1.2 say the same thing.
    strip = lambda p: re.sub(r' kind="[^"]*"', "", open(p, encoding="utf-8").read().replace(
        "http://gexf.net/1.3", "NS").replace("http://www.gexf.net/1.2draft", "NS").replace(
        'version="1.3"', 'version="V"').replace('version="1.2"', 'version="V"'))
    check(strip(v13) == strip(v12), "%s: the 1.3 and 1.2 files differ beyond namespace and kind" % label)
    G = nx.read_gexf(v12)
    H = nx.read_graphml(gml, force_multigraph=True)
    # One id mechanism: a node has the same id in GEXF and GraphML (hostile ids too).
    check(G.is_directed() and G.is_multigraph() == H.is_multigraph() or not H.is_multigraph(),
          "%s: GEXF graph kind" % label)
    check(sorted(G.nodes) == sorted(H.nodes), "%s: node ids differ from the GraphML's" % label)
    check({n: d["iri"] for n, d in G.nodes(data=True)} == {n: d["iri"] for n, d in H.nodes(data=True)},
          "%s: a node id names another entity in GEXF than in GraphML" % label)
    for n, d in H.nodes(data=True):
        g = G.nodes[n]
        check(g["label"] == d.get("label", n), "%s: %s label %r, GraphML %r" % (label, n, g["label"], d.get("label")))
        for k, v in d.items():
            if k in ("label", "displayWeight"):
                continue
            check(k in g and g[k] == v, "%s: %s %s = %r, GraphML %r" % (label, n, k, g.get(k), v))
    G2 = nx.MultiDiGraph(G)
    ge = sorted((u, v, d["predicate"], d["label"]) for u, v, d in G2.edges(data=True))
    he = sorted((u, v, d["predicate"], d["label"]) for u, v, d in H.edges(data=True))
    check(ge == he, "%s: edges differ from the GraphML's" % label)
    root = ET.parse(v13).getroot()
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    kinds = [(e.get("kind"), e.find("g:attvalues", ns)) for e in root.iter("{http://gexf.net/1.3}edge")]
    check(all(k for k, _ in kinds), "%s: an edge without kind" % label)
    sizes = {}
    for node in root.iter("{http://gexf.net/1.3}node"):
        s = node.find("viz:size", ns)
        if s is not None:
            sizes[node.get("id")] = float(s.get("value"))
    if kb_yaml is not None:
        check(root.find("g:graph", ns).get("mode") == "dynamic", "%s: not dynamic" % label)
        check(len(sizes) == G.number_of_nodes(), "%s: %d of %d nodes sized" % (label, len(sizes), len(G)))
        pr = {n: d["pagerank"] for n, d in H.nodes(data=True)}
        order = sorted(pr, key=lambda n: pr[n])
        check(all(sizes[a] <= sizes[b] for a, b in zip(order, order[1:])), "%s: sizes do not follow pagerank" % label)
        want = kb_periods(kb_yaml)
        got = {}
        for u, v, d in G2.edges(data=True):
            spells = d.get("spells")
            if spells:  # NetworkX reads an open end as the string "None"
                spells = [tuple(None if x in (None, "None") else x for x in sp) for sp in spells]
                got.setdefault((u, d["predicate"].rsplit("#", 1)[-1], v), []).extend(spells)
        got = {k: sorted(v, key=lambda s: (s[0] or "", s[1] or "")) for k, v in got.items()}
        want = {k: sorted(v, key=lambda s: (s[0] or "", s[1] or "")) for k, v in want.items()}
        diff = [(k, got.get(k), want.get(k)) for k in set(got) | set(want) if got.get(k) != want.get(k)]
        check(not diff, "%s: spells differ from the KB's periods: %r" % (label, diff[:4]))
        # Entity lifetimes: each node's spell is its own dates, exactly; undated nodes have none.
        want = kb_lifetimes(kb_yaml)
        got = {}
        for n, d in G.nodes(data=True):
            if d.get("spells"):
                got[n] = [tuple(None if x in (None, "None") else x for x in sp) for sp in d["spells"]]
        diff = [(k, got.get(k), want.get(k)) for k in set(got) | set(want) if got.get(k) != want.get(k)]
        check(not diff, "%s: node spells differ from the KB's lifetimes: %r" % (label, diff[:4]))
        check(want, "%s: no entity is dated: the lifetime check cannot fail" % label)
        colours = [n for n in G.nodes if "viz" in G.nodes[n] and "color" in G.nodes[n]["viz"]]
        check(colours, "%s: no node has a colour" % label)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        check_grammar_works(tmp)
        ceop = os.path.join(ROOT, "examples", "ceop", "ceop.yaml")
        check_kb(tmp, "ceop", [ceop], ceop)
        check_kb(tmp, "hostile", [os.path.join(ROOT, "tests", "data", "hostile_diagram.yaml")])
        lifetimes = os.path.join(tmp, "lifetimes.yaml")
        with open(lifetimes, "w", encoding="utf-8") as f:
            f.write(LIFETIMES_KB)
        check_kb(tmp, "lifetimes", [lifetimes], lifetimes)
    return finish("gexf_export: RELAX NG valid; NetworkX reads every value; relation and entity spells, sizes and colours as the KB says")


if __name__ == "__main__":
    sys.exit(main())
