#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Dates come from the ontology's date properties in every output, one reading
(graph::PeriodReader over ontology::time_properties): a user's ontology extension
declares its own start, end and event properties (under schema:startDate,
schema:endDate, dcterms:date), and a KB qualifies relations with them. Then the DOT
tooltip (read by `dot -Tjson`), `path` and `neighbours` (JSON) show the relation's
period as `--as-of` reads it, the date qualifiers are not listed again as plain
facts, and `export --as-of` (GraphML read by NetworkX) keeps exactly the relations
that held on the date."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, finish, run  # noqa: E402

require("cmd:dot", "py:networkx")
import networkx as nx  # noqa: E402


EXTENSION = """@prefix kgf:  <https://w3id.org/kgforge/ns#> .
@prefix ex:   <https://example.org/vocab#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix schema: <http://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
ex:appointedOn a owl:DatatypeProperty ; rdfs:label "appointed on"@en ;
    rdfs:range kgf:PartialDate ; rdfs:subPropertyOf schema:startDate .
ex:leftOn a owl:DatatypeProperty ; rdfs:label "left on"@en ;
    rdfs:range kgf:PartialDate ; rdfs:subPropertyOf schema:endDate .
ex:sworeOn a owl:DatatypeProperty ; rdfs:label "swore on"@en ;
    rdfs:range kgf:PartialDate ; rdfs:subPropertyOf dcterms:date .
"""

# (predicate, label, qualifiers, the period's text, (start, end, event) as the extension says)
RELATIONS = [
    ("headOf", "head of", {"ex:appointedOn": "2001", "ex:leftOn": "2004-06"}, "2001 – 2004-06", ("2001", "2004-06", False)),
    ("memberOf", "member of", {"ex:sworeOn": "2005-03-01"}, "2005-03-01", ("2005-03-01", None, True)),
    ("worksFor", "works for", {"ex:appointedOn": "1999-02", "note": "still there"}, "since 1999-02",
     ("1999-02", None, False)),
]
AS_OF = ["1999-01-31", "1999-02-01", "2000-12-31", "2001-01-01", "2004-06-30", "2004-07-01", "2005-02-28",
         "2005-03-01", "2030-01-01"]


def widen(date, end):
    """docs/analysis.md: a partial date covers its whole span."""
    if len(date) == 4:
        date += "-12" if end else "-01"
    if len(date) == 7:
        date += "-31" if end else "-01"
    return date


def held_on(period, day):
    """docs/analysis.md --as-of: a period holds when it contains the day; an event once it has happened."""
    start, end, event = period
    if start and widen(start, False) > day:
        return False
    return event or not end or widen(end, True) >= day


def kb_text():
    lines = ["kgforge: 1", "base: https://example.org/kb/", "prefixes:", "  ex: https://example.org/vocab#",
             "entities:", "  - id: agency", "    type: LawEnforcementAgency", "    name: An Agency",
             "  - id: boss", "    type: Person", "    name: Bea Boss", "    relations:"]
    for predicate, _, qualifiers, _, _ in RELATIONS:
        lines += ["      - predicate: " + predicate, "        to: agency"]
        plain = {k: v for k, v in qualifiers.items() if not k.startswith("ex:")}
        lines += ["        %s: %s" % (k, v) for k, v in plain.items()]
        lines += ["        qualifiers:"] + ["          %s: \"%s\"" % (k, v) for k, v in qualifiers.items() if k.startswith("ex:")]
    return "\n".join(lines) + "\n"


with tempfile.TemporaryDirectory() as work:
    onto = os.path.join(work, "dates.ttl")
    kb = os.path.join(work, "kb.yaml")
    with open(onto, "w", encoding="utf-8") as f:
        f.write(EXTENSION)
    with open(kb, "w", encoding="utf-8") as f:
        f.write(kb_text())
    common = [kb, "--ontology", onto]
    by_label = {label: (text, period) for _, label, _, text, period in RELATIONS}

    # DOT: one edge per relation; its tooltip is "A label B", the period, then the other
    # qualifiers (the note), never "appointed on: ..." as a plain fact.
    dot = os.path.join(work, "kb.dot")
    run(["export", "--to", "dot", "--no-merge", "-o", dot] + common)
    r = subprocess.run(["dot", "-Tjson", dot], capture_output=True, text=True)
    check(r.returncode == 0 and r.stderr == "", "dot -Tjson: %r" % r.stderr)
    drawn = json.loads(r.stdout)
    tips = {}
    for e in drawn.get("edges", []):
        label = e.get("label", "").replace("\\n", "\n")
        tips[label] = e.get("tooltip", "").replace("\\n", "\n")
    for _, label, qualifiers, text, _ in RELATIONS:
        want = "Bea Boss %s An Agency\n%s" % (label, text)
        if "note" in qualifiers:
            want += "\nnote: " + qualifiers["note"]
        check(tips.get(label) == want, "DOT tooltip of %r: %r, expected %r" % (label, tips.get(label), want))

    # path and neighbours (JSON): "when" is the same period text.
    path = json.loads(run(["path", "--format", "json", kb, "boss", "agency", "--ontology", onto]))
    seen = {rel["label"]: rel["when"] for step in path["paths"][0] for rel in step["relations"]}
    for label, (text, _) in by_label.items():
        check(seen.get(label) == text, "path: %r is %r, expected %r" % (label, seen.get(label), text))
    ego = json.loads(run(["neighbours", "--format", "json", kb, "boss", "--ontology", onto]))
    seen = {rel["label"]: rel["when"] for rel in ego["relations"]}
    for label, (text, _) in by_label.items():
        check(seen.get(label) == text, "neighbours: %r is %r, expected %r" % (label, seen.get(label), text))

    # --as-of: GraphML read by NetworkX keeps exactly the relations that held then.
    for date in AS_OF:
        out = os.path.join(work, "as_of.graphml")
        run(["export", "--to", "graphml", "--dated-only", "--as-of", date, "-o", out] + common)
        g = nx.read_graphml(out)
        kept = sorted(d.get("label", "") for _, _, d in g.edges(data=True))
        want = sorted(label for label, (_, period) in by_label.items() if held_on(period, date))
        check(kept == want, "--as-of %s: relations %r, expected %r" % (date, kept, want))

sys.exit(finish("ok: the extension's date properties give the DOT tooltips, path and neighbours periods, and --as-of"))
