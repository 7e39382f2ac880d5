#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A test that cannot run is SKIPPED, or fails under CI; it never passes. Checks the two
# helpers (tests/lib/require.sh, tests/lib/kgforge_require.py) with a package table
# naming a tool that does not exist: exit 77 and "SKIPPED" with the package name without
# CI, exit 1 with CI=true, exit 0 when present, exit 1 for a check not in the table. And
# every script test is registered with SKIP_RETURN_CODE 77, so CTest reports 77 as skipped.
set -u
: "${KGFORGE_SOURCE_DIR:?}" "${KGFORGE_BUILD_DIR:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
printf 'fake-package cmd:kgforge-no-such-tool\nbash cmd:bash\n' >"$work/deps.txt"
export KGFORGE_DEPS_FILE="$work/deps.txt"
lib="$KGFORGE_SOURCE_DIR/tests/lib"

expect() {  # expect WHAT RC PATTERN CI COMMAND...
  local what=$1 want=$2 pattern=$3 ci=$4
  shift 4
  CI=$ci "$@" >"$work/out" 2>&1
  local rc=$?
  [ "$rc" -eq "$want" ] || fail "$what (CI='$ci'): exit $rc, expected $want: $(cat "$work/out")"
  grep -q -- "$pattern" "$work/out" || fail "$what (CI='$ci'): no '$pattern' in: $(cat "$work/out")"
}
sh_require() { bash -c '. "$1/require.sh"; kg_require "$2"; echo "ran"' _ "$lib" "$1"; }
py_require() { /usr/bin/python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); from kgforge_require import require; require(sys.argv[2]); print("ran")' "$lib" "$1"; }
for helper in sh_require py_require; do
  expect "$helper missing" 77 "SKIPPED: missing kgforge-no-such-tool (Debian package fake-package" "" $helper cmd:kgforge-no-such-tool
  expect "$helper missing" 77 "SKIPPED" false $helper cmd:kgforge-no-such-tool
  expect "$helper missing" 1 "FAIL: cannot run: missing kgforge-no-such-tool" true $helper cmd:kgforge-no-such-tool
  expect "$helper present" 0 "^ran$" true $helper cmd:bash
  expect "$helper unlisted" 1 "not listed in" "" $helper cmd:kgforge-unlisted
done
expect "kg_unavailable" 77 "SKIPPED: no suite" "" bash -c '. "$1/require.sh"; kg_unavailable "no suite"' _ "$lib"
expect "kg_unavailable" 1 "FAIL: cannot run: no suite" yes bash -c '. "$1/require.sh"; kg_unavailable "no suite"' _ "$lib"

# CTest's side: every script test maps exit 77 to SKIPPED.
ctest --test-dir "$KGFORGE_BUILD_DIR" --show-only=json-v1 >"$work/tests.json" 2>/dev/null || fail "ctest --show-only failed"
/usr/bin/python3 - "$work/tests.json" <<'PY' || fail "script tests without SKIP_RETURN_CODE 77"
import json, sys
tests = json.load(open(sys.argv[1]))["tests"]
def prop(t, name):
    return next((p["value"] for p in t.get("properties", []) if p["name"] == name), None)
scripts = [t for t in tests if "unit" not in (prop(t, "LABELS") or []) and t["name"] != "build/module_boundary"]
bad = [t["name"] for t in scripts if prop(t, "SKIP_RETURN_CODE") != 77]
print("%d script tests, %d without SKIP_RETURN_CODE 77: %s" % (len(scripts), len(bad), bad))
sys.exit(1 if bad or len(scripts) < 20 else 0)
PY
[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
