"""Checks that the article table's column names are unambiguous.

Every feature column of ``Analysis.articles`` must have one source: a
lexicon category's counts, or a feature family's, never an input metadata
column of the same name, and never two lexicon categories at once
(lexicon ``x`` with category ``y_z`` and lexicon ``x_y`` with category ``z``
would both write ``x_y_z_n``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from framing.corpus import CorpusError
from framing.dictionary import Lexicon

__all__ = ["check_lexicon_columns", "check_metadata_columns"]


def check_lexicon_columns(lexs: Sequence[Lexicon]) -> None:
    """Raise ValueError if two lexicon categories (or a lexicon's totals) would share a column name."""
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for lx in lexs:
        names = {f"{lx.name}_n": f"lexicon {lx.name!r} (total)"}
        names.update({f"{lx.name}_{cat}_n": f"lexicon {lx.name!r} category {cat!r}" for cat in lx.categories})
        for col, who in names.items():
            if col in owner and owner[col] != who:
                clashes.append(f"{col!r} from {owner[col]} and {who}")
            owner.setdefault(col, who)
    if clashes:
        raise ValueError(
            "lexicons: column names would collide: " + "; ".join(clashes)
            + ". Rename a lexicon or a category so that each writes its own columns"
        )


def check_metadata_columns(metadata: Iterable[str], features: Iterable[str]) -> None:
    """Raise :class:`CorpusError` if an input metadata column has a feature column's name."""
    taken = sorted(set(metadata) & set(features))
    if taken:
        raise CorpusError(
            f"input column(s) {taken} have the names of feature columns of the analysis; rename them "
            f"(e.g. frame.rename(columns={{{taken[0]!r}: 'input_{taken[0]}'}})) so that no feature is read twice"
        )
