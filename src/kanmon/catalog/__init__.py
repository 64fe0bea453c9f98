"""The model catalog: models (weights and licence obligations) versus deployments (who serves
them, where, under which terms, at what price), shipped as data and extended by users."""

from kanmon.catalog._bundle import (
    BUNDLE_FORMAT,
    Bundle,
    Change,
    catalog_diff,
    load_public_keys,
    read_bundle,
    sign_bundle,
)
from kanmon.catalog._catalog import Catalog, Origin
from kanmon.catalog._facts import FACTS, fact_gaps, fact_value
from kanmon.catalog._loader import (
    SHIPPED_FILES,
    installed_bundle,
    load_catalog,
    load_configured,
)
from kanmon.catalog._presets import PRESETS, UNPRICED_NOTE, Preset, preset_deployment
from kanmon.core.territory import EU_MEMBERS

__all__ = [
    "BUNDLE_FORMAT",
    "Bundle",
    "Change",
    "EU_MEMBERS",
    "FACTS",
    "PRESETS",
    "SHIPPED_FILES",
    "UNPRICED_NOTE",
    "Catalog",
    "Origin",
    "Preset",
    "catalog_diff",
    "fact_gaps",
    "fact_value",
    "installed_bundle",
    "load_catalog",
    "load_configured",
    "load_public_keys",
    "preset_deployment",
    "read_bundle",
    "sign_bundle",
]
