#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Input alignments (issue 12 item 4), on N-Triples written with schema.org terms. A term
# the ontology states owl:equivalentClass / owl:equivalentProperty to a kgforge term
# (schema:Person, schema:Organization, schema:worksFor) is read as that term: no warning,
# and the kgforge term's domain and range hold. A kgforge class stated only under a
# broader schema.org class (kgf:Charge under schema:Intangible) is not what the broad
# class is read as, so a schema:Intangible is no kgf:Charge (a range-mismatch), and the
# ontology's reference (ontology --to md) does not list it; an extension that states the
# outside term under a kgforge term (`schema:X rdfs:subClassOf kgf:Y`) makes it read.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"
T="<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
S="http://schema.org/"
K="https://w3id.org/kgforge/ns#"
{
  echo "<http://ex.org/ann> $T <${S}Person> ."
  echo "<http://ex.org/acme> $T <${S}Organization> ."
  echo "<http://ex.org/ann> <${S}worksFor> <http://ex.org/acme> ."
  echo "<http://ex.org/trial> $T <${K}LegalCase> ."
  echo "<http://ex.org/trial> <${K}charge> <http://ex.org/idea> ."
  echo "<http://ex.org/idea> $T <${S}Intangible> ."
} >"$W/kg.nt"

"$KGFORGE" validate "$W/kg.nt" 2>"$W/err" || fail "validate exited $?: $(cat "$W/err")"
grep -q "warning: kgf:charge points to a kgf:Charge (charge), but <http://ex.org/idea> is a schema:Intangible.*\[range-mismatch\]" "$W/err" ||
  fail "schema:Intangible was read as kgf:Charge (no range-mismatch): $(cat "$W/err")"
[ "$(grep -c 'warning:' "$W/err")" = 1 ] || fail "expected one warning, got: $(cat "$W/err")"
grep -q "worksFor\|schema:Person\|schema:Organization" "$W/err" && fail "an equivalent schema.org term was warned about: $(cat "$W/err")"

"$KGFORGE" ontology --to md >"$W/onto.md" || fail "ontology --to md exited $?"
grep -q '^| `schema:Organization` | \[`kgf:Organisation`\]' "$W/onto.md" || fail "schema:Organization is not listed as read as kgf:Organisation"
grep -q '^| `schema:worksFor` | `kgf:worksFor`' "$W/onto.md" || fail "schema:worksFor is not listed as read as kgf:worksFor"
grep -q '^| `schema:Intangible` |' "$W/onto.md" && fail "schema:Intangible is still listed as read as a kgforge term"

# An extension stating the outside term under a kgforge term: read as it, so no warning.
cat >"$W/narrow.ttl" <<'TTL'
@prefix kgf: <https://w3id.org/kgforge/ns#> .
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
schema:Intangible rdfs:subClassOf kgf:Charge .
TTL
"$KGFORGE" validate "$W/kg.nt" --ontology "$W/narrow.ttl" 2>"$W/err2" || fail "validate --ontology exited $?: $(cat "$W/err2")"
grep -q "warning:" "$W/err2" && fail "schema:Intangible stated under kgf:Charge is still a mismatch: $(cat "$W/err2")"
"$KGFORGE" ontology --ontology "$W/narrow.ttl" --to md | grep -q '^| `schema:Intangible` | \[`kgf:Charge`\]' ||
  fail "the extension's schema:Intangible under kgf:Charge is not listed"

[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
