#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Identity links (issue 15): a KB's `pages` are written schema:sameAs, `same_as` stays
# owl:sameAs, and a Wikipedia article under `same_as` gets a page-as-same-as warning
# (still written as asked). Also --entail's and --qualifiers' usage errors: exit 2.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"

cat >"$W/kb.yaml" <<'YAML'
kgforge: 1
base: https://example.org/kb/
prefixes:
  wd: http://www.wikidata.org/entity/
entities:
  - id: nca
    type: LawEnforcementAgency
    name: National Crime Agency
    same_as: [wd:Q6970987, https://en.wikipedia.org/wiki/NCA]
    pages: [https://en.wikipedia.org/wiki/National_Crime_Agency]
YAML
"$KGFORGE" validate "$W/kb.yaml" >"$W/out" 2>"$W/err" || fail "validate: exit $? (a warning is not an error)"
grep -q 'kb.yaml:9:.*warning: .*https://en.wikipedia.org/wiki/NCA.*pages.*\[page-as-same-as\]' "$W/err" ||
  fail "no page-as-same-as warning at the Wikipedia same_as: $(cat "$W/err")"
[ "$(grep -c 'page-as-same-as' "$W/err")" -eq 1 ] || fail "page-as-same-as warned for a Wikidata IRI or a page: $(cat "$W/err")"
"$KGFORGE" validate --strict "$W/kb.yaml" >/dev/null 2>&1 && fail "validate --strict passed a page-as-same-as warning"
"$KGFORGE" export -q "$W/kb.yaml" --to ntriples -o "$W/kb.nt" || fail "export: exit $?"
grep -qF '<https://example.org/kb/nca> <http://schema.org/sameAs> <https://en.wikipedia.org/wiki/National_Crime_Agency> .' "$W/kb.nt" ||
  fail "pages is not schema:sameAs"
grep -qF '<https://example.org/kb/nca> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q6970987> .' "$W/kb.nt" ||
  fail "same_as is not owl:sameAs"
if grep -q 'owl#sameAs> <https://en.wikipedia.org/wiki/National_Crime_Agency>' "$W/kb.nt"; then fail "a page became owl:sameAs"; fi

# The bundled KB lists its Wikipedia articles as pages: no owl:sameAs to Wikipedia.
"$KGFORGE" export -q --to ntriples -o "$W/ceop.nt" || fail "export ceop: exit $?"
if grep -q 'owl#sameAs> <https://en.wikipedia.org' "$W/ceop.nt"; then fail "CEOP still has owl:sameAs to Wikipedia"; fi
[ "$(grep -c 'schema.org/sameAs> <https://en.wikipedia.org' "$W/ceop.nt")" -eq 46 ] || fail "CEOP should have 46 schema:sameAs pages"

# Usage errors: exit 2, nothing written.
"$KGFORGE" export -q "$W/kb.yaml" --to turtle --entail=schemaa -o "$W/x.ttl" 2>"$W/err"
[ $? -eq 2 ] || fail "--entail=schemaa: want exit 2"
grep -q "unknown vocabulary 'schemaa' (did you mean 'schema'?)" "$W/err" || fail "--entail=schemaa: $(cat "$W/err")"
[ ! -e "$W/x.ttl" ] || fail "--entail=schemaa wrote a file"
"$KGFORGE" export -q "$W/kb.yaml" --to rdfxml --qualifiers star -o "$W/x.rdf" 2>"$W/err"
[ $? -eq 2 ] || fail "--to rdfxml --qualifiers star: want exit 2"
[ ! -e "$W/x.rdf" ] || fail "--qualifiers star wrote RDF/XML"
"$KGFORGE" export -q "$W/kb.yaml" --to turtle --entail=schema,org -o "$W/e.ttl" || fail "--entail=schema,org: exit $?"
grep -q 'a kgf:LawEnforcementAgency,' "$W/e.ttl" && grep -q 'schema:Organization' "$W/e.ttl" && grep -q 'org:Organization' "$W/e.ttl" ||
  fail "--entail=schema,org wrote no schema/org types: $(head -30 "$W/e.ttl")"
if grep -q 'foaf:\|prov:' "$W/e.ttl"; then fail "--entail=schema,org wrote FOAF or PROV terms"; fi

[ "$failures" -eq 0 ] && echo "identity_links: ok"
exit $((failures > 0))
