"""Where StudyApp keeps its data. One function returns each location; nothing is decided at import."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote_to_bytes

from studyapp.core.errors import DataLocationError

APP_NAME = "StudyApp"
DATABASE_FILE = "studyapp.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The data folder: ``override`` (``--data-dir``), else ``$STUDYAPP_HOME``, else appdirs'
    ``user_data_dir("StudyApp")``."""
    chosen = override or os.environ.get("STUDYAPP_HOME")
    if chosen:
        path = Path(chosen).expanduser()
    else:
        import appdirs

        path = Path(appdirs.user_data_dir(APP_NAME))
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DataLocationError(
                f"Cannot create the data folder {path}: {error.strerror}. "
                "Choose another with --data-dir or STUDYAPP_HOME."
            ) from error
    return path


def database_url(override: str | None = None, data_folder: Path | None = None) -> str:
    """The database URL: ``override`` (``--database-url``), else ``$STUDYAPP_DATABASE_URL``, else
    the SQLite file in the data folder."""
    chosen = override or os.environ.get("STUDYAPP_DATABASE_URL")
    if chosen:
        return chosen
    folder = data_folder if data_folder is not None else data_dir()
    return sqlite_url(folder / DATABASE_FILE)


def sqlite_url(path: Path) -> str:
    """The URL of a SQLite file, whatever characters its folder's name holds: "%" and "?" are
    escaped (a folder called "a?b" put the library in "a", one called "50%25" in "50%")."""
    return "sqlite:///" + str(path).replace("%", "%25").replace("?", "%3F")


def backups_dir(data_folder: Path) -> Path:
    return data_folder / "backups"


def resources_dir() -> Path:
    """The bundled resources (samples, style, icons), installed as the ``studyapp.resources`` package."""
    try:
        import studyapp.resources as resources
    except ImportError:  # running from a source tree that was never installed
        return Path(__file__).resolve().parents[2] / "resources"
    return Path(resources.__file__).parent


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other engines and in-memory databases."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    # As SQLAlchemy reads the URL: percent escapes decoded (bytes that are not UTF-8 kept as they are).
    return Path(os.fsdecode(unquote_to_bytes(rest.encode("utf-8", "surrogateescape"))))
