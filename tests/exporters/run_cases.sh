#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The data-driven writer tests (as serd's are): for each case of
# tests/exporters/cases/manifest.tsv, write the input KB with `kgforge export`, compare
# the output byte for byte with the golden file cases/<name>, and have every named
# consumer read it. KGFORGE_UPDATE_GOLDEN=1 rewrites the golden files instead.
# Skipped (77; a failure under CI) if every case passed but a consumer's tool or schema is missing.
set -uo pipefail
. "$(dirname "$0")/../lib/require.sh"
src=$KGFORGE_SOURCE_DIR
cases=$src/tests/exporters/cases
schema=$src/tests/data/schemas/graphml/graphml.xsd
gexf_rng=$src/tests/data/schemas/gexf/1.3/rng/gexf.rng
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
skipped=()
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
skip() { skipped+=("$*"); }
have() { command -v "$1" >/dev/null; }

# read_with CONSUMER FORMAT FILE: 0 if the consumer reads the file, 1 if it rejects
# it, 2 if the consumer is not installed.
read_with() {
  local consumer=$1 format=$2 file=$3
  case $consumer in
    rapper) have rapper || return 2; rapper -q -i "$format" -c "$file" >/dev/null 2>"$tmp/err" ;;
    serdi) have serdi || return 2; serdi -i "$format" -o ntriples "$file" >/dev/null 2>"$tmp/err" ;;
    rdflib)
      /usr/bin/python3 -c 'import rdflib' 2>/dev/null || return 2
      local f=$format; [ "$f" = ntriples ] && f=nt; [ "$f" = rdfxml ] && f=xml; [ "$f" = jsonld ] && f=json-ld
      /usr/bin/python3 -c 'import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2]); assert len(g) > 0' \
        "$file" "$f" 2>"$tmp/err" ;;
    xmllint) have xmllint || return 2; xmllint --nonet --noout "$file" 2>"$tmp/err" ;;
    graphml-schema)
      { have xmllint && [ -f "$schema" ]; } || return 2
      xmllint --nonet --noout --schema "$schema" "$file" 2>"$tmp/err" ;;
    networkx)
      /usr/bin/python3 -c 'import networkx' 2>/dev/null || return 2
      /usr/bin/python3 -c 'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); assert g.number_of_nodes() > 0' \
        "$file" 2>"$tmp/err" ;;
    gexf-relaxng)
      have xmllint || return 2
      xmllint --nonet --noout --relaxng "$gexf_rng" "$file" 2>"$tmp/err" ;;
    dot) have dot || return 2; dot -Tsvg "$file" -o /dev/null 2>"$tmp/err" ;;
    *) echo "unknown consumer '$consumer'" >"$tmp/err"; return 1 ;;
  esac
}

count=0
while IFS=$'\t' read -r name format input options readers; do
  [[ -z $name || $name == \#* ]] && continue
  count=$((count + 1))
  out=$tmp/$name
  extra=()
  [ "$options" != "-" ] && read -r -a extra <<<"$options"
  if ! (cd "$src" && "$KGFORGE" export -q "$input" --to "$format" "${extra[@]}" -o "$out"); then
    fail "$name: kgforge export --to $format exited non-zero"
    continue
  fi
  if [ -n "${KGFORGE_UPDATE_GOLDEN:-}" ]; then
    cp "$out" "$cases/$name"
    echo "rewrote $cases/$name"
  elif [ ! -f "$cases/$name" ]; then
    fail "$name: no golden file $cases/$name (run with KGFORGE_UPDATE_GOLDEN=1)"
  elif ! cmp -s "$out" "$cases/$name"; then
    fail "$name: output differs from the golden file:"
    diff "$cases/$name" "$out" | head -10
  fi
  IFS=, read -r -a list <<<"$readers"
  for consumer in "${list[@]}"; do
    read_with "$consumer" "$format" "$out"
    case $? in
      0) ;;
      2) if [ "$consumer" = graphml-schema ]; then skip "$name: $consumer (needs xmllint and $schema)"
         else skip "$name: $consumer is not installed"; fi ;;
      *) fail "$name: $consumer rejects the output: $(head -3 "$tmp/err")" ;;
    esac
  done
done <"$cases/manifest.tsv"

[ "$count" -gt 0 ] || fail "no cases in $cases/manifest.tsv"
if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s) in $count case(s)"
  exit 1
fi
if [ "${#skipped[@]}" -gt 0 ]; then
  printf 'SKIP: %s\n' "${skipped[@]}"
  kg_unavailable "$count case(s) passed, but ${#skipped[@]} consumer check(s) could not run"
fi
echo "ok: $count case(s)"
