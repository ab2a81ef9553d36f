"""Archives are inflated against a hard byte budget whatever their directory says (issue 23, point 6).

Before: a 1.5 MB .docx whose zip directory under-declared its sizes took 2.2 GB of memory before
failing (``ZipFile.read`` inflates all of a member's data in one call and only then cuts it to the
declared size)."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "importing"))
from documents import docx_bytes, epub_bytes  # noqa: E402

from studyapp.core.errors import ImportFailed  # noqa: E402
from studyapp.core.importing.archives import ArchiveBudget, read_member  # noqa: E402

HERE = Path(__file__).parent


def under_declared(data: bytes, member: str, inflated_mb: int) -> bytes:
    """``data`` (a zip) with ``member`` replaced by ``inflated_mb`` MB of deflated zeros whose local
    header and central directory both claim a size of 1 KB."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == member:
                with target.open(member, "w", force_zip64=False) as stream:
                    for _ in range(inflated_mb):
                        stream.write(b"<w:p/>" * (1024 * 1024 // 6))
            else:
                target.writestr(info, source.read(info))
    raw = bytearray(out.getvalue())
    name = member.encode()
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            name_offset = 30 if signature == b"PK\x03\x04" else 46
            if raw[start + name_offset:start + name_offset + len(name)] == name:
                struct.pack_into("<I", raw, start + size_offset, 1024)  # uncompressed size: 1 KB
            start += 4
    return bytes(raw)


CHILD = textwrap.dedent("""
    import resource, sys
    sys.path.insert(0, {importing!r})
    from pathlib import Path
    from studyapp.core.importing import readers
    import docx  # loaded before the baseline: its own size is not the reader's work
    data = Path(sys.argv[1]).read_bytes()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        reader = readers.read_docx if sys.argv[1].endswith(".docx") else readers.read_epub
        reader(data, Path(sys.argv[1]).name)
        print("imported")
    except Exception as error:
        print(type(error).__name__, str(error))
    print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
""")


@pytest.mark.parametrize("suffix", [".docx", ".epub"])
def test_an_archive_whose_directory_under_declares_sizes_is_refused_within_a_small_memory(tmp_path, suffix):
    if suffix == ".docx":
        data = under_declared(docx_bytes(["Japan ruled Korea until 1945."]), "word/document.xml", 600)
    else:
        data = under_declared(epub_bytes([["Japan ruled Korea until 1945."]]), "OEBPS/text/ch1.xhtml", 600)
    assert len(data) < 3 * 1024 * 1024
    path = tmp_path / f"small{suffix}"
    path.write_bytes(data)
    child = subprocess.run([sys.executable, "-c", CHILD.format(importing=str(HERE.parent / "importing")), str(path)],
                           capture_output=True, text=True, timeout=300)
    message, grown_mb = child.stdout.strip().splitlines()
    assert message.startswith("ImportFailed small" + suffix + ": "), child.stdout + child.stderr
    assert "damaged" in message or "zip bomb" in message
    assert int(grown_mb) < 120, f"reading took {grown_mb} MB more memory"


def test_the_budget_stops_inflation_whatever_the_declared_sizes_say():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(3):
            archive.writestr(f"part{n}.xml", b"\0" * (1024 * 1024))
    data = out.getvalue()
    budget = ArchiveBudget("three.zip", len(data))  # a tiny archive: 1 MB in all may be inflated
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert len(read_member(archive, "part0.xml", budget)) == 1024 * 1024
        with pytest.raises(ImportFailed, match="three.zip: the file expands to more than 1 MB .* zip bomb"):
            read_member(archive, "part1.xml", budget)
