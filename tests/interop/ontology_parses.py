# SPDX-License-Identifier: MIT
"""The bundled ontology parses with rapper and rdflib; it has well over 25 classes and 30
properties, each labelled and commented, with NCName-ending IRIs; `kgforge ontology --to ttl`
writes the same graph; and a SPARQL query written with schema.org / W3C ORG / FOAF / PROV /
Dublin Core terms finds kgforge data once the ontology is loaded beside it."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, finish, echo_failures  # noqa: E402

require("py:rdflib", "cmd:rapper")

import rdflib
from rdflib import RDF, RDFS, OWL, Namespace, URIRef
from rdflib.compare import isomorphic

KGF = Namespace("https://w3id.org/kgforge/ns#")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
source = os.path.join(os.environ["KGFORGE_SOURCE_DIR"], "ontology", "kgforge.ttl")
kgforge = os.environ["KGFORGE"]
echo_failures()

# 1. rapper parses it (counting triples) and so does rdflib, to the same count.
out = subprocess.run(["rapper", "-i", "turtle", "-c", source], capture_output=True, text=True)
check(out.returncode == 0, "rapper rejects ontology/kgforge.ttl: " + out.stderr)
rapper_count = int(out.stderr.strip().split("returned ")[1].split()[0])
g = rdflib.Graph()
g.parse(source, format="turtle")
check(len(g) == rapper_count, f"rdflib reads {len(g)} triples, rapper {rapper_count}")

# 2. Size, labels, comments, NCName local parts, domain/range on properties.
classes = {c for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(str(KGF))}
props = {p for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in g.subjects(RDF.type, t)
         if str(p).startswith(str(KGF))}
check(len(classes) > 25, f"only {len(classes)} classes")
check(len(props) > 30, f"only {len(props)} object/datatype properties")
for term in classes | props:
    check(g.value(term, RDFS.label) is not None, f"{term} has no rdfs:label")
    check(g.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment")
for p in props:
    local = str(p)[len(str(KGF)):]
    check(local[:1].isalpha() and all(c.isalnum() or c in "_-." for c in local), f"{p} does not end in an NCName")
    check(g.value(p, RDFS.range) is not None, f"{p} has no rdfs:range")


def outside_ancestors(term):
    """Outside-vocabulary terms reached through rdfs:subClassOf / subPropertyOf / equivalence."""
    seen, todo, found = set(), [term], set()
    while todo:
        t = todo.pop()
        if t in seen:
            continue
        seen.add(t)
        for p in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty):
            for o in g.objects(t, p):
                if isinstance(o, URIRef) and not str(o).startswith(str(KGF)):
                    found.add(o)
                elif isinstance(o, URIRef):
                    todo.append(o)
    return found


direct = [t for t in classes | props if any(not str(o).startswith(str(KGF)) for o in
          list(g.objects(t, RDFS.subClassOf)) + list(g.objects(t, RDFS.subPropertyOf)) +
          list(g.objects(t, OWL.equivalentClass)))]
aligned = [t for t in classes | props if outside_ancestors(t)]
print(f"{len(classes)} classes, {len(props)} properties; {len(direct)} aligned directly, "
      f"{len(aligned)} directly or through a kgforge super term")
check(len(aligned) > (len(classes) + len(props)) // 2, f"only {len(aligned)} terms aligned to an outside vocabulary")
check(len(direct) > (len(classes) + len(props)) // 3, f"only {len(direct)} terms aligned directly")
for q in ("since", "until", "date", "source", "role", "note"):
    check((KGF[q], RDF.type, None) in g, f"qualifier property kgf:{q} is missing")

# 3. `kgforge ontology --to ttl` is the same graph.
out = subprocess.run([kgforge, "ontology", "--to", "ttl"], capture_output=True, text=True)
check(out.returncode == 0, "kgforge ontology --to ttl failed: " + out.stderr)
written = rdflib.Graph()
written.parse(data=out.stdout, format="turtle")
check(isomorphic(g, written), f"kgforge ontology --to ttl differs from the source ({len(written)} vs {len(g)} triples)")

# 4. Outside vocabularies find kgforge data: with property paths (no reasoner) and after an
#    RDFS closure (what a store with RDFS inference does).
data = """
@prefix kgf: <https://w3id.org/kgforge/ns#> .
@prefix ex: <https://example.org/kb/> .
ex:ceop a kgf:Command ; kgf:partOf ex:nca ; kgf:fundedBy ex:home-office ; kgf:foundingDate "2006-04"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .
ex:nca a kgf:LawEnforcementAgency .
ex:home-office a kgf:GovernmentDepartment .
ex:gwynne a kgf:Person ; kgf:headOf ex:ceop .
ex:article a kgf:SourceDocument .
ex:ceop kgf:source ex:article .
"""
kb = rdflib.Graph()
kb.parse(data=data, format="turtle")
both = kb + g
paths = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x WHERE { ?x a/rdfs:subClassOf* <%s> }"""
prop_paths = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?o WHERE { ?p rdfs:subPropertyOf* <%s> . ?s ?p ?o }"""
ex = "https://example.org/kb/"
for cls, expected in [(SCHEMA.Organization, {"ceop", "nca", "home-office"}),
                      (ORG.Organization, {"ceop", "nca", "home-office"}),
                      (ORG.OrganizationalUnit, {"ceop"}),
                      (SCHEMA.GovernmentOrganization, {"nca", "home-office"}),
                      (URIRef("http://xmlns.com/foaf/0.1/Person"), {"gwynne"}),
                      (URIRef("http://www.w3.org/ns/prov#Agent"), {"ceop", "nca", "home-office", "gwynne"}),
                      (SCHEMA.CreativeWork, {"article"})]:
    found = {str(r.x)[len(ex):] for r in both.query(paths % cls)}
    check(found == expected, f"{cls}: found {sorted(found)}, expected {sorted(expected)}")
for prop, expected in [(ORG.subOrganizationOf, {("ceop", "nca")}), (SCHEMA.parentOrganization, {("ceop", "nca")}),
                       (SCHEMA.funder, {("ceop", "home-office")}), (ORG.headOf, {("gwynne", "ceop")}),
                       (URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), {("ceop", "article")}),
                       (URIRef("http://purl.org/dc/terms/source"), {("ceop", "article")})]:
    found = {(str(r.s)[len(ex):], str(r.o)[len(ex):]) for r in both.query(prop_paths % prop)}
    check(found == expected, f"{prop}: found {sorted(found)}, expected {sorted(expected)}")


def rdfs_closure(graph):
    """RDFS rules 5, 7, 9 and 11 (sub-property and sub-class), to a fixpoint."""
    while True:
        before = len(graph)
        for p, q in list(graph.subject_objects(RDFS.subPropertyOf)):
            for s, o in list(graph.subject_objects(p)):
                graph.add((s, q, o))
        for c, d in list(graph.subject_objects(RDFS.subClassOf)):
            for x in list(graph.subjects(RDF.type, c)):
                graph.add((x, RDF.type, d))
        if len(graph) == before:
            return graph


closed = rdfs_closure(kb + g)
q = """PREFIX schema: <http://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?unit ?parent WHERE { ?unit a org:OrganizationalUnit ; schema:parentOrganization ?parent .
                             ?parent a schema:GovernmentOrganization }"""
rows = {(str(r.unit)[len(ex):], str(r.parent)[len(ex):]) for r in closed.query(q)}
check(rows == {("ceop", "nca")}, f"schema.org/ORG query after RDFS inference found {rows}")

sys.exit(finish("ok"))
