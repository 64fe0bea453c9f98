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
        # the instrumental and prepositional of names in -й, -ий and -ь
        ("Вчера я говорил с Дмитрием Соколовым о договоре.", "Дмитрием Соколовым"),
        ("Договор подписан с Сергеем Кузнецовым.", "Сергеем Кузнецовым"),
        ("Мы долго спорили о Дмитрии Орлове.", "Дмитрии Орлове"),
        ("Вопрос к Игорю Лебедеву, а не об Игоре Волкове.", "Игорю Лебедеву|Игоре Волкове"),
        # the genitive of names in -га, -ка, -ша
        ("У Ольги Смирновой сегодня день рождения.", "Ольги Смирновой"),
        # a vowel that drops out, and ё written е
        ("Отчёт от Павла Морозова пришёл утром.", "Павла Морозова"),
        ("Позвоните Петру Никитину завтра.", "Петру Никитину"),
        ("Встреча со Львом Гусевым перенесена.", "Львом Гусевым"),
    ],
)
def test_a_declined_name_is_found_without_the_word_before_it(text: str, name: str) -> None:
    assert names(text) == name.split("|")


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
    assert "Сергей" in _nominatives("Сергеем")
    assert "Ольга" in _nominatives("Ольги")
    assert "Ирина" in _nominatives("Ирины")
    # и stands for the genitive's ы only after г, к, х, ж, ш, щ, ч
    assert "Анна" not in _nominatives("Анни")
    # a dropped vowel is put back for given names only
    assert "Павел" in _nominatives("Павлом", fleeting=True)
    assert "Козел" not in _nominatives("Козла")
