"""The gateway's log: stdlib ``logging`` with one formatter for the whole process (text, or one
JSON object per line), and one line per request, written after the request ended.

A request line names the request (its id, the same as in the audit record and the trace),
never its content: no key, no prompt, no completion, no finding's text."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
import time
from typing import IO, Any

import orjson

from kanmon.config import KanmonConfig
from kanmon.request import Exchange

#: Request lines are logged here at info; events (startup, reloads, errors) by each package.
REQUEST_LOGGER = "kanmon.requests"

#: A record carrying these fields (``extra={FIELDS: {...}}``) has them as JSON keys.
FIELDS = "kanmon"

# LogRecord's own attributes: anything else on a record came in through ``extra``.
_STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {
    "message",
    "asctime",
    "color_message",  # uvicorn's copy of the message with terminal colours
    FIELDS,
}


def _utc(created: float) -> str:
    return dt.datetime.fromtimestamp(created, dt.UTC).isoformat(timespec="milliseconds")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, the record's fields, the error."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": _utc(record.created),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, FIELDS, None)
        if isinstance(fields, dict):
            out.update(fields)
        else:  # another library's record: what it passed in ``extra``
            for k, v in record.__dict__.items():
                if k not in _STANDARD and k not in out:
                    out[k] = v
        if record.exc_info:
            out["error"] = self.formatException(record.exc_info)
        return orjson.dumps(out, default=str).decode()


class TextFormatter(logging.Formatter):
    """The familiar line, with a request's fields appended as ``key=value``."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatMessage(self, record: logging.LogRecord) -> str:
        line = super().formatMessage(record)
        fields = getattr(record, FIELDS, None)
        if isinstance(fields, dict):
            line += " " + " ".join(f"{k}={v}" for k, v in fields.items() if v is not None)
        return line


def configure_logging(config: KanmonConfig, stream: IO[str] | None = None) -> logging.Handler:
    """Send the process' log to ``stream`` (stderr) in the configured format and level; the
    handler returned is the only one on the root logger."""
    settings = config.logging
    level = (settings.level or config.log_level).upper()
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if settings.format == "json" else TextFormatter())
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(handler)
    root.setLevel(level)
    # neither format shows them: each record would look them up for nothing
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    return handler


def wants_request_lines(config: KanmonConfig) -> bool:
    level = (config.logging.level or config.log_level).upper()
    return logging.getLevelNamesMapping()[level] <= logging.INFO


class RequestLog:
    """The observer that writes a request's line once it ended."""

    # a line has the request's latency, not its steps: no marks (``kanmon.request.StepList``)
    times_steps = False
    times_call = False

    def __init__(self) -> None:
        self.log = logging.getLogger(REQUEST_LOGGER)

    def done(self, ex: Exchange) -> None:
        """Written on the loop's next turn, after the answer went out."""
        if not self.log.isEnabledFor(logging.INFO):
            return
        end = time.perf_counter()
        try:
            asyncio.get_running_loop().call_soon(self._write, ex, end)
        except RuntimeError:  # no loop (a synchronous caller): now
            self._write(ex, end)

    def _write(self, ex: Exchange, end: float) -> None:
        p, dep, tc = ex.principal, ex.deployment, ex.trace
        fields = {
            "event": "request",
            "request_id": ex.request_id,
            "key_id": p.key_id if p is not None else None,
            "endpoint": ex.endpoint,
            "route": ex.model,
            "deployment": dep.id if dep is not None else None,
            "status": ex.status,
            "decision": ex.decision,
            "error": ex.error_code,
            "latency_ms": round((end - ex.started) * 1000, 3),
            "trace_id": tc.trace_id if tc is not None and tc.sampled else None,
        }
        # made directly: ``info`` would walk the stack for a caller no line shows
        self.log.handle(
            self.log.makeRecord(
                REQUEST_LOGGER, logging.INFO, "", 0, "request", (), None, None, {FIELDS: fields}
            )
        )
