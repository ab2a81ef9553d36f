"""Every file StudyApp writes appears whole or not at all, and an older file of the same name is kept
when writing fails (exports, worksheets and their keys, backups, settings, history exports).

The file is written to a temporary file in the same folder (a rename never crosses filesystems),
checked when the caller knows what a complete file looks like, flushed to the disk with fsync, and
only then renamed over the target with ``os.replace``; the folder is fsynced so the rename survives
a power cut. Some writers do not report a full disk at all (Qt's PDF writer leaves a 0-byte or
truncated file and says nothing): their ``check`` finds it.

    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    write_all_atomically([(sheet, draw_sheet), (key, draw_key)], check=is_complete_pdf)  # both or neither
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from studyapp.core.errors import StudyAppError

TEMP_SUFFIX = ".partial"
Writer = Callable[[Path], None]
Check = Callable[[Path], "str | None"]  # None when the file is complete, else what is wrong


class WriteFailed(StudyAppError):
    """A file could not be written; nothing half-written was left and an older file was kept."""


def fsync(handle_or_fd) -> None:
    """``os.fsync``; a module-level name so that tests can make the disk "full" here."""
    os.fsync(handle_or_fd)


def _new_file_mode(target: Path) -> int:
    """mkstemp makes owner-only files; the result gets the mode of the file it replaces, or the usual one."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every system opens folders (Windows); the rename itself is atomic there too
    try:
        fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def failure(target: Path, error: BaseException, action: str | None = None) -> StudyAppError:
    """The one-line reason a write of ``target`` failed: the disk is full, the folder is read-only, ..."""
    from studyapp.core.db import storage_problem

    action = action or f"write {target}"
    problem = storage_problem(action, error, target.parent)
    if problem is not None:
        return problem
    reason = getattr(error, "strerror", None) or str(error)
    return WriteFailed(f"Cannot {action}: {reason[:1].lower() + reason[1:]}.")


def _temporary(target: Path, mode: int | None, action: str | None) -> Path:
    folder = target.parent
    if target.is_dir():
        raise WriteFailed(f"Cannot write {target}: it is a folder.")
    if not folder.is_dir():
        raise WriteFailed(f"Cannot write {target}: the folder {folder} does not exist.")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name[:120]}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise failure(target, error, action) from None
    os.close(handle)
    os.chmod(name, _new_file_mode(target) if mode is None else mode)
    return Path(name)


def _discard(temporary: Path) -> None:
    for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
        try:
            leftover.unlink()
        except OSError:
            pass


def write_all_atomically(parts: Iterable[tuple[str | os.PathLike, Writer]], *, check: Check | None = None,
                         mode: int | None = None, action: str | None = None) -> None:
    """Write several files that belong together (a worksheet and its answer key): every one is
    written, checked and synced before the first is renamed into place, so a failure leaves all the
    older files as they were. ``action`` names the work in messages ("make a backup")."""
    pending: list[tuple[Path, Path]] = []
    try:
        for out, write in parts:
            target = Path(out)
            temporary = _temporary(target, mode, action)
            pending.append((target, temporary))
            try:
                write(temporary)
                problem = check(temporary) if check is not None else None
                if problem:
                    raise _incomplete(target, problem, action)
                with open(temporary, "rb+") as handle:
                    fsync(handle.fileno())
            except (OSError, sqlite3.Error) as error:
                raise failure(target, error, action) from None
        for target, temporary in pending:
            try:
                os.replace(temporary, target)
            except OSError as error:
                raise failure(target, error, action) from None
            _sync_folder(target.parent)
    finally:
        for _, temporary in pending:
            _discard(temporary)


def _incomplete(target: Path, problem: str, action: str | None) -> StudyAppError:
    """A writer that swallowed its error: a full disk is the usual cause, said as such."""
    import shutil

    from studyapp.core.db import NEARLY_FULL_BYTES

    try:
        full = shutil.disk_usage(target.parent).free < NEARLY_FULL_BYTES
    except OSError:
        full = False
    if full:
        return failure(target, OSError(28, "No space left on device"), action)
    return WriteFailed(f"Cannot {action or f'write {target}'}: the file came out incomplete ({problem}); an older "
                       "file of that name is kept.")


def write_atomically(out: str | os.PathLike, write: Writer, *, check: Check | None = None,
                     mode: int | None = None, action: str | None = None) -> None:
    """Let ``write`` fill a temporary file beside ``out``, check it, then move it into place."""
    write_all_atomically([(out, write)], check=check, mode=mode, action=action)


def write_text_atomically(out: str | os.PathLike, text: str, *, encoding: str = "utf-8",
                          mode: int | None = None) -> None:
    write_atomically(out, lambda tmp: tmp.write_text(text, encoding=encoding, newline=""), mode=mode)
