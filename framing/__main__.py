"""``python -m framing``: the command line, as the ``framing`` script."""

from __future__ import annotations

from framing.output.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
