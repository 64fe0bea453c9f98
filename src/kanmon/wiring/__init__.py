"""The composition root: builds a gateway's services once from kanmon.yaml and declares the one
order of the request's steps (``ORDER``), used by every entry point."""

from kanmon.wiring._build import build_services
from kanmon.wiring._resilience import readiness
from kanmon.wiring._services import Services, check_policy_content
from kanmon.wiring._steps import ORDER, declare_steps
from kanmon.wiring._sync import WorkerSync

__all__ = [
    "ORDER",
    "Services",
    "WorkerSync",
    "build_services",
    "check_policy_content",
    "declare_steps",
    "readiness",
]
