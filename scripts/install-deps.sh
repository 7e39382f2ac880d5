#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package that kgforge's build, tests and benchmarks need.
# Safe to run again. Uses sudo when not root.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
packages=(
  # build
  cmake ninja-build g++ pkg-config
  libboost-graph-dev libraptor2-dev libcli11-dev libyaml-cpp-dev libserd-dev libgraphviz-dev
  libgtest-dev libgmock-dev
  # the real consumers the tests read our outputs with
  raptor2-utils serdi graphviz libxml2-utils python3 python3-rdflib python3-networkx python3-igraph
  python3-yaml
  # benchmarks (bench/diagram_bench.sh: NetworkX + pydot DOT writer)
  python3-pydot
  # fuzzing (tests/fuzz/: clang with libFuzzer, ASan and UBSan; libclang-rt-14-dev holds
  # libclang_rt.fuzzer, which -fsanitize=fuzzer links) and the fault tests (tests/fault/)
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# Node.js and npm run Oxigraph (an embedded SPARQL store) in the interop tests. Debian's
# packages are used only where the machine has no Node.js of its own.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends nodejs npm
fi
if command -v npm >/dev/null 2>&1 && [ -f tests/interop/package.json ] && [ ! -d tests/interop/node_modules ]; then
  (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
fi
