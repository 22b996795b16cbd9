"""Stage 8, output: figures, the HTML report, table files and the command line.

- ``plot``: seaborn figures from comparison tables.
- ``report``: :func:`run_comparison` (every comparison an analysis supports)
  and :func:`write_comparison` (tables, figures and one self-contained HTML file).
- ``cli``: the ``framing`` command and :func:`write_tables`.

Output may import every earlier stage; nothing imports output except the
package's own ``__init__``.
"""

from __future__ import annotations

from framing.output.cli import write_tables
from framing.output.report import Comparison, run_comparison, write_comparison

__all__ = ["Comparison", "run_comparison", "write_comparison", "write_tables"]
