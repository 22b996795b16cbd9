"""Run the Examples sections of every public module as doctests (against the installed package)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import framing

MODULES = sorted(
    name
    for _, name, _ in pkgutil.iter_modules(framing.__path__, prefix="framing.")
    if not name.rsplit(".", 1)[-1].startswith("_") and name not in ("framing.data",)
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
