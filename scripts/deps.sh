# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Reads scripts/deps.txt (the one list of packages) for scripts/install-deps.sh,
# tests/tools_present.sh and tests/lib/require.sh. Source it; it defines functions only.
KG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KG_DEPS_FILE="${KGFORGE_DEPS_FILE:-$KG_ROOT/scripts/deps.txt}"  # the override is for tests/deps/skip_semantics.sh

# One line per row: PACKAGE CHECKS FLAG (FLAG is "-" when the row has none).
kg_deps_rows() {
  sed -e 's/#.*//' "$KG_DEPS_FILE" | awk 'NF { print $1, $2, (NF > 2 ? $3 : "-") }'
}

# kg_dep_present CHECK: succeeds when the check passes (see the header of deps.txt).
kg_dep_present() {
  case $1 in
    -) return 0 ;;
    cmd:*) command -v "${1#cmd:}" >/dev/null 2>&1 ;;
    py:*) /usr/bin/python3 -c "import ${1#py:}" >/dev/null 2>&1 ;;
    node:*) [ -d "$KG_ROOT/tests/interop/node_modules/${1#node:}" ] ;;
    r:*) command -v Rscript >/dev/null 2>&1 && Rscript -e "quit(status = !requireNamespace('${1#r:}', quietly = TRUE))" >/dev/null 2>&1 ;;
    font:*) local family=${1#font:}; fc-list ":family=${family//_/ }" 2>/dev/null | grep -q . ;;
    *) echo "deps.txt: unknown check '$1'" >&2; return 2 ;;
  esac
}

# kg_dep_package CHECK: prints the package whose row lists CHECK, nothing if none does.
kg_dep_package() {
  kg_deps_rows | awk -v c="$1" '!found { n = split($2, a, ","); for (i = 1; i <= n; i++) if (a[i] == c) { print $1; found = 1 } }'
}

# kg_dep_hint PACKAGE: how a user gets PACKAGE.
kg_dep_hint() {
  if [ "$1" = "@npm" ]; then
    echo "npm module from tests/interop/package.json: run scripts/install-deps.sh (npm ci)"
  else
    echo "Debian package $1: run scripts/install-deps.sh"
  fi
}
