#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the W3C RDF 1.1 suites (Turtle, N-Triples, N-Quads, RDF/XML) in tests/conformance/w3c
# against `kgforge convert` with run-w3c.sh (see README.md here). Known failures (each
# with its reason) are in tests/conformance/known_failures/<suite>.txt; a listed test
# that passes (XPASS) fails this test, so the lists only shrink. A missing suite is
# SKIPPED, or a failure when CI is set.
set -u
: "${KGFORGE:?KGFORGE must name the kgforge binary}"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/require.sh"
kg_require cmd:/usr/bin/python3 py:rdflib
suites=(rdf-turtle rdf-n-triples rdf-n-quads rdf-xml)
for suite in "${suites[@]}"; do
  [ -f "$here/w3c/$suite/manifest.ttl" ] || kg_unavailable "the W3C suite $here/w3c/$suite is missing"
done
kg=$(printf '%q' "$KGFORGE")
export CONVERT="$kg convert --from {informat} --to ntriples --base {base} {in} {out}"
status=0
for suite in "${suites[@]}"; do
  echo "== $suite"
  log=$(mktemp)
  bash "$here/run-w3c.sh" --known-failures "$here/known_failures/$suite.txt" "$here/w3c/$suite" >"$log" 2>&1
  rc=$?
  cat "$log"
  if [ "$rc" -ne 0 ]; then
    echo "FAILED: $suite (run-w3c.sh exit $rc)"
    status=1
  fi
  if grep -q '^XPASS ' "$log"; then
    echo "FAILED: $suite has XPASS tests: remove them from tests/conformance/known_failures/$suite.txt"
    status=1
  fi
  # A run that read no test is not a pass.
  if ! tail -1 "$log" | grep -qE '^[1-9][0-9]* passed, '; then
    echo "FAILED: $suite: no test passed (last line: $(tail -1 "$log"))"
    status=1
  fi
  rm -f "$log"
done
exit "$status"
