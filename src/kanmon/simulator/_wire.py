"""HTTP plumbing shared by the OpenAI and Anthropic routes: errors, bodies, auth, SSE, faults."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import socket
import struct
from collections.abc import Sequence
from typing import Any, Literal

import orjson
from aiohttp import web

from kanmon.simulator._config import Fault, ModelBehaviour
from kanmon.simulator._state import Admission, SimState

SIMULATOR_HEADER = "x-kanmon-simulator"
FINGERPRINT = "kanmon-simulator"
STATE_KEY = web.AppKey("kanmon_sim_state", SimState)
FAULT_HEADER = "x-sim-fault"
#: Events sent intact before ``malformed_sse`` / ``midstream_reset`` strike.
GOOD_EVENTS_BEFORE_FAULT = 2

Dialect = Literal["openai", "anthropic"]

_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    503: "overloaded_error",
}


class SimRequestError(Exception):
    """Ends one request with an error body in the dialect of the route (see ``render``)."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        type_: str = "invalid_request_error",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.type = type_
        self.headers = headers or {}

    def render(self, dialect: Dialect) -> web.Response:
        if dialect == "anthropic":
            kind = _ANTHROPIC_TYPES.get(self.status, "api_error")
            body: dict[str, Any] = {
                "type": "error",
                "error": {"type": kind, "message": self.message},
            }
        else:
            body = {
                "error": {
                    "message": self.message,
                    "type": self.type,
                    "param": self.param,
                    "code": self.code,
                }
            }
        return json_response(body, status=self.status, headers=self.headers)


def dialect_of(request: web.Request) -> Dialect:
    return "anthropic" if request.path.startswith("/v1/messages") else "openai"


def json_response(
    data: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    return web.Response(
        body=orjson.dumps(data), status=status, content_type="application/json", headers=headers
    )


async def read_object(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise SimRequestError(400, "We could not parse the JSON body of your request.") from None
    if not isinstance(data, dict):
        raise SimRequestError(400, "The request body must be a JSON object.")
    return data


def require_model(body: dict[str, Any]) -> str:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise SimRequestError(400, "you must provide a model parameter", param="model")
    return model


def optional_int(body: dict[str, Any], key: str, *, minimum: int = 1) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise SimRequestError(400, f"Invalid '{key}': expected an integer >= {minimum}.", param=key)
    return value


def check_auth(request: web.Request, api_key: str | None, *, accept_x_api_key: bool) -> None:
    if api_key is None:
        return
    offered = ""
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        offered = auth[7:].strip()
    elif accept_x_api_key:
        offered = request.headers.get("x-api-key", "")
    # Constant-time compare: the simulator is a test tool, but it should not teach bad habits.
    if not offered or not hmac.compare_digest(offered.encode(), api_key.encode()):
        raise SimRequestError(
            401,
            "Incorrect API key provided (simulator).",
            code="invalid_api_key",
            type_="invalid_request_error",
        )


def forced_fault(request: web.Request) -> Fault | None:
    value = request.headers.get(FAULT_HEADER)
    if value is None:
        return None
    try:
        return Fault(value.strip().lower())
    except ValueError:
        modes = ", ".join(f.value for f in Fault)
        raise SimRequestError(
            400, f"{FAULT_HEADER}: unknown fault {value!r}; expected one of {modes}"
        ) from None


def abort(request: web.Request) -> None:
    """Drop the connection; SO_LINGER 0 makes the kernel send RST, as a crashed peer would."""
    transport = request.transport
    if transport is None:
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError, AttributeError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


def _error_for(fault: Fault) -> SimRequestError | None:
    if fault is Fault.HTTP_500:
        msg = "The server had an error while processing your request. Sorry about that!"
        return SimRequestError(500, msg, type_="server_error")
    if fault is Fault.HTTP_503:
        msg = "The engine is currently overloaded, please try again later."
        return SimRequestError(503, msg, type_="server_error", code="overloaded")
    if fault is Fault.HTTP_429:
        return SimRequestError(
            429,
            "Rate limit reached for requests (simulated).",
            type_="requests",
            code="rate_limit_exceeded",
            headers={"Retry-After": "0", "x-ratelimit-remaining-requests": "0"},
        )
    return None


# What a load balancer in front of a dead backend answers: HTML, not JSON.
_BAD_GATEWAY_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)


async def fault_before_body(
    request: web.Request, state: SimState, behaviour: ModelBehaviour, fault: Fault | None
) -> web.StreamResponse | None:
    """Act on faults that strike before any body byte; None means "answer normally"."""
    if fault is None:
        return None
    error = _error_for(fault)
    if error is not None:
        return error.render(dialect_of(request))
    if fault is Fault.HTTP_502:
        return web.Response(body=_BAD_GATEWAY_HTML, status=502, content_type="text/html")
    if fault is Fault.RESET:
        abort(request)
        return web.Response()  # never sent: the transport is gone
    if fault is Fault.TIMEOUT:
        # Hold the request open. The handler is cancelled when the client hangs up
        # (handler_cancellation), and `closing` releases it at shutdown; hang_max_s is a
        # backstop so a forgotten client cannot pin a task forever.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(state.closing.wait(), state.config.hang_max_s)
        abort(request)
        return web.Response()
    if fault is Fault.SLOW_FIRST_BYTE:
        await asyncio.sleep(behaviour.slow_first_byte_ms / 1000)
    return None


async def send_body(request: web.Request, body: bytes, fault: Fault | None) -> web.StreamResponse:
    """Send a complete JSON answer, or the broken variant a stream-only fault maps to."""
    if fault in (Fault.BAD_JSON, Fault.MALFORMED_SSE):
        # A body cut in half is the most common real-world "invalid JSON" from an upstream.
        return web.Response(body=body[: len(body) // 2], content_type="application/json")
    if fault is Fault.MIDSTREAM_RESET:
        resp = web.StreamResponse(headers={"Content-Type": "application/json"})
        resp.content_length = len(body)
        await resp.prepare(request)
        await resp.write(body[: len(body) // 2])
        abort(request)
        return resp
    return web.Response(body=body, content_type="application/json")


def sse(data: Any, event: str | None = None) -> bytes:
    head = f"event: {event}\n".encode() if event else b""
    return head + b"data: " + orjson.dumps(data) + b"\n\n"


async def send_stream(
    request: web.Request,
    events: Sequence[bytes],
    *,
    delay_ms: int,
    fault: Fault | None,
    bad_event: bytes,
    done: bytes = b"",
) -> web.StreamResponse:
    """Write pre-rendered SSE events with ``delay_ms`` between them, applying stream faults."""
    if fault is Fault.BAD_JSON:
        # A stream was asked for, but a JSON content type with a broken body comes back.
        first = events[0].split(b"data: ", 1)[-1] if events else b"{}"
        return web.Response(body=first[: len(first) // 2], content_type="application/json")
    resp = web.StreamResponse(
        headers={
            "Content-Type": "text/event-stream; charset=utf-8",
            "Cache-Control": "no-cache",
        }
    )
    await resp.prepare(request)
    # Strike after a couple of good events, but always before the end of a short stream.
    strike = max(0, min(GOOD_EVENTS_BEFORE_FAULT, len(events) - 1))
    try:
        for i, event in enumerate(events):
            if i and delay_ms:
                await asyncio.sleep(delay_ms / 1000)
            if i == strike and fault is Fault.MALFORMED_SSE:
                await resp.write(bad_event + done)
                await resp.write_eof()
                return resp
            if i == strike and fault is Fault.MIDSTREAM_RESET:
                abort(request)
                return resp
            await resp.write(event)
        if done:
            await resp.write(done)
        await resp.write_eof()
    except ConnectionResetError:
        pass  # the client went away mid-stream; nothing left to do
    return resp


async def begin(
    request: web.Request, state: SimState, model: str, *, stream: bool
) -> tuple[ModelBehaviour, Admission, web.StreamResponse | None]:
    """Resolve the model, count the request, wait ``latency_ms`` and apply early faults.

    Returns the behaviour, the admission and, when a fault already answered, that response.
    """
    behaviour = state.behaviour_for(model)
    if behaviour is None:
        raise SimRequestError(
            404,
            f"The model `{model}` does not exist or you do not have access to it.",
            code="model_not_found",
        )
    admission = state.admit(model, behaviour, stream=stream, forced=forced_fault(request))
    if behaviour.latency_ms:
        await asyncio.sleep(behaviour.latency_ms / 1000)
    early = await fault_before_body(request, state, behaviour, admission.fault)
    return behaviour, admission, early
