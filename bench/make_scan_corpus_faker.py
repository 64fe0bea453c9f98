"""Generate the second labelled scanner corpus with Faker (deterministic for one Faker version).

    .venv/bin/pip install faker freezegun   # dev-only; not Kanmon dependencies
    .venv/bin/python bench/make_scan_corpus_faker.py

Writes ``bench/data/scan_corpus_faker_dev.jsonl`` and ``..._test.jsonl``: the same line format as
``scan_corpus.jsonl`` (``id``, ``lang``, ``text``, ``entities``) plus ``split`` and
``template``. Values come from Faker's locales (en_US, en_GB, en_CA, fr_FR, de_DE, de_AT, de_CH,
ja_JP, ko_KR, ru_RU, zh_CN), sentences from ``faker_corpus_templates.py``; neither was written
with Kanmon's recognizers in view. How this corpus differs from the first one, and the labelling
rules, are in ``bench/data/README.md``.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from faker import Faker
from faker_corpus_templates import LEAD_IN, NEGATIVE, POSITIVE
from freezegun import freeze_time

DATA = Path(__file__).parent / "data"
SEED = 20261130
R = random.Random(SEED)
_SLOT = re.compile(r"\{([A-Za-z_]+)\}")

LOCALES = {"en": "en_US", "de": "de_DE", "ja": "ja_JP", "ko": "ko_KR", "ru": "ru_RU", "zh": "zh_CN"}
_fakers: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    if locale not in _fakers:
        f = Faker(locale)
        f.seed_instance(SEED + len(_fakers))
        _fakers[locale] = f
    return _fakers[locale]


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


# -- entities --------------------------------------------------------------------------------

#: Phone regions each language draws from (weights), and the Faker locale of each region.
PHONE_REGIONS = {
    "en": [("US", 65), ("GB", 15), ("CA", 10), ("FR", 10)],
    "de": [("DE", 75), ("AT", 15), ("CH", 10)],
    "ja": [("JP", 100)],
    "ko": [("KR", 100)],
    "ru": [("RU", 100)],
    "zh": [("CN", 100)],
}
REGION_LOCALE = {"US": "en_US", "GB": "en_GB", "CA": "en_CA", "FR": "fr_FR", "DE": "de_DE",
                 "AT": "de_AT", "CH": "de_CH", "JP": "ja_JP", "KR": "ko_KR", "RU": "ru_RU",
                 "CN": "zh_CN"}  # fmt: skip


def phone(lang: str) -> str:
    """A phone number as Faker writes it for the region, kept only if it is a number of that
    region's numbering plan; a quarter re-written in international format."""
    regions, weights = zip(*PHONE_REGIONS[lang], strict=True)
    region = R.choices(regions, weights)[0]
    f = fk(REGION_LOCALE[region])
    while True:
        s = f.phone_number()
        try:
            num = phonenumbers.parse(s, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num):
            continue
        foreign = lang == "en" and region == "FR"
        if foreign or (R.random() < 0.25 and not num.extension):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return s


def _ja_name(f: Faker) -> str:
    return f.last_name() + R.choice(["", " ", "\u3000"]) + f.first_name()


def person(lang: str) -> str:
    f = fk(LOCALES[lang])
    if lang == "ru":
        male = R.random() < 0.5
        first = f.first_name_male() if male else f.first_name_female()
        mid = f.middle_name_male() if male else f.middle_name_female()
        last = f.last_name_male() if male else f.last_name_female()
        return R.choice([f"{first} {last}", f"{last} {first} {mid}", f"{first} {mid} {last}"])
    if lang == "ja":
        return _ja_name(f)
    if lang in ("ko", "zh"):
        return str(f.name())
    return f"{f.first_name()} {f.last_name()}"


def person_titled(lang: str) -> str:
    """A name with an academic title or a suffix; the label covers all of it."""
    base = person(lang)
    if lang == "en":
        return R.choice([f"Dr. {base}", f"Prof. {base}", f"{base}, PhD", f"{base} Jr.",
                         f"{base}, MD", f"Dr. {base} III"])  # fmt: skip
    if lang == "de":
        return R.choice([f"Dr. {base}", f"Prof. Dr. {base}", f"Dr. med. {base}",
                         f"Dipl.-Ing. {base}", f"{base} M.Sc.", f"{base}, MBA"])  # fmt: skip
    return base


def person_fio(_: str) -> str:
    f = fk("ru_RU")
    male = R.random() < 0.5
    last = f.last_name_male() if male else f.last_name_female()
    first = f.first_name_male() if male else f.first_name_female()
    mid = f.middle_name_male() if male else f.middle_name_female()
    if R.random() < 0.25:
        return f"{last} {first[0]}. {mid[0]}."
    return f"{last} {first} {mid}"


def person_io(_: str) -> str:
    f = fk("ru_RU")
    if R.random() < 0.5:
        return f"{f.first_name_male()} {f.middle_name_male()}"
    return f"{f.first_name_female()} {f.middle_name_female()}"


def card(_: str) -> str:
    f = fk("en_US")
    kind = R.choices(
        ["visa16", "mastercard", "amex", "discover", "jcb16", "diners", "maestro", "visa19"],
        [30, 25, 15, 8, 7, 5, 6, 4],
    )[0]
    while True:
        num = f.credit_card_number(kind)
        if kind != "jcb16" or 3528 <= int(num[:4]) <= 3589:  # Faker also draws unissued 35xx
            break
    n = len(num)
    style = R.random()
    if style < 0.4:
        return num
    sep = R.choice([" ", "-"]) if style < 0.85 else " "
    if kind == "amex":
        groups = (4, 6, 5) if R.random() < 0.6 else (4, 4, 4, 3)
    elif kind == "diners" and n == 14:
        groups = (4, 6, 4)
    else:
        groups = tuple([4] * (n // 4) + ([n % 4] if n % 4 else []))
    out, i = [], 0
    for g in groups:
        out.append(num[i : i + g])
        i += g
    return sep.join(out)


def iban(lang: str) -> str:
    loc = R.choice({"de": ["de_DE", "de_DE", "de_AT", "de_CH"], "en": ["en_GB", "de_DE", "fr_FR"]}
                   .get(lang, ["de_DE", "en_GB", "fr_FR", "nl_NL", "es_ES"]))  # fmt: skip
    s = str(fk(loc).iban())
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if R.random() < 0.5 else s


def kr_rrn(_: str) -> str:
    """Faker's RRN with the weighted check digit that numbers issued before October 2020 carry
    (Faker leaves the last digit random) and a real birth date."""
    s = str(fk("ko_KR").ssn()).replace("-", "")[:12]
    if s[2:4] == "00" or s[4:6] == "00":  # Faker draws month or day 00 now and then
        s = (
            s[:2]
            + (s[2:4] if s[2:4] != "00" else "01")
            + (s[4:6] if s[4:6] != "00" else "01")
            + s[6:]
        )
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(c) * k for c, k in zip(s, w, strict=True)) % 11) % 10
    return f"{s[:6]}-{s[6:]}{check}"


def _born(lo: int, hi: int) -> dt.date:
    return dt.date(lo, 1, 1) + dt.timedelta(days=R.randint(0, (hi - lo) * 365))


def cn_id(_: str) -> str:
    """Faker's resident ID with the birth date redrawn from fixed years (Faker counts back from
    today) and the ISO 7064 MOD 11-2 check character computed again."""
    s = str(fk("zh_CN").ssn())[:17]
    s = s[:6] + _born(1950, 2006).strftime("%Y%m%d") + s[14:]
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return s + "10X98765432"[sum(int(c) * k for c, k in zip(s, w, strict=True)) % 11]


def snils(_: str) -> str:
    s = str(fk("ru_RU").snils())
    return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"


def inn(_: str) -> str:
    f = fk("ru_RU")
    return str(f.individuals_inn() if R.random() < 0.5 else f.businesses_inn())


def ip(_: str) -> str:
    f = fk("en_US")
    return str(f.ipv4_public() if R.random() < 0.7 else f.ipv6())


def _alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def jwt(_: str) -> str:
    def b64(obj: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    f = fk("en_US")
    head = {"alg": R.choice(["RS256", "HS256", "ES256"]), "typ": "JWT"}
    body = {"sub": f.uuid4(), "email": f.email(), "iat": R.randint(1.7e9, 1.8e9)}
    return f"{b64(head)}.{b64(body)}.{_alnum(43, string.ascii_letters + string.digits + '-_')}"


ENTITY: dict[str, tuple[str, Callable[[str], str]]] = {
    "PERSON": ("PERSON", person),
    "PERSON_T": ("PERSON", person_titled),
    "PERSON_FIO": ("PERSON", person_fio),
    "PERSON_IO": ("PERSON", person_io),
    "PERSON_KANA": ("PERSON", lambda _: str(fk("ja_JP").kana_name())),
    "SURNAME": ("PERSON", lambda lang: str(fk(LOCALES[lang]).last_name())),
    "GIVEN": ("PERSON", lambda lang: str(fk(LOCALES[lang]).first_name())),
    "EMAIL": ("EMAIL", lambda lang: str(fk(LOCALES[lang]).email())),
    "PHONE": ("PHONE", phone),
    "CARD": ("CREDIT_CARD", card),
    "IBAN": ("IBAN", iban),
    "SSN": ("US_SSN", lambda _: str(fk("en_US").ssn())),
    "CN_ID": ("CN_RESIDENT_ID", cn_id),
    "KR_RRN": ("KR_RRN", kr_rrn),
    "INN": ("RU_INN", inn),
    "SNILS": ("RU_SNILS", snils),
    "IP": ("IP_ADDRESS", ip),
    "AWS_KEY": ("AWS_ACCESS_KEY", lambda _: "AKIA" + _alnum(16, string.ascii_uppercase + "234567")),
    "GH_TOKEN": ("GITHUB_TOKEN", lambda _: "ghp_" + _alnum(36)),
    "OPENAI_KEY": ("OPENAI_API_KEY", lambda _: "sk-proj-" + _alnum(48, string.ascii_letters
                                                                  + string.digits + "-_")),
    "SLACK": ("SLACK_TOKEN", lambda _: f"xoxb-{digits(12)}-{digits(13)}-{_alnum(24)}"),
    "JWT": ("JWT", jwt),
}  # fmt: skip


# -- filler (unlabelled) ---------------------------------------------------------------------

#: Fixed bounds: Faker's relative dates ("-2y") would change the corpus with the calendar.
_D0, _D1 = dt.date(2025, 1, 1), dt.date(2027, 12, 31)
DATE_FORMATS = {"en": "%B %d, %Y", "de": "%d.%m.%Y", "ja": "%Y年%m月%d日", "ko": "%Y년 %m월 %d일",
                "ru": "%d.%m.%Y", "zh": "%Y年%m月%d日"}  # fmt: skip


def _bad_card(_: str) -> str:
    num = str(fk("en_US").credit_card_number(R.choice(["visa16", "mastercard"])))
    return num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)


def _bad_iban(_: str) -> str:
    s = str(fk("de_DE").iban())
    cd = (int(s[2:4]) + R.randint(1, 90)) % 97
    return f"{s[:2]}{max(cd, 2):02d}{s[4:]}"


def _nanp_code(_: str) -> str:
    """Shaped like a US number, but area codes never start with 0 or 1."""
    return f"{R.choice('01')}{digits(2)}-{digits(3)}-{digits(4)}"


def _weekday(lang: str) -> str:
    return str(fk(LOCALES[lang]).day_of_week())


FILLER: dict[str, Callable[[str], str]] = {
    "company": lambda lang: str(fk(LOCALES[lang]).company()),
    "city": lambda lang: str(fk(LOCALES[lang]).city()),
    "address": lambda lang: str(fk(LOCALES[lang]).address()).replace("\n", ", "),
    "street": lambda lang: str(fk(LOCALES[lang]).street_address()),
    "postcode": lambda lang: str(fk(LOCALES[lang]).postcode()),
    "date": lambda lang: fk(LOCALES[lang]).date_between(_D0, _D1).strftime(DATE_FORMATS[lang]),
    "month": lambda _: R.choice(
        [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ]
    ),
    "weekday": _weekday,
    "time": lambda _: f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
    "expiry": lambda _: str(fk("en_US").credit_card_expire(_D0, _D1 + dt.timedelta(days=1500))),
    "product": lambda _: R.choice(["standing desk", "espresso machine", "router", "monitor arm"]),
    "amount": lambda _: f"{R.randint(5, 9999)}.{digits(2)}",
    "int": lambda _: str(R.randint(2, 999)),
    "order": lambda _: fk("en_US").bothify(R.choice(["ORD-####-####", "#########", "A##-######"])),
    "order_digits": lambda _: f"{R.randint(1, 9)}{digits(9)}",
    "tracking": lambda _: fk("en_US").bothify("1Z###??########", letters="ABCDEFGHJKLMNPRSTUVWXYZ"),
    "version": lambda _: f"{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 99)}.{digits(3)}",
    "sha1": lambda _: str(fk("en_US").sha1()),
    "uuid": lambda _: str(fk("en_US").uuid4()),
    "hostname": lambda _: str(fk("en_US").hostname()),
    "isbn13": lambda _: str(fk("en_US").isbn13()),
    "ean13": lambda _: str(fk("en_US").ean13()),
    "sku": lambda _: fk("en_US").bothify("??-####-##").upper(),
    "slip": lambda _: f"{digits(4)}-{digits(4)}-{digits(4)}",
    "kr_code": lambda _: f"1{digits(2)}-{digits(4)}-{digits(4)}",
    "zh_code": lambda _: f"1{R.choice('012')}{digits(9)}",
    "ru_code": lambda _: f"8-{R.choice('0126')}{digits(2)}-{digits(3)}-{digits(2)}-{digits(2)}",
    "nanp_code": _nanp_code,
    "bad_card": _bad_card,
    "bad_iban": _bad_iban,
}


# -- rows ------------------------------------------------------------------------------------


def fill(lang: str, template: str) -> tuple[str, list[dict[str, object]]]:
    lead = R.choice(LEAD_IN[lang]) if R.random() < 0.3 else ""
    text = lead + (" " if lead and lang in ("en", "de", "ru", "ko") else "")
    ents: list[dict[str, object]] = []
    pos = 0
    for m in _SLOT.finditer(template):
        text += template[pos : m.start()]
        slot = m.group(1)
        if slot in ENTITY:
            etype, gen = ENTITY[slot]
            value = gen(lang)
            ents.append({"type": etype, "start": len(text), "end": len(text) + len(value)})
        else:
            value = FILLER[slot](lang)
        text += value
        pos = m.end()
    return text + template[pos:], ents


def build(per_template_pos: int = 14, per_template_neg: int = 14) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for kind, templates, n in (
        ("p", POSITIVE, per_template_pos),
        ("n", NEGATIVE, per_template_neg),
    ):
        for t_index, (lang, split, template) in enumerate(templates):
            for k in range(n):
                text, ents = fill(lang, template)
                tid = f"{kind}{t_index}"
                rows.append({"id": f"f{tid}-{k}", "lang": lang, "split": split,
                             "template": tid, "text": text, "entities": ents})  # fmt: skip
    R.shuffle(rows)
    return rows


def main() -> None:
    # Faker counts some values back from today (birth dates, years in e-mail names): a fixed
    # today keeps the corpus the same whatever the day it is regenerated on.
    with freeze_time("2026-11-30 12:00:00"):
        rows = build()
    DATA.mkdir(parents=True, exist_ok=True)
    for split in ("dev", "test"):
        out = DATA / f"scan_corpus_faker_{split}.jsonl"
        with out.open("w", encoding="utf-8") as f:
            for row in rows:
                if row["split"] == split:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
