"""What the PII and secret scanners find, in six languages, and what they must not find."""

from __future__ import annotations

import pytest

from kanmon.scan import ScanSet

SCAN = ScanSet.from_names(["pii", "secrets"])


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in SCAN.scan(text)]


POSITIVES = [
    # English
    ("Contact john.smith@example.co.uk for details.", "EMAIL", "john.smith@example.co.uk"),
    ("My card is 4111-1111-1111-1111, expires 12/29.", "CREDIT_CARD", "4111-1111-1111-1111"),
    ("Amex 3782 822463 10005 on file", "CREDIT_CARD", "3782 822463 10005"),
    ("SSN: 536-22-1234", "US_SSN", "536-22-1234"),
    # written with spaces or none: only after a word that names it
    ("my social security number is 536 22 1234.", "US_SSN", "536 22 1234"),
    ("SSN: 536221234", "US_SSN", "536221234"),
    ("Call (415) 555-0132 tomorrow", "PHONE", "(415) 555-0132"),
    ("server at 10.20.30.40 is down", "IP_ADDRESS", "10.20.30.40"),
    ("ping 2001:db8:85a3::8a2e:370:7334 now", "IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    # Chinese
    ("我的身份证号是11010519491231002X，请核对。", "CN_RESIDENT_ID", "11010519491231002X"),
    ("请拨打13812345678联系我", "PHONE", "13812345678"),
    ("邮箱：zhang.wei@example.cn，谢谢", "EMAIL", "zhang.wei@example.cn"),
    ("银行卡号6222020200112233446已绑定", "CREDIT_CARD", "6222020200112233446"),
    # Japanese
    ("電話番号は03-1234-5678です。", "PHONE", "03-1234-5678"),
    ("マイナンバーは1234 5678 9018です", "JP_MY_NUMBER", "1234 5678 9018"),
    ("メールはtanaka@example.jpまで", "EMAIL", "tanaka@example.jp"),
    # Korean
    ("주민등록번호 900101-1234568 입니다", "KR_RRN", "900101-1234568"),
    ("연락처는 010-1234-5678입니다", "PHONE", "010-1234-5678"),
    # Russian
    ("Мой телефон +7 912 345-67-89, звоните.", "PHONE", "+7 912 345-67-89"),
    ("Телефон 8 (912) 345-67-89", "PHONE", "8 (912) 345-67-89"),
    ("ИНН 7707083893 организации", "RU_INN", "7707083893"),
    ("СНИЛС 112-233-445 95", "RU_SNILS", "112-233-445 95"),
    # German
    (
        "Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00.",
        "IBAN",
        "DE89 3704 0044 0532 0130 00",
    ),
    ("Steuer-ID: 86095742719", "DE_TAX_ID", "86095742719"),
    ("Rufen Sie +49 30 12345678 an", "PHONE", "+49 30 12345678"),
    ("Tel. 030 12345678 (Büro)", "PHONE", "030 12345678"),
    # secrets
    ("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE"),
    (
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_SECRET_KEY",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    (
        "token ghp_16C7e42F292c6912E7710c838347Ae178B4a in the repo",
        "GITHUB_TOKEN",
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    ),
    (
        "OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
        "OPENAI_API_KEY",
        "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
    ),
    (
        "key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd-EFGH here",
        "ANTHROPIC_API_KEY",
        "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd-EFGH",
    ),
    (
        "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "JWT",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    ),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----\nok",
        "PRIVATE_KEY",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----",
    ),
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVES)
def test_finds(text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(text)


NEAR_MISSES = [
    "Order #4111111111111112 shipped",  # Luhn fails
    "Order number 1234567890123456 is late",  # no network, Luhn fails
    "request id 123e4567-e89b-12d3-a456-426614174000",  # UUID
    "upgrade to version 1.2.3.4 today",  # version, not an IP
    "python 3.11.4 and node 20.10.0",
    "invalid IP 300.1.2.3 in config",
    "SSN-like 000-12-3456 and 666-12-3456 and 900-12-3456",
    "Meeting on 2024-01-15 at 10:30, or 01-15-2024",
    "IBAN DE89 3704 0044 0532 0130 01 (typo)",  # mod-97 fails
    "身份证号110105194912310021是错的",  # wrong check character
    "주민번호 900101-1234567 오류",  # wrong check digit
    "The price is 1,234,567.89 USD",
    "sk-learn is a typo for scikit-learn",
    "the git sha 3f786850e387550fdab836ed7e6dc881de23001b",
    "user@localhost is not an address",
    "Order 7707083893 shipped",  # INN-valid digits, but no INN context
    "tracking 1234 5678 9018 arrives",  # My-Number-valid, no context
    "std::vector<int>::iterator and a::b::c",
    "call 12345 or ext. 678",
    "Order 536221234 shipped",  # SSN-valid digits, but no SSN context
    "meeting 536 22 1234",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_do_not_fire(text: str) -> None:
    assert found(text) == []


def test_findings_carry_spans_not_values() -> None:
    [f] = SCAN.scan("mail bob@example.org", "messages[0].content")
    assert (f.start, f.end, f.location, f.scanner) == (5, 20, "messages[0].content", "pii")
    assert "bob" not in repr(f)


def test_unterminated_private_key_runs_to_the_end() -> None:
    text = "here: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA"
    [(entity, value)] = found(text)
    assert entity == "PRIVATE_KEY" and value.endswith("AAAA")


def test_lone_surrogates_and_offsets_after_multibyte_text() -> None:
    text = "\ud800 电话13812345678 and ✉ bob@example.org"
    got = found(text)
    assert ("PHONE", "13812345678") in got and ("EMAIL", "bob@example.org") in got


def test_addresses_back_to_back_are_each_found_once_whole() -> None:
    # the windows around neighbouring hits overlap: each window searches on from where the
    # last match of the window before started, and an address that window cut short at its
    # end is found whole by the next (lengths vary so that windows end inside addresses)
    addresses = [f"{'x' * (i % 23)}u{i}@mail{i % 7}.example.com" for i in range(300)]
    text = " ".join(addresses)
    found = [(f.start, f.end) for f in SCAN.scan(text) if f.entity == "EMAIL"]
    starts = [sum(len(a) + 1 for a in addresses[:i]) for i in range(len(addresses))]
    assert found == [(s, s + len(a)) for s, a in zip(starts, addresses, strict=True)]
