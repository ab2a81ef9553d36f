"""Text is normalised once, at the door: whatever comes in (a file, a web page, pasted text, a question
list, a learner's or student's name, an answer) passes ``normalise_text`` before it is stored or shown.

- Control characters are removed, tab and newline excepted (line ends become "\\n"). A NUL byte
  reached PostgreSQL as a 66-line traceback; ESC reached the terminal as escape sequences and made
  the Moodle XML export not well-formed (XML 1.0 forbids every C0 control but tab, LF and CR).
- C1 controls (U+0080-U+009F) are almost always Windows-1252 bytes read as Latin-1 ("\\x93" for “):
  they are repaired to the Windows-1252 character first, and removed when it has none.
- Lone surrogates (a file name that is not valid UTF-8, read with surrogateescape) become U+FFFD.

File names are shown with ``display_name``: undecodable bytes and control characters (a newline in a
name split the progress line) as U+FFFD, while the file itself is still read by its real name.
Bytes of mixed encodings are decoded line by line by ``decode_mixed_lines``.
"""

from __future__ import annotations

import os
import re

REPLACEMENT = "\ufffd"
# C0 controls but tab and newline, DEL, and the C1 controls left after the Windows-1252 repair.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x80-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _cp1252(match: re.Match) -> str:
    try:
        return bytes([ord(match[0])]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D have no character in Windows-1252
        return ""


def normalise_text(text: str) -> str:
    """``text`` with line ends as "\\n", C1 controls repaired as Windows-1252, every other control
    character but tab and newline removed, and lone surrogates replaced."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _C1.sub(_cp1252, text)
    text = _CONTROLS.sub("", text)
    return _SURROGATES.sub(REPLACEMENT, text)


def normalise_line(text: str) -> str:
    """One line of text (a name, a title, a short answer): normalised and whitespace folded."""
    return " ".join(normalise_text(text).split())


def display_name(name: str | bytes | os.PathLike) -> str:
    """A file name or path as it can be shown and stored: bytes not valid in UTF-8 and control
    characters as U+FFFD, on one line."""
    text = os.fsdecode(name)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", REPLACEMENT, text)


def decode_mixed_lines(data: bytes) -> tuple[str, list[int]] | None:
    """Bytes in which some lines are UTF-8 and others Windows-1252 (files pieced together from
    several sources): each line decoded by itself. Returns the text and the numbers (1-based) of the
    lines read as Windows-1252, or None when the data is not such a mix (no line is UTF-8 beyond
    ASCII, so the whole file is in one single-byte encoding)."""
    lines = data.split(b"\n")
    decoded: list[str] = []
    single_byte: list[int] = []
    utf8_beyond_ascii = False
    for number, line in enumerate(lines, 1):
        try:
            text = line.decode("utf-8")
            utf8_beyond_ascii = utf8_beyond_ascii or not line.isascii()
        except UnicodeDecodeError:
            text = line.decode("cp1252", "replace")
            single_byte.append(number)
        decoded.append(text)
    if not utf8_beyond_ascii or not single_byte:
        return None
    return "\n".join(decoded), single_byte


def mixed_encoding_warning(name: str, lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:5]) + (f" and {len(lines) - 5} more" if len(lines) > 5 else "")
    which, verb = ("line", "was") if len(lines) == 1 else ("lines", "were")
    return (f"{name}: the file mixes text encodings; {which} {shown} {verb} not UTF-8 and {verb} read as "
            "Windows-1252: check them.")
