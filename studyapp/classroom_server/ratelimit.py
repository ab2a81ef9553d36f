"""Join attempts per network address: a token bucket that only failed joins drain.

Five wrong codes or taken names in a row, then one more try every twelve seconds: a student who
mistyped gets in, while guessing a 7-sign code (27 billion) at 5 tries a minute is hopeless."""

from __future__ import annotations

import threading
import time
from typing import Callable

CAPACITY = 5.0
REFILL_PER_SECOND = 5.0 / 60.0
MAX_ADDRESSES = 10_000  # a flood of spoofed addresses cannot grow the table without bound


class JoinLimiter:
    def __init__(self, capacity: float = CAPACITY, refill_per_second: float = REFILL_PER_SECOND,
                 monotonic: Callable[[], float] = time.monotonic):
        self.capacity = capacity
        self.refill = refill_per_second
        self._now = monotonic
        self._buckets: dict[str, tuple[float, float]] = {}  # address -> (tokens, when)
        self._lock = threading.Lock()

    def _level(self, address: str) -> float:
        tokens, when = self._buckets.get(address, (self.capacity, self._now()))
        return min(self.capacity, tokens + (self._now() - when) * self.refill)

    def retry_after(self, address: str) -> float:
        """0 when ``address`` may try to join now; else the seconds until it may."""
        with self._lock:
            level = self._level(address)
        return 0.0 if level >= 1.0 else (1.0 - level) / self.refill

    def failed(self, address: str) -> None:
        with self._lock:
            if len(self._buckets) >= MAX_ADDRESSES:
                full = [a for a, (tokens, _) in self._buckets.items() if tokens >= self.capacity]
                for stale in full or list(self._buckets)[:MAX_ADDRESSES // 10]:
                    self._buckets.pop(stale, None)
            self._buckets[address] = (max(0.0, self._level(address) - 1.0), self._now())
