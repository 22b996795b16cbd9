"""The annotated article view of the HTML report: an article's text with its evidence highlighted.

Quotes are shaded by speaker (the speaker's name is shown where the quote
starts), lexicon matches are marked by lexicon (hedges, loaded terms, other
lexicons) and, for matches inside a quote, by voice; agentless passives are
underlined. Every mark carries a tooltip with its category, term and offsets,
so a reader can check any number of the report against the words that
produced it.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable
from typing import Any

import pandas as pd

__all__ = ["ARTICLE_CSS", "article_html", "articles_html"]

# Quote shades, one per speaker of an article (light, so marks inside stay legible).
_SHADES = ["#e3f0fb", "#fdebd3", "#e2f5ec", "#f5e3f1", "#eeeeee", "#fff6c7", "#e6e3fa"]

ARTICLE_CSS = """
.article{border:1px solid #ddd;border-radius:4px;margin:.4em 0;padding:0 .8em}
.article summary{cursor:pointer;padding:.35em 0}
.article .text{white-space:pre-wrap;line-height:1.7;max-width:50em}
.q{border-radius:3px;padding:1px 0}
.spk{font-size:.72em;font-weight:600;color:#333;background:#fff;border:1px solid #999;border-radius:3px;
padding:0 .25em;margin-right:.2em}
mark{padding:0 1px;border-radius:2px}
mark.hedges{background:#ffe066}
mark.loaded{background:#ff9e9e}
mark.lex{background:#b9e4c9}
mark.quoted{outline:2px dashed #555}
.agentless{text-decoration:underline wavy #0072b2}
.legend span,.legend mark{margin-right:.6em}
"""


def _legend() -> str:
    return ("<p class='legend note'><mark class='hedges'>hedge</mark><mark class='loaded'>loaded term "
            "(journalist's voice)</mark><mark class='loaded quoted'>loaded term inside a quote</mark>"
            "<mark class='lex'>other lexicon</mark><span class='q' style='background:#e3f0fb'>quoted words, "
            "shaded by speaker</span><span class='spk'>speaker</span><span class='agentless'>agentless passive"
            "</span> Hover a mark for its category, term and character offsets.</p>")


def _quote_parts(quotes: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """(start, end, quote index) of each quoted piece; a quote split by its attribution has several."""
    out = []
    for k, q in enumerate(quotes):
        parts = str(q.get("parts", "") or "")
        pieces = [p.split(":") for p in parts.split(";") if ":" in p] or [[q["start"], q["end"]]]
        out += [(int(a), int(b), k) for a, b in pieces]
    return out


def _text(value: Any, default: str = "") -> str:
    return default if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "" else str(value)


def article_html(text: str, *, matches: pd.DataFrame, quotes: pd.DataFrame, passives: pd.DataFrame) -> str:
    """One article's text as HTML with quotes, lexicon matches and agentless passives marked.

    Offsets are those of the corpus text; overlapping marks are split at
    every boundary, so the HTML nests correctly whatever overlaps.

    Examples
    --------
    >>> import pandas as pd
    >>> m = pd.DataFrame({"start": [4], "end": [12], "lexicon": ["loaded"], "category": ["retaliation"],
    ...                   "term": ["reprisal"], "in_quote": [False]})
    >>> article_html("The reprisal.", matches=m, quotes=pd.DataFrame(), passives=pd.DataFrame())[:40]
    "The <mark class='loaded' title='loaded: "
    """
    e = html.escape
    qs = quotes.to_dict("records") if len(quotes) else []
    speakers = list(dict.fromkeys(_text(q.get("speaker"), "unknown speaker") for q in qs))
    shade = {s: _SHADES[i % len(_SHADES)] for i, s in enumerate(speakers)}
    layers: list[tuple[int, int, str, Any]] = []
    first_piece: dict[int, int] = {}
    for a, b, k in _quote_parts(qs):
        layers.append((a, b, "quote", k))
        first_piece[k] = min(first_piece.get(k, a), a)
    starts_of_quote = {a: k for k, a in sorted(first_piece.items(), reverse=True)}
    for m in (matches.to_dict("records") if len(matches) else []):
        layers.append((int(m["start"]), int(m["end"]), "match", m))
    if len(passives) and "agentless" in passives.columns:
        for p in passives.loc[passives["agentless"].astype(bool)].to_dict("records"):
            layers.append((int(p["start"]), int(p["end"]), "passive", p))
    cuts = sorted({0, len(text)} | {x for a, b, *_ in layers for x in (a, b) if 0 <= x <= len(text)})
    active: list[list[tuple[int, int, str, Any]]] = [[] for _ in cuts]
    for layer in layers:  # each layer is active on the segments between its start and end cuts
        for i in range(bisect.bisect_left(cuts, layer[0]), bisect.bisect_left(cuts, layer[1])):
            active[i].append(layer)
    out = []
    for i, (lo, hi) in enumerate(zip(cuts, cuts[1:])):
        piece = e(text[lo:hi])
        quote = None
        for _, _, kind, obj in active[i]:
            if kind == "match":
                lex = str(obj["lexicon"])
                cls = lex if lex in ("hedges", "loaded") else "lex"
                tip = f"{lex}: {obj['category']} (term {obj['term']}; {obj['start']}-{obj['end']})"
                if obj.get("in_quote") is True or obj.get("in_quote") == 1:
                    cls += " quoted"
                    tip += f"; quoted: {_text(obj.get('speaker'), 'unknown speaker')}"
                piece = f"<mark class='{cls}' title='{e(tip)}'>{piece}</mark>"
            elif kind == "passive":
                piece = f"<span class='agentless' title='agentless passive ({obj['start']}-{obj['end']})'>{piece}</span>"
            elif quote is None:
                quote = obj
        if quote is not None:
            q = qs[quote]
            speaker = _text(q.get("speaker"), "unknown speaker")
            label = ""
            if starts_of_quote.get(lo) == quote:
                stype = _text(q.get("speaker_type"))
                label = (f"<span class='spk'>{e(speaker)}{' (' + e(stype) + ')' if stype else ''}, "
                         f"{e(_text(q.get('kind'), 'quote'))}</span>")
            piece = (f"{label}<span class='q' style='background:{shade[speaker]}' "
                     f"title='{e(_text(q.get('kind'), 'quote'))} quote; speaker: {e(speaker)}'>{piece}</span>")
        out.append(piece)
    return "".join(out)


def articles_html(result: Any, doc_ids: Iterable[str], *, by: str, features: list[str]) -> str:
    """The collapsible annotated views of the given articles, each with id ``doc-<doc_id>``."""
    e = html.escape
    frame = result.corpus.frame.set_index(result.corpus.frame["doc_id"].astype(str))
    articles = result.articles.set_index(result.articles["doc_id"].astype(str))
    by_doc = {name: dict(tuple(getattr(result, name).groupby(getattr(result, name)["doc_id"].astype(str))))
              for name in ("matches", "quotes", "passives")
              if isinstance(getattr(result, name, None), pd.DataFrame) and len(getattr(result, name))}
    empty = pd.DataFrame(columns=["doc_id", "start", "end"])
    parts = [_legend()]
    for doc in doc_ids:
        if doc not in frame.index:
            continue
        row = frame.loc[doc]
        meta = articles.loc[doc] if doc in articles.index else pd.Series(dtype=object)
        group = str(meta.get(by, row.get(by, "")))
        title = str(row.get("title", "") or "")
        date = row.get("date")
        when = "" if date is None or pd.isna(date) else str(pd.Timestamp(date).date())
        figures = ", ".join(f"{_name(f)} {meta[f]:.3g}" for f in features if f in meta and pd.notna(meta[f]))
        body = article_html(str(row["text"]),
                            matches=by_doc.get("matches", {}).get(doc, empty),
                            quotes=by_doc.get("quotes", {}).get(doc, empty),
                            passives=by_doc.get("passives", {}).get(doc, empty))
        parts.append(
            f"<details class='article' id='doc-{e(doc)}'><summary><b>{e(group)}</b> &middot; {e(title or doc)}"
            f" <span class='note'>({e(when + ', ' if when else '')}doc_id {e(doc)}; "
            f"{int(meta.get('n_words', 0)):,} words)</span></summary>"
            f"<p class='note'>{e(figures)}</p><div class='text'>{body}</div></details>")
    return "\n".join(parts)


def _name(feature: str) -> str:
    return feature.replace("_per_1k", " per 1,000 words").replace("_share", " (share)").replace("_", " ")
