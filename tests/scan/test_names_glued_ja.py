"""Japanese names written together, with no space and no title: a known surname of two or three
kanji and a known given name in kanji (gimei's list), a run of its own before a particle or a
mark; and the runs of kanji that start with a surname but go on with a word, which stay no
names."""

from __future__ import annotations

import pytest

from kanmon.scan._name_lists import name_lists
from tests.scan._names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("清水大輔によると、来週の会議は中止です。", ["清水大輔"]),
        ("報告書は佐々木美穂が作成した。", ["佐々木美穂"]),  # 々 in the surname
        ("明日は山田太郎と鈴木一郎が来ます。", ["山田太郎", "鈴木一郎"]),
        ("出席者：高橋直樹、中村健太、小林翼", ["高橋直樹", "中村健太", "小林翼"]),
        ("見積もりは井上健太へ送ってください。", ["井上健太"]),
        ("「長谷川拓也」の署名があります。", ["長谷川拓也"]),  # a three-kanji surname
        # a title after the name is still the titled recognizer's, with the same extent
        ("山田部長は欠席です。", ["山田"]),
        ("高橋 直樹と小林 由美が参加します。", ["高橋 直樹", "小林 由美"]),
    ],
)  # fmt: skip
def test_glued_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "田中工業の山本町支店へ行った。",  # a surname, then a company's or a place's word
        "中村屋のカレーは有名です。",
        "松本市役所から連絡がありました。",
        "高橋梁の点検は来月です。",  # a surname's kanji inside a word (高 + 橋梁)
        "東京都の北海道庁で会議がある。",  # runs of kanji that are no surname + given name
        "大学院生が研究室で実験をした。",
        "中国平安，中山大学。",  # Chinese: no Japanese surname + given name
    ],
)
def test_words_are_no_glued_names(text: str) -> None:
    assert names(text) == []


def test_given_names_are_kanji_only() -> None:
    given = name_lists().ja_given_kanji
    assert len(given) > 10_000
    assert {"大輔", "美穂", "翔太"} <= given
    assert all("\u3040" > ch or ch > "\u30ff" for name in given for ch in name)
