"""Scanning: personal data, secrets and prompt injection in request and response text.

Findings are typed spans with a confidence (``kanmon.core.Finding``); values stay in the
text they were found in. Operators replace them (mask, type tag, keyed hash, reversible
placeholder). More scanners plug in through the ``kanmon.scanners`` entry-point group.
"""

from typing import TYPE_CHECKING, Any

from kanmon.scan._checksums import (
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
from kanmon.scan._injection import InjectionScanner, injection_scanner
from kanmon.scan._injection_guard import (
    EndpointGuard,
    Guard,
    GuardChat,
    GuardError,
    GuardVerdict,
    OnnxGuard,
    parse_verdict,
    run_guard,
)
from kanmon.scan._injection_score import InjectionResult
from kanmon.scan._names import names_scanner
from kanmon.scan._operators import (
    KeyedHash,
    Mask,
    Operator,
    Pseudonymise,
    RestoreStream,
    Tag,
    Vault,
    apply_operators,
)
from kanmon.scan._pattern import PatternScanner, utf8
from kanmon.scan._pii import PII_ENTITIES, pii_scanner
from kanmon.scan._recognizer import Recognizer
from kanmon.scan._scanset import Scanner, ScanSet, available_scanners, load_scanner
from kanmon.scan._secrets import SECRET_ENTITIES, secrets_scanner
from kanmon.scan._stream import StreamRedactor
from kanmon.scan._text import TextSlot, document_spans, text_slots

__all__ = [
    "PII_ENTITIES",
    "SECRET_ENTITIES",
    "EndpointGuard",
    "Guard",
    "GuardChat",
    "GuardError",
    "GuardVerdict",
    "NgramModel",
    "OnnxGuard",
    "parse_verdict",
    "run_guard",
    "InjectionResult",
    "InjectionScanner",
    "KeyedHash",
    "Mask",
    "Operator",
    "PatternScanner",
    "Pseudonymise",
    "Recognizer",
    "RestoreStream",
    "ScanSet",
    "Scanner",
    "StreamRedactor",
    "Tag",
    "TextSlot",
    "Vault",
    "apply_operators",
    "available_scanners",
    "cn_resident_id_valid",
    "de_tax_id_valid",
    "document_spans",
    "iban_valid",
    "injection_scanner",
    "jp_my_number_valid",
    "kr_rrn_valid",
    "load_scanner",
    "luhn_valid",
    "names_scanner",
    "pii_scanner",
    "ru_inn_valid",
    "ru_snils_valid",
    "secrets_scanner",
    "text_slots",
    "us_ssn_valid",
    "utf8",
]

if TYPE_CHECKING:
    from kanmon.scan._injection_model import NgramModel


def __getattr__(name: str) -> Any:
    # The classifier's model brings numpy (~0.15 s, and its thread pool): loaded when first
    # named, so a process that never scans for injection does without it.
    if name == "NgramModel":
        from kanmon.scan._injection_model import NgramModel

        return NgramModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
