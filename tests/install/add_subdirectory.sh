#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# add_subdirectory(kgforge) works: a parent project (tests/install/subproject) configures
# with kgforge inside it and the library example linked to kgforge::kgforge; in a parent
# project kgforge builds its libraries and binary but no tests, benchmarks or install rules.
# (Configuring only: .ci/run also builds and runs the example this way.)
set -u
: "${KGFORGE_SOURCE_DIR:?}"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:cmake cmd:ninja cmd:g++
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cmake -S "$KGFORGE_SOURCE_DIR/tests/install/subproject" -B "$work/b" -G Ninja \
  -DKGFORGE_SOURCE_DIR="$KGFORGE_SOURCE_DIR" >"$work/log" 2>&1
rc=$?
[ "$rc" -eq 0 ] || { fail "configuring the parent project exited $rc"; cat "$work/log"; exit 1; }
targets=$(cmake --build "$work/b" --target help 2>/dev/null)
for t in pagerank_turtle kgforge kgforge_core kgforge_graph kgforge_importers kgforge_ontology kgforge_exporters; do
  grep -q "^$t:" <<<"$targets" || fail "the parent project has no target $t"
done
for t in kgforge_tests analysis_bench install package; do
  ! grep -q "^$t:" <<<"$targets" || fail "a parent project got kgforge's target $t"
done
# The example is compiled with kgforge's module include directories, and its generated
# files are in kgforge's build folder inside the parent's.
grep -q -- "-I$work/b/kgforge/include" "$work/b/build.ninja" || fail "pagerank_turtle does not get kgforge's include folder"
[ -f "$work/b/kgforge/generated/kgforge_version.hpp" ] || fail "kgforge's generated files are not in its own build folder"
[ -d "$work/b/kgforge/modules/graph" ] || fail "no module include folder under the parent's build folder"

[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
