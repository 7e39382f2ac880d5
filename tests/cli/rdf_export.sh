#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# kgforge export --to turtle|ntriples|rdfxml (and their aliases) and kgforge build's RDF
# files: exit codes, stdout vs -o, identical bytes from every route, refusals that write
# nothing. What the files mean is checked by tests/interop/rdf_export_test.py.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
kb="$KGFORGE_SOURCE_DIR/examples/ceop/ceop.yaml"

for pair in turtle:ttl ntriples:nt rdfxml:rdf; do
  format=${pair%%:*} alias=${pair##*:}
  "$KGFORGE" export "$kb" --to "$format" >"$work/stdout.$alias" 2>"$work/err" || fail "export --to $format: exit $?"
  "$KGFORGE" export "$kb" --to "$alias" -o "$work/file.$alias" 2>"$work/err" || fail "export --to $alias -o: exit $?"
  cmp -s "$work/stdout.$alias" "$work/file.$alias" || fail "--to $format on stdout and --to $alias -o differ"
  [ -s "$work/file.$alias" ] || fail "--to $alias wrote an empty file"
done
grep -q '^@prefix kgf: <https://w3id.org/kgforge/ns#> \.$' "$work/file.ttl" || fail "Turtle without its kgf: prefix"
grep -q '^    a kgf:LawEnforcementUnit ;$' "$work/file.ttl" || fail "Turtle does not write rdf:type as 'a'"
if grep -qv ' \.$' "$work/file.nt"; then fail "an N-Triples line does not end in ' .'"; fi
grep -q '<rdf:RDF' "$work/file.rdf" || fail "RDF/XML without rdf:RDF"

# kgforge build writes the same bytes as export.
"$KGFORGE" build "$kb" -o "$work/out" --formats ttl,nt,rdf >"$work/build.out" 2>&1 || fail "build: exit $?"
for ext in ttl nt rdf; do
  cmp -s "$work/out/ceop.$ext" "$work/file.$ext" || fail "build's ceop.$ext differs from export's"
done

# An unknown format is a usage error (exit 2) and writes nothing.
"$KGFORGE" export "$kb" --to turtles -o "$work/x.ttl" 2>"$work/err"
rc=$?
[ "$rc" -eq 2 ] || fail "--to turtles exited $rc, expected 2"
[ ! -e "$work/x.ttl" ] || fail "--to turtles wrote a file"

# Text XML cannot carry is refused by validate (so before RDF/XML is written): exit 1,
# the message names it, nothing written.
"$KGFORGE" export "$KGFORGE_SOURCE_DIR/tests/data/hostile.yaml" --to rdfxml -o "$work/h.rdf" 2>"$work/err" >/dev/null
rc=$?
[ "$rc" -eq 1 ] || fail "hostile --to rdfxml exited $rc, expected 1"
grep -q 'U+0001' "$work/err" || { fail "the refusal does not name the character"; cat "$work/err"; }
[ ! -e "$work/h.rdf" ] || fail "a refused RDF/XML export left a file"

[ "$failures" -eq 0 ] && echo "rdf_export.sh: ok"
exit $((failures > 0))
