"""Chinese names in Traditional script: the ``names`` scanner reads a Traditional Chinese text as
Simplified (``kanmon.scan._hant``), alone and in a ScanSet; Japanese written in kanji alone keeps
its own forms."""

from __future__ import annotations

import pytest

from kanmon.scan import ScanSet
from kanmon.scan._names import names_scanner


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("請把合同交給劉曉燕。", ["劉曉燕"]),
        ("黃志明經理會參加會議，電話：0912-345-678。", ["黃志明"]),
        ("我叫陳建華，聯絡人：張偉。", ["陳建華", "張偉"]),
    ],
)
def test_traditional_chinese_names_are_found(text: str, names: list[str]) -> None:
    for scanner in (names_scanner(), ScanSet.from_names(["pii", "secrets", "names"])):
        found = [text[f.start : f.end] for f in scanner.scan(text) if f.entity == "PERSON"]
        assert found == names


def test_japanese_in_kanji_alone_keeps_its_names() -> None:
    text = "出席者：佐藤 健、鈴木 美咲、田中 翔太"
    found = [text[f.start : f.end] for f in ScanSet.from_names(["names"]).scan(text)]
    assert found == ["佐藤 健", "鈴木 美咲", "田中 翔太"]
