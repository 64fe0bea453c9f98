"""Evidence references: eval runs cited by id and the hash of their results.

The eval store answers ``lookup``; until one is plugged in, references are checked for format
only and shown as *unverified* in reports. The built-in store is
``kanmon.evals._evidence`` (entry point ``evals``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kanmon.core.approval import EVIDENCE_RE
from kanmon.errors import BadRequestError
from kanmon.plugins import EVIDENCE_GROUP, Kind


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    run_id: str
    content_hash: str

    def __str__(self) -> str:
        return f"{self.run_id}@sha256:{self.content_hash}"


@dataclass(frozen=True, slots=True)
class EvalRunInfo:
    """What the eval store knows about a run."""

    run_id: str
    content_hash: str
    #: Deployments the run tested (a run may compare several); empty if not known.
    deployments: tuple[str, ...] = ()
    summary: str | None = None
    #: Checklist items this run is evidence for (e.g. ``sec.injection_leakage``).
    covers: tuple[str, ...] = ()
    #: Catalog entry hash of each tested deployment when the run was made (if known).
    fingerprints: Mapping[str, str] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        return f"{self.run_id}@sha256:{self.content_hash}"


class EvidenceLookup(Protocol):
    """What governance needs from the eval store: one run by id, and the runs of a deployment
    (used to prefill the security-testing answers of a new assessment)."""

    def lookup(self, run_id: str) -> EvalRunInfo | None: ...

    def runs_for(self, deployment: str) -> Sequence[EvalRunInfo]: ...


class NoEvidenceStore:
    """No eval store: nothing can be verified, nothing is refused for being unknown."""

    verifies = False

    def lookup(self, run_id: str) -> EvalRunInfo | None:
        return None

    def runs_for(self, deployment: str) -> Sequence[EvalRunInfo]:
        return ()


def parse_ref(text: str, *, where: str = "evidence") -> EvidenceRef:
    m = EVIDENCE_RE.match(text.strip())
    if m is None:
        raise BadRequestError(
            f"{where}: {text!r} is not an evidence reference; expected "
            "'<eval run id>@sha256:<64 lowercase hex>'",
            param=where,
            code="invalid_evidence",
        )
    return EvidenceRef(m["run"], m["hash"])


def verify(
    ref: EvidenceRef, store: EvidenceLookup, deployment: str, entry_hash: str | None = None
) -> str | None:
    """A problem with ``ref`` against ``store``, or None. Unknown runs are a problem only for a
    store that can verify (one with ``verifies = True``). With ``entry_hash`` (the deployment's
    catalog entry hash now), a run that tested the deployment as a different entry is refused."""
    info = store.lookup(ref.run_id)
    if info is None:
        if getattr(store, "verifies", True):
            return f"eval run {ref.run_id!r} is not in the eval store (or not finished)"
        return None
    if info.content_hash != ref.content_hash:
        return (
            f"eval run {ref.run_id!r} has hash {info.content_hash[:12]}…, "
            f"not {ref.content_hash[:12]}…"
        )
    if info.deployments and deployment not in info.deployments:
        return f"eval run {ref.run_id!r} tested {', '.join(info.deployments)}, not {deployment}"
    then = info.fingerprints.get(deployment)
    if entry_hash is not None and then is not None and then != entry_hash:
        return (
            f"eval run {ref.run_id!r} tested {deployment} as catalog entry {then[:12]}…; the "
            f"entry is now {entry_hash[:12]}… (run the evals again)"
        )
    return None


#: An evidence plugin names a factory called with the ``Database``.
EVIDENCE: Kind[Callable[[Any], EvidenceLookup]] = Kind(EVIDENCE_GROUP, "evidence source", callable)


def load_evidence(db: object) -> EvidenceLookup:
    """The first evidence source registered under ``kanmon.evidence`` (Kanmon's own eval
    store), else :class:`NoEvidenceStore`."""
    names = EVIDENCE.names()
    if not names:
        return NoEvidenceStore()
    return EVIDENCE.load(names[0])(db)
