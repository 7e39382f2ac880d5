#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The modules' arrows point one way: core <- graph <- {analysis, ontology} <- importers,
# exporters <- cli. A module includes nothing from a module above it, and CMake links
# no module to one above it (ontology/ reads no file format: the CLI's loader,
# importers/ontology_loader.hpp, parses the Turtle).
set -euo pipefail
cd "$KGFORGE_SOURCE_DIR"
fail() { echo "FAIL: $*"; exit 1; }
forbid() {  # forbid DIR MODULE...: DIR's sources include none of MODULE/
  local dir=$1; shift
  for m in "$@"; do
    hits=$(grep -rn "#include \"$m/" "$dir" --include='*.cpp' --include='*.hpp' || true)
    [ -z "$hits" ] || fail "$dir/ includes from $m/: $hits"
  done
}
forbid core graph analysis ontology importers exporters cli
forbid graph analysis ontology importers exporters cli
forbid analysis ontology importers exporters cli
forbid ontology analysis importers exporters cli
forbid importers analysis exporters cli
forbid exporters importers cli
if grep -E 'target_link_libraries\(kgforge_ontology .*kgforge_importers' CMakeLists.txt; then
  fail "kgforge_ontology links kgforge_importers"
fi
echo "ok"
