#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CTest deps/tools_present.sh: every tool and module in scripts/deps.txt,
# the list scripts/install-deps.sh installs, is present. Names the package of each one
# missing. Fails (not skips) when one is missing: this is the test that says what to install.
set -u
. "$(dirname "$0")/../../scripts/deps.sh"
missing=0
checked=0
while read -r package checks _; do
  for check in ${checks//,/ }; do
    [ "$check" = "-" ] && continue
    checked=$((checked + 1))
    if ! kg_dep_present "$check"; then
      echo "MISSING: ${check#*:} ($check) -- $(kg_dep_hint "$package")"
      missing=$((missing + 1))
    fi
  done
done < <(kg_deps_rows)
[ "$checked" -gt 10 ] || { echo "FAIL: only $checked checks read from scripts/deps.txt"; exit 1; }
# Every requirement the tests name (kg_require / require(...)) must be in the table
# (tests/deps is left out: skip_semantics.sh names made-up tools on purpose).
unlisted=0
for check in $(grep -rhoE '\b(cmd|py|node|r):[A-Za-z0-9_./+-]+' "$KG_ROOT"/tests --include='*.sh' --include='*.py' --exclude-dir=deps \
                 | grep -v '^cmd:NAME\|^py:NAME\|^node:NAME\|^r:NAME' \
                 | grep -vE '^node:(fs|module|path|os|url|child_process|process)$' | sort -u); do
  # (node:fs, node:module ... are Node.js's built-in modules, imported by the .mjs helpers a test writes)
  if [ -z "$(kg_dep_package "$check")" ]; then
    echo "UNLISTED: a test requires $check, which scripts/deps.txt does not list"
    unlisted=$((unlisted + 1))
  fi
done
if [ "$missing" -gt 0 ] || [ "$unlisted" -gt 0 ]; then
  echo "$missing missing, $unlisted unlisted (of $checked checks)"
  exit 1
fi
echo "ok: all $checked tools and modules present"
