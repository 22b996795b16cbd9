"""Evaluate ``framing.find_quotes`` against the annotated set, and run it on real news.

Accuracy is measured on two annotated sets of news sentences and short
passages written for this project (never copied from a corpus):
``tests/data/quotes_gold.jsonl`` (208 passages, the development set: the
first measurement was taken before any rule was corrected against it, later
rules were fixed against it, so its figures are optimistic) and
``tests/data/quotes_heldout.jsonl`` (60 passages written after the rules were
frozen and evaluated once). Two more sets test speakers named by everyday
nouns ("the lobbyist said", "a retiree from Tampa"), which real news has and
the first two sets under-represent: ``tests/data/quotes_general.jsonl`` (60
passages, written after misses were read on real AllSides news and then used
to correct the rules: optimistic) and ``tests/data/quotes_general2.jsonl`` (40
passages written after those corrections and evaluated once). A fifth,
``tests/data/quotes_speakers.jsonl`` (40 passages), was written after the
speaker-typing rules (names after honorifics and given names, possessives,
organisations with "The", party tags, negated verbs, adverbs before the verb)
to measure them; it targets what those rules do, so it shows what changed
rather than general accuracy. All are in the styles of several outlets
(AP/Reuters wire copy with datelines, British single quotation marks,
"told reporters", "said in a statement", "according to", anonymous sources,
split and multi-paragraph quotes, scare quotes, headlines and passages with
no quote at all). Each line is ``{"id", "style", "text", "quotes": [...]}``
and each gold quote gives ``start, end, text, kind, speaker, speaker_type,
anonymous, cue`` and optionally ``speaker_resolved``.

Annotation conventions (the same as the library's):

* direct quote: the text between the quotation marks, whitespace stripped
  (a trailing comma inside the marks stays); a quote split around its
  attribution ("“A,” he said, “B.”") runs from A to B; one that runs over
  paragraphs, from its first word to its last.
* indirect (reported speech): from the first word after the cue (and after
  "that", a recipient or a time phrase) to the end of the clause, without
  the final period; when the attribution follows ("X, officials said."),
  from the start of the sentence (after a dateline or a leading "But") to
  the comma; when the attribution interrupts it ("The strikes, he said, were
  defensive."), from its first word to its last, as for split quotes.
* partial: the quoted fragment inside reported speech; the paraphrase around
  it is not a separate quote. (Since issue 14 the library's ``partial``
  quote is the whole reported clause with the fragments as its ``parts``:
  it is scored here as its fragments, see :func:`as_fragments`.)
* speaker: the phrase as written without relative clauses or appositives;
  the name in "NAME, ROLE, said"; "X" in "according to a statement from X";
  for a quote that continues a speaker, that earlier mention.

Metrics: quote detection precision/recall/F1 with exact spans and with at
least 30% overlap (shared characters / length of the longer span; greedy
one-to-one matching); on the quotes matched at 30%, accuracy of the speaker
(exact after lower-casing and dropping a leading article, and lenient: one
contains the other), cue, anonymity, speaker type and kind; pronoun/short
name resolution where the gold gives ``speaker_resolved``.

Usage::

    python benchmarks/eval_quotes.py                      # the annotated set
    python benchmarks/eval_quotes.py --errors             # ...and list the mistakes
    python benchmarks/eval_quotes.py --corpus allsides.jsonl.gz --n 3000 --sample 30
    python benchmarks/eval_quotes.py --speed allsides.jsonl.gz --mb 20
    python benchmarks/eval_quotes.py --polnear ../shared/eval/polnear --split dev   # real news (train or dev)
    python benchmarks/eval_quotes.py --polnear ../shared/eval/polnear --split train --show 40
    python benchmarks/eval_quotes.py --smoke              # a few seconds (CI)
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import random
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from framing import find_quotes, scan_quotes  # noqa: E402 (after the sys.path line)

GOLD = ROOT / "tests" / "data" / "quotes_gold.jsonl"
HELDOUT = ROOT / "tests" / "data" / "quotes_heldout.jsonl"
GENERAL = ROOT / "tests" / "data" / "quotes_general.jsonl"
GENERAL2 = ROOT / "tests" / "data" / "quotes_general2.jsonl"
SPEAKERS = ROOT / "tests" / "data" / "quotes_speakers.jsonl"


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(inter, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def match(gold: list[dict], pred: list, threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap (exact: threshold 1.0)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap((g["start"], g["end"]), (p.start, p.end))
            if ov >= threshold and (threshold < 1.0 or (g["start"], g["end"]) == (p.start, p.end)):
                pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _ov, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def norm(s: str) -> str:
    s = " ".join(s.replace("’", "'").split()).strip(" ,.;:").lower()
    return _ARTICLE.sub("", s)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def as_fragments(quotes: list, text: str) -> list:
    """The quotes as these sets annotate them: a ``partial`` quote (the whole
    reported clause since issue 14) counts as its quoted fragments, one
    quote per part with the same speaker and cue (the sets annotate each
    fragment, "the paraphrase around it is not a separate quote").

    A ``direct`` quotation continued in the sentence after its attribution
    ("“A,” said X. “B.”", one quote in two parts since issue 14, as PolNeAR
    annotates it) counts as its parts too: these sets annotate each
    sentence's quotation, and the split inside one sentence ("“A,” he said,
    “B.”") as one quote."""
    out = []
    for q in quotes:
        if (q.kind == "partial" and q.parts and q.parts != ((q.start, q.end),)) or (
            q.kind == "direct" and len(q.parts) > 1
            and any(re.search(r"[.?!]\W*\s", text[a:b]) for (_, a), (b, _) in zip(q.parts, q.parts[1:]))
        ):
            out.extend(dataclasses.replace(q, start=s, end=e, text=text[s:e], parts=((s, e),)) for s, e in q.parts)
        else:
            out.append(q)
    return out


def evaluate(items: list[dict], *, show_errors: bool = False) -> dict:
    n_gold = n_pred = tp_exact = tp_overlap = 0
    acc: dict[str, list[bool]] = defaultdict(list)
    by_style: dict[str, Counter] = defaultdict(Counter)
    errors: list[str] = []
    for item in items:
        text, gold = item["text"], item["quotes"]
        pred = as_fragments(find_quotes(text), text)
        n_gold += len(gold)
        n_pred += len(pred)
        exact = match(gold, pred, 1.0)
        loose = match(gold, pred, 0.3)
        tp_exact += len(exact)
        tp_overlap += len(loose)
        st = by_style[item["style"]]
        st["gold"] += len(gold)
        st["pred"] += len(pred)
        st["tp"] += len(loose)
        matched_g = {gi for gi, _ in loose}
        matched_p = {pi for _, pi in loose}
        for gi, pi in loose:
            g, p = gold[gi], pred[pi]
            ok_strict = norm(p.speaker) == norm(g["speaker"])
            ps, gs = norm(p.speaker), norm(g["speaker"])
            ok_lenient = ok_strict or (bool(ps) and bool(gs) and (ps in gs or gs in ps))
            acc["speaker"].append(ok_strict)
            acc["speaker_lenient"].append(ok_lenient)
            acc["cue"].append(p.cue.lower() == g["cue"].lower())
            acc["anonymous"].append(p.anonymous == g["anonymous"])
            acc["kind"].append(p.kind == g["kind"])
            if g["speaker"]:
                acc["speaker_type"].append(p.speaker_type == g["speaker_type"])
            if "speaker_resolved" in g:
                acc["resolution"].append(norm(p.speaker_resolved) == norm(g["speaker_resolved"]))
            if show_errors:
                diffs = []
                if not ok_lenient:
                    diffs.append(f"speaker {p.speaker!r} != {g['speaker']!r}")
                if p.cue.lower() != g["cue"].lower():
                    diffs.append(f"cue {p.cue!r} != {g['cue']!r}")
                if p.kind != g["kind"]:
                    diffs.append(f"kind {p.kind} != {g['kind']}")
                if p.anonymous != g["anonymous"]:
                    diffs.append(f"anonymous {p.anonymous} != {g['anonymous']}")
                if g["speaker"] and p.speaker_type != g["speaker_type"]:
                    diffs.append(f"type {p.speaker_type} != {g['speaker_type']}")
                if "speaker_resolved" in g and norm(p.speaker_resolved) != norm(g["speaker_resolved"]):
                    diffs.append(f"resolved {p.speaker_resolved!r} != {g['speaker_resolved']!r}")
                if (g["start"], g["end"]) != (p.start, p.end):
                    diffs.append(f"span {p.text!r} != {g['text']!r}")
                if diffs:
                    errors.append(f"{item['id']}: " + "; ".join(diffs))
        if show_errors:
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    errors.append(f"{item['id']}: MISSED {g['kind']} {g['text']!r} ({g['speaker']!r})")
            for pi, p in enumerate(pred):
                if pi not in matched_p:
                    errors.append(f"{item['id']}: EXTRA {p.kind} {p.text!r} ({p.speaker!r}, {p.cue!r})")
    pe, re_, fe = prf(tp_exact, n_pred, n_gold)
    po, ro, fo = prf(tp_overlap, n_pred, n_gold)
    return {
        "passages": len(items), "gold": n_gold, "pred": n_pred,
        "exact": (pe, re_, fe), "overlap": (po, ro, fo),
        "acc": {k: (sum(v) / len(v) if v else float("nan"), len(v)) for k, v in acc.items()},
        "by_style": by_style, "errors": errors,
    }


def report(res: dict) -> None:
    print(f"annotated set: {res['passages']} passages, {res['gold']} gold quotes, {res['pred']} predicted")
    print("quote detection        precision  recall     F1")
    for name in ("exact", "overlap"):
        p, r, f = res[name]
        label = "exact span" if name == "exact" else ">= 0.3 overlap"
        print(f"  {label:20s} {p:9.3f} {r:7.3f} {f:7.3f}")
    print("on quotes matched at 0.3 overlap:")
    labels = {
        "speaker": "speaker (exact)", "speaker_lenient": "speaker (lenient)", "cue": "cue (reporting verb)",
        "anonymous": "anonymity", "speaker_type": "speaker type", "kind": "kind", "resolution": "pronoun/short-name resolution",
    }
    for key, label in labels.items():
        if key in res["acc"]:
            a, n = res["acc"][key]
            print(f"  {label:32s} {a:6.3f}  (n={n})")
    print("F1 at 0.3 overlap by style:")
    for style, c in sorted(res["by_style"].items()):
        _p, _r, f = prf(c["tp"], c["pred"], c["gold"])
        print(f"  {style:12s} gold {c['gold']:3d}  pred {c['pred']:3d}  F1 {f:.3f}")
    if res["errors"]:
        print(f"\n{len(res['errors'])} mistakes:")
        for e in res["errors"]:
            print("  " + e)


def read_jsonl(path: str, n: int | None = None, mb: float | None = None) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    out, size = [], 0
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out.append(d)
            size += len(d.get("text", "").encode("utf-8"))
            if (n is not None and len(out) >= n) or (mb is not None and size >= mb * 1e6):
                break
    return out


def check_invariants(text: str, scan) -> list[str]:
    bad = []
    prev = -1
    for q in scan.quotes:
        if text[q.start : q.end] != q.text:
            bad.append(f"span {q.start}:{q.end}")
        if q.start < prev:
            bad.append(f"overlap at {q.start}")
        prev = q.end
        if q.speaker_start is not None and text[q.speaker_start : q.speaker_end] != q.speaker:
            bad.append(f"speaker span {q.speaker_start}")
        if q.cue_start is not None and text[q.cue_start : q.cue_end] != q.cue:
            bad.append(f"cue span {q.cue_start}")
    for p in scan.problems:
        if text[p.start : p.end] != p.text:
            bad.append(f"problem span {p.start}")
    return bad


def run_corpus(path: str, n: int, sample: int, seed: int) -> None:
    docs = read_jsonl(path, n=n)
    t0 = time.perf_counter()
    results = []
    crashes = 0
    for d in docs:
        try:
            scan = scan_quotes(d["text"])
        except Exception as exc:  # noqa: BLE001 - counting crashes is the point
            crashes += 1
            print(f"CRASH in {d.get('id')}: {exc!r}")
            continue
        bad = check_invariants(d["text"], scan)
        if bad:
            print(f"INVALID SPANS in {d.get('id')}: {bad[:5]}")
        results.append((d, scan))
    dt = time.perf_counter() - t0
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    quotes = [q for _, s in results for q in s.quotes]
    print(f"{len(docs)} articles, {mb:.1f} MB, {dt:.1f} s ({mb / dt:.1f} MB/s), {crashes} crashes")
    print(f"{len(quotes)} quotes ({len(quotes) / max(len(docs), 1):.1f} per article); "
          f"{sum(len(s.problems) for _, s in results)} problems with quotation marks")
    for name, counter in (
        ("kind", Counter(q.kind for q in quotes)),
        ("speaker_type", Counter(q.speaker_type or "(none)" for q in quotes)),
        ("cue_class", Counter(q.cue_class or "(none)" for q in quotes)),
    ):
        print(f"  {name}: " + ", ".join(f"{k} {v / len(quotes):.1%}" for k, v in counter.most_common()))
    print(f"  anonymous: {sum(q.anonymous for q in quotes) / max(len(quotes), 1):.1%}; "
          f"with speaker_resolved: {sum(bool(q.speaker_resolved) for q in quotes)}")
    reasons = Counter(p.reason for _, s in results for p in s.problems)
    for r, c in reasons.most_common(6):
        print(f"  problem: {c:6d}  {r}")
    rng = random.Random(seed)
    picked = rng.sample(quotes, min(sample, len(quotes)))
    print(f"\nrandom sample of {len(picked)} quotes (seed {seed}):")
    for q in picked:
        print(f"- [{q.kind}] {q.text[:110]!r}\n    speaker={q.speaker!r} ({q.speaker_type}{', anonymous' if q.anonymous else ''})"
              f" resolved={q.speaker_resolved!r} cue={q.cue!r}/{q.cue_class} {q.note}")


def run_speed(path: str | None, mb: float, repeat: int) -> None:
    import pandas as pd

    import framing

    if path:
        docs = read_jsonl(path, mb=mb)
        frame = pd.DataFrame({"doc_id": [str(d.get("id", i)) for i, d in enumerate(docs)],
                              "outlet": [d.get("outlet", "") for d in docs],
                              "text": [d["text"] for d in docs]})
        label = f"{path} ({frame['text'].str.len().sum() / 1e6:.1f} M characters, {len(frame)} articles)"
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
        k = max(1, int(mb * 1e6 // sum(len(t) for t in texts)))
        frame = pd.DataFrame({"outlet": ["x"] * (len(texts) * k), "text": texts * k})
        label = f"examples/corpus repeated {k}x ({frame['text'].str.len().sum() / 1e6:.1f} M characters)"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = framing.read_corpus(frame, clean=False)
        framing.analyze(framing.read_corpus(frame.head(20), clean=False))  # warm the lexicon caches
    # CPU time of this process (analyze runs in it, n_jobs=1): steadier than
    # wall-clock time on a shared machine; the best of `repeat` runs each way.
    times: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(repeat):
        for flag in (False, True):
            t0 = time.process_time()
            framing.analyze(corpus, quotes=flag)
            times[flag].append(time.process_time() - t0)
    off, on = min(times[False]), min(times[True])
    print(f"{label}: analyze CPU time without quotes {off:.2f} s, with quotes {on:.2f} s, "
          f"ratio {on / off:.2f} (best of {repeat})")



# --- PolNeAR (Newell et al., LREC 2018): attribution relations on real political news ---------------
#
# Gold: brat standoff, one ``E`` line per attribution tying ``Content`` (and
# sometimes ``Content2``), ``Cue`` and ``Source`` text-bound spans (a span may
# be discontinuous: "10 20;25 40"). Articles annotated by several people (for
# agreement studies) are scored against one annotator: the first in sorted
# order of the annotator code. The test split is never read.
#
# Metric (the field's, as in the Gender Gap Tracker's evaluation): a predicted
# attribution matches a gold one when it covers MORE than a fraction (0.3;
# also 0.8) of the gold content's characters; pairs are matched greedily, one
# to one, best coverage first. Precision = matched / predicted, recall =
# matched / gold. On matched pairs, the speaker is right when the predicted
# speaker span overlaps the gold Source span, the cue when the predicted cue
# span overlaps the gold Cue span (pairs whose gold has no Source/Cue are not
# counted). Predictions are every Quote except ``scare`` quotes (no source),
# each covering its whole span ``start:end`` (a reported clause with quoted
# fragments covers the clause).

#: Gold cue type from the cue's words (PolNeAR does not type its cues). A cue
#: holding a belief/intention/attitude word is ``belief``; one holding an
#: evidence word ("a poll shows", "the report found") is ``evidence``; every
#: other cue is ``speech`` (statements, questions, denials, decrees, colon
#: frames, "according to", "in a statement"). "suggests"/"suggesting" (mostly
#: a poll or a study) are evidence; "suggested" (mostly a person) is speech.
POLNEAR_BELIEF = frozenset("""
    think thinks thinking thought believe believes believed believing belief beliefs feel feels feeling felt
    know knows knew known knowing knowledge want wants wanted wanting hope hopes hoped hoping plan plans
    planned planning expect expects expected expecting expectation seem seems seemed appear appears appeared
    fear fears feared fearing worry worries worried worrying concerned prefer prefers preferred would like
    likes liked intend intends intended intention seek seeks sought seeking support supports supported
    supporting supporters backing backed backs oppose opposes opposed opposing opposition endorse endorses
    endorsed endorsing consider considers considered view views viewed doubt doubts doubted wish wishes
    wished understand understands understood realize realizes realized recognize recognizes recognized
    assume assumes assumed suspect suspects suspected convinced aware sure confident refuse refuses refused
    refusing aim aims aimed trust trusts trusted love loves loved hate hates hated agree agrees agreed
    disagree disagrees disagreed determined eager skeptical opinion sees see saw seeing imagine imagined
    favor favors favored favoring regard regards regarded reckon dislike dislikes
""".split())
POLNEAR_EVIDENCE = frozenset("""
    show shows showed shown showing find finds found finding findings indicate indicates indicated
    indicating suggests suggesting demonstrate demonstrates demonstrated prove proves proved proven
    confirm confirms confirmed reveal reveals revealed estimate estimates estimated data poll polls survey
    surveys records record documents evidence analysis according-to-data
""".split())
_WORD = re.compile(r"[a-z]+")


def cue_type_of(cue: str) -> str:
    """``speech``, ``belief`` or ``evidence`` for a gold cue, by the rule above."""
    words = _WORD.findall(cue.lower())
    if any(w in POLNEAR_EVIDENCE for w in words):
        return "evidence"
    if any(w in POLNEAR_BELIEF for w in words):
        return "belief"
    return "speech"


#: Quotation marks that open or close a quotation ('‘' opens one; a lone
#: '’' is mostly an apostrophe and is not counted).
_QUOTE_MARK = re.compile(r"[\"“”«»„‘]")


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for piece in field.split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return out


def read_brat(path: Path, text: str) -> list[dict]:
    """The attributions of one ``.ann`` file: ``content`` (list of spans),
    ``source``/``cue`` (lists of spans, maybe empty), ``cue_text``, ``quoted``."""
    bound: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            kind, _, offsets = cols[1].partition(" ")
            bound[cols[0]] = (kind, _spans(offsets))
        elif cols[0].startswith("E"):
            events.append([tuple(r.split(":", 1)) for r in cols[1].split() if ":" in r])
    out = []
    for roles in events:
        content: list[tuple[int, int]] = []
        source: list[tuple[int, int]] = []
        cue: list[tuple[int, int]] = []
        for role, ref in roles:
            if ref not in bound:
                continue
            if role.startswith("Content"):
                content += bound[ref][1]
            elif role == "Source":
                source += bound[ref][1]
            elif role == "Cue":
                cue += bound[ref][1]
        if not content:
            continue
        content.sort()
        cue_text = " ".join(text[s:e] for s, e in sorted(cue))
        out.append({
            "content": content, "source": source, "cue": cue, "cue_text": cue_text,
            "cue_type": cue_type_of(cue_text),
            "quoted": any(_QUOTE_MARK.search(text, s, e) for s, e in content),
        })
    return out


def load_polnear(root: Path, split: str, limit: int | None = None) -> list[tuple[str, str, list[dict]]]:
    """(name, text, gold attributions) for each article of `split` (train or dev only)."""
    if split not in ("train", "dev"):
        raise SystemExit(f"--split must be train or dev (the test split is held out), got {split!r}")
    base = root / split
    if not (base / "text").is_dir():
        raise SystemExit(f"{base / 'text'} not found: give --polnear the folder holding train/ and dev/")
    by_article: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((base / "attributions").glob("*.ann")):
        by_article[ann.stem.rsplit("_", 1)[0]].append(ann)
    out = []
    for name in sorted(by_article)[:limit]:
        text = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        out.append((name, text, read_brat(by_article[name][0], text)))
    return out


def _covered(gold: list[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> float:
    """Share of the gold spans' characters that the predicted spans cover."""
    total = sum(e - s for s, e in gold) or 1
    hit = 0
    for gs, ge in gold:
        for ps, pe in pred:
            hit += max(0, min(ge, pe) - max(gs, ps))
    return hit / total


def _overlaps(spans: list[tuple[int, int]], start: int | None, end: int | None) -> bool:
    return start is not None and end is not None and any(min(e, end) > max(s, start) for s, e in spans)


_RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))


def _antecedent(text: str, source: list[tuple[int, int]], speaker_end: int | None) -> bool:
    """Is the gold source a relative pronoun ("who") and the predicted speaker the phrase
    right before it ("Democrats, who highlighted ...": "Democrats"), with nothing but
    spaces, a comma or a dash between? A second figure beside the field's metric: see
    benchmarks/README.md."""
    if speaker_end is None or len(source) != 1:
        return False
    s, e = source[0]
    if text[s:e].lower() not in _RELATIVE_PRONOUNS or not 0 <= s - speaker_end <= 3:
        return False
    return not text[speaker_end:s].strip(" ,\u2014\u2013-")


def match_polnear(gold: list[dict], pred: list, threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: pairs covering more than `threshold` of the gold content."""
    pairs = []
    for gi, g in enumerate(gold):
        gs, ge = g["content"][0][0], g["content"][-1][1]
        for pi, p in enumerate(pred):
            if p.end <= gs or p.start >= ge:
                continue
            cov = _covered(g["content"], ((p.start, p.end),))
            if cov > threshold:
                pairs.append((-cov, gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _c, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def evaluate_polnear(articles: list[tuple[str, str, list[dict]]], *, errors: int = 0, seed: int = 0) -> dict:
    """Score ``framing.scan_quotes`` on PolNeAR articles (see the comment above)."""
    n_gold = n_pred = 0
    tp = {0.3: 0, 0.8: 0}
    speaker: list[bool] = []
    antecedent: list[bool] = []  # speaker right, or the antecedent of a gold relative pronoun
    cue: list[bool] = []
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # gold type -> [found, total]
    quoted = [0, 0]
    missed: list[str] = []
    extra: list[str] = []
    wrong: list[str] = []
    for name, text, gold in articles:
        pred = [q for q in scan_quotes(text).quotes if q.kind != "scare"]
        n_gold += len(gold)
        n_pred += len(pred)
        for thr in tp:
            pairs = match_polnear(gold, pred, thr)
            tp[thr] += len(pairs)
            if thr != 0.3:
                continue
            found = {gi for gi, _ in pairs}
            for gi, pi in pairs:
                g, p = gold[gi], pred[pi]
                if g["source"]:
                    ok = _overlaps(g["source"], p.speaker_start, p.speaker_end)
                    speaker.append(ok)
                    antecedent.append(ok or _antecedent(text, g["source"], p.speaker_end))
                    if not ok:
                        src = " ".join(text[s:e] for s, e in g["source"])
                        wrong.append(f"{name}: SPEAKER {p.speaker!r} != {src!r} | cue {p.cue!r} | {p.text[:90]!r}")
                if g["cue"]:
                    ok = _overlaps(g["cue"], p.cue_start, p.cue_end)
                    cue.append(ok)
                    if not ok:
                        wrong.append(f"{name}: CUE {p.cue!r} != {g['cue_text']!r} | {p.text[:90]!r}")
            for gi, g in enumerate(gold):
                hit = gi in found
                by_type[g["cue_type"]][0] += hit
                by_type[g["cue_type"]][1] += 1
                if g["quoted"]:
                    quoted[0] += hit
                    quoted[1] += 1
                if not hit:
                    a, b = g["content"][0][0], g["content"][-1][1]
                    s0 = text.rfind("\n", 0, a) + 1
                    src = " ".join(text[s:e] for s, e in g["source"])
                    missed.append(f"{name}: MISSED [{g['cue_type']}] cue={g['cue_text']!r} source={src!r}\n"
                                  f"    content={text[a:b][:160]!r}\n    context={text[max(s0, a - 120):a][-120:]!r}")
            matched_p = {pi for _, pi in pairs}
            for pi, p in enumerate(pred):
                if pi not in matched_p:
                    extra.append(f"{name}: EXTRA [{p.kind}] {p.text[:120]!r} ({p.speaker!r}, {p.cue!r})")
    res = {"articles": len(articles), "gold": n_gold, "pred": n_pred,
           "prf": {thr: prf(k, n_pred, n_gold) for thr, k in tp.items()},
           "speaker": (sum(speaker) / max(len(speaker), 1), len(speaker)),
           "speaker_antecedent": (sum(antecedent) / max(len(antecedent), 1), len(antecedent)),
           "cue": (sum(cue) / max(len(cue), 1), len(cue)),
           "quoted": (quoted[0] / max(quoted[1], 1), quoted[1]),
           "by_type": {k: (v[0] / max(v[1], 1), v[1]) for k, v in sorted(by_type.items())}}
    if errors:
        rng = random.Random(seed)
        res["errors"] = {k: rng.sample(v, min(errors, len(v))) for k, v in
                         (("missed", missed), ("extra", extra), ("wrong", wrong))}
    return res


def report_polnear(res: dict, label: str) -> None:
    print(f"PolNeAR {label}: {res['articles']} articles, {res['gold']} gold attributions, {res['pred']} predicted")
    print("attributions (content coverage)  precision  recall     F1")
    for thr, (p, r, f) in res["prf"].items():
        print(f"  > {thr:.1f} of the gold content  {p:9.3f} {r:7.3f} {f:7.3f}")
    print("on attributions matched at 0.3:")
    print(f"  speaker span overlaps the gold source {res['speaker'][0]:6.3f}  (n={res['speaker'][1]})")
    print(f"    (a relative pronoun's antecedent counted: {res['speaker_antecedent'][0]:.3f}; benchmarks/README.md)")
    print(f"  cue span overlaps the gold cue        {res['cue'][0]:6.3f}  (n={res['cue'][1]})")
    print("recall:")
    print(f"  gold content with quotation marks     {res['quoted'][0]:6.3f}  (n={res['quoted'][1]})")
    for t, (r, n) in res["by_type"].items():
        print(f"  cue type {t:8s}                     {r:6.3f}  (n={n})")
    for kind, lines in res.get("errors", {}).items():
        print(f"\n{len(lines)} {kind} (random sample):")
        for line in lines:
            print("  " + line)


#: A tiny PolNeAR-format sample written for the smoke run (not PolNeAR text):
#: the text, then (source, cue, content) of each attribution, found in it by str.find.
_SMOKE_TEXT = ("The mayor said the budget would be balanced by June. "
               "“We will not raise taxes,” Ann Ortiz, the council chair, told reporters. "
               "A new poll shows that most residents back the plan.")
_SMOKE_ATTRIBUTIONS = (
    ("The mayor", "said", "the budget would be balanced by June"),
    ("Ann Ortiz", "told", "“We will not raise taxes,”"),
    ("A new poll", "shows", "that most residents back the plan"),
)


def _smoke_ann() -> str:
    lines = []
    for k, parts in enumerate(_SMOKE_ATTRIBUTIONS):
        ids = []
        for j, (role, piece) in enumerate(zip(("Source", "Cue", "Content"), parts)):
            i = _SMOKE_TEXT.find(piece)
            tid = f"T{3 * k + j + 1}"
            ids.append(f"{role}:{tid}")
            lines.append(f"{tid}\t{role} {i} {i + len(piece)}\t{piece}")
        lines.append(f"E{k + 1}\tAttribution:{ids[1].split(':')[1]} " + " ".join(ids))
    return "\n".join(lines) + "\n"


def smoke_polnear() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "dev"
        (base / "text").mkdir(parents=True)
        (base / "attributions").mkdir()
        (base / "text" / "smoke.txt").write_text(_SMOKE_TEXT, encoding="utf-8")
        (base / "attributions" / "smoke_0000.ann").write_text(_smoke_ann(), encoding="utf-8")
        articles = load_polnear(Path(tmp), "dev")
    for _name, text, gold in articles:
        for g in gold:
            for s, e in g["content"] + g["source"] + g["cue"]:
                assert 0 <= s < e <= len(text), (s, e)
        assert [text[s:e] for g in gold for s, e in g["content"]] == [c for _s, _c, c in _SMOKE_ATTRIBUTIONS]
        assert [g["quoted"] for g in gold] == [False, True, False]
    report_polnear(evaluate_polnear(articles), "smoke sample (written for the smoke run)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=None,
                    help="an annotated JSON Lines file (default: the development and the held-out sets)")
    ap.add_argument("--errors", action="store_true", help="list every mistake on the annotated set")
    ap.add_argument("--corpus", help="JSON Lines (.gz) news corpus with a 'text' field: crash check and a sample")
    ap.add_argument("--n", type=int, default=3000, help="articles to read from --corpus")
    ap.add_argument("--sample", type=int, default=30, help="quotes to print from --corpus")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--speed", nargs="?", const="", default=None,
                    help="time analyze with and without quotes (on this JSON Lines corpus, or examples/corpus)")
    ap.add_argument("--mb", type=float, default=20.0, help="MB of text for --speed")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--polnear", type=Path, default=None,
                    help="PolNeAR folder (holding train/ and dev/): score attributions on real news")
    ap.add_argument("--split", default="dev", help="PolNeAR split: dev or train (never test)")
    ap.add_argument("--limit", type=int, default=None, help="PolNeAR: score only the first N articles")
    ap.add_argument("--show", type=int, default=0,
                    help="PolNeAR: print a random sample of N misses, extras and wrong speakers/cues")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI")
    args = ap.parse_args(argv)
    if args.smoke:
        report(evaluate(load_gold(GOLD)[:25]))
        smoke_polnear()
        run_speed(None, 0.2, 1)
        return 0
    if args.polnear is not None:
        articles = load_polnear(args.polnear, args.split, args.limit)
        report_polnear(evaluate_polnear(articles, errors=args.show, seed=args.seed), args.split)
        return 0
    if args.speed is not None:
        run_speed(args.speed or None, args.mb, args.repeat)
        return 0
    if args.corpus:
        run_corpus(args.corpus, args.n, args.sample, args.seed)
        return 0
    sets = [("", args.gold)] if args.gold else [
        ("DEVELOPMENT SET (rules were corrected against it: optimistic)", GOLD),
        ("HELD-OUT SET (written after the rules were frozen, evaluated once)", HELDOUT),
        ("GENERAL-NOUN SET (rules were corrected against it: optimistic)", GENERAL),
        ("GENERAL-NOUN HELD-OUT SET (written after those corrections, evaluated once)", GENERAL2),
        (("SPEAKER SET (written after the speaker-typing rules to measure them, evaluated once, then one "
          "abbreviation fixed)"), SPEAKERS),
    ]
    for title, path in sets:
        if title:
            print(f"\n== {title}: {path.name}")
        report(evaluate(load_gold(path), show_errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
