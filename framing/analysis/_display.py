"""The rich display of an :class:`~framing.Analysis` in Jupyter: sizes, lexicons and the first articles."""

from __future__ import annotations

import html
from typing import Any

__all__ = ["analysis_html"]


def analysis_html(result: Any, *, max_rows: int = 5) -> str:
    """A compact HTML summary: table sizes, lexicons, problems and the head of ``articles``."""
    e = html.escape
    a = result.articles
    sizes = [("articles", len(a)), ("sentences", len(result.sentences)), ("lexicon matches", len(result.matches)),
             ("quotes", len(result.quotes)), ("passives", len(result.passives))]
    groups = a["outlet"].nunique(dropna=True) if "outlet" in a.columns else 0
    problems = int((a["problems"].astype(str) != "").sum()) if "problems" in a.columns else 0
    lexicons = ", ".join(f"{lx.name} {lx.version}" for lx in result.lexicons) or "none"
    cells = "".join(f"<td style='padding:0 1em 0 0'><b>{n:,}</b> {e(name)}</td>" for name, n in sizes)
    shown = ["doc_id", "outlet", "date", "title", "n_words", "n_sentences", "n_quotes", "problems"]
    head = a[[c for c in shown if c in a.columns]].head(max_rows)
    note = (f"<p style='color:#a15c00'>{problems} article(s) with problems: see <code>articles.problems</code>."
            "</p>" if problems else "")
    return (f"<div><b>framing.Analysis</b> &middot; {groups} outlet(s) &middot; lexicons: {e(lexicons)}"
            f"<table><tr>{cells}</tr></table>{note}"
            + head.to_html(index=False, border=0, max_cols=len(shown), na_rep="")
            + (f"<p style='color:#555'>First {max_rows} of {len(a):,} articles; tables: articles, sentences, "
               "matches, quotes, quote_problems, passives.</p>" if len(a) > max_rows else "") + "</div>")
