#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""DOT read back by Graphviz: the hostile-text KB and the CEOP KB exported with
`kgforge export --to dot` are read by `dot -Tcanon` with nothing on stderr (no
warning), and through `dot -Tjson` every node id, node label, edge and edge label
equals what the YAML says (labels: name wrapped at 24 code points, then the class
labels; edges: the predicate's label), and the legend lists the classes drawn."""
import collections
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402

require("py:yaml", "py:rdflib", "cmd:dot")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import Kb, check, env, hostile_paths, ceop_paths, ontology_labels, run, term_label, wrap  # noqa: E402


def unescape(label):
    """Graphviz escString: \\\\ is a backslash, \\n \\l \\r end a line."""
    out, i = [], 0
    while i < len(label):
        if label[i] == "\\" and i + 1 < len(label):
            nxt = label[i + 1]
            out.append("\\" if nxt == "\\" else "\n" if nxt in "nlr" else "\\" + nxt)
            i += 2
        else:
            out.append(label[i])
            i += 1
    return "".join(out)


def expected_label(entity, labels):
    text = wrap(entity["name"])
    classes = ", ".join(term_label(labels, c) for c in entity["classes"])
    return text + "\n" + wrap(classes) if classes else text


def check_kb(kgforge, paths, out_dir, name, labels, extra=()):
    kb = Kb(paths)
    out = os.path.join(out_dir, name + ".dot")
    r = run([kgforge, "export", *paths, "--to", "dot", "-o", out, *extra])
    check(r.returncode == 0, "export %s failed: %s" % (name, r.stderr.decode()))
    canon = run(["dot", "-Tcanon", out])
    check(canon.returncode == 0 and canon.stderr == b"", "dot -Tcanon %s: rc %d, stderr %r" % (name, canon.returncode, canon.stderr))
    r = run(["dot", "-Tjson", out])
    check(r.returncode == 0 and r.stderr == b"", "dot -Tjson %s: %r" % (name, r.stderr))
    j = json.loads(r.stdout)
    subgraphs = j["objects"][: j.get("_subgraph_cnt", 0)]
    legend = next((s for s in subgraphs if s["name"] == "cluster_legend"), None)
    check(legend is not None, "%s: no legend cluster" % name)
    legend_ids = set(legend.get("nodes", []))
    nodes = {o["_gvid"]: o for o in j["objects"][j.get("_subgraph_cnt", 0):]}
    drawn = {o["name"]: o for gvid, o in nodes.items() if gvid not in legend_ids}
    check(len(drawn) == len(kb.entities), "%s: %d nodes drawn, YAML has %d entities" % (name, len(drawn), len(kb.entities)))
    for iri, entity in kb.entities.items():
        ident = kb.display_id(iri)
        check(ident in drawn, "%s: no node %r" % (name, ident))
        got = unescape(drawn[ident]["label"])
        check(got == expected_label(entity, labels), "%s: %r label %r, want %r" % (name, ident, got, expected_label(entity, labels)))
        check(drawn[ident]["tooltip"] == iri, "%s: tooltip of %r" % (name, ident))
    legend_labels = {unescape(nodes[g]["label"]) for g in legend_ids}
    drawn_class_labels = {wrap(term_label(labels, c)) for e in kb.entities.values() for c in e["classes"]}
    check(legend_labels and legend_labels <= drawn_class_labels, "%s: legend %r" % (name, legend_labels))
    for entity in kb.entities.values():
        check(any(wrap(term_label(labels, c)) in legend_labels for c in entity["classes"]),
              "%s: no legend entry for %r" % (name, entity["classes"]))
    legend_edges = [e for e in j.get("edges", []) if e["tail"] in legend_ids or e["head"] in legend_ids]
    check(all(e["tail"] in legend_ids and e["head"] in legend_ids and e.get("style") == "invis" for e in legend_edges),
          "%s: a visible edge touches the legend" % name)
    edges = collections.Counter((nodes[e["tail"]]["name"], nodes[e["head"]]["name"], unescape(e["label"]))
                                for e in j.get("edges", []) if e not in legend_edges)
    want = collections.Counter((kb.display_id(r["from"]), kb.display_id(r["to"]), wrap(term_label(labels, r["predicate"])))
                               for r in kb.relations)
    check(edges == want, "%s: edges differ:\n  extra %s\n  missing %s" % (name, edges - want, want - edges))
    return j


def main():
    kgforge, source, _ = env()
    labels = ontology_labels(source)
    with tempfile.TemporaryDirectory() as tmp:
        for paths, name in ((hostile_paths(source), "hostile"), (ceop_paths(source), "ceop")):
            check_kb(kgforge, paths, tmp, name, labels)
            j = check_kb(kgforge, paths, tmp, name + "-cluster", labels, ("--cluster", "--rankdir", "TB"))
            print("ok: %s: read by dot -Tcanon without a warning; ids, labels, edges and legend match (also with "
                  "--cluster: %d clusters)" % (name, j.get("_subgraph_cnt", 0) - 1))
        # Clusters: a unit sits in the cluster of the organisation it is part of.
        j = check_kb(kgforge, hostile_paths(source), tmp, "hostile-cluster", labels, ("--cluster",))
        clusters = {s["label"]: {j["objects"][g]["name"] for g in s.get("nodes", [])}
                    for s in j["objects"][: j["_subgraph_cnt"]]
                    if s["name"].startswith("cluster") and s["name"] != "cluster_legend"}
        check({"subgraph", "SubGraph", "SUBGRAPH", "ex%3ACEOP", "node"} <= clusters.get("node", set()),
              "cluster of 'node': %r" % clusters.get("node"))
        check(clusters.get("SubGraph") == {"SubGraph", "SUBGRAPH"}, "nested cluster: %r" % clusters.get("SubGraph"))


if __name__ == "__main__":
    main()
