"""Russian names in the oblique cases ("позвоните Руслану Ахмедову", "письмо от Марии
Ивановой") and a capitalised word before a name left out of its span."""

from __future__ import annotations

import pytest

from kanmon.scan import ScanSet
from kanmon.scan._names_russian import _nominatives

SCAN = ScanSet.from_names(["names"])


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in SCAN.scan(text) if f.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Позвоните Руслану Ахмедову по номеру в письме.", "Руслану Ахмедову"),
        ("Письмо от Марии Ивановой пришло вчера.", "Марии Ивановой"),
        ("Передай Сергею Павлову привет.", "Сергею Павлову"),
        ("Встреча с Натальей Смирновой в пятницу.", "Натальей Смирновой"),
        ("Сегодня Иван Петров пришёл раньше.", "Иван Петров"),
    ],
)
def test_a_declined_name_is_found_without_the_word_before_it(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["В Москве Большой театр открылся.", "На Красной Площади было людно."],
)
def test_declined_place_names_stay_unreported(text: str) -> None:
    assert names(text) == []


def test_an_ending_points_to_its_nominatives() -> None:
    assert "Ахмедов" in _nominatives("Ахмедову")
    assert "Иванова" in _nominatives("Ивановой")
    assert "Сергей" in _nominatives("Сергею")
    assert "Мария" in _nominatives("Марии")
    assert _nominatives("Ян") == ["Ян"]  # too short to carry an ending
