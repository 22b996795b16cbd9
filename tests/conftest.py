from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_CORPUS = REPO / "examples" / "corpus"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def example_corpus_dir() -> Path:
    return EXAMPLE_CORPUS


@pytest.fixture(scope="session")
def example_corpus():
    import framing

    return framing.read_corpus(EXAMPLE_CORPUS)


@pytest.fixture(scope="session")
def example_result(example_corpus):
    import framing

    return framing.analyze(example_corpus, lexicons=["hedges", "loaded", "conflict"])
