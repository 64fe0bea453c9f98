"""Runtime enforcement: an in-memory index of approvals, rebuilt off the hot path and swapped
atomically, and the pipeline steps that read it.

Per request: one dict lookup per candidate deployment and a float comparison for expiry. No
database query, no hashing (fingerprints are compared when the index is built).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kanmon.catalog import Catalog
from kanmon.config import GovernanceSettings
from kanmon.core.approval import Approval, deployment_fingerprint
from kanmon.core.record import AuditRecord
from kanmon.errors import ApprovalRequiredError, ConfigError
from kanmon.governance._conditions import UserLimit, needs_review, user_limit
from kanmon.governance._evidence import EvidenceLookup, load_evidence
from kanmon.governance._facts import licence_problem
from kanmon.governance._obligations import (
    check_rule_classes,
    licence_territory_problem,
    rule_problem,
)
from kanmon.governance._service import Governance
from kanmon.governance._users import MonthlyUsers, end_user_id, month_of
from kanmon.request import Exchange
from kanmon.store import Database

log = logging.getLogger("kanmon.governance")


@dataclass(frozen=True, slots=True)
class _Entry:
    id: str
    data_classes: frozenset[str]
    expires_ts: float
    #: Why the approval is unusable regardless of time (status, fingerprint, flags, an
    #: approval rule), or None.
    problem: str | None
    conditions: tuple[str, ...] = ()


class ApprovalIndex:
    """(deployment, use case) → approvals, newest first, with their standing precomputed."""

    def __init__(
        self,
        approvals: Iterable[Approval],
        catalog: Catalog,
        settings: GovernanceSettings,
        users: MonthlyUsers | None = None,
    ) -> None:
        self.settings = settings
        self.users = users if users is not None else MonthlyUsers()
        fps: dict[str, str | None] = {}
        by: dict[tuple[str, str], list[_Entry]] = {}
        now = dt.datetime.now(dt.UTC)
        for ap in sorted(approvals, key=lambda a: a.approved_at, reverse=True):
            if ap.status == "superseded":
                continue
            if ap.deployment not in fps:
                dep = catalog.deployments.get(ap.deployment)
                fps[ap.deployment] = (
                    deployment_fingerprint(dep, catalog.models.get(dep.model)) if dep else None
                )
            dep = catalog.deployments.get(ap.deployment)
            model = catalog.models.get(dep.model) if dep else None
            flags = frozenset(model.flags) if model else frozenset()
            # expiry is checked per request; ``problem`` is evaluated as of the far past
            problem = ap.problem(fps[ap.deployment], flags, min(now, ap.approved_at))
            if problem is None and dep is not None:
                broken = rule_problem(
                    settings, dep, model, ap.use_case, ap.data_classes, ap.conditions
                )
                problem = broken[1] if broken else None
            by.setdefault((ap.deployment, ap.use_case), []).append(
                _Entry(ap.id, ap.data_classes, ap.expires_at.timestamp(), problem, ap.conditions)
            )
        self._by = {k: tuple(v) for k, v in by.items()}
        self._conditions = {e.id: e.conditions for v in by.values() for e in v if e.conditions}
        self._review = frozenset(a for a, c in self._conditions.items() if needs_review(c))
        self.any_review = bool(self._review)
        self._limits = {
            a: limit for a, c in self._conditions.items() if (limit := user_limit(c)) is not None
        }
        self.any_limit = bool(self._limits)
        self._licence: dict[tuple[str, str], str | None] = {}
        self._key_licence: dict[tuple[str, str, frozenset[str]], str | None] = {}
        self._deps = dict(catalog.deployments)
        self._models = {d.id: catalog.models.get(d.model) for d in catalog.deployments.values()}
        self._attribution = {
            dep_id: m.licence.obligations.attribution
            for dep_id, m in self._models.items()
            if m is not None and m.licence.obligations.attribution
        }

    def licence(
        self, dep_id: str, use_case: str, territory: frozenset[str] = frozenset()
    ) -> str | None:
        """Why the model's licence refuses this deployment for the use case (and, given, the
        calling key's territory), memoised: a key without a territory costs one lookup."""
        key = (dep_id, use_case)
        if key not in self._licence:
            self._licence[key] = licence_problem(
                self._models.get(dep_id), use_case, self.settings, self._deps.get(dep_id)
            )
        found = self._licence[key]
        if found is not None or not territory:
            return found
        tkey = (dep_id, use_case, territory)
        if tkey not in self._key_licence:
            self._key_licence[tkey] = licence_problem(
                self._models.get(dep_id),
                use_case,
                self.settings,
                self._deps.get(dep_id),
                territory,
            )
        return self._key_licence[tkey]

    def territory(self, dep_id: str, use_case: str, territory: frozenset[str]) -> bool:
        """Whether the licence refuses the deployment for its territory (the region's, the use
        case's callers' or the key's); asked on the refusal path only."""
        dep = self._deps.get(dep_id)
        if dep is None:
            return False
        model = self._models.get(dep_id)
        return bool(licence_territory_problem(dep, model, use_case, self.settings, territory))

    def conditions(self, approval_id: str) -> tuple[str, ...]:
        return self._conditions.get(approval_id, ())

    def review(self, approval_id: str) -> bool:
        """Whether the approval requires human review of each request."""
        return approval_id in self._review

    def user_limit(self, approval_id: str) -> UserLimit | None:
        return self._limits.get(approval_id)

    def attribution(self, dep_id: str) -> str | None:
        return self._attribution.get(dep_id)

    def check(
        self,
        dep_id: str,
        use_case: str,
        data_class: str,
        now: float,
        territory: frozenset[str] = frozenset(),
    ) -> tuple[str | None, str]:
        """(approval id, "") if the deployment may serve, else (None, why not); ``territory``
        is the calling key's."""
        lic = self.licence(dep_id, use_case, territory)
        if lic:
            return None, lic
        entries = self._by.get((dep_id, use_case))
        if not entries:
            return None, f"no approval for use case {use_case!r}"
        first_problem = ""
        for e in entries:
            if e.problem is not None:
                first_problem = first_problem or e.problem
                continue
            if now >= e.expires_ts:
                first_problem = first_problem or f"approval {e.id} expired"
                continue
            if data_class not in e.data_classes:
                first_problem = first_problem or (
                    f"approval {e.id} does not cover data class {data_class!r} "
                    f"(covers {', '.join(sorted(e.data_classes))})"
                )
                continue
            return e.id, ""
        return None, first_problem

    def users_problem(
        self, approval_id: str, dep_id: str, month: str, user: str | None
    ) -> tuple[str | None, str | None]:
        """(why a new end user may not be served under the approval, a warning): the
        approval's monthly user count against its ``max_monthly_users`` /
        ``track_monthly_users`` condition."""
        limit = self._limits.get(approval_id)
        if limit is None:
            return None, None
        count = self.users.count(dep_id, month)
        known = user is not None and self.users.seen(dep_id, month, user)
        if limit.refuse and user is not None and not known and count >= limit.users:
            return (
                f"approval {approval_id}: {count:,} end users served by {dep_id} in {month}, "
                f"the approval's limit (max_monthly_users: {limit.users})"
            ), None
        with_this = count + (1 if user is not None and not known else 0)
        if with_this >= limit.users * self.settings.threshold_warn_share:
            verb = "limit" if limit.refuse else "licence threshold"
            return None, (
                f"{dep_id}: {with_this:,} end user{'s' if with_this != 1 else ''} in {month}, "
                f"{with_this / limit.users:.0%} of the {verb} of approval {approval_id} "
                f"({limit.users:,})"
            )
        return None, None


class Enforcer:
    """The approval step (after decide: it sees the data class and the narrowed candidates)
    and its served step. It fills ``ex.approvals``, ``ex.approval_id``, ``ex.conditions``,
    ``ex.review_approvals`` and ``ex.end_user``; the hold step acts on review approvals."""

    def __init__(self, index: ApprovalIndex, settings: GovernanceSettings) -> None:
        self.index = index
        self.settings = settings

    async def __call__(self, ex: Exchange) -> None:
        p = ex.principal
        assert p is not None
        if not ex.candidates:  # an earlier step refused them all; it says why
            return
        s = self.settings
        use_case = p.use_case or s.default_use_case
        if p.use_case is None and s.use_case_required:
            ex.decision = "block"
            ex.rule_ids.append("governance.use_case")
            raise ApprovalRequiredError(
                f"Key {p.key_id!r} has no use case; governance requires one to route requests.",
                code="use_case_required",
            )
        data_class = ex.data_class or p.data_class or s.default_data_class
        ex.data_class = data_class
        index = self.index  # one consistent snapshot for the whole request
        ex.end_user = end_user_id(ex.body)
        month = month_of(ex.ts)
        now = time.time()
        keep = []
        approvals: dict[str, str] = {}
        refused: list[str] = []
        warnings: list[str] = []
        for dep in ex.candidates:
            approval_id, why = index.check(dep.id, use_case, data_class, now, p.territory)
            if approval_id is not None and index.any_limit:
                over, warning = index.users_problem(approval_id, dep.id, month, ex.end_user)
                if over is not None:
                    approval_id, why = None, over
                elif warning is not None:
                    warnings.append(warning)
            if approval_id is None:
                refused.append(f"{dep.id}: {why}")
            else:
                keep.append(dep)
                approvals[dep.id] = approval_id
        if refused:
            ex.rule_ids.append("governance.approval")
            ex.reasons.extend(f"governance: {r}" for r in refused)
        if not keep:
            ex.decision = "block"
            # every candidate's licence excludes a territory: the same code as at approval
            where = all(index.territory(d.id, use_case, p.territory) for d in ex.candidates)
            raise ApprovalRequiredError(
                f"No deployment of {ex.model!r} is approved for use case {use_case!r} and data "
                f"class {data_class!r}: {'; '.join(refused)}.",
                code="licence_territory" if where else None,
            )
        if warnings:
            ex.reasons.extend(f"governance: {w}" for w in warnings)
            ex.headers.append((b"x-kanmon-warning", _header_value("; ".join(warnings))))
        if keep[0] is not ex.candidates[0] and ex.decision == "allow":
            ex.decision = "reroute"
        ex.candidates = keep
        ex.approvals = approvals
        ex.approval_id = approvals[keep[0].id]
        ex.conditions = index.conditions(ex.approval_id)
        if index.any_review:  # any kept candidate may serve: each one's review condition counts
            ex.review_approvals = tuple(sorted({a for a in approvals.values() if index.review(a)}))

    def served(self, ex: Exchange) -> None:
        """Cite the approval of the deployment that actually served, and its attribution;
        count the end user against the deployment's month."""
        dep = ex.deployment
        if dep is None or not ex.approvals:
            return
        ex.approval_id = ex.approvals.get(dep.id)
        if ex.end_user is not None:
            self.index.users.add(dep.id, month_of(ex.ts), ex.end_user)
        text = self.index.attribution(dep.id)
        if text:
            ex.headers.append((b"x-kanmon-attribution", _header_value(text)))
        if ex.approval_id:
            ex.headers.append((b"x-kanmon-approval", ex.approval_id.encode()))
            ex.conditions = self.index.conditions(ex.approval_id)


def _header_value(text: str) -> bytes:
    return " ".join(text.split()).encode("ascii", "replace")[:512]


class Refresher:
    """Re-checks approvals (suspending what changed) and rebuilds the index every ``refresh_s``
    in a background thread; ``refresh()`` does the same at once (after an API change)."""

    def __init__(
        self,
        gov: Governance,
        enforcer: Enforcer,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.gov = gov
        self.enforcer = enforcer
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._on_error = on_error
        #: Called before each periodic refresh (the gateway checks its catalog files there).
        self.watch: Callable[[], None] | None = None

    def refresh(self) -> None:
        with self._lock:
            self.gov.reconcile()
            self.gov.users.sync(self.gov.store.db)
            self.enforcer.index = ApprovalIndex(
                self.gov.approvals(), self.gov.catalog, self.gov.settings, self.gov.users
            )

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kanmon-governance", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.gov.settings.refresh_s):
            try:
                if self.watch is not None:
                    self.watch()
                self.refresh()
            except Exception as e:  # keep the last good index; say so in the log
                log.error("governance refresh failed; keeping the previous approvals", exc_info=e)
                if self._on_error:
                    self._on_error(e)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None


@dataclass
class GovernanceRuntime:
    """What the gateway holds: the service (for the API), and when ``governance.enforce`` is on
    the enforcer (a pipeline step) and its refresher."""

    service: Governance
    enforcer: Enforcer | None = None
    refresher: Refresher | None = field(default=None, repr=False)

    def start(self) -> None:
        if self.refresher is not None:
            self.refresher.start()

    def stop(self) -> None:
        if self.refresher is not None:
            self.refresher.stop()

    def changed(self) -> None:
        """Called after an API action in this process: rebuild the index at once."""
        if self.refresher is not None:
            self.refresher.refresh()


def build_governance(
    db: Database,
    catalog: Catalog,
    settings: GovernanceSettings,
    *,
    record: Callable[[AuditRecord], object] | None,
    evidence: EvidenceLookup | None = None,
) -> GovernanceRuntime:
    """The service always; with ``settings.enforce`` also the enforcer, its index loaded (and
    stale approvals suspended) before the first request."""
    problems = check_rule_classes(settings)
    if problems:
        raise ConfigError("; ".join(problems))
    if settings.default_data_class not in settings.data_classes:
        raise ConfigError(
            f"governance.default_data_class: {settings.default_data_class!r} is not one of "
            f"governance.data_classes ({', '.join(settings.data_classes)})"
        )
    gov = Governance(db, catalog, settings, record=record, evidence=evidence or load_evidence(db))
    if not settings.enforce:
        return GovernanceRuntime(gov)
    enforcer = Enforcer(ApprovalIndex((), catalog, settings, gov.users), settings)
    refresher = Refresher(gov, enforcer)
    refresher.refresh()
    return GovernanceRuntime(gov, enforcer, refresher)
