"""What an answer to a checklist item may be: text, a yes/no, data classes the ladder knows,
a review with its reviewer, or evidence that exists and was made for this deployment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kanmon.catalog import Catalog
from kanmon.config import GovernanceSettings
from kanmon.errors import BadRequestError
from kanmon.governance._checklist import ITEMS
from kanmon.governance._evidence import EvidenceLookup, EvidenceRef, parse_ref, verify
from kanmon.governance._ladder import known_classes
from kanmon.governance._reviews import check_review


class AnswerCheck:
    """The part of ``Governance`` that checks answers, against the catalog, the evidence store
    and the configured data classes."""

    catalog: Catalog
    evidence: EvidenceLookup
    settings: GovernanceSettings
    now: Callable[[], dt.datetime]

    def _check_answer(self, item_id: str, value: Any, deployment: str, actor: str) -> Any:
        item = ITEMS.get(item_id)
        if item is None:
            raise BadRequestError(f"unknown checklist item {item_id!r}", param=item_id)
        if item.kind == "review":
            return check_review(item_id, value, actor, self.now())
        if item.kind == "text":
            if not isinstance(value, str) or not value.strip():
                raise BadRequestError(f"{item_id}: expected non-empty text", param=item_id)
            return value.strip()
        if item.kind == "bool":
            if not isinstance(value, bool):
                raise BadRequestError(f"{item_id}: expected true or false", param=item_id)
            return value
        values = [value] if isinstance(value, str) else value
        if (
            not isinstance(values, list)
            or not values
            or not all(isinstance(v, str) for v in values)
        ):
            raise BadRequestError(f"{item_id}: expected a non-empty list of strings", param=item_id)
        if item.kind == "data_classes":
            return known_classes(values, self.settings.data_classes, where=item_id)
        refs = [parse_ref(v, where=item_id) for v in values]
        for ref in refs:
            self._verify(ref, deployment, item_id)
        return [str(r) for r in refs]

    def _verify(self, ref: EvidenceRef, deployment: str, where: str) -> None:
        dep = self.catalog.deployments.get(deployment)
        problem = verify(ref, self.evidence, deployment, dep.entry_hash() if dep else None)
        if problem:
            raise BadRequestError(f"{where}: {problem}", param=where, code="invalid_evidence")
