"""The HTML of the comparison report: findings in sentences, a wide table, figures, concordances, articles.

Order of the page: key findings (sentences), what to read with care (each
warning once, as a sentence), the wide feature table (groups as columns,
features as rows by effect size, notes as footnotes), the figures, keyword in
context as HTML tables with the match highlighted and each row linked to the
annotated article, then the annotated articles themselves. One file: figures
are embedded PNG, styles and the few lines of script are inline.
"""

from __future__ import annotations

import base64
import html
import re
from typing import Any

import numpy as np
import pandas as pd

from framing._version import __version__
from framing.output._article_view import ARTICLE_CSS, articles_html
from framing.output.plot import feature_label, group_order, words

__all__ = ["finding_sentence", "to_html"]

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1180px;margin:1.5em auto;padding:0 1em;
color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;font-size:.85em;margin:.6em 0}th,td{border:1px solid #e2e2e2;padding:.2em .45em;
text-align:right;vertical-align:top}th{background:#f4f4f4}td.l,th.l{text-align:left}
img{max-width:100%;border:1px solid #eee;margin:.5em 0}.note{color:#555;font-size:.88em}
.warn{background:#fff8e1;border-left:4px solid #f0b400;padding:.4em 1em;font-size:.9em}
.findings li{margin:.35em 0}code{background:#f4f4f4;padding:0 .2em}
td.hi{font-weight:700}td.u{white-space:nowrap;color:#555}.scroll{overflow-x:auto}td small{color:#777}sup{color:#a15c00}
table.kwic td{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.95em}
table.kwic td.left{text-align:right;white-space:nowrap}table.kwic td.right{text-align:left;white-space:nowrap}
table.kwic mark{background:#ffe066;font-weight:600}
nav a{margin-right:1em}
"""

_JS = """
function openDoc(){var h=decodeURIComponent(location.hash.slice(1));var d=h&&document.getElementById(h);
if(d&&d.tagName==='DETAILS'){d.open=true;d.scrollIntoView();}}
window.addEventListener('hashchange',openDoc);window.addEventListener('load',openDoc);
"""

_FIGURE_TEXT = {
    "heatmap": "Rows: features, the largest group-vs-rest effect size first; columns: groups. Colour: how far a "
               "group sits from the others on that feature (z-score across groups); numbers: the mean, in the "
               "unit named above each panel.",
    "rates": "Mean per article for the features with the strongest differences; lines are 95% bootstrap "
             "intervals (articles resampled) where a group has at least 2 articles.",
    "voice": ("Lexicon rates in the journalist's own voice, in paraphrased reported speech and inside quotes, "
              "per 1,000 words of that voice."),
    "sourcing": "Share of each group's quotes by category.",
    "distinctive_words": "Words each group uses more than the others (z-score of the log-odds ratio with an "
                         "informative Dirichlet prior; times used in brackets). A ranking, not a test.",
    "separability": "Out-of-fold predictions of the group from the framing features: each row is the true group.",
    "over_time": "Mean rate per 1,000 words of each group's articles per period, for the 6 largest groups; bands: "
                 "95% t intervals over the period's articles (none for a single article). A period without "
                 "articles of a group has no point, not a zero.",
}
_PERIODS = {"W": "week", "M": "month", "Q": "quarter", "Y": "year"}
_HEADINGS = {"separability": "How separable are the groups by framing?", "heatmap": "Every feature at a glance",
             "rates": "Rates with confidence intervals", "voice": "Journalist's voice, paraphrase and quoted voices",
             "distinctive_words": "Distinctive words"}
_LIST = re.compile(r"\[((?:'[^']*'(?:, )?)+)\]")


def _sentence(message: str) -> str:
    """A warning as a sentence: list reprs become words, a capital first and a full stop last."""
    text = _LIST.sub(lambda m: ", ".join(s.strip("'") for s in m.group(1).split(", ")), message.strip())
    text = text.replace(" ...;", " and others;").replace(" ([])", "").replace(" []", "")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _phrase(feature: str) -> str:
    """A feature in words for a sentence: ``hedges_evidential_per_1k`` -> ``evidential hedges``."""
    stem = feature.removesuffix("_per_1k")
    head, _, tail = stem.partition("_")
    if head == "hedges":
        return f"{tail.replace('_', ' ')} hedges" if tail else "hedges"
    if head == "loaded":
        return f"loaded terms of {tail.replace('_', ' ')}" if tail else "loaded terms"
    special = {"passives": "passive verbs", "agentless": "agentless passives"}
    return special.get(stem, feature_label(feature))


def _times(ratio: float) -> str:
    if 1.9 <= ratio < 2.1:
        return "twice as often as"
    if ratio < 1.05:
        return "about as often as"
    return f"{ratio:.1f} times as often as"


def finding_sentence(r: pd.Series, correction: str) -> str:
    """One pairwise difference in words a reader understands.

    Examples
    --------
    >>> r = pd.Series({"feature": "hedges_evidential_per_1k", "stratum": "all", "group_a": "Fox", "group_b": "Times",
    ...                "mean_a": 2.5, "mean_b": 1.2, "difference": 1.3, "unit": "per 1,000 words",
    ...                "cliffs_delta": 0.31, "p_adjusted": 7.5e-05})
    >>> print(finding_sentence(r, "holm"))
    Fox uses evidential hedges twice as often as Times: 2.5 vs 1.2 per 1,000 words (Cliff's delta 0.31, Holm-adjusted p = 7.5e-05).
    """
    higher, lower = (r["group_a"], r["group_b"]) if r["difference"] > 0 else (r["group_b"], r["group_a"])
    hi, lo = max(r["mean_a"], r["mean_b"]), min(r["mean_a"], r["mean_b"])
    where = "" if r.get("stratum", "all") == "all" else f" In {r['stratum']}:"
    stats = (f"(Cliff's delta {abs(r['cliffs_delta']):.2f}, {_correction(correction)}-adjusted p = "
             f"{r['p_adjusted']:.2g})")
    if str(r["unit"]).startswith("per 1,000"):
        how = _times(hi / lo) if lo > 0 else "where the other uses none;"
        verb = f"uses {_phrase(r['feature'])} {how} {lower}" if lo > 0 else \
            f"uses {_phrase(r['feature'])} and {lower} none"
        return f"{where} {higher} {verb}: {_num(hi)} vs {_num(lo)} {r['unit']} {stats}.".strip()
    return (f"{where} {higher} has a higher {feature_label(r['feature'])} than {lower}: {_num(hi)} vs {_num(lo)} "
            f"({r['unit']}) {stats}.").strip()


def _correction(name: str) -> str:
    return {"holm": "Holm", "bh": "Benjamini-Hochberg", "bonferroni": "Bonferroni"}.get(str(name), str(name))


def _findings(c: Any) -> list[str]:
    lines: list[str] = []
    tests = c.table.drop_duplicates(["stratum", "feature"])
    tested = tests["p_value"].notna()
    corr = c.options.get("correction", "holm")
    f = c.findings()
    if len(f) and f["survives"].any():
        best = f.loc[f["survives"]].assign(_d=lambda d: d["cliffs_delta"].abs())
        best = best.sort_values(["p_adjusted", "_d"], ascending=[True, False], kind="mergesort")
        for _, r in best.drop_duplicates(["stratum", "feature"]).head(6).iterrows():
            lines.append(html.escape(finding_sentence(r, corr), quote=False))
    if not tested.any() and getattr(c, "within_test", None) is not None and len(c.within_test):
        lines.append(f"No test inside any single {html.escape(str(c.within))} could be run (none has 2 articles in "
                     f"each of 2 groups); the test above pools the {html.escape(str(c.within))}s instead.")
    elif not tested.any():
        lines.append("No test could be run: every group (or every group within a stratum) has fewer than 2 "
                     "articles, so no difference can be told apart from the topic of a single article. "
                     "Add articles per group to compare. What the numbers describe:")
        lines += [html.escape(s, quote=False) for s in _descriptive(c)]
    else:
        test_names = ", ".join(dict.fromkeys(str(t) for t in tests["test"]))
        pair_names = ", ".join(dict.fromkeys(str(t) for t in c.pairs["test"].dropna())) or "none"
        lines.append(
            f"{int(tested.sum())} across-group tests ({html.escape(test_names)}): "
            f"{int((tests['p_adjusted'] < 0.05).sum())} with p &lt; .05 after {_correction(corr)} correction "
            f"({int((tests['p_value'] < 0.05).sum())} before). {len(f)} pairwise follow-ups "
            f"({html.escape(pair_names)}): {int(f['survives'].sum()) if len(f) else 0} survive correction.")
    if c.separability is not None:
        lines.append(html.escape(c.separability.summary()) + ".")
    return _within_findings(c) + lines + _confounding_findings(c)


def _within_findings(c: Any) -> list[str]:
    """With ``within=``: the one answer of :func:`framing.compare_within`, first."""
    w = getattr(c, "within_test", None)
    if w is None or not len(w):
        return []
    e, by, within = html.escape, c.by, c.within
    tests = w.drop_duplicates("feature")
    n_used, n_single = int(tests["n_stories_used"].iloc[0]), int(tests["n_stories_single"].iloc[0])
    corr = _correction(str(tests["correction"].iloc[0]))
    hits = tests.loc[tests["p_adjusted"] < 0.05]
    n_tested = int(tests["p_value"].notna().sum())
    lines = [e(f"Within {within}s: one permutation test per feature, {by} labels shuffled inside each {within} "
               f"({_count(n_used, within)} with articles from 2 or more groups; {_count(n_single, within)} covered "
               f"by a single group carry no information and are left out): {len(hits)} of "
               f"{_count(n_tested, 'feature')} differ after {corr} correction.")]
    if n_used < 5:
        lines[0] += e(f" With {_count(n_used, within)} the test has almost no power: add stories covered by several "
                      "groups before reading a null result as no difference.")
    best = w.loc[w["feature"].isin(hits["feature"]) & w["ci_low"].notna()].assign(_a=lambda d: d["mean_difference"].abs())
    for _, r in best.sort_values(["p_adjusted", "_a"], ascending=[True, False], kind="mergesort") \
            .drop_duplicates("feature").head(3).iterrows():
        size = _num(abs(r["mean_difference"]))
        if str(r["unit"]).startswith("per 1,000"):
            what = (f"{r['group']} uses {_phrase(r['feature'])} {size} {r['unit']} "
                    f"{'more' if r['mean_difference'] > 0 else 'less'} than the other groups")
        else:
            what = (f"{r['group']}'s {feature_label(r['feature']).removesuffix(' (share)').replace(':', '')} share is "
                    f"{size} {'higher' if r['mean_difference'] > 0 else 'lower'} than the other groups'")
        lines.append(e(f"Within the same {within}, {what} (95% interval {_num(r['ci_low'])} to {_num(r['ci_high'])}, "
                       f"over {int(r['n_stories'])} {within}s; {corr}-adjusted p = {r['p_adjusted']:.2g})."))
    return lines


def _count(n: int, noun: str) -> str:
    """``1 event``, ``2 events``, ``1,200 events``."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _confounding_findings(c: Any) -> list[str]:
    """Without ``within=``: what the comparison does not control, said out loud."""
    text = getattr(c, "confounding", None)
    if not text or c.within:
        return []
    line = "<b>Not controlled:</b> " + html.escape(_sentence(text.split("; see framing.mix")[0]))
    if getattr(c, "mix", None) is not None:
        line += " Each group's mix is shown <a href='#mix'>below</a>."
    return [line]


def _within_table(c: Any, order: list[str]) -> str:
    """Features as rows (smallest corrected p first), groups as columns: the mean within-stratum difference."""
    e, w = html.escape, c.within_test
    groups = [g for g in order if g in set(w["group"].astype(str))]
    cells = w.assign(group=w["group"].astype(str)).set_index(["feature", "group"])
    tests = w.drop_duplicates("feature").sort_values(["p_adjusted", "p_value"], na_position="last", kind="mergesort")
    flat = w.groupby("feature")["mean_difference"].agg(lambda d: bool((d.fillna(0) == 0).all()))
    no_p = tests.set_index("feature")["p_value"].isna()
    untested = [f for f in tests["feature"] if flat[f] and no_p[f]]
    tests = tests.loc[~tests["feature"].isin(untested)]
    n = w.groupby("group")["n_stories"].max()
    head = "".join(f"<th>{e(g)}<br><small>{_count(int(n.get(g, 0)), e(c.within))}</small></th>" for g in groups)
    rows = [f"<tr><th class='l'>feature</th><th class='l'>unit</th>{head}<th>p</th><th>corrected p</th></tr>"]
    for r in tests.itertuples(index=False):
        tds = []
        for g in groups:
            if (r.feature, g) not in cells.index:
                tds.append("<td></td>")
                continue
            x = cells.loc[(r.feature, g)]
            ci = (f"<br><small>{x['ci_low']:+.2g} to {x['ci_high']:+.2g}</small>"
                  if np.isfinite(x["ci_low"]) and np.isfinite(x["ci_high"]) else "")
            value = f"{x['mean_difference']:+.2g}" if np.isfinite(x["mean_difference"]) else "<span class='note'>none</span>"
            tds.append(f"<td>{value}{ci}</td>")
        p = "" if pd.isna(r.p_value) else f"{r.p_value:.2g}"
        pa = "" if pd.isna(r.p_adjusted) else f"{r.p_adjusted:.2g}"
        rows.append(f"<tr><td class='l'>{e(feature_label(r.feature))}</td><td class='l u'>{e(str(r.unit))}</td>"
                    f"{''.join(tds)}<td>{p}</td><td>{pa}</td></tr>")
    t0 = w.iloc[0]
    extra = (f"<p class='note'>No difference in any {e(c.within)}, not shown: "
             f"{e(', '.join(feature_label(f) for f in untested))}.</p>" if untested else "")
    return (f"<div class='scroll'><table>{''.join(rows)}</table></div><p class='note'>Each cell: the group's mean "
            f"difference from the other groups of the same {e(c.within)} (its articles' mean minus theirs, averaged "
            f"over the {e(c.within)}s it shares; 95% interval from resampling {e(c.within)}s below). p: permutation "
            f"test with {e(c.by)} labels shuffled inside each {e(c.within)} ({c.options.get('n_permutations', '')} "
            f"relabellings), corrected over the features ({e(_correction(str(t0['correction'])))}). "
            f"{_count(int(t0['n_stories_used']), e(c.within))} used, {int(t0['n_stories_single']):,} left out (a single "
            f"group). Every column is in <code>within_test.csv</code>.</p>{extra}")


def _mix_table(c: Any, order: list[str]) -> str:
    """Each group's most frequent topics or periods, with shares: what a comparison without within= mixes."""
    e, out = html.escape, []
    for of, m in c.mix.groupby("of", sort=False):
        m = m.assign(group=m["group"].astype(str))
        is_date = of == "date"
        rows = [f"<tr><th class='l'>group</th><th>articles</th><th>{'periods' if is_date else 'distinct ' + e(of) + 's'}"
                f"</th><th class='l'>{'busiest periods' if is_date else 'most frequent'} (share of the group's articles)</th></tr>"]
        for g in [g for g in order if g in set(m["group"])]:
            part = m.loc[m["group"] == g].sort_values(["share", "value"], ascending=[False, True], kind="mergesort")
            top = ", ".join(f"{e(str(v) if is_date else str(v).replace('_', ' '))} {s:.0%}"
                            for v, s in zip(part["value"].head(4), part["share"].head(4)))
            if len(part) > 4:
                top += f", {len(part) - 4} more"
            rows.append(f"<tr><td class='l'>{e(g)}</td><td>{int(part['n_articles'].sum()):,}</td><td>{len(part)}</td>"
                        f"<td class='l'>{top}</td></tr>")
        out.append(f"<h3>{'Dates' if is_date else e(words(of))}</h3><div class='scroll'><table>{''.join(rows)}"
                   f"</table></div>")
    return ("".join(out) + "<p class='note'>Groups that cover different topics or periods can differ for that "
            "reason alone. Compare within stories (<code>within=</code>, e.g. the <code>event</code> of "
            "<code>framing.match_events</code>) to hold the story fixed. All shares are in <code>mix.csv</code>.</p>")


def _descriptive(c: Any) -> list[str]:
    """The largest spreads between groups, in words, when no test can run."""
    t = c.table.dropna(subset=["mean"])
    out = []
    spread = t.groupby(["stratum", "feature"])["mean"].agg(lambda s: s.max() - s.min())
    rel = spread / t.groupby(["stratum", "feature"])["mean"].max().replace(0, np.nan)
    for (stratum, feature), _ in rel.dropna().sort_values(ascending=False).head(4).items():
        part = t[(t["stratum"] == stratum) & (t["feature"] == feature)].sort_values("mean")
        hi, lo = part.iloc[-1], part.iloc[0]
        where = "" if stratum == "all" else f"In {stratum}, "
        n_hi, n_lo = int(hi["n_articles"]), int(lo["n_articles"])
        sizes = f"{n_hi} article(s) each" if n_hi == n_lo else f"{n_hi} and {n_lo} article(s)"
        if feature.endswith("_share"):
            what = f"the highest {feature.removesuffix('_share').replace('_', ' ')} share"
            unit = ""
        else:
            what, unit = f"the most {_phrase(feature)}", f" {hi['unit']}"
        out.append(f"{where}{hi['group']} has {what} ({_num(hi['mean'])}{unit}) and {lo['group']} the "
                   f"least ({_num(lo['mean'])}), from {sizes}.")
    return out


def _wide_table(c: Any, table: pd.DataFrame, order: list[str], stratum: str) -> str:
    """Groups as columns, features as rows (largest effect first), notes as numbered footnotes."""
    e = html.escape
    t = table[table["stratum"] == stratum]
    groups = [g for g in order if g in set(t["group"].astype(str))]
    t = t.assign(group=t["group"].astype(str), _d=t["cliffs_delta"].abs())
    size = t.groupby("feature")["_d"].max().fillna(-1)
    p = t.drop_duplicates("feature").set_index("feature")["p_adjusted"]
    zero = [f for f, part in t.groupby("feature") if not (part["mean"].fillna(0) != 0).any()]
    feats = [f for f in size.sort_values(ascending=False, kind="mergesort").index if f not in zero]
    notes: dict[str, int] = {}
    pieces = t.loc[t["feature"].isin(feats), "note"].fillna("").astype(str).map(
        lambda note: {_sentence(x.strip()) for x in note.split(";") if x.strip()})
    everywhere = set.intersection(*pieces) if len(pieces) else set()
    n = t.groupby("group")["n_articles"].max()
    head = "".join(f"<th>{e(g)}<br><small>n={int(n.get(g, 0))}</small></th>" for g in groups)
    rows = [f"<tr><th class='l'>feature</th><th class='l'>unit</th>{head}<th>largest |&delta;|</th>"
            f"<th>corrected p</th></tr>"]
    cells = t.set_index(["feature", "group"])
    for f in feats:
        part = cells.loc[f]
        best = part["mean"].idxmax() if part["mean"].notna().any() and len(groups) > 1 else None
        tds = []
        for g in groups:
            if g not in part.index:
                tds.append("<td></td>")
                continue
            r = part.loc[g]
            note = str(r.get("note", "") or "")
            refs = [str(notes.setdefault(piece, len(notes) + 1))
                    for piece in [_sentence(s.strip()) for s in note.split(";") if s.strip()] if piece not in everywhere]
            mark = f"<sup>{','.join(refs)}</sup>" if refs else ""
            ci = (f"<br><small>{r['ci_low']:.3g}&ndash;{r['ci_high']:.3g}</small>"
                  if np.isfinite(r["ci_low"]) and np.isfinite(r["ci_high"]) else "")
            cls = " class='hi'" if g == best else ""
            value = _num(r["mean"]) or "<span class='note'>no value</span>"
            tds.append(f"<td{cls}>{value}{mark}{ci}</td>")
        pv = p.get(f, np.nan)
        unit = str(part["unit"].iloc[0]) if "unit" in part else ""
        rows.append(f"<tr><td class='l'>{e(feature_label(f))}</td><td class='l u'>{e(unit)}</td>{''.join(tds)}"
                    f"<td>{_num(size[f]) if size[f] >= 0 else ''}</td><td>{'' if pd.isna(pv) else f'{pv:.2g}'}</td></tr>")
    foot = "".join(f"<li value='{k}'>{e(text)}</li>" for text, k in notes.items())
    extra = (f"<p class='note'>Zero in every group, not shown: {e(', '.join(feature_label(z) for z in zero))}.</p>"
             if zero else "")
    if everywhere:
        extra += f"<p class='note'>Every cell: {e(' '.join(sorted(everywhere)))}</p>"
    return (f"<div class='scroll'><table>{''.join(rows)}</table></div><p class='note'>Mean per article (bold: highest), 95% bootstrap "
            "interval below it; largest |&delta;|: the largest group-vs-rest Cliff's delta; corrected p: the "
            f"across-group test. Every column is in <code>compare.csv</code>.</p>{extra}"
            + (f"<ol class='note'>{foot}</ol>" if foot else ""))


def _num(v: float) -> str:
    """1 decimal from 1 up, 2 significant digits below: 13.8, 2.5, 0.63."""
    return "" if not np.isfinite(v) else f"{v:.1f}" if abs(v) >= 1 else f"{v:.2g}"


def _kwic_html(rows: pd.DataFrame, linked: set[str]) -> str:
    e = html.escape
    out = ["<table class='kwic'><tr><th class='l'>group</th><th>before</th><th>match</th><th class='l'>after</th>"
           "<th class='l'>voice</th><th class='l'>article</th></tr>"]
    for r in rows.itertuples(index=False):
        voice = "journalist"
        if bool(getattr(r, "in_quote", False) is True):
            voice = f"quoted: {getattr(r, 'speaker', '') or 'unknown speaker'}"
        doc = str(r.doc_id)
        link = f"<a href='#doc-{e(doc)}'>{e(doc)}</a>" if doc in linked else e(doc)
        out.append(f"<tr><td class='l'>{e(str(r.group))}</td><td class='left'>{e(r.left)}</td>"
                   f"<td><mark>{e(r.text)}</mark></td><td class='right'>{e(r.right)}</td>"
                   f"<td class='l'>{e(voice)}</td><td class='l'>{link}</td></tr>")
    return "<div class='scroll'>" + "".join(out) + "</table></div>"


def to_html(c: Any, images: dict[str, bytes], *, title: str | None = None, result: Any = None,
            kwic: dict[str, pd.DataFrame] | None = None, max_articles: int = 1000) -> str:
    """The report as one HTML string, figures embedded as base64 PNG (no external files)."""
    e = html.escape
    title = title or f"How did the {c.by}s frame it? Comparison by {c.by}" + (f" within {c.within}" if c.within else "")
    order = group_order(c.group_sizes["group"].astype(str))
    o = c.options
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><meta name='viewport' "
             f"content='width=device-width,initial-scale=1'><title>{e(title)}</title><style>{_CSS}{ARTICLE_CSS}"
             f"</style><script>{_JS}</script></head><body><h1>{e(title)}</h1>"]
    tests = ", ".join(dict.fromkeys(str(t) for t in c.table["test"])) if len(c.table) else ""
    parts.append(
        f"<p class='note'>media-framing {e(__version__)}; {o['n_articles']:,} articles in {len(order)} groups; "
        f"lexicons: {e(', '.join(c.lexicons) or 'n/a')}; tests: {e(tests)} with pairwise follow-ups; "
        f"correction: {e(_correction(o['correction']))}; {o['n_boot']} bootstrap resamples; seed "
        f"{o['random_state']}. The article is the unit: each group's value is the mean of its articles' values, "
        "intervals resample articles, tests compare article-level values (Lijffijt et al. 2016).</p>")
    nav = ["<a href='#findings'>Key findings</a>", "<a href='#table'>Feature table</a>"]
    if getattr(c, "within_test", None) is not None:
        nav.append(f"<a href='#within'>Within {e(c.within)}s</a>")
    if getattr(c, "mix", None) is not None and not c.within:
        nav.append("<a href='#mix'>What the groups mix</a>")
    nav.append("<a href='#figures'>Figures</a>")
    if kwic:
        nav.append("<a href='#kwic'>Words in context</a>")
    if result is not None:
        nav.append("<a href='#articles'>Articles</a>")
    parts.append("<nav>" + "".join(nav) + "</nav>")
    parts.append("<h2 id='findings'>Key findings</h2><ul class='findings'>"
                 + "".join(f"<li>{line}</li>" for line in _findings(c)) + "</ul>")
    said = list(dict.fromkeys(_sentence(w) for w in c.warnings))
    said += [_sentence(f"{words(k)} not computed: {v}") for k, v in c.skipped.items()]
    if said:
        parts.append("<div class='warn'><b>Read with care</b><ul>" + "".join(f"<li>{e(s)}</li>" for s in said)
                     + "</ul></div>")
    strata = list(dict.fromkeys(c.table["stratum"].astype(str)))
    parts.append("<h2 id='table'>Features by group</h2>")
    many = len(strata) > 1
    if many:  # strata where groups meet first; a stratum of one group compares nothing
        n_groups = c.table.assign(stratum=c.table["stratum"].astype(str)).groupby("stratum")["group"].nunique()
        lone = [s for s in strata if n_groups[s] < 2]
        strata = sorted((s for s in strata if n_groups[s] >= 2), key=lambda s: -n_groups[s])
        if lone:
            parts.append(f"<p class='note'>{_count(len(lone), e(c.within or 'stratum'))} with a single group "
                         f"{'is' if len(lone) == 1 else 'are'} not shown (nothing to compare; their numbers are in "
                         "<code>compare.csv</code>). The others follow, most groups first.</p>")
    for stratum in strata[:20]:
        if many:
            parts.append(f"<h3>{e(c.within or 'stratum')}: {e(stratum)}</h3>")
        parts.append(_wide_table(c, c.table.assign(stratum=c.table["stratum"].astype(str)), order, stratum))
    if len(strata) > 20:
        parts.append(f"<p class='note'>First 20 of {len(strata)} strata; all in <code>compare.csv</code>.</p>")
    if getattr(c, "within_test", None) is not None and len(c.within_test):
        parts.append(f"<h2 id='within'>Within the same {e(c.within)}: one test</h2>" + _within_table(c, order))
    if getattr(c, "mix", None) is not None and len(c.mix) and not c.within:
        parts.append("<h2 id='mix'>What the groups mix</h2>" + _mix_table(c, order))
    parts.append("<h2 id='figures'>Figures</h2>")
    for name, png in images.items():
        key = "sourcing" if name.startswith("sourcing") else "over_time" if name.startswith("over_time") else name
        heading = _HEADINGS.get(name, "Who is quoted: " + words(name.removeprefix("sourcing_")).lower()
                                if key == "sourcing" else words(name))
        if key == "over_time":
            per = _PERIODS.get(str(getattr(c, "over_time", pd.DataFrame()).attrs.get("freq", "")), "period")
            heading = f"Over time, per {per}: {feature_label(name.removeprefix('over_time_'))}"
        parts.append(f"<h3>{e(heading)}</h3><p class='note'>{e(_FIGURE_TEXT.get(key, ''))}</p>"
                     f"<img alt='{e(heading)}' src='data:image/png;base64,{base64.b64encode(png).decode()}'>")
    docs: list[str] = []
    if result is not None:
        all_docs = result.articles["doc_id"].astype(str).tolist()
        linked_docs = [d for rows in (kwic or {}).values() for d in rows["doc_id"].astype(str)]
        docs = list(dict.fromkeys(linked_docs + all_docs))[: max(max_articles, len(set(linked_docs)))]
        rank = {g: i for i, g in enumerate(order)}
        group_of = dict(zip(all_docs, result.articles[c.by].astype(str))) if c.by in result.articles else {}
        docs = sorted(docs, key=lambda d: rank.get(group_of.get(d, ""), len(rank)))  # by group, corpus order within
    if kwic:
        parts.append("<h2 id='kwic'>Words in context</h2><p class='note'>The words behind the numbers, for the "
                     "lexicon features with the strongest differences; every group is shown in turn. Click an "
                     "article to read it with its quotes, hedges and loaded terms marked.</p>")
        for label, rows in kwic.items():
            parts.append(f"<h3>{e(label)}</h3>" + _kwic_html(rows, set(docs)))
    if result is not None:
        n = len(result.articles)
        parts.append("<h2 id='articles'>Articles, annotated</h2><p class='note'>"
                     + (f"All {n:,} articles" if len(docs) >= n else f"{len(docs):,} of {n:,} articles (those "
                        "linked above first)") + ", by group; click one to open it.</p>")
        features = [f for f in ("hedges_per_1k", "loaded_per_1k", "agentless_per_1k", "n_quotes")
                    if f in result.articles.columns]
        parts.append(articles_html(result, docs, by=c.by, features=features))
    parts.append("</body></html>")
    return "\n".join(parts)
