# SPDX-License-Identifier: MIT
"""What the Python CLI tests share: collecting failures, and running $KGFORGE."""
import json
import os
import subprocess

KGFORGE = os.environ.get("KGFORGE", "kgforge")
failures = []


def check(ok, message):
    """Records `message` as a failure unless `ok`."""
    if not ok:
        failures.append(message)


def run(args, code=0, as_json=False):
    """Runs kgforge with `args`; stops the test unless it exits `code`. Returns stdout
    (parsed when `as_json`), or stderr when `code` is not 0."""
    proc = subprocess.run([KGFORGE] + args, capture_output=True, text=True)
    if proc.returncode != code:
        raise SystemExit("kgforge %s: exit %d, not %d:\n%s" % (" ".join(args), proc.returncode, code, proc.stderr))
    if code != 0:
        return proc.stderr
    return json.loads(proc.stdout) if as_json else proc.stdout
