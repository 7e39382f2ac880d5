#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# GraphML, DOT and render refuse what they cannot write, naming the entity and where
# it was defined, and leave no output file; render refuses a view too large to draw
# (with advice) and an output name it cannot tell the format of.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:/usr/bin/python3
data="$KGFORGE_SOURCE_DIR/tests/data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. A U+0007 in a name: every diagram format refuses it, naming the entity. Since
#    validate runs the writers' checks (docs/robustness.md), the refusal is a located
#    input error (exit 1) before any writer starts.
for target in "export --to graphml -o $work/x.graphml" "export --to dot -o $work/x.dot" \
              "render -o $work/x.svg" "render -o $work/x.png"; do
  # shellcheck disable=SC2086
  "$KGFORGE" $target "$data/hostile_control.yaml" >"$work/out" 2>"$work/err"
  rc=$?
  [ "$rc" -eq 1 ] || fail "$target: exit $rc, expected 1"
  grep -q "hostile_control.yaml:10:5: error: entity 'bell' (.*hostile_control.yaml:10:5).*\[not-exportable\]" "$work/err" || { fail "$target: error does not name the entity"; cat "$work/err"; }
  grep -q "U+0007" "$work/err" || fail "$target: error does not name the character"
done
ls "$work"/x.* >/dev/null 2>&1 && fail "an output file was left behind: $(ls "$work")"

# 2. An old output is left untouched when the export fails.
echo "old" >"$work/keep.graphml"
"$KGFORGE" export "$data/hostile_control.yaml" --to graphml -o "$work/keep.graphml" 2>/dev/null
[ "$(cat "$work/keep.graphml")" = "old" ] || fail "a failed export replaced the old file"

# 3. A view of 2,100 entities is refused with advice; --focus makes it drawable (70
#    entities, sparse: dot; sfdp when asked).
/usr/bin/python3 - "$work/big.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("kgforge: 1\nbase: https://w3id.org/kgforge/big/\nentities:\n")
    for i in range(2100):
        f.write("  - {id: e%d, type: %s, name: Entity %d}\n" % (i, "Company" if i % 2 else "Organisation", i))
    f.write("relations:\n")
    for i in range(1, 2100):
        f.write("  - {from: e%d, predicate: partnerOf, to: e%d}\n" % (i, i // 70))
PY
"$KGFORGE" render "$work/big.yaml" -o "$work/big.svg" >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -ne 0 ] || fail "render of 2,100 entities succeeded"
grep -q -- "--focus" "$work/err" && grep -q -- "--classes" "$work/err" || { fail "no advice"; cat "$work/err"; }
[ ! -e "$work/big.svg" ] || fail "big.svg written"
"$KGFORGE" render "$work/big.yaml" -o "$work/big.svg" --focus e0 --depth 1 >"$work/out" 2>"$work/err" \
  || { fail "render --focus e0 failed"; cat "$work/err"; }
grep -q "note: laid out with dot: 70 entities, 69 relations" "$work/err" || { fail "the sparse ego network of e0 was not laid out with dot"; cat "$work/err"; }
"$KGFORGE" render "$work/big.yaml" -o "$work/big.svg" --focus e0 --layout sfdp >"$work/out" 2>"$work/err" \
  && grep -q "note: laid out with sfdp" "$work/err" || { fail "--layout sfdp was not used"; cat "$work/err"; }

# 4. Usage errors: an unknown extension, an explicit dot layout of 1,050 entities.
"$KGFORGE" render "$data/hostile_diagram.yaml" -o "$work/x.gif" >/dev/null 2>"$work/err"
[ $? -eq 2 ] || fail "render -o x.gif did not exit 2"
"$KGFORGE" render "$work/big.yaml" --classes Company --layout dot -o "$work/x.svg" >/dev/null 2>"$work/err"
[ $? -ne 0 ] && grep -q "sfdp" "$work/err" || { fail "--layout dot on a large view was not refused with advice"; cat "$work/err"; }

[ "$failures" -eq 0 ] && echo "ok: diagram errors" || exit 1
