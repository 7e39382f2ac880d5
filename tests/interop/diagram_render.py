#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`kgforge render` gives valid files: SVG that parses as XML with one node group
per entity drawn, whose text is the label and whose link is the IRI; with dot, neato
and sfdp the legend is the graph's label, drawn outside the graph (no node inside
its frame) and reading exactly as the DOT legend that diagram_dot.py checks; PNG and PDF with their signatures and sensible
sizes; the layout engine used is named on stderr; `kgforge build` writes
out/ceop.graphml, out/ceop.dot and out/ceop.svg."""
import os
import re
import struct
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402

require("py:yaml", "py:rdflib", "cmd:dot")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import Kb, check, env, hostile_paths, ceop_paths, ontology_labels, run  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import diagram_dot  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def render(kgforge, paths, out, *extra):
    r = run([kgforge, "render", *paths, "-o", out, *extra])
    check(r.returncode == 0, "render %s: %s" % (out, r.stderr.decode()))
    check(b"note: laid out with " in r.stderr, "render did not say which layout: %r" % r.stderr)
    with open(out, "rb") as f:
        return f.read(), r.stderr.decode()


def check_svg(data, kb, name, labels=None):
    """One node group per entity, titled with its display id; with `labels`, its
    text lines are exactly the label's lines and its link is its IRI."""
    root = ET.fromstring(data)
    check(root.tag == SVG + "svg", "%s: root is %s" % (name, root.tag))
    groups = [g for g in root.iter(SVG + "g") if g.get("class") == "node"]
    by_title = {g.find(SVG + "title").text: g for g in groups}
    check(len(groups) == len(kb.entities) == len(by_title), "%s: %d node groups, %d entities" % (name, len(groups), len(kb.entities)))
    for iri, entity in kb.entities.items():
        g = by_title.get(kb.display_id(iri))
        check(g is not None, "%s: no node %s in the SVG" % (name, kb.display_id(iri)))
        if labels is None:
            continue
        # Graphviz draws no <text> for an empty line.
        lines = [t.text or "" for t in g.iter(SVG + "text")]
        want = [svg_text(line) for line in diagram_dot.expected_label(entity, labels).split("\n") if line]
        check(lines == want, "%s: node %r draws %r, want %r" % (name, kb.display_id(iri), lines, want))
        link = g.find(".//" + SVG + "a")
        check(link is not None and link.get(XLINK + "href") == iri, "%s: node %r links to %r" % (name, iri, link is not None and link.get(XLINK + "href")))
        tip = link.get(XLINK + "title")
        want_tip = svg_attribute(diagram_dot.expected_tooltip_head(entity, iri, labels))
        check(tip.startswith(want_tip), "%s: node %r tooltip %r, want %r..." % (name, iri, tip[:200], want_tip))
    return root


def svg_text(text):
    """`text` as Graphviz 2.43 writes it into SVG: a space after a space as &#160; (U+00A0)."""
    return re.sub(r"(?<= ) ", "\u00a0", text)


def svg_attribute(text):
    """... and in an attribute, a tab written raw, which XML reads as a space."""
    return svg_text(text).replace("\t", " ")


def box(element):
    """The bounding box of a path or polygon's points."""
    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", element.get("d") or element.get("points"))]
    xs, ys = nums[0::2], nums[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def check_legend_svg(root, legend_lines, name):
    """The legend is drawn as the graph's label: its lines, in order, are the text
    directly inside the graph group, and no node is drawn inside its frame."""
    graph = next(g for g in root.iter(SVG + "g") if g.get("class") == "graph")
    lines = [t.text or "" for t in graph.findall(SVG + "text")]
    check(lines == legend_lines, "%s: the legend reads %r, want %r" % (name, lines, legend_lines))
    frame = [box(p) for p in graph.findall(SVG + "path") if p.get("stroke") == "#999999"]
    check(len(frame) == 1, "%s: %d legend frames" % (name, len(frame)))
    x0, y0, x1, y1 = frame[0]
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        for t in g.iter(SVG + "text"):
            x, y = float(t.get("x")), float(t.get("y"))
            check(not (x0 <= x <= x1 and y0 <= y <= y1), "%s: node %r is drawn inside the legend" % (name, g.find(SVG + "title").text))


def legend_lines(kgforge, paths, tmp):
    """What the legend of `export --to dot` says, line by line (diagram_dot checks it
    lists exactly what is drawn)."""
    out = os.path.join(tmp, "legend.dot")
    r = run([kgforge, "export", *paths, "--to", "dot", "-o", out])
    check(r.returncode == 0, "export: %s" % r.stderr.decode())
    j, _ = diagram_dot.graphviz_json(out, "legend")
    lines = ["Legend"]
    for kind, look, names in diagram_dot.legend_rows(j, "legend"):
        lines += ([look[0]] if kind == "node" else []) + names.split("\n")
    return lines


def check_png(data, name):
    check(data[:8] == b"\x89PNG\r\n\x1a\n", name + ": no PNG signature")
    width, height = struct.unpack(">II", data[16:24])
    check(100 <= width <= 20000 and 100 <= height <= 20000, "%s: %dx%d" % (name, width, height))
    check(len(data) > 5000, "%s: %d bytes" % (name, len(data)))
    check(data.endswith(b"IEND\xaeB`\x82"), name + ": PNG does not end with IEND")


def check_pdf(data, name):
    check(data.startswith(b"%PDF-1."), name + ": no PDF header")
    check(b"%%EOF" in data[-64:], name + ": no %%EOF")
    check(len(data) > 5000, "%s: %d bytes" % (name, len(data)))


def main():
    kgforge, source, _ = env()
    labels = ontology_labels(source)
    with tempfile.TemporaryDirectory() as tmp:
        for paths, name in ((hostile_paths(source), "hostile"), (ceop_paths(source), "ceop")):
            kb = Kb(paths)
            svg, note = render(kgforge, paths, os.path.join(tmp, name + ".svg"))
            check_svg(svg, kb, name, labels)
            legend = legend_lines(kgforge, paths, tmp)
            for engine in ("dot", "neato", "sfdp"):
                svg, _ = render(kgforge, paths, os.path.join(tmp, name + "-" + engine + ".svg"), "--layout", engine)
                check_legend_svg(check_svg(svg, kb, name + " (" + engine + ")", labels), legend, name + " (" + engine + ")")
            print("ok: %s: with dot, neato and sfdp the legend (%d lines) is drawn outside the graph and lists what "
                  "is drawn" % (name, len(legend)))
            check_png(render(kgforge, paths, os.path.join(tmp, name + ".png"))[0], name)
            check_pdf(render(kgforge, paths, os.path.join(tmp, name + ".pdf"))[0], name)
            svg, _ = render(kgforge, paths, os.path.join(tmp, name + "-sfdp.svg"), "--layout", "sfdp", "--cluster")
            check_svg(svg, kb, name + " (sfdp)")
            print("ok: %s: SVG, PNG and PDF valid; %s" % (name, note.strip().splitlines()[-1]))
        r = run([kgforge, "build", "-o", os.path.join(tmp, "out")], cwd=tmp)
        check(r.returncode == 0, "build: %s" % r.stderr.decode())
        for ext in ("graphml", "dot", "svg"):
            path = os.path.join(tmp, "out", "ceop." + ext)
            check(os.path.getsize(path) > 500, "build wrote no " + path)
        ET.parse(os.path.join(tmp, "out", "ceop.svg"))
        print("ok: kgforge build wrote out/ceop.graphml, out/ceop.dot and out/ceop.svg")


if __name__ == "__main__":
    main()
