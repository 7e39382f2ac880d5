# SPDX-License-Identifier: MIT
"""`--as-of 2010-01-01` on the CEOP KB shows the network as it stood on that date.

The KB file is read here with PyYAML, independently of kgforge, to find what is dated
after the date: relations whose `since` or `date` falls in 2013 or 2015 (the absorption
into the NCA, Gwynne's secondment, the gross misconduct notices) and entities whose own
dates do (the absorption event, the notices). `kgforge export --to ntriples --as-of
2010-01-01` must write none of them, and must write the 2006-07 prosecutions (events
dated 2006-06 and 2007-06: shown once they happened). Undated relations are kept and
listed by `analyze`; `--dated-only` drops them.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, failures, run as run_kgforge  # noqa: E402

require("py:yaml")
import yaml  # noqa: E402

KB = os.path.join(os.environ["KGFORGE_SOURCE_DIR"], "examples", "ceop", "ceop.yaml")
BASE = "https://w3id.org/kgforge/ceop/"
KGF = "https://w3id.org/kgforge/ns#"
ENTITY_DATES = ("date", "foundingDate", "dissolutionDate", "birthDate", "deathDate")


run = run_kgforge


def triples(text):
    out = set()
    for line in text.splitlines():
        m = re.match(r"<([^>]*)> <([^>]*)> <([^>]*)> \.$", line)
        if m:
            out.add(m.groups())
    return out


def year(value):
    return str(value)[:4]


def main():
    with open(KB, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    later = {"2013", "2015"}
    late_relations = [r for r in kb["relations"]
                      if year(r.get("since", "")) in later or year(r.get("date", "")) in later]
    late_entities = [e["id"] for e in kb["entities"]
                     if any(year(e.get("attributes", {}).get(k, "")) in later for k in ENTITY_DATES)]
    check(len(late_relations) >= 8, "the KB should date the absorption and the notices: %r" % late_relations)
    check({"ceop-absorption", "gross-misconduct-notices"} <= set(late_entities), "late entities: %r" % late_entities)

    got = triples(run(["export", KB, "--to", "ntriples", "--as-of", "2010-01-01", "-q"]))
    everything = triples(run(["export", KB, "--to", "ntriples", "-q"]))
    subjects = {s for s, _, _ in got}
    nodes = subjects | {o for _, _, o in got}
    for r in late_relations:
        t = (BASE + r["from"], KGF + r["predicate"], BASE + r["to"])
        check(t in everything, "without --as-of the relation %r is written" % (t,))
        check(t not in got, "--as-of 2010-01-01 shows %s %s %s, dated %s" %
              (r["from"], r["predicate"], r["to"], r.get("since", r.get("date"))))
    for e in late_entities:
        check(BASE + e not in nodes, "--as-of 2010-01-01 shows the entity %s, dated after it" % e)
    for t in [("costi-prosecution", "prosecutedBy", "ceop"), ("costi-prosecution", "defendant", "lee-costi"),
              ("costi-sentence", "defendant", "lee-costi"), ("cox-prosecution", "defendant", "timothy-cox"),
              ("cox-prosecution", "sentence", "cox-sentence")]:
        check((BASE + t[0], KGF + t[1], BASE + t[2]) in got, "--as-of 2010-01-01 does not show %s %s %s" % t)
    # Later dates show the later events.
    got_2016 = triples(run(["export", KB, "--to", "ntriples", "--as-of", "2016", "-q"]))
    check((BASE + "ceop", KGF + "absorbedInto", BASE + "nca") in got_2016, "--as-of 2016 lacks the absorption")
    check((BASE + "costi-prosecution", KGF + "prosecutedBy", BASE + "ceop") in got_2016,
          "--as-of 2016 lacks the 2006 prosecution (events stay shown)")

    # analyze: the same view; undated relations listed; --dated-only drops them.
    data = json.loads(run(["analyze", KB, "--as-of", "2010-01-01", "--format", "json", "-q"]))
    ids = {n["id"] for n in data["nodes"]}
    check({"costi-prosecution", "cox-prosecution", "ceop"} <= ids, "analyze --as-of lacks the prosecutions")
    check(not (set(late_entities) & ids), "analyze --as-of shows %r" % (set(late_entities) & ids))
    undated = data["graph"]["undated"]
    check(len(undated["relations"]) > 0 and all(n["undated"] == (n["id"] in undated["entities"])
                                                for n in data["nodes"]), "undated marks disagree")
    heads = [r for r in undated["relations"] if r["source"] == "johnny-gwynne"]
    check(heads, "Gwynne's undated post should be listed as undated: %r" % undated["relations"][:5])
    dated = json.loads(run(["analyze", KB, "--as-of", "2010-01-01", "--dated-only", "--format", "json", "-q"]))
    check(not dated["graph"]["undated"]["relations"] and not dated["graph"]["undated"]["entities"],
          "--dated-only keeps undated things")
    check({"costi-prosecution", "cox-prosecution"} <= {n["id"] for n in dated["nodes"]},
          "--dated-only drops the prosecutions")
    check(dated["graph"]["relations"] < data["graph"]["relations"], "--dated-only drops no relation")
    # DOT draws the undated relations dashed.
    dot = run(["export", KB, "--to", "dot", "--as-of", "2010-01-01", "-q"])
    def dashed_edges(text):  # edge statements drawn dashed on their own (not a look's defaults)
        return [l for l in text.splitlines() if " -> " in l and 'style="dashed"' in l]
    check(dashed_edges(dot), "DOT does not draw undated relations dashed")
    check(not dashed_edges(run(["export", KB, "--to", "dot", "-q"])), "DOT dashes without --as-of")

    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("ceop_as_of: --as-of 2010-01-01 shows %d relations of the 2006-07 prosecutions and none of %d dated "
          "2013/2015" % (5, len(late_relations)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
