#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One exit-code table for every command (README.md, "Exit codes"): 0 ok; 1 the input
# has errors; 2 usage (unknown command, option, format, class, entity); 65 data that
# cannot be read or written as asked; 74 I/O (a missing file, with its path and why).
# Each row: expected exit, then the arguments ($D = tests/cli/data, $W = a scratch folder).
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
D="$KGFORGE_SOURCE_DIR/tests/cli/data"
H="$KGFORGE_SOURCE_DIR/tests/data"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
mkdir "$W/dir"
echo "not a folder" >"$W/file"

rows=(
  # --- every command on good input: 0
  "0 build $D/good.yaml -o $W/out"
  "0 validate $D/good.yaml"
  "0 stats $D/good.yaml"
  "0 export $D/good.yaml --to turtle -o $W/x.ttl"
  "0 ontology --to md -o $W/o.md"
  "0 render $D/good.yaml -o $W/x.svg"
  "0 analyze $D/good.yaml"
  "0 path $D/good.yaml zoe globex --undirected"
  "0 neighbours $D/good.yaml acme"
  "0 convert $D/rdf/good.ttl $W/x.nt"
  "0 completion bash"
  "0 man"
  "0 --help"
  "0 build --help"
  "0 --version"
  # --- the input has errors: 1
  "1 build $D/ten_mistakes.yaml -o $W/bad"
  "1 validate $D/ten_mistakes.yaml"
  "1 stats $D/ten_mistakes.yaml"
  "1 export $D/ten_mistakes.yaml --to turtle"
  "1 render $D/ten_mistakes.yaml -o $W/bad.svg"
  "1 analyze $D/ten_mistakes.yaml"
  "1 path $D/ten_mistakes.yaml a b"
  "1 neighbours $D/ten_mistakes.yaml a"
  "1 validate $D/rdf/broken.nt"
  "1 convert $D/rdf/broken.nt $W/broken.ttl"
  "1 ontology --ontology $D/ontology/broken.ttl"
  # --- usage: 2 (unknown command, option, format, class, entity; missing arguments)
  "2 biuld"
  "2"
  "2 build --fromat json"
  "2 validate"
  "2 stats --format yaml"
  "2 export $D/good.yaml --to turtles"
  "2 export $D/good.yaml --to turtle --classes Compnay"
  "2 render $D/good.yaml -o $W/x.gif"
  "2 render $D/good.yaml -o $W/y.svg --focus nobody"
  "2 analyze $D/good.yaml --measures pagernak"
  "2 analyze $D/good.yaml --classes Persn"
  "2 path $D/good.yaml zoe nobody"
  "2 path $D/good.yaml zoe"
  "2 neighbours $D/good.yaml nobody"
  "2 neighbours $D/good.yaml acme --as-of yesterday"
  "2 convert $D/rdf/good.ttl $W/y.xyz --to nonsense"
  "2 ontology --to pdf"
  "2 completion tcsh"
  # --- text no writer can hold is refused by validation, before any writer runs: 1
  "1 export $H/hostile.yaml --to rdfxml -o $W/h.rdf"
  "1 render $H/hostile_control.yaml -o $W/h.svg"
  # --- I/O: 74 (missing or unreadable files, in every command that reads one)
  "74 build $W/missing.yaml -o $W/out2"
  "74 validate $W/missing.yaml"
  "74 validate $W/dir"
  "74 stats $W/missing.yaml"
  "74 export $W/missing.yaml --to turtle"
  "74 render $W/missing.yaml -o $W/m.svg"
  "74 analyze $W/missing.yaml"
  "74 path $W/missing.yaml zoe acme"
  "74 neighbours $W/missing.yaml acme"
  "74 convert $W/missing.ttl $W/m.nt"
  "74 ontology --ontology $W/missing.ttl"
  "74 validate $D/good.yaml --ontology $W/missing.ttl"
  "74 build $D/good.yaml -o $W/file/out"
  "74 export $D/good.yaml --to turtle -o $W/no-such-dir/x.ttl"
)

for row in "${rows[@]}"; do
  read -r -a words <<<"$row"
  want=${words[0]}
  args=("${words[@]:1}")
  "$KGFORGE" "${args[@]}" >"$W/stdout" 2>"$W/stderr" </dev/null
  rc=$?
  if [ "$rc" -ne "$want" ]; then
    fail "kgforge ${args[*]}: exit $rc, expected $want"
    sed 's/^/    /' "$W/stderr" | head -5
    continue
  fi
  # A failure always says why on stderr, and a missing file names its path and the reason.
  if [ "$want" -ne 0 ] && [ ! -s "$W/stderr" ]; then fail "kgforge ${args[*]}: exit $rc with nothing on stderr"; fi
  if [ "$want" -eq 74 ] && ! { grep -qF "$W/" "$W/stderr" && grep -qE "No such file|Not a directory|Is a directory|not a regular file" "$W/stderr"; }; then
    fail "kgforge ${args[*]}: the I/O error does not name the path and the reason:"; sed 's/^/    /' "$W/stderr"
  fi
done

# Suggestions name the nearest command or option.
"$KGFORGE" biuld >/dev/null 2>"$W/err"
grep -qx "kgforge: unknown command 'biuld'; did you mean 'build'?" "$W/err" || { fail "biuld: no suggestion"; cat "$W/err"; }
"$KGFORGE" validate "$D/good.yaml" --fromat json >/dev/null 2>"$W/err"
grep -qx "kgforge: unknown option '--fromat'; did you mean '--format'?" "$W/err" || { fail "--fromat: no suggestion"; cat "$W/err"; }
"$KGFORGE" analyse --measurs degree >/dev/null 2>"$W/err"
grep -q "did you mean '--measures'?" "$W/err" || { fail "analyse --measurs: no suggestion"; cat "$W/err"; }
"$KGFORGE" export "$D/good.yaml" --to turtle --classes Compnay >/dev/null 2>"$W/err"
grep -q "did you mean 'Company'?" "$W/err" || { fail "--classes Compnay: no suggestion"; cat "$W/err"; }
# A message that lists several problems keeps one a line (only control characters
# inside a line are escaped).
"$KGFORGE" export "$D/good.yaml" --to turtle --classes Compnay,Pesron >/dev/null 2>"$W/err"
[ "$(grep -c "^  unknown class '" "$W/err")" -eq 2 ] && ! grep -qF '\x0a' "$W/err" ||
  { fail "--classes with two bad names: not one a line"; cat "$W/err"; }
"$KGFORGE" zzzzzzzz >/dev/null 2>"$W/err"
grep -q "unknown command 'zzzzzzzz'; see 'kgforge --help'" "$W/err" || { fail "no pointer to --help"; cat "$W/err"; }
# An option value that starts with '-' is not taken for an option.
"$KGFORGE" export "$D/good.yaml" --to turtle -o - >/dev/null 2>"$W/err" || { fail "-o - was refused"; cat "$W/err"; }

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "ok: ${#rows[@]} (command, arguments, exit code) rows"
