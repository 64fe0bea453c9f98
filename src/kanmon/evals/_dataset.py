"""Datasets: items with a schema, read from JSONL, YAML or CSV, versioned by content hash.

A dataset's version is the SHA-256 of its items in canonical JSON (sorted keys), so the same
items give the same version whatever the file format, key order or whitespace.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import Any

import orjson
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kanmon.errors import EvalError

_FORMATS = {".jsonl": "jsonl", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv", ".json": "jsonl"}


class Item(BaseModel):
    """One test case. ``input`` is the user message; ``messages`` replaces it for multi-turn."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=200)
    input: str | None = None
    messages: tuple[dict[str, str], ...] = ()
    system: str | None = None
    target: Any = None
    choices: tuple[str, ...] = ()
    scorer: str | None = Field(default=None, description="Overrides the suite's scorer")
    expect: dict[str, Any] = Field(default_factory=dict, description="Scorer parameters")
    lang: str | None = None
    group: str | None = Field(default=None, description="Paraphrase group for consistency")
    tags: tuple[str, ...] = ()
    vars: dict[str, Any] = Field(default_factory=dict, description="Extra template variables")
    tools: tuple[dict[str, Any], ...] = Field(
        default=(),
        description="Function tools offered to the model: {name, description, parameters} "
        "(or the chat form {type: function, function: {...}}); scorers read the calls made",
    )

    def chat_tools(self) -> list[dict[str, Any]]:
        """``tools`` in chat-completions form."""
        return [
            t
            if t.get("type") == "function" and "function" in t
            else {"type": "function", "function": t}
            for t in self.tools
        ]

    def tool_schema(self, name: str) -> dict[str, Any] | None:
        """The parameters schema of the offered tool ``name``."""
        for t in self.chat_tools():
            fn = t.get("function") or {}
            if fn.get("name") == name:
                params = fn.get("parameters")
                return params if isinstance(params, dict) else {"type": "object"}
        return None

    @model_validator(mode="after")
    def _has_prompt(self) -> Item:
        if self.input is None and not self.messages:
            raise ValueError("an item needs `input` or `messages`")
        for t in self.chat_tools():
            fn = t.get("function")
            if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
                raise ValueError("each tool needs a `name`")
        return self


def canonical(obj: Any) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


class Dataset(BaseModel):
    """A named, versioned list of items."""

    model_config = ConfigDict(frozen=True)

    name: str
    items: tuple[Item, ...]
    kind: str = "jsonl"
    source: str | None = None

    @property
    def version(self) -> str:
        return sha256(canonical([i.model_dump(mode="json") for i in self.items]))

    def to_jsonl(self) -> str:
        return "".join(
            orjson.dumps(i.model_dump(mode="json", exclude_defaults=True)).decode() + "\n"
            for i in self.items
        )


def _csv_rows(text: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for row in csv.DictReader(io.StringIO(text)):
        clean: dict[str, Any] = {k: v for k, v in row.items() if k and v not in (None, "")}
        for key in ("choices", "tags"):
            if key in clean:
                clean[key] = [p.strip() for p in str(clean[key]).split("|")]
        for key in ("expect", "vars"):
            if key in clean:
                clean[key] = orjson.loads(clean[key])
        rows.append(clean)
    return rows


def parse_items(text: str, kind: str, source: str) -> list[Item]:
    try:
        if kind == "jsonl":
            raw = [orjson.loads(line) for line in text.splitlines() if line.strip()]
        elif kind == "yaml":
            doc = yaml.safe_load(text)
            raw = doc.get("items", []) if isinstance(doc, dict) else doc
        elif kind == "csv":
            raw = _csv_rows(text)
        else:
            raise EvalError(f"{source}: unknown dataset format {kind!r}")
    except (orjson.JSONDecodeError, yaml.YAMLError, csv.Error) as e:
        raise EvalError(f"{source}: cannot parse {kind}: {e}") from None
    if not isinstance(raw, list):
        raise EvalError(f"{source}: expected a list of items")
    items: list[Item] = []
    for n, row in enumerate(raw):
        try:
            items.append(Item.model_validate(row))
        except ValidationError as e:
            first = e.errors()[0]
            loc = ".".join(str(p) for p in first["loc"]) or "item"
            raise EvalError(f"{source}: item {n + 1}: {loc}: {first['msg']}") from None
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise EvalError(f"{source}: item id {dup!r} appears twice")
    if not items:
        raise EvalError(f"{source}: no items")
    return items


def load_dataset(path: Path, name: str | None = None) -> Dataset:
    """Read a dataset file; the format comes from the suffix (.jsonl, .yaml/.yml, .csv)."""
    kind = _FORMATS.get(path.suffix.lower())
    if kind is None:
        raise EvalError(f"{path}: unsupported dataset format (use .jsonl, .yaml or .csv)")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise EvalError(f"{path}: cannot read: {e.strerror}") from None
    items = parse_items(text, kind, str(path))
    return Dataset(name=name or path.stem, items=tuple(items), kind=kind, source=str(path))
