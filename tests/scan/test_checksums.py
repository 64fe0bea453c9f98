"""Check digits: generated valid identifiers pass, any single-digit change fails."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kanmon.scan import _checksums as ck
from kanmon.scan import (
    cn_resident_id_valid,
    de_tax_id_valid,
    iban_valid,
    jp_my_number_valid,
    kr_rrn_valid,
    luhn_valid,
    ru_inn_valid,
    ru_snils_valid,
    us_ssn_valid,
)

digits = st.text(alphabet="0123456789", min_size=1, max_size=30)


def _bump(s: str, i: int, by: int) -> str:
    """Change digit i by ``by`` (1..9): a single-digit error every check here detects."""
    return s[:i] + str((int(s[i]) + by) % 10) + s[i + 1 :]


@given(digits, st.data())
def test_luhn_catches_every_single_digit_error(payload: str, data: st.DataObject) -> None:
    full = payload + ck.luhn_check_digit(payload)
    assert luhn_valid(full)
    i = data.draw(st.integers(0, len(full) - 1))
    by = data.draw(st.integers(1, 9))
    assert not luhn_valid(_bump(full, i, by))


def test_luhn_known_values() -> None:
    assert luhn_valid("4111 1111 1111 1111") and luhn_valid("79927398713")
    assert not luhn_valid("4111 1111 1111 1112") and not luhn_valid("1")


def test_card_needs_a_network_prefix_and_length() -> None:
    assert ck.card_valid("4111111111111111") and ck.card_valid("378282246310005")
    assert ck.card_valid("5555555555554444") and ck.card_valid("6011111111111117")
    # Luhn-valid but no network issues numbers starting 1 or 9
    assert luhn_valid("1111111111111117") and not ck.card_valid("1111111111111117")
    assert not ck.card_valid("378282246310005" + "0")


countries = st.sampled_from(sorted(ck.IBAN_LENGTHS))


@given(countries, st.data())
def test_iban_mod97(country: str, data: st.DataObject) -> None:
    n = ck.IBAN_LENGTHS[country] - 4
    bban = data.draw(
        st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=n, max_size=n)
    )
    iban = country + ck.iban_check_digits(country, bban) + bban
    assert iban_valid(iban)
    assert iban_valid(" ".join(iban[i : i + 4] for i in range(0, len(iban), 4)))
    i = data.draw(st.integers(4, len(iban) - 1))
    if iban[i].isdigit():
        assert not iban_valid(_bump(iban, i, data.draw(st.integers(1, 9))))
    assert not iban_valid(iban[:-1])  # wrong length for the country


def test_iban_known() -> None:
    assert iban_valid("DE89 3704 0044 0532 0130 00")
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not iban_valid("DE89 3704 0044 0532 0130 01")
    assert not iban_valid("XX89 3704 0044 0532 0130 00")


@given(
    st.integers(1, 899).filter(lambda a: a != 666),
    st.integers(1, 99),
    st.integers(1, 9999),
)
def test_ssn_rules_accept(area: int, group: int, serial: int) -> None:
    ssn = f"{area:03d}-{group:02d}-{serial:04d}"
    expected = ssn.replace("-", "") not in ("078051120", "219099999", "123456789")
    assert us_ssn_valid(ssn) is expected


@given(st.integers(0, 999), st.integers(0, 99), st.integers(0, 9999))
def test_ssn_rules_reject(area: int, group: int, serial: int) -> None:
    if area in (0, 666) or area >= 900 or group == 0 or serial == 0:
        assert not us_ssn_valid(f"{area:03d}-{group:02d}-{serial:04d}")


dates = st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))


@given(st.integers(1, 8), st.integers(0, 99999), dates, st.integers(0, 999), st.data())
def test_cn_resident_id(
    first: int, region: int, born: dt.date, seq: int, data: st.DataObject
) -> None:
    body = f"{first}{region:05d}{born:%Y%m%d}{seq:03d}"
    rid = body + ck.cn_resident_id_check(body)
    assert cn_resident_id_valid(rid) and cn_resident_id_valid(rid.lower())
    i = data.draw(st.integers(0, 16))
    bumped = _bump(rid, i, data.draw(st.integers(1, 9)))
    assert not cn_resident_id_valid(bumped)


def test_cn_resident_id_known() -> None:
    assert cn_resident_id_valid("11010519491231002X")
    assert not cn_resident_id_valid("110105194912310021")
    assert not cn_resident_id_valid("110105194913310029")  # month 13


@given(
    dates.filter(lambda d: d.year < 2100), st.sampled_from("1234"), st.integers(0, 99999), st.data()
)
def test_kr_rrn(born: dt.date, sex: str, rest: int, data: st.DataObject) -> None:
    if (sex in "12") != (born.year < 2000):
        sex = {"1": "3", "2": "4", "3": "1", "4": "2"}[sex]
    first = f"{born:%y%m%d}{sex}{rest:05d}"
    rrn = first[:6] + "-" + first[6:] + ck.kr_rrn_check(first)
    assert kr_rrn_valid(rrn)
    i = data.draw(st.sampled_from([7, 8, 9, 10, 11, 12, 13]))  # after the dash, any digit
    bumped = _bump(rrn, i, data.draw(st.integers(1, 9)))
    if kr_rrn_valid(bumped):  # only through the fold of 11 - r ∈ {10, 11} onto one digit
        raw = {_kr_raw(rrn), _kr_raw(bumped)}
        assert raw & {1, 10, 11} and len({r % 10 for r in raw}) == 1


def _kr_raw(rrn: str) -> int:
    ds = rrn.replace("-", "")
    return 11 - sum(int(c) * w for c, w in zip(ds[:12], ck._KR_WEIGHTS, strict=True)) % 11


@given(st.text(alphabet="0123456789", min_size=11, max_size=11), st.data())
def test_jp_my_number(first: str, data: st.DataObject) -> None:
    num = first + ck.jp_my_number_check(first)
    assert jp_my_number_valid(num)
    i = data.draw(st.integers(0, 11))
    bumped = _bump(num, i, data.draw(st.integers(1, 9)))
    # mod 11 folded to one digit: a change can only go undetected through the 10/11 → 0 fold
    if jp_my_number_valid(bumped):
        assert ck.jp_my_number_check(bumped[:11]) == "0"


@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.data())
def test_ru_inn_10(first: str, data: st.DataObject) -> None:
    inn = first + str(ck._inn_digit(first, (2, 4, 10, 3, 5, 9, 4, 6, 8)))
    assert ru_inn_valid(inn)
    i = data.draw(st.integers(0, 9))
    bumped = _bump(inn, i, data.draw(st.integers(1, 9)))
    if ru_inn_valid(bumped):  # only through the fold of a remainder of 10 onto 0
        w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
        raw = {sum(int(c) * k for c, k in zip(x, w, strict=False)) % 11 for x in (inn, bumped)}
        assert raw & {0, 10}


def test_ru_inn_known() -> None:
    assert ru_inn_valid("7707083893")  # Sberbank (organisation, 10 digits)
    assert ru_inn_valid("500100732259")  # person, 12 digits
    assert not ru_inn_valid("7707083894") and not ru_inn_valid("500100732258")


@given(st.integers(1001999, 999999999), st.data())
def test_ru_snils(n: int, data: st.DataObject) -> None:
    first = f"{n:09d}"
    s = f"{first[:3]}-{first[3:6]}-{first[6:]} {ck.ru_snils_check(first)}"
    assert ru_snils_valid(s)
    assert not ru_snils_valid(s[:-1] + str((int(s[-1]) + 1) % 10))


def test_de_tax_id_known() -> None:
    assert de_tax_id_valid("86095742719")
    assert not de_tax_id_valid("86095742718")
    assert not de_tax_id_valid("12345678903")  # no repeated digit


@given(st.permutations("0123456789"), st.integers(0, 9), st.data())
def test_de_tax_id(perm: list[str], dup_at: int, data: st.DataObject) -> None:
    ds = list(perm)
    if ds[0] == "0":
        ds[0], ds[1] = ds[1], ds[0]
    j = data.draw(st.integers(1, 9).filter(lambda k: k != dup_at))
    ds[j] = ds[dup_at] if not (j == 0 and ds[dup_at] == "0") else ds[j]
    first = "".join(ds)
    counts = sorted((first.count(d) for d in set(first)), reverse=True)
    tid = first + ck.de_tax_id_check(first)
    assert de_tax_id_valid(tid) == (counts[0] in (2, 3) and counts[1] == 1 and first[0] != "0")
    if de_tax_id_valid(tid):
        assert not de_tax_id_valid(tid[:-1] + str((int(tid[-1]) + 1) % 10))


def test_ipv4() -> None:
    assert ck.ipv4_valid("192.168.0.1") and ck.ipv4_valid("8.8.8.8")
    assert not ck.ipv4_valid("256.1.1.1") and not ck.ipv4_valid("1.2.3")
    assert not ck.ipv4_valid("01.2.3.4")
