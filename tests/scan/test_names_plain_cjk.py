"""Names without a title: Korean names with their particles, Japanese names written with a
space, katakana names split by a middle dot; a Chinese name that is also a word, before a form
of address; Russian patronymics in every case; and the look-alikes that stay no names."""

from __future__ import annotations

import pytest

from tests.scan._names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean: a known surname and given name, as a word with its particle
        ("이 서류를 최유진에게 전달해 주세요.", ["최유진"]),
        ("어제 정하늘과 같이 점심을 먹었어요.", ["정하늘"]),
        ("서예린이 그러는데 내일 회의 취소래.", ["서예린"]),
        ("팀장 조성우는 일정을 다음 주로 미루자고 했다.", ["조성우"]),
        ("황보준호와 제갈서윤이 발표를 맡았다.", ["황보준호", "제갈서윤"]),  # compound surnames
        ("참석자 명단: 윤서연, 임재혁", ["윤서연", "임재혁"]),  # a list, no particle
        # a given name the list lacks, before a particle that follows a person only
        ("보고서는 배준서한테 받았어.", ["배준서"]),
        ("회의 결과를 김민준에게 보내 주세요.", ["김민준"]),
        ("구본혁께서 축사를 하셨다.", ["구본혁"]),
        # two words before 씨: a foreign given name and surname in Hangul
        ("제임스 윌슨 씨가 다음 달부터 근무합니다.", ["제임스 윌슨"]),
        ("안나 페트로바씨는 내일 온다.", ["안나 페트로바"]),
        # role titles after a name; a department, a field or a subject before one is no name
        ("남궁수진 교수는 연구 결과를 발표했다.", ["남궁수진"]),
        ("이민호 박사가 참석했다.", ["이민호"]),
        ("강채원 대리에게 전달해 주세요.", ["강채원"]),
        ("경제부 기자가 보도했다.", []),
        ("영업부 부장님께 보고드립니다.", []),
        ("친절한 영어 선생님이 도와주셨다.", []),
        # Japanese: "Surname Given" with a space, then a particle or a list's comma
        ("来週の打ち合わせには高橋 直樹と小林 由美が参加します。", ["高橋 直樹", "小林 由美"]),
        ("出席者：吉田 誠、山田 紗希、松本 拓也", ["吉田 誠", "山田 紗希", "松本 拓也"]),
        ("記者の林 裕子が現地から報告した。", ["林 裕子"]),
        # katakana names with a middle dot, before an honorific
        ("マイケル・ブラウンさんが来月から着任します。", ["マイケル・ブラウン"]),
        ("アンナ・ペトロワ氏は講演で語った。", ["アンナ・ペトロワ"]),
        # a Chinese name that is also a word (李娜) before a form of address
        ("请联系李娜女士。", ["李娜"]),
        ("感谢张伟先生的支持。", ["张伟"]),  # not "感谢张伟": 先生 in Chinese, no kana near it
        ("宛先：山田太郎先生", ["山田太郎"]),  # a Japanese surname: Japanese, kana or not
        # Russian patronymics declined; a capitalised verb before the name left out
        ("Передайте Сидорову Ивану Петровичу.", ["Сидорову Ивану Петровичу"]),
        ("Встреча с Анной Сергеевной Кузнецовой в пятницу.", ["Анной Сергеевной Кузнецовой"]),
        ("Договор подписан Петровым Сергеем Ивановичем.", ["Петровым Сергеем Ивановичем"]),
        # a form of address after "Dear" is no name of its own
        ("Dear Mr. Kowalski,", ["Kowalski"]),
        ("Dear Mrs. Kowalska, thank you.", ["Kowalska"]),
    ],
)  # fmt: skip
def test_names_without_titles(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun and its particle shaped like a surname and a given name (배송 + 이, 송이)
        "주문번호 123의 배송이 시작되었습니다.",
        # adjectives and verb forms: no particle of a person after them
        "자세한 내용은 첨부 파일을 참고하세요.",
        "주어진 조건에서 필요한 값을 구하세요.",
        "우리가 운영하는 서비스는 안정적이다.",
        "문제가 없어 보이지만 확인이 필요하다.",
        "동아리의 활동 계획",
        "미지원 기능입니다.",  # 미- (un-) as a prefix
        # shaped like a surname and a name the list lacks: "and" follows any noun; role
        # words take a person's particles
        "도서관과 박물관은 월요일에 쉰다.",
        "난이도와 범위를 정하세요.",
        "상담원에게 문의하시거나 AI 도우미에게 물어보세요.",
        "연구원께 자료를 보내고 공무원에게 확인하세요.",
        # 씨 starting a word of its own (seed, wrestling), or a company's C
        "사과 씨앗을 심고 우리 회사 씨름 대회에 나갔다.",
        "주식회사 씨앤씨네트워크에서 연락이 왔다.",
        # Japanese spaced words that are no names; a one-kanji surname and given name
        "東京 大阪 名古屋の各支店",
        "結果は 良好です。",
        "一 件のみ",
        # Chinese role titles after ordinary words
        "高级工程师将主讲。",
        "各位女士，下午好。",
        "Dear Sir or Madam,",
    ],
)
def test_look_alikes_stay_no_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roles only a person fills: anything capitalised after them is a name
        ("Applicant: Nguyen Van An", ["Nguyen Van An"]),
        ("Passenger: Olumide Adeyemi", ["Olumide Adeyemi"]),
        # roles a team fills too: only a name the lists know
        ("Assigned to: Maria Lopez", ["Maria Lopez"]),
        ("Assigned to: Finance Team", []),
        ("Reported by: QA Automation", []),
        ("Guest: Wi-Fi Network", []),
        ("Beneficiary: Deutsche Bank AG", []),
        # four-part names whole; job titles after a name are no part of it
        ("Contact: María José García López, maria@example.es", ["María José García López"]),
        ("Thomas Müller Sales Director", ["Thomas Müller"]),
        ("John Smith Head Office London", ["John Smith"]),
        # initials and a surname after a cue or a title; a surname that is also a word counts
        # with initials, not alone
        ("Regards,\nA. K. Sharma", ["A. K. Sharma"]),
        ("Dear J. Smith,", ["J. Smith"]),
        ("Please ask Mr. J. Smith about it.", ["J. Smith"]),
        ("Mit freundlichen Grüßen\nM. Hofmann", ["M. Hofmann"]),
        ("Dear Baker,", []),
    ],
)
def test_latin_roles_and_long_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected
