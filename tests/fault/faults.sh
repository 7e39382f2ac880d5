#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Faults while writing (issue 16): a full disk, a read-only target folder, and SIGINT,
# SIGTERM and SIGKILL in the middle of a large export. After each one the old output
# is untouched, no temporary file remains (after SIGKILL one may: it cannot be caught,
# docs/robustness.md), and the exit code and message say what happened.
set -u
. "$(dirname "$0")/../lib/require.sh"
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}" "${KGFORGE_WRITE_FAULT:?}"
good="$KGFORGE_SOURCE_DIR/tests/cli/data/good.yaml"
work=$(mktemp -d)
mounted=()
cleanup() {
  for m in "${mounted[@]}"; do umount "$m" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
temps() { find "$1" -name '.*.tmp' | wc -l; }

# 1. Full disk (the shim fails write() with ENOSPC after 1,000 bytes): every format,
#    through export and through build.
mkdir "$work/full"
for fmt in ttl nt rdf graphml dot svg; do
  echo "old $fmt" >"$work/full/out.$fmt"
  LD_PRELOAD="$KGFORGE_WRITE_FAULT" KGFORGE_FAULT_ENOSPC_AFTER=1000 \
    "$KGFORGE" export "$good" --to "$fmt" -o "$work/full/out.$fmt" >/dev/null 2>"$work/err"
  rc=$?
  [ "$rc" -eq 74 ] || fail "full disk, export $fmt: exit $rc, expected 74"
  grep -qE "out\.$fmt: cannot write: No space left on device" "$work/err" || { fail "full disk, $fmt: message"; cat "$work/err"; }
  [ "$(cat "$work/full/out.$fmt")" = "old $fmt" ] || fail "full disk, $fmt: the old output was changed"
done
LD_PRELOAD="$KGFORGE_WRITE_FAULT" KGFORGE_FAULT_ENOSPC_AFTER=1000 \
  "$KGFORGE" build "$good" -o "$work/full" --name out >/dev/null 2>"$work/err"
rc=$?
[ "$rc" -eq 74 ] || fail "full disk, build: exit $rc, expected 74"
for fmt in ttl nt rdf graphml dot svg; do
  [ "$(cat "$work/full/out.$fmt")" = "old $fmt" ] || fail "full disk, build: out.$fmt was changed"
done
[ "$(temps "$work/full")" -eq 0 ] || fail "full disk: temporary files remain: $(ls -A "$work/full")"

# 1a. A table export is two files, both or neither: the disk fills while the edge table
#     is written (the node table was written whole), and neither file changes.
for fmt in csv kgx; do
  ext=$fmt
  [ "$fmt" = kgx ] && ext=tsv
  echo "old nodes" >"$work/full/t_nodes.$ext"
  LD_PRELOAD="$KGFORGE_WRITE_FAULT" KGFORGE_FAULT_MATCH="_edges.$ext" KGFORGE_FAULT_ENOSPC_AFTER=10 \
    "$KGFORGE" export "$good" --to "$fmt" -o "$work/full/t" >/dev/null 2>"$work/err"
  rc=$?
  [ "$rc" -eq 74 ] || fail "full disk, export $fmt: exit $rc, expected 74"
  [ "$(cat "$work/full/t_nodes.$ext")" = "old nodes" ] || fail "full disk, $fmt: the node table was replaced"
  [ ! -e "$work/full/t_edges.$ext" ] || fail "full disk, $fmt: an edge table appeared"
done
[ "$(temps "$work/full")" -eq 0 ] || fail "full disk, tables: temporary files remain: $(ls -A "$work/full")"

# 1b. A real full file system, when this runs as root: a 64 KiB tmpfs.
if [ "$(id -u)" -eq 0 ] && mkdir "$work/tmpfs" && mount -t tmpfs -o size=64k kgforge-fault "$work/tmpfs" 2>/dev/null; then
  mounted+=("$work/tmpfs")
  echo old >"$work/tmpfs/big.nt"
  /usr/bin/python3 - "$work/wide.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("kgforge: 1\nbase: https://example.org/wide/\nentities:\n")
    for i in range(3000):
        f.write("  - {id: e%d, type: Company, name: Entity number %d}\n" % (i, i))
PY
  "$KGFORGE" export "$work/wide.yaml" --to nt -o "$work/tmpfs/big.nt" >/dev/null 2>"$work/err"
  rc=$?
  [ "$rc" -eq 74 ] || fail "tmpfs full: exit $rc, expected 74"
  grep -q "big\.nt: cannot write: No space left on device" "$work/err" || { fail "tmpfs full: message"; cat "$work/err"; }
  [ "$(cat "$work/tmpfs/big.nt")" = old ] || fail "tmpfs full: the old output was changed"
  [ "$(temps "$work/tmpfs")" -eq 0 ] || fail "tmpfs full: temporary files remain"
fi

# 1c. A rename fails half-way through putting build's set in place (the shim fails the
#     third rename of a temporary with EIO): the outputs already replaced get their old
#     contents back, one that did not exist is removed again, nothing is left beside them.
mkdir "$work/set"
for fmt in ttl nt graphml; do echo "old $fmt" >"$work/set/out.$fmt"; done
LD_PRELOAD="$KGFORGE_WRITE_FAULT" KGFORGE_FAULT_RENAME_FAIL=3 \
  "$KGFORGE" build "$good" -o "$work/set" --formats ttl,nt,dot,graphml --name out >/dev/null 2>"$work/err"
rc=$?
[ "$rc" -eq 74 ] || fail "rename fault, build: exit $rc, expected 74"
grep -q "out\.dot: cannot rename the temporary file over it: Input/output error (the outputs already replaced were restored)" \
  "$work/err" || { fail "rename fault: message"; cat "$work/err"; }
for fmt in ttl nt graphml; do
  [ "$(cat "$work/set/out.$fmt")" = "old $fmt" ] || fail "rename fault: out.$fmt is not the old one"
done
[ ! -e "$work/set/out.dot" ] || fail "rename fault: out.dot, new in the failed set, remains"
left=$(find "$work/set" -name '.*' | wc -l)
[ "$left" -eq 0 ] || fail "rename fault: files remain beside the outputs: $(ls -A "$work/set")"
# Without the fault, the same build replaces the whole set.
"$KGFORGE" build "$good" -o "$work/set" --formats ttl,nt,dot,graphml --name out >/dev/null 2>"$work/err" ||
  fail "build after the rename fault failed: $(cat "$work/err")"
for fmt in ttl nt dot graphml; do
  [ -s "$work/set/out.$fmt" ] && [ "$(head -c 4 "$work/set/out.$fmt")" != "old " ] || fail "build: out.$fmt not replaced"
done
[ "$(find "$work/set" -name '.*' | wc -l)" -eq 0 ] || fail "build: files remain beside the outputs: $(ls -A "$work/set")"

# 2. A read-only target folder: a read-only tmpfs when root, else a 0555 folder.
mkdir "$work/ro"
echo old >"$work/ro/out.ttl"
if [ "$(id -u)" -eq 0 ]; then
  if mount -t tmpfs kgforge-ro "$work/ro" 2>/dev/null; then
    mounted+=("$work/ro")
    echo old >"$work/ro/out.ttl"
    mount -o remount,ro "$work/ro" || fail "cannot remount read-only"
    reason="Read-only file system"
  else
    kg_unavailable "root without mount(2): no way to make a read-only folder"
  fi
else
  chmod 555 "$work/ro"
  reason="Permission denied"
fi
"$KGFORGE" export "$good" --to ttl -o "$work/ro/out.ttl" >/dev/null 2>"$work/err"
rc=$?
[ "$rc" -eq 74 ] || fail "read-only: exit $rc, expected 74"
grep -q "out\.ttl: cannot create a temporary file beside it: $reason" "$work/err" || { fail "read-only: message"; cat "$work/err"; }
[ "$(cat "$work/ro/out.ttl")" = old ] || fail "read-only: the old output was changed"
"$KGFORGE" build "$good" -o "$work/ro" --formats ttl,nt --name out >/dev/null 2>"$work/err"
rc=$?
[ "$rc" -eq 74 ] || fail "read-only, build: exit $rc, expected 74"
[ "$(cat "$work/ro/out.ttl")" = old ] || fail "read-only, build: the old output was changed"
[ -e "$work/ro/out.nt" ] && fail "read-only, build: wrote out.nt"
chmod 755 "$work/ro" 2>/dev/null

# 3. Signals in the middle of a large export. The shim sleeps 300 ms before each
#    write of the temporary, so the signal lands while it is being written.
/usr/bin/python3 - "$work/large.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("kgforge: 1\nbase: https://example.org/large/\nentities:\n")
    for i in range(20000):
        f.write("  - {id: e%d, type: Company, name: \"Company %d with a longer name\"}\n" % (i, i))
    f.write("relations:\n")
    for i in range(1, 20000):
        f.write("  - {from: e%d, predicate: partnerOf, to: e%d, since: 2001}\n" % (i, (i * 7919) % i))
PY
mkdir "$work/sig"
for sig in INT TERM KILL; do
  echo "old $sig" >"$work/sig/large.nt"
  # A background job of a script starts with SIGINT ignored (and kgforge keeps an ignored
  # signal ignored): the default disposition is restored before kgforge is exec'd.
  LD_PRELOAD="$KGFORGE_WRITE_FAULT" KGFORGE_FAULT_DELAY_US=300000 /usr/bin/python3 -c \
    'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
    "$KGFORGE" export "$work/large.yaml" --to nt -o "$work/sig/large.nt" >/dev/null 2>"$work/err" &
  pid=$!
  # Wait until the temporary holds its first block: the export is then mid-write.
  for _ in $(seq 600); do
    t=$(find "$work/sig" -name '.*.tmp' -size +0 | head -1)
    [ -n "$t" ] && break
    sleep 0.1
  done
  [ -n "$t" ] || fail "SIG$sig: the export never started writing"
  kill -s "$sig" "$pid"
  wait "$pid"
  rc=$?
  want=$((128 + $(kill -l "$sig")))
  [ "$rc" -eq "$want" ] || fail "SIG$sig: exit $rc, expected $want (killed by the signal)"
  [ "$(cat "$work/sig/large.nt")" = "old $sig" ] || fail "SIG$sig: the old output was changed"
  if [ "$sig" = KILL ]; then
    rm -f "$work"/sig/.*.tmp  # SIGKILL cannot be caught: a temporary may remain (documented)
  else
    [ "$(temps "$work/sig")" -eq 0 ] || fail "SIG$sig: a temporary file remains: $(ls -A "$work/sig")"
  fi
done

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "faults: all checks passed"
