"""The working records of a document's scan: attributions (``_Att``) and quotes under construction (``_Q``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from framing.features.quotes._cues import Cue


@dataclass(slots=True)
class _Att:
    """An attribution: a cue with its speaker, and where its content is."""

    cue: Cue
    sp: tuple[int, int]
    before: bool  # speaker written before the cue
    first: int  # first character of the attribution
    last: int  # end of cue, speaker, recipient and adverbials
    content_start: int | None  # reported content after the cue
    final: bool  # the attribution ends its clause ("..., officials said.")
    unit: int
    used: bool = False
    content_end: int = -1  # where the content ends, when known here (else the clause's end)


@dataclass(slots=True)
class _Q:
    """A quote under construction (made with positional arguments: keep the order of the fields)."""

    start: int
    end: int
    kind: str
    att: _Att | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    open_mark: int = -1
    tail: int = -1  # end of the quote's sentence: where journalist text may resume
    standalone: bool = False
    note: str = ""
    speaker: tuple[int, int] | None = None
    cue: Cue | None = None
    inherited: _Q | None = None
