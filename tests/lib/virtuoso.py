# SPDX-License-Identifier: MIT
"""A Virtuoso 7 server of its own (Debian's virtuoso-opensource-7-bin) for a test or a
benchmark: a fresh database in a work folder, on a free loopback port, stopped by stop().
Used by tests/interop/virtuoso_bulk.py and bench/bulk_bench.py."""
import os
import socket
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    def __init__(self, work, dirs, failures):
        self.failures = failures  # where a failed statement is reported
        self.port = free_port()
        self.work = work
        ini = os.path.join(work, "virtuoso.ini")
        db = lambda name: os.path.join(work, name)
        with open(ini, "w") as f:
            f.write(f"""[Database]
DatabaseFile = {db('virtuoso.db')}
ErrorLogFile = {db('virtuoso.log')}
LockFile = {db('virtuoso.lck')}
TransactionFile = {db('virtuoso.trx')}
xa_persistent_file = {db('virtuoso.pxa')}
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db('virtuoso-temp.db')}
TransactionFile = {db('virtuoso-temp.trx')}
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{self.port}
DirsAllowed = {', '.join(dirs)}
NumberOfBuffers = 40000
MaxDirtyBuffers = 30000
CheckpointInterval = 0

[SPARQL]
ResultSetMaxRows = 1000000
""")
        self.proc = subprocess.Popen(["virtuoso-t", "-f", "-c", ini], cwd=work,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"virtuoso-t exited {self.proc.returncode}: {self.log()}")
            if subprocess.run(self.isql("status();"), capture_output=True).returncode == 0:
                return
            time.sleep(0.5)
        self.stop()
        sys.exit(f"virtuoso-t did not come up in 180 s: {self.log()}")

    def log(self):
        try:
            return open(os.path.join(self.work, "virtuoso.log")).read()[-1500:]
        except OSError:
            return "(no log)"

    def isql(self, sql):
        return ["isql-vt", str(self.port), "dba", "dba", "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF", "ECHO=OFF",
                "exec=" + sql]

    def rows(self, sql):
        """The result rows of one statement, one line each (isql with VERBOSE=OFF prints no
        header; cells are padded with spaces, so a name is asked alone on its row)."""
        r = subprocess.run(self.isql(sql), capture_output=True, text=True)
        if r.returncode != 0 or "*** Error" in r.stdout + r.stderr:
            self.failures.append(f"isql {sql[:80]}: exit {r.returncode}: {(r.stdout + r.stderr)[-800:]}")
            return []
        return [line.rstrip() for line in r.stdout.splitlines() if line.strip()]

    def stop(self):
        subprocess.run(self.isql("shutdown();"), capture_output=True)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
