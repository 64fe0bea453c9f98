"""The cross-border transfer report, built from the audit log: for a period, which data classes
went to which provider entities, jurisdictions and processing regions, how many requests and
tokens, under which approvals — and the proof that the records it counts are the log's.

Each request record lists the deployments its data was sent to (``attempts``); the one that
served also left its provenance as of the request (``provenance``), which the report uses, so a
later catalog change does not rewrite history. Deployments tried without success received the
data too: they are rows of their own with ``served`` 0, their facts from the catalog at report
time when given (``facts_from: catalog``), else unknown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kanmon.audit import iter_records, signed_head, verify_log
from kanmon.catalog import Catalog
from kanmon.core.territory import covers, region_territories
from kanmon.core.when import to_utc
from kanmon.errors import BadRequestError, NotFoundError
from kanmon.store import Database

REPORT_FORMAT = "kanmon.transfers.v1"
UNCLASSIFIED = "unclassified"


@dataclass(slots=True)
class TransferRow:
    """One data class × deployment × approval: where the data went and how much of it."""

    data_class: str
    provider_entity: str
    provider_jurisdiction: str
    processing_region: str
    deployment: str
    model: str
    approval_id: str | None
    #: ``yes`` / ``no`` against the report's home territories, ``unknown`` when the region does
    #: not say where inference runs, None when no home was given.
    cross_border: str | None
    #: ``record``: provenance as the request's record kept it; ``catalog``: as the catalog
    #: says at report time (a deployment tried without success); ``unknown``: neither.
    facts_from: str
    requests: int = 0
    served: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    first_ts: str = ""
    last_ts: str = ""

    def key(self) -> tuple[str, ...]:
        return (
            self.data_class,
            self.provider_jurisdiction,
            self.processing_region,
            self.provider_entity,
            self.deployment,
            self.approval_id or "",
        )


@dataclass(slots=True)
class TransferReport:
    since: str
    until: str
    home: list[str]
    generated_at: str
    rows: list[TransferRow] = field(default_factory=list)
    #: Request records in the period that sent data to a provider.
    records: int = 0
    first_leaf: int | None = None
    last_leaf: int | None = None
    #: sha256 over ``<leaf index>:<leaf hash>`` lines of every counted record, in log order.
    records_digest: str = ""
    tree_head: dict[str, Any] | None = None
    verification: dict[str, Any] = field(default_factory=dict)

    def totals(self) -> dict[str, Any]:
        """Sums by destination jurisdiction and by data class."""
        by_j: dict[str, dict[str, int]] = {}
        by_c: dict[str, dict[str, int]] = {}
        for r in self.rows:
            for table, k in ((by_j, r.provider_jurisdiction), (by_c, r.data_class)):
                t = table.setdefault(k, {"requests": 0, "prompt_tokens": 0, "completion_tokens": 0})
                t["requests"] += r.requests
                t["prompt_tokens"] += r.prompt_tokens
                t["completion_tokens"] += r.completion_tokens
        return {
            "by_jurisdiction": dict(sorted(by_j.items())),
            "by_data_class": dict(sorted(by_c.items())),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "since": self.since,
            "until": self.until,
            "home": self.home,
            "generated_at": self.generated_at,
            "records": self.records,
            "first_leaf": self.first_leaf,
            "last_leaf": self.last_leaf,
            "records_digest": self.records_digest,
            "tree_head": self.tree_head,
            "verification": self.verification,
            "totals": self.totals(),
            "rows": [asdict(r) for r in self.rows],
        }


def _facts(rec: dict[str, Any], dep_id: str, catalog: Catalog | None) -> dict[str, str]:
    snap = rec.get("provenance") or {}
    if snap.get("deployment") == dep_id:
        return {
            "provider_entity": str(snap.get("provider_entity") or "unknown"),
            "provider_jurisdiction": str(snap.get("provider_jurisdiction") or "unknown"),
            "processing_region": str(snap.get("processing_region") or "UNKNOWN"),
            "model": str(snap.get("model") or "unknown"),
            "facts_from": "record",
        }
    dep = catalog.deployments.get(dep_id) if catalog is not None else None
    if dep is None:
        return {
            "provider_entity": "unknown",
            "provider_jurisdiction": "unknown",
            "processing_region": "UNKNOWN",
            "model": "unknown",
            "facts_from": "unknown",
        }
    return {
        "provider_entity": dep.provider_entity,
        "provider_jurisdiction": dep.provider_jurisdiction,
        "processing_region": dep.processing_region,
        "model": dep.model,
        "facts_from": "catalog",
    }


def cross_border(region: str, home: Sequence[str]) -> str | None:
    if not home:
        return None
    found = region_territories(region)
    if found is None:
        return "unknown"
    return "no" if all(covers(home, t) for t in found) else "yes"


def _sent_to(rec: dict[str, Any]) -> list[str]:
    """The deployments a request's data went to, in order, each once."""
    seen: list[str] = []
    for a in rec.get("attempts") or ():
        d = a.get("deployment") if isinstance(a, dict) else None
        if isinstance(d, str) and d not in seen:
            seen.append(d)
    return seen


def build_report(
    db: Database,
    *,
    since: dt.datetime,
    until: dt.datetime,
    home: Iterable[str] = (),
    catalog: Catalog | None = None,
    public_key: Ed25519PublicKey | None = None,
    now: dt.datetime | None = None,
) -> TransferReport:
    """The report for ``since <= ts < until`` (both with a timezone)."""
    lo, hi = to_utc(since, "since"), to_utc(until, "until")
    if hi <= lo:
        raise BadRequestError("until must be after since", param="until")
    homes = sorted({h.strip().upper() for h in home if h.strip()})
    report = TransferReport(
        since=lo.isoformat(),
        until=hi.isoformat(),
        home=homes,
        generated_at=(now or dt.datetime.now(dt.UTC)).isoformat(),
    )
    rows: dict[tuple[str, ...], TransferRow] = {}
    digest = hashlib.sha256()
    for rec in iter_records(db, since=lo, until=hi):
        targets = _sent_to(rec)
        if not targets:
            continue  # nothing left the gateway (refused, held, a governance action)
        report.records += 1
        leaf = rec.get("leaf_index")
        if leaf is not None:
            report.first_leaf = leaf if report.first_leaf is None else report.first_leaf
            report.last_leaf = leaf
            digest.update(f"{leaf}:{rec.get('leaf_hash')}\n".encode())
        data_class = rec.get("data_class") or UNCLASSIFIED
        served_by = rec.get("deployment") if 200 <= int(rec.get("status") or 0) < 400 else None
        for dep_id in targets:
            facts = _facts(rec, dep_id, catalog)
            served = dep_id == served_by
            row = TransferRow(
                data_class=data_class,
                provider_entity=facts["provider_entity"],
                provider_jurisdiction=facts["provider_jurisdiction"],
                processing_region=facts["processing_region"],
                deployment=dep_id,
                model=facts["model"],
                approval_id=rec.get("approval_id") if served else None,
                cross_border=cross_border(facts["processing_region"], homes),
                facts_from=facts["facts_from"],
            )
            row = rows.setdefault(row.key(), row)
            row.requests += 1
            if served:
                row.served += 1
                row.prompt_tokens += int(rec.get("prompt_tokens") or 0)
                row.completion_tokens += int(rec.get("completion_tokens") or 0)
            row.first_ts = row.first_ts or rec["ts"]
            row.last_ts = rec["ts"]
    report.rows = sorted(rows.values(), key=TransferRow.key)
    report.records_digest = "sha256:" + digest.hexdigest()
    report.tree_head, report.verification = _verify(db, report, public_key)
    return report


def _verify(
    db: Database, report: TransferReport, public_key: Ed25519PublicKey | None
) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The newest signed tree head and whether it covers the counted records, with the log's
    own verification of those records (leaf hashes, tree, head signatures)."""
    try:
        head: dict[str, Any] | None = signed_head(db)
    except NotFoundError:
        head = None
    if report.last_leaf is None:
        return head, {"ok": True, "covered": True, "summary": "no records in the period"}
    rep = verify_log(db, public_key, start=report.first_leaf or 0, end=report.last_leaf + 1)
    covered = head is not None and head["tree_size"] > report.last_leaf
    return head, {
        "ok": rep.ok,
        "covered": covered,
        "signatures_checked": public_key is not None,
        "summary": rep.summary()
        + (
            ""
            if covered
            else "; the newest records are not yet under a signed tree head (sign one, or wait "
            "for audit.head_interval_s, then build the report again)"
        ),
        "problems": [p.describe() for p in rep.problems[:20]],
    }


def check_report(
    db: Database,
    doc: dict[str, Any],
    *,
    catalog: Catalog | None = None,
    public_key: Ed25519PublicKey | None = None,
) -> list[str]:
    """Problems found re-building a report (its JSON) from the log: differing rows or record
    digest, a log that does not verify, records not under the cited signed head. Empty: the
    report is what the log says."""
    if doc.get("format") != REPORT_FORMAT:
        raise BadRequestError(f"not a transfer report (format {doc.get('format')!r})")
    try:
        since = dt.datetime.fromisoformat(str(doc["since"]))
        until = dt.datetime.fromisoformat(str(doc["until"]))
    except (KeyError, ValueError) as e:
        raise BadRequestError(f"the report's period is unreadable: {e}") from None
    again = build_report(
        db, since=since, until=until, home=doc.get("home") or (), catalog=catalog,
        public_key=public_key,
    )  # fmt: skip
    problems = []
    if again.records_digest != doc.get("records_digest"):
        problems.append(
            f"the log's records for the period differ from the report's (digest "
            f"{again.records_digest} != {doc.get('records_digest')})"
        )
    mine = orjson.dumps([asdict(r) for r in again.rows], option=orjson.OPT_SORT_KEYS)
    theirs = orjson.dumps(doc.get("rows"), option=orjson.OPT_SORT_KEYS)
    if mine != theirs:
        problems.append("the report's rows are not what the log's records add up to")
    if not again.verification.get("ok"):
        problems.append("the audit log does not verify: " + again.verification["summary"])
    head = doc.get("tree_head")
    last = doc.get("last_leaf")
    if last is not None and (not isinstance(head, dict) or head.get("tree_size", 0) <= last):
        problems.append("the report cites no signed tree head covering its records")
    elif isinstance(head, dict):
        try:
            stored = signed_head(db, int(head["tree_size"]))
        except (NotFoundError, KeyError, TypeError, ValueError):
            problems.append("the signed tree head the report cites is not in the log")
        else:
            if stored != head:
                problems.append("the signed tree head the report cites differs from the log's")
    return problems
