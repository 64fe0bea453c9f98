"""The opt-in names scanner: titled names in six languages, and words that only look titled."""

from __future__ import annotations

import pytest

from kanmon.scan import ScanSet, available_scanners

NAMES = ScanSet.from_names(["names"])


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NAMES.scan(text) if f.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please ask Mr. John Smith and Dr. Ng about it.", ["John Smith", "Ng"]),
        ("Sehr geehrte Frau Müller-Lüdenscheidt, Herr Dr. Weber kommt.",
         ["Müller-Lüdenscheidt", "Weber"]),
        ("Передайте господину Иванову Петру привет. г-н Смирнов", ["Иванову Петру", "Смирнов"]),
        ("我们见到了王先生和李女士。", ["王", "李"]),
        ("会議で田中さんと山田様に会いました。", ["田中", "山田"]),
        ("김민지 씨와 박서준님께 전해 주세요", ["김민지", "박서준"]),
    ],
)  # fmt: skip
def test_titled_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Dr. said MS Word is fine; Ms. is a title.",
        "お客様と皆様へお知らせです。",
        "고객님, 선생님, 여러분 안녕하세요.",
        "各位女士，各位先生，大家好。",
        "Frau und Herr sind Anreden.",
    ],
)
def test_words_that_only_look_titled(text: str) -> None:
    assert names(text) == []


def test_names_is_registered_but_not_default() -> None:
    assert "names" in available_scanners()
