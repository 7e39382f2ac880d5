#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Hostile input (issue 16): each defect found by the hostile-input review, held by a
# check that failed before its fix. docs/robustness.md describes the behaviour.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
data="$KGFORGE_SOURCE_DIR/tests/cli/data/hostile"
good="$KGFORGE_SOURCE_DIR/tests/cli/data/good.yaml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
py=/usr/bin/python3
# run CMD...: runs kgforge with a time bound, stdout to $work/out, stderr to $work/err; sets rc.
run() { timeout 60 "$KGFORGE" "$@" >"$work/out" 2>"$work/err"; rc=$?; }
expect() {  # expect RC PATTERN WHAT: the exit code and a line of stderr matching PATTERN
  [ "$rc" -eq "$1" ] || { fail "$3: exit $rc, expected $1"; sed 's/^/  /' "$work/err"; return; }
  grep -qE -- "$2" "$work/err" || { fail "$3: stderr does not match /$2/"; sed 's/^/  /' "$work/err"; }
}

# 1. An unterminated " no longer swallows the rest of the file.
run validate "$data/unterminated_quote.yaml"
expect 1 'unterminated_quote\.yaml:9:[0-9]+: error: .*(unterminated|end of the file).*\[yaml-syntax\]' "1. unterminated quote"

# 2. Two files whose base + id give one IRI: an error citing both places.
run validate "$data/same_iri_a.yaml" "$data/same_iri_b.yaml"
expect 1 'same_iri_b\.yaml:6:[0-9]+: error: .*<https://x\.org/ab>.*same_iri_a\.yaml:6:[0-9]+.*\[duplicate-iri\]' "2. same IRI"

# 3. RDF/XML: an external parameter entity is refused before anything is read; a FIFO
#    named by it is never opened (the run ends); an undefined general entity is an error.
run validate "$data/external_pe.rdf"
expect 1 'external_pe\.rdf:3:[0-9]+: error: .*external.*\[external-entity\]' "3. external parameter entity"
grep -q 'root:' "$work/err" "$work/out" && fail "3. /etc/passwd was read"
mkfifo "$work/fifo"
sed "s#file:///etc/passwd#file://$work/fifo#" "$data/external_pe.rdf" >"$work/fifo_pe.rdf"
run validate "$work/fifo_pe.rdf"
expect 1 '\[external-entity\]' "3. external entity naming a FIFO"
run validate "$data/undefined_entity.rdf"
expect 1 "undefined_entity\.rdf:3(:[0-9]+)?: error: .*'?x'?.*\[rdf-syntax\]" "3. undefined general entity"

# 4. A noncharacter (U+FFFE) in a name: refused by validate (not cut by the RDF/XML writer).
run validate "$data/noncharacter.yaml"
expect 1 'noncharacter\.yaml:[0-9]+:[0-9]+: error: .*U\+FFFE.*\[not-exportable\]' "4. U+FFFE in a name"
run export "$data/noncharacter.yaml" --to rdf -o "$work/x.rdf"
[ "$rc" -eq 1 ] || fail "4. export --to rdf of U+FFFE exited $rc, expected 1"
[ -e "$work/x.rdf" ] && fail "4. export --to rdf wrote a file"

# 5. validate runs the writers' checks: a control character from a YAML escape, an
#    invalid-UTF-8 IRI in N-Triples. And build writes all of its set or none of it.
run validate "$KGFORGE_SOURCE_DIR/tests/data/hostile_control.yaml"
expect 1 'hostile_control\.yaml:[0-9]+:[0-9]+: error: .*U\+0007.*\[not-exportable\]' "5. control character"
run validate "$data/bad_utf8_iri.nt"
[ "$rc" -ne 0 ] || fail "5. an invalid-UTF-8 IRI passed validate"
"$py" - "$work/big.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("kgforge: 1\nbase: https://example.org/big/\nentities:\n")
    for i in range(2100):
        f.write("  - {id: e%d, type: Company, name: Entity %d}\n" % (i, i))
PY
mkdir "$work/set"
for ext in ttl nt svg; do echo "stale $ext" >"$work/set/big.$ext"; done
run build "$work/big.yaml" -o "$work/set" --formats ttl,nt,graphml,svg
[ "$rc" -ne 0 ] || fail "5. build of an undrawable svg succeeded"
for ext in ttl nt svg; do
  [ "$(cat "$work/set/big.$ext")" = "stale $ext" ] || fail "5. build replaced big.$ext though the set failed"
done
[ -e "$work/set/big.graphml" ] && fail "5. build wrote big.graphml though the set failed"
[ "$(ls -A "$work/set" | wc -l)" -eq 3 ] || fail "5. files left behind: $(ls -A "$work/set")"

# 6. I/O errors name the path and the reason, exit 74.
touch "$work/plain"
run build "$good" -o "$work/plain/sub" --formats ttl
expect 74 "plain/sub: .*Not a directory" "6. output folder cannot be created"
run export "$good" --to ttl -o "$work/no-such-dir/x.ttl"
expect 74 "no-such-dir/x\.ttl: .*No such file or directory" "6. output in a missing folder"

# 7. Temporary files: the mode of an existing output is kept; a symlink at the
#    target is replaced, never written through; nothing is left behind.
echo old >"$work/private.ttl"
chmod 600 "$work/private.ttl"
run export "$good" --to ttl -o "$work/private.ttl"
[ "$rc" -eq 0 ] || fail "7. export over a 0600 file exited $rc"
[ "$(stat -c %a "$work/private.ttl")" = 600 ] || fail "7. a 0600 output became $(stat -c %a "$work/private.ttl")"
echo victim >"$work/victim"
ln -s "$work/victim" "$work/link.ttl"
run export "$good" --to ttl -o "$work/link.ttl"
[ "$(cat "$work/victim")" = victim ] || fail "7. export wrote through a symlink"
ls -A "$work" | grep -q '\.tmp$' && fail "7. a temporary file was left: $(ls -A "$work" | grep '\.tmp$')"

# 8. Inputs that are not regular files are refused at once; --max-input-size bounds the rest.
run validate "$work/fifo"
expect 74 'fifo: .*FIFO' "8. a FIFO as the KB"
run validate /dev/zero
expect 74 '/dev/zero: .*character device' "8. /dev/zero as the KB"
run validate --max-input-size 100 "$good"
expect 74 'good\.yaml: .*--max-input-size' "8. a KB over --max-input-size"
run validate --max-input-size 1x "$good"
[ "$rc" -eq 2 ] || fail "8. --max-input-size 1x exited $rc, expected 2"
# 8b. A streamed RDF file is never held whole, so the bound is not for it; a pipe is still bounded.
for i in 1 2 3 4 5; do echo "<http://ex.org/e$i> <http://www.w3.org/2000/01/rdf-schema#label> \"entity $i\" ."; done >"$work/long.nt"
run validate --max-input-size 100 "$work/long.nt"
[ "$rc" -eq 0 ] || { fail "8b. a regular .nt over --max-input-size exited $rc, expected 0"; cat "$work/err"; }
run validate --from ntriples --max-input-size 100 - < <(cat "$work/long.nt")
expect 74 '<stdin>: .*--max-input-size' "8b. piped stdin over --max-input-size"

# 9. Control characters from the input are escaped in messages: no raw ESC reaches the terminal.
run validate "$data/escape_id.yaml"
[ "$rc" -eq 1 ] || fail "9. an id with ESC exited $rc"
grep -q $'\x1b' "$work/err" && fail "9. a raw ESC was printed"
grep -qF 'evil\x1b[31mred' "$work/err" || { fail "9. the ESC is not shown as \\x1b"; cat -v "$work/err"; }

# 10a. A relative IRI with no base is an error, not a file:///local/path IRI.
run validate "$data/relative.ttl"
expect 1 'relative\.ttl:2(:[0-9]+)?: error: .*<thing>.*\[relative-iri\]' "10a. relative IRI"
grep -q 'file://' "$work/err" && fail "10a. a file:// IRI was made"
run convert "$data/relative.ttl" "$work/rel.nt" --base http://ex.org/base/
[ "$rc" -eq 0 ] && grep -q '<http://ex.org/base/thing>' "$work/rel.nt" || fail "10a. --base does not resolve it"

# 10b. N-Triples escapes U+0085, U+2028 and U+2029, and rdflib reads the names back.
run export "$data/line_separators.yaml" --to nt -o "$work/sep.nt"
[ "$rc" -eq 0 ] || { fail "10b. export exited $rc"; cat "$work/err"; }
grep -qF 'next\u0085line' "$work/sep.nt" || fail "10b. U+0085 not written as \\u0085"
grep -qF 'line\u2028separator' "$work/sep.nt" || fail "10b. U+2028 not written as \\u2028"
"$py" - "$work/sep.nt" <<'PY' || fail "10b. rdflib does not read the names back"
import sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="nt")
names = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
want = {"next\u0085line", "line\u2028separator", "paragraph\u2029separator"}
assert want <= names, names
PY
run export "$data/line_separators.yaml" --to ttl -o "$work/sep.ttl"
"$py" - "$work/sep.ttl" <<'PY' || fail "10b. rdflib does not read the Turtle names back"
import sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
names = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
assert {"next\u0085line", "line\u2028separator", "paragraph\u2029separator"} <= names, names
PY

# 10c. The PDF has a fixed date (or SOURCE_DATE_EPOCH's): two renders are byte-identical.
run render "$good" -o "$work/a.pdf"
sleep 1.1
run render "$good" -o "$work/b.pdf"
cmp -s "$work/a.pdf" "$work/b.pdf" || fail "10c. two PDF renders differ"
SOURCE_DATE_EPOCH=1700000000 timeout 60 "$KGFORGE" render "$good" -o "$work/c.pdf" 2>/dev/null
grep -aq 'CreationDate (D:20231114' "$work/c.pdf" || fail "10c. SOURCE_DATE_EPOCH is not the PDF date: $(grep -ao 'CreationDate ([^)]*)' "$work/c.pdf")"

# 10d. A reader-level error does not hide the ontology's errors: one run shows both.
run validate "$data/two_kinds_of_error.yaml"
expect 1 '\[unknown-key\]' "10d. the reader error"
grep -qE 'two_kinds_of_error\.yaml:12:[0-9]+: error: .*NoSuchClass' "$work/err" || { fail "10d. the ontology error is missing"; cat "$work/err"; }

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "hostile input: all checks passed"
