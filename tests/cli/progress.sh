#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The progress line on stderr, run under a pseudo-terminal (Python's pty):
# - a build of a generated 200k-entity KB (seconds of reading) shows
#   "kgforge: reading big.yaml: N% ..." redrawn in place, and clears it at the end;
# - with the delay set to 0 (KGFORGE_PROGRESS_DELAY_MS), a small KB shows every stage:
#   reading, loading, validating, writing, and analysing for analyze; reading a
#   streamed N-Triples file shows its rate and the time left;
# - with the default one-second delay, a small KB shows nothing (quick work stays quiet);
# - nothing is shown under -q, with CI set, or when stderr is not a terminal, even at delay 0.
set -u
: "${KGFORGE:?}" "${KGFORGE_SOURCE_DIR:?}"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
exec /usr/bin/python3 - "$KGFORGE" "$W" "$KGFORGE_SOURCE_DIR/tests/cli/data/good.yaml" "$KGFORGE_SOURCE_DIR/tests/lib" <<'PY'
import os, pty, subprocess, sys

sys.path.insert(0, sys.argv[4])
from generated_kb import companies_and_people

kgforge, work, small = sys.argv[1], sys.argv[2], sys.argv[3]
big = os.path.join(work, "big.yaml")
companies_and_people(big, 200000)  # a company and nine people who work for it, and so on

failures = []
env = {k: v for k, v in os.environ.items() if k not in ("CI", "KGFORGE_PROGRESS_DELAY_MS")}
now = dict(env, KGFORGE_PROGRESS_DELAY_MS="0")


def build(kb):
    return ["build", kb, "-o", os.path.join(work, "out"), "--formats", "ttl,nt"]


def on_tty(args, env):
    """Runs kgforge with stdout and stderr on a pseudo-terminal; returns what it showed."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(kgforge, [kgforge] + args, env)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        failures.append(f"kgforge {' '.join(args)} on a tty exited {status}: {out[-500:]!r}")
    return out.decode("utf-8", "replace")


shown = on_tty(build(big), env)
if "kgforge: reading " + big + ": " not in shown or "% (" not in shown:
    failures.append(f"a 200k-entity build showed no reading progress: {shown[-600:]!r}")
if "\r" not in shown or "\x1b[K" not in shown:
    failures.append("the progress line is not redrawn in place (\\r, erase to end of line)")
if "wrote" not in shown:
    failures.append("the big build printed no 'wrote' lines")

small_now = on_tty(build(small), now)
for stage in ("reading " + small, "loading " + small, "validating", "writing " + os.path.join(work, "out", "good.ttl")):
    if "kgforge: " + stage not in small_now:
        failures.append(f"at delay 0, no '{stage}' progress: {small_now[:600]!r}")
# An N-Triples file is streamed: its reading shows the bytes, the rate and the time left.
nt = os.path.join(work, "big.nt")
with open(nt, "w") as f:
    for i in range(40000):
        f.write(f'<https://example.org/e{i}> <http://www.w3.org/2000/01/rdf-schema#label> "entity {i}" .\n')
streamed = on_tty(["validate", nt], now)
if "kgforge: reading " + nt + ": " not in streamed or " MB/s" not in streamed or "ETA " not in streamed:
    failures.append(f"at delay 0, reading an N-Triples file showed no bytes, rate and ETA: {streamed[:600]!r}")
analysis = on_tty(["analyze", small, "--measures", "degree,pagerank"], now)
if "kgforge: analysing: " not in analysis:
    failures.append(f"at delay 0, analyze showed no progress: {analysis[:400]!r}")

quick = on_tty(build(small), env)
if "kgforge: reading" in quick or "kgforge: writing" in quick:
    failures.append(f"a quick build showed progress (the one-second delay is not kept): {quick[:300]!r}")
for label, args, e in (("-q", build(small) + ["-q"], now), ("CI set", build(small), dict(now, CI="true"))):
    out = on_tty(args, e)
    if "kgforge: reading" in out or "kgforge: validating" in out or "kgforge: writing" in out:
        failures.append(f"progress with {label}: {out[:300]!r}")
r = subprocess.run([kgforge] + build(small), env=now, capture_output=True, text=True)
if r.returncode != 0 or "kgforge: reading" in r.stderr or "\r" in r.stderr:
    failures.append(f"progress with stderr not a terminal (exit {r.returncode}): {r.stderr[:300]!r}")

for f in failures:
    print("FAIL:", f)
if failures:
    sys.exit(1)
print("ok: progress on a terminal only, after the delay, never under -q or CI")
PY
