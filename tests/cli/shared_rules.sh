#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One rule, one verdict, whatever the command or format (issue 11):
# 1. an unknown --classes name is a usage error (exit 2) with the same "did you mean"
#    in export (every --to), render and analyze, and nothing is written;
# 2. --as-of takes real dates only: 2013-02-30 is a usage error (exit 2) everywhere;
# 3. an xsd:date with a time zone (2013-01-01Z) is valid in YAML as in Turtle input,
#    and a date that does not exist is refused by both.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
kb="$KGFORGE_SOURCE_DIR/tests/cli/data/good.yaml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

targets=("export --to turtle -o $work/x.ttl" "export --to ntriples -o $work/x.nt" "export --to rdfxml -o $work/x.rdf"
         "export --to dot -o $work/x.dot" "export --to graphml -o $work/x.graphml" "render -o $work/x.svg"
         "analyze")

# 1. --classes Organization (the ontology spells it Organisation).
for target in "${targets[@]}"; do
  # shellcheck disable=SC2086
  "$KGFORGE" $target "$kb" --classes Organization >"$work/out" 2>"$work/err"
  rc=$?
  [ "$rc" -eq 2 ] || fail "$target --classes Organization: exit $rc, expected 2"
  grep -q "unknown class 'Organization' (did you mean 'Organisation'?)" "$work/err" ||
    { fail "$target: no suggestion"; cat "$work/err"; }
  [ -s "$work/out" ] && fail "$target: wrote to stdout: $(head -c 200 "$work/out")"
  # shellcheck disable=SC2086
  "$KGFORGE" $target "$kb" --classes Company,schema:Person >/dev/null 2>"$work/err" ||
    { fail "$target --classes Company,schema:Person failed"; cat "$work/err"; }
done
"$KGFORGE" neighbours "$kb" acme --classes Organization >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -eq 2 ] || fail "neighbours --classes Organization: exit $rc, expected 2"
grep -q "unknown class 'Organization' (did you mean 'Organisation'?)" "$work/err" || { fail "neighbours: no suggestion"; cat "$work/err"; }
"$KGFORGE" neighbours "$kb" acme --as-of 2013-02-30 >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -eq 2 ] || fail "neighbours --as-of 2013-02-30: exit $rc, expected 2"
# A bad prefix is a usage error too, and all bad names are listed in one run.
"$KGFORGE" export "$kb" --to turtle --classes nope:Thing,Compnay -o "$work/y.ttl" 2>"$work/err"
rc=$?
[ "$rc" -eq 2 ] || fail "unknown prefix: exit $rc, expected 2"
grep -q "bad class name 'nope:Thing': unknown prefix 'nope'" "$work/err" || { fail "unknown prefix not named"; cat "$work/err"; }
grep -q "unknown class 'Compnay' (did you mean 'Company'?)" "$work/err" || { fail "second bad name not listed"; cat "$work/err"; }
[ -e "$work/y.ttl" ] && fail "a failed export wrote y.ttl"

# 2. --as-of 2013-02-30 is no date; 2024-02-29 is one.
for target in "${targets[@]}"; do
  rm -f "$work"/x.*
  # shellcheck disable=SC2086
  "$KGFORGE" $target "$kb" --as-of 2013-02-30 >"$work/out" 2>"$work/err"
  rc=$?
  [ "$rc" -eq 2 ] || fail "$target --as-of 2013-02-30: exit $rc, expected 2"
  grep -q -- "--as-of '2013-02-30' is not a" "$work/err" || { fail "$target: bad date not named"; cat "$work/err"; }
  ls "$work"/x.* >/dev/null 2>&1 && fail "$target: an output file was written"
  # shellcheck disable=SC2086
  "$KGFORGE" $target "$kb" --as-of 2024-02-29 >/dev/null 2>"$work/err" || { fail "$target --as-of 2024-02-29 failed"; cat "$work/err"; }
done

# 3. The same xsd:date literal in YAML and in Turtle gets the same verdict.
cat >"$work/tz.yaml" <<'YAML'
kgforge: 1
base: https://example.org/kb/
entities:
  - id: acme
    type: Company
    name: Acme
    attributes:
      foundingDate: {value: "2013-01-01Z", datatype: xsd:date}
YAML
cat >"$work/tz.ttl" <<'TTL'
@prefix kgf: <https://w3id.org/kgforge/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/kb/acme> a kgf:Company ; rdfs:label "Acme" ; kgf:foundingDate "2013-01-01Z"^^xsd:date .
TTL
for f in tz.yaml tz.ttl; do
  "$KGFORGE" validate "$work/$f" >"$work/out" 2>&1 || { fail "validate $f rejected 2013-01-01Z"; cat "$work/out"; }
  "$KGFORGE" export "$work/$f" --to ntriples -o "$work/$f.nt" 2>"$work/err" || { fail "export $f failed"; cat "$work/err"; }
  grep -qF '"2013-01-01Z"^^<http://www.w3.org/2001/XMLSchema#date>' "$work/$f.nt" || fail "$f: literal not exported as is"
done
sed 's/2013-01-01Z/2013-02-30Z/' "$work/tz.yaml" >"$work/bad.yaml"
sed 's/2013-01-01Z/2013-02-30Z/' "$work/tz.ttl" >"$work/bad.ttl"
for f in bad.yaml bad.ttl; do
  "$KGFORGE" validate "$work/$f" >"$work/out" 2>&1
  rc=$?
  [ "$rc" -eq 1 ] || fail "validate $f: exit $rc, expected 1 (2013-02-30Z is no date)"
  grep -q "'2013-02-30Z' is not a valid xsd:date" "$work/out" || { fail "$f: bad date not named"; cat "$work/out"; }
done

[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
