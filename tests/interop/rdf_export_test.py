#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The RDF exports read back by the tools users use (issue 5).

For the CEOP KB and the hostile-text KB (tests/data/hostile.yaml), in Turtle, N-Triples
and RDF/XML: rapper, serdi (Turtle, N-Triples) and rdflib parse each file without
complaint and agree on the triple count; the three graphs are isomorphic; every
literal reads back equal to its value in the YAML source (loaded here with PyYAML,
independently of kgforge); the same input gives the same bytes. RDF/XML cannot carry
C0 control characters, so the hostile KB's `controls` entity is refused by validate for
every format (exit 1, no file), and the three-format comparison uses the KB without it.
"""
import datetime
import decimal
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, failures, finish, kgforge, echo_failures  # noqa: E402

require("py:rdflib", "py:yaml", "cmd:rapper", "cmd:serdi")

import rdflib
import yaml
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import mint  # noqa: E402  (docs/kb-format.md's id -> IRI rule)

SOURCE = os.environ.get("KGFORGE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
KGF = rdflib.Namespace("https://w3id.org/kgforge/ns#")
XSD = "http://www.w3.org/2001/XMLSchema#"
WELL_KNOWN = {
    "rdf": str(RDF), "rdfs": str(RDFS), "xsd": XSD, "owl": "http://www.w3.org/2002/07/owl#",
    "skos": str(SKOS), "schema": "http://schema.org/", "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/", "prov": "http://www.w3.org/ns/prov#", "dcterms": str(DCTERMS),
    "kgf": str(KGF),
}
FORMATS = {"turtle": ("ttl", "turtle", "turtle"), "ntriples": ("nt", "ntriples", "nt"), "rdfxml": ("rdf", "rdfxml", "xml")}


def export(kb, fmt, path, *extra):
    return kgforge("export", kb, "--to", fmt, "-o", path, *extra)


def rapper_count(path, syntax):
    r = subprocess.run(["rapper", "-i", syntax, "-c", path], capture_output=True, text=True)
    problems = [l for l in r.stderr.splitlines() if "Error" in l or "Warning" in l]
    check(r.returncode == 0 and not problems, f"rapper -i {syntax} {path}: rc={r.returncode} {problems[:3]}")
    for line in r.stderr.splitlines():
        if "Parsing returned" in line:
            return int(line.split("returned")[1].split()[0])
    return -1


def serdi_count(path, syntax):
    r = subprocess.run(["serdi", "-i", syntax, "-o", "ntriples", path], capture_output=True, text=True)
    check(r.returncode == 0 and r.stderr == "", f"serdi -i {syntax} {path}: rc={r.returncode} {r.stderr[:300]}")
    return len([l for l in r.stdout.splitlines() if l.strip()])


def parse_all(kb, out_dir, name, formats):
    """Exports `kb` in `formats`, checks each with rapper/serdi/rdflib, returns rdflib graphs."""
    graphs = {}
    for fmt in formats:
        ext, rapper_syntax, rdflib_syntax = FORMATS[fmt]
        path = os.path.join(out_dir, f"{name}.{ext}")
        r = export(kb, fmt, path)
        check(r.returncode == 0, f"export {name} --to {fmt}: rc={r.returncode} {r.stderr}")
        if r.returncode != 0:
            continue
        again = os.path.join(out_dir, f"{name}.again.{ext}")
        export(kb, fmt, again)
        check(open(path, "rb").read() == open(again, "rb").read(), f"{name}.{ext}: two runs gave different bytes")
        with open(path, "rb") as f:
            data = f.read()
        check(b"\r" not in data or fmt == "rdfxml", f"{name}.{ext} holds a raw carriage return")
        data.decode("utf-8")  # raises if not UTF-8
        counts = {"rapper": rapper_count(path, rapper_syntax)}
        if fmt != "rdfxml":
            counts["serdi"] = serdi_count(path, rapper_syntax)
        g = rdflib.Graph()
        g.parse(path, format=rdflib_syntax)
        counts["rdflib"] = len(g)
        if fmt == "ntriples":
            # rdflib 6.1's N-Triples parser decodes \u escapes before backslash escapes, so
            # "\\u0041" reads as "A" and "\\n" as a backslash and a newline (serdi and rapper
            # read them right). N-Triples is a subset of Turtle: compare what its Turtle
            # parser reads, which handles escapes correctly.
            g = rdflib.Graph()
            g.parse(path, format="turtle")
        if fmt == "ntriples":
            counts["lines"] = data.count(b"\n")
        check(len(set(counts.values())) == 1, f"{name}.{ext}: triple counts differ {counts}")
        print(f"{name}.{ext}: {counts}")
        graphs[fmt] = g
    if len(graphs) > 1:
        first_fmt, first = next(iter(graphs.items()))
        for fmt, g in graphs.items():
            check(isomorphic(first, g), f"{name}: the {first_fmt} and {fmt} graphs are not isomorphic")
    return graphs


def expand(name, prefixes):
    if name.startswith("<") and name.endswith(">"):
        return name[1:-1]
    if ":" not in name:
        return str(KGF) + name
    prefix, local = name.split(":", 1)
    return (prefixes.get(prefix) or WELL_KNOWN[prefix]) + local


def same_value(lit, value, where):
    """A literal against its YAML value: text exactly; numbers, booleans and dates by value."""
    if isinstance(value, dict):
        if "lang" in value:
            check(str(lit) == value["value"] and lit.language == value["lang"].lower(), f"{where}: {lit!r} != {value}")
            return
        want = rdflib.Literal(value["value"], datatype=expand(value["datatype"], {}))
        check(lit.datatype == want.datatype and lit.toPython() == want.toPython(), f"{where}: {lit!r} != {want!r}")
        return
    if isinstance(value, bool) or isinstance(value, datetime.date):
        check(lit.toPython() == value and type(lit.toPython()) is type(value), f"{where}: {lit!r} != {value!r}")
        return
    if isinstance(value, (int, float)):
        # Validation may retype a number to the property's range (2010 -> xsd:gYear, 6 -> decimal).
        got = lit.toPython()
        if isinstance(got, (int, float, decimal.Decimal)) and not isinstance(got, bool):
            check(decimal.Decimal(str(got)) == decimal.Decimal(str(value)), f"{where}: {lit!r} != {value!r}")
        else:
            check(str(lit) == str(value), f"{where}: {lit!r} != {value!r}")
        return
    check(isinstance(lit, rdflib.Literal) and str(lit) == str(value), f"{where}: {lit!r} != {value!r}")


def one(g, s, p, where):
    values = list(g.objects(s, p))
    check(len(values) == 1, f"{where}: {len(values)} values of {p}")
    return values[0] if values else rdflib.Literal("<missing>")


def check_literals(g, kb_path, label, skip=()):
    """Every literal of the YAML source reads back from `g`, equal."""
    with open(kb_path, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    base = kb["base"]
    prefixes = kb.get("prefixes") or {}
    iri = lambda i: rdflib.URIRef(base + mint(i))
    source_iri = lambda ref: rdflib.URIRef(base + "/".join(mint(p) for p in str(ref).split("#", 1)))
    for src in kb.get("sources") or []:
        doc = iri(src["id"])
        same_value(one(g, doc, DCTERMS.title, f"{label} source {src['id']}"), src["title"], f"{label} {src['id']} title")
        if "url" in src:
            same_value(one(g, doc, KGF.url, f"{label} {src['id']} url"), src["url"], f"{label} {src['id']} url")
        for sec in src.get("sections") or []:
            sec_iri = rdflib.URIRef(str(doc) + "/" + mint(sec["id"]))
            same_value(one(g, sec_iri, DCTERMS.title, f"{label} section"), sec["title"], f"{label} {sec['id']} title")
    entities = [e for e in kb.get("entities") or [] if e["id"] not in skip]
    for e in entities:
        s, where = iri(e["id"]), f"{label} entity {e['id']!r}"
        same_value(one(g, s, RDFS.label, where), e["name"], where + " name")
        same_value(one(g, s, rdflib.URIRef("http://schema.org/name"), where), e["name"], where + " schema:name")
        check(sorted(str(o) for o in g.objects(s, SKOS.altLabel)) == sorted(e.get("aliases") or []), where + " aliases")
        if "description" in e:
            same_value(one(g, s, RDFS.comment, where), e["description"], where + " description")
        for key, value in (e.get("attributes") or {}).items():
            if isinstance(value, dict) and "datatype" not in value and "lang" not in value:
                value = value["value"]  # {value: X, source: ...} is X with a source of its own
            same_value(one(g, s, rdflib.URIRef(expand(key, prefixes)), where + " " + key), value, where + " " + key)
    relations = [dict(r) for r in kb.get("relations") or [] if r["from"] not in skip and r["to"] not in skip]
    for e in entities:
        relations += [dict(r, **{"from": e["id"]}) for r in e.get("relations") or []]
    for r in relations:
        s, p, o = iri(r["from"]), rdflib.URIRef(expand(r["predicate"], prefixes)), iri(r["to"])
        where = f"{label} relation {r['from']!r} {r['predicate']} {r['to']!r}"
        check((s, p, o) in g, where + ": the direct triple is missing")
        quals = {KGF[k]: r[k] for k in ("since", "until", "date", "role", "note") if k in r}
        quals.update({rdflib.URIRef(expand(k, prefixes)): v for k, v in (r.get("qualifiers") or {}).items()})
        if not quals and "source" not in r:
            continue
        statements = [st for st in g.subjects(RDF.subject, s) if (st, RDF.predicate, p) in g and (st, RDF.object, o) in g]
        matches = [st for st in statements
                   if all(str(g.value(st, k)) == str(v.get("value") if isinstance(v, dict) else v) for k, v in quals.items())
                   and ("source" not in r or (st, KGF.source, source_iri(r["source"])) in g)
                   and (st, RDF.type, RDF.Statement) in g]
        check(len(matches) == 1, f"{where}: {len(matches)} matching rdf:Statement (of {len(statements)}) for {quals}")


class QuotingDumper(yaml.SafeDumper):
    """Writes every string with a control character or a line break double-quoted with
    escapes: PyYAML's plain and single-quoted styles fold line breaks, which other
    readers (yaml-cpp) may read differently."""


def _represent_str(dumper, text):
    special = any(ord(c) < 0x20 or c in "\u2028\u2029\u0085\ufeff" for c in text)
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"' if special else None)


QuotingDumper.add_representer(str, _represent_str)


def main():
    echo_failures()  # each failure as it is found
    out_dir = tempfile.mkdtemp(prefix="rdf-interop-", dir=os.environ.get("KGFORGE_BUILD_DIR"))
    ceop = os.path.join(SOURCE, "examples", "ceop", "ceop.yaml")
    hostile = os.path.join(SOURCE, "tests", "data", "hostile.yaml")

    graphs = parse_all(ceop, out_dir, "ceop", FORMATS)
    for fmt, g in graphs.items():
        check_literals(g, ceop, f"ceop.{fmt}")

    # The whole hostile KB: its control characters are refused by validate (so by every
    # format, exit 1, located, no file; docs/robustness.md), and an older file is untouched.
    for fmt in FORMATS:
        refused = os.path.join(out_dir, "refused." + fmt)
        r = export(hostile, fmt, refused)
        check(r.returncode == 1 and "U+0001" in r.stderr and "[not-exportable]" in r.stderr
              and not os.path.exists(refused),
              f"{fmt} of the control characters: rc={r.returncode} exists={os.path.exists(refused)} {r.stderr}")
    refused = os.path.join(out_dir, "refused.rdf")
    with open(refused, "w") as f:
        f.write("an older export\n")
    r = export(hostile, "rdfxml", refused)
    check(r.returncode == 1 and open(refused).read() == "an older export\n", "a refused export touched the old file")

    # Without the control characters, all three formats, isomorphic.
    with open(hostile, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    kb["entities"] = [e for e in kb["entities"] if e["id"] != "controls"]
    kb["relations"] = [r for r in kb["relations"] if "controls" not in (r["from"], r["to"])]
    xml_safe = os.path.join(out_dir, "hostile-xml.yaml")
    with open(xml_safe, "w", encoding="utf-8") as f:
        yaml.dump(kb, f, Dumper=QuotingDumper, allow_unicode=True, width=1 << 20)
    graphs = parse_all(xml_safe, out_dir, "hostile-xml", FORMATS)
    for fmt, g in graphs.items():
        check_literals(g, xml_safe, f"hostile-xml.{fmt}")

    if not failures:
        shutil.rmtree(out_dir)
    return finish("rdf_export_test: ok", kept=out_dir)


if __name__ == "__main__":
    sys.exit(main())
