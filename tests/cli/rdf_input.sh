#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# RDF knowledge bases (Turtle, N-Triples, RDF/XML) are read, merged with each other,
# validated against the ontology (the qualifiers of relations and of attribute values
# too), and their errors are located.
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

# 4. The qualifiers of an attribute value (a reification whose rdf:object is a literal) are
#    checked as a relation's are: a bad lexical form and an unknown qualifier, each located
#    at the value, in one run; exit 1.
cat >"$work/value_qualifiers.ttl" <<'TTL'
@prefix kgf: <https://w3id.org/kgforge/ns#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/kb/> .
ex:ceop a kgf:Organisation ; rdfs:label "CEOP" ;
    kgf:foundingDate "2006-04"^^xsd:gYearMonth .
ex:s a rdf:Statement ; rdf:subject ex:ceop ; rdf:predicate kgf:foundingDate ;
    rdf:object "2006-04"^^xsd:gYearMonth ; kgf:since "April 2006" ; kgf:sinse "2006" .
TTL
"$KGFORGE" validate "$work/value_qualifiers.ttl" 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] || fail "value_qualifiers.ttl exited $rc, expected 1"
grep -qE "value_qualifiers\.ttl:7:[0-9]+: error: kgf:since takes .*'April 2006'.*\[wrong-datatype\]" "$work/err" \
  || { fail "an attribute value's bad qualifier is not reported"; cat "$work/err"; }
grep -qE "value_qualifiers\.ttl:7:[0-9]+: error: unknown property kgf:sinse; did you mean kgf:since\? \[unknown-property\]" "$work/err" \
  || { fail "an attribute value's unknown qualifier is not reported"; cat "$work/err"; }

[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
