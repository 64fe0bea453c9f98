"""Phone numbers through libphonenumber's plans, card numbers grouped the way networks print
them (issue 13's misses, each rebuilt here), and e-mail addresses with accented or Cyrillic
letters."""

from __future__ import annotations

import pytest

from kanmon.scan import ScanSet, _phone

SCAN = ScanSet.from_names(["pii"])


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in SCAN.scan(text) if f.entity == entity]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # extensions belong to the number
        ("Call me at (747)881-3555x5675 tomorrow.", "(747)881-3555x5675"),
        ("Office: 512.745.7659 ext. 83353", "512.745.7659 ext. 83353"),
        ("Zentrale +49 89 1234567 Durchwahl 12", "+49 89 1234567 Durchwahl 12"),
        ("Телефон: +7 495 123-45-67 доп. 204", "+7 495 123-45-67 доп. 204"),
        ("总机 010-62345678 转 801", "010-62345678 转 801"),
        ("电话：021-6234-5678 分机 12", "021-6234-5678 分机 12"),
        # an international call prefix instead of "+"
        ("Reach us on 001-507-843-9150 from abroad.", "001-507-843-9150"),
        ("Tel. 0049 30 12345678", "0049 30 12345678"),
        # Russian trunk 8 with a landline area code, and with no separators
        ("Мой телефон 8 (301) 348-62-62, звоните.", "8 (301) 348-62-62"),
        ("Звоните 88163354323 после обеда.", "88163354323"),
        ("тел. 8 499 610 63 76", "8 499 610 63 76"),
        # German numbers without separators or with the (0) of the international form
        ("Rufen Sie mich unter 0690534885 an.", "0690534885"),
        ("Telefon +49(0)7481 687104", "+49(0)7481 687104"),
        ("Durchwahl 02743 99174 011", "02743 99174 011"),
        # Swiss, Austrian, British, French, Japanese, Korean, Chinese numbers
        ("Hallo, meine Nummer ist 032 724 69 07.", "032 724 69 07"),
        ("Ring 0121 496 0829 after five.", "0121 496 0829"),
        ("電話番号：070-6261-4710", "070-6261-4710"),
        ("연락처는 02-7439-1500입니다.", "02-7439-1500"),
        ("手机号是15972627919。", "15972627919"),
        ("Contact +33 1 42 68 53 00 in Paris.", "+33 1 42 68 53 00"),
        # a name that starts like an id word ("No-ble") is not an order number's label
        ("Please call Mr. Noble at 717-963-5193 about it.", "717-963-5193"),
        # 011 starts NANP's international prefix, and Korea's old mobile numbers: where no
        # valid number follows it as a prefix, the digits are read as a national number
        ("담당자: 강민준 (011-010-6451)", "011-010-6451"),
        ("Call 011-44-20-7946-0958 from the US.", "011-44-20-7946-0958"),
        # brackets around the whole number are not part of it; around an area code they are
        ("call (415-555-0134) today", "415-555-0134"),
        ("Tel. (030) 12345678 bitte", "(030) 12345678"),
        ("Zentrale (+49 30 1234567)", "+49 30 1234567"),
        # a label word nearer the number than the phone word says "phone"; a longer word
        # that starts like a label ("partner") is no label
        ("Model release: call 415-555-0134", "415-555-0134"),
        ("Our partner 415-555-0134 helps.", "415-555-0134"),
    ],
)  # fmt: skip
def test_phone_numbers_of_the_claimed_regions(text: str, phone: str) -> None:
    assert found(text, "PHONE") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        # shaped like NANP numbers, but an area code never starts with 0 or 1
        "Replacement part 113-700-3209 fits the router.",
        "Model 012-555-0199 ships with firmware 2.1.",
        # 00 + one digit + separator is no call prefix unless a valid number follows
        "Model 009-839-2817 ships with firmware 4.18.",
        # nor is 011 then a Latin-script national number: an area code starting with 0
        "Order 011-010-6451 shipped yesterday.",
        # product labels name codes shaped like NANP numbers, the nearest cue word wins
        "For support call: Model 185-379-9076 is the one to order.",
        "SKU 415-555-0134 restocked; Serial 415 555 0134 returned.",
        "Модель 8 (301) 348-62-62 снята с производства.",
        "Seriennummer 0690534885 liegt vor.",
        # order, invoice and ticket numbers that happen to be valid numbers somewhere
        "Order 4155550132 shipped yesterday.",
        "Die Rechnung 0404-2964 ist fällig.",
        "주문번호 003629-5712870 배송이 시작되었습니다.",
        "Bestellung 148205301 über 30 EUR",
        # Chinese mobiles start with 13-19; Korean numbers with 0
        "产品编号11710747894，售价99元。",
        "상품코드 123-4567-8901, 가격 5000원.",
        # dates, versions, IP addresses
        "Released 2026-03-14, build 12.1.35.042, host 40.82.244.227.",
        # no country has calling code 999; +7 numbers need ten national digits
        "Dial +999 12345678 or +7 912 345 67 for the demo.",
    ],
)
def test_phone_shaped_codes_are_not_phones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Amex 3419-7201-1736-897 on file", "3419-7201-1736-897"),  # 4-4-4-3
        ("Amex 3782 822463 10005 on file", "3782 822463 10005"),  # 4-6-5
        ("Diners 3056 930902 5904 on file", "3056 930902 5904"),  # 4-6-4
        ("Visa 4539 1488 0343 6467 891 on file", "4539 1488 0343 6467 891"),  # 19 digits
        ("Maestro 6763 6282 4036", "6763 6282 4036"),  # 12-digit Maestro IIN
        ("请把款项转到卡号582035272738，谢谢", "582035272738"),  # wide Maestro range, card cue
    ],
)
def test_card_groupings_per_network(text: str, card: str) -> None:
    assert found(text, "CREDIT_CARD") == [card]


@pytest.mark.parametrize(
    "text",
    [
        "Reference 582035272738 is archived.",  # Maestro's wide range without a card cue
        "Code 4539 14 8803 4364 6789 1",  # a Luhn-valid Visa number in no network's grouping
        "身份证号621639196601172560格式有误。",  # a broken resident id is no UnionPay card
    ],
)
def test_numbers_that_only_look_like_cards(text: str) -> None:
    assert found(text, "CREDIT_CARD") == []


def _libphonenumber_valid(region: str, digits: str) -> bool:
    """libphonenumber's own verdict on a national number as ``_Plan.valid`` reads it: as
    written, or after the region's trunk prefix."""
    import phonenumbers

    plan = _phone._plan(region)
    if plan.pattern is None or plan.code is None:
        return False
    candidates = [digits]
    if plan.prefix is not None and (m := plan.prefix.match(digits)) is not None:
        candidates.append(digits[m.end() :])
    for nsn in candidates:
        if len(nsn) in plan.lengths and plan.pattern.fullmatch(nsn):
            zeros = len(nsn) - len(nsn.lstrip("0"))
            num = phonenumbers.PhoneNumber(
                country_code=plan.code,
                national_number=int(nsn),
                italian_leading_zero=True if zeros else None,
                number_of_leading_zeros=zeros if zeros > 1 else None,
            )
            if phonenumbers.is_valid_number_for_region(num, region):
                return True
    return False


def test_plan_check_agrees_with_is_valid_number_for_region() -> None:
    # The scanner checks number types on precompiled patterns instead of calling
    # libphonenumber; every region's example numbers (and near misses of them) must get the
    # verdict libphonenumber gives.
    import phonenumbers
    from phonenumbers import PhoneNumberType as T

    types = (T.FIXED_LINE, T.MOBILE, T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST, T.VOIP,
             T.PERSONAL_NUMBER, T.PAGER, T.UAN, T.VOICEMAIL)  # fmt: skip
    checked = valid = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        plan = _phone._plan(region)
        for t in types:
            example = phonenumbers.example_number_for_type(region, t)
            if example is None:
                continue
            nsn = phonenumbers.national_significant_number(example)
            for digits in (nsn, "0" + nsn, "8" + nsn, nsn[:-1], nsn + "1", "0" * len(nsn)):
                expected = _libphonenumber_valid(region, digits)
                assert plan.valid(digits) is expected, (region, digits)
                checked += 1
                valid += expected
    assert checked > 5000 and valid > 1500  # the examples did reach both verdicts


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Kontakt: jürgen.müller@beispiel.de.", "jürgen.müller@beispiel.de"),
        ("Email:josé.garcía@correo.es, gracias", "josé.garcía@correo.es"),
        ("пишите на иван@почта.рф", "иван@почта.рф"),
        # CJK text runs into an address; a Cyrillic word after a Latin domain ends it
        ("请发邮件到wang@qq.com", "wang@qq.com"),
        ("почта:ivan@mail.ruпишите", "ivan@mail.ru"),
    ],
)
def test_internationalised_addresses_are_found_whole(text: str, email: str) -> None:
    assert found(text, "EMAIL") == [email]
