"""``SimulatorThread``: a simulator on its own event loop, for synchronous tests and demos."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

from kanmon.simulator._config import Fault, ModelBehaviour, SimulatorConfig
from kanmon.simulator._server import Simulator

T = TypeVar("T")


class SimulatorThread:
    """A simulator on its own event loop in a daemon thread, for synchronous tests and demos."""

    def __init__(
        self,
        config: SimulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        start_timeout: float = 10.0,
    ) -> None:
        self._config = config
        self._host = host
        self._port = port
        self._start_timeout = start_timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._sim: Simulator | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def simulator(self) -> Simulator:
        """The underlying ``Simulator`` (its state lives on the simulator thread's loop)."""
        if self._sim is None:
            raise RuntimeError("the simulator thread is not started")
        return self._sim

    @property
    def port(self) -> int:
        return self.simulator.port

    @property
    def root_url(self) -> str:
        return self.simulator.root_url

    @property
    def base_url(self) -> str:
        return self.simulator.base_url

    def start(self) -> SimulatorThread:
        """Start serving; returns once the socket listens (raises if it cannot bind)."""
        if self._thread is not None:
            raise RuntimeError("the simulator thread was already started")
        self._thread = threading.Thread(target=self._run, name="kanmon-simulator", daemon=True)
        self._thread.start()
        if not self._ready.wait(self._start_timeout):
            raise TimeoutError("the simulator did not start in time")
        if self._error is not None:
            self._thread.join()
            raise self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            sim = Simulator(self._config, host=self._host, port=self._port)
            loop.run_until_complete(sim.start())
            self._sim = sim
        except BaseException as e:  # reported to start() in the caller's thread
            self._error = e
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def _call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the simulator's loop: its state is only ever touched from there."""
        loop, thread = self._loop, self._thread
        if loop is not None and loop.is_running():
            return asyncio.run_coroutine_threadsafe(_sync(fn), loop).result(timeout=30)
        if thread is not None and not thread.is_alive() and self._sim is not None:
            # Stopped: no loop touches the state any more, so calling here is safe
            # (e.g. printing stats after a demo has shut everything down).
            return fn()
        raise RuntimeError("the simulator thread is not running")

    def stop(self) -> None:
        """Stop serving and join the thread. Safe to call twice."""
        thread, loop, sim = self._thread, self._loop, self._sim
        if thread is None or loop is None or sim is None or not thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(sim.stop(), loop).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)

    def stats(self) -> dict[str, Any]:
        """Per-model counters, as ``GET /_sim/stats``; still readable after ``stop()``."""
        return self._call(self.simulator.stats)

    def reset(self) -> None:
        self._call(self.simulator.reset)

    def traced(self) -> list[dict[str, str | None]]:
        """The trace context of each API request that carried one (``Simulator.traced``)."""
        return self._call(self.simulator.traced)

    def set_model(self, name: str, behaviour: ModelBehaviour) -> None:
        self._call(lambda: self.simulator.set_model(name, behaviour))

    def set_fault(
        self,
        name: str,
        fault: Fault | str | None,
        *,
        fault_rate: float | None = None,
        fail_first: int = 0,
    ) -> None:
        sim = self.simulator
        self._call(lambda: sim.set_fault(name, fault, fault_rate=fault_rate, fail_first=fail_first))

    def __enter__(self) -> SimulatorThread:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


async def _sync(fn: Callable[[], T]) -> T:
    return fn()
