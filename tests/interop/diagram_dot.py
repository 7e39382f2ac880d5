#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""DOT read back by Graphviz: the hostile-text KB and the CEOP KB exported with
`kgforge export --to dot` are read by `dot -Tcanon` with nothing on stderr (no
warning), and through `dot -Tjson` every node id, node label, edge and edge label
equals what the YAML says (labels: name wrapped at 24 code points, then the class
labels; tooltips: the facts, IRI on the second line; URL: the IRI; edges: the
predicate's label, one per relation with --no-merge, merged by pair and look by
default), and the legend (the graph's HTML-like label) has exactly one row per node
look and edge look drawn, naming the classes and properties drawn with it."""
import collections
import json
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402

require("py:yaml", "py:rdflib", "cmd:dot")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import Kb, check, env, hostile_paths, ceop_paths, ontology_labels, run, term_label, wrap  # noqa: E402


def esc_string(label):
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


def decode_amp(text):
    """The one character reference kgforge writes in text attributes, `&amp;` for `&`
    (exporters/markup.hpp append_dot_text: Graphviz decodes references in labels)."""
    check("&" not in text.replace("&amp;", ""), "a raw '&' in a DOT text attribute: %r" % text[:80])
    return text.replace("&amp;", "&")


def unescape(label):
    return decode_amp(esc_string(label))


def unescape_tooltip(value):
    """A tooltip as the SVG shows it: Graphviz 2.43 unescapes it twice, the second time
    only turning a double backslash into one; kgforge writes a backslash as four."""
    once = esc_string(value)
    out, i = [], 0
    while i < len(once):
        if once.startswith("\\\\", i):
            out.append("\\")
            i += 2
        else:
            out.append(once[i])
            i += 1
    return decode_amp("".join(out))


def expected_label(entity, labels):
    text = wrap(entity["name"])
    classes = ", ".join(term_label(labels, c) for c in entity["classes"])
    return text + "\n" + wrap(classes) if classes else text


def expected_tooltip_head(entity, iri, labels):
    """A node's tooltip starts with its name (CR and CRLF as LF), its classes, and its IRI."""
    classes = ", ".join(term_label(labels, c) for c in entity["classes"])
    text = entity["name"].replace("\r\n", "\n").replace("\r", "\n")
    return text + (" (" + classes + ")" if classes else "") + "\n" + iri


def legend_rows(j, name):
    """The legend, the graph's HTML-like label: [(kind, look, names text)], where kind
    is "node" (look: shape, fill, font colour) or "edge" (look: style, colour)."""
    check(j.get("label", "").startswith("<TABLE"), "%s: no legend table as the graph label" % name)
    table = ET.fromstring(j["label"])
    rows = []
    cells = [td for tr in table.findall("TR")[1:] for td in tr.findall("TD")]  # a grid of (swatch, names) pairs
    for swatch, text in zip(cells[0::2], cells[1::2]):
        if not swatch.attrib and not text.attrib:
            continue  # the grid's empty places
        lines = [text.text or ""] + [br.tail or "" for br in text.findall("BR")]
        names = "\n".join(lines)
        if swatch.get("SIDES") == "B":
            style = "bold" if swatch.get("BORDER") == "3" else swatch.get("STYLE", "solid")
            rows.append(("edge", (style, swatch.get("COLOR")), names))
        else:
            font = swatch.find("FONT")
            rows.append(("node", (font.text, swatch.get("BGCOLOR"), font.get("COLOR")), names))
    return rows


def check_legend(j, drawn, edges, labels_of_node, name):
    """Exactly one legend row per look drawn; a node row names classes of the nodes
    drawn with that look (every such node has one of its classes named), an edge row
    names exactly the properties drawn with that look."""
    rows = legend_rows(j, name)
    node_rows = {look: names for kind, look, names in rows if kind == "node"}
    edge_rows = {look: names for kind, look, names in rows if kind == "edge"}
    check(len(node_rows) + len(edge_rows) == len(rows), "%s: a look has two legend rows: %r" % (name, rows))
    looks = collections.defaultdict(list)
    for node in drawn.values():
        looks[(node.get("shape"), node.get("fillcolor"), node.get("fontcolor"))].append(node)
    check(set(node_rows) == set(looks), "%s: legend node looks %r, drawn %r" % (name, sorted(node_rows), sorted(looks)))
    for look, nodes in looks.items():
        listed = set(node_rows.get(look, "").replace("\n", " ").split(", "))
        drawn_classes = set()
        for node in nodes:
            classes = labels_of_node(node)
            drawn_classes |= set(classes) or {"(no class)"}
            check(listed & (set(classes) or {"(no class)"}), "%s: no legend entry names a class of %r" % (name, node["name"]))
        check(listed <= drawn_classes, "%s: legend lists %r, not drawn with look %r" % (name, listed - drawn_classes, look))
    edge_looks = collections.defaultdict(set)
    for e in edges:
        edge_looks[(e.get("style", "solid"), e.get("color"))].add(e["_predicate_label"])
    check(set(edge_rows) == set(edge_looks), "%s: legend edge looks %r, drawn %r" % (name, sorted(edge_rows), sorted(edge_looks)))
    for look, preds in edge_looks.items():
        want = wrap(", ".join(sorted(preds)), 48)
        check(edge_rows.get(look) == want, "%s: legend row for %r is %r, want %r" % (name, look, edge_rows.get(look), want))
    return rows


def graphviz_json(path, name):
    canon = run(["dot", "-Tcanon", path])
    check(canon.returncode == 0 and canon.stderr == b"", "dot -Tcanon %s: rc %d, stderr %r" % (name, canon.returncode, canon.stderr))
    r = run(["dot", "-Tjson", path])
    check(r.returncode == 0 and r.stderr == b"", "dot -Tjson %s: %r" % (name, r.stderr))
    j = json.loads(r.stdout)
    nodes = {o["_gvid"]: o for o in j["objects"][j.get("_subgraph_cnt", 0):]}
    return j, nodes


def merged_label(labels):
    """docs/diagrams.md: the labels in alphabetical order, each once, "×N" when repeated."""
    counts = collections.Counter(labels)
    return ", ".join(l + (" \u00d7%d" % n if n > 1 else "") for l, n in sorted(counts.items()))


def check_kb(kgforge, paths, out_dir, name, labels, extra=()):
    kb = Kb(paths)
    out = os.path.join(out_dir, name + ".dot")
    r = run([kgforge, "export", *paths, "--to", "dot", "-o", out, "--no-merge", *extra])
    check(r.returncode == 0, "export %s failed: %s" % (name, r.stderr.decode()))
    j, nodes = graphviz_json(out, name)
    drawn = {o["name"]: o for o in nodes.values()}
    check(len(drawn) == len(kb.entities), "%s: %d nodes drawn, YAML has %d entities" % (name, len(drawn), len(kb.entities)))
    by_id = {}
    for iri, entity in kb.entities.items():
        ident = kb.display_id(iri)
        by_id[ident] = entity
        check(ident in drawn, "%s: no node %r" % (name, ident))
        got = unescape(drawn[ident]["label"])
        check(got == expected_label(entity, labels), "%s: %r label %r, want %r" % (name, ident, got, expected_label(entity, labels)))
        tip = unescape_tooltip(drawn[ident]["tooltip"])
        check(tip.startswith(expected_tooltip_head(entity, iri, labels)), "%s: tooltip of %r: %r" % (name, ident, tip[:200]))
        check(unescape(drawn[ident]["URL"]) == iri, "%s: URL of %r" % (name, ident))
    edges = j.get("edges", [])
    for e in edges:  # the URL of an edge is its property's IRI
        e["_predicate_label"] = term_label(labels, unescape(e["URL"]))
    got = collections.Counter((nodes[e["tail"]]["name"], nodes[e["head"]]["name"], unescape(e["label"])) for e in edges)
    want = collections.Counter((kb.display_id(r["from"]), kb.display_id(r["to"]), wrap(term_label(labels, r["predicate"])))
                               for r in kb.relations)
    check(got == want, "%s: edges differ:\n  extra %s\n  missing %s" % (name, got - want, want - got))
    for e in edges:
        subject = by_id[nodes[e["tail"]]["name"]]["name"].replace("\r\n", "\n").replace("\r", "\n")
        rel = unescape_tooltip(e["tooltip"])
        check(rel.startswith(subject + " " + e["_predicate_label"] + " "), "%s: edge tooltip %r" % (name, rel[:80]))
    classes_of = lambda node: [term_label(labels, c) for c in by_id[node["name"]]["classes"]]  # noqa: E731
    check_legend(j, drawn, edges, classes_of, name)

    # Merged (the default): one edge per (subject, object, style, colour), labelled
    # with the relations' labels; the same legend.
    merged_out = os.path.join(out_dir, name + "-merged.dot")
    r = run([kgforge, "export", *paths, "--to", "dot", "-o", merged_out, *extra])
    check(r.returncode == 0, "export %s failed: %s" % (name, r.stderr.decode()))
    mj, mnodes = graphviz_json(merged_out, name + "-merged")
    groups = collections.defaultdict(list)
    for e in edges:
        groups[(nodes[e["tail"]]["name"], nodes[e["head"]]["name"], e.get("style"), e.get("color"))].append(
            e["_predicate_label"])
    want = collections.Counter((k, wrap(merged_label(v))) for k, v in groups.items())
    got = collections.Counter(((mnodes[e["tail"]]["name"], mnodes[e["head"]]["name"], e.get("style"), e.get("color")),
                               unescape(e["label"])) for e in mj.get("edges", []))
    check(got == want, "%s: merged edges differ:\n  extra %s\n  missing %s" % (name, got - want, want - got))
    check(legend_rows(mj, name) == legend_rows(j, name), "%s: merging changed the legend" % name)
    return j


def main():
    kgforge, source, _ = env()
    labels = ontology_labels(source)
    with tempfile.TemporaryDirectory() as tmp:
        for paths, name in ((hostile_paths(source), "hostile"), (ceop_paths(source), "ceop")):
            check_kb(kgforge, paths, tmp, name, labels)
            j = check_kb(kgforge, paths, tmp, name + "-cluster", labels, ("--cluster", "--rankdir", "TB"))
            print("ok: %s: read by dot -Tcanon without a warning; ids, labels, tooltips, edges (one per relation and "
                  "merged) and legend match (also with --cluster: %d clusters)"
                  % (name, sum(o["name"].startswith("cluster") for o in j["objects"][: j.get("_subgraph_cnt", 0)])))
        # Clusters: a unit sits in the cluster of the organisation it is part of.
        j = check_kb(kgforge, hostile_paths(source), tmp, "hostile-cluster", labels, ("--cluster",))
        clusters = {s["label"]: {j["objects"][g]["name"] for g in s.get("nodes", [])}
                    for s in j["objects"][: j["_subgraph_cnt"]] if s["name"].startswith("cluster")}
        check({"subgraph", "SubGraph", "SUBGRAPH", "ex%3ACEOP", "node"} <= clusters.get("node", set()),
              "cluster of 'node': %r" % clusters.get("node"))
        check(clusters.get("SubGraph") == {"SubGraph", "SUBGRAPH"}, "nested cluster: %r" % clusters.get("SubGraph"))


if __name__ == "__main__":
    main()
