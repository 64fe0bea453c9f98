"""The client wire formats Kanmon speaks besides chat completions, as pure functions: an OpenAI
Responses or Anthropic Messages request becomes a chat-completions request for the one request
path, and a chat completion (or its chunks) becomes the caller's response (or its events)."""

from kanmon.wire._answer import answer_as
from kanmon.wire._common import parse_arguments
from kanmon.wire._messages_in import ANTHROPIC_EXTRAS, messages_to_chat
from kanmon.wire._messages_out import (
    STOP_REASONS,
    MessagesStream,
    message_from_chat,
    message_id,
)
from kanmon.wire._responses_events import ResponsesStream
from kanmon.wire._responses_in import input_messages, responses_to_chat
from kanmon.wire._responses_out import ResponseShell, response_from_chat, response_id
from kanmon.wire._responses_up import (
    chat_from_response,
    chat_to_responses,
    finish_reason,
    usage_from_responses,
)
from kanmon.wire._tools import ToolUse, assistant_turn, call_names, count, tool_use

__all__ = [
    "ANTHROPIC_EXTRAS",
    "STOP_REASONS",
    "MessagesStream",
    "ResponseShell",
    "ResponsesStream",
    "ToolUse",
    "answer_as",
    "assistant_turn",
    "call_names",
    "chat_from_response",
    "chat_to_responses",
    "count",
    "finish_reason",
    "input_messages",
    "message_from_chat",
    "message_id",
    "messages_to_chat",
    "parse_arguments",
    "response_from_chat",
    "response_id",
    "responses_to_chat",
    "tool_use",
    "usage_from_responses",
]
