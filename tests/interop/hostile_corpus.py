#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The hostile corpus (issue 16): every string of tests/data/hostile_strings.json (DOT
keywords, quotes, backslashes, CR/LF, controls, noncharacters, line separators, bidi
overrides, emoji ZWJ sequences, combining marks, YAML specials, 5,000-character
values...) goes into every text field of a KB (name, alias, description, attribute,
relation role and note) and, separately, into an id. Each KB is either refused by
`kgforge validate` (exit 1, located `[not-exportable]`, `[bad-id]`... errors) and then
by every export in the same way, never by a writer; or it is accepted, and then every
format is written and read back by the real consumers and compared exactly:
rdflib (Turtle, N-Triples, RDF/XML), rapper and serdi (their N-Triples parsed by a
strict reader here, which also reads kgforge's .nt: rdflib 6.1.1 mis-reads a backslash
followed by `n` or `u` in N-Triples, so rdflib's .nt reading skips strings with a
backslash), xmllint (RDF/XML and GraphML well-formed), NetworkX and igraph (GraphML,
tests/interop/diagram_graphml.py) and Graphviz (DOT, tests/interop/diagram_dot.py)."""
import json
import re
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, echo_failures, failures, finish  # noqa: E402

require("py:yaml", "py:rdflib", "py:networkx", "py:igraph", "py:pandas", "cmd:dot", "cmd:rapper", "cmd:serdi",
        "cmd:xmllint")
sys.path.insert(0, os.path.join(HERE, "lib"))
sys.path.insert(0, HERE)
from diagram_source import env, mint, ontology_labels, run  # noqa: E402
import diagram_dot  # noqa: E402
import diagram_graphml  # noqa: E402
import diagram_render  # noqa: E402

import networkx  # noqa: E402
import pandas  # noqa: E402
import rdflib  # noqa: E402
from rdflib.namespace import RDFS, SKOS  # noqa: E402

KGF = rdflib.Namespace("https://w3id.org/kgforge/ns#")
BASE = "https://example.org/hostile-corpus/"
FORMATS = {"ttl": "turtle", "nt": "nt", "rdf": "xml"}
def yaml_quoted(s):
    """A YAML double-quoted scalar that yaml-cpp and PyYAML both read back as `s`."""
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif c < 0x20 or c == 0x7F or 0x80 <= c < 0xA0:
            out.append("\\x%02x" % c)
        elif c in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF):
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def fields_entity(i, s):
    q = yaml_quoted(s)
    return ("  - id: e%d\n    type: Organisation\n    name: %s\n    aliases: [%s]\n    description: %s\n"
            "    attributes:\n      note: %s\n    relations:\n      - {predicate: partnerOf, to: anchor, role: %s, note: %s}\n"
            % (i, q, yaml_quoted(s + " (alias)"), q, q, q, q))


def id_entity(i, s):
    return ("  - id: %s\n    type: Organisation\n    name: %s\n    relations:\n      - {predicate: partnerOf, to: anchor}\n"
            % (yaml_quoted(s), yaml_quoted("holder %d" % i)))


def kb(entities):
    return ("kgforge: 1\nbase: %s\nentities:\n  - id: anchor\n    type: Organisation\n    name: Anchor\n" % BASE
            + "".join(entities))


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def refused_everywhere(kgforge, path, tmp, what):
    """validate refuses; every export refuses the same way (exit 1), writing nothing."""
    for fmt in ("ttl", "nt", "rdf", "graphml", "dot"):
        out = os.path.join(tmp, "refused." + fmt)
        r = run([kgforge, "export", path, "--to", fmt, "-o", out])
        check(r.returncode == 1 and not os.path.exists(out),
              "%s: validate refused it but export --to %s exited %d (a writer's refusal?): %s"
              % (what, fmt, r.returncode, r.stderr.decode(errors="replace")[:300]))


NT_LINE = re.compile(r'^(<[^>]*>|_:\S+) (<[^>]*>) (<[^>]*>|_:\S+|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?) \.$')


def unescape(text):
    """N-Triples ECHAR and UCHAR, strictly (rdflib 6.1.1 reads `\\n` as a backslash and a
    line feed, and `\\u0041` as `A`: the readers' N-Triples are parsed here instead)."""
    out, i = [], 0
    simple = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
    while i < len(text):
        c = text[i]
        if c != "\\":
            out.append(c)
            i += 1
        elif text[i + 1] in simple:
            out.append(simple[text[i + 1]])
            i += 2
        else:
            n = 4 if text[i + 1] == "u" else 8
            out.append(chr(int(text[i + 2:i + 2 + n], 16)))
            i += 2 + n
    return "".join(out)


def parse_nt(text, where):
    g = rdflib.Graph()
    term = lambda t: rdflib.URIRef(unescape(t[1:-1])) if t.startswith("<") else rdflib.BNode(t[2:])  # noqa: E731
    for line in text.split("\n"):
        if not line.strip():
            continue
        m = NT_LINE.match(line)
        check(m is not None, "%s: not an N-Triples line: %r" % (where, line[:200]))
        if m is None:
            continue
        if m.group(4) is not None:
            obj = rdflib.Literal(unescape(m.group(4)), lang=m.group(5),
                                 datatype=rdflib.URIRef(m.group(6)) if m.group(6) else None)
        else:
            obj = term(m.group(3))
        g.add((term(m.group(1)), rdflib.URIRef(m.group(2)[1:-1]), obj))
    return g


def exports(kgforge, path, tmp, name):
    """validate, then export to each RDF format: yields (format, output path)."""
    r = run([kgforge, "validate", path])
    check(r.returncode == 0, "%s: the accepted strings together: %s" % (name, r.stderr.decode(errors="replace")[:500]))
    for fmt in FORMATS:
        out = os.path.join(tmp, name + "." + fmt)
        r = run([kgforge, "export", path, "--to", fmt, "-o", out])
        check(r.returncode == 0, "%s: export --to %s: %s" % (name, fmt, r.stderr.decode(errors="replace")[:300]))
        yield fmt, out


def read_rdf(path, fmt, tool):
    g = rdflib.Graph()
    if tool == "rdflib":
        g.parse(path, format=FORMATS[fmt])
        return g
    syntax = {"ttl": "turtle", "nt": "ntriples", "rdf": "rdfxml"}[fmt]
    if tool == "rapper":
        r = run(["rapper", "-q", "-i", syntax, "-o", "ntriples", path])
    else:
        r = run(["serdi", "-i", syntax, "-o", "ntriples", path])
    check(r.returncode == 0 and not r.stderr, "%s %s: rc %d %r" % (tool, path, r.returncode, r.stderr[:300]))
    return parse_nt(r.stdout.decode("utf-8"), "%s %s" % (tool, path))


def main():
    echo_failures()  # each failure as it is found
    kgforge, source, build = env()
    schema = os.path.join(source, "tests", "data", "schemas", "graphml", "graphml.xsd")
    strings = json.load(open(os.path.join(source, "tests", "data", "hostile_strings.json"), encoding="utf-8"))
    check(len(strings) >= 60, "the corpus has %d strings, fewer than 60" % len(strings))
    tmp = tempfile.mkdtemp(prefix="hostile-corpus-", dir=build)
    accepted_fields, accepted_ids = [], []
    refused = 0
    for i, s in enumerate(strings):
        for kind, entity in (("fields", fields_entity), ("id", id_entity)):
            path = write(os.path.join(tmp, "one.yaml"), kb([entity(i, s)]))
            r = run([kgforge, "validate", path])
            if r.returncode == 0:
                (accepted_fields if kind == "fields" else accepted_ids).append(i)
                continue
            err = r.stderr.decode(errors="replace")
            check(r.returncode == 1 and "one.yaml:" in err and ": error: " in err,
                  "string %d %r in %s: validate exited %d: %s" % (i, s[:40], kind, r.returncode, err[:300]))
            check("\x1b" not in err, "string %d: a raw ESC in the message" % i)
            refused += 1
            codes = sorted(set(re.findall(r"\[([a-z-]+)\]$", err, re.M)))
            print("refused by validate: string %d %s in %s: %s" % (i, ascii(s[:30]), kind, ", ".join(codes)))
            refused_everywhere(kgforge, path, tmp, "string %d %r in %s" % (i, s[:40], kind))

    # Every accepted string in every field, one KB; every format, every reader.
    fields_kb = write(os.path.join(tmp, "fields.yaml"), kb([fields_entity(i, strings[i]) for i in accepted_fields]))
    for fmt, out in exports(kgforge, fields_kb, tmp, "fields"):
        if fmt == "rdf":
            x = run(["xmllint", "--nonet", "--noout", out])
            check(x.returncode == 0, "xmllint fields.rdf: %r" % x.stderr[:300])
        tools = ["rdflib", "rapper"] + (["serdi"] if fmt != "rdf" else []) + (["strict"] if fmt == "nt" else [])
        for tool in tools:
            g = parse_nt(open(out, encoding="utf-8").read(), out) if tool == "strict" else read_rdf(out, fmt, tool)
            for i in accepted_fields:
                s = strings[i]
                if tool == "rdflib" and fmt == "nt" and "\\" in s:
                    continue  # rdflib 6.1.1's N-Triples unescaping is wrong (see unescape); "strict" reads it
                e = rdflib.URIRef(BASE + "e%d" % i)
                for p, want in ((RDFS.label, s), (RDFS.comment, s), (SKOS.altLabel, s + " (alias)"), (KGF.note, s)):
                    got = {str(o) for o in g.objects(e, p)}
                    check(got == {want}, "%s by %s: string %d, %s: got %r, want %r"
                          % (fmt, tool, i, p.n3(), [x[:60] for x in got], want[:60]))
                roles = {str(o) for st in g.subjects(rdflib.RDF.subject, e) for o in g.objects(st, KGF.role)}
                check(roles == {s}, "%s by %s: string %d, the role qualifier: got %r" % (fmt, tool, i, [x[:60] for x in roles]))
    labels = ontology_labels(source)
    diagram_graphml.check_kb(kgforge, schema, [fields_kb], tmp, "fields")
    diagram_dot.check_kb(kgforge, [fields_kb], tmp, "fields", labels)
    # SVG: every name is drawn exactly (each line a <text>), every tooltip and link is exact.
    fields_svg = os.path.join(tmp, "fields.svg")
    r = run([kgforge, "render", fields_kb, "-o", fields_svg])
    check(r.returncode == 0, "render fields.svg: %s" % r.stderr.decode(errors="replace")[:300])
    svg_root = diagram_render.check_svg(open(fields_svg, "rb").read(), diagram_dot.Kb([fields_kb]), "fields.svg", labels)
    tips = {a.get(diagram_render.XLINK + "title") or "" for a in svg_root.iter(diagram_render.SVG + "a")}
    for i in accepted_fields:
        want = diagram_render.svg_attribute("role: " + strings[i].replace("\r\n", "\n").replace("\r", "\n") + "\n")
        check(any(want in t + "\n" for t in tips),
              "fields.svg: no edge tooltip carries the role of string %d %r" % (i, strings[i][:40]))

    # Every accepted string as an id: the minted IRI reads back; GraphML and DOT ids match.
    # (and two ids whose network ids clash: "clash me" is clash_2520me, as is the second)
    clash = [id_entity(len(strings), "clash me"), id_entity(len(strings) + 1, "clash_2520me")]
    ids_kb = write(os.path.join(tmp, "ids.yaml"), kb([id_entity(i, strings[i]) for i in accepted_ids] + clash))
    for fmt, out in exports(kgforge, ids_kb, tmp, "ids"):
        for tool in ["rdflib", "rapper"]:
            g = read_rdf(out, fmt, tool)
            for i in accepted_ids:
                iri = rdflib.URIRef(BASE + mint(strings[i]))
                check({str(o) for o in g.objects(iri, RDFS.label)} == {"holder %d" % i},
                      "ids.%s by %s: no entity <%s>" % (fmt, tool, iri[:80]))
    diagram_graphml.check_kb(kgforge, schema, [ids_kb], tmp, "ids")
    # GraphML and GEXF give every node the same id (one mechanism), exactly the documented one.
    ids_kb_read = diagram_dot.Kb([ids_kb])
    want_ids = ids_kb_read.network_ids(ids_kb_read.entities)
    got_ids = {}
    for fmt, extra, read in (("graphml", [], networkx.read_graphml),
                             ("gexf", ["--gexf-version", "1.2"], networkx.read_gexf)):
        out = os.path.join(tmp, "ids." + fmt)
        r = run([kgforge, "export", ids_kb, "--to", fmt, "-o", out, *extra])
        check(r.returncode == 0, "ids export --to %s: %s" % (fmt, r.stderr.decode(errors="replace")[:300]))
        got_ids[fmt] = {d["iri"]: n for n, d in read(out).nodes(data=True)}
        check(got_ids[fmt] == want_ids, "ids.%s by NetworkX: node ids differ from the documented ones: %r" % (
            fmt, sorted(set(got_ids[fmt].items()) ^ set(want_ids.items()))[:4]))
    check(got_ids["graphml"] == got_ids["gexf"], "ids: GraphML and GEXF give different node ids")
    # The tables (pandas): Gephi's Id is that same id, KGX's id the display id (docs/tables.md);
    # every edge's ends are ids of the node table; read back by kgforge they are the same graph.
    for fmt, sep, ext in (("csv", ",", "csv"), ("tsv", "\t", "tsv"), ("kgx", "\t", "tsv")):
        stem = os.path.join(tmp, "ids-" + fmt)
        r = run([kgforge, "export", ids_kb, "--to", fmt, "-o", stem])
        check(r.returncode == 0, "ids export --to %s: %s" % (fmt, r.stderr.decode(errors="replace")[:300]))
        nodes = pandas.read_csv(stem + "_nodes." + ext, sep=sep, dtype=str, keep_default_na=False)
        edges = pandas.read_csv(stem + "_edges." + ext, sep=sep, dtype=str, keep_default_na=False)
        id_col, src, dst = ("id", "subject", "object") if fmt == "kgx" else ("Id", "Source", "Target")
        table_ids = dict(zip(nodes["iri"], nodes[id_col]))
        want = {iri: ids_kb_read.display_id(iri) for iri in want_ids} if fmt == "kgx" else got_ids["graphml"]
        check(table_ids == want, "ids_nodes.%s by pandas: node ids differ from %s: %r" % (
            ext, "the display ids" if fmt == "kgx" else "GraphML's and GEXF's",
            sorted(set(table_ids.items()) ^ set(want.items()))[:4]))
        iri_of = {v: k for k, v in table_ids.items()}
        ends = sorted((iri_of.get(a), iri_of.get(b)) for a, b in zip(edges[src], edges[dst]))
        check(ends == sorted((rel["from"], rel["to"]) for rel in ids_kb_read.relations),
              "ids_edges.%s (%s) by pandas: the edges' ends are not the YAML's relations" % (ext, fmt))
        r = run([kgforge, "export", stem + "_nodes." + ext, stem + "_edges." + ext, "--to", "nt"])
        y = run([kgforge, "export", ids_kb, "--to", "nt"])
        check(r.returncode == 0 and sorted(r.stdout.splitlines()) == sorted(y.stdout.splitlines()),
              "ids tables (%s) read back by kgforge: not the YAML's triples: %s" % (fmt, r.stderr.decode(errors="replace")[:300]))
    check(want_ids.get(BASE + "clash_2520me") == "clash_2520me-2", "ids: the clash is not numbered: %r" % want_ids.get(BASE + "clash_2520me"))
    check(len(set(want_ids.values())) == len(want_ids) > 40, "ids: %d ids for %d entities" % (
        len(set(want_ids.values())), len(want_ids)))
    # DOT: Graphviz 2.42's -Tjson prints a node name through printf ("%7B" comes out as
    # "%7"), so ids are compared in -Tcanon's output, which writes every node as
    # a line `\t"ID"\t[...` (or a bare ID).
    out = os.path.join(tmp, "ids.dot")
    r = run([kgforge, "export", ids_kb, "--to", "dot", "-o", out])
    check(r.returncode == 0, "ids export --to dot: %s" % r.stderr.decode(errors="replace")[:300])
    canon = run(["dot", "-Tcanon", out])
    check(canon.returncode == 0 and not canon.stderr, "dot -Tcanon ids.dot: %r" % canon.stderr[:300])
    ids = {m.group(1) or m.group(2) for m in re.finditer(r'^\t+(?:"((?:[^"\\]|\\.)*)"|([^\s"\[]+))\s',
                                                       canon.stdout.decode("utf-8").replace("\\\n", ""), re.M)}
    for i in accepted_ids:
        ident = mint(strings[i])
        want = (BASE + ident if ident.startswith("%") else ident).replace("\\", "\\\\").replace('"', '\\"')
        check(want in ids, "ids.dot: Graphviz reads no node %r" % want[:80])
    # -Tjson names and the SVG's <title>s are the display ids, exactly.
    j, nodes = diagram_dot.graphviz_json(out, "ids.dot")
    names = {o["name"] for o in nodes.values()}
    for iri in ids_kb_read.entities:
        check(ids_kb_read.display_id(iri) in names, "ids.dot -Tjson: no node %r" % ids_kb_read.display_id(iri)[:80])
    ids_svg = os.path.join(tmp, "ids.svg")
    r = run([kgforge, "render", ids_kb, "-o", ids_svg])
    check(r.returncode == 0, "render ids.svg: %s" % r.stderr.decode(errors="replace")[:300])
    diagram_render.check_svg(open(ids_svg, "rb").read(), ids_kb_read, "ids.svg", labels)

    print("hostile corpus: %d strings; %d field sets and %d ids accepted and read back exactly by every reader; "
          "%d refused by validate (and so by every export)" % (len(strings), len(accepted_fields), len(accepted_ids), refused))
    if not failures:
        subprocess.run(["rm", "-rf", tmp])
    return finish("hostile corpus: ok", kept=tmp)


if __name__ == "__main__":
    sys.exit(main())
