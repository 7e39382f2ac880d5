#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Streaming `kgforge convert` between N-Triples, N-Quads, Turtle and TriG (docs/rdf-mapping.md,
# "Streaming"): every output is read back by serdi (and rapper where it reads the syntax) and
# gives exactly the input's statements; quads keep their graphs (nq/trig -> nq/trig); Turtle
# groups only consecutive statements of a subject and uses the input's prefix names; errors
# are every one located file:line:column, exit 1, and leave no output (an existing file is
# untouched); a line longer than the reader's 1 MiB block is read whole.
set -euo pipefail
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:serdi cmd:rapper
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# Canonical statements: serdi's N-Quads of FILE (as SYNTAX), blank labels numbered by first use.
canon() {
  serdi -i "$1" -o nquads "$2" | /usr/bin/python3 -c '
import re, sys
labels = {}
def rename(m):
    return "_:b%d" % labels.setdefault(m.group(1), len(labels))
for line in sys.stdin:
    print(re.sub(r"_:([A-Za-z0-9_.-]+)", rename, line.rstrip("\n")))
' | sort
}

cat >"$tmp/in.nt" <<'NT'
<http://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
<http://example.org/a> <http://schema.org/name> "Al\"ice \u00E9\n2"@EN .
<http://example.org/a> <http://schema.org/knows> _:b1 .
<http://example.org/a> <http://schema.org/knows> _:x-y.z .
# a comment line, then a blank one

_:b1 <http://schema.org/age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
_:x-y.z <http://schema.org/name> "x"^^<http://www.w3.org/2001/XMLSchema#string> . # trailing comment
<http://example.org/b><http://schema.org/knows><http://example.org/a>.
<http://example.org/b> <http://schema.org/url> <http://example.org/b/page\u0021> .
NT
# What the statements are, as serdi reads the input (language lower-cased and xsd:string
# dropped, as RDF 1.1 and the graph path do).
canon ntriples "$tmp/in.nt" | sed -e 's/@EN /@en /' -e 's/"x"^^<http:\/\/www.w3.org\/2001\/XMLSchema#string>/"x"/' >"$tmp/want"
[ "$(wc -l <"$tmp/want")" -eq 8 ] || fail "serdi read $(wc -l <"$tmp/want") statements of in.nt, expected 8"

for to in ntriples nquads turtle trig; do
  "$KGFORGE" convert --to "$to" "$tmp/in.nt" "$tmp/out.$to"
  canon "$to" "$tmp/out.$to" >"$tmp/got"
  diff "$tmp/want" "$tmp/got" || fail "NT -> $to changed the statements (serdi's reading above)"
done
for to in ntriples turtle; do
  rapper -q -i "$to" -o ntriples "$tmp/out.$to" >"$tmp/rapper.nt" || fail "rapper cannot read the $to output"
  [ "$(wc -l <"$tmp/rapper.nt")" -eq 8 ] || fail "rapper read $(wc -l <"$tmp/rapper.nt") triples of the $to output"
done
# Turtle: consecutive statements of one subject grouped with ';' and ','.
grep -q '^    schema:knows _:b1,$' "$tmp/out.turtle" || fail "the Turtle output does not group a subject's objects: $(cat "$tmp/out.turtle")"

# A prefix first needed inside a subject's block: the block stays whole (the statement
# writes the full IRI) and the prefix is declared before the next block that uses it.
cat >"$tmp/mid.nt" <<'NT'
<http://example.org/a> <http://schema.org/name> "A" .
<http://example.org/a> <http://xmlns.com/foaf/0.1/nick> "al" .
<http://example.org/a> <http://schema.org/age> "4"^^<http://www.w3.org/2001/XMLSchema#integer> .
<http://example.org/b> <http://xmlns.com/foaf/0.1/nick> "bo" .
NT
for to in turtle trig; do
  "$KGFORGE" convert --to "$to" "$tmp/mid.nt" "$tmp/mid.$to"
  canon "$to" "$tmp/mid.$to" | diff <(canon ntriples "$tmp/mid.nt") - || fail "NT -> $to (mid-block prefix) changed the statements"
  [ "$(grep -c '^<http://example.org/a>$' "$tmp/mid.$to")" -eq 1 ] || fail "the subject's block was split ($to): $(cat "$tmp/mid.$to")"
  grep -q '^    <http://xmlns.com/foaf/0.1/nick> "al" ;$' "$tmp/mid.$to" || fail "foaf:nick inside the block is not a full IRI ($to): $(cat "$tmp/mid.$to")"
  grep -q '^@prefix foaf: <http://xmlns.com/foaf/0.1/> .$' "$tmp/mid.$to" || fail "foaf: was not declared for the next block ($to)"
  grep -q '^    foaf:nick "bo"' "$tmp/mid.$to" || fail "the next block does not use foaf: ($to): $(cat "$tmp/mid.$to")"
done

# Serd, reading Turtle or TriG, renames `_:b<digit>` to `_:B<digit>` and then refuses (or,
# in the other order, merges) a `_:B<digit>` label: the Turtle family never writes that form.
# Found by fuzz_ntstream. Two distinct blank nodes must stay two, read back by serdi, rapper
# and kgforge itself.
cat >"$tmp/clash.nt" <<'NT'
<http://example.org/a> <http://schema.org/knows> _:b2 .
<http://example.org/q> <http://schema.org/knows> _:B2 .
_:B1 <http://example.org/p> _:b1 .
NT
for to in turtle trig; do
  "$KGFORGE" convert --to "$to" "$tmp/clash.nt" "$tmp/clash.$to"
  canon "$to" "$tmp/clash.$to" | diff <(canon ntriples "$tmp/clash.nt") - || fail "NT -> $to (b/B labels) changed the statements: $(cat "$tmp/clash.$to")"
  "$KGFORGE" convert --from "$to" --to ntriples "$tmp/clash.$to" "$tmp/clash-back.nt" || fail "kgforge cannot read its own $to output back: $(cat "$tmp/clash.$to")"
  [ "$(grep -o '_:[A-Za-z0-9]*' "$tmp/clash-back.nt" | sort -u | wc -l)" -eq 4 ] ||
    fail "the four blank nodes did not stay four through $to: $(cat "$tmp/clash-back.nt")"
done
rapper -q -i turtle -o ntriples "$tmp/clash.turtle" | grep -o '_:[A-Za-z0-9]*' | sort -u | wc -l | grep -qx 4 ||
  fail "rapper does not read four blank nodes in the Turtle output"
# N-Triples has no such rename: its labels are kept as they are.
"$KGFORGE" convert --to ntriples "$tmp/clash.nt" "$tmp/clash.ntriples"
diff "$tmp/clash.nt" "$tmp/clash.ntriples" || fail "NT -> NT changed the b/B labels"

# Quads keep their graphs: nq -> nq, nq -> trig, trig -> nq.
cat >"$tmp/in.nq" <<'NQ'
<http://example.org/a> <http://example.org/p> "1" <http://example.org/g1> .
<http://example.org/a> <http://example.org/p> "2" <http://example.org/g1> .
<http://example.org/a> <http://example.org/p> "3" .
<http://example.org/b> <http://example.org/p> _:o _:g2 .
<http://example.org/a> <http://example.org/p> "4" <http://example.org/g1> .
NQ
canon nquads "$tmp/in.nq" >"$tmp/want.q"
"$KGFORGE" convert "$tmp/in.nq" "$tmp/q.nq"
canon nquads "$tmp/q.nq" | diff "$tmp/want.q" - || fail "nq -> nq lost or changed a graph"
"$KGFORGE" convert "$tmp/in.nq" "$tmp/q.trig"
canon trig "$tmp/q.trig" | diff "$tmp/want.q" - || fail "nq -> trig lost or changed a graph"
"$KGFORGE" convert "$tmp/q.trig" "$tmp/q2.nq"
canon nquads "$tmp/q2.nq" | diff "$tmp/want.q" - || fail "trig -> nq lost or changed a graph"
# nq -> nt drops the graphs, keeps the triples.
"$KGFORGE" convert "$tmp/in.nq" "$tmp/q.nt"
[ "$(canon ntriples "$tmp/q.nt" | wc -l)" -eq 5 ] || fail "nq -> nt did not keep the 5 triples"

# Turtle in: the input's prefix names are kept, relative IRIs resolve against --base.
cat >"$tmp/in.ttl" <<'TTL'
@prefix ex: <http://example.org/ns#> .
@prefix sdo: <http://schema.org/> .
ex:a a sdo:Person ; sdo:name "A" ; ex:rel <rel> .
TTL
"$KGFORGE" convert --base http://base.example/ "$tmp/in.ttl" "$tmp/t.ttl"
grep -q '^@prefix ex: <http://example.org/ns#> .$' "$tmp/t.ttl" || fail "the input's prefix ex: was not kept: $(cat "$tmp/t.ttl")"
grep -q '^@prefix sdo: <http://schema.org/> .$' "$tmp/t.ttl" || fail "the input's name sdo: for schema.org was not kept"
grep -q '<http://base.example/rel>' "$tmp/t.ttl" || fail "the relative IRI did not resolve against --base"
[ "$(canon turtle "$tmp/t.ttl" | wc -l)" -eq 3 ] || fail "turtle -> turtle did not keep the 3 triples"

# stdin to stdout streams too.
"$KGFORGE" convert --from ntriples --to ntriples - - <"$tmp/in.nt" >"$tmp/stdout.nt"
canon ntriples "$tmp/stdout.nt" | diff "$tmp/want" - || fail "stdin -> stdout changed the statements"

# Errors: each located at line:column, all reported, exit 1, no output; an existing file is kept.
cat >"$tmp/bad.nt" <<'NT'
<http://example.org/a> <http://example.org/p> <http://example.org/o> .
<http://example.org/a> <http://example.org/p> <relative> .
<http://example.org/a> <http://example.org/p> "open .
<http://example.org/a> <http://example.org/p> "x"@ .
<http://example.org/a> <http://example.org/p> "ok" .
_:a:b <http://example.org/p> "x" .
NT
echo "keep me" >"$tmp/bad.ttl"
set +e
"$KGFORGE" convert "$tmp/bad.nt" "$tmp/bad.ttl" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "bad input: exit $rc, expected 1"
for where in "bad.nt:2:47:" "bad.nt:3:47:" "bad.nt:4:50:" "bad.nt:6:4:"; do
  grep -q "$where error: .*\[rdf-syntax\]" "$tmp/err" || fail "no error at $where in: $(cat "$tmp/err")"
done
[ "$(grep -c 'error:' "$tmp/err")" -eq 4 ] || fail "expected 4 errors: $(cat "$tmp/err")"
[ "$(cat "$tmp/bad.ttl")" = "keep me" ] || fail "a failed convert changed the existing output file"
[ -z "$(find "$tmp" -name '.bad.ttl.*')" ] || fail "a temporary output was left behind"

# A term the writers refuse is an error with its place, not a half-written file.
printf '<http://example.org/a> <http://example.org/p> "bad\\u0000nul" .\n' >"$tmp/nul.nt"
set +e
"$KGFORGE" convert "$tmp/nul.nt" "$tmp/nul.ttl" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q 'nul.nt:1:1: error: .*\[bad-text\]' "$tmp/err" || fail "a NUL literal: exit $rc, $(cat "$tmp/err")"
[ ! -e "$tmp/nul.ttl" ] || fail "an output was written for a refused literal"

# A line longer than the reader's 1 MiB block (a 3 MB literal) is read whole.
/usr/bin/python3 -c 'print("<http://example.org/a> <http://example.org/p> \"" + "x" * 3000000 + "\" .")' >"$tmp/long.nt"
"$KGFORGE" convert "$tmp/long.nt" "$tmp/long.ttl"
[ "$(canon turtle "$tmp/long.ttl" | wc -c)" -gt 3000000 ] || fail "the 3 MB literal was not kept"

# RDF/XML out is the graph path, and still works.
"$KGFORGE" convert "$tmp/in.nt" "$tmp/out.rdf"
[ "$(rapper -q -i rdfxml -o ntriples "$tmp/out.rdf" | wc -l)" -eq 8 ] || fail "NT -> RDF/XML did not keep the 8 triples"
echo "ok"
