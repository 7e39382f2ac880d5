#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every ```yaml example in docs/kb-format.md is a valid knowledge base (--strict).
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v dir="$work" '/^```yaml$/ {n++; file=dir "/example" n ".yaml"; next} /^```$/ {file=""; next} file {print > file}' \
  "$KGFORGE_SOURCE_DIR/docs/kb-format.md"
count=$(ls "$work"/*.yaml 2>/dev/null | wc -l)
[ "$count" -ge 1 ] || { echo "FAIL: no yaml example in docs/kb-format.md"; exit 1; }
failures=0
for f in "$work"/*.yaml; do
  "$KGFORGE" validate --strict "$f" || { echo "FAIL: $(basename "$f") of docs/kb-format.md does not validate"; failures=$((failures + 1)); }
done
[ "$failures" -eq 0 ] && echo "ok: $count example(s)"
exit "$failures"
