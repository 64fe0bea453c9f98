"""The Ed25519 key that signs tree heads. It comes from an environment variable or a file (made
on first use, mode 0600); it is never logged, printed or stored in the database. Only its public
half leaves the process (``kanmon audit public-key``)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kanmon.audit._format import head_message
from kanmon.errors import ConfigError


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_of(public: Ed25519PublicKey) -> str:
    """Short, stable name of a public key: the first 16 hex digits of SHA-256 of its raw bytes."""
    return hashlib.sha256(_raw_public(public)).hexdigest()[:16]


def _parse_private(text: str, what: str) -> Ed25519PrivateKey:
    text = text.strip()
    if text.startswith("-----BEGIN"):
        try:
            key = serialization.load_pem_private_key(text.encode(), password=None)
        except ValueError:
            raise ConfigError(f"{what}: not a readable PEM private key") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise ConfigError(f"{what}: the PEM key is not an Ed25519 key")
        return key
    raw = decode32(text)
    if raw is None:
        raise ConfigError(f"{what}: expected a PEM Ed25519 key or a 32-byte seed (hex or base64)")
    return Ed25519PrivateKey.from_private_bytes(raw)


def decode32(text: str) -> bytes | None:
    """32 raw bytes from hex or base64 text, else None (keys of both signing and content)."""
    for decode in (bytes.fromhex, base64.b64decode):
        try:
            raw = decode(text)
        except (ValueError, binascii.Error):
            continue
        if len(raw) == 32:
            return raw
    return None


def parse_public_key(text: str) -> Ed25519PublicKey:
    text = text.strip()
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_public_key(text.encode())
        if not isinstance(key, Ed25519PublicKey):
            raise ConfigError("the public key is not an Ed25519 key")
        return key
    raw = decode32(text)
    if raw is None:
        raise ConfigError("expected a PEM Ed25519 public key or 32 raw bytes (hex or base64)")
    return Ed25519PublicKey.from_public_bytes(raw)


class Signer:
    """Signs tree heads. ``repr`` shows the key id only."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public = private.public_key()
        self.key_id = key_id_of(self.public)

    def __repr__(self) -> str:
        return f"Signer(key_id={self.key_id!r})"

    @classmethod
    def load(cls, *, env: str | None, file: Path | None, create: bool = True) -> Signer:
        """From ``$env`` if set and non-empty, else from ``file`` (created when missing)."""
        if env:
            value = os.environ.get(env, "").strip()
            if value:
                return cls(_parse_private(value, f"${env}"))
        if file is None:
            raise ConfigError("audit: no signing key (set audit.signing_key_env or _file)")
        if not file.exists():
            if not create:
                raise ConfigError(f"audit: signing key file {file} does not exist")
            _create_key_file(file)
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigError(f"audit: cannot read signing key {file} ({e.strerror})") from None
        return cls(_parse_private(text, str(file)))

    def sign_head(self, tree_size: int, root_hex: str, ts: str) -> str:
        return self._private.sign(head_message(tree_size, root_hex, ts)).hex()

    def public_pem(self) -> str:
        return self.public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()

    def public_raw_b64(self) -> str:
        return base64.b64encode(_raw_public(self.public)).decode()


def _create_key_file(path: Path) -> None:
    """Exclusive create, so concurrent worker processes agree on one key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
        f.flush()
        os.fsync(f.fileno())
    try:
        os.link(tmp, path)  # fails if another process won the race; then its key is used
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


def verify_head(
    public: Ed25519PublicKey, tree_size: int, root_hex: str, ts: str, signature_hex: str
) -> bool:
    try:
        public.verify(bytes.fromhex(signature_hex), head_message(tree_size, root_hex, ts))
    except (InvalidSignature, ValueError):
        return False
    return True
