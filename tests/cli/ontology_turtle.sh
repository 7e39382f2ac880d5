#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `kgforge ontology --to ttl` goes through the Turtle exporter: for an ontology with a
# class whose local name holds a '.' and a label with a control character (BEL), it
# writes the escaped full IRI and \u0007, exactly as `export --with-ontology` writes
# the same triples, and rapper and serdi read it.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cat >"$tmp/ext.ttl" <<'TTL'
@prefix kgf: <https://w3id.org/kgforge/ns#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kgf:Unit.v2 a owl:Class ;
    rdfs:subClassOf kgf:Organisation ;
    rdfs:label "Unit\u0007v2" .
TTL

"$KGFORGE" ontology --ontology "$tmp/ext.ttl" --to ttl -o "$tmp/onto.ttl" || fail "ontology --to ttl exited $?"
"$KGFORGE" export "$KGFORGE_SOURCE_DIR/tests/cli/data/good.yaml" --ontology "$tmp/ext.ttl" --with-ontology \
  --to turtle -o "$tmp/export.ttl" || fail "export --with-ontology exited $?"

for f in onto export; do
  if LC_ALL=C grep -q $'\a' "$tmp/$f.ttl"; then fail "$f.ttl holds a raw BEL"; fi
  grep -qF '<https://w3id.org/kgforge/ns#Unit.v2>' "$tmp/$f.ttl" || fail "$f.ttl does not write the full IRI of Unit.v2"
  if grep -qF 'kgf:Unit.v2' "$tmp/$f.ttl"; then fail "$f.ttl writes the prefixed name kgf:Unit.v2"; fi
  grep -qF '"Unit\u0007v2"' "$tmp/$f.ttl" || fail "$f.ttl does not escape the BEL as \\u0007"
  rapper -q -i turtle -o ntriples "$tmp/$f.ttl" >"$tmp/$f.rapper.nt" || fail "rapper rejects $f.ttl"
  serdi -i turtle -o ntriples "$tmp/$f.ttl" | sed -E 's/_:[A-Za-z0-9]+/_:B/g' | sort -u >"$tmp/$f.nt" ||
    fail "serdi rejects $f.ttl"
done
[ -s "$tmp/onto.nt" ] || fail "no triples in the ontology Turtle"
# Every triple of `ontology --to ttl` is in `export --with-ontology` (which adds the KB's).
missing=$(comm -23 "$tmp/onto.nt" "$tmp/export.nt" | head -5)
[ -z "$missing" ] || fail "ontology --to ttl and export --with-ontology disagree, e.g.: $missing"
echo "ok"
