"""Benchmarks: commands that print figures (``studyapp bench NAME ...``), never timed tests.

Each benchmark module has ``add_arguments(parser)`` and ``run(args) -> int``.
"""

BENCHMARKS = {
    "startup": "studyapp.bench.startup",
    "qg": "studyapp.bench.qg",
    "import": "studyapp.bench.importing",
    "study": "studyapp.bench.study",
    "stats": "studyapp.bench.stats",
    "safety": "studyapp.bench.safety",
}
