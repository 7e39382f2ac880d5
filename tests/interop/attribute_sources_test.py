#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Attribute-level provenance (issue 15): an attribute value's own `source:` in the CEOP KB
(`foundingDate: {value: 2006-04, source: article#lead}`), exported and asked back.

- Oxigraph (npm `oxigraph`) answers "which section says CEOP's founding date" three ways:
  through the rdf:Statement of the Turtle export, through `GRAPH ?g { }` on the N-Quads
  export (and TriG), and through `<< s p o >>` on the `--qualifiers star` export; each gives
  the section the YAML cites, and only that one (not the entity's other section).
- For every attribute value of the KB with a source of its own, the (entity, property,
  value, section) rows are the same from the YAML, from Oxigraph over each of the three
  forms, from rdflib's reading of the Turtle and N-Quads exports, and from serdi's reading
  of the N-Quads (each compared exactly; numbers by value, as Oxigraph canonicalises them).
- An attribute value without a source of its own is not reified and stays in the entity's
  sections' graphs.
"""
import os
import shutil
import sys
import tempfile
from decimal import Decimal

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from kgforge_require import require  # noqa: E402
from diagram_source import check, run  # noqa: E402
import oxigraph  # noqa: E402

require("py:yaml", "py:rdflib", "cmd:node", "node:oxigraph", "cmd:serdi")

import rdflib  # noqa: E402
import yaml  # noqa: E402

KGFORGE = os.environ.get("KGFORGE", "kgforge")
SOURCE = os.environ.get("KGFORGE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
KGF = "https://w3id.org/kgforge/ns#"

PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kgf: <https://w3id.org/kgforge/ns#>
"""

FOUNDING = {
    "reified": """SELECT ?d ?title WHERE { ?st a rdf:Statement ; rdf:subject <{ceop}> ;
        rdf:predicate kgf:foundingDate ; rdf:object ?d ; kgf:source ?g . ?g dcterms:title ?title }""",
    "graph": "SELECT ?d ?title WHERE { GRAPH ?g { <{ceop}> kgf:foundingDate ?d } ?g dcterms:title ?title }",
    "star": "SELECT ?d ?title WHERE { << <{ceop}> kgf:foundingDate ?d >> kgf:source ?g . ?g dcterms:title ?title }",
}
ROWS = {
    "reified": """SELECT ?s ?p ?o ?g WHERE { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ;
        rdf:object ?o ; kgf:source ?g . FILTER(isLiteral(?o)) }""",
    # Every literal triple in a named graph: a sourced value's graphs must be its sections.
    "graph": "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isLiteral(?o)) }",
    "star": "SELECT ?s ?p ?o ?g WHERE { << ?s ?p ?o >> kgf:source ?g . FILTER(isLiteral(?o)) }",
}


def export(kb, path, *options):
    r = run([KGFORGE, "export", kb, "-o", path, *options], text=True)
    check(r.returncode == 0, f"kgforge export {' '.join(options)}: rc={r.returncode} {r.stderr}")


def value_key(lexical):
    """A literal's value for exact comparison: numbers by value (Oxigraph canonicalises
    "6000000.0"^^xsd:decimal to "6000000"), anything else by its text."""
    try:
        return str(Decimal(lexical).normalize())
    except Exception:
        return lexical


def expected(kb):
    """(entity IRI, property IRI, value, section IRI) of every value with its own source."""
    base = kb["base"]
    out = set()
    as_list = lambda v: v if isinstance(v, list) else [v]
    for e in kb["entities"]:
        for key, values in (e.get("attributes") or {}).items():
            for v in as_list(values):
                if not isinstance(v, dict) or "source" not in v:
                    continue
                for ref in as_list(v["source"]):
                    doc, _, section = ref.partition("#")
                    out.add((base + e["id"], KGF + key, value_key(str(v["value"])), base + doc + ("/" + section if section else "")))
    return out


def json_rows(results, name):
    return {(r["s"]["value"], r["p"]["value"], value_key(r["o"]["value"]), r["g"]["value"]) for r in results.get(name, [])}


def rdflib_reified(graph):
    out = set()
    for st in graph.subjects(rdflib.RDF.type, rdflib.RDF.Statement):
        o = graph.value(st, rdflib.RDF.object)
        if not isinstance(o, rdflib.Literal):
            continue
        s, p = graph.value(st, rdflib.RDF.subject), graph.value(st, rdflib.RDF.predicate)
        for g in graph.objects(st, rdflib.URIRef(KGF + "source")):
            out.add((str(s), str(p), value_key(str(o)), str(g)))
    return out


def quads_rows(ds):
    """(s, p, value, graph) of the literal quads in named graphs."""
    out = set()
    for s, p, o, c in ds.quads((None, None, None, None)):
        if c is not None and isinstance(o, rdflib.Literal) and str(c.identifier).startswith("http"):
            out.add((str(s), str(p), value_key(str(o)), str(c.identifier)))
    return out


def in_graphs(quad_rows, want_rows):
    """The rows of `quad_rows` about the values of `want_rows`: a sourced value must be in
    the graphs of its sections and in no other (not in the entity's other sections')."""
    values = {r[:3] for r in want_rows}
    return {r for r in quad_rows if r[:3] in values}


def main():
    kb_path = os.path.join(SOURCE, "examples", "ceop", "ceop.yaml")
    with open(kb_path, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    base = kb["base"]
    ceop = base + "ceop"
    entities = {e["id"]: e for e in kb["entities"]}
    founding = entities["ceop"]["attributes"]["foundingDate"]
    check(isinstance(founding, dict) and "source" in founding, f"CEOP's founding date has no source of its own: {founding}")
    titles = {src["id"] + "#" + s["id"]: s["title"] for src in kb["sources"] for s in src.get("sections") or []}
    want_founding = {(str(founding["value"]), titles[founding["source"]])}
    want_rows = expected(kb)
    check(len(want_rows) >= 3, f"the KB has too few sourced values: {want_rows}")
    entity_sections = {titles[s] for s in entities["ceop"]["source"]}
    check(len(entity_sections - {t for _, t in want_founding}) >= 1, "the founding date should cite fewer sections than CEOP")

    out_dir = tempfile.mkdtemp(prefix="attribute-sources-", dir=os.environ.get("KGFORGE_BUILD_DIR"))
    ttl, nq, trig, star = (os.path.join(out_dir, n) for n in ("ceop.ttl", "ceop.nq", "ceop.trig", "ceop-star.ttl"))
    export(kb_path, ttl, "--to", "turtle")
    export(kb_path, nq, "--to", "nquads")
    export(kb_path, trig, "--to", "trig")
    export(kb_path, star, "--to", "turtle", "--qualifiers", "star")

    forms = {"reified": [ttl], "graph": [nq], "star": [star]}
    for form, files in list(forms.items()) + [("graph", [trig])]:
        results, problem = oxigraph.run_queries({"founding": FOUNDING[form], "rows": ROWS[form]}, files, out_dir,
                                                PREFIXES, {"ceop": ceop})
        check(problem is None, problem)
        label = f"Oxigraph {form} {os.path.basename(files[0])}"
        got = {(r["d"]["value"], r["title"]["value"]) for r in results.get("founding", [])}
        print(f"{label}: founding date said in {sorted(got)}")
        check(got == want_founding, f"{label}: CEOP's founding date said in {got}, want {want_founding}")
        rows = json_rows(results, "rows")
        if form == "graph":
            rows = in_graphs(rows, want_rows)
        check(rows == want_rows, f"{label}: sourced values differ from the KB's: {sorted(rows ^ want_rows)[:4]}")

    # rdflib and serdi.
    g = rdflib.Graph().parse(ttl, format="turtle")
    rows = rdflib_reified(g)
    check(rows == want_rows, f"rdflib ceop.ttl: {sorted(rows ^ want_rows)[:4]}")
    ds = rdflib.ConjunctiveGraph()
    ds.parse(nq, format="nquads")
    check(rdflib_reified(ds) == want_rows, "rdflib ceop.nq: the statements differ from the KB")
    got = in_graphs(quads_rows(ds), want_rows)
    check(got == want_rows, f"rdflib ceop.nq graphs: {sorted(got ^ want_rows)[:4]}")
    r = run(["serdi", "-i", "nquads", "-o", "nquads", nq], text=True)
    check(r.returncode == 0, f"serdi ceop.nq: {r.stderr[-300:]}")
    serd = rdflib.ConjunctiveGraph()
    serd.parse(data=r.stdout, format="nquads")
    got = in_graphs(quads_rows(serd), want_rows)
    check(got == want_rows, f"serdi ceop.nq graphs: {sorted(got ^ want_rows)[:4]}")

    # A value without a source of its own: not reified, in the entity's graphs.
    currency = entities["budget-2012-13"]["attributes"]["currency"]
    check(isinstance(currency, str), "budget-2012-13's currency should have no source of its own")
    reified = {st for st in g.subjects(rdflib.RDF.object, rdflib.Literal(currency))}
    check(not reified, f"the currency {currency!r} was reified: {reified}")
    graphs = {str(c.identifier) for s, p, o, c in ds.quads((rdflib.URIRef(base + "budget-2012-13"), rdflib.URIRef(KGF + "currency"), None, None))}
    check(graphs == {base + "article/budget"}, f"the currency is in graphs {graphs}")

    shutil.rmtree(out_dir)  # kept when a check fails (check() exits)
    print(f"attribute_sources_test: ok ({len(want_rows)} sourced values)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
