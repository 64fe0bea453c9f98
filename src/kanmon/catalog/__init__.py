"""The model catalog: models (weights and licence obligations) versus deployments (who serves
them, where, under which terms, at what price), shipped as data and extended by users."""

from kanmon.catalog._catalog import Catalog, Origin
from kanmon.catalog._facts import FACTS, fact_gaps, fact_value
from kanmon.catalog._loader import SHIPPED_FILES, load_catalog, load_configured
from kanmon.catalog._presets import PRESETS, Preset, preset_deployment
from kanmon.core.territory import EU_MEMBERS

__all__ = [
    "EU_MEMBERS",
    "FACTS",
    "PRESETS",
    "SHIPPED_FILES",
    "Catalog",
    "Origin",
    "Preset",
    "fact_gaps",
    "fact_value",
    "load_catalog",
    "load_configured",
    "preset_deployment",
]
