"""The :class:`Match` record: one lexicon term found in a text, with its offsets."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Match"]


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon term found in a text: ``source[start:end] == text``."""

    start: int
    end: int
    text: str
    term: str
    category: str
    lexicon: str
    weight: float = 1.0
