"""What the parse step counts of a request's tools (``kanmon.wire.tool_use``)."""

from __future__ import annotations

from kanmon.wire import tool_use


def test_a_request_without_tools_gives_none() -> None:
    body = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello", "tool_calls": None},
            "not a message",
        ]
    }
    assert tool_use(body) is None
    assert tool_use({"messages": []}) is None
    assert tool_use({"tools": [], "messages": [{"role": "user", "content": "x"}]}) is None


def test_offered_called_and_results_are_counted() -> None:
    body = {
        "tools": [
            {"type": "function", "function": {"name": "lookup"}},
            {"type": "function", "function": {"name": 3}},
            "junk",
        ],
        "messages": [
            {"role": "user", "content": "find it"},
            {
                "role": "assistant",
                "tool_calls": [
                    {"id": "a", "function": {"name": "lookup", "arguments": "{}"}},
                    {"id": "b", "function": {"name": "fetch", "arguments": "{}"}},
                ],
            },
            {"role": "tool", "tool_call_id": "a", "content": "42"},
            {"role": "function", "name": "fetch", "content": "43"},
        ],
    }
    use = tool_use(body)
    assert use is not None
    assert use.offered == ["lookup"]
    assert use.called == ["lookup", "fetch"]
    assert use.results == 2
    assert use.names == frozenset({"lookup", "fetch"})


def test_a_lone_tool_result_is_counted() -> None:
    use = tool_use({"messages": [{"role": "tool", "tool_call_id": "a", "content": "1"}]})
    assert use is not None and use.results == 1 and use.called == [] and use.offered == []
