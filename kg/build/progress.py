"""Progress of a build on stderr (a one-line bar, only on a terminal) and the summary at its end."""
from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Summary:
    """What a build did. ``facts``, ``triples`` and ``words`` count the articles extracted in this
    run (new or changed); unchanged articles were skipped before extraction."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    facts: int = 0
    triples: int = 0
    words: int = 0
    skipped: list[str] = field(default_factory=list)  # the coded message of each skipped input
    seconds: float = 0.0
    first_result: float | None = None  # seconds from the start to the first article built
    restarts: int = 0  # times the process pool was restarted because a worker process died
    optimized: float | None = None  # seconds the store's compaction after the build took, if it ran

    @property
    def articles(self) -> int:
        return self.new + self.changed + self.unchanged

    @property
    def built(self) -> int:
        return self.new + self.changed

    def skipped_by_code(self) -> str:
        """"E002: 1, E007: 2" (sorted by code)."""
        codes = Counter(m[1:5] if m.startswith("[E") else "other" for m in self.skipped)
        return ", ".join(f"{c}: {n}" for c, n in sorted(codes.items()))

    def restarted(self) -> str:
        """"worker pool restarted 2 times (a worker process died)", or "" when it never was."""
        if not self.restarts:
            return ""
        return f"worker pool restarted {self.restarts} time{'s' if self.restarts > 1 else ''} (a worker process died)"

    def rates(self) -> str:
        """"12,345 words/s, 40.1 articles/s: 12345 words in 1.0 s" (over the whole run)."""
        secs = max(self.seconds, 1e-9)
        return (f"{self.words / secs:,.0f} words/s, {self.built / secs:.1f} articles/s: "
                f"{self.words} words in {self.seconds:.1f} s")


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


class Progress:
    """A one-line progress bar: articles done (of the total, when known), words/s and ETA.

    Drawn on ``stream`` only if ``enabled`` (the CLI enables it for a terminal without ``-q``),
    at most every ``interval`` seconds; :meth:`close` ends the line.
    """

    def __init__(self, total: int | None = None, *, enabled: bool = True, stream: TextIO | None = None,
                 interval: float = 0.2) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.interval = interval
        self.done = 0
        self.words = 0
        self.start = time.perf_counter()
        self._last = 0.0
        self._drawn = False

    def update(self, articles: int = 1, words: int = 0) -> None:
        self.done += articles
        self.words += words
        now = time.perf_counter()
        if self.enabled and now - self._last >= self.interval:
            self._last = now
            self.draw(now)

    def line(self, now: float | None = None) -> str:
        secs = max((now or time.perf_counter()) - self.start, 1e-9)
        done = f"{self.done:,}" + (f"/{self.total:,}" if self.total else "")
        text = f"{done} articles, {self.words / secs:,.0f} words/s"
        if self.total and self.done:
            left = max(self.total - self.done, 0) * secs / self.done
            text += f", {self.done * 100 // self.total}%, ETA {_clock(left)}"
        return text

    def draw(self, now: float | None = None) -> None:
        self.stream.write("\r" + self.line(now).ljust(60))
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.draw()
            self.stream.write("\n")
            self.stream.flush()
