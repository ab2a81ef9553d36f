"""Data safety: backups with SQLite's online backup API, rotation, restore and integrity checks.

Qt-free. ``BackupManager`` (``app.backups``) works on the open library; the functions in
``backups`` take paths so that a damaged library can be checked and restored without opening it.
"""
