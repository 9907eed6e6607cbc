"""Python's cyclic collector, paused while a stage makes many objects and no cycles.

Loading (``pipeline``) and the search index (``publish.search.index``) each make hundreds
of thousands of small objects and no reference cycles; the collector, triggered by the
allocations, would walk them and everything else alive again and again for nothing to free
(two thirds of loading's time at 100×, a fifth of the index's at 10×). It waits until the
stage ends; what is then still alive is frozen (``gc.freeze``) so later collections skip it.
A new load unfreezes first (``fresh=True``), so that a finished build's data can be freed
(``mkdocs serve`` builds again and again in one process).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused(fresh: bool = False) -> Iterator[None]:
    was_enabled = gc.isenabled()
    if fresh:
        gc.unfreeze()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
