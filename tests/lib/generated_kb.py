# SPDX-License-Identifier: MIT
"""Generated YAML knowledge bases of a given size, for the tests that need a large input."""


def companies_and_people(path, n):
    """Writes `n` entities to `path`: every tenth a Company, the nine after it People who
    work for it (n entities, n - n/10 worksFor relations)."""
    with open(path, "w") as f:
        f.write("kgforge: 1\nbase: https://example.org/big/\nentities:\n")
        for i in range(n):
            kind = "Company" if i % 10 == 0 else "Person"
            f.write(f"  - id: e{i}\n    type: {kind}\n    name: {kind} {i}\n")
        f.write("relations:\n")
        for i in range(n):
            if i % 10:
                f.write(f"  - {{from: e{i}, predicate: worksFor, to: e{i - i % 10}}}\n")
