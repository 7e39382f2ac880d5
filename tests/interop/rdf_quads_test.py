#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Named graphs (`--to nquads`, `--to trig`) and RDF-star qualifiers (`--qualifiers star`)
of the CEOP KB, read by Oxigraph (npm `oxigraph`), rdflib and serdi (issue 15).

- N-Quads and TriG: one named graph per source section; `GRAPH ?g { ... }` queries in
  Oxigraph answer "which section says so" as the YAML says, and the graphs are described
  (title, document) in the default graph. rdflib and serdi read both files and give the
  same set of quads as each other and as Oxigraph; the triples of all graphs together
  are the Turtle export's triples, exactly.
- RDF-star: the Turtle export with `--qualifiers star` loaded into Oxigraph answers a date
  through `<< s p o >>`, and the (subject, predicate, object, qualifier, value) rows it
  gives are exactly those of the reified export's rdf:Statements, with as many
  annotations (reifiers) as statements; the asserted triples are the same too.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, failures, finish, kgforge, echo_failures  # noqa: E402
import oxigraph  # noqa: E402

require("py:yaml", "py:rdflib", "cmd:node", "node:oxigraph", "cmd:serdi")

import rdflib  # noqa: E402
import yaml  # noqa: E402

SOURCE = os.environ.get("KGFORGE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.join(SOURCE, "tests", "interop")
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kgf: <https://w3id.org/kgforge/ns#>
"""

GRAPH_QUERIES = {
    # Which section says CEOP is part of the NCA?
    "part_of": "SELECT ?title WHERE { GRAPH ?g { <{ceop}> kgf:partOf <{nca}> } ?g dcterms:title ?title }",
    # Which sections describe CEOP itself?
    "described": "SELECT DISTINCT ?title WHERE { GRAPH ?g { <{ceop}> rdfs:label ?name } ?g dcterms:title ?title }",
    # Which section names each funder, and in which document?
    "funders": """SELECT ?name ?title ?doc WHERE {
        GRAPH ?g { <{ceop}> kgf:fundedBy ?f } { GRAPH ?h { ?f rdfs:label ?name } } UNION { ?f rdfs:label ?name }
        ?g dcterms:title ?title ; kgf:sectionOf ?d . ?d dcterms:title ?doc }""",
    "quads": "SELECT ?s ?p ?o ?g WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }",
}

STAR_QUERIES = {
    "since": "SELECT ?d WHERE { << <{ceop}> kgf:partOf <{nca}> >> kgf:since ?d }",
    "rows": """SELECT ?s ?p ?o ?q ?v WHERE { ?r rdf:reifies <<( ?s ?p ?o )>> ; ?q ?v . FILTER(?q != rdf:reifies) }""",
    "reifiers": "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r rdf:reifies ?t }",
    "asserted": "SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER NOT EXISTS { ?s rdf:reifies ?t } }",
}

REIFIED_QUERIES = {
    "rows": """SELECT ?s ?p ?o ?q ?v WHERE { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ;
        rdf:object ?o ; ?q ?v . FILTER(?q NOT IN (rdf:type, rdf:subject, rdf:predicate, rdf:object)) }""",
    "reifiers": "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a rdf:Statement }",
    "asserted": """SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER NOT EXISTS { ?s a rdf:Statement } }""",
}


def export(kb, path, *options):
    r = kgforge("export", kb, "-o", path, *options)
    check(r.returncode == 0, f"kgforge export {' '.join(options)}: rc={r.returncode} {r.stderr}")


def query(queries, files, out_dir, ceop, nca):
    results, problem = oxigraph.run_queries(queries, files, out_dir, PREFIXES, {"ceop": ceop, "nca": nca})
    check(problem is None, problem)
    return results


XSD = "http://www.w3.org/2001/XMLSchema#"


def lexical(value, datatype):
    """Numbers by value: Oxigraph's query results give canonical forms ("6000000" for
    "6000000.0"^^xsd:decimal), the parsers the text as written."""
    if datatype in (XSD + "decimal", XSD + "integer"):
        return str(Decimal(value).normalize())
    if datatype in (XSD + "double", XSD + "float"):
        return repr(float(value))
    return value


def term(t):
    """A JSON result term as an N-Triples-like string, for exact comparison."""
    if t is None:
        return None
    if t["type"] == "NamedNode":
        return "<%s>" % t["value"]
    if t["type"] == "BlankNode":
        return "_:"
    if t.get("language"):
        return '"%s"@%s' % (t["value"], t["language"])
    datatype = t.get("datatype") or XSD + "string"
    return '"%s"^^<%s>' % (lexical(t["value"], datatype), datatype)


def rows(results, name, variables):
    return {tuple(term(r.get(v)) for v in variables) for r in results.get(name, [])}


def rdflib_term(t):
    if isinstance(t, rdflib.URIRef):
        return "<%s>" % t
    if isinstance(t, rdflib.BNode):
        return "_:"
    if t.language:
        return '"%s"@%s' % (t, t.language)
    datatype = str(t.datatype or XSD + "string")
    return '"%s"^^<%s>' % (lexical(str(t), datatype), datatype)


def rdflib_quads(path, fmt):
    ds = rdflib.ConjunctiveGraph()
    ds.parse(path, format=fmt)
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = g.identifier if g is not None else None
        default = name is None or isinstance(name, rdflib.BNode) or str(name).startswith("file:") or str(name) == str(ds.default_context.identifier)
        out.add((rdflib_term(s), rdflib_term(p), rdflib_term(o), None if default else "<%s>" % name))
    return out


def serdi_quads(path, syntax):
    r = subprocess.run(["serdi", "-i", syntax, "-o", "nquads", path], capture_output=True, text=True)
    check(r.returncode == 0, f"serdi -i {syntax} {path}: {r.stderr[-500:]}")
    out = set()
    g = rdflib.ConjunctiveGraph()
    g.parse(data=r.stdout, format="nquads")
    for s, p, o, c in g.quads((None, None, None, None)):
        name = c.identifier if c is not None else None
        default = name is None or isinstance(name, rdflib.BNode) or str(name).startswith("file:") or str(name) == str(g.default_context.identifier)
        out.add((rdflib_term(s), rdflib_term(p), rdflib_term(o), None if default else "<%s>" % name))
    return out


def main():
    echo_failures()  # each failure as it is found
    kb_path = os.path.join(SOURCE, "examples", "ceop", "ceop.yaml")
    with open(kb_path, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    base = kb["base"]
    ceop, nca = base + "ceop", base + "nca"
    # The expected answers, from the YAML.
    sections = {}
    for src in kb["sources"]:
        for sec in src.get("sections") or []:
            sections[src["id"] + "#" + sec["id"]] = (sec["title"], src["title"])
    entities = {e["id"]: e for e in kb["entities"]}
    relations = list(kb.get("relations") or [])
    for e in kb["entities"]:
        relations += [dict(r, **{"from": e["id"]}) for r in e.get("relations") or []]
    as_list = lambda v: v if isinstance(v, list) else ([v] if v else [])
    want_part_of = {sections[s][0] for r in relations if (r["from"], r["predicate"], r["to"]) == ("ceop", "partOf", "nca")
                    for s in as_list(r.get("source"))}
    want_described = {sections[s][0] for s in as_list(entities["ceop"].get("source"))}
    want_funders = {(entities[r["to"]]["name"], sections[s][0], sections[s][1]) for r in relations
                    if r["from"] == "ceop" and r["predicate"] == "fundedBy" for s in as_list(r.get("source"))}
    check(want_part_of == {"Lead paragraph"}, f"the KB's partOf NCA should cite the lead: {want_part_of}")
    check(len(want_funders) >= 5, f"the KB lost CEOP's funders: {want_funders}")

    out_dir = tempfile.mkdtemp(prefix="rdf-quads-", dir=os.environ.get("KGFORGE_BUILD_DIR"))
    nq, trig, ttl = (os.path.join(out_dir, "ceop." + x) for x in ("nq", "trig", "ttl"))
    export(kb_path, nq, "--to", "nquads")
    export(kb_path, trig, "--to", "trig")
    export(kb_path, ttl, "--to", "turtle")

    # Named graphs in Oxigraph: GRAPH ?g answers from both files.
    quad_sets = {}
    for path in (nq, trig):
        results = query(GRAPH_QUERIES, [path], out_dir, ceop, nca)
        got_part_of = {r["title"]["value"] for r in results.get("part_of", [])}
        got_described = {r["title"]["value"] for r in results.get("described", [])}
        got_funders = {(r["name"]["value"], r["title"]["value"], r["doc"]["value"]) for r in results.get("funders", [])}
        name = os.path.basename(path)
        print(f"{name}: {results.get('triples')} quads; part_of {sorted(got_part_of)}; described {sorted(got_described)}")
        check(got_part_of == want_part_of, f"{name}: partOf NCA said in {got_part_of}, want {want_part_of}")
        check(got_described == want_described, f"{name}: CEOP described in {got_described}, want {want_described}")
        check(got_funders == want_funders, f"{name}: funders {sorted(got_funders)}, want {sorted(want_funders)}")
        quad_sets["oxigraph " + name] = rows(results, "quads", ("s", "p", "o", "g"))
    # rdflib and serdi read the same quads.
    quad_sets["rdflib ceop.nq"] = rdflib_quads(nq, "nquads")
    quad_sets["rdflib ceop.trig"] = rdflib_quads(trig, "trig")
    quad_sets["serdi ceop.nq"] = serdi_quads(nq, "nquads")
    quad_sets["serdi ceop.trig"] = serdi_quads(trig, "trig")
    reference = quad_sets["rdflib ceop.nq"]

    def loose(quads):  # Oxigraph gives typed literals in canonical form (P1Y4M as P16M): compare their datatypes
        return {tuple(t.split('"^^', 1)[1] if t and t.startswith('"') and "^^" in t and not t.endswith("#string>")
                      else t for t in q) for q in quads}
    for label in [k for k in quad_sets if k.startswith("oxigraph")]:
        check(len(quad_sets[label]) == len(reference) and loose(quad_sets.pop(label)) == loose(reference),
              f"{label}: the quads differ from rdflib's ceop.nq")
    check(len(reference) > 1000 and any(q[3] for q in reference), f"ceop.nq: {len(reference)} quads, none named?")
    for label, quads in quad_sets.items():
        check(quads == reference, f"{label}: {len(quads)} quads differ from rdflib's ceop.nq ({len(reference)}): "
              f"{sorted(quads ^ reference, key=str)[:3]}")
    turtle = {tuple(rdflib_term(x) for x in t) for t in rdflib.Graph().parse(ttl, format="turtle")}
    triples = {q[:3] for q in reference}
    check(triples == turtle, f"the quads' triples are not the Turtle export's: {sorted(triples ^ turtle, key=str)[:3]}")

    # RDF-star beside reification.
    star = os.path.join(out_dir, "ceop-star.ttl")
    export(kb_path, star, "--to", "turtle", "--qualifiers", "star")
    s = query(STAR_QUERIES, [star], out_dir, ceop, nca)
    r = query(REIFIED_QUERIES, [ttl], out_dir, ceop, nca)
    since = {x["d"]["value"] for x in s.get("since", [])}
    want_since = {str(x["since"]) for x in relations if (x["from"], x["predicate"], x["to"]) == ("ceop", "partOf", "nca")}
    check(since == want_since == {"2013-10-07"}, f"<< ceop partOf nca >> kgf:since: {since}, want {want_since}")
    star_rows, reified_rows = rows(s, "rows", "spoqv"), rows(r, "rows", "spoqv")
    print(f"star: {len(star_rows)} qualifier rows, reified: {len(reified_rows)}")
    check(len(star_rows) > 100 and star_rows == reified_rows,
          f"star and reified qualifiers differ: {sorted(star_rows ^ reified_rows, key=str)[:3]}")
    n = lambda res: int(res.get("reifiers", [{}])[0].get("n", {}).get("value", -1))
    check(n(s) == n(r) > 0, f"{n(s)} annotations for {n(r)} statements")
    check(rows(s, "asserted", "spo") == rows(r, "asserted", "spo"), "star and reified asserted triples differ")
    # Formats without RDF-star refuse it (exit 2), writing nothing.
    refused = os.path.join(out_dir, "refused.nt")
    p = kgforge("export", kb_path, "--to", "ntriples", "--qualifiers", "star", "-o", refused)
    check(p.returncode == 2 and "Turtle and TriG" in p.stderr and not os.path.exists(refused),
          f"--to ntriples --qualifiers star: rc={p.returncode} {p.stderr}")

    if not failures:
        shutil.rmtree(out_dir)
    return finish("rdf_quads_test: ok", kept=out_dir)


if __name__ == "__main__":
    sys.exit(main())
