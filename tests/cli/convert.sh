#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# kgforge convert: RDF -> RDF keeps the triples exactly (no added schema:name, lexical
# forms as read), --base resolves relative IRIs, and a parse error exits 1 (the input
# has errors, as in every command) with file:line and writes no output file; an output
# format convert cannot write exits 2.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cat >"$tmp/in.ttl" <<'TTL'
@prefix e: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
e:a a e:C ; rdfs:label "A"@EN , "A" ; e:n "01"^^xsd:integer , "x"^^xsd:integer , 1.50 ;
    e:p [ e:q <rel> ] .
TTL
"$KGFORGE" convert --base http://base.example/dir/ "$tmp/in.ttl" "$tmp/out.nt"
sort "$tmp/out.nt" >"$tmp/got"
cat >"$tmp/want" <<'NT'
<http://example.org/a> <http://example.org/n> "01"^^<http://www.w3.org/2001/XMLSchema#integer> .
<http://example.org/a> <http://example.org/n> "1.50"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<http://example.org/a> <http://example.org/n> "x"^^<http://www.w3.org/2001/XMLSchema#integer> .
<http://example.org/a> <http://example.org/p> _:BLANK .
<http://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/C> .
<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .
<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@en .
_:BLANK <http://example.org/q> <http://base.example/dir/rel> .
NT
sed -E 's/_:[A-Za-z0-9]+/_:BLANK/g' "$tmp/got" | sort >"$tmp/got.norm"
sort "$tmp/want" >"$tmp/want.norm"
diff "$tmp/want.norm" "$tmp/got.norm" || fail "convert did not keep the triples exactly"

# Round trip through RDF/XML and Turtle gives the same N-Triples.
for to in rdfxml turtle; do
  "$KGFORGE" convert --base http://base.example/dir/ --to "$to" "$tmp/in.ttl" "$tmp/mid.$to"
  "$KGFORGE" convert --from "$to" --to ntriples "$tmp/mid.$to" - | sed -E 's/_:[A-Za-z0-9]+/_:BLANK/g' | sort >"$tmp/rt"
  diff "$tmp/want.norm" "$tmp/rt" || fail "round trip through $to changed the triples"
done

# A parse error: exit 1, file:line on stderr, no output file.
printf '@prefix e: <http://example.org/> .\ne:a e:b e:c .\ne:a e:b .\n' >"$tmp/bad.ttl"
set +e
"$KGFORGE" convert "$tmp/bad.ttl" "$tmp/bad.nt" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "parse error exit $rc, expected 1"
grep -q "bad.ttl:3" "$tmp/err" || fail "no file:line in: $(cat "$tmp/err")"
[ ! -e "$tmp/bad.nt" ] || fail "an output file was written for bad input"
# An output name whose extension is no RDF format convert writes is a usage error
# (exit 2) naming the formats it writes, and nothing is written (it used to write
# N-Triples into x.gexf and exit 0).
for args in "$tmp/x.gexf" "--to graphml $tmp/x.graphml"; do
  set +e
  # shellcheck disable=SC2086
  "$KGFORGE" convert "$tmp/in.ttl" $args 2>"$tmp/err"
  rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "convert $args: exit $rc, expected 2 (usage)"
  grep -q "turtle, ntriples, rdfxml" "$tmp/err" || fail "convert $args: the error does not name the formats: $(cat "$tmp/err")"
done
[ ! -e "$tmp/x.gexf" ] && [ ! -e "$tmp/x.graphml" ] || fail "convert wrote a file for an unknown output format"
echo "ok"
