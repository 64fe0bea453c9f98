"""Credentials: cloud keys, provider API tokens, JWTs, private keys."""

from __future__ import annotations

import base64
import binascii
import re

import orjson

from kanmon.plugins import register
from kanmon.scan._pattern import PatternScanner
from kanmon.scan._recognizer import TOK_R, Recognizer, rx, token_start
from kanmon.scan._scanset import SCANNERS


def _mixed(s: str) -> bool:
    """A token, not a word: letters and digits both present."""
    return any(c.isdigit() for c in s) and any(c.isalpha() for c in s)


def _jwt_ok(s: str) -> bool:
    head = s.split(".", 1)[0]
    try:
        raw = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
        obj = orjson.loads(raw)
    except (binascii.Error, ValueError, orjson.JSONDecodeError):
        return False
    return isinstance(obj, dict) and ("alg" in obj or "typ" in obj)


RECOGNIZERS = (
    Recognizer(
        "aws_access_key",
        "AWS_ACCESS_KEY",
        rx(r"(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z2-7]{16}(?![A-Z0-9])"),
        0.95,
        trigger="A(?:KIA|SIA|BIA|CCA|IDA|ROA)",
        window=(0, 24),
    ),
    Recognizer(
        "aws_secret_key",
        "AWS_SECRET_KEY",
        rx(
            r"(?i:aws.{0,20}?(?:secret|private).{0,20}?)[\s:=\"'`]{1,5}"
            r"(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"
        ),
        0.9,
        trigger="(?i:secret|private)",
        window=(40, 110),
        validator=_mixed,
        group=1,
    ),
    Recognizer(
        "github_token",
        "GITHUB_TOKEN",
        rx(
            token_start("gh", 2)
            + r"(?:[pousr]_[A-Za-z0-9]{36,251}|ithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})"
            + TOK_R
        ),
        0.98,
        trigger="gh[pousr]_|github_pat_",
        window=(0, 260),
    ),
    Recognizer(
        "anthropic_key",
        "ANTHROPIC_API_KEY",
        rx(token_start("sk-ant-", 7) + r"[A-Za-z0-9]{2,8}-[A-Za-z0-9_\-]{32,200}" + TOK_R),
        0.98,
        trigger="sk-ant-",
        window=(0, 220),
    ),
    Recognizer(
        "openai_key",
        "OPENAI_API_KEY",
        rx(
            token_start("sk-", 3)
            + r"(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,200}"
            + TOK_R
        ),
        0.9,
        trigger="sk-",
        window=(0, 220),
        validator=_mixed,
    ),
    Recognizer(
        "google_api_key",
        "GOOGLE_API_KEY",
        rx(token_start("AIza", 4) + r"[0-9A-Za-z_\-]{35}" + TOK_R),
        0.95,
        trigger="AIza",
        window=(0, 40),
    ),
    Recognizer(
        "slack_token",
        "SLACK_TOKEN",
        rx(token_start("xox", 3) + r"[abposr]-(?:\d+-)+[A-Za-z0-9]{10,}" + TOK_R),
        0.95,
        trigger="xox[abposr]-",
        window=(0, 200),
    ),
    Recognizer(
        "stripe_key",
        "STRIPE_KEY",
        rx(token_start("(?:sk|rk)", 2) + r"_live_[A-Za-z0-9]{20,}" + TOK_R),
        0.95,
        trigger="_live_",
        window=(3, 200),
    ),
    Recognizer(
        "jwt",
        "JWT",
        rx(
            token_start("eyJ", 3)
            + r"[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"
            + TOK_R
        ),
        0.95,
        trigger="eyJ",
        window=(0, 8192),
        validator=_jwt_ok,
    ),
    Recognizer(
        "private_key",
        "PRIVATE_KEY",
        # An unterminated block (a key cut off, or still streaming) runs to the end of the text.
        rx(
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
            r"(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|.*\Z)",
            re.DOTALL,
        ),
        0.99,
        trigger="-----BEGIN",
        window=(0, 1 << 30),
    ),
)

SECRET_ENTITIES = frozenset(r.entity for r in RECOGNIZERS)


@register(SCANNERS)
def secrets_scanner() -> PatternScanner:
    """Built-in ``secrets`` scanner (entry point ``kanmon.scanners``)."""
    return PatternScanner("secrets", RECOGNIZERS)
