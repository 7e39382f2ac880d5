# SPDX-License-Identifier: MIT
"""What a KB's YAML says, read independently of kgforge (PyYAML), for the GraphML,
DOT and render tests: entities, sources, relations with qualifiers, and the rules
kgforge documents for IRIs (docs/kb-format.md), short names and label wrapping
(exporters/markup.hpp, docs/diagrams.md)."""
import os
import re
import subprocess
import sys

import yaml

KGF = "https://w3id.org/kgforge/ns#"
WELL_KNOWN = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#", "foaf": "http://xmlns.com/foaf/0.1/", "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/", "kgf": KGF,
}
QUALIFIER_KEYS = ("since", "until", "date", "role", "note")


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, **kwargs)


def mint(ident):
    """docs/kb-format.md: ASCII letters, digits and -._~ kept, non-ASCII kept (but for the
    characters an IRI must not hold raw), else %XX."""
    out = []
    for ch in ident:
        c = ord(ch)
        encoded = (0x80 <= c < 0xA0 or c in (0x200E, 0x200F, 0xFEFF) or 0x2028 <= c <= 0x202E
                   or 0x2066 <= c <= 0x2069 or 0xFFF0 <= c <= 0xFFFF)
        if (c >= 0x80 and not encoded) or ch.isascii() and (ch.isalnum() or ch in "-._~"):
            out.append(ch)
        else:
            out.extend("%%%02X" % b for b in ch.encode("utf-8"))
    return "".join(out)


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class Kb:
    def __init__(self, paths):
        self.entities = {}    # iri -> dict
        self.sources = {}     # iri -> title (documents and sections)
        self.section_edges = []  # (section iri, document iri)
        self.relations = []   # dicts: from, predicate, to, qualifiers {iri: [text]}
        self.base = None      # the graph's base: the first file's
        files = [(p, yaml.load(open(p, encoding="utf-8"), Loader=yaml.BaseLoader)) for p in paths]
        ids = {}
        for _, doc in files:
            base = doc["base"]
            self.base = self.base or base
            for s in doc.get("sources", []) or []:
                ids[s["id"]] = base + mint(s["id"])
            for e in doc.get("entities", []) or []:
                ids[e["id"]] = base + mint(e["id"])
        self.ids = ids
        for _, doc in files:
            self._read(doc)

    def expand(self, name, prefixes):
        if name.startswith("<") and name.endswith(">"):
            return name[1:-1]
        if ":" not in name:
            return KGF + name
        prefix, local = name.split(":", 1)
        return (prefixes.get(prefix) or WELL_KNOWN[prefix]) + local

    def source_iri(self, ref, base):
        if "#" in ref:
            src, section = ref.split("#", 1)
            return self.ids[src] + "/" + mint(section)
        return self.ids[ref]

    def _read(self, doc):
        base, prefixes = doc["base"], doc.get("prefixes", {}) or {}
        for s in doc.get("sources", []) or []:
            iri = self.ids[s["id"]]
            self.sources[iri] = s["title"]
            for sec in s.get("sections", []) or []:
                self.sources[iri + "/" + mint(sec["id"])] = sec["title"]
                self.section_edges.append((iri + "/" + mint(sec["id"]), iri))
        for e in doc.get("entities", []) or []:
            self._entity(e, base, prefixes)
        for r in doc.get("relations", []) or []:
            self._relation(r["from"], r, base, prefixes)

    def _entity(self, e, base, prefixes):
        iri = self.ids[e["id"]]
        attributes = {}
        for key, value in (e.get("attributes") or {}).items():
            values = [v["value"] if isinstance(v, dict) else v for v in as_list(value)]
            attributes[self.expand(key, prefixes)] = values
        if e.get("source"):
            attributes[KGF + "source"] = [self.source_iri(s, base) for s in as_list(e["source"])]
        self.entities[iri] = {
            "id": e["id"], "iri": iri, "name": e["name"],
            "classes": [self.expand(c, prefixes) for c in as_list(e.get("types", e.get("type")))],
            "aliases": as_list(e.get("aliases")), "description": e.get("description"),
            "same_as": as_list(e.get("same_as")), "attributes": attributes,
        }
        for r in e.get("relations", []) or []:
            self._relation(e["id"], r, base, prefixes)

    def _relation(self, subject, r, base, prefixes):
        qualifiers = {}
        for key in QUALIFIER_KEYS:
            if key in r:
                qualifiers[KGF + key] = as_list(r[key])
        if "source" in r:
            qualifiers[KGF + "source"] = [self.source_iri(s, base) for s in as_list(r["source"])]
        for key, value in (r.get("qualifiers") or {}).items():
            qualifiers[self.expand(key, prefixes)] = [v["value"] if isinstance(v, dict) else v for v in as_list(value)]
        self.relations.append({"from": self.ids[subject], "predicate": self.expand(r["predicate"], prefixes),
                               "to": self.ids[r["to"]], "qualifiers": qualifiers})

    def display_id(self, iri):
        """The DOT id of a node (exporters/export_view.hpp display_id)."""
        rest = iri[len(self.base):] if iri.startswith(self.base) else None
        return rest if rest and ":" not in rest and not rest.startswith("%") else iri

    def network_ids(self, iris):
        """iri -> the node id GraphML and GEXF give it (exporters/network_writer.hpp
        NetworkIds, docs/graphml.md): the display id with every byte but ASCII letters,
        digits and .-_: written _HH, "_" if empty; in IRI order, an id already given
        gets -2, -3, ..."""
        out, used = {}, set()
        for iri in sorted(iris):
            base = "".join(chr(b) if b < 0x80 and (chr(b).isalnum() or chr(b) in ".-_:") else "_%02X" % b
                           for b in self.display_id(iri).encode("utf-8")) or "_"
            ident, k = base, 2
            while ident in used:
                ident, k = "%s-%d" % (base, k), k + 1
            used.add(ident)
            out[iri] = ident
        return out


def compact(iri):
    if iri.startswith(KGF) and len(iri) > len(KGF):
        return iri[len(KGF):]
    for prefix, ns in WELL_KNOWN.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return prefix + ":" + iri[len(ns):]
    return iri


def code_points_wrap_line(line, width, lines):
    if len(line) <= width:
        lines.append(line)
        return
    cur, started = "", False
    for word in line.split(" "):
        while len(word) > width:
            if started:
                lines.append(cur)
                cur, started = "", False
            lines.append(word[:width])
            word = word[width:]
        if not started:
            cur, started = word, True
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if started:
        lines.append(cur)


def wrap(text, width=24):
    """exporters/markup.hpp wrap_label, reimplemented: CRLF/CR -> LF, greedy word fill,
    words longer than `width` code points cut into pieces of `width`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        code_points_wrap_line(line, width, lines)
    return "\n".join(lines)


def ontology_labels(source_dir):
    """rdfs:label (English, else any) of every term in the bundled ontology, via rdflib."""
    import rdflib
    g = rdflib.Graph()
    g.parse(os.path.join(source_dir, "ontology", "kgforge.ttl"), format="turtle")
    labels = {}
    for s, o in g.subject_objects(rdflib.RDFS.label):
        if str(s) not in labels or getattr(o, "language", None) == "en":
            labels[str(s)] = str(o)
    return labels


def term_label(labels, iri):
    if iri in labels:
        return labels[iri]
    return re.split(r"[#/]", iri)[-1]


def env():
    return os.environ["KGFORGE"], os.environ["KGFORGE_SOURCE_DIR"], os.environ.get("KGFORGE_BUILD_DIR", ".")


def hostile_paths(source_dir):
    return [os.path.join(source_dir, "tests", "data", "hostile_diagram.yaml"),
            os.path.join(source_dir, "tests", "data", "hostile_diagram_more.yaml")]


def ceop_paths(source_dir):
    return [os.path.join(source_dir, "examples", "ceop", "ceop.yaml")]
