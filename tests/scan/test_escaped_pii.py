"""Personal data in a text written as the inside of a JSON string (a tool's result serialised
by ``json.dumps``, which writes every letter past ASCII as a ``\\u`` escape) is found as in the
plain text, at the escapes it was written as, and redacting it leaves valid JSON
(``kanmon.scan._escaped``)."""

from __future__ import annotations

import json

import pytest

from kanmon.scan import ScanSet
from kanmon.scan._operators import Tag, apply_operators

TEXTS = [
    "客户张伟的手机号是 138 0013 8000，身份证号 11010519491231002X，邮箱 zhang.wei@example.cn。",
    "Меня зовут Ольга Смирнова, мой ИНН 500100732259, телефон +7 916 123-45-67.",
    "Hi, my name is Anna Whitfield and I'd like to update the card on file to 4539 2178 4406 1525.",
    "担当は佐藤美咲です。電話 03-1234-5678、メール m.sato@example.jp までご連絡ください。",
]


@pytest.fixture(scope="module")
def scanners() -> ScanSet:
    return ScanSet.from_names(["pii", "secrets", "names"])


def _found(scanners: ScanSet, text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in scanners.scan(text)]


@pytest.mark.parametrize("plain", TEXTS)
@pytest.mark.parametrize("ascii_only", [True, False])
def test_serialised_text_yields_the_plain_findings(
    scanners: ScanSet, plain: str, ascii_only: bool
) -> None:
    expected = _found(scanners, plain)
    assert len(expected) >= 2
    text = json.dumps({"result": {"note": plain}}, ensure_ascii=ascii_only)
    got = [(entity, json.loads(f'"{span}"')) for entity, span in _found(scanners, text)]
    assert got == expected


@pytest.mark.parametrize("plain", TEXTS)
def test_redacting_serialised_text_keeps_it_json(scanners: ScanSet, plain: str) -> None:
    text = json.dumps({"note": plain, "list": [plain]})
    found = scanners.scan(text)
    redacted = apply_operators(text, found, {}, Tag())
    note = json.loads(redacted)["note"]
    for entity, value in _found(scanners, plain):
        assert value not in note
        assert f"<{entity}>" in note


def test_a_single_scanner_reads_escapes_too() -> None:
    (pii,) = ScanSet.from_names(["pii"]).scanners
    text = json.dumps({"note": "邮箱 zhang.wei@example.cn\n电话 138 0013 8000"})
    assert sorted(f.entity for f in pii.scan(text)) == ["EMAIL", "PHONE"]
