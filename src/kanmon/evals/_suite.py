"""Suites: a dataset plus the scorer, template, pass threshold and the risks it measures.

A suite file is YAML: ``name``, ``description``, ``risks`` (OWASP LLM Top 10 2025 / NIST AI
600-1 ids), ``scorer``, ``threshold``, optional ``template`` (jinja2) and ``items``. Built-in
suites ship in ``kanmon/evals/data/suites``; more come from the ``kanmon.datasets`` entry-point
group (a callable returning suite file paths).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kanmon.errors import EvalError
from kanmon.evals._builtin import DATASETS
from kanmon.evals._dataset import Dataset, parse_items
from kanmon.evals._store import EvalStore
from kanmon.evals._template import DEFAULT_TEMPLATE, PromptTemplate

_KEYS = {"name", "description", "risks", "scorer", "threshold", "template", "items", "max_tokens"}


@dataclass(frozen=True)
class Suite:
    name: str
    dataset: Dataset
    scorer: str = "exact"
    template: PromptTemplate = field(default_factory=PromptTemplate)
    threshold: float = 0.8
    risks: tuple[str, ...] = ()
    description: str = ""
    max_tokens: int | None = None

    def spec(self) -> dict[str, Any]:
        """What identifies this suite in a run spec (and so in the run's hashes)."""
        return {
            "name": self.name,
            "dataset": self.dataset.name,
            "dataset_version": self.dataset.version,
            "template_version": self.template.version,
            "template": self.template.source,
            "scorer": self.scorer,
            "item_scorers": sorted({i.scorer for i in self.dataset.items if i.scorer}),
            "threshold": self.threshold,
            "risks": list(self.risks),
            "n_items": len(self.dataset.items),
        }


def load_suite(path: Path) -> Suite:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise EvalError(f"{path}: cannot read suite: {e}") from None
    if not isinstance(doc, dict) or "items" not in doc:
        raise EvalError(f"{path}: a suite is a mapping with `name` and `items`")
    unknown = set(doc) - _KEYS
    if unknown:
        raise EvalError(f"{path}: unknown suite keys {sorted(unknown)} (allowed: {sorted(_KEYS)})")
    name = str(doc.get("name") or path.stem)
    items = parse_items(yaml.safe_dump(doc["items"], allow_unicode=True), "yaml", str(path))
    return Suite(
        name=name,
        dataset=Dataset(name=name, items=tuple(items), kind="yaml", source=str(path)),
        scorer=str(doc.get("scorer", "exact")),
        template=PromptTemplate(str(doc.get("template", DEFAULT_TEMPLATE)), name=name),
        threshold=float(doc.get("threshold", 0.8)),
        risks=tuple(str(r) for r in doc.get("risks", [])),
        description=str(doc.get("description", "")).strip(),
        max_tokens=doc.get("max_tokens"),
    )


def registered_suites() -> dict[str, Suite]:
    """Every suite from the ``kanmon.datasets`` entry points (built-ins included), by name."""
    found: dict[str, Suite] = {}
    for source in DATASETS.load_all().values():
        for path in source():
            suite = load_suite(Path(path))
            found.setdefault(suite.name, suite)
    return found


def builtin_names() -> list[str]:
    return sorted(registered_suites())


def resolve_suites(
    spec: str,
    store: EvalStore | None = None,
    *,
    scorer: str | None = None,
    template: PromptTemplate | None = None,
) -> list[Suite]:
    """``spec`` is comma-separated: ``builtin`` (every registered suite), a registered suite
    name, a suite YAML path, or ``dataset:NAME[@VERSION]`` for a stored dataset (scored by
    ``scorer``, default each item's own or ``exact``)."""
    known = registered_suites()
    out: list[Suite] = []
    for token in (t.strip() for t in spec.split(",")):
        if not token:
            continue
        if token in ("builtin", "all"):
            out.extend(known[n] for n in sorted(known))
        elif token in known:
            out.append(known[token])
        elif token.startswith("dataset:"):
            if store is None:
                raise EvalError("dataset suites need the store")
            name, _, version = token[len("dataset:") :].partition("@")
            ds = store.load_dataset(name, version or None)
            out.append(
                Suite(
                    name=name,
                    dataset=ds,
                    scorer=scorer or "exact",
                    template=template or PromptTemplate(),
                )
            )
        elif Path(token).suffix in (".yaml", ".yml") and Path(token).is_file():
            out.append(load_suite(Path(token)))
        else:
            raise EvalError(
                f"unknown suite {token!r}: use a built-in name ({', '.join(sorted(known))}), "
                "`builtin`, a suite .yaml file or dataset:NAME[@VERSION]"
            )
    names = [s.name for s in out]
    if len(set(names)) != len(names):
        raise EvalError("a suite is listed twice")
    if not out:
        raise EvalError("no suites selected")
    return out
