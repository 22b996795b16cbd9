"""Run the Examples sections of every module of the package as doctests (against the installed package).

Every module counts, private ones included: the public functions live in the
stage modules (``framing/comparison/_compare.py`` ...) and are re-exported.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import framing

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(framing.__path__, prefix="framing.")
    if name not in ("framing.data", "framing.lexicons", "framing.__main__")
) + ["framing"]


@pytest.mark.parametrize("module_name", MODULES)
def test_docstring_examples(module_name: str) -> None:
    module = importlib.import_module(module_name)
    result = doctest.testmod(
        module,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        verbose=False,
    )
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {module_name}"
