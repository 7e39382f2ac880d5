#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# '-' as a KB reads stdin: YAML unless --from names another format (RDF needs --from,
# since stdin has no extension). Diagnostics name <stdin>.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"

"$KGFORGE" stats --format json - <"$D/good.yaml" >"$W/stdin.json" || fail "stats - exited $?"
"$KGFORGE" stats --format json "$D/good.yaml" >"$W/file.json"
cmp -s "$W/stdin.json" "$W/file.json" || fail "stats of stdin differs from stats of the file"

"$KGFORGE" validate - <"$D/good.yaml" 2>/dev/null || fail "validate - exited $?"
"$KGFORGE" path - zoe globex <"$D/good.yaml" >"$W/path" || fail "path - exited $?"
grep -q "1 shortest path of 2 relations" "$W/path" || { fail "path - found no path"; cat "$W/path"; }
"$KGFORGE" neighbours - acme --format json <"$D/good.yaml" >/dev/null || fail "neighbours - exited $?"

# build from stdin: the outputs are named stdin.*
"$KGFORGE" build - -o "$W/out" --formats ttl -q <"$D/good.yaml" || fail "build - exited $?"
[ -s "$W/out/stdin.ttl" ] || fail "build - wrote no out/stdin.ttl: $(ls "$W/out")"

# Errors in stdin are located as <stdin>:line:column.
"$KGFORGE" validate - <"$D/ten_mistakes.yaml" >/dev/null 2>"$W/err"
[ $? -eq 1 ] || fail "validate - on a bad KB did not exit 1"
grep -q '^<stdin>:5:1: error: ' "$W/err" || { fail "errors from stdin are not located as <stdin>:line:col"; head -3 "$W/err"; }

# RDF on stdin: --from turtle; without it, Turtle is read as YAML and fails (exit 1).
"$KGFORGE" stats --format json --from turtle - <"$D/rdf/good.ttl" >"$W/ttl.json" || fail "stats --from turtle - exited $?"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["entities"] > 0, d' "$W/ttl.json" \
  || fail "stats --from turtle - read no entities"
"$KGFORGE" stats - <"$D/rdf/good.ttl" >/dev/null 2>&1
[ $? -eq 1 ] || fail "Turtle on stdin without --from was not refused as YAML"
"$KGFORGE" stats --from turtles - </dev/null >/dev/null 2>&1
[ $? -eq 2 ] || fail "--from turtles did not exit 2"

# convert takes '-' too.
"$KGFORGE" convert --from turtle - "$W/x.nt" <"$D/rdf/good.ttl" || fail "convert - exited $?"
[ -s "$W/x.nt" ] || fail "convert - wrote nothing"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "ok"
