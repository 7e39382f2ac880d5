# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# What the CLI tests share. Source it after `set -u`:
#   . "$(dirname "$0")/../lib/cli_test.sh"
# It checks KGFORGE and KGFORGE_SOURCE_DIR, sets D (tests/cli/data) and W (a temporary
# folder removed on exit), and defines fail MESSAGE, which counts into $failures.
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
D="$KGFORGE_SOURCE_DIR/tests/cli/data"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
