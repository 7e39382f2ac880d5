#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Aggregated diagnostics (issue 12): a problem about a term is one line with its count
# and first place; genuinely different problems (bad literals) stay separate up to
# --max-errors; --max-warnings bounds the distinct warnings; JSON carries the count;
# terms the ontology aligns (schema:Person, schema:memberOf) are not warned about.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"
py=/usr/bin/python3
T="<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
{
  for i in 1 2 3 4 5; do echo "<http://ex.org/v$i> $T <http://ex.org/voc#Venue> ."; done
  echo "<http://ex.org/p> $T <http://schema.org/Person> ."
  echo "<http://ex.org/o> $T <http://schema.org/Organization> ."
  echo "<http://ex.org/p> <http://schema.org/memberOf> <http://ex.org/o> ."
  for i in 1 2 3; do echo "<http://ex.org/v$i> <http://ex.org/voc#near> <http://ex.org/o> ."; done
} >"$W/kg.nt"

"$KGFORGE" stats "$W/kg.nt" >/dev/null 2>"$W/stats.err" || fail "stats exited $?"
grep -qx "kg.nt:1:.*: warning: class <http://ex.org/voc#Venue> is not in the ontology, so it is not checked (5 uses; first here) \[unknown-class\]" \
  <(sed "s|^$W/||" "$W/stats.err") || fail "no counted unknown-class line: $(cat "$W/stats.err")"
grep -q "(3 uses; first here) \[unknown-property\]" "$W/stats.err" || fail "no counted unknown-property line"
[ "$(wc -l <"$W/stats.err")" = 2 ] || fail "expected 2 lines on stderr, got: $(cat "$W/stats.err")"
grep -q "schema:" "$W/stats.err" && fail "an aligned schema.org term was warned about: $(cat "$W/stats.err")"

"$KGFORGE" stats "$W/kg.nt" --max-warnings 1 >/dev/null 2>"$W/max.err"
[ "$(grep -c 'warning:' "$W/max.err")" = 1 ] || fail "--max-warnings 1 showed: $(cat "$W/max.err")"
grep -q "kgforge: 3 more warnings not shown (past 1 distinct; raise --max-warnings)" "$W/max.err" ||
  fail "no 'more warnings' line: $(cat "$W/max.err")"

"$KGFORGE" validate "$W/kg.nt" --format json >"$W/v.json" 2>/dev/null
$py - "$W/v.json" <<'PY' || fail "validate --format json lacks the counts: $(cat "$W/v.json")"
import json, sys
d = json.load(open(sys.argv[1]))
counts = sorted(x["count"] for x in d["diagnostics"])
assert counts == [3, 5], counts
assert d["warnings"] == 8, d
PY

# Two bad literals on different lines are two errors; past --max-errors, one "more" line.
{
  echo "<http://ex.org/a> <https://w3id.org/kgforge/ns#foundingDate> \"20x\"^^<http://www.w3.org/2001/XMLSchema#date> ."
  echo "<http://ex.org/b> <https://w3id.org/kgforge/ns#foundingDate> \"20y\"^^<http://www.w3.org/2001/XMLSchema#date> ."
  echo "<http://ex.org/c> <https://w3id.org/kgforge/ns#foundingDate> \"20z\"^^<http://www.w3.org/2001/XMLSchema#date> ."
} >"$W/bad.nt"
"$KGFORGE" validate "$W/bad.nt" --max-errors 2 2>"$W/bad.err"
[ $? = 1 ] || fail "validate of bad literals did not exit 1"
[ "$(grep -c 'error:.*\[bad-literal\]' "$W/bad.err")" = 2 ] || fail "expected 2 bad-literal lines: $(cat "$W/bad.err")"
grep -q "stopped after 2 errors (1 more not shown; raise --max-errors)" "$W/bad.err" ||
  fail "no 'more' line: $(cat "$W/bad.err")"

[ "$failures" = 0 ] && echo "ok"
exit $((failures > 0))
