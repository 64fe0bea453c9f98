"""Offline catalog bundles: catalog entries signed with Ed25519 (as the audit log's tree heads
are), so an air-gapped gateway takes catalog updates only from a publisher it trusts.

A bundle is one JSON document::

    {"format": "kanmon.catalog.bundle.v1", "created": "<ISO time>", "key_id": "<16 hex>",
     "catalog": {"models": [...], "deployments": [...]}, "signature": "<base64>"}

The signature covers the canonical JSON (sorted keys, no spaces) of everything but itself.
Installed (``catalog.bundle`` in kanmon.yaml), its entries sit between the shipped catalog and
your own files: they replace shipped entries of the same id, your files replace theirs.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kanmon.catalog._catalog import Catalog
from kanmon.core.catalog import Deployment, Model
from kanmon.errors import CatalogError

BUNDLE_FORMAT = "kanmon.catalog.bundle.v1"


def _raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    """First 16 hex digits of SHA-256 of the raw public key (as audit tree heads name keys)."""
    return hashlib.sha256(_raw(key)).hexdigest()[:16]


def _signed_part(doc: Mapping[str, Any]) -> bytes:
    body = {k: v for k, v in doc.items() if k != "signature"}
    return orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def sign_bundle(
    catalog: Mapping[str, Any], private: Ed25519PrivateKey, *, now: dt.datetime | None = None
) -> dict[str, Any]:
    """A signed bundle of ``catalog`` (a mapping with ``models`` and/or ``deployments``)."""
    unknown = set(catalog) - {"models", "deployments"}
    if unknown:
        raise CatalogError(f"a bundle holds models and deployments, not {sorted(unknown)}")
    doc: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "created": (now or dt.datetime.now(dt.UTC)).isoformat(),
        "key_id": key_id(private.public_key()),
        "catalog": {k: list(v) for k, v in catalog.items()},
    }
    doc["signature"] = base64.b64encode(private.sign(_signed_part(doc))).decode()
    return doc


def load_public_keys(paths: Iterable[Path]) -> list[Ed25519PublicKey]:
    keys = []
    for path in paths:
        try:
            key = serialization.load_pem_public_key(Path(path).read_bytes())
        except (OSError, ValueError) as e:
            raise CatalogError(f"{path}: not a readable PEM public key ({e})") from None
        if not isinstance(key, Ed25519PublicKey):
            raise CatalogError(f"{path}: not an Ed25519 public key")
        keys.append(key)
    return keys


@dataclass(frozen=True)
class Bundle:
    path: Path
    created: str
    key_id: str
    catalog: dict[str, list[Any]]
    #: sha256 of the file, to tell an installed bundle from a new one.
    digest: str


def read_bundle(path: Path, trusted: Sequence[Ed25519PublicKey]) -> Bundle:
    """The bundle at ``path`` if a trusted key signed it; CatalogError saying why not."""
    try:
        raw = Path(path).read_bytes()
        doc = orjson.loads(raw)
    except (OSError, orjson.JSONDecodeError) as e:
        raise CatalogError(f"{path}: not a readable catalog bundle ({e})") from None
    if not isinstance(doc, dict) or doc.get("format") != BUNDLE_FORMAT:
        raise CatalogError(f"{path}: not a catalog bundle (format {BUNDLE_FORMAT} expected)")
    if not trusted:
        raise CatalogError(
            f"{path}: no trusted bundle key configured (catalog.bundle_keys in kanmon.yaml)"
        )
    try:
        signature = base64.b64decode(str(doc.get("signature")), validate=True)
    except (binascii.Error, ValueError):
        raise CatalogError(f"{path}: the signature is not base64") from None
    signer = next((k for k in trusted if key_id(k) == doc.get("key_id")), None)
    if signer is None:
        raise CatalogError(f"{path}: signed by key {doc.get('key_id')!r}, which is not trusted")
    try:
        signer.verify(signature, _signed_part(doc))
    except InvalidSignature:
        raise CatalogError(
            f"{path}: the signature does not verify (changed after signing?)"
        ) from None
    catalog = doc.get("catalog")
    if not isinstance(catalog, dict) or set(catalog) - {"models", "deployments"}:
        raise CatalogError(f"{path}: catalog must hold only models and deployments lists")
    return Bundle(
        path=Path(path),
        created=str(doc.get("created")),
        key_id=str(doc["key_id"]),
        catalog={k: list(v) for k, v in catalog.items()},
        digest=hashlib.sha256(raw).hexdigest(),
    )


@dataclass(frozen=True)
class Change:
    """One catalog entry that differs: ``added``, ``removed`` or ``changed`` (with fields)."""

    kind: str  # "model" | "deployment"
    id: str
    change: str
    fields: tuple[str, ...] = ()

    def describe(self) -> str:
        what = f" ({', '.join(self.fields)})" if self.fields else ""
        return f"{self.change} {self.kind} {self.id}{what}"


def _fields(a: Model | Deployment, b: Model | Deployment) -> tuple[str, ...]:
    da, db = a.model_dump(mode="json"), b.model_dump(mode="json")
    return tuple(sorted(k for k in set(da) | set(db) if da.get(k) != db.get(k)))


def catalog_diff(old: Catalog, new: Catalog) -> list[Change]:
    out: list[Change] = []
    for kind, before, after in (
        ("model", old.models, new.models),
        ("deployment", old.deployments, new.deployments),
    ):
        for i in sorted(set(before) | set(after)):
            if i not in before:
                out.append(Change(kind, i, "added"))
            elif i not in after:
                out.append(Change(kind, i, "removed"))
            elif before[i] != after[i]:
                out.append(Change(kind, i, "changed", _fields(before[i], after[i])))
    return out
