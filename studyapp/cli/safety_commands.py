"""``studyapp backup``, ``studyapp restore FILE`` and ``studyapp check``.

``check`` and ``restore`` work on the file without opening the library first: a damaged library
cannot be opened, and that is exactly when they are needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.cli.output import open_app, print_json


def register(subparsers) -> None:
    p = subparsers.add_parser("backup", help="copy the library into the backups folder now")
    p.add_argument("--list", action="store_true", help="list the backups instead of making one")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_backup)

    p = subparsers.add_parser("restore", help="replace the library by a backup (the current one is kept aside)")
    p.add_argument("file", metavar="FILE", nargs="?", help="a backup file, e.g. from 'studyapp backup --list'")
    p.add_argument("--newest", action="store_true",
                   help="restore the newest sound copy (backups and libraries set aside alike)")
    p.set_defaults(func=run_restore)

    p = subparsers.add_parser("check", help="check the library file for damage (exit 3 when damaged)")
    p.set_defaults(func=run_check)


def _library(args) -> tuple[Path, Path]:
    """The SQLite file and the backups folder, without opening the library."""
    from studyapp.core.errors import DatabaseError
    from studyapp.core.paths import backups_dir, data_dir, database_url, sqlite_path

    folder = data_dir(args.data_dir)
    path = sqlite_path(database_url(args.database_url, folder))
    if path is None:
        raise DatabaseError("This library is on a database server: back it up, restore and check it with the "
                            "server's own tools (for PostgreSQL: pg_dump, pg_restore), not with StudyApp.")
    return path, backups_dir(folder)


def run_backup(args) -> int:
    from studyapp.core.safety.backups import list_backups

    if args.list:
        _, folder = _library(args)
        backups = list_backups(folder)
        if args.json:
            print_json([b.as_json() for b in backups])
        elif not backups:
            print(f"No backups yet in {folder}.")
        for backup in [] if args.json else backups:
            print(f"{backup.created:%Y-%m-%d %H:%M} UTC  {backup.label:<24} {backup.size / 1e6:8.1f} MB  {backup.path}")
        return 0
    _library(args)  # a clear message for a server URL before anything is opened
    app = open_app(args)
    made = app.backups.backup_now()
    if args.json:
        print_json(made.as_json())
    else:
        print(f"Backed up to {made.path} ({made.size / 1e6:.1f} MB).")
    return 0


def run_restore(args) -> int:
    from studyapp.core.clock import SystemClock
    from studyapp.core.errors import InvalidInput, NotFound
    from studyapp.core.facade import StudyApp
    from studyapp.core.safety.backups import newest_sound_backup, restore_file

    path, folder = _library(args)
    if bool(args.file) == bool(args.newest):
        raise InvalidInput("Give a backup FILE to restore, or --newest (not both).")
    if args.newest:
        newest = newest_sound_backup(folder)
        if newest is None:
            raise NotFound(f"There is no sound backup in {folder}.")
        chosen = newest.path
        taken = f"{newest.path.name} ({newest.label}, made {newest.created:%Y-%m-%d %H:%M} UTC)"
    else:
        chosen, taken = Path(args.file), args.file
    kept = restore_file(chosen, path, folder, SystemClock().now())
    StudyApp.open(url=args.database_url, data_folder=args.data_dir).close()  # upgrades an older backup
    print(f"Restored {taken}.")
    if kept is not None:
        print(f"The library it replaced is kept as {kept}.")
    return 0


def run_check(args) -> int:
    from studyapp.core.errors import DatabaseDamagedError
    from studyapp.core.safety.backups import check_file, newest_sound_backup

    path, folder = _library(args)
    report = check_file(path)
    if report.ok:
        print(f"{path}: no damage found.")
        return 0
    newest = newest_sound_backup(folder)
    print(f"studyapp: {path} is damaged: {'; '.join(report.problems[:3])}", file=sys.stderr)
    if newest is not None:
        print(f"studyapp: the newest sound backup is {newest.path}; restore it with: studyapp restore {newest.path}",
              file=sys.stderr)
    else:
        print("studyapp: no sound backup was found.", file=sys.stderr)
    return DatabaseDamagedError.exit_code
