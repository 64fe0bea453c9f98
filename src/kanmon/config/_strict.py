"""The base of every settings model: unknown keys are refused, so a typo in ``kanmon.yaml`` is
an error instead of a setting silently ignored."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
