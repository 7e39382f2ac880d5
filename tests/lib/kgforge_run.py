# SPDX-License-Identifier: MIT
"""What the Python tests (tests/cli, tests/kb, tests/interop) share: collecting failures,
ending the test, and running $KGFORGE. With tests/lib/kgforge_require.py (exit 77 for a
missing tool, a failure under CI=true) it is the one copy of these helpers:

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
    from kgforge_require import require
    require("py:networkx")
    from kgforge_run import check, finish, run
    ...
    sys.exit(finish("my_test: ok"))
"""
import json
import os
import subprocess

KGFORGE = os.environ.get("KGFORGE", "kgforge")
failures = []
_echo = []


def echo_failures():
    """From now on check() prints each failure as it is found ("FAIL: message"), and
    finish() ends with their count instead of listing them again."""
    _echo[:] = [True]


def check(ok, message):
    """Records `message` as a failure unless `ok`; returns `ok`."""
    if not ok:
        failures.append(message)
        if _echo:
            print("FAIL: " + message, flush=True)
    return ok


def finish(ok_message, kept=None):
    """The test's exit status: with failures, 1, after listing them ("FAIL: message";
    with echo_failures(), their count, and `kept`, the folder left for a look); else 0,
    after printing `ok_message`."""
    if failures:
        if _echo:
            print("%d failure(s)%s" % (len(failures), "; outputs kept in %s" % kept if kept else ""), flush=True)
        else:
            for f in failures:
                print("FAIL: " + f, flush=True)
        return 1
    print(ok_message, flush=True)
    return 0


def kgforge(*args, text=True, **kw):
    """Runs kgforge with `args` (stdout and stderr captured) and returns the process,
    whatever its exit code."""
    return subprocess.run([KGFORGE, *args], capture_output=True, text=text, **kw)


def run(args, code=0, as_json=False):
    """Runs kgforge with `args`; stops the test unless it exits `code`. Returns stdout
    (parsed when `as_json`), or stderr when `code` is not 0."""
    proc = kgforge(*args)
    if proc.returncode != code:
        raise SystemExit("kgforge %s: exit %d, not %d:\n%s" % (" ".join(args), proc.returncode, code, proc.stderr))
    if code != 0:
        return proc.stderr
    return json.loads(proc.stdout) if as_json else proc.stdout
