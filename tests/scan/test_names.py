"""The names scanner: titled names, names after cues, names the lists know, in six languages;
and the capitalised words, addresses, companies and honorific-taking words that are no names."""

from __future__ import annotations

import pytest

from kanmon.scan import available_scanners
from tests.scan._names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form of address stays outside the span; academic titles and suffixes are inside
        ("Please ask Mr. John Smith and Dr. Ng about it.", ["John Smith", "Dr. Ng"]),
        ("Sehr geehrte Frau Müller-Lüdenscheidt, Herr Dr. Weber kommt.",
         ["Müller-Lüdenscheidt", "Dr. Weber"]),
        ("Termin mit Prof. Dr. Käthe Heidrich am Montag.", ["Prof. Dr. Käthe Heidrich"]),
        ("The report by Jane Doe, PhD is attached.", ["Jane Doe, PhD"]),
        ("Forward it to Tony Miller Jr. before noon.", ["Tony Miller Jr."]),
        ("Передайте господину Иванову Петру привет. г-н Смирнов", ["Иванову Петру", "Смирнов"]),
        ("我们见到了王先生和李女士。", ["王", "李"]),
        ("会議で田中さんと山田様に会いました。", ["田中", "山田"]),
        # Japanese "Surname Given様" with a space is one name, not its second half
        ("斉藤 直人様、いつもお世話になっております。", ["斉藤 直人"]),
        ("김민지 씨와 박서준님께 전해 주세요", ["김민지", "박서준"]),
    ],
)  # fmt: skip
def test_titled_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi, my name is Priya Raman and I need help with my order.", ["Priya Raman"]),
        ("Best regards,\nMorgan Whitfield\nAcme Corp", ["Morgan Whitfield"]),
        ("Hallo, ich bin Bernt Birnbaum und möchte kündigen.", ["Bernt Birnbaum"]),
        # typed in lower case: only after "my name is" and only names the lists know
        ("hi, my name is anna weber and i need a refund", ["anna weber"]),
        ("mein name ist jonas, bitte um rückruf", ["jonas"]),
        ("здравствуйте, меня зовут иван петров, перезвоните", ["иван петров"]),
        ("Kontoinhaber: Gertraud Wallner", ["Gertraud Wallner"]),
        ("Здравствуйте, меня зовут Ипат Шилов, мой телефон ниже.", ["Ипат Шилов"]),
        ("你好，我叫覃桂芳，请回电。", ["覃桂芳"]),
        ("本次会议由王芳主持。", ["王芳"]),
        ("はじめまして、佐藤陽一と申します。", ["佐藤陽一"]),
        ("担当：藤田\u3000健一（営業部）", ["藤田\u3000健一"]),
        ("有限会社佐藤印刷の渡辺 くみ子です。", ["渡辺 くみ子"]),
        ("안녕하세요, 저는 박영일입니다.", ["박영일"]),
        ("보낸 사람: 이지우 <jiwoo@example.kr>", ["이지우"]),
        # a form field's value in capitals or surname first, every word one the lists know
        ("NAME: JOHN SMITH", ["JOHN SMITH"]),
        ("Employee: Smith, John (ID 4471)", ["Smith, John"]),
        ("Passenger: MÜLLER, ANNA", ["MÜLLER, ANNA"]),
        # a romanised Korean given name's two syllables
        ("Please welcome Kim Min-jun to the team.", ["Kim Min-jun"]),
        # a German genitive is the name as written, and ends it; a noun after it is not in it
        ("Das ist Peter Müllers Auto.", ["Peter Müllers"]),
        ("Bitte Anna Schmidts Bericht prüfen.", ["Anna Schmidts"]),
    ],
)
def test_names_after_cues(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spoke with Amanda Michael from the vendor today.", ["Amanda Michael"]),
        ("The contract was signed by Christopher Graham yesterday.", ["Christopher Graham"]),
        ("Die Zahlung hat Annette Bolzmann autorisiert.", ["Annette Bolzmann"]),
        ("Jonathan says the account is open.", ["Jonathan"]),
        # a middle initial; a double-barrelled given name and an O' surname; a capitalised
        # word before a full name stays outside it
        ("Signed: Robert L. Jameson Jr., CPA", ["Robert L. Jameson Jr."]),
        ("Patient: John Q. Public III, admitted today.", ["John Q. Public III"]),
        ("Mary-Jane O'Neil will attend.", ["Mary-Jane O'Neil"]),
        ("Contact Robert Jameson about the lease.", ["Robert Jameson"]),
        # particles inside a name
        ("Dear Ursula von der Leyen, thank you.", ["Ursula von der Leyen"]),
        ("Ludwig van Beethoven wrote it.", ["Ludwig van Beethoven"]),
        ("My name is Ahmed bin Khalid Al-Farsi.", ["Ahmed bin Khalid Al-Farsi"]),
        # Russian: patronymics, initials after a surname, Имя Отчество
        ("Договор подписал Князев Ф. М., ИНН организации указан.", ["Князев Ф. М."]),
        ("Ответственный — Анжела Валентиновна Елисеева.", ["Анжела Валентиновна Елисеева"]),
        ("Добрый день, Нинель Яковлевна!", ["Нинель Яковлевна"]),
    ],
)
def test_names_the_lists_know(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Dr. said MS Word is fine; Ms. is a title.",
        "お客様と皆様へお知らせです。",
        "고객님, 선생님, 여러분 안녕하세요.",
        "各位女士，各位先生，大家好。",
        "Frau und Herr sind Anreden.",
        # sentence starts, German nouns, days, places
        "Der Umsatz stieg. Die Besprechung findet am Mittwoch statt. The Board met in New York.",
        "Dear Customer, your ticket was closed by the Support Team.",
        "my name is not important here, my name is will.",
        # addresses and companies full of names
        "The office moves to 5953 Boyer Parks, East Lindashire, NJ 60439.",
        "Billing address: 9903 Christopher Loop Apt. 774, Gibsonville",
        "Die Lieferung kommt aus Schwäbisch Hall.",
        "Hendriks Römer GmbH liefert ab Montag.",
        # an initial after a word that is no given name; a persona's name after a quote mark
        "Anlage Bericht K. Schmidt folgt.",
        "Reply with 'Vesper is listening' to confirm.",
        "Das Haus der Kunst und das Ministerium der Finanzen.",
        "Banco de España y Puerta del Sol.",
        # a field whose value the lists do not know, in capitals
        "CUSTOMER: ACME CORP",
        "Contact: SALES TEAM",
        # a genitive of a name the lists know before a noun: no two-word name
        "Danach kommen Nyxs Worte.",
        "Офис переехал: ул. Льва Толстого, д. 5. Партнёр — ООО «Кабанов-Горшков».",
        "飞海科技信息有限公司将于明天发布新产品。",
    ],
)
def test_words_that_are_no_names(text: str) -> None:
    assert names(text) == []


def test_names_is_registered_but_not_default() -> None:
    assert "names" in available_scanners()
