#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The bundled CEOP knowledge base validates strictly against the bundled ontology:
# exit 0, no error and no warning diagnostics.
set -euo pipefail
kb="$KGFORGE_SOURCE_DIR/examples/ceop/ceop.yaml"
out=$("$KGFORGE" validate --strict "$kb" 2>&1) || { echo "validate --strict failed:"; echo "$out"; exit 1; }
if grep -E ': (error|warning): ' <<<"$out"; then
  echo "validate --strict printed diagnostics for the CEOP KB"
  exit 1
fi
grep -q ' 0 warning' <<<"$out" || { echo "unexpected validate output: $out"; exit 1; }
echo "ok: $out"
