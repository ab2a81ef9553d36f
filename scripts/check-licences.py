"""Lists the licence of every package in an environment and fails on GPL or AGPL ones (LGPL is fine
for a bundle that keeps the library replaceable). Run with the bundle's build environment:
    build/bundle-venv/bin/python scripts/check-licences.py
Packages that are build tools only, not copied into the bundle, are named in BUILD_ONLY."""

from __future__ import annotations

import re
import sys
from importlib.metadata import distributions

# PyInstaller itself: GPL-2.0 with an exception for the bootloader that ends up in bundles.
BUILD_ONLY = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pip", "setuptools"}


def licence(dist) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = (meta.get("License") or "").strip().splitlines()
    return "; ".join(classifiers) or (text[0][:60] if text else "?")


def main() -> int:
    bad = []
    for dist in sorted(distributions(), key=lambda d: d.metadata["Name"].lower()):
        name = dist.metadata["Name"]
        found = licence(dist)
        copyleft = re.search(r"(?<!L)(?<!Lesser )\bA?GPL|General Public License", found) and not re.search(
            r"LGPL|Lesser", found)
        flag = "  <- GPL" if copyleft and name.lower() not in BUILD_ONLY else ""
        print(f"{name:32} {found}{flag}")
        if flag:
            bad.append(name)
    if bad:
        print(f"GPL or AGPL packages in the bundle: {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
