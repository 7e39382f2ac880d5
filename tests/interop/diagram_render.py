#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`kgforge render` gives valid files: SVG that parses as XML with one node group
per entity drawn (plus the legend), PNG and PDF with their signatures and sensible
sizes; the layout engine used is named on stderr; `kgforge build` writes
out/ceop.graphml, out/ceop.dot and out/ceop.svg."""
import os
import struct
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402

require("py:yaml")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import Kb, check, env, hostile_paths, ceop_paths, run  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"


def render(kgforge, paths, out, *extra):
    r = run([kgforge, "render", *paths, "-o", out, *extra])
    check(r.returncode == 0, "render %s: %s" % (out, r.stderr.decode()))
    check(b"note: laid out with " in r.stderr, "render did not say which layout: %r" % r.stderr)
    with open(out, "rb") as f:
        return f.read(), r.stderr.decode()


def check_svg(data, kb, name):
    root = ET.fromstring(data)
    check(root.tag == SVG + "svg", "%s: root is %s" % (name, root.tag))
    groups = [g for g in root.iter(SVG + "g") if g.get("class") == "node"]
    titles = {g.find(SVG + "title").text for g in groups}
    for iri in kb.entities:
        check(kb.display_id(iri) in titles, "%s: no node %s in the SVG" % (name, kb.display_id(iri)))
    legend = [t for t in titles if t.startswith("legend ")]
    check(legend and len(groups) == len(kb.entities) + len(legend), "%s: %d node groups" % (name, len(groups)))


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
    with tempfile.TemporaryDirectory() as tmp:
        for paths, name in ((hostile_paths(source), "hostile"), (ceop_paths(source), "ceop")):
            kb = Kb(paths)
            svg, note = render(kgforge, paths, os.path.join(tmp, name + ".svg"))
            check_svg(svg, kb, name)
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
