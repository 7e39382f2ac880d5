# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# What a script test does when it cannot run. Source it at the top of the test:
#   . "$(dirname "$0")/../lib/require.sh"
#   kg_require cmd:rapper py:rdflib     # checks as in scripts/deps.txt
#   kg_unavailable "the W3C suites are missing"
# A missing requirement prints what is missing and which package provides it, then
# exits 77, which CTest reports as SKIPPED (SKIP_RETURN_CODE). When CI is set
# (CI=true), a test that cannot run fails (exit 1) instead.
. "$(dirname "${BASH_SOURCE[0]}")/../../scripts/deps.sh"

# True when the CI environment variable is set to anything but "", 0, false or no.
kg_ci() {
  case "${CI:-}" in
    "" | 0 | false | no) return 1 ;;
    *) return 0 ;;
  esac
}

# kg_unavailable MESSAGE...: the test cannot run. Exit 77 (SKIPPED), or 1 under CI.
kg_unavailable() {
  if kg_ci; then
    echo "FAIL: cannot run: $* (CI is set, so this is a failure, not a skip)"
    exit 1
  fi
  echo "SKIPPED: $*"
  exit 77
}

# kg_require CHECK...: every check must pass, else kg_unavailable naming the packages.
# A check not listed in scripts/deps.txt is a failure: add it there first.
kg_require() {
  local check package missing=()
  for check in "$@"; do
    package=$(kg_dep_package "$check")
    if [ -z "$package" ]; then
      echo "FAIL: $check is not listed in scripts/deps.txt"
      exit 1
    fi
    kg_dep_present "$check" || missing+=("${check#*:} ($(kg_dep_hint "$package"))")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    kg_unavailable "missing $(printf '%s; ' "${missing[@]}" | sed 's/; $//')"
  fi
}
