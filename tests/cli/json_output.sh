#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --format json on every command that reports (stats, validate, analyze, path,
# neighbours): valid JSON (read back with Python's json) holding the right values; the
# old spellings --json and validate --diagnostics json give the same output.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"
py=/usr/bin/python3
K="https://example.org/kb/"

check() {  # check NAME PYTHON-ASSERTIONS -- kgforge args...; `d` is the parsed stdout
  local name=$1 code=$2
  shift 3
  "$KGFORGE" "$@" >"$W/$name.json" 2>"$W/$name.err"
  echo "$?" >"$W/$name.rc"
  $py - "$W/$name.json" "$code" <<'PY' || { fail "$name: kgforge $*"; cat "$W/$name.err"; }
import json, sys
d = json.load(open(sys.argv[1]))
exec(sys.argv[2])
PY
}

check stats 'assert d["entities"] == 5 and d["relations"] == 3, d' -- stats "$D/good.yaml" --format json
check stats_alias 'assert d["entities"] == 5' -- stats "$D/good.yaml" --json
cmp -s "$W/stats.json" "$W/stats_alias.json" || fail "stats --json differs from --format json"

check validate_ok '
assert d["valid"] is True and d["entities"] == 5 and d["relations"] == 3 and d["errors"] == 0, d
assert d["diagnostics"] == [], d' -- validate "$D/good.yaml" --format json
check validate_bad '
assert d["valid"] is False and d["errors"] == 10, d
errs = [x for x in d["diagnostics"] if x["severity"] == "error"]
assert len(errs) == 10 and all(x["line"] > 0 and x["column"] > 0 for x in errs), errs' -- validate "$D/ten_mistakes.yaml" --format json
[ "$(cat "$W/validate_bad.rc")" = 1 ] || fail "validate --format json on errors exited $(cat "$W/validate_bad.rc"), expected 1"
[ ! -s "$W/validate_bad.err" ] || fail "validate --format json also printed to stderr"
check validate_alias 'assert d["valid"] is False and d["errors"] == 10' -- validate "$D/ten_mistakes.yaml" --diagnostics json
cmp -s "$W/validate_bad.json" "$W/validate_alias.json" || fail "validate --diagnostics json differs from --format json"
check validate_json 'assert d["valid"] is True' -- validate "$D/good.yaml" --json

check analyze '
names = {n["id"]: n for n in d["nodes"]}
assert d["graph"]["nodes"] == 3, d["graph"]
assert names["acme"]["in_degree"] == 1 and names["acme"]["out_degree"] == 1, names["acme"]' -- analyze "$D/good.yaml" --format json
check analyze_alias 'assert d["graph"]["nodes"] == 3' -- analyze "$D/good.yaml" --json

check path '
assert d["found"] is True and d["length"] == 2 and d["count"] == 1 and d["undirected"] is False, d
assert d["from"]["iri"] == "'$K'zoe" and d["to"]["iri"] == "'$K'globex", d
steps = d["paths"][0]
assert [s["from"]["id"] for s in steps] == ["zoe", "acme"], steps
assert steps[0]["relations"][0]["predicate"].endswith("#worksFor") and steps[0]["relations"][0]["forward"] is True, steps
assert steps[0]["relations"][0]["when"] != "", steps' -- path "$D/good.yaml" zoe globex --format json
check path_none 'assert d["found"] is False and d["paths"] == [] and d["length"] is None, d' -- path "$D/good.yaml" globex zoe --json

check neighbours '
assert d["centre"]["id"] == "acme" and d["depth"] == 1, d
ents = {e["id"]: e for e in d["entities"]}
assert set(ents) == {"acme", "globex", "zoe"}, ents
assert ents["acme"]["distance"] == 0 and ents["zoe"]["distance"] == 1, ents
assert ents["zoe"]["classes"] == ["https://w3id.org/kgforge/ns#Person"], ents["zoe"]
assert ents["zoe"]["name"] == "Zoë Ünal", ents["zoe"]
assert len(d["relations"]) == 2, d["relations"]' -- neighbours "$D/good.yaml" acme --format json

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "ok"
