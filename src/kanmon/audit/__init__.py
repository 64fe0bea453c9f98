"""Audit: every request leaves a record; the writer commits them in groups off the event loop."""

from kanmon.audit._reader import read_records
from kanmon.audit._writer import AuditWriter

__all__ = ["AuditWriter", "read_records"]
