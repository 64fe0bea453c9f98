"""What a stream's reader tells the steps that consume its chunks."""

from __future__ import annotations

from contextvars import ContextVar

#: Set by an upstream's stream reader before it hands on each chunk: True when the next chunk is
#: already in hand (it follows without waiting for the upstream: the events arrived together).
#: Read at once by the consumer of the stream, in the same task (an async generator runs in
#: its caller's context). False whenever unsure: a consumer that trusts it only defers work
#: to the next chunk, never skips it.
MORE_IN_HAND: ContextVar[bool] = ContextVar("MORE_IN_HAND", default=False)
