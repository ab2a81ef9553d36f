"""The error hierarchy of the core. Every message is written for the person using the program:
it says what went wrong and what they can do about it, in one line."""


class StudyAppError(Exception):
    """Base of every expected failure. The GUI shows ``str(error)``; the CLI prints it to stderr."""

    exit_code = 1


class DataLocationError(StudyAppError):
    """The data folder cannot be created, read or written."""


class DatabaseError(StudyAppError):
    """The database cannot be opened, upgraded or written."""


class DiskFullError(DatabaseError):
    """The disk (or the user's quota) is full; nothing was half-written."""


class StoragePermissionError(DatabaseError):
    """The data folder or the library file cannot be written (read-only, not the user's)."""


class DatabaseLockedError(DatabaseError):
    """Another program held the library's lock longer than the busy timeout."""


class DatabaseDamagedError(DatabaseError):
    """The database file failed its integrity check. ``path`` is the damaged file (never modified)."""

    exit_code = 3

    def __init__(self, message: str, path: str | None = None, newest_backup: str | None = None):
        super().__init__(message)
        self.path = path
        self.newest_backup = newest_backup


class ImportFailed(StudyAppError):
    """An input could not be imported; nothing of it was written."""


class NotFound(StudyAppError):
    """A requested article, question, learner or quiz does not exist."""


class InvalidInput(StudyAppError):
    """A value given by the user is not acceptable (empty name, bad setting, ...)."""


class PermissionDenied(StudyAppError):
    """The action needs the teacher role (or another right the current user lacks)."""


class Cancelled(StudyAppError):
    """Long work was cancelled by the user."""
