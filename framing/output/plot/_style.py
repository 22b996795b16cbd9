"""What every figure shares: one group order, one colour per group, labels in words, input checks."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

_PALETTE = "colorblind"
_DIVERGING = "vlag"
_SEQUENTIAL = "mako_r"
_MISSING_GREY = "#777777"
_OTHER_GREY = "#cccccc"
_MISSING_LABEL = "(missing)"
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")

# Words for the codes that appear in labels; anything else: underscores become spaces.
_WORDS = {"n": "count", "us": "US", "uk": "UK", "un": "UN", "eu": "EU", "nato": "NATO", "ngo": "NGO"}


def _plt() -> Any:
    import matplotlib.pyplot as plt

    return plt


def _sns() -> Any:
    import seaborn as sns

    return sns


def _need(table: Any, columns: Sequence[str], source: str) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"expected the DataFrame returned by {source}, got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"the table lacks columns {missing}; expected the output of {source}")
    if not len(table):
        raise ValueError(f"nothing to plot: the table is empty (expected the output of {source})")
    return table


def group_order(groups: Sequence[Any]) -> list[str]:
    """The one order of groups used by every figure: numbers by value, then names alphabetically.

    Examples
    --------
    >>> group_order(["Vox", "CNN", "abc News"])
    ['abc News', 'CNN', 'Vox']
    >>> group_order(["2019", "2012", "2020"])
    ['2012', '2019', '2020']
    """
    names = list(dict.fromkeys(str(g) for g in groups))
    numbers = [g for g in names if _NUMBER.match(g)]
    words = [g for g in names if not _NUMBER.match(g)]
    return sorted(numbers, key=float) + sorted(words, key=lambda g: (g.casefold(), g))


def group_colours(order: Sequence[str]) -> dict[str, Any]:
    """One colour per group, fixed by its place in `order` (colour-blind-safe up to 10 groups).

    Examples
    --------
    >>> c = group_colours(["A", "B"]); c["A"] != c["B"]
    True
    """
    n = len(order)
    palette = _sns().color_palette(_PALETTE, n) if n <= 10 else _sns().color_palette("husl", n)
    return dict(zip(order, palette))


def _resolve_order(table: pd.DataFrame, order: Sequence[str] | None) -> list[str]:
    present = list(dict.fromkeys(table["group"].astype(str)))
    if order is None:
        order = table.attrs.get("group_order") or group_order(present)
    order = [str(g) for g in order]
    return [g for g in order if g in set(present)] + [g for g in group_order(present) if g not in set(order)]


def _resolve_colours(table: pd.DataFrame, order: Sequence[str] | None,
                     colours: Mapping[str, Any] | None) -> dict[str, Any]:
    full = [str(g) for g in (order or table.attrs.get("group_order") or group_order(table["group"]))]
    base = group_colours(full)
    base.update({str(k): v for k, v in (colours or {}).items()})
    return base


def words(code: Any) -> str:
    """A code written in words: ``iran_aligned_militias`` -> ``Iran aligned militias``.

    Examples
    --------
    >>> words("iran_aligned_militias"), words("us_government"), words("US"), words("(missing)")
    ('Iran aligned militias', 'US government', 'US', '(missing)')
    """
    text = str(code)
    if "_" not in text and not text.islower():
        return text
    text = " ".join(_WORDS.get(w, w) for w in text.split("_"))
    return text[:1].upper() + text[1:]


def feature_label(feature: str) -> str:
    """A readable label: ``loaded_retaliation_per_1k`` -> ``loaded: retaliation``.

    Examples
    --------
    >>> [feature_label(f) for f in ("loaded_retaliation_per_1k", "hedges_per_1k", "agentless_share")]
    ['loaded: retaliation', 'hedges', 'agentless (share)']
    """
    name, note = feature, ""
    if name.endswith("_per_1k"):
        name = name[: -len("_per_1k")]
    elif name.endswith("_share"):
        name, note = name[: -len("_share")], " (share)"
    head, _, tail = name.partition("_")
    return (f"{head}: {tail.replace('_', ' ')}" if tail else head) + note


def _pick_stratum(table: pd.DataFrame, stratum: str | None) -> tuple[pd.DataFrame, str]:
    strata = sorted(table["stratum"].astype(str).unique()) if "stratum" in table.columns else ["all"]
    if stratum is None:
        if len(strata) == 1:
            stratum = strata[0]
        else:  # the stratum where most groups meet (an event covered by most outlets)
            counts = table.groupby("stratum")["group"].nunique()
            stratum = str(counts.sort_values(ascending=False, kind="mergesort").index[0])
    elif stratum not in strata:
        raise ValueError(f"stratum: {stratum!r} is not in the table; strata: {strata}")
    sub = table if "stratum" not in table.columns else table.loc[table["stratum"].astype(str) == stratum]
    return sub, stratum


def _title_suffix(stratum: str) -> str:
    return "" if stratum == "all" else f"\n{textwrap.shorten(stratum, 70)}"


def _short(v: float) -> str:
    """1 decimal for values from 1 up, 2 significant digits below (rare features stay readable)."""
    if not np.isfinite(v):
        return ""
    return f"{v:.1f}" if abs(v) >= 1 or v == 0 else f"{v:.2g}"


def _star(p: float) -> str:
    return "" if not np.isfinite(p) else "***" if p < 0.001 else "**" if p < 0.01 else "*" if p < 0.05 else ""


def _wrap(label: str, width: int = 16) -> str:
    return "\n".join(textwrap.wrap(label, width)[:2]) or label


def _grid(n: int, ncols: int, width: float, height: float, *, sharey: bool = False) -> tuple[Any, np.ndarray]:
    plt, sns = _plt(), _sns()
    ncols = max(1, min(ncols, n))
    nrows = int(np.ceil(n / ncols))
    with sns.axes_style("whitegrid"):
        fig, axes = plt.subplots(nrows, ncols, figsize=(width * ncols, height * nrows), squeeze=False,
                                 sharey=sharey)
    for extra in axes.ravel()[n:]:
        extra.set_visible(False)
    return fig, axes.ravel()
