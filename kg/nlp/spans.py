"""Helpers shared by the components for token-offset matches."""
from __future__ import annotations

from typing import Iterable, TypeVar

T = TypeVar("T")


def longest_first(found: Iterable[tuple[int, int, T]], blocked: Iterable[int] = ()) -> list[tuple[int, int, T]]:
    """Non-overlapping matches, preferring longer then earlier ones; none touching ``blocked``."""
    taken = set(blocked)
    out = []
    for s, e, k in sorted(found, key=lambda x: (-(x[1] - x[0]), x[0])):
        if any(i in taken for i in range(s, e)):
            continue
        taken.update(range(s, e))
        out.append((s, e, k))
    return sorted(out, key=lambda x: x[0])
