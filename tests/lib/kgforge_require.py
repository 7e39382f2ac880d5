# SPDX-License-Identifier: MIT
"""What a Python test does when it cannot run (the twin of tests/lib/require.sh).

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
    from kgforge_require import require
    require("py:networkx", "py:numpy", "cmd:xmllint")   # checks as in scripts/deps.txt
    import networkx as nx

A missing requirement prints what is missing and which package provides it, then exits
77, which CTest reports as SKIPPED. When CI is set (CI=true) it exits 1: under CI a test
that cannot run fails. A check not listed in scripts/deps.txt fails.
"""
import importlib
import os
import shutil
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEPS_FILE = os.environ.get("KGFORGE_DEPS_FILE") or os.path.join(ROOT, "scripts", "deps.txt")


def ci():
    return os.environ.get("CI", "") not in ("", "0", "false", "no")


def unavailable(message):
    """The test cannot run: exit 77 (SKIPPED), or 1 under CI."""
    if ci():
        print("FAIL: cannot run: %s (CI is set, so this is a failure, not a skip)" % message, flush=True)
        sys.exit(1)
    print("SKIPPED: " + message, flush=True)
    sys.exit(77)


def deps_rows():
    """(package, [checks]) per row of scripts/deps.txt."""
    rows = []
    with open(DEPS_FILE, encoding="utf-8") as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if fields:
                rows.append((fields[0], fields[1].split(",")))
    return rows


def present(check):
    kind, _, name = check.partition(":")
    if kind == "cmd":
        return shutil.which(name) is not None
    if kind == "py":
        try:
            importlib.import_module(name)
            return True
        except ImportError:
            return False
    if kind == "node":
        return os.path.isdir(os.path.join(ROOT, "tests", "interop", "node_modules", name))
    if kind == "r":
        if shutil.which("Rscript") is None:
            return False
        probe = "quit(status = !requireNamespace('%s', quietly = TRUE))" % name
        return subprocess.run(["Rscript", "-e", probe], capture_output=True).returncode == 0
    if kind == "font":
        r = subprocess.run(["fc-list", ":family=" + name.replace("_", " ")], capture_output=True) if shutil.which("fc-list") else None
        return r is not None and r.returncode == 0 and r.stdout.strip() != b""
    raise ValueError("unknown check %r" % check)


def hint(package):
    if package == "@npm":
        return "npm module from tests/interop/package.json: run scripts/install-deps.sh (npm ci)"
    return "Debian package %s: run scripts/install-deps.sh" % package


def require(*checks):
    packages = {c: p for p, cs in deps_rows() for c in cs}
    missing = []
    for check in checks:
        if check not in packages:
            print("FAIL: %s is not listed in scripts/deps.txt" % check, flush=True)
            sys.exit(1)
        if not present(check):
            missing.append("%s (%s)" % (check.split(":", 1)[1], hint(packages[check])))
    if missing:
        unavailable("missing " + "; ".join(missing))
