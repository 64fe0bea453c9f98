"""What to put where a finding was: a mask, a type tag, a keyed hash or a reversible
placeholder that the response gets back as the original value."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from kanmon.core.finding import Finding

OperatorKind = Literal["mask", "tag", "hash", "pseudonymise"]

_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")
#: Longest placeholder the stream restorer waits for before giving up on a '<'.
MAX_PLACEHOLDER = 48


class Operator(Protocol):
    @property
    def kind(self) -> OperatorKind: ...

    def apply(self, value: str, entity: str, vault: Vault | None) -> str: ...


@dataclass(frozen=True, slots=True)
class Mask:
    """``4111 1111 1111 1111`` → ``************1111`` (separators kept as they were)."""

    char: str = "*"
    keep_last: int = 0
    kind: OperatorKind = "mask"

    def apply(self, value: str, entity: str, vault: Vault | None) -> str:
        alnum = [i for i, c in enumerate(value) if c.isalnum()]
        keep = set(alnum[len(alnum) - self.keep_last :]) if self.keep_last else set()
        return "".join(
            c if (i in keep or not c.isalnum()) else self.char for i, c in enumerate(value)
        )


@dataclass(frozen=True, slots=True)
class Tag:
    """``alice@example.com`` → ``<EMAIL>``."""

    kind: OperatorKind = "tag"

    def apply(self, value: str, entity: str, vault: Vault | None) -> str:
        return f"<{entity}>"


@dataclass(frozen=True, slots=True)
class KeyedHash:
    """``alice@example.com`` → ``<EMAIL#9f2c…>``: HMAC-SHA256 under a secret key, so equal
    values stay linkable across requests without being reversible or guessable."""

    key: bytes
    length: int = 16
    kind: OperatorKind = "hash"

    def apply(self, value: str, entity: str, vault: Vault | None) -> str:
        digest = hmac.new(self.key, value.encode(), hashlib.sha256).hexdigest()
        return f"<{entity}#{digest[: self.length]}>"


@dataclass(frozen=True, slots=True)
class Pseudonymise:
    """``alice@example.com`` → ``<EMAIL_1>``; the same value gets the same placeholder within
    one request, and the response has the placeholders replaced by the values again."""

    kind: OperatorKind = "pseudonymise"

    def apply(self, value: str, entity: str, vault: Vault | None) -> str:
        if vault is None:
            raise ValueError("pseudonymise needs a vault")
        return vault.placeholder(entity, value)


@dataclass(slots=True)
class Vault:
    """Placeholder ↔ value for one request. Lives in ``Exchange.state``; never audited.

    Placeholders already present in the request text (``reserved``) are never handed out, so
    restoring cannot turn a literal ``<EMAIL_1>`` the caller wrote into someone's address.
    """

    reserved: str = ""
    _fwd: dict[tuple[str, str], str] = field(default_factory=dict)
    _back: dict[str, str] = field(default_factory=dict)
    _next: dict[str, int] = field(default_factory=dict)

    def placeholder(self, entity: str, value: str) -> str:
        key = (entity, value)
        ph = self._fwd.get(key)
        if ph is None:
            n = self._next.get(entity, 0)
            while True:
                n += 1
                ph = f"<{entity}_{n}>"
                if ph not in self.reserved:
                    break
            self._next[entity] = n
            self._fwd[key] = ph
            self._back[ph] = value
        return ph

    def __len__(self) -> int:
        return len(self._back)

    def restore(self, text: str) -> str:
        if not self._back or "<" not in text:
            return text
        back = self._back
        return _PLACEHOLDER.sub(lambda m: back.get(m.group(0), m.group(0)), text)


def apply_operators(
    text: str,
    findings: Sequence[Finding],
    operators: Mapping[str, Operator],
    default: Operator,
    vault: Vault | None = None,
    only: frozenset[str] | None = None,
) -> str:
    """Replace each finding's span (non-overlapping, any order) by its entity's operator."""
    if not findings:
        return text
    parts: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if only is not None and f.entity not in only:
            continue
        if f.start < pos:
            continue
        op = operators.get(f.entity, default)
        parts.append(text[pos : f.start])
        parts.append(op.apply(text[f.start : f.end], f.entity, vault))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


class RestoreStream:
    """Restores placeholders in streamed text, holding back a possible half placeholder."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._held = ""

    def feed(self, text: str) -> str:
        text = self._held + text
        self._held = ""
        cut = text.rfind("<")
        if cut != -1 and ">" not in text[cut:] and len(text) - cut < MAX_PLACEHOLDER:
            tail = text[cut + 1 :]
            if all(c.isupper() or c.isdigit() or c == "_" for c in tail):
                self._held = text[cut:]
                text = text[:cut]
        return self.vault.restore(text)

    def finish(self) -> str:
        out, self._held = self.vault.restore(self._held), ""
        return out
