"""The one door through which slow work leaves the GUI thread (STYLE.md §5).

`run_in_background(fn, on_done, on_error)` runs `fn()` on a single worker thread and reports back on
the GUI thread. The work never touches widgets. Jobs queue in order on one thread, so two exports
never race for the same file; a job that was superseded (same `key`, newer submission) is dropped
before it starts, which keeps a fast-moving slider from piling up stale computations.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, is_current: Callable[[], bool]):
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._is_current = is_current

    def run(self) -> None:  # noqa: D401 - Qt override
        if not self._is_current():
            self._relay.done.emit(None)  # superseded: the GUI side drops it and frees the relay
            return
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never swallowed
            self._relay.failed.emit(str(exc) or type(exc).__name__, traceback.format_exc())
            return
        self._relay.done.emit(result)


class Worker(QObject):
    """A single background thread; results and errors come back as signals on the GUI thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation: dict[str, int] = {}
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str, str], None],
        key: str | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)
        generation = 0
        if key is not None:
            generation = self._generation.get(key, 0) + 1
            self._generation[key] = generation

        def is_current() -> bool:
            return key is None or self._generation.get(key) == generation

        def finish_ok(result: Any) -> None:
            self._relays.discard(relay)
            if is_current():
                on_done(result)

        def finish_error(message: str, trace: str) -> None:
            self._relays.discard(relay)
            on_error(message, trace)

        relay.done.connect(finish_ok)
        relay.failed.connect(finish_error)
        self._pool.start(_Job(fn, relay, is_current))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (tests and shutdown only)."""
        return self._pool.waitForDone(msecs)
