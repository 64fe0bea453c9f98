"""Read the shipped catalog, then user files and config deployments, into one ``Catalog``.

Later sources override earlier ones entry by entry (same id: the whole entry is replaced), so a
user can correct a shipped fact, pin a region, or fill in a folder id without forking the data.
Every problem is reported as ``file: key.path: what was expected``; all problems found are
reported together so one run shows everything to fix.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from kanmon._yaml import load_yaml, validation_message
from kanmon.catalog._bundle import Bundle, load_public_keys, read_bundle
from kanmon.catalog._catalog import Catalog, Origin
from kanmon.config import KanmonConfig
from kanmon.core.catalog import Deployment, Model, UsdRate
from kanmon.errors import CatalogError, ConfigError
from kanmon.plugins import PROVIDERS_GROUP, installed

SHIPPED_FILES = ("models.yaml", "deployments.yaml")
_SECTIONS: dict[str, type[BaseModel]] = {"models": Model, "deployments": Deployment}
_ID = re.compile(r"\S+")

E = TypeVar("E", Model, Deployment)


def load_catalog(
    extra_files: Sequence[Path] = (),
    extra_deployments: Sequence[Mapping[str, Any]] = (),
    *,
    source_name: str = "kanmon.yaml",
    known_apis: Collection[str] | None = None,
    bundle: Bundle | None = None,
    rates: Mapping[str, UsdRate] | None = None,
) -> Catalog:
    """Shipped catalog + a verified ``bundle`` + ``extra_files`` (each a mapping with
    ``models:`` and/or ``deployments:`` lists) + ``extra_deployments`` (the config's
    ``deployments:`` list, named ``source_name`` in errors). ``known_apis``: adapter names a
    deployment's ``api`` may use; ``None`` skips that check (e.g. when no adapters are
    installed). ``rates``: the operator's USD rates, attached to the prices in other
    currencies once here, so no request looks a rate up (``Price.usd_cost``)."""
    builder = _shipped().copy()
    if bundle is not None:
        builder.add_document(Path(f"{bundle.path} (bundle {bundle.key_id})"), bundle.catalog)
    for path in extra_files:
        builder.add_document(Path(path), _read(Path(path)))
    if extra_deployments:
        builder.add_section(source_name, "deployments", extra_deployments)
    return builder.build(known_apis, rates or {})


@cache
def _shipped() -> _Builder:
    """The shipped files, parsed and validated once per process: they are read-only package
    data, and the entries are frozen, so every later load can start from the same objects."""
    builder = _Builder()
    data = resources.files("kanmon.catalog").joinpath("data")
    for name in SHIPPED_FILES:
        with resources.as_file(data.joinpath(name)) as path:
            builder.add_document(path, _read(path), shipped=True)
    if builder.problems:
        raise CatalogError("\n".join(builder.problems))
    return builder


@dataclass
class _Placed(Generic[E]):
    """A validated entry and where it was written, for messages and provenance."""

    entry: E
    origin: Origin


@dataclass
class _Builder:
    models: dict[str, _Placed[Model]] = field(default_factory=dict)
    deployments: dict[str, _Placed[Deployment]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def copy(self) -> _Builder:
        return _Builder(dict(self.models), dict(self.deployments), list(self.problems))

    def add_document(self, path: Path, doc: Any, *, shipped: bool = False) -> None:
        if doc is None:  # an empty file adds nothing; not worth failing a start-up over
            return
        if not isinstance(doc, dict):
            self.problems.append(
                f"{path}: (top level): expected a mapping with `models:` and/or `deployments:`"
                f" lists, got {_kind(doc)}"
            )
            return
        for key in doc:
            if key not in _SECTIONS:
                hint = _suggest(str(key), _SECTIONS)
                self.problems.append(
                    f"{path}: {key}: unknown key (expected `models` or `deployments`){hint}"
                )
        for section in _SECTIONS:
            if section in doc:
                self.add_section(str(path), section, doc[section], shipped=shipped)

    def add_section(self, source: str, section: str, items: Any, *, shipped: bool = False) -> None:
        if items is None:
            return
        if isinstance(items, (str, bytes)) or not isinstance(items, Sequence):
            self.problems.append(
                f"{source}: {section}: expected a list of entries, got {_kind(items)}"
            )
            return
        seen: dict[str, str] = {}
        for i, raw in enumerate(items):
            where = f"{section}[{i}]"
            entry = self._validate(source, where, section, raw)
            if entry is None:
                continue
            if entry.id in seen:
                self.problems.append(
                    f"{source}: {where}.id: duplicate id {entry.id!r}"
                    f" (already defined at {seen[entry.id]} in this file); expected unique ids"
                )
                continue
            seen[entry.id] = where
            self._place(entry, Origin(source=source, location=where, shipped=shipped))

    def _validate(
        self, source: str, where: str, section: str, raw: Any
    ) -> Model | Deployment | None:
        if not isinstance(raw, Mapping):
            self.problems.append(f"{source}: {where}: expected a mapping, got {_kind(raw)}")
            return None
        try:
            entry = _SECTIONS[section].model_validate(dict(raw))
        except ValidationError as e:
            self.problems.append(validation_message(source, e, prefix=where))
            return None
        assert isinstance(entry, (Model, Deployment))
        if not _ID.fullmatch(entry.id):
            self.problems.append(
                f"{source}: {where}.id: expected a non-empty id without spaces, got {entry.id!r}"
            )
            return None
        return entry

    def _place(self, entry: Model | Deployment, origin: Origin) -> None:
        table: dict[str, Any] = self.models if isinstance(entry, Model) else self.deployments
        previous = table.get(entry.id)
        if previous is not None:
            earlier = previous.origin
            origin = Origin(
                source=origin.source,
                location=origin.location,
                shipped=origin.shipped,
                overrides=(*earlier.overrides, f"{earlier.source}: {earlier.location}"),
            )
        table[entry.id] = _Placed(entry, origin)

    def build(self, known_apis: Collection[str] | None, rates: Mapping[str, UsdRate]) -> Catalog:
        apis = None if known_apis is None else sorted(set(known_apis))
        for dep_id in sorted(self.deployments):
            placed = self.deployments[dep_id]
            dep, at = placed.entry, f"{placed.origin.source}: {placed.origin.location}"
            if dep.model not in self.models:
                hint = _suggest(dep.model, self.models)
                self.problems.append(
                    f"{at}.model: unknown model {dep.model!r}; expected a model id from the"
                    f" catalog or your catalog files{hint}"
                )
            if apis is not None and dep.api not in apis:
                hint = _suggest(dep.api, apis)
                self.problems.append(
                    f"{at}.api: unknown adapter {dep.api!r}; expected one of: {', '.join(apis)}"
                    f"{hint}"
                )
        if self.problems:
            raise CatalogError("\n".join(self.problems))
        return Catalog(
            models={k: p.entry for k, p in self.models.items()},
            deployments={k: p.entry.in_usd(rates) for k, p in self.deployments.items()},
            model_origins={k: p.origin for k, p in self.models.items()},
            deployment_origins={k: p.origin for k, p in self.deployments.items()},
        )


def _read(path: Path) -> Any:
    # load_yaml types its error parameter as a ConfigError subclass; a catalog file is not
    # configuration, so translate rather than report a catalog problem as a config one.
    try:
        return load_yaml(path)
    except ConfigError as e:
        raise CatalogError(e.message) from None


def _suggest(wanted: str, candidates: Collection[str]) -> str:
    close = difflib.get_close_matches(wanted, list(candidates), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, str):
        return f"text {value!r:.40}"
    if isinstance(value, Sequence):
        return "a list"
    return type(value).__name__


def installed_bundle(config: KanmonConfig) -> Bundle | None:
    """The bundle ``catalog.bundle`` names, verified against ``catalog.bundle_keys``; None
    when none is configured or installed yet."""
    c = config.catalog
    if c.bundle is None or not config.resolve(c.bundle).exists():
        return None
    keys = load_public_keys(config.resolve(k) for k in c.bundle_keys)
    return read_bundle(config.resolve(c.bundle), keys)


def load_configured(
    config: KanmonConfig, config_path: Path | None, *, bundle: Bundle | None = None
) -> Catalog:
    """The catalog kanmon.yaml describes: the shipped catalog, its installed bundle (or
    ``bundle``, e.g. one about to be installed), its catalog files and its own deployments."""
    return load_catalog(
        [config.resolve(p) for p in config.catalog.files],
        config.deployments,
        source_name=str(config_path or "kanmon.yaml"),
        known_apis=installed(PROVIDERS_GROUP),
        bundle=bundle if bundle is not None else installed_bundle(config),
        rates=config.pricing.usd_rates(),
    )
