#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""`kgforge export --to jsonld` read by three independent JSON-LD readers (issue 15):
rdflib's JSON-LD parser, pyld's to_rdf and Oxigraph's application/ld+json loader must
each give a graph isomorphic to the Turtle export (rdflib.compare), for the CEOP KB
(also with --entail, where schema.org terms are bare names) and for the hostile KB
(quotes, newlines, emoji, blank nodes). The readers are first checked on a few W3C
JSON-LD toRdf cases (tests/data/jsonld-toRdf/). The JSON is also checked to be compacted:
schema.org terms bare ("name"), kgforge's as compact IRIs ("kgf:partOf").
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, failures, finish, kgforge, echo_failures  # noqa: E402

require("py:rdflib", "py:pyld", "cmd:node", "node:oxigraph")

import rdflib  # noqa: E402
from rdflib.compare import isomorphic, to_isomorphic, graph_diff  # noqa: E402
from pyld import jsonld  # noqa: E402

SOURCE = os.environ.get("KGFORGE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.join(SOURCE, "tests", "interop")
CASES = os.path.join(SOURCE, "tests", "data", "jsonld-toRdf")
W3C_BASE = "https://w3c.github.io/json-ld-api/tests/toRdf/"


def no_remote(url, options=None):
    raise jsonld.JsonLdError("no remote documents in tests", "loading document failed", {"url": url})


def pyld_graph(doc, base=None):
    """pyld's to_rdf dataset, its terms taken as they are (not through pyld's N-Quads
    text, whose escaping of a backslash before a letter rdflib reads differently)."""
    options = {"documentLoader": no_remote}
    if base:
        options["base"] = base
    dataset = jsonld.to_rdf(doc, options)
    def node(t):
        if t["type"] == "IRI":
            return rdflib.URIRef(t["value"])
        if t["type"] == "blank node":
            return rdflib.BNode(t["value"][2:])
        if t.get("language"):
            return rdflib.Literal(t["value"], lang=t["language"])
        datatype = t.get("datatype")
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            datatype = None
        return rdflib.Literal(t["value"], datatype=datatype)
    g = rdflib.Graph()
    for name, triples in dataset.items():
        for t in triples:
            g.add((node(t["subject"]), node(t["predicate"]), node(t["object"])))
    return g


def rdflib_graph(path, base=None):
    return rdflib.Graph().parse(path, format="json-ld", publicID=base)


def oxigraph_graph(path, out_dir, media="application/ld+json"):
    script = os.path.join(out_dir, "dump.mjs")
    with open(script, "w") as f:
        f.write('import { createRequire } from "node:module";\nimport { readFileSync } from "node:fs";\n'
                'const require = createRequire(process.argv[2] + "/");\nconst ox = require("oxigraph");\n'
                'const s = new ox.Store();\n'
                's.load(readFileSync(process.argv[3], "utf8"), { format: process.argv[4] });\n'
                'process.stdout.write(s.dump({ format: "application/n-quads" }));\n')
    r = subprocess.run(["node", script, HERE, path, media], capture_output=True, text=True, cwd=HERE)
    check(r.returncode == 0, f"Oxigraph cannot load {path}: {r.stderr[-1000:]}")
    return rdflib.Graph().parse(data=r.stdout, format="nt")


def same(label, got, want):
    ok = isomorphic(got, want)
    if not ok:
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        print(f"  {label}: only in the reader's graph: {sorted(only_got)[:3]}; only in Turtle: {sorted(only_want)[:3]}")
    check(ok, f"{label}: {len(got)} triples, not isomorphic to the {len(want)} of the Turtle export")


def main():
    echo_failures()  # each failure as it is found
    out_dir = tempfile.mkdtemp(prefix="rdf-jsonld-", dir=os.environ.get("KGFORGE_BUILD_DIR"))
    # The readers on the W3C cases first.
    cases = sorted(f[:-len("-in.jsonld")] for f in os.listdir(CASES) if f.endswith("-in.jsonld"))
    check(len(cases) >= 10, f"only {len(cases)} W3C cases in {CASES}")
    for case in cases:
        path = os.path.join(CASES, case + "-in.jsonld")
        base = W3C_BASE + case + "-in.jsonld"
        want = rdflib.Graph().parse(os.path.join(CASES, case + "-out.nq"), format="nt")
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        same(f"W3C toRdf {case}, pyld", pyld_graph(doc, base), want)
        same(f"W3C toRdf {case}, rdflib", rdflib_graph(path, base), want)
    print(f"W3C toRdf: {len(cases)} cases through pyld and rdflib")

    kbs = [("ceop", os.path.join(SOURCE, "examples", "ceop", "ceop.yaml"), []),
           ("ceop-entail", os.path.join(SOURCE, "examples", "ceop", "ceop.yaml"), ["--entail"]),
           ("hostile", os.path.join(SOURCE, "tests", "data", "hostile_diagram.yaml"), [])]
    for name, kb, extra in kbs:
        ttl, js = os.path.join(out_dir, name + ".ttl"), os.path.join(out_dir, name + ".jsonld")
        for path, fmt in ((ttl, "turtle"), (js, "jsonld")):
            r = kgforge("export", "-q", kb, "--to", fmt, "-o", path, *extra)
            check(r.returncode == 0, f"kgforge export {name} --to {fmt}: rc={r.returncode} {r.stderr}")
        want = rdflib.Graph().parse(ttl, format="turtle")
        with open(js, encoding="utf-8") as f:
            doc = json.load(f)
        check(doc["@context"].get("@vocab") == "http://schema.org/", f"{name}: @vocab is not schema.org")
        nodes = doc["@graph"]
        check(any("name" in n for n in nodes), f"{name}: no bare schema.org 'name' key")
        if name.startswith("ceop"):
            check(any("kgf:partOf" in n for n in nodes), f"{name}: no compact 'kgf:partOf' key")
        if name == "ceop-entail":
            check(any("funder" in n for n in nodes), f"{name}: no bare 'funder' key from --entail")
        same(f"{name}, rdflib", rdflib_graph(js), want)
        same(f"{name}, pyld", pyld_graph(doc), want)
        # Oxigraph writes typed literals in canonical form: compare with its own reading of the Turtle.
        same(f"{name}, Oxigraph", oxigraph_graph(js, out_dir), oxigraph_graph(ttl, out_dir, "text/turtle"))
        print(f"{name}: {len(want)} triples; rdflib, pyld and Oxigraph agree with Turtle")
    if not failures:
        shutil.rmtree(out_dir)
    return finish("rdf_jsonld_test: ok", kept=out_dir)


if __name__ == "__main__":
    sys.exit(main())
