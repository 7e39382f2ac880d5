#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every package kgforge's build, tests and benchmarks need, as listed in
# scripts/deps.txt (tests/deps/tools_present.sh checks the same list). Safe to run again.
# Uses sudo when not root. Among them (see deps.txt for all, with the test that needs each):
# the readers the tests check outputs with, python3-rdflib, python3-networkx, python3-igraph,
# python3-yaml, python3-pandas (table readers), python3-pyld (JSON-LD to_rdf), and
# python3-numpy and python3-scipy, which networkx's pagerank needs and
# --no-install-recommends would leave out.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

all_present() {
  local check
  for check in ${1//,/ }; do kg_dep_present "$check" || return 1; done
}

missing=()
npm_modules=no
while read -r package checks flag; do
  if [ "$package" = "@npm" ]; then
    all_present "$checks" || npm_modules=yes
  elif [ "$flag" = "if-absent" ]; then
    all_present "$checks" || missing+=("$package")
  elif ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done < <(kg_deps_rows)

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# Oxigraph (an embedded SPARQL store) for the interop tests, pinned in the lock file.
if [ "$npm_modules" = yes ]; then
  (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
fi
