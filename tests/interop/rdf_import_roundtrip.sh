#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The bundled CEOP KB exported as Turtle, N-Triples and RDF/XML reads back through the
# Raptor2 importer into the same graph (stats --json equal: entities, relations,
# attributes, qualifiers, classes, predicates, citations), and validates --strict.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:/usr/bin/python3
work=$W
"$KGFORGE" stats --json >"$work/orig.json" 2>/dev/null || fail "stats of the bundled KB exited $?"
for pair in turtle:ttl ntriples:nt rdfxml:rdf; do
  format=${pair%%:*}
  ext=${pair##*:}
  "$KGFORGE" export --to "$format" -o "$work/kb.$ext" 2>/dev/null || { fail "export --to $format exited $?"; continue; }
  "$KGFORGE" stats --json "$work/kb.$ext" >"$work/back.json" 2>"$work/err" || { fail "stats of kb.$ext exited $?"; cat "$work/err"; }
  /usr/bin/python3 - "$work/orig.json" "$work/back.json" <<'PY' || fail "$format round trip differs"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
diff = {k: (a[k], b.get(k)) for k in a if a[k] != b.get(k)}
for k, (x, y) in diff.items():
    print(f"  {k}: {str(x)[:120]} != {str(y)[:120]}")
sys.exit(1 if diff or a["relations"] == 0 else 0)
PY
  "$KGFORGE" validate --strict "$work/kb.$ext" 2>"$work/err" || { fail "validate --strict kb.$ext exited $?"; head -5 "$work/err"; }
done
[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
