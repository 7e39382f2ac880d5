#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Node and edge tables on the command line (docs/tables.md): `--to csv|tsv|kgx -o NAME`
# writes NAME_nodes.* and NAME_edges.*, both or neither; `build --formats csv` writes the
# pair beside the other outputs (both or neither: tests/fault/faults.sh); a table cannot
# go to stdout (usage error, exit 2); a
# table read from stdin needs --from; errors in tables fail the run (exit 1) and write nothing.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"
T="$KGFORGE_SOURCE_DIR/tests/importers/data"

for fmt in csv tsv kgx; do
  ext=$fmt
  [ "$fmt" = kgx ] && ext=tsv
  "$KGFORGE" export "$D/good.yaml" --to "$fmt" -o "$W/good-$fmt.$ext" -q || fail "export --to $fmt exited $?"
  [ -s "$W/good-${fmt}_nodes.$ext" ] && [ -s "$W/good-${fmt}_edges.$ext" ] ||
    fail "--to $fmt -o good-$fmt.$ext did not write good-${fmt}_nodes.$ext and _edges.$ext: $(ls "$W")"
done
head -1 "$W/good-csv_nodes.csv" | grep -q '^Id,Label,category,' || fail "csv nodes header: $(head -1 "$W/good-csv_nodes.csv")"
head -1 "$W/good-csv_edges.csv" | grep -q '^Source,Target,Type,Label' || fail "csv edges header"
head -1 "$W/good-kgx_nodes.tsv" | grep -qP '^id\tcategory\tname\t' || fail "kgx nodes header"
head -1 "$W/good-kgx_edges.tsv" | grep -qP '^subject\tpredicate\tobject' || fail "kgx edges header"

# To stdout: a usage error naming -o; nothing on stdout.
"$KGFORGE" export "$D/good.yaml" --to csv >"$W/stdout" 2>"$W/err"
[ $? -eq 2 ] || fail "--to csv without -o did not exit 2"
[ ! -s "$W/stdout" ] || fail "--to csv without -o wrote to stdout"
grep -q -- "-o NAME" "$W/err" || { fail "the message does not say -o"; cat "$W/err"; }

# build writes the pair; the statistics of the tables read back equal the KB's.
"$KGFORGE" build "$D/good.yaml" -o "$W/out" --formats csv,ttl -q || fail "build --formats csv exited $?"
[ -s "$W/out/good_nodes.csv" ] && [ -s "$W/out/good_edges.csv" ] && [ -s "$W/out/good.ttl" ] ||
  fail "build --formats csv,ttl wrote: $(ls "$W/out")"
"$KGFORGE" stats --format json "$D/good.yaml" >"$W/a.json"
"$KGFORGE" stats --format json "$W/out/good_edges.csv" "$W/out/good_nodes.csv" >"$W/b.json" ||
  fail "stats of the tables exited $?"
/usr/bin/python3 - "$W/a.json" "$W/b.json" <<'EOF' || fail "the tables' statistics differ from the KB's"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for k in ("entities", "relations", "qualifiers"):
    assert a[k] == b[k], (k, a[k], b[k])
EOF

# Tables on stdin: --from csv.
"$KGFORGE" stats --format json --from csv - <"$T/gephi/lesmis_edges.csv" >"$W/stdin.json" ||
  fail "stats --from csv - exited $?"
grep -q '"relations": *6' "$W/stdin.json" || { fail "stats --from csv - read the wrong graph"; cat "$W/stdin.json"; }

# Errors: located, every one, exit 1, nothing written.
printf 'id,name,foundingDate\na,A,2013-02-30\nb,B,2010,extra\n' >"$W/bad_nodes.csv"
printf 'source,target\na,c\n' >"$W/bad_edges.csv"
"$KGFORGE" build "$W/bad_nodes.csv" "$W/bad_edges.csv" -o "$W/bad-out" >/dev/null 2>"$W/err"
[ $? -eq 1 ] || fail "build of bad tables did not exit 1"
for want in "bad_nodes.csv:2:5: error: .*\[bad-date\]" "bad_nodes.csv:3:10: error: .*\[ragged-row\]" \
  "bad_edges.csv:2:3: error: no node has the id 'c' \(did you mean 'a'\?\) \[unknown-node\]"; do
  grep -qE "$want" "$W/err" || fail "no '$want' in: $(cat "$W/err")"
done
[ ! -e "$W/bad-out" ] || [ -z "$(ls "$W/bad-out")" ] || fail "a failed build wrote $(ls "$W/bad-out")"

exit $((failures > 0))
