"""Progress statistics of a learner: what they reviewed, how well, and what they would recall now.

Qt-free. ``StatsManager`` (``app.stats``) computes everything with SQL aggregates over the review
log, so that a history of a million reviews takes well under a second.
"""
