#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the W3C RDF 1.1 suites (Turtle, N-Triples, RDF/XML) against `kgforge convert`
# with ../shared/conformance/run-w3c.sh. Known failures (each with its reason) are in
# tests/conformance/known_failures/<suite>.txt; a listed test that passes (XPASS)
# fails this test, so the lists only shrink.
set -u
: "${KGFORGE:?KGFORGE must name the kgforge binary}"
: "${KGFORGE_SOURCE_DIR:?}"
conformance="${KGFORGE_SHARED_DIR:-}/conformance"
if [ ! -d "$conformance" ]; then
  echo "SKIPPED: ../shared/conformance not found"
  exit 0
fi
kg=$(printf '%q' "$KGFORGE")
export CONVERT="$kg convert --from {informat} --to ntriples --base {base} {in} {out}"
status=0
for suite in rdf-turtle rdf-n-triples rdf-xml; do
  echo "== $suite"
  log=$(mktemp)
  bash "$conformance/run-w3c.sh" --known-failures "$KGFORGE_SOURCE_DIR/tests/conformance/known_failures/$suite.txt" \
    "$conformance/w3c/$suite" >"$log" 2>&1
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
  rm -f "$log"
done
exit "$status"
