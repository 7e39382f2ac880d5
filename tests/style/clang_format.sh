#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every C++ file of the project follows .clang-format (clang-format 14, Debian's).
# Fix with: clang-format -i $(git ls-files '*.cpp' '*.hpp')
set -uo pipefail
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:clang-format
cd "$KGFORGE_SOURCE_DIR" || exit 1
bad=()
while IFS= read -r -d '' f; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("${f#./}")
done < <(find . \( -path ./build\* -o -path ./.git -o -path '*/node_modules' \) -prune -o \
              \( -name '*.cpp' -o -name '*.hpp' \) -print0)
if [ ${#bad[@]} -gt 0 ]; then
  printf 'FAIL: not formatted by .clang-format: %s\n' "${bad[@]}"
  echo "run: clang-format -i ${bad[*]}"
  exit 1
fi
echo "ok: every C++ file follows .clang-format"
