"""The report in a real browser: headless Chromium renders the page and an annotated article (skipped without it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

_spec = importlib.util.spec_from_file_location("screenshot_report",
                                               Path(__file__).parents[1] / "tools" / "screenshot_report.py")
shots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shots)

pytestmark = pytest.mark.skipif(shots.find_browser() is None, reason="no Chromium installed (apt-get install chromium)")


def test_report_and_article_render(tmp_path):
    import matplotlib.image

    report = shots._smoke_report(tmp_path / "report")
    assert shots.main([str(report), "--out", str(tmp_path / "shots")]) == 0
    for name in ("page.png", "article.png"):
        pixels = matplotlib.image.imread(tmp_path / "shots" / name)
        assert pixels.shape[1] == 1400
        assert pixels[..., :3].std() > 0.05, f"{name} is blank"  # text and marks were drawn
    article = (tmp_path / "shots" / "article.html").read_text()
    assert "<mark class='loaded" in article and "class='spk'" in article  # a loaded term and a speaker marked
