"""Starting the worker processes of ``n_jobs``, however Python was started.

Workers are forked on Linux: they inherit the lexicons already compiled in
this process (nothing is compiled again or pickled), and nothing re-imports
the ``__main__`` module, so a script without ``if __name__ == "__main__":``,
code piped to ``python -`` and ``python -m module`` all work. Elsewhere
(macOS, Windows), or when this process runs other threads (forking them is
unsafe), workers start a fresh Python (``forkserver`` or ``spawn``) that
re-imports ``__main__``: that needs the main guard and a script file. When the
workers cannot start, the analysis runs in this process with a warning that
says why, never with an error or a hang.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

__all__ = ["start_pool"]

logger = logging.getLogger(__name__)

_ADVICE = (
    "on macOS and Windows worker processes re-import your script: run it from a file (not from stdin) "
    "with the analysis under `if __name__ == \"__main__\":`"
)


def _ping() -> int:
    return os.getpid()


def _start_method() -> str | None:
    """``"fork"`` on Linux in a single-threaded process, else a fresh-interpreter method."""
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _main_importable() -> str | None:
    """Why a fresh interpreter could not re-import ``__main__``, or None if it can."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    spec = getattr(main, "__spec__", None)
    if spec is None and path is not None and not os.path.isfile(path):
        return f"the main module comes from {path!r}, which a worker cannot re-import"
    return None


def start_pool(
    n_jobs: int,
    *,
    inherit: Callable[[], tuple[Callable[..., None], tuple[Any, ...]]],
    rebuild: tuple[Callable[..., None], tuple[Any, ...]],
) -> ProcessPoolExecutor | None:
    """A pool of `n_jobs` started workers, or None (with a warning) if they cannot start.

    Parameters
    ----------
    n_jobs : int
        Worker processes.
    inherit : callable
        Returns ``(initializer, initargs)`` for forked workers, built in this
        process once (e.g. compiled lexicons): forked workers share them.
    rebuild : (initializer, initargs)
        For workers started fresh: picklable arguments they build from.
    """
    method = _start_method()
    if method == "fork":
        initializer, initargs = inherit()
    else:
        reason = _main_importable()
        if reason is not None:
            warnings.warn(
                f"n_jobs={n_jobs}: analysing in this process: {reason} ({method} start method; {_ADVICE})",
                stacklevel=4,
            )
            return None
        initializer, initargs = rebuild
    pool = ProcessPoolExecutor(
        max_workers=n_jobs, mp_context=multiprocessing.get_context(method), initializer=initializer,
        initargs=initargs,
    )
    try:
        # Started (and initialised) now, so that a failure shows here, not halfway through.
        pool.submit(_ping).result()
    except (BrokenProcessPool, RuntimeError, OSError) as exc:
        pool.shutdown(wait=False, cancel_futures=True)
        warnings.warn(
            f"n_jobs={n_jobs}: worker processes could not start ({type(exc).__name__}: {exc}); analysing in "
            f"this process ({method} start method; {_ADVICE})",
            stacklevel=4,
        )
        return None
    logger.debug("started %d workers (%s)", n_jobs, method)
    return pool
