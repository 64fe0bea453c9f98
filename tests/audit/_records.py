"""Build a small log directly through the writer (no gateway)."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kanmon.audit import AuditWriter, Signer
from kanmon.core.record import RECORD_VERSION, AuditRecord
from kanmon.store import Database, migrate


def record(i: int, **extra: object) -> AuditRecord:
    return AuditRecord(
        version=RECORD_VERSION,
        request_id=f"req_{i:06d}",
        ts=f"2026-11-23T08:00:{i % 60:02d}.000000+00:00",
        key_id="k1",
        team="qa",
        endpoint="chat.completions",
        model_requested="chat",
        deployment="d-main",
        status=200,
        prompt_tokens=10 + i,
        completion_tokens=5,
        **extra,  # type: ignore[arg-type]
    )


def build_log(
    url: str, n: int, *, batch: int = 7, interval_s: float = 0.0
) -> tuple[Database, Signer]:
    """``n`` records in batches of ``batch``, a signed head after each batch by default."""
    db = Database(url)
    migrate(db)
    signer = Signer(Ed25519PrivateKey.generate())
    w = AuditWriter(db, signer=signer, head_interval_s=interval_s)
    for lo in range(0, n, batch):
        w.write_many([record(i) for i in range(lo, min(n, lo + batch))])
    w.close()
    return db, signer
