"""Signing and content keys: where they come from, and that they never show."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kanmon.audit import ContentSealer, Signer, parse_content_key
from kanmon.audit._signer import parse_public_key, verify_head
from kanmon.errors import ConfigError


def test_signing_key_file_is_created_private_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "audit-signing.key"
    a = Signer.load(env=None, file=path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    b = Signer.load(env=None, file=path)
    assert a.key_id == b.key_id and repr(a) == f"Signer(key_id={a.key_id!r})"
    sig = a.sign_head(5, "ab" * 32, "2026-11-23T08:00:00+00:00")
    pub = parse_public_key(a.public_pem())
    assert verify_head(pub, 5, "ab" * 32, "2026-11-23T08:00:00+00:00", sig)
    assert not verify_head(pub, 6, "ab" * 32, "2026-11-23T08:00:00+00:00", sig)
    assert parse_public_key(a.public_raw_b64()).public_bytes_raw() == pub.public_bytes_raw()
    with pytest.raises(ConfigError, match="does not exist"):
        Signer.load(env=None, file=tmp_path / "missing.key", create=False)


def test_signing_key_from_env_wins_and_is_never_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    monkeypatch.setenv("SIGNING", pem)
    s = Signer.load(env="SIGNING", file=tmp_path / "unused.key")
    assert not (tmp_path / "unused.key").exists()
    assert s.public.public_bytes_raw() == key.public_key().public_bytes_raw()
    seed = key.private_bytes_raw().hex()
    monkeypatch.setenv("SIGNING", seed)
    assert Signer.load(env="SIGNING", file=None).key_id == s.key_id
    monkeypatch.setenv("SIGNING", "not a key " + seed[:10])
    with pytest.raises(ConfigError) as e:
        Signer.load(env="SIGNING", file=None)
    assert seed[:10] not in str(e.value)
    assert seed not in caplog.text and "PRIVATE" not in caplog.text


def test_content_key_and_modes() -> None:
    raw = bytes(range(32))
    assert parse_content_key(raw.hex(), "k") == raw
    with pytest.raises(ConfigError):
        parse_content_key("short", "k")
    sealer = ContentSealer("none", raw)
    assert sealer.seal("none", "r", {"a": 1}, None) is None
    assert "ContentSealer(default='none')" == repr(sealer)
    with pytest.raises(ValueError):
        sealer.seal("bogus", "r", {}, None)
    with pytest.raises(ConfigError):
        ContentSealer("hash", None).seal("hash", "r", {}, None)
    env, desc = sealer.seal("encrypted", "req_1", {"secret": "x"}, {"ok": True}) or ("", {})
    assert desc["mode"] == "encrypted" and "secret" not in env
    assert sealer.open(env, "req_1") == {"request": {"secret": "x"}, "response": {"ok": True}}
    with pytest.raises(InvalidTag):  # the request id is bound to the ciphertext
        sealer.open(env, "req_2")
