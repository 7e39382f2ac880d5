#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# -q silences everything but errors, in every command: no summaries, notes, warnings or
# "wrote" lines; errors are still printed. The product itself (a report, an export to
# stdout) is still written.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"

# A KB with a warning (an attribute from a vocabulary the ontology does not define):
# checked first to warn without -q, so that its silence under -q means something.
cat >"$W/warn.yaml" <<'YAML'
kgforge: 1
base: https://example.org/kb/
prefixes:
  ex: https://example.org/vocab#
entities:
  - id: acme
    type: Company
    name: Acme
    attributes:
      ex:colour: blue
YAML
"$KGFORGE" validate "$W/warn.yaml" >/dev/null 2>"$W/err"
grep -q "warning" "$W/err" || { fail "warn.yaml does not warn; the test needs a warning"; cat "$W/err"; }

# Each command, quiet: nothing on stdout and nothing on stderr.
silent=(
  "build $D/good.yaml -o $W/out -q"
  "build $W/warn.yaml -o $W/out -q"
  "-q build $D/good.yaml -o $W/out"
  "validate $W/warn.yaml -q"
  "export $W/warn.yaml --to turtle -o $W/x.ttl -q"
  "render $D/good.yaml -o $W/x.svg -q"
  "analyze $D/good.yaml -o $W/a.json --format json -q"
  "convert $D/rdf/good.ttl $W/x.nt -q"
  "ontology --to md -o $W/o.md -q"
  "build $D/good.yaml -o $W/out2 --formats ttl,svg -q"
)
for row in "${silent[@]}"; do
  read -r -a args <<<"$row"
  "$KGFORGE" "${args[@]}" >"$W/stdout" 2>"$W/stderr"
  rc=$?
  [ "$rc" -eq 0 ] || fail "kgforge $row: exit $rc"
  [ ! -s "$W/stdout" ] || { fail "kgforge $row: wrote to stdout under -q:"; head -3 "$W/stdout"; }
  [ ! -s "$W/stderr" ] || { fail "kgforge $row: wrote to stderr under -q:"; head -3 "$W/stderr"; }
done

# The same commands without -q do say something (so the test above tests -q).
"$KGFORGE" build "$D/good.yaml" -o "$W/out3" >"$W/stdout" 2>&1
grep -q "wrote" "$W/stdout" || fail "build without -q printed no 'wrote' lines"
"$KGFORGE" render "$D/good.yaml" -o "$W/y.svg" >"$W/stdout" 2>"$W/stderr"
grep -q "wrote" "$W/stdout" || fail "render without -q printed no 'wrote' line"
grep -q "note: laid out" "$W/stderr" || fail "render without -q printed no layout note"

# Errors are still printed under -q, warnings are not.
"$KGFORGE" validate "$D/ten_mistakes.yaml" -q >"$W/stdout" 2>"$W/stderr"
[ $? -eq 1 ] || fail "validate -q on errors did not exit 1"
n=$(grep -c ": error: " "$W/stderr")
[ "$n" -eq 10 ] || fail "validate -q printed $n errors, expected 10"
"$KGFORGE" stats "$W/missing.yaml" -q >/dev/null 2>"$W/stderr"
grep -q "missing.yaml" "$W/stderr" || fail "stats -q on a missing file said nothing"

# The product is still written under -q.
"$KGFORGE" stats "$D/good.yaml" -q >"$W/stdout" 2>/dev/null
grep -q "entities" "$W/stdout" || fail "stats -q printed no statistics"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "ok"
