#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# analyze, path and neighbours from the command line: output, errors and exit codes.
set -euo pipefail
: "${KGFORGE:?}"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cat > "$tmp/kb.yaml" <<'YAML'
kgforge: 1
base: https://example.org/t/
entities:
  - {id: alice, type: Person, name: Alice Able}
  - {id: bob, type: Person, name: Bob Baker}
  - {id: acme, type: Organisation, name: Acme Ltd}
  - {id: nca, type: Organisation, name: National Crime Agency}
  - {id: loner, type: Person, name: Lone Person}
relations:
  - {from: alice, predicate: worksFor, to: acme, since: 2010, until: 2014}
  - {from: bob, predicate: worksFor, to: acme, since: 2012}
  - {from: acme, predicate: supports, to: nca, date: 2013-05}
  - {from: bob, predicate: memberOf, to: nca}
YAML

# analyze: table with the summary, JSON that parses, CSV with a header.
out=$("$KGFORGE" analyze "$tmp/kb.yaml" -q)
grep -q "^Graph: 5 entities, 4 relations" <<<"$out" || fail "analyze summary: $out"
grep -q "Components: 2 weak" <<<"$out" || fail "analyze components: $out"
grep -q "National Crime Agency (nca)" <<<"$out" || fail "analyze rows: $out"
"$KGFORGE" analyze "$tmp/kb.yaml" -q --format json -o "$tmp/m.json"
/usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['graph']['nodes']==5 and len(d['nodes'])==5" "$tmp/m.json" \
  || fail "analyze json"
head -1 < <("$KGFORGE" analyze "$tmp/kb.yaml" -q --format csv --measures pagerank) | grep -q "^index,iri,id,name,class,pagerank" \
  || fail "analyze csv header"
[ "$("$KGFORGE" analyze "$tmp/kb.yaml" -q --format csv --measures degree --top 2 | wc -l)" = 3 ] || fail "--top 2"

# Usage errors: exit 2 with a reason.
set +e
err=$("$KGFORGE" analyze "$tmp/kb.yaml" -q --measures pagerank,fame 2>&1); rc=$?
[ $rc = 2 ] && grep -q "unknown measure 'fame'" <<<"$err" || fail "bad measure: rc=$rc $err"
err=$("$KGFORGE" analyze "$tmp/kb.yaml" -q --samples many 2>&1); rc=$?
[ $rc = 2 ] || fail "bad --samples: rc=$rc $err"
err=$("$KGFORGE" path "$tmp/kb.yaml" alice "Nationl Crime Agency" -q 2>&1); rc=$?
[ $rc = 2 ] && grep -q "did you mean: National Crime Agency (nca)" <<<"$err" || fail "unknown entity: rc=$rc $err"
err=$("$KGFORGE" path "$tmp/missing.yaml" alice nca -q 2>&1); rc=$?
[ $rc = 74 ] && grep -q "missing.yaml: cannot open: No such file or directory (the last 2 arguments name entities" <<<"$err" \
  || fail "missing KB: rc=$rc $err"
set -e

# path: steps with direction and dates.
out=$("$KGFORGE" path "$tmp/kb.yaml" alice nca -q)
grep -q "1 shortest path of 2 relations" <<<"$out" || fail "path count: $out"
grep -q "1\. Alice Able (alice)  -\[.*\]->  Acme Ltd (acme)   (2010 – 2014)" <<<"$out" || fail "path step 1: $out"
grep -q "2\. Acme Ltd (acme)  -\[.*\]->  National Crime Agency (nca)   (2013-05)" <<<"$out" || fail "path step 2: $out"
set +e
out=$("$KGFORGE" path "$tmp/kb.yaml" nca alice -q); rc=$?
set -e
[ $rc = 1 ] && grep -q "No path" <<<"$out" && grep -q "try --undirected" <<<"$out" || fail "no directed path: rc=$rc $out"
set +e
out=$("$KGFORGE" path "$tmp/kb.yaml" nca alice -q --json); rc=$?
set -e
[ $rc = 1 ] && grep -q '"found": false' <<<"$out" || fail "no path, JSON: rc=$rc $out"
out=$("$KGFORGE" path "$tmp/kb.yaml" "Alice Able" bob --undirected -q)
grep -q "Acme Ltd (acme)  <-\[.*\]-  Bob Baker (bob)" <<<"$out" || fail "path against a relation: $out"
set +e
out=$("$KGFORGE" path "$tmp/kb.yaml" alice bob --as-of 2015 --undirected -q); rc=$?
set -e
[ $rc = 1 ] && grep -q "No path.* as of 2015" <<<"$out" || fail "as-of path: rc=$rc $out"
# Impossible dates are usage errors.
for bad in 2010-13-01 2013-02-30 "June 2011"; do
  set +e
  err=$("$KGFORGE" path "$tmp/kb.yaml" alice bob --as-of "$bad" -q 2>&1); rc=$?
  set -e
  [ $rc = 2 ] && grep -q "as-of '$bad' is not a" <<<"$err" || fail "--as-of $bad: rc=$rc $err"
done
set +e
err=$("$KGFORGE" analyze "$tmp/kb.yaml" --between 2014 2010 -q 2>&1); rc=$?
set -e
[ $rc = 2 ] && grep -q "the start is after the end" <<<"$err" || fail "--between backwards: rc=$rc $err"

# neighbours: the ego network, the same selection as --focus.
out=$("$KGFORGE" neighbours "$tmp/kb.yaml" acme -q)
grep -q "depth 1: 4 entities, 4 relations" <<<"$out" || fail "neighbours header: $out"
grep -Eq "^ +1 +Bob Baker \(bob\)" <<<"$out" || fail "neighbours row: $out"
grep -q "since 2012" <<<"$out" || fail "neighbours dates: $out"
out=$("$KGFORGE" neighbours "$tmp/kb.yaml" alice -q)
grep -q "depth 1: 2 entities, 1 relation" <<<"$out" || fail "neighbours of alice: $out"
out=$("$KGFORGE" neighbours "$tmp/kb.yaml" alice --depth 2 -q)
grep -q "depth 2: 4 entities, 4 relations" <<<"$out" || fail "neighbours depth 2: $out"
grep -Eq "^ +2 +National Crime Agency \(nca\)" <<<"$out" || fail "neighbours distance 2: $out"

# The bundled CEOP KB (no KB file): CEOP is part of the National Crime Agency.
out=$("$KGFORGE" path ceop "National Crime Agency" -q)
grep -Eq "^  1\. .*\(ceop\)  -\[part of\]->  National Crime Agency \(nca\)" <<<"$out" || fail "CEOP path: $out"
out=$("$KGFORGE" neighbours nca -q)
grep -Eq "^ +1 +.*\(ceop\)" <<<"$out" || fail "CEOP neighbours: $out"

# An empty KB analyses to zeros, not a crash.
printf 'kgforge: 1\nbase: https://example.org/e/\n' > "$tmp/empty.yaml"
"$KGFORGE" analyze "$tmp/empty.yaml" -q --format json | /usr/bin/python3 -c "import json,sys; assert json.load(sys.stdin)['graph']['nodes'] == 0" \
  || fail "empty KB"
echo "analysis commands: ok"
