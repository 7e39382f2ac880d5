#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# RDF knowledge bases (Turtle, N-Triples, RDF/XML) are read with Raptor2, merged with
# each other, validated against the ontology, and their errors are located.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:/usr/bin/python3
data="$KGFORGE_SOURCE_DIR/tests/cli/data/rdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. Turtle and RDF/XML together: valid; labels, classes, relations and the reified
#    qualifier are in the model.
"$KGFORGE" validate --strict "$data/good.ttl" "$data/good.rdf" 2>"$work/err" || { fail "validate good RDF exited $?"; cat "$work/err"; }
"$KGFORGE" stats --json "$data/good.ttl" "$data/good.rdf" >"$work/stats.json" 2>/dev/null || fail "stats exited $?"
/usr/bin/python3 - "$work/stats.json" <<'PY' || fail "stats of the RDF KB"
import json, sys
s = json.load(open(sys.argv[1]))
kgf = "https://w3id.org/kgforge/ns#"
assert s["entities"] == 3, s            # nca, ceop, nspcc (the rdf:Statement is folded away)
assert s["relations"] == 2, s           # unitOf, partnerOf
assert s["qualifiers_by_predicate"] == {kgf + "since": 1}, s
assert s["classes"][kgf + "Command"] == 1, s
PY

# 2. Ontology mistakes in Turtle are located at their statement (Raptor's Turtle parser
#    reports the line of its look-ahead token, so the line after a ';' may be given).
"$KGFORGE" validate "$data/mistakes.ttl" 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] || fail "mistakes.ttl exited $rc, expected 1"
grep -qE 'mistakes\.ttl:[56](:[0-9]+)?: error: unknown class kgf:LawEnforcementAgncy; did you mean kgf:LawEnforcementAgency\? \[unknown-class\]' "$work/err" \
  || { fail "unknown class not located"; cat "$work/err"; }
grep -qE "mistakes\.ttl:9(:[0-9]+)?: error: kgf:foundingDate takes .*'April 2006'.*\[wrong-datatype\]" "$work/err" \
  || { fail "wrong datatype not located"; cat "$work/err"; }

# 3. An N-Triples syntax error: file:line:column, exit 1, and nothing is written.
mkdir -p "$work/out"
"$KGFORGE" build "$data/broken.nt" -o "$work/out" >/dev/null 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] || fail "build broken.nt exited $rc, expected 1"
grep -qE 'broken\.nt:2:65: error: .*\[rdf-syntax\]' "$work/err" || { fail "N-Triples error not located"; cat "$work/err"; }
[ -z "$(ls "$work/out")" ] || fail "build of a broken KB wrote $(ls "$work/out")"

[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
