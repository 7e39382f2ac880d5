# SPDX-License-Identifier: MIT
"""SPARQL over RDF files in Oxigraph (npm `oxigraph`, run with node through
tests/interop/oxigraph_query.mjs), for the tests that ask Oxigraph questions."""
import json
import os
import subprocess

INTEROP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_queries(queries, files, out_dir, prefixes="", values=None):
    """Asks each of `queries` (name -> SPARQL, `{key}` replaced by values[key], after
    `prefixes`) over `files` loaded together. Returns (results, problem): the JSON
    results by name, and None or what went wrong (then results is {})."""
    def fill(text):
        for key, value in (values or {}).items():
            text = text.replace("{" + key + "}", value)
        return prefixes + text

    path = os.path.join(out_dir, "queries.json")
    with open(path, "w") as f:
        json.dump({k: fill(v) for k, v in queries.items()}, f)
    r = subprocess.run(["node", os.path.join(INTEROP, "oxigraph_query.mjs"), path, *files],
                       capture_output=True, text=True, cwd=INTEROP)
    if r.returncode != 0:
        return {}, f"node oxigraph_query.mjs {files}: rc={r.returncode} {r.stderr[-2000:]}"
    return json.loads(r.stdout), None
