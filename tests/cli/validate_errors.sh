#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# kgforge validate/stats/build on good and bad knowledge bases: located errors, exit
# codes, JSON statistics, and no output written for a bad KB.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:/usr/bin/python3
data="$KGFORGE_SOURCE_DIR/tests/cli/data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
py=/usr/bin/python3

# 1. Ten mistakes: ten located error lines, exit 1.
"$KGFORGE" validate "$data/ten_mistakes.yaml" >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] || fail "validate ten_mistakes.yaml exited $rc, expected 1"
n=$(grep -cE '^[^:]*ten_mistakes\.yaml:[0-9]+:[0-9]+: error: .* \[[a-z-]+\]$' "$work/err")
[ "$n" -eq 10 ] || { fail "expected 10 located errors, got $n"; cat "$work/err"; }
codes=$(grep -oE '\[[a-z-]+\]$' "$work/err" | sort -u | wc -l)
[ "$codes" -eq 10 ] || fail "expected 10 different codes, got $codes"
for where in 5:1 7:30 9:5 10:10 11:19 12:37 13:10 15:41 16:51 17:5; do
  grep -q "ten_mistakes.yaml:$where: error:" "$work/err" || fail "no error at $where"
done
[ ! -s "$work/out" ] || fail "validate wrote to stdout on errors"

# 2. JSON diagnostics are valid JSON with the same ten errors: on stdout for validate
# (--diagnostics json is its older spelling of --format json), on stderr elsewhere.
"$KGFORGE" validate --diagnostics json "$data/ten_mistakes.yaml" 2>/dev/null >"$work/out.json"
$py -c 'import json,sys; d=json.load(open(sys.argv[1]))["diagnostics"]; e=[x for x in d if x["severity"]=="error"]; assert len(e)==10, len(e); assert all(x["line"]>0 and x["column"]>0 for x in e)' "$work/out.json" \
  || fail "validate --diagnostics json is not 10 located errors"
"$KGFORGE" stats --diagnostics json "$data/ten_mistakes.yaml" 2>"$work/err.json" >/dev/null
$py -c 'import json,sys; d=json.load(open(sys.argv[1])); e=[x for x in d if x["severity"]=="error"]; assert len(e)==10, len(e)' "$work/err.json" \
  || fail "stats --diagnostics json is not 10 located errors on stderr"

# 3. A good KB: exit 0.
"$KGFORGE" validate "$data/good.yaml" 2>"$work/err" || { fail "validate good.yaml exited $?"; cat "$work/err"; }

# 4. stats --json: valid JSON with the right counts.
"$KGFORGE" stats --json "$data/good.yaml" >"$work/stats.json" 2>"$work/err" || fail "stats --json exited $?"
$py - "$work/stats.json" <<'PY' || fail "stats --json counts"
import json, sys
s = json.load(open(sys.argv[1]))
kgf = "https://w3id.org/kgforge/ns#"
assert s["entities"] == 5, s["entities"]          # 3 entities + 1 document + 1 section
assert s["relations"] == 3, s["relations"]        # partnerOf, worksFor, sectionOf
assert s["classes"][kgf + "Company"] == 2, s["classes"]
assert s["predicates"][kgf + "worksFor"] == 1, s["predicates"]
assert s["qualifiers"] == 5, s["qualifiers"]      # since+source, since+until+role
assert s["sources_cited"] == 2, s["cited"]      # the article (by a relation), its section (by acme)
assert s["cited"]["https://example.org/kb/article/history"] == 1, s["cited"]
assert s["weak_components"] == 2, s["weak_components"]  # the people and companies; the document and its section
PY

# 5. build on a bad KB leaves an existing output untouched and writes nothing new.
mkdir -p "$work/out-dir"
echo "previous build" >"$work/out-dir/ten_mistakes.ttl"
"$KGFORGE" build "$data/ten_mistakes.yaml" -o "$work/out-dir" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "build on a bad KB exited $rc, expected 1"
[ "$(cat "$work/out-dir/ten_mistakes.ttl")" = "previous build" ] || fail "build overwrote an existing output"
[ "$(ls "$work/out-dir" | wc -l)" -eq 1 ] || fail "build on a bad KB created files: $(ls "$work/out-dir")"

# 6. Usage errors exit 2; --version and --help exit 0.
expect_rc() {
  local want=$1; shift
  "$KGFORGE" "$@" >/dev/null 2>&1
  local got=$?
  [ "$got" -eq "$want" ] || fail "kgforge $* exited $got, expected $want"
}
expect_rc 2 validate
expect_rc 2 no-such-command
expect_rc 2 validate --no-such-option "$data/good.yaml"
expect_rc 74 validate "$work/does-not-exist.yaml"
expect_rc 2
expect_rc 0 --version
expect_rc 0 --help
expect_rc 0 validate --help
"$KGFORGE" --version | grep -qE '^kgforge [0-9]+\.[0-9]+' || fail "--version does not print 'kgforge X.Y'"

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "ok"
