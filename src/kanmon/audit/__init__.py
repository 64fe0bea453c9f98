"""Audit: every request leaves a record in an append-only Merkle log (RFC 9162 style) with
signed tree heads; the writer commits records in groups off the event loop."""

from kanmon.audit._config import sealer_for, signer_for
from kanmon.audit._content import ContentSealer, parse_content_key
from kanmon.audit._erase import MAX_RETENTION_DAYS, apply_retention, erase_content
from kanmon.audit._proofs import (
    MAX_TREE_SIZE,
    consistency,
    export_lines,
    inclusion,
    signed_head,
)
from kanmon.audit._range import iter_records
from kanmon.audit._reader import read_records
from kanmon.audit._rollup import TrafficRollup
from kanmon.audit._search import FILTERS, Bucket, Page, record_by_id, search_records, traffic
from kanmon.audit._signer import Signer, parse_public_key
from kanmon.audit._spent import spent_since
from kanmon.audit._step import AuditStep
from kanmon.audit._stored import stored_exchange
from kanmon.audit._verify import Problem, VerifyReport, verify_log
from kanmon.audit._writer import AuditUnavailable, AuditWriter
from kanmon.core.decision import CONTENT_MODES

__all__ = [
    "FILTERS",
    "AuditStep",
    "AuditUnavailable",
    "AuditWriter",
    "Bucket",
    "CONTENT_MODES",
    "ContentSealer",
    "Page",
    "Problem",
    "Signer",
    "VerifyReport",
    "MAX_RETENTION_DAYS",
    "MAX_TREE_SIZE",
    "apply_retention",
    "consistency",
    "erase_content",
    "export_lines",
    "inclusion",
    "iter_records",
    "parse_content_key",
    "parse_public_key",
    "read_records",
    "record_by_id",
    "sealer_for",
    "search_records",
    "signed_head",
    "signer_for",
    "spent_since",
    "TrafficRollup",
    "traffic",
    "stored_exchange",
    "verify_log",
]
