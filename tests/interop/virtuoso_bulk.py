#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Bulk export loaded into a real RDF server (issue 15): Virtuoso 7 (Debian's
virtuoso-opensource-7-bin), started here on loopback with a database of its own, loads
kgforge's gzip N-Triples shards with its bulk loader (`ld_dir` + `rdf_loader_run`, the
documented way to load large dumps), on the CEOP KB and on a generated 100k-entity KB:

- every shard is loaded with no error (DB.DBA.load_list: state 2, no ll_error);
- a SPARQL COUNT over the graph equals the manifest's statement count (Virtuoso keeps
  each distinct triple once; kgforge writes none twice);
- on CEOP, the leaders / part-of-since / funders questions of rdf_oxigraph_test.py give,
  in Virtuoso, the answers the YAML source gives (the same expected() as there)."""
import json
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
sys.path.insert(0, HERE)
from generated_kb import companies_and_people  # noqa: E402
from virtuoso import Virtuoso  # noqa: E402
from kgforge_require import require  # noqa: E402
from kgforge_run import check, failures, finish, kgforge  # noqa: E402

require("cmd:virtuoso-t", "cmd:isql-vt", "py:yaml")

import yaml  # noqa: E402

from rdf_oxigraph_test import KGF_QUERIES, PREFIXES, expected  # noqa: E402

SOURCE = os.environ.get("KGFORGE_SOURCE_DIR", os.path.join(HERE, "..", ".."))


def export_shards(kb, folder, per):
    os.makedirs(folder)
    args = ["export", *kb, "--to", "nt", "--shard-size", str(per), "--gzip", "-o", os.path.join(folder, "kg.nt"), "-q"]
    r = kgforge(*args)
    if r.returncode != 0:
        sys.exit(f"kgforge {' '.join(args)}: exit {r.returncode}: {r.stderr[-800:]}")
    with open(os.path.join(folder, "kg.manifest.json")) as f:
        return json.load(f)


def bulk_load(v, label, folder, manifest, graph):
    start = time.time()
    v.rows(f"ld_dir('{folder}', '*.nt.gz', '{graph}')")
    v.rows("rdf_loader_run()")
    v.rows("checkpoint")
    seconds = time.time() - start
    states = v.rows(f"SELECT ll_state, ll_error FROM DB.DBA.load_list WHERE ll_graph = '{graph}'")
    check(len(states) == len(manifest["shards"]), f"{label}: load_list has {len(states)} shards of {len(manifest['shards'])}")
    for row in states:
        check(row.split() == ["2", "NULL"], f"{label}: a shard did not load cleanly: {row!r}")
    count = v.rows(f"SPARQL SELECT COUNT(*) FROM <{graph}> WHERE {{ ?s ?p ?o }}")
    got = int(count[-1]) if count and count[-1].strip().isdigit() else None
    check(got == manifest["statements"], f"{label}: Virtuoso counts {got} triples, the manifest {manifest['statements']}")
    print(f"{label}: {manifest['statements']} statements in {len(manifest['shards'])} shards loaded in {seconds:.1f} s")


def main():
    with open(os.path.join(SOURCE, "examples", "ceop", "ceop.yaml"), encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    want = expected(kb)
    check(("National Crime Agency", "2013-10-07") in want["part_of"], f"the KB lost 'part of the NCA': {want['part_of']}")
    check(want["leaders"] and len(want["funders"]) >= 5, f"the KB lost CEOP's leaders or funders: {want}")
    work = tempfile.mkdtemp(prefix="virtuoso-", dir=os.environ.get("KGFORGE_BUILD_DIR"))
    try:
        ceop_dir, big_dir = os.path.join(work, "ceop"), os.path.join(work, "big")
        big = os.path.join(work, "big.yaml")
        companies_and_people(big, 100000)
        ceop_manifest = export_shards([], ceop_dir, 200)
        big_manifest = export_shards([big], big_dir, 100000)
        check(len(ceop_manifest["shards"]) > 1 and len(big_manifest["shards"]) > 1, "each set should be several shards")
        v = Virtuoso(work, [".", ceop_dir, big_dir], failures)
        try:
            bulk_load(v, "ceop", ceop_dir, ceop_manifest, "urn:kgforge:ceop")
            bulk_load(v, "100k", big_dir, big_manifest, "urn:kgforge:big")
            ceop, nca = kb["base"] + "ceop", kb["base"] + "nca"
            for name in ("leaders", "funders"):
                q = KGF_QUERIES[name].replace("{ceop}", ceop).replace("{nca}", nca)
                q = q.replace("WHERE", "FROM <urn:kgforge:ceop> WHERE", 1)
                got = set(v.rows("SPARQL " + " ".join(PREFIXES.split()) + " " + q))
                check(got == want[name], f"Virtuoso {name}: {sorted(got)} != {sorted(want[name])}")
            q = (f"SELECT ?since FROM <urn:kgforge:ceop> WHERE {{ ?st rdf:subject <{ceop}> ; rdf:predicate kgf:partOf ; "
                 f"rdf:object <{nca}> ; kgf:since ?since }}")
            got = set(v.rows("SPARQL " + " ".join(PREFIXES.split()) + " " + q))
            since = {s for name, s in want["part_of"] if name == "National Crime Agency"}
            check(got == since, f"Virtuoso part-of since: {sorted(got)} != {sorted(since)}")
        finally:
            v.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return finish("ok: Virtuoso's bulk loader loads every shard; counts and CEOP answers match")


if __name__ == "__main__":
    sys.exit(main())
