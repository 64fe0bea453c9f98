"""Policy files shared by the policy and gateway tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

BASE: dict[str, Any] = {
    "data_classes": ["public", "internal", "confidential", "restricted"],
    "default_data_class": "internal",
    "classify": {"CREDIT_CARD": "confidential", "@secret": "restricted", "US_SSN": "restricted"},
    "operators": {
        "default": {"type": "tag"},
        "CREDIT_CARD": {"type": "mask", "keep_last": 4},
        "EMAIL": {"type": "pseudonymise"},
    },
    "output": {
        "entities": ["@secret", "CREDIT_CARD"],
        "window": 32,
        "on_finding": {"restricted": "cut"},
    },
    "rules": [
        {
            "id": "injection-in-tool",
            "when": {"injection_at_least": 0.6, "injection_sources": ["tool", "document"]},
            "action": "block",
            "message": "instructions hidden in tool or document content",
        },
        {
            "id": "cards-stay-home",
            "when": {
                "entities_any": ["CREDIT_CARD"],
                "deployment": {"jurisdiction_not_in": ["DE", "ZZ"]},
            },
            "action": "reroute",
            "otherwise": "redact",
            "message": "card numbers are processed only in DE",
        },
        {
            "id": "pseudonymise-email",
            "when": {"entities_any": ["EMAIL"]},
            "action": "redact",
            "message": "e-mail addresses are pseudonymised",
        },
        {
            "id": "hold-restricted",
            "when": {"entities_any": ["US_SSN"]},
            "action": "hold",
            "message": "social security numbers need a reviewer",
        },
    ],
}


def write_policy(tmp: Path, doc: dict[str, Any] | None = None, **changes: Any) -> Path:
    path = tmp / "policy.yaml"
    path.write_text(yaml.safe_dump({**(doc or BASE), **changes}, allow_unicode=True))
    return path
