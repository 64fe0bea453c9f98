"""Engine creation and migrations. SQLite runs in WAL mode so readers never block the writer."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows has no fcntl: writers there only poll SQLite's lock
    fcntl = None  # type: ignore[assignment]

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import SQLAlchemyError

from kanmon.errors import StoreError
from kanmon.store._pg import StoreTimeouts, bound_engine, connect_args, unbounded

_MIGRATIONS = Path(__file__).parent / "migrations"

# sqlite3 sends every parameter that is not exactly an int, float, str or bytearray through its
# adaptation protocol, which for None fails a lookup of ``__adapt__`` and formats the
# AttributeError's message before dropping it, with the GIL held: ~0.6 µs per NULL, and an
# audit record binds four or more. An adapter for None (a C call that returns None) is found
# by the protocol's first lookup; NULL is still what is bound.
_NO_VALUES: dict[None, None] = {}
sqlite3.register_adapter(type(None), _NO_VALUES.get)
_MIGRATION_LOCK = 0x6B616E6D6F6E  # "kanmon"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL mode survives a process crash (kill -9); only power loss can drop the last
    # commits, and that is the documented trade-off of the embedded default.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA temp_store=MEMORY")
    # Checkpoints run in Database's own thread (see start_checkpointer), not inside whichever
    # commit happens to cross the threshold: that commit used to stall for milliseconds.
    cur.execute("PRAGMA wal_autocheckpoint=0")
    cur.execute("PRAGMA journal_size_limit=67108864")  # keep the reused WAL file bounded
    cur.close()


class Database:
    """One engine per process. With ``timeouts`` (the gateway passes them), every wait for
    PostgreSQL is bounded (see ``_pg``); without, waits are the driver's (CLI, migrations)."""

    def __init__(self, url: str, timeouts: StoreTimeouts | None = None) -> None:
        self.url = url
        self.timeouts = timeouts
        try:
            if url.startswith("sqlite"):
                path = url.split("///", 1)[-1]
                if path and path != ":memory:":
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                self.engine: Engine = create_engine(url, connect_args={"timeout": 10})
                event.listen(self.engine, "connect", _sqlite_pragmas)
            elif timeouts is not None and url.startswith("postgresql+psycopg"):
                self.engine = create_engine(
                    url,
                    pool_pre_ping=True,
                    pool_size=5,
                    max_overflow=5,
                    pool_timeout=timeouts.pool_s,
                    connect_args=connect_args(timeouts, _url_options(url)),
                )
                bound_engine(self.engine, timeouts)
            else:
                self.engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
        except (SQLAlchemyError, ImportError, ValueError) as e:
            raise StoreError(f"store: cannot use {_redact(url)}: {e}") from None

        self._silent_until = 0.0
        self._stop = threading.Event()
        self._checkpointer: threading.Thread | None = None
        self._turn_lock = threading.Lock()
        self._turn_fd: int | None = None

    def mark_silent(self, for_s: float) -> None:
        """The server let a bounded wait run out: callers that can fail fast (key lookups, the
        audit writer) do so for ``for_s`` instead of each waiting out the bound again."""
        self._silent_until = time.monotonic() + for_s

    def silent(self) -> bool:
        return time.monotonic() < self._silent_until

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def write_turn(self) -> Iterator[None]:
        """On a SQLite file, the log's writers (audit writers and checkpoints, in every worker
        process) take turns through a lock file before they ask SQLite for its write lock.
        SQLite's lock has no queue: a writer that polls for it can lose to the same busy
        neighbour many times in a row, which with two workers put ~190 ms on p99
        (bench/gateway_peers.py, 2w). A blocked ``flock`` is woken when the holder lets go, so
        the turns alternate. Elsewhere this is a no-op."""
        fd = self._lock_fd()
        if fd is None:
            yield
            return
        with self._turn_lock:  # flock does not exclude threads sharing one descriptor
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)

    def _lock_fd(self) -> int | None:
        if self._turn_fd is None:
            self._turn_fd = -1
            path = self.engine.url.database if self.is_sqlite else None
            if fcntl is not None and path and path != ":memory:" and not path.startswith("file:"):
                self._turn_fd = os.open(path + "-auditlock", os.O_RDWR | os.O_CREAT, 0o600)
        return self._turn_fd if self._turn_fd >= 0 else None

    def start_checkpointer(self, interval_s: float = 0.5) -> None:
        """SQLite only: fold the WAL back into the database in the background. A PASSIVE
        checkpoint never blocks writers, but under steady writes it never catches up either,
        and SQLite reuses the WAL from its start only after a checkpoint that did: the WAL grew
        past 800 MB in a 20 s benchmark, and the commit that finally started it over stalled
        every writer for ~220 ms. So the bulk is copied without blocking anyone, then
        the few frames appended meanwhile are copied in the writers' turn, which leaves the
        WAL fully checkpointed and lets the next commit start it over."""
        if not self.is_sqlite or self._checkpointer is not None:
            return

        def run() -> None:
            while not self._stop.wait(interval_s):
                try:
                    self.checkpoint()
                except SQLAlchemyError:
                    pass  # busy or closing: the next round catches up

        self._checkpointer = threading.Thread(target=run, name="kanmon-wal", daemon=True)
        self._checkpointer.start()

    def checkpoint(self) -> tuple[int, int] | None:
        """One round of the background checkpoint (see ``start_checkpointer``): the frames in
        the WAL and how many of them are now in the database (None off SQLite)."""
        if not self.is_sqlite:
            return None
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            with self.write_turn():
                row = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
        return int(row[1]), int(row[2])

    def close(self) -> None:
        self._stop.set()
        if self._checkpointer is not None:
            self._checkpointer.join(5)
            self._checkpointer = None
        if self.is_sqlite:
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except SQLAlchemyError:
                pass
        self.engine.dispose()
        fd, self._turn_fd = self._turn_fd, None
        if fd is not None and fd >= 0:
            os.close(fd)

    def is_current(self) -> bool:
        return "alembic_version" in inspect(self.engine).get_table_names()


def _url_options(url: str) -> str | None:
    """``options`` given in the URL's query, which our ``connect_args`` would replace."""
    from sqlalchemy.engine import make_url

    got = make_url(url).query.get("options")
    return got if isinstance(got, str) else None


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def migrate(db: Database, revision: str = "heads") -> None:
    """Bring the schema to ``revision`` with Alembic (idempotent). The default applies every
    head, so migrations written on parallel branches from the same parent all run."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = None
    try:
        with db.engine.begin() as conn, unbounded(conn):
            if not db.is_sqlite:
                # Replicas starting together migrate one after the other (the lock ends with
                # the transaction); on SQLite the first DDL statement takes the write lock.
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except SQLAlchemyError as e:
        raise StoreError(f"store: migration failed on {_redact(db.url)}: {e}") from None
