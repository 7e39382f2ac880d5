#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Bulk export (export --shard-size N --gzip), read back as a bulk loader would, on the
CEOP KB and a generated 5,000-entity KB:

- the manifest lists shards kg-00001.nt.gz ... of at most N statements, every shard
  but the last exactly N; each file's size and SHA-256 (hashlib) equal the manifest's;
- each shard decompresses with Python's gzip module and `gzip -t` accepts it, and serdi
  reads it alone (a shard is a whole N-Triples file) with the manifest's statement count;
- the shards, decompressed and put end to end, are byte for byte the plain N-Triples
  (N-Quads) export of the same graph: no statement lost, repeated or changed;
- the output is deterministic (two runs give the same bytes);
- --gzip alone compresses one Turtle file, which decompresses to the plain export;
- --gzip-level N gives zlib's own bytes at level N (default 6), for one file and for shards;
  it needs --gzip and 1 to 9;
- --shard-size on Turtle and --gzip to standard output are usage errors (exit 2)."""
import gzip
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, finish, kgforge  # noqa: E402

require("cmd:serdi", "cmd:gzip")


def run(*args, ok=True):
    r = kgforge(*args, text=False)
    if ok and r.returncode != 0:
        sys.exit(f"kgforge {' '.join(args)} exited {r.returncode}: {r.stderr.decode()[-800:]}")
    return r


def plain(kb, fmt):
    return run("export", *kb, "--to", fmt, "-q").stdout


def sharded(kb, fmt, per, folder):
    ext = {"nt": "nt", "nquads": "nq"}[fmt]
    run("export", *kb, "--to", fmt, "--shard-size", str(per), "--gzip", "-o", os.path.join(folder, "kg." + ext), "-q")
    with open(os.path.join(folder, "kg.manifest.json")) as f:
        return json.load(f), ext


def check_set(label, kb, fmt, per, work):
    folder = os.path.join(work, label)
    os.makedirs(folder)
    manifest, ext = sharded(kb, fmt, per, folder)
    whole = plain(kb, fmt)
    lines = whole.count(b"\n")
    check(manifest["statements"] == lines, f"{label}: manifest says {manifest['statements']} statements, export has {lines}")
    check(manifest["compression"] == "gzip" and manifest["shard_size"] == per, f"{label}: manifest header {manifest}")
    shards = manifest["shards"]
    check(len(shards) == math.ceil(lines / per), f"{label}: {len(shards)} shards for {lines} statements of {per}")
    joined = b""
    for i, s in enumerate(shards):
        check(s["file"] == f"kg-{i + 1:05d}.{ext}.gz", f"{label}: shard {i} is named {s['file']}")
        path = os.path.join(folder, s["file"])
        data = open(path, "rb").read()
        check(len(data) == s["bytes"], f"{label}: {s['file']} is {len(data)} bytes, manifest says {s['bytes']}")
        check(hashlib.sha256(data).hexdigest() == s["sha256"], f"{label}: {s['file']} SHA-256 differs from the manifest")
        check(subprocess.run(["gzip", "-t", path]).returncode == 0, f"{label}: gzip -t refuses {s['file']}")
        text = gzip.decompress(data)
        n = text.count(b"\n")
        check(n == s["statements"], f"{label}: {s['file']} holds {n} lines, manifest says {s['statements']}")
        check(n == per or i == len(shards) - 1, f"{label}: {s['file']} is not full ({n} of {per}) but not the last")
        syntax = "nquads" if ext == "nq" else "ntriples"
        r = subprocess.run(["serdi", "-i", syntax, "-o", syntax, "-"], input=text, capture_output=True)
        read = r.stdout.count(b"\n")
        check(r.returncode == 0 and read == n, f"{label}: serdi read {s['file']} as {read} statements (exit {r.returncode})")
        joined += text
    check(joined == whole, f"{label}: the shards end to end differ from the plain export")
    check(not [f for f in os.listdir(folder) if f.startswith(".")], f"{label}: temporaries left: {os.listdir(folder)}")
    again = os.path.join(work, label + "-again")
    os.makedirs(again)
    sharded(kb, fmt, per, again)
    for s in shards + [{"file": "kg.manifest.json"}]:
        check(open(os.path.join(folder, s["file"]), "rb").read() == open(os.path.join(again, s["file"]), "rb").read(),
              f"{label}: {s['file']} differs between two runs")


with tempfile.TemporaryDirectory() as work:
    big = os.path.join(work, "big.yaml")
    with open(big, "w") as f:
        f.write("kgforge: 1\nbase: https://example.org/big/\nentities:\n")
        for i in range(5000):
            f.write(f"  - {{id: e{i}, type: Company, name: Company number {i}}}\n")
        f.write("relations:\n")
        for i in range(1, 5000):
            f.write(f"  - {{from: e{i}, predicate: partnerOf, to: e{(i * 7919) % i}}}\n")
    check_set("ceop-nt", [], "nt", 100, work)
    check_set("ceop-nq", [], "nquads", 250, work)
    check_set("big-nt", [big], "nt", 4000, work)

    ttl = os.path.join(work, "one.ttl")
    run("export", "--to", "ttl", "--gzip", "-o", ttl, "-q")
    check(not os.path.exists(ttl) and os.path.exists(ttl + ".gz"), "--gzip -o one.ttl did not write one.ttl.gz")
    check(gzip.decompress(open(ttl + ".gz", "rb").read()) == plain([], "ttl"), "--gzip Turtle differs from plain")

    # --gzip-level: the bytes are zlib's at that level (Python's zlib, the same library,
    # compressing the plain export in one go); the default is level 6.
    nt = plain([], "nt")
    for level in (None, 1, 9):
        out = os.path.join(work, f"level-{level}.nt")
        run("export", "--to", "nt", "--gzip", *(["--gzip-level", str(level)] if level else []), "-o", out, "-q")
        z = zlib.compressobj(level or 6, zlib.DEFLATED, 31)
        check(open(out + ".gz", "rb").read() == z.compress(nt) + z.flush(),
              f"--gzip --gzip-level {level}: not zlib's bytes at level {level or 6}")
    per = os.path.join(work, "per-level")
    os.makedirs(per)
    run("export", "--to", "nt", "--shard-size", "100", "--gzip", "--gzip-level", "1", "-o", os.path.join(per, "kg.nt"),
        "-q")
    first = gzip.decompress(open(os.path.join(per, "kg-00001.nt.gz"), "rb").read())
    z = zlib.compressobj(1, zlib.DEFLATED, 31)
    check(open(os.path.join(per, "kg-00001.nt.gz"), "rb").read() == z.compress(first) + z.flush(),
          "--shard-size --gzip-level 1: a shard is not zlib's bytes at level 1")
    for bad in (["--gzip-level", "1"], ["--gzip", "--gzip-level", "0"], ["--gzip", "--gzip-level", "10"]):
        r = run("export", "--to", "nt", *bad, "-o", os.path.join(work, "bad.nt"), ok=False)
        check(r.returncode == 2 and not os.path.exists(os.path.join(work, "bad.nt.gz")),
              f"{' '.join(bad)}: exit {r.returncode} (want 2, nothing written)")

    r = run("export", "--to", "ttl", "--shard-size", "10", "-o", os.path.join(work, "x.ttl"), ok=False)
    check(r.returncode == 2 and b"--shard-size works with --to nt and --to nquads" in r.stderr,
          f"--shard-size on Turtle: exit {r.returncode}, {r.stderr!r}")
    r = run("export", "--to", "nt", "--gzip", ok=False)
    check(r.returncode == 2 and b"needs -o FILE" in r.stderr, f"--gzip to stdout: exit {r.returncode}, {r.stderr!r}")

sys.exit(finish("ok: shards and manifest read back exactly; --gzip alone; misuse refused"))
