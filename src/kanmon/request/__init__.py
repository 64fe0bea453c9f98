"""The request's typed state and the step protocols: the floor every step and every entry point
stands on. Imports nothing of Kanmon's above the core, the scanners' types and the limits'
reservation."""

from kanmon.request._exchange import (
    Exchange,
    Inbound,
    Mark,
    Operation,
    ScanState,
    new_request_id,
)
from kanmon.request._parse import parse_step
from kanmon.request._path import (
    RequestPath,
    StreamRun,
    estimate_tokens,
    estimate_usage,
    status_of,
    take_usage,
)
from kanmon.request._steps import (
    Caller,
    ChunkFilter,
    ChunkStream,
    Finisher,
    InputStep,
    Observer,
    OutputFilter,
    ServedStep,
    StepList,
)
from kanmon.request._trace import TraceContext, caller_context, new_span_id, parse_traceparent

__all__ = [
    "Caller",
    "ChunkFilter",
    "ChunkStream",
    "Exchange",
    "Finisher",
    "Inbound",
    "InputStep",
    "Mark",
    "Observer",
    "Operation",
    "OutputFilter",
    "RequestPath",
    "ScanState",
    "ServedStep",
    "StepList",
    "StreamRun",
    "TraceContext",
    "caller_context",
    "estimate_tokens",
    "estimate_usage",
    "new_request_id",
    "new_span_id",
    "parse_step",
    "parse_traceparent",
    "status_of",
    "take_usage",
]
