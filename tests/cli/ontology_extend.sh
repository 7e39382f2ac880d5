#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A user adds a class and properties in a Turtle file (--ontology) and uses them in a
# KB, with no recompiling; --ontology-only replaces the bundled ontology; errors in an
# ontology file are located.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:rapper
data="$KGFORGE_SOURCE_DIR/tests/cli/data/ontology"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. Without the extension, the new class is an unknown kgf: class (with its location).
"$KGFORGE" validate "$data/uses_extension.yaml" 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] || fail "validate without --ontology exited $rc, expected 1"
grep -q 'uses_extension.yaml:10:11: error: unknown class kgf:Squad' "$work/err" || { fail "no located unknown-class error"; cat "$work/err"; }
grep -q 'ex:motto\|example.org/vocab#motto' "$work/err" || fail "the unknown ex:motto was not reported"

# 2. With it: valid, and the year given as 2004 is accepted for the xsd:gYear property.
"$KGFORGE" validate --strict --ontology "$data/extension.ttl" "$data/uses_extension.yaml" 2>"$work/err" \
  || { fail "validate --ontology exited $?"; cat "$work/err"; }

# 3. The extension's domain and datatypes are enforced, located at the facts.
"$KGFORGE" validate --ontology "$data/extension.ttl" "$data/misuses_extension.yaml" 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] || fail "misuse exited $rc, expected 1"
grep -q 'misuses_extension.yaml:10:21: error: <https://example.org/vocab#foundedIn> takes xsd:gYear' "$work/err" \
  || { fail "no located wrong-datatype error for ex:foundedIn"; cat "$work/err"; }
grep -q 'misuses_extension.yaml:15:17: warning: .*applies to a kgf:Organisation.*\[domain-mismatch\]' "$work/err" \
  || { fail "no located domain-mismatch warning for ex:motto"; cat "$work/err"; }

# 4. The ontology in use includes the extension, as Markdown and as Turtle.
"$KGFORGE" ontology --ontology "$data/extension.ttl" --to md >"$work/onto.md" || fail "ontology --to md exited $?"
grep -q '^### kgf:Squad' "$work/onto.md" || fail "kgf:Squad missing from the Markdown reference"
grep -q 'fill `#ff00ff`' "$work/onto.md" || fail "the extension's fill colour is missing"
grep -A8 '^### kgf:Person' "$work/onto.md" | grep -q 'Drawn as: `hexagon`' || fail "the style override of kgf:Person is missing"
"$KGFORGE" ontology --ontology "$data/extension.ttl" --to ttl -o "$work/onto.ttl" || fail "ontology --to ttl exited $?"
grep -A1 '^kgf:Squad$' "$work/onto.ttl" | grep -q 'a owl:Class' || fail "kgf:Squad missing from the Turtle"
rapper -q -i turtle -c "$work/onto.ttl" || fail "rapper rejects the ontology Turtle"

# 5. --ontology-only replaces the bundled ontology: kgf:LawEnforcementAgency is then unknown.
"$KGFORGE" validate --ontology-only "$data/extension.ttl" "$data/uses_extension.yaml" 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] || fail "--ontology-only exited $rc, expected 1"
grep -q 'unknown class kgf:LawEnforcementAgency' "$work/err" || { fail "--ontology-only kept the bundled classes"; cat "$work/err"; }

# 6. A broken ontology file: a located error, exit 1, nothing validated.
"$KGFORGE" validate --ontology "$data/broken.ttl" "$data/uses_extension.yaml" 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] || fail "broken ontology exited $rc, expected 1"
grep -qE 'broken\.ttl:5(:[0-9]+)?: error: .*\[rdf-syntax\]' "$work/err" || { fail "no located error in broken.ttl"; cat "$work/err"; }
"$KGFORGE" ontology --ontology "$data/broken.ttl" >"$work/out" 2>"$work/err"
[ $? -eq 1 ] || fail "ontology with a broken file did not exit 1"
[ ! -s "$work/out" ] || fail "ontology with a broken file wrote output"

[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
