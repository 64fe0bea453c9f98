"""``kanmon audit verify``: recompute the log from the database and name the first bad record.

Checks, in one pass in leaf order: every row has a place (leaf index) and the places run
0, 1, 2, ... without gaps; each record hashes to its stored leaf hash (an edited or moved record
does not, because the leaf covers its index); kept content matches the digest in its record;
the tree over the stored leaf hashes has the root of every signed tree head, and each head's
signature verifies; the log ends where the shared tree state says it does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from kanmon.audit._format import leaf_bytes
from kanmon.audit._merkle import Frontier, leaf_hash
from kanmon.audit._signer import verify_head
from kanmon.store import Database, audit_log_state, audit_records, audit_tree_heads


@dataclass(frozen=True, slots=True)
class Problem:
    leaf_index: int | None
    seq: int | None
    request_id: str | None
    message: str
    #: False when a check can only narrow the problem to a range (a signed head's root).
    exact: bool = True

    def describe(self) -> str:
        where = []
        if self.leaf_index is not None:
            where.append(f"leaf {self.leaf_index}")
        if self.seq is not None:
            where.append(f"row seq {self.seq}")
        if self.request_id:
            where.append(self.request_id)
        return f"{', '.join(where) or 'log'}: {self.message}"


@dataclass(slots=True)
class VerifyReport:
    tree_size: int = 0
    records_checked: int = 0
    heads_checked: int = 0
    signed_size: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_bad(self) -> Problem | None:
        if not self.problems:
            return None
        big = 1 << 62
        pool = [p for p in self.problems if p.exact] or self.problems
        return min(pool, key=lambda p: big if p.leaf_index is None else p.leaf_index)

    def to_dict(self, max_problems: int | None = None) -> dict[str, object]:
        """The report as the CLI's ``--json`` and the auditor API show it."""
        first = self.first_bad
        return {
            "ok": self.ok,
            "tree_size": self.tree_size,
            "records_checked": self.records_checked,
            "heads_checked": self.heads_checked,
            "signed_size": self.signed_size,
            "first_bad": first.describe() if first else None,
            "problems": [p.describe() for p in self.problems[:max_problems]],
        }

    def summary(self) -> str:
        if self.ok:
            return (
                f"OK: {self.tree_size} records, {self.records_checked} checked, "
                f"{self.heads_checked} signed tree heads verified (signed up to "
                f"{self.signed_size})"
            )
        bad = self.first_bad
        assert bad is not None
        return f"FAILED: first bad record: {bad.describe()} ({len(self.problems)} problem(s))"


def verify_log(
    db: Database,
    public_key: Ed25519PublicKey | None,
    *,
    start: int = 0,
    end: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> VerifyReport:
    """Verify the whole log's structure and signatures, and the records in [start, end).
    ``progress`` hears the number of leaves walked every 10,000 (for long logs)."""
    rep = VerifyReport()
    add = rep.problems.append
    r = audit_records.c
    with db.engine.connect() as conn:
        state = conn.execute(
            select(audit_log_state.c.tree_size, audit_log_state.c.root_hash).where(
                audit_log_state.c.id == 1
            )
        ).first()
        heads = conn.execute(select(audit_tree_heads).order_by(audit_tree_heads.c.tree_size)).all()
        for seq, rid in conn.execute(select(r.seq, r.request_id).where(r.leaf_index.is_(None))):
            add(Problem(None, seq, rid, "row has no place in the log (inserted outside it)"))
        rows = conn.execution_options(yield_per=2000).execute(
            select(r.seq, r.leaf_index, r.request_id, r.record, r.leaf_hash, r.content, r.erased_at)
            .where(r.leaf_index.is_not(None))
            .order_by(r.leaf_index)
        )
        tree = Frontier()
        hi = 0
        broken = False  # after a gap the roots can no longer be recomputed
        for seq, index, rid, record, stored, content, erased in rows:
            if progress is not None and index % 10_000 == 0 and index:
                progress(index)
            if index != tree.size and not broken:
                if index > tree.size:
                    gone = (
                        "missing (row deleted)"
                        if index == tree.size + 1
                        else f"leaves {tree.size}-{index - 1} missing (rows deleted)"
                    )
                    add(Problem(tree.size, None, None, gone))
                else:  # pragma: no cover - the unique constraint prevents duplicates
                    add(Problem(index, seq, rid, "duplicate leaf index"))
                broken = True
            if start <= index and (end is None or index < end):
                rep.records_checked += 1
                _check_record(add, seq, index, rid, record, stored, content, erased)
            if broken:
                continue
            try:
                tree.append(bytes.fromhex(stored))
            except (TypeError, ValueError):
                add(Problem(index, seq, rid, "leaf hash unreadable"))
                broken = True
                continue
            while hi < len(heads) and heads[hi].tree_size <= tree.size:
                h = heads[hi]
                hi += 1
                if h.tree_size == tree.size:
                    _check_head(add, rep, public_key, h, tree)
        if not broken:
            for h in heads[hi:]:
                add(
                    Problem(
                        tree.size,
                        None,
                        None,
                        f"signed tree head at size {h.tree_size} covers records that are missing",
                    )
                )
    rep.tree_size = tree.size
    if state is None:
        add(Problem(None, None, None, "log state missing (not migrated?)"))
    elif not broken:
        size, root = int(state.tree_size), state.root_hash
        if tree.size > size:
            add(Problem(size, None, None, f"records beyond the log's size {size} (inserted)"))
        elif tree.size < size:
            add(Problem(tree.size, None, None, f"leaves {tree.size}-{size - 1} missing"))
        elif tree.root().hex() != root:
            add(
                Problem(
                    rep.signed_size,
                    None,
                    None,
                    f"the log's root does not match the records after leaf {rep.signed_size}"
                    " (last signed head): one of them was altered",
                    exact=False,
                )
            )
    if rep.tree_size and not heads:
        add(Problem(0, None, None, "no signed tree head covers the log"))
    return rep


Report = Callable[[Problem], None]


def _check_record(
    report: Report,
    seq: int,
    index: int,
    rid: str,
    record: str,
    stored: str | None,
    content: str | None,
    erased: str | None,
) -> None:
    if stored is None or leaf_hash(leaf_bytes(index, record)).hex() != stored:
        report(Problem(index, seq, rid, "record does not match its leaf hash (changed or moved)"))
        return
    try:
        described = orjson.loads(record).get("content")
    except orjson.JSONDecodeError:
        report(Problem(index, seq, rid, "record is not valid JSON"))
        return
    if content is not None:
        digest = hashlib.sha256(content.encode()).hexdigest()
        if not isinstance(described, dict) or described.get("sha256") != digest:
            report(Problem(index, seq, rid, "stored content does not match its record's digest"))
    elif isinstance(described, dict) and described.get("sha256") and erased is None:
        report(Problem(index, seq, rid, "content removed without an erasure mark"))


def _check_head(
    report: Report,
    rep: VerifyReport,
    public_key: Ed25519PublicKey | None,
    head: Any,
    tree: Frontier,
) -> None:
    size: int = head.tree_size
    root: str = head.root_hash
    if tree.root().hex() != root:
        low = rep.signed_size
        report(
            Problem(
                low,
                None,
                None,
                f"signed tree head at size {size} does not match the records: a record in "
                f"leaves {low}-{size - 1} was altered, removed or inserted",
                exact=False,
            )
        )
        return
    if public_key is not None and not verify_head(public_key, size, root, head.ts, head.signature):
        report(Problem(rep.signed_size, None, None, f"tree head at size {size}: bad signature"))
        return
    rep.heads_checked += 1
    rep.signed_size = size
