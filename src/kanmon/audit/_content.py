"""What an audit record keeps of the request and response content, per policy:

- ``none``: nothing (the default; nothing is serialised).
- ``hash``: HMAC-SHA256 of request and response under a content key: proves what was sent
  without keeping it, and cannot be brute-forced without the key.
- ``encrypted``: AES-256-GCM of both under the content key (the request id is the associated
  data, so a ciphertext cannot be moved to another record).
- ``full``: both in clear.

The result is the *envelope* stored in ``audit_records.content``; the record itself carries only
``{"mode", "sha256"}`` of the envelope, so the envelope can be erased later while the leaf hash
(computed over the record) still verifies.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Any

import orjson
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kanmon.audit._signer import decode32
from kanmon.core.decision import CONTENT_MODES, ContentMode
from kanmon.errors import ConfigError

_CANON = orjson.OPT_SORT_KEYS


def parse_content_key(text: str, what: str) -> bytes:
    raw = decode32(text.strip())
    if raw is not None:
        return raw
    raise ConfigError(f"{what}: the audit content key must be 32 bytes, hex or base64")


class ContentSealer:
    """Turns (request, response) into an envelope for one mode. The key is held, never shown."""

    def __init__(self, default: ContentMode, key: bytes | None) -> None:
        self.default = default
        self._key = key

    def __repr__(self) -> str:
        return f"ContentSealer(default={self.default!r})"

    def needs_key(self, mode: str) -> bool:
        return mode in ("hash", "encrypted")

    @property
    def has_key(self) -> bool:
        return self._key is not None

    def seal(
        self, mode: str, request_id: str, request: Any, response: Any
    ) -> tuple[str, dict[str, str]] | None:
        """``(envelope, {"mode", "sha256"})`` or None for mode ``none``."""
        if mode == "none":
            return None
        if mode not in CONTENT_MODES:
            raise ValueError(f"unknown audit content mode {mode!r}")
        if self.needs_key(mode) and self._key is None:
            raise ConfigError(f"audit content mode {mode!r} needs a content key")
        env: dict[str, Any] = {"mode": mode}
        if mode == "full":
            env["request"] = request
            env["response"] = response
        elif mode == "hash":
            assert self._key is not None
            env["alg"] = "HMAC-SHA256"
            env["request"] = _mac(self._key, request)
            env["response"] = _mac(self._key, response)
        else:
            assert self._key is not None
            nonce = os.urandom(12)
            plain = orjson.dumps({"request": request, "response": response}, option=_CANON)
            ct = AESGCM(self._key).encrypt(nonce, plain, request_id.encode())
            env["alg"] = "AES-256-GCM"
            env["nonce"] = base64.b64encode(nonce).decode()
            env["ciphertext"] = base64.b64encode(ct).decode()
        text = orjson.dumps(env, option=_CANON).decode()
        return text, {"mode": mode, "sha256": hashlib.sha256(text.encode()).hexdigest()}

    def open(self, envelope: str, request_id: str) -> dict[str, Any]:
        """Decrypt an ``encrypted`` envelope (auditors, with the key)."""
        env = orjson.loads(envelope)
        if env.get("mode") != "encrypted":
            return dict(env)
        if self._key is None:
            raise ConfigError("opening encrypted audit content needs the content key")
        plain = AESGCM(self._key).decrypt(
            base64.b64decode(env["nonce"]), base64.b64decode(env["ciphertext"]), request_id.encode()
        )
        out: dict[str, Any] = orjson.loads(plain)
        return out

    def mac(self, value: Any) -> str:
        """The keyed hash a ``hash`` envelope holds, to check a claimed content against it."""
        if self._key is None:
            raise ConfigError("checking hashed audit content needs the content key")
        return _mac(self._key, value)


def _mac(key: bytes, value: Any) -> str:
    return hmac.new(key, orjson.dumps(value, option=_CANON), hashlib.sha256).hexdigest()
