"""Audit: every request leaves a record in an append-only Merkle log (RFC 9162 style) with
signed tree heads; the writer commits records in groups off the event loop."""

from kanmon.audit._config import sealer_for, signer_for
from kanmon.audit._content import ContentSealer, parse_content_key
from kanmon.audit._erase import apply_retention, erase_content
from kanmon.audit._proofs import consistency, export_lines, inclusion, signed_head
from kanmon.audit._range import iter_records
from kanmon.audit._reader import read_records
from kanmon.audit._signer import Signer, parse_public_key
from kanmon.audit._step import AuditStep
from kanmon.audit._verify import Problem, VerifyReport, verify_log
from kanmon.audit._writer import AuditUnavailable, AuditWriter
from kanmon.core.decision import CONTENT_MODES

__all__ = [
    "AuditStep",
    "AuditUnavailable",
    "AuditWriter",
    "CONTENT_MODES",
    "ContentSealer",
    "Problem",
    "Signer",
    "VerifyReport",
    "apply_retention",
    "consistency",
    "erase_content",
    "export_lines",
    "inclusion",
    "iter_records",
    "parse_content_key",
    "parse_public_key",
    "read_records",
    "sealer_for",
    "signed_head",
    "signer_for",
    "verify_log",
]
