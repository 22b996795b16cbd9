"""The front door: CITATION.cff matches the package, and the README keeps the researcher's start before CI's commands."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).parents[1]


def test_citation_file_names_this_version():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    pyproject = (ROOT / "pyproject.toml").read_text()
    version = re.search(r'^version = "(.+)"', pyproject, re.M).group(1)
    licence = re.search(r'^license = "(.+)"', pyproject, re.M).group(1)
    assert cff["cff-version"] == "1.2.0" and cff["version"] == version
    assert cff["license"] == licence and cff["authors"]


def test_readme_front_door_then_exactly_two_ci_commands():
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"<!-- ci:commands.*?```bash\n(.*?)```", readme, re.S)
    assert block and len(block.group(1).strip().splitlines()) == 2
    assert readme.index("pip install media-framing") < readme.index("<!-- ci:commands")
    assert readme.index("How to cite") < readme.index("<!-- ci:commands")
    assert "session" not in readme  # development history lives in CHANGELOG.md
