"""Provenance types: a *model* (weights and their licence) versus a *deployment* (who serves it,
where, under which terms, at what price). Provenance belongs to a deployment, not a model name."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any, ClassVar, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

Confidence = Literal["O", "T", "W"]
"""O: the vendor's own page; T: reputable third party; W: weak, single secondary source."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    #: The fields this class had when entry hashes and approval fingerprints began (hash
    #: version 1). They are hashed as they always were; a field added since is hashed only
    #: when set away from its default, so a release that adds one changes no existing hash
    #: and suspends no approval. None: every field is hashed only when set (a class added
    #: since).
    HASHED_SINCE_V1: ClassVar[frozenset[str] | None] = None
    #: Fields never hashed: where the catalog's knowledge comes from, not what is served.
    NOT_HASHED: ClassVar[frozenset[str]] = frozenset()

    def hash_dump(self) -> dict[str, Any]:
        """The JSON this entry's hashes are computed over (see ``HASHED_SINCE_V1``)."""
        return _prune(self, self.model_dump(mode="json"))


def _prune(m: BaseModel, data: dict[str, Any]) -> dict[str, Any]:
    first = getattr(type(m), "HASHED_SINCE_V1", None)
    never: frozenset[str] = getattr(type(m), "NOT_HASHED", frozenset())
    for name, info in type(m).model_fields.items():
        value = getattr(m, name)
        if name in never:
            data.pop(name, None)
            continue
        if (first is None or name not in first) and value == info.get_default(
            call_default_factory=True
        ):
            data.pop(name, None)
            continue
        _prune_value(value, data.get(name))
    return data


def _prune_value(value: Any, data: Any) -> None:
    if isinstance(value, BaseModel) and isinstance(data, dict):
        _prune(value, data)
    elif isinstance(value, list | tuple) and isinstance(data, list):
        for v, d in zip(value, data, strict=False):
            _prune_value(v, d)
    elif isinstance(value, dict) and isinstance(data, dict):
        for k, v in value.items():
            _prune_value(v, data.get(str(k)))


class Source(_Frozen):
    HASHED_SINCE_V1 = frozenset({"confidence", "note", "retrieved", "url"})
    url: str
    retrieved: dt.date
    confidence: Confidence = "O"
    note: str | None = None


FactName = Literal["region", "retention", "training", "price"]
"""The deployment facts a first-party entry must source: processing region, retention,
training on customer data, price."""


class FactSource(Source):
    """Where one fact of a deployment comes from. ``vendor_silent``: this document is where the
    vendor would state the fact, and it does not; the fact stays unknown, with this as proof."""

    vendor_silent: bool = False


class VendorReview(_Frozen):
    """What procurement, legal and security reviews ask of the provider, as its documents
    state it (None: not found)."""

    contract: str | None = Field(default=None, description="Terms that govern API use")
    dpa: str | None = Field(default=None, description="Data processing agreement")
    sub_processors: str | None = Field(default=None, description="Where the list is published")
    certifications: tuple[str, ...] = Field(default=(), description="e.g. ISO 27001, SOC 2")
    incident_notification: str | None = Field(
        default=None, description="Breach-notification window the provider commits to"
    )
    deletion: str | None = Field(default=None, description="How and when data is deleted")
    exit: str | None = Field(default=None, description="Termination and data export terms")
    support: str | None = Field(default=None, description="Support channels and commitments")
    sources: tuple[Source, ...] = ()

    def facts(self) -> list[tuple[str, str | None]]:
        """The review's facts under the labels reviewers read them by (sources apart)."""
        return [
            ("contract", self.contract),
            ("DPA", self.dpa),
            ("sub-processors", self.sub_processors),
            ("certifications", ", ".join(self.certifications) or None),
            ("incident notification", self.incident_notification),
            ("deletion", self.deletion),
            ("exit", self.exit),
            ("support", self.support),
        ]


class LicenceObligations(_Frozen):
    """Machine-readable obligations that policy and governance can enforce."""

    HASHED_SINCE_V1 = frozenset(
        "acceptable_use_policy attribution derivative_terms mau_threshold non_commercial "
        "research_only revenue_threshold_usd territory_exclusions".split()
    )

    non_commercial: bool = False
    research_only: bool = False
    mau_threshold: int | None = Field(
        default=None, description="Monthly active users above which a separate licence is needed"
    )
    revenue_threshold_usd: int | None = Field(
        default=None, description="Revenue above which terms change, per `revenue_period`"
    )
    revenue_period: Literal["month", "year"] = Field(
        default="year", description="The period the licence counts revenue over"
    )
    threshold_effect: Literal["licence", "attribution"] = Field(
        default="licence",
        description="What crossing mau_threshold or revenue_threshold_usd means: a separate "
        "licence is needed (licence) or the attribution must be displayed (attribution)",
    )
    attribution: str | None = Field(default=None, description="Text the licence asks to display")
    territory_exclusions: tuple[str, ...] = Field(
        default=(), description="ISO 3166 codes (or EU) where the licence does not apply"
    )
    acceptable_use_policy: bool = False
    derivative_terms: str | None = None


class Licence(_Frozen):
    HASHED_SINCE_V1 = frozenset({"id", "name", "obligations", "osi_approved", "url"})
    id: str = Field(description="SPDX id where one exists, else a short custom id")
    name: str
    url: str | None = None
    osi_approved: bool = False
    obligations: LicenceObligations = LicenceObligations()


class Model(_Frozen):
    """A set of weights (or a closed model) and what its licence demands."""

    HASHED_SINCE_V1 = frozenset(
        "architecture context_tokens family flags id licence modalities name open_weights "
        "params_active_b params_total_b released sources vendor vendor_jurisdiction".split()
    )

    id: str
    name: str
    family: str
    vendor: str
    vendor_jurisdiction: str = Field(description="ISO 3166-1 alpha-2 of the vendor's HQ")
    open_weights: bool
    licence: Licence
    architecture: str | None = None
    params_total_b: float | None = None
    params_active_b: float | None = None
    context_tokens: int | None = None
    modalities: tuple[str, ...] = ("text",)
    released: dt.date | None = None
    flags: tuple[str, ...] = Field(
        default=(), description="e.g. us_entity_list, eu_sanctions: facts policy can act on"
    )
    sources: tuple[Source, ...] = ()

    @field_validator("vendor_jurisdiction")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.upper()


REPORTING_CURRENCY = "USD"
"""The currency every cost is counted in: budgets, the audit record's cost, metrics, evals."""


class UsdRate(_Frozen):
    """What one unit of a price's currency is worth in USD, as the operator configured it
    (``pricing.rates`` in kanmon.yaml), and the date the operator took the rate from."""

    usd_per_unit: float = Field(gt=0)
    as_of: dt.date


class Price(_Frozen):
    HASHED_SINCE_V1 = frozenset(
        "as_of cached_input_per_mtok currency input_per_mtok output_per_mtok source".split()
    )
    input_per_mtok: float = Field(ge=0)
    output_per_mtok: float = Field(ge=0)
    cached_input_per_mtok: float | None = Field(default=None, ge=0)
    off_peak_input_per_mtok: float | None = Field(
        default=None, ge=0, description="Price outside the vendor's peak hours (see the note)"
    )
    off_peak_output_per_mtok: float | None = Field(default=None, ge=0)
    off_peak_hours: str | None = Field(
        default=None, description="When the off-peak price applies, in the vendor's words"
    )
    currency: str = "USD"
    as_of: dt.date
    source: str | None = None
    #: The operator's rate for a price in another currency than USD, set when the catalog is
    #: loaded for a gateway (``Price.in_usd``), never read from a catalog file; not part of the
    #: entry (excluded from dumps, hashes and fingerprints), so a new rate approves nothing.
    to_usd: UsdRate | None = Field(default=None, exclude=True, repr=False)

    @field_validator("to_usd", mode="before")
    @classmethod
    def _not_from_files(cls, v: object) -> object:
        if v is not None:
            raise ValueError("set from kanmon.yaml's pricing.rates, not in a catalog entry")
        return v

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        """The cost in this price's own ``currency``."""
        return (
            prompt_tokens * self.input_per_mtok + completion_tokens * self.output_per_mtok
        ) / 1_000_000

    @property
    def usd_known(self) -> bool:
        """Whether this price converts to USD (it is in USD or its currency has a rate)."""
        return self.currency == REPORTING_CURRENCY or self.to_usd is not None

    def usd_cost(self, prompt_tokens: int, completion_tokens: int) -> float | None:
        """The cost in USD; None (unknown, neither zero nor the unconverted amount) when the
        price is in a currency the operator gave no rate for."""
        rate = self.to_usd
        if rate is not None:
            return self.cost(prompt_tokens, completion_tokens) * rate.usd_per_unit
        if self.currency == REPORTING_CURRENCY:
            return self.cost(prompt_tokens, completion_tokens)
        return None

    def in_usd(self, rates: Mapping[str, UsdRate]) -> Price:
        """This price with the rate of its currency from ``rates`` (itself when it is in USD
        or ``rates`` has none: then its USD cost stays unknown)."""
        rate = rates.get(self.currency)
        if self.currency == REPORTING_CURRENCY or rate is None or rate == self.to_usd:
            return self
        return self.model_copy(update={"to_usd": rate})


class DataTerms(_Frozen):
    """What the serving party does with the data it receives."""

    HASHED_SINCE_V1 = frozenset(
        "notes retention_days storage_location trains_on_data zero_retention_available".split()
    )

    retention_days: int | None = Field(
        default=None, description="0 = zero retention; None = not stated / unknown"
    )
    trains_on_data: bool | None = None
    zero_retention_available: bool = False
    storage_location: str | None = None
    notes: str | None = None


ApiKind = str
"""Name of a provider adapter registered under the ``kanmon.providers`` entry-point group."""


class Deployment(_Frozen):
    """One way to reach one model: a provider entity, a processing region, terms and a price."""

    HASHED_SINCE_V1 = frozenset(
        "api api_key_env api_key_file base_url connect_timeout_s data_terms id "
        "max_retries model model_alias options price processing_region provider "
        "provider_entity provider_jurisdiction self_hosted simulated sources timeout_s".split()
    )
    # the sources of its facts and who serves it first-hand are citations: adding them is no
    # change to approve
    NOT_HASHED = frozenset({"facts", "first_party"})

    id: str
    model: str = Field(description="id of a catalog Model")
    provider: str
    provider_entity: str = Field(description="Legal entity that processes the data")
    provider_jurisdiction: str
    processing_region: str = Field(description="Where inference runs, e.g. CN, SG, US, EU-DE")
    api: ApiKind = "openai_compatible"
    base_url: HttpUrl | str
    model_alias: str = Field(description="Model name the upstream expects")
    api_key_env: str | None = None
    api_key_file: str | None = None
    data_terms: DataTerms = DataTerms()
    price: Price | None = None
    simulated: bool = Field(default=False, description="Served by Kanmon's local simulator")
    self_hosted: bool = False
    timeout_s: float = Field(default=60.0, gt=0)
    connect_timeout_s: float = Field(default=5.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    options: dict[str, str | int | float | bool] = Field(
        default_factory=dict, description="Adapter-specific settings, e.g. enable_thinking"
    )
    sources: tuple[Source, ...] = ()
    first_party: bool = Field(default=False, description="Served by the model's own vendor")
    facts: dict[FactName, FactSource] = Field(
        default_factory=dict,
        description="The source of each fact (region, retention, training, price)",
    )
    vendor_review: VendorReview | None = None

    @field_validator("provider_jurisdiction")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.upper()

    @property
    def url(self) -> str:
        return str(self.base_url).rstrip("/")

    def in_usd(self, rates: Mapping[str, UsdRate]) -> Deployment:
        """This deployment with its price converting to USD at ``rates`` (see ``Price.in_usd``)."""
        price = self.price
        if price is None:
            return self
        converted = price.in_usd(rates)
        return self if converted is price else self.model_copy(update={"price": converted})

    def entry_hash(self) -> str:
        """Content hash of this catalog entry (stable across key order); a field added after
        hashing began counts only once it is set (``HASHED_SINCE_V1``)."""
        blob = orjson.dumps(self.hash_dump(), option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(blob).hexdigest()
