"""The <think> splitter on hand-made chunk sequences, including every possible cut point."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kanmon.providers._reasoning import ThinkTagStreamNormaliser, split_think_tags


def _run(pieces: list[str]) -> tuple[str, str]:
    n = ThinkTagStreamNormaliser()
    content = reasoning = ""
    chunks: list[dict[str, Any]] = []
    for i, p in enumerate(pieces):
        last = i == len(pieces) - 1
        chunks += n.feed(
            {
                "choices": [
                    {"index": 0, "delta": {"content": p}, "finish_reason": "stop" if last else None}
                ]
            }
        )
    chunks += n.finish()
    for c in chunks:
        d = c["choices"][0]["delta"]
        content += d.get("content") or ""
        reasoning += d.get("reasoning_content") or ""
    return reasoning, content


def test_blank_line_after_close_tag_in_a_later_chunk_is_dropped() -> None:
    assert _run(["<think>hm", "m</think>", "\n", "\n", "Answer."]) == ("hmm", "Answer.")


def test_newlines_inside_the_answer_are_kept() -> None:
    assert _run(["<think>x</think>\n\nA", "\n\nB"]) == ("x", "A\n\nB")


def test_no_think_block_passes_through() -> None:
    assert _run(["\n", "Hello", " <think> is just text here"]) == (
        "",
        "\nHello <think> is just text here",
    )


FULL = "<think>step 1\nstep 2</think>\n\nThe answer is 42."


@given(st.lists(st.integers(min_value=0, max_value=len(FULL)), max_size=6))
def test_any_cut_points_give_the_same_split(cuts: list[int]) -> None:
    points = sorted(set(cuts))
    pieces = [FULL[a:b] for a, b in zip([0, *points], [*points, len(FULL)], strict=True)]
    pieces = [p for p in pieces if p]
    assert _run(pieces) == ("step 1\nstep 2", "The answer is 42.")
    msg = {"content": FULL}
    split_think_tags(msg)
    assert msg == {"content": "The answer is 42.", "reasoning_content": "step 1\nstep 2"}
