"""Look at a report as a reader would: headless Chromium screenshots of report.html.

Usage::

    python tools/screenshot_report.py examples/output/report.html --out /tmp/shots
    python tools/screenshot_report.py --smoke      # a tiny report, then its screenshot

Writes ``page.png`` (the top of the page, 1400 px wide, laptop-sized), and
``article.png`` (the first annotated article, opened). Exits 0 without doing
anything, saying so, when no Chromium is installed (CI may not have it):
install it with ``apt-get install chromium``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str | None:
    """The first headless-capable Chromium on the PATH, or None."""
    return next((b for b in map(shutil.which, BROWSERS) if b), None)


def screenshot(browser: str, page: Path, png: Path, *, width: int = 1400, height: int = 2400) -> Path:
    """One screenshot of `page` (a local HTML file) into `png`."""
    profile = tempfile.mkdtemp(prefix="framing-chromium-")
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           f"--screenshot={png}", f"--window-size={width},{height}", page.resolve().as_uri()]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    shutil.rmtree(profile, ignore_errors=True)
    return png


def article_page(report: Path, out: Path) -> Path:
    """The report's styles and its first annotated article, opened, as a page of its own."""
    html = report.read_text(encoding="utf-8")
    style = re.search(r"<style>.*?</style>", html, re.S)
    first = re.search(r"<p class='legend note'>.*?</p>\s*<details class='article'.*?</details>", html, re.S)
    if first is None:
        raise SystemExit(f"{report}: no annotated article in this report")
    body = first.group(0).replace("<details class='article'", "<details open class='article'", 1)
    page = out / "article.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'>{style.group(0) if style else ''}</head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    return page


def _smoke_report(folder: Path) -> Path:
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    import framing

    texts = ['"It was a reprisal," an official said. The base was reportedly hit.',
             "Officials said the strikes were defensive. Possibly more will follow."] * 4
    corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A", "B"] * 4, "text": texts}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = framing.analyze(corpus)
        comparison = framing.run_comparison(result, n_boot=100, cv=2)
        framing.write_comparison(comparison, folder, result=result, figures=False)
    return folder / "report.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", nargs="?", help="report.html to look at")
    parser.add_argument("--out", default=None, help="folder for the PNGs (default: next to the report)")
    parser.add_argument("--smoke", action="store_true", help="build a tiny report and screenshot it")
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("no Chromium found (apt-get install chromium); nothing to do")
        return 0
    if args.smoke:
        report = _smoke_report(Path(tempfile.mkdtemp(prefix="framing-report-")))
    elif args.report:
        report = Path(args.report)
    else:
        parser.error("give a report.html, or --smoke")
    out = Path(args.out) if args.out else report.parent
    out.mkdir(parents=True, exist_ok=True)
    for png in (screenshot(browser, report, out / "page.png"),
                screenshot(browser, article_page(report, out), out / "article.png", height=1600)):
        print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
