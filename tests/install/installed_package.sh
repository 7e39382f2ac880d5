#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `cmake --install` into a temporary prefix gives a usable package: the binary, the
# headers under include/kgforge/, the static libraries, the CMake package and kgforge.pc,
# the ontology. The library example (examples/library) builds against it twice, with
# find_package(kgforge CONFIG) from a separate build folder and with pkg-config, and
# both programs give the output tests/lib/check_library_example.sh expects.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}" "${KGFORGE_BUILD_DIR:?}"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:cmake cmd:ninja cmd:g++ cmd:pkg-config
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
prefix="$work/prefix"

cmake --install "$KGFORGE_BUILD_DIR" --prefix "$prefix" >"$work/install.log" 2>&1 \
  || { fail "cmake --install exited $?"; cat "$work/install.log"; exit 1; }
for f in bin/kgforge include/kgforge/core/error.hpp include/kgforge/graph/knowledge_graph.hpp \
         include/kgforge/importers/load.hpp include/kgforge/ontology/ontology.hpp \
         include/kgforge/exporters/turtle_exporter.hpp share/kgforge/kgforge.ttl; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
for f in libkgforge_core.a libkgforge_graph.a libkgforge_importers.a libkgforge_ontology.a libkgforge_exporters.a \
         kgforge-config.cmake kgforge-config-version.cmake kgforge-targets.cmake kgforge.pc; do
  [ -n "$(find "$prefix" -name "$f")" ] || fail "not installed: $f"
done
[ ! -e "$prefix/include/kgforge/cli" ] || fail "the CLI's headers were installed"
cmp -s "$prefix/share/kgforge/kgforge.ttl" "$KGFORGE_SOURCE_DIR/ontology/kgforge.ttl" || fail "share/kgforge/kgforge.ttl differs"
"$prefix/bin/kgforge" --version >"$work/version" 2>&1 || fail "the installed kgforge --version exited $?"
version=$(sed -n 's/^project(kgforge VERSION \([0-9.]*\).*/\1/p' "$KGFORGE_SOURCE_DIR/CMakeLists.txt")
grep -q "$version" "$work/version" || fail "installed kgforge --version does not say $version: $(cat "$work/version")"

# 1. find_package(kgforge CONFIG), from a build folder outside the kgforge tree.
if cmake -S "$KGFORGE_SOURCE_DIR/examples/library" -B "$work/example" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
     >"$work/example.log" 2>&1 && cmake --build "$work/example" >>"$work/example.log" 2>&1; then
  bash "$KGFORGE_SOURCE_DIR/tests/lib/check_library_example.sh" "$work/example/pagerank_turtle" \
    || fail "the find_package build of the example gives wrong output"
  # It compiled against the installed headers, not the source tree.
  grep -q -- "$prefix/include" "$work/example/build.ninja" || fail "the example does not use the installed include folder"
  ! grep -q -- "$KGFORGE_SOURCE_DIR/\(core\|graph\|importers\|exporters\|ontology\)" "$work/example/build.ninja" \
    || fail "the example's build reads the kgforge source tree"
else
  fail "the example does not build against the installed package"
  cat "$work/example.log"
fi

# 2. pkg-config: one compiler command line.
pcdir=$(dirname "$(find "$prefix" -name kgforge.pc | head -1)")
if flags=$(PKG_CONFIG_PATH="$pcdir" pkg-config --cflags --libs kgforge 2>"$work/pc.err"); then
  # shellcheck disable=SC2086
  g++ "$KGFORGE_SOURCE_DIR/examples/library/main.cpp" -o "$work/pc_example" $flags >"$work/pc.log" 2>&1 \
    && bash "$KGFORGE_SOURCE_DIR/tests/lib/check_library_example.sh" "$work/pc_example" \
    || { fail "the example built with pkg-config flags ($flags) fails"; cat "$work/pc.log"; }
else
  fail "pkg-config kgforge: $(cat "$work/pc.err")"
fi

[ "$failures" -eq 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
