"""Reading zip archives (DOCX, EPUB, any zip) with a hard budget of inflated bytes.

The sizes a zip's directory declares bound nothing: ``ZipFile.read`` inflates a member's whole
compressed data in one call and only then cuts it to the declared size, so a 1.5 MB .docx whose
directory under-declares its sizes took 2.2 GB of memory before failing. ``read_member`` inflates
in small pieces and stops as soon as the budget, shared by every member read from one archive, is
spent, whatever the directory says.
"""

from __future__ import annotations

import io
import zipfile

from studyapp.core.errors import ImportFailed

CHUNK = 64 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100
_MB = 1024 * 1024


class ArchiveBudget:
    """How many inflated bytes may still be read from one archive (of ``archive_size`` bytes): at most
    ``MAX_UNPACKED_BYTES`` and, beyond 1 MB, at most ``MAX_RATIO`` times the archive's size."""

    def __init__(self, name: str, archive_size: int):
        self.name = name
        self.limit = min(MAX_UNPACKED_BYTES, max(_MB, MAX_RATIO * archive_size))
        self.remaining = self.limit

    def spend(self, n: int) -> None:
        self.remaining -= n
        if self.remaining < 0:
            raise ImportFailed(
                f"{self.name}: the file expands to more than {self.limit / _MB:,.0f} MB (the limits are "
                f"{MAX_UNPACKED_BYTES // _MB} MB and {MAX_RATIO} times its size), so it was not read: it may be a "
                "zip bomb.")


def read_member(archive: zipfile.ZipFile, name: str | zipfile.ZipInfo, budget: ArchiveBudget) -> bytes:
    """The inflated bytes of one member, read piece by piece against ``budget``."""
    pieces = []
    with archive.open(name) as member:
        while True:
            piece = member.read(CHUNK)
            if not piece:
                break
            budget.spend(len(piece))
            pieces.append(piece)
    return b"".join(pieces)


class BoundedZip:
    """A read-only view of a zip in memory whose ``read`` goes through one shared budget."""

    def __init__(self, data: bytes, name: str):
        self.archive = zipfile.ZipFile(io.BytesIO(data))
        self.budget = ArchiveBudget(name, len(data))

    def read(self, member: str) -> bytes:
        return read_member(self.archive, member, self.budget)

    def namelist(self) -> list[str]:
        return self.archive.namelist()

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> "BoundedZip":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def inflated_copy(data: bytes, name: str) -> bytes:
    """The archive rewritten with every member stored uncompressed, each read against the budget:
    for libraries that open the zip themselves (python-docx), so that the sizes they see are true."""
    out = io.BytesIO()
    with BoundedZip(data, name) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
        for info in source.archive.infolist():
            if not info.is_dir():
                copy.writestr(info.filename, read_member(source.archive, info, source.budget))
    return out.getvalue()
