#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""GraphML read back by its users' tools: the hostile-text KB and the CEOP KB are
exported with `kgforge export --to graphml`, validated against the GraphML schema
with xmllint, and read with NetworkX (read_graphml) and igraph (Read_GraphML): the
node and edge counts match the YAML, and every value equals its source."""
import collections
import json
import math
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402

require("py:yaml", "py:networkx", "py:igraph", "cmd:xmllint")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import Kb, KGF, check, compact, env, fail, hostile_paths, ceop_paths, run  # noqa: E402

import igraph  # noqa: E402
import networkx as nx  # noqa: E402

NS = "{http://graphml.graphdrawing.org/xmlns}"


def key_table(path):
    """(domain, attr.name) -> (type, is_list), from the file itself."""
    table = {}
    for key in ET.parse(path).getroot().iter(NS + "key"):
        desc = key.find(NS + "desc")
        name = (key.get("for"), key.get("attr.name"))
        check(name not in table, "key declared twice: %r" % (name,))
        check(key.get("attr.type") in ("boolean", "int", "long", "double", "string"), "bad attr.type")
        table[name] = (key.get("attr.type"), desc is not None and "JSON array" in desc.text)
    return table


def equal(actual, expected_texts, key):
    """A read value against the YAML's text(s), under the key's declared type."""
    attr_type, is_list = key
    if is_list:
        return json.loads(actual) == list(expected_texts)
    if len(expected_texts) != 1:
        return False
    text = expected_texts[0]
    if attr_type == "boolean":
        return actual is True if text in ("true", "1") else actual is False
    if attr_type in ("int", "long"):
        return int(actual) == int(text)
    if attr_type == "double":
        return float(actual) == float(text) or (math.isnan(float(actual)) and text == "NaN")
    return actual == text


RESERVED = {"id", "key", "source", "target", "from", "to", "name"}


def key(p):
    """The GraphML key name of a property (docs/graphml.md): its short name with ':' as '_',
    and kgf_ before a name pandas, NetworkX or igraph reserve."""
    n = compact(p).replace(":", "_")
    return "kgf_" + n if n in RESERVED else n


def expected_node_values(entity):
    values = {"iri": [entity["iri"]], "label": [entity["name"]], "classes": entity["classes"],
              "class": [compact(entity["classes"][0])]}
    if entity["aliases"]:
        values["aliases"] = entity["aliases"]
    if entity["description"] is not None:
        values["description"] = [entity["description"]]
    if entity["same_as"]:
        values["same_as"] = entity["same_as"]
    for prop, texts in entity["attributes"].items():
        values[key(prop)] = texts
    return values


def check_node(data, entity, keys, tool):
    for name, texts in expected_node_values(entity).items():
        key = keys.get(("node", name))
        check(key is not None, "%s: no key %r" % (tool, name))
        check(name in data, "%s: %s has no %r" % (tool, entity["iri"], name))
        check(equal(data[name], texts, key), "%s: %s %s = %r, source %r" % (tool, entity["iri"], name, data[name], texts))


def norm(value, attr_type):
    """One value, read (typed) or from the YAML (text), in a comparable form."""
    if attr_type == "boolean":
        return "true" if value is True or value in ("true", "1") else "false"
    if attr_type in ("int", "long"):
        return str(int(float(value)) if isinstance(value, float) else int(value))
    if attr_type == "double":
        return repr(float(value))
    return str(value)


def edge_signature(src, dst, data, keys):
    quals = []
    for (domain, name), (attr_type, is_list) in sorted(keys.items()):
        if domain != "edge" or name in ("predicate", "label") or name not in data or data[name] in ("", None):
            continue
        if isinstance(data[name], float) and math.isnan(data[name]):
            continue
        quals.append((name, tuple(json.loads(data[name])) if is_list else (norm(data[name], attr_type),)))
    return (src, data["predicate"], dst, tuple(quals))


def expected_edges(kb, keys):
    out = collections.Counter()
    for r in kb.relations:
        quals = []
        for p, v in r["qualifiers"].items():
            attr_type, is_list = keys[("edge", key(p))]
            quals.append((key(p), tuple(v) if is_list else tuple(norm(x, attr_type) for x in v)))
        quals = tuple(sorted(quals))
        out[(r["from"], r["predicate"], r["to"], quals)] += 1
    for section, document in kb.section_edges:
        out[(section, KGF + "sectionOf", document, ())] += 1
    return out


def check_networkx(path, kb, keys):
    g = nx.read_graphml(path, force_multigraph=True)
    check(g.number_of_nodes() == len(kb.entities) + len(kb.sources),
          "networkx: %d nodes, YAML has %d" % (g.number_of_nodes(), len(kb.entities) + len(kb.sources)))
    by_iri = {d["iri"]: (n, d) for n, d in g.nodes(data=True)}
    for iri, entity in kb.entities.items():
        check(iri in by_iri, "networkx: no node for " + iri)
        check_node(by_iri[iri][1], entity, keys, "networkx")
    for iri, title in kb.sources.items():
        check(by_iri[iri][1]["label"] == title, "networkx: source %s label %r" % (iri, by_iri[iri][1]["label"]))
    actual = collections.Counter(edge_signature(g.nodes[u]["iri"], g.nodes[v]["iri"], d, keys)
                                 for u, v, d in g.edges(data=True))
    want = expected_edges(kb, keys)
    check(actual == want, "networkx: edges differ:\n  got %s\n  want %s" % (actual - want, want - actual))
    check(len(set(k for _, _, k in g.edges(keys=True))) == g.number_of_edges(), "networkx: duplicate edge ids")


def check_igraph(path, kb, keys):
    g = igraph.Graph.Read_GraphML(path)
    check(g.vcount() == len(kb.entities) + len(kb.sources), "igraph: %d vertices" % g.vcount())
    by_iri = {v["iri"]: v for v in g.vs}
    for iri, entity in kb.entities.items():
        attrs = {k: v for k, v in by_iri[iri].attributes().items()}
        check_node(attrs, entity, keys, "igraph")
    actual = collections.Counter(edge_signature(g.vs[e.source]["iri"], g.vs[e.target]["iri"], e.attributes(), keys)
                                 for e in g.es)
    want = expected_edges(kb, keys)
    check(actual == want, "igraph: edges differ:\n  got %s\n  want %s" % (actual - want, want - actual))


def check_kb(kgforge, schema, paths, out_dir, name):
    kb = Kb(paths)
    out = os.path.join(out_dir, name + ".graphml")
    r = run([kgforge, "export", *paths, "--to", "graphml", "--include-sources", "-o", out])
    check(r.returncode == 0, "export %s failed: %s" % (name, r.stderr.decode()))
    r = run(["xmllint", "--nonet", "--noout", "--schema", schema, out])
    check(r.returncode == 0, "xmllint schema: %s" % r.stderr.decode())
    keys = key_table(out)
    check_networkx(out, kb, keys)
    check_igraph(out, kb, keys)
    print("ok: %s: %d entities, %d sources, %d relations read back by xmllint, NetworkX and igraph" % (
        name, len(kb.entities), len(kb.sources), len(kb.relations)))


def main():
    kgforge, source, _ = env()
    schema = os.path.join(source, "tests", "data", "schemas", "graphml", "graphml.xsd")
    with tempfile.TemporaryDirectory() as tmp:
        check_kb(kgforge, schema, hostile_paths(source), tmp, "hostile")
        check_kb(kgforge, schema, ceop_paths(source), tmp, "ceop")


if __name__ == "__main__":
    main()
