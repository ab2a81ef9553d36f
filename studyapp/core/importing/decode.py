"""Bytes to text: the encoding is detected, not assumed.

Order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); then strict UTF-8, which almost never
decodes text written in another encoding by accident; then charset-normalizer. Among its equally
good single-byte guesses cp1252 is preferred: it is what Windows writes for Western text, and
charset-normalizer often names a sibling code page (cp1250, cp1257) that turns “ ” € into other
characters.
"""

from __future__ import annotations

import codecs
import re

from studyapp.core.errors import ImportFailed
from studyapp.core.importing.normalise import decode_mixed_lines, mixed_encoding_warning

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text files (tab, newlines, form feed and ESC excepted).
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any 8-bit or multibyte encoding (UTF-16 is caught by its BOM)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    odd = len(_BINARY_BYTES.findall(sample))
    return odd > max(2, len(sample) // 100)


def decode_bytes(data: bytes, name: str, warnings: list[str] | None = None) -> str:
    """The text in ``data``; ``ImportFailed`` naming ``name`` when it is empty or not text.

    A file whose lines are partly UTF-8 and partly Windows-1252 is decoded line by line, and a
    warning naming those lines is added to ``warnings`` (whole-file detection read it as one
    single-byte encoding: "CafÃ© ZÃ¼rich", without a word)."""
    if not data.strip():
        raise ImportFailed(f"{name}: the file is empty.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ImportFailed(f"{name}: the file starts as {encoding.upper()} text but is damaged "
                                   f"(byte {error.start}).") from error
    if looks_binary(data):
        raise ImportFailed(f"{name}: this is a binary file, not text; it cannot be imported as an article.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = decode_mixed_lines(data)
    if mixed is not None:
        text, lines = mixed
        if warnings is not None:
            warnings.append(mixed_encoding_warning(name, lines))
        return text
    return _detected(data, name)


def _detected(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise ImportFailed(f"{name}: the text encoding could not be recognised; save the file as UTF-8 "
                           "and import it again.")
    best = matches[0]
    text = str(best)
    if best.encoding.startswith(("cp125", "iso8859", "latin", "mac_", "cp8")):
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            return text
        if any(m.encoding == "cp1252" and m.chaos <= best.chaos + 0.01 for m in matches) or western == text:
            return western
    return text
