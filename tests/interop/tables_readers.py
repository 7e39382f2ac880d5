#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Node and edge tables read back by their users' tools (docs/tables.md). The CEOP KB is
exported with `--to csv`, `--to tsv` and `--to kgx`; pandas (read_csv) and R (read.csv,
then igraph::graph_from_data_frame) read the two files, and every node, name, class,
attribute, relation and qualifier is compared with the YAML, read independently of
kgforge (PyYAML). Then the tables go back through kgforge's own table reader, and the
graph it reads is the graph of the YAML (the same N-Triples)."""
import csv
import io
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402

require("py:yaml", "py:pandas", "cmd:Rscript", "r:igraph")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import Kb, KGF, WELL_KNOWN, check, ceop_paths, env, fail, run  # noqa: E402

import pandas as pd  # noqa: E402

KGFORGE, SOURCE, _ = env()
KB = ceop_paths(SOURCE)


def kgforge(*args):
    r = run([KGFORGE, *args])
    if r.returncode != 0:
        fail("kgforge %s: exit %d\n%s" % (" ".join(args), r.returncode, r.stderr.decode()[-3000:]))
    return r


def split(cell):
    """A `|` list as docs/tables.md writes it (`\\|` a bar, `\\\\` a backslash)."""
    if cell == "":
        return []
    items, item, i = [], "", 0
    while i < len(cell):
        if cell[i] == "\\" and i + 1 < len(cell) and cell[i + 1] in "|\\":
            item += cell[i + 1]
            i += 2
            continue
        if cell[i] == "|":
            items.append(item)
            item = ""
        else:
            item += cell[i]
        i += 1
    items.append(item)
    return [x for x in items if x != ""]


def expand(name):
    """A class or predicate cell: a bare kgf: name, kgf:Name, prefix:local or <IRI>."""
    if name.startswith("<") and name.endswith(">"):
        return name[1:-1]
    if ":" not in name:
        return KGF + name
    prefix, local = name.split(":", 1)
    return WELL_KNOWN[prefix] + local if prefix in WELL_KNOWN else name


def column_of(frame, iri):
    """The column of a kgf: property: its bare name or kgf:name (docs/tables.md)."""
    local = iri[len(KGF):]
    for name in (local, "kgf:" + local):
        if name in frame.columns:
            return name
    fail("no column for %s in %s" % (iri, list(frame.columns)))


def check_tables(kb, nodes, edges, kgx):
    id_col, name_col = ("id", "name") if kgx else ("Id", "Label")
    iri_of = dict(zip(nodes[id_col], nodes["iri"]))
    check(len(set(nodes["iri"])) == len(nodes), "an IRI appears twice in the node table")
    check(len(nodes) == len(kb.entities) + len(kb.sources),
          "%d node rows, the YAML has %d entities and %d sources" % (len(nodes), len(kb.entities), len(kb.sources)))
    rows = {r["iri"]: r for _, r in nodes.iterrows()}
    for iri, e in kb.entities.items():
        check(iri in rows, "entity %s is not in the node table" % iri)
        r = rows[iri]
        check(r[name_col] == e["name"], "%s: name %r, YAML %r" % (iri, r[name_col], e["name"]))
        classes = [expand(c) for c in split(r["category"])]
        check(classes == e["classes"], "%s: categories %r, YAML %r" % (iri, classes, e["classes"]))
        check(r["description"] == (e["description"] or ""), "%s: description differs" % iri)
        aliases = split(r["synonym" if kgx else "aliases"])
        check(aliases == [str(a) for a in e["aliases"]], "%s: aliases %r, YAML %r" % (iri, aliases, e["aliases"]))
        for prop, values in e["attributes"].items():
            cell = split(r[column_of(nodes, prop)])
            if prop == KGF + "source":
                cell = [iri_of.get(v, v) for v in cell]
            check(cell == [str(v) for v in values], "%s %s: %r, YAML %r" % (iri, prop, cell, values))
    for iri, title in kb.sources.items():
        check(rows[iri][name_col] == title, "source %s: title %r" % (iri, rows[iri][name_col]))
    src, dst = ("subject", "object") if kgx else ("Source", "Target")
    pred = "predicate" if kgx else "Label"
    expected = sorted((r["from"], r["predicate"], r["to"]) for r in kb.relations)
    expected += [(s, KGF + "sectionOf", d) for s, d in kb.section_edges]
    got = []
    for _, r in edges.iterrows():
        p = expand(r[pred])
        got.append((iri_of[r[src]], p, iri_of[r[dst]]))
    check(sorted(got) == sorted(expected), "the relations differ from the YAML's")
    if not kgx:
        check(set(edges["Type"]) == {"Directed"}, "Type is not Directed everywhere")
    # Qualifiers: each relation's since/until/date/role/note, as a multiset over all relations.
    for key in ("since", "until", "date", "role", "note"):
        want = sorted((r["from"], r["predicate"], r["to"], v) for r in kb.relations
                      for v in r["qualifiers"].get(KGF + key, []))
        col = column_of(edges, KGF + key) if want else None
        have = []
        if col:
            for _, r in edges.iterrows():
                p = expand(r[pred])
                have += [(iri_of[r[src]], p, iri_of[r[dst]], v) for v in split(r[col])]
        check(sorted(have) == want, "qualifier %s differs from the YAML's" % key)


def r_reads(nodes_path, edges_path, sep):
    """R: read.csv both tables, build the graph, print its counts and its edge list."""
    script = r'''
args <- commandArgs(trailingOnly = TRUE)
sep <- if (args[3] == "tab") "\t" else ","
n <- read.csv(args[1], sep = sep, colClasses = "character", check.names = FALSE, na.strings = character(0),
              encoding = "UTF-8")
e <- read.csv(args[2], sep = sep, colClasses = "character", check.names = FALSE, na.strings = character(0),
              encoding = "UTF-8")
names(n)[names(n) == "name"] <- "label"  # KGX's name column would replace igraph's vertex names (the ids)
if ("subject" %in% names(e)) {  # KGX: subject, predicate, object; igraph takes the first two as the ends
  e <- e[, c("subject", "object", setdiff(names(e), c("subject", "object")))]
}
g <- igraph::graph_from_data_frame(e, directed = TRUE, vertices = n)
cat(igraph::vcount(g), igraph::ecount(g), "\n", sep = " ")
d <- igraph::as_data_frame(g, what = "edges")
write.table(d[, 1:2], stdout(), sep = "\t", quote = FALSE, row.names = FALSE, col.names = FALSE)
'''
    r = run(["Rscript", "-e", script, nodes_path, edges_path, "tab" if sep == "\t" else "comma"])
    if r.returncode != 0:
        fail("R could not read the tables:\n" + r.stderr.decode()[-2000:])
    lines = r.stdout.decode("utf-8").splitlines()
    counts = [int(x) for x in lines[0].split()]
    return counts, [tuple(line.split("\t")) for line in lines[1:]]


def triples(paths):
    """kgforge's N-Triples of `paths`, sorted, with the reification statements' skolem IRIs
    (BASE/.well-known/genid/HASH: the base is the KB's, which tables do not carry) cut to
    the hash."""
    out = kgforge("export", *paths, "--to", "ntriples").stdout.decode()
    return sorted(re.sub(r"<[^<>]*/\.well-known/genid/([0-9a-z]+)>", r"<genid:\1>", line)
                  for line in out.splitlines() if line)


def without_value_sources(lines):
    """`lines` less the rdf:Statements of attribute values with sources of their own (a
    literal rdf:object), which tables do not carry (docs/tables.md)."""
    own = {line.split(" ", 1)[0] for line in lines if "#object> \"" in line}
    check(len(own) >= 3, "the CEOP KB has %d attribute values with a source of their own" % len(own))
    return [line for line in lines if line.split(" ", 1)[0] not in own]


def main():
    kb = Kb(KB)
    with tempfile.TemporaryDirectory() as tmp:
        yaml_graph = without_value_sources(triples(KB))
        for fmt, sep, ext in (("csv", ",", "csv"), ("tsv", "\t", "tsv"), ("kgx", "\t", "tsv")):
            stem = os.path.join(tmp, "ceop-" + fmt)
            kgforge("export", *KB, "--to", fmt, "-o", stem)
            nodes_path, edges_path = stem + "_nodes." + ext, stem + "_edges." + ext
            nodes = pd.read_csv(nodes_path, sep=sep, dtype=str, keep_default_na=False)
            edges = pd.read_csv(edges_path, sep=sep, dtype=str, keep_default_na=False)
            check_tables(kb, nodes, edges, fmt == "kgx")
            # R and igraph read the same tables as pandas.
            (vcount, ecount), r_edges = r_reads(nodes_path, edges_path, sep)
            check((vcount, ecount) == (len(nodes), len(edges)), "%s: R reads %d nodes, %d edges" % (fmt, vcount, ecount))
            src, dst = ("subject", "object") if fmt == "kgx" else ("Source", "Target")
            mine = sorted(zip(edges[src], edges[dst]))
            check(sorted(r_edges) == mine, "%s: R's edge list differs: %s" % (fmt, sorted(set(r_edges) ^ set(mine))[:4]))
            # Back through kgforge's table reader: the same graph, both orders on the command line.
            for order in ((nodes_path, edges_path), (edges_path, nodes_path)):
                back = triples(order)
                if back != yaml_graph:
                    only_yaml = sorted(set(yaml_graph) - set(back))
                    only_tables = sorted(set(back) - set(yaml_graph))
                    fail("%s: the tables read back differ from the YAML:\n only YAML: %s\n only tables: %s" % (
                        fmt, only_yaml[:5], only_tables[:5]))
        # Measures as columns: --annotate pagerank adds a kgf:pagerank column equal to analyze's.
        stem = os.path.join(tmp, "annotated")
        kgforge("export", *KB, "--to", "csv", "-o", stem, "--annotate", "pagerank")
        nodes = pd.read_csv(stem + "_nodes.csv", dtype=str, keep_default_na=False)
        analyzed = kgforge("analyze", *KB, "--measures", "pagerank", "--format", "csv", "--top", "100000").stdout
        table = list(csv.DictReader(io.StringIO(analyzed.decode())))
        check(len(table) > 0, "analyze printed no rows")
        key = "iri" if "iri" in table[0] else None
        check(key is not None, "analyze --format csv has no iri column: %s" % list(table[0]))
        by_iri = dict(zip(nodes["iri"], nodes[column_of(nodes, KGF + "pagerank")]))
        for row in table:
            check(float(by_iri[row["iri"]]) == float(row["pagerank"]),
                  "pagerank of %s: table %s, analyze %s" % (row["iri"], by_iri[row["iri"]], row["pagerank"]))
    print("ok: csv, tsv and kgx tables read by pandas and R/igraph equal the YAML, and read back as its graph")


if __name__ == "__main__":
    main()
