"""Small readings of OpenAI parameters and usage that several vendor adapters share."""

from __future__ import annotations

from typing import Any


def number(value: Any) -> float | None:
    """A JSON number as a float; None for anything else (booleans included)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def cached_tokens_to_details(usage: Any, field: str) -> None:
    """Copy a vendor's own count of cached prompt tokens (``field``) to where OpenAI puts it,
    ``usage.prompt_tokens_details.cached_tokens``, unless the vendor already did."""
    if not isinstance(usage, dict):
        return
    cached = usage.get(field)
    if isinstance(cached, int):
        details = dict(usage.get("prompt_tokens_details") or {})
        details.setdefault("cached_tokens", cached)
        usage["prompt_tokens_details"] = details
