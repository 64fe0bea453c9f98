"""How a governance action appears in the audit log: one record per action, beside the
request records, citing the approval and the deployment it concerns."""

from __future__ import annotations

import datetime as dt
import os

from kanmon.catalog import Catalog
from kanmon.core.provenance import provenance_snapshot
from kanmon.core.record import RECORD_VERSION, AuditRecord


def action_record(
    catalog: Catalog,
    now: dt.datetime,
    action: str,
    actor: str,
    *,
    deployment: str | None,
    use_case: str | None,
    approval_id: str | None,
    reasons: list[str],
) -> AuditRecord:
    dep = catalog.deployments.get(deployment) if deployment else None
    return AuditRecord(
        version=RECORD_VERSION,
        request_id="gov_" + os.urandom(12).hex(),
        ts=now.isoformat(),
        key_id=actor[:32],
        team=None,
        endpoint=f"governance.{action}"[:64],
        model_requested=None,
        deployment=deployment,
        provider=dep.provider if dep else None,
        processing_region=dep.processing_region if dep else None,
        status=200,
        decision="allow",  # the action itself is the endpoint (``governance.<action>``)
        reasons=reasons,
        key_name=actor,
        use_case=use_case,
        approval_id=approval_id,
        rule_ids=["governance"],
        provenance=provenance_snapshot(dep) if dep else None,
    )
