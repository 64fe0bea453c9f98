"""Findings built column by column (``findings_of``) are the ones the constructor builds."""

from __future__ import annotations

import pickle

import pytest

from kanmon.core.finding import Finding, findings_of
from kanmon.scan import ScanSet
from kanmon.scan._pattern import resolve_overlaps


def test_the_same_findings_as_the_constructor() -> None:
    spans = [(0, 4, 0.75, "PHONE"), (5, 5, 1.0, "EMPTY"), (9, 30, 0.0, "EMAIL")]
    built = findings_of(spans, "pii", "messages[0].content")
    assert built == [Finding(e, s, t, c, "pii", "messages[0].content") for s, t, c, e in spans]
    assert [hash(f) for f in built] == [hash(Finding(e, s, t, c, "pii", "messages[0].content"))
                                        for s, t, c, e in spans]  # fmt: skip
    assert pickle.loads(pickle.dumps(built)) == built
    with pytest.raises(AttributeError):
        built[0].start = 1  # type: ignore[misc]  # still frozen


def test_spans_tagged_with_their_scanner() -> None:
    built = findings_of([(1, 2, 0.5, "A", "pii"), (3, 4, 0.9, "B", "secrets")], "ignored")
    assert [(f.entity, f.scanner, f.location) for f in built] == [
        ("A", "pii", ""),
        ("B", "secrets", ""),
    ]


@pytest.mark.parametrize(
    "span",
    [
        (-1, 2, 0.5, "A"),
        (3, 2, 0.5, "A"),
        (0, 2, 1.5, "A"),
        (0, 2, -0.1, "A"),
        (0, 2, float("nan"), "A"),
    ],
)
def test_a_bad_span_raises_as_the_constructor_does(span: tuple[int, int, float, str]) -> None:
    with pytest.raises(ValueError):
        findings_of([(0, 1, 0.5, "OK"), span], "pii")


def test_a_scan_set_reports_what_its_scanners_report_after_overlaps() -> None:
    # Two pattern scanners: spans meet before they are findings; the answer is the one the
    # findings of each scanner, resolved together, give.
    text = (
        "card 4111 1111 1111 1111, key AKIAIOSFODNN7EXAMPLE, mail anna@example.org, +49 30 1234567"
    )
    both = ScanSet.from_names(["pii", "secrets"])
    each = [f for s in both.scanners for f in s.scan(text, "m")]
    assert both.scan(text, "m") == resolve_overlaps(each)
    assert {f.entity for f in both.scan(text, "m")} >= {"CREDIT_CARD", "AWS_ACCESS_KEY", "EMAIL"}
