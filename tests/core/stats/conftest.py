"""The ``history`` fixture (a known review history) for every statistics test."""

from stats_history import history  # noqa: F401
