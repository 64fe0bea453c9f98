"""Where a lexical signal stands in its text, and what that makes it weigh: a quarter when the
text reports it (a quotation, a listed example or a fenced payload in a text about attacks),
gives it as an example ("lines such as '…'"), gives its order to people ("the teacher told us
to …") or retires a thing's rules ("旧防火墙规则已作废"); half when the text merely quotes it;
and where a signal found in decoded text lies in the text as written."""

from __future__ import annotations

from kanmon.scan._injection_addressed import addressed_to_people
from kanmon.scan._injection_decode import Decoded, _CharOffsets
from kanmon.scan._injection_quotes import exemplified, fenced, listed, quoted, quoted_tail
from kanmon.scan._injection_regions import Talk
from kanmon.scan._injection_respelt import byte_span, byte_spans
from kanmon.scan._injection_things import instructions_of_thing, owned_by_thing


def reported(talk: Talk, data: bytes, a: int, b: int) -> bool:
    """In a text that reports attacks (``talk.reporting()``), the span at bytes ``a:b`` is one
    it reports: a quotation, or an example it lists or a payload it fences, unless the text
    then asks for it to be done ("now do exactly that")."""
    if quoted(data, a, b) or quoted_tail(data, a, b):
        return True
    return (listed(data, a, b) or fenced(data, a, b)) and not talk.carried_out()


def damping(talk: Talk, data: bytes, a: int, b: int) -> float:
    """What the signal at bytes ``a:b`` of ``data`` weighs, as a share of its own weight."""
    if (
        (talk.reporting() and reported(talk, data, a, b))
        or exemplified(data, a, b)
        or addressed_to_people(data, a, b)
        or owned_by_thing(data, a, b)
        or instructions_of_thing(data, a, b)
    ):  # reported, given as an example ("lines such as '…'"), told people, a thing's rules
        return 0.25
    if quoted(data, a, b, typographic=True):  # one a text quotes
        return 0.5
    return 1.0


def spans_in(
    text: str, d: Decoded, plain: bytes, hits: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """Where each signal found in a decoded text lies in ``text``, as bytes: its own span when
    the decoding put a letter for a letter (look-alikes, styled letters), else the decoded
    stretch's."""
    if len(d.text) != d.end - d.start:
        return [byte_span(text, d.start, d.end)] * len(hits)
    at = _CharOffsets(plain)
    return byte_spans(
        text, [(d.start + ca, d.start + cb) for ca, cb in (at.span(a, b) for _, a, b in hits)]
    )
