"""Generate the labelled scanner corpus ``bench/data/scan_corpus.jsonl`` (deterministic).

Each line: ``{"id", "lang", "text", "entities": [{"type", "start", "end"}]}``. Sentences in
English, Chinese, Japanese, Korean, Russian and German carry entities drawn with valid check
digits; a third of the lines are hard negatives (numbers that look like entities but are
not: failing checksums, UUIDs, versions, dates, order numbers, hashes, prices). The labels
come from the generator, so they are exact by construction; the corpus is ours, written to
exercise the formats Kanmon claims, and is biased toward them — read its F1 with that in mind.

    python bench/make_scan_corpus.py            # rewrites bench/data/scan_corpus.jsonl
"""

from __future__ import annotations

import base64
import json
import random
import string
import uuid
from collections.abc import Callable
from pathlib import Path

from kanmon.scan import _checksums as ck

OUT = Path(__file__).parent / "data" / "scan_corpus.jsonl"
R = random.Random(20261123)


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def email() -> str:
    user = R.choice(["anna", "li.wei", "tanaka", "kim.minji", "ivan.petrov", "j.mueller", "ops"])
    dom = R.choice(["example.com", "mail.example.cn", "example.co.jp", "example.kr", "example.ru",
                    "example.de", "corp.example.org"])  # fmt: skip
    return f"{user}{R.randint(1, 999)}@{dom}"


def card() -> str:
    prefix = R.choice(["4", "51", "55", "2221", "6011", "62", "3528"])
    n = 16
    if R.random() < 0.15:
        prefix, n = R.choice(["34", "37"]), 15
    payload = prefix + digits(n - len(prefix) - 1)
    num = payload + ck.luhn_check_digit(payload)
    style = R.random()
    if n == 16 and style < 0.4:
        sep = R.choice([" ", "-"])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))
    if n == 15 and style < 0.4:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return num


def bad_card() -> str:
    payload = "4" + digits(14)
    good = ck.luhn_check_digit(payload)
    return payload + str((int(good) + R.randint(1, 9)) % 10)


def iban() -> str:
    country, n = R.choice([("DE", 18), ("GB", 18), ("FR", 23), ("NL", 14), ("ES", 20)])
    bban = (
        "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + digits(n - 4)
        if country in ("GB", "NL")
        else digits(n)
    )
    s = country + ck.iban_check_digits(country, bban) + bban
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if R.random() < 0.6 else s


def ssn() -> str:
    while True:
        s = f"{R.randint(1, 899):03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if ck.us_ssn_valid(s):
            return s


def cn_id() -> str:
    born = f"{R.randint(1950, 2005)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    body = f"{R.randint(1, 6)}{digits(5)}{born}{digits(3)}"
    return body + ck.cn_resident_id_check(body)


def kr_rrn() -> str:
    y = R.randint(50, 99)
    first = f"{y:02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice('12')}{digits(5)}"
    return first[:6] + "-" + first[6:] + ck.kr_rrn_check(first)


def jp_my_number() -> str:
    f = digits(11)
    n = f + ck.jp_my_number_check(f)
    return f"{n[:4]} {n[4:8]} {n[8:]}" if R.random() < 0.5 else n


def ru_inn() -> str:
    while True:
        n = digits(10)
        if ck.ru_inn_valid(n):
            return n


def snils() -> str:
    f = f"{R.randint(2000000, 999999999):09d}"
    return f"{f[:3]}-{f[3:6]}-{f[6:]} {ck.ru_snils_check(f)}"


def de_tax() -> str:
    while True:
        ds = R.sample(string.digits, 10)
        if ds[0] == "0":
            continue
        ds[R.randint(1, 9)] = ds[R.randint(0, 9)]
        f = "".join(ds)
        n = f + ck.de_tax_id_check(f)
        if ck.de_tax_id_valid(n):
            return n


def phone(lang: str) -> str:
    return {
        "en": lambda: R.choice([f"({R.randint(201, 989)}) {R.randint(200, 999)}-{digits(4)}",
                                f"+1 {R.randint(201, 989)} {R.randint(200, 999)} {digits(4)}",
                                f"+44 20 {digits(4)} {digits(4)}"]),
        "zh": lambda: R.choice(["13", "15", "18"]) + digits(9),
        "ja": lambda: R.choice([f"03-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}"]),
        "ko": lambda: R.choice([f"010-{digits(4)}-{digits(4)}", f"02-{digits(3)}-{digits(4)}"]),
        "ru": lambda: R.choice([f"+7 9{digits(2)} {digits(3)}-{digits(2)}-{digits(2)}",
                                f"8 (9{digits(2)}) {digits(3)}-{digits(2)}-{digits(2)}"]),
        "de": lambda: R.choice([f"+49 30 {digits(8)}", f"030 {digits(8)}",
                                f"+49 151 {digits(8)}"]),
    }[lang]()  # fmt: skip


def ipv4() -> str:
    return ".".join(str(R.randint(1, 254)) for _ in range(4))


def ipv6() -> str:
    return f"2001:db8:{R.randint(1, 0xFFFF):x}::{R.randint(1, 0xFFFF):x}:{R.randint(1, 0xFFFF):x}"


def _tok(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    while True:
        t = "".join(R.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in t) and any(c.isalpha() for c in t):
            return t


def aws_key() -> str:
    return "AKIA" + "".join(R.choice(string.ascii_uppercase + "234567") for _ in range(16))


def gh_token() -> str:
    return "ghp_" + _tok(36)


def openai_key() -> str:
    return "sk-proj-" + _tok(40)


def jwt() -> str:
    def b64(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")

    return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64({'sub': digits(6)})}.{_tok(43)}"


def private_key() -> str:
    body = "\n".join(_tok(64, string.ascii_letters + string.digits + "+/") for _ in range(3))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"


def _broken_cn_id() -> str:
    good = cn_id()
    return good[:-1] + next(c for c in "0123456789X" if c != good[-1])


Gen = Callable[[], str]

# (lang, template, {slot: (entity type, generator)}); templates use {0}, {1}, ...
TEMPLATES: list[tuple[str, str, list[tuple[str, Gen | None]]]] = [
    ("en", "Please reach me at {0} or on {1} after lunch.", [("EMAIL", email), ("PHONE", None)]),
    ("en", "The card on file is {0}; charge it for the renewal.", [("CREDIT_CARD", card)]),
    ("en", "Employee SSN {0} was entered twice in the HR system.", [("US_SSN", ssn)]),
    (
        "en",
        "The server at {0} stopped answering; fail over to {1}.",
        [("IP_ADDRESS", ipv4), ("IP_ADDRESS", ipv6)],
    ),
    (
        "en",
        "Use AWS key {0} and the token {1} for the deploy job.",
        [("AWS_ACCESS_KEY", aws_key), ("GITHUB_TOKEN", gh_token)],
    ),
    ("en", "Set OPENAI_API_KEY={0} in the staging environment.", [("OPENAI_API_KEY", openai_key)]),
    ("en", "Authorization: Bearer {0}", [("JWT", jwt)]),
    ("en", "Here is the deploy key:\n{0}\nrotate it after use.", [("PRIVATE_KEY", private_key)]),
    ("zh", "请把发票寄到{0}，或者拨打{1}联系财务。", [("EMAIL", email), ("PHONE", None)]),
    ("zh", "客户身份证号{0}与系统记录不一致。", [("CN_RESIDENT_ID", cn_id)]),
    ("zh", "银行卡号{0}已经绑定到这个账户。", [("CREDIT_CARD", card)]),
    ("ja", "担当者の電話番号は{0}、メールは{1}です。", [("PHONE", None), ("EMAIL", email)]),
    ("ja", "マイナンバーは{0}です。書類に記入してください。", [("JP_MY_NUMBER", jp_my_number)]),
    ("ko", "주민등록번호 {0} 확인 부탁드립니다.", [("KR_RRN", kr_rrn)]),
    ("ko", "연락처는 {0}이고 이메일은 {1}입니다.", [("PHONE", None), ("EMAIL", email)]),
    ("ru", "Позвоните мне по номеру {0} завтра утром.", [("PHONE", None)]),
    ("ru", "ИНН организации {0}, СНИЛС сотрудника {1}.", [("RU_INN", ru_inn), ("RU_SNILS", snils)]),
    ("de", "Bitte überweisen Sie den Betrag auf {0} bis Freitag.", [("IBAN", iban)]),
    ("de", "Meine Steuer-ID lautet {0}, Telefon {1}.", [("DE_TAX_ID", de_tax), ("PHONE", None)]),
    ("de", "Die Karte {0} wurde abgelehnt.", [("CREDIT_CARD", card)]),
]

NEGATIVES: list[tuple[str, Callable[[], str]]] = [
    ("en", lambda: f"Order #{bad_card()} shipped on 2026-03-14 at 10:30."),
    ("en", lambda: f"Request id {uuid.UUID(int=R.getrandbits(128))} failed with code 500."),
    (
        "en",
        lambda: (
            f"Upgrade to version {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 99)}"
            f".{R.randint(0, 999)} before Friday."
        ),
    ),  # fmt: skip
    ("en", lambda: f"Commit {''.join(R.choice('0123456789abcdef') for _ in range(40))} fixed it."),
    ("en", lambda: f"Revenue was {R.randint(1, 999)},{digits(3)},{digits(3)}.{digits(2)} USD."),
    ("en", lambda: f"Invoice {digits(8)} totals {R.randint(10, 999)}.{digits(2)} EUR."),
    ("zh", lambda: f"订单号{bad_card()}已发货，预计{R.randint(2, 9)}天到达。"),
    ("zh", lambda: f"身份证号{_broken_cn_id()}格式有误。"),
    (
        "ja",
        lambda: f"会議は{R.randint(1, 12)}月{R.randint(1, 28)}日の{R.randint(9, 17)}時からです。",
    ),
    ("ko", lambda: f"주문번호 {digits(6)}-{digits(7)} 배송이 시작되었습니다."),
    (
        "ru",
        lambda: f"Заказ № {digits(10)} будет доставлен {R.randint(1, 28)}.{R.randint(1, 12):02d}.",
    ),
    (
        "de",
        lambda: (
            f"Die Rechnung {digits(4)}-{digits(4)} ist am {R.randint(1, 28)}.{R.randint(1, 12)}"
            ".2026 fällig."
        ),
    ),  # fmt: skip
    (
        "de",
        lambda: (
            f"IBAN DE00 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)} ist falsch."
        ),
    ),
]

FILLER = {
    "en": ["The meeting moved to Thursday.", "Thanks for the quick reply!", "See the notes below."],
    "zh": ["会议改到周四。", "谢谢你的快速回复！", "详情见下文。"],
    "ja": ["会議は木曜日に変更になりました。", "早速のご返信ありがとうございます。"],
    "ko": ["회의가 목요일로 변경되었습니다.", "빠른 답변 감사합니다."],
    "ru": ["Встреча перенесена на четверг.", "Спасибо за быстрый ответ!"],
    "de": ["Das Treffen wurde auf Donnerstag verschoben.", "Danke für die schnelle Antwort!"],
}


def build(n_positive: int = 1200, n_negative: int = 600) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i in range(n_positive):
        lang, tpl, slots = R.choice(TEMPLATES)
        values = [(etype, gen() if gen else phone(lang)) for etype, gen in slots]
        head = R.choice(FILLER[lang]) + (" " if lang in ("en", "ru", "de", "ko") else "")
        text, ents = head, []
        parts = tpl.split("{")
        text += parts[0]
        for part in parts[1:]:
            idx, rest = part.split("}", 1)
            etype, value = values[int(idx)]
            ents.append({"type": etype, "start": len(text), "end": len(text) + len(value)})
            text += value + rest
        rows.append({"id": f"p{i}", "lang": lang, "text": text, "entities": ents})
    for i in range(n_negative):
        lang, gen = R.choice(NEGATIVES)
        rows.append({"id": f"n{i}", "lang": lang, "text": gen(), "entities": []})
    R.shuffle(rows)
    return rows


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
