"""``pricing:``: the operator's exchange rates. Every cost is counted in USD (budgets, the audit
record, metrics, evals); a catalog price in another currency converts at the rate given here,
and without one its cost is unknown, never guessed (docs/catalog.md, Prices)."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import Field, field_validator, model_validator

from kanmon.config._strict import Strict as _Strict
from kanmon.core.catalog import REPORTING_CURRENCY, UsdRate

_CODE = re.compile(r"[A-Z]{3}")


class PricingSettings(_Strict):
    rates: dict[str, float] = Field(
        default_factory=dict,
        description="ISO 4217 currency code -> USD per unit, e.g. RUB: 0.0125 (taken from your "
        "bank or treasury; Kanmon never fetches rates)",
    )
    as_of: dt.date | None = Field(
        default=None, description="The date the rates were taken (required with rates)"
    )

    @field_validator("rates")
    @classmethod
    def _rates(cls, v: dict[str, float]) -> dict[str, float]:
        for code, rate in v.items():
            if not _CODE.fullmatch(code):
                raise ValueError(
                    f"{code!r} is not a currency code; expected three capital letters (ISO "
                    "4217), e.g. RUB, CNY, EUR"
                )
            if code == REPORTING_CURRENCY:
                raise ValueError("USD is the reporting currency; it needs no rate")
            if not rate > 0:  # also refuses NaN
                raise ValueError(f"the rate of {code} must be a positive number of USD per unit")
        return v

    @model_validator(mode="after")
    def _dated(self) -> PricingSettings:
        if self.rates and self.as_of is None:
            raise ValueError("as_of is required with rates: the date the rates were taken")
        return self

    def usd_rates(self) -> dict[str, UsdRate]:
        """Currency -> its rate, as the catalog's prices take it (``Price.in_usd``)."""
        if self.as_of is None:
            return {}
        return {c: UsdRate(usd_per_unit=r, as_of=self.as_of) for c, r in self.rates.items()}
