"""YAML loading whose errors name the file, the key path and what was expected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from kanmon.errors import ConfigError


def load_yaml(path: Path, *, error: type[ConfigError] = ConfigError) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except OSError as e:
        raise error(f"{path}: cannot read ({e.strerror})") from None
    except UnicodeDecodeError as e:
        raise error(f"{path}: not UTF-8 text (byte {e.start})") from None
    try:
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        raise error(f"{path}{where}: invalid YAML: {e.problem}") from None
    except yaml.YAMLError as e:
        raise error(f"{path}: invalid YAML: {e}") from None


def key_path(loc: tuple[int | str, ...], prefix: str = "") -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def validation_message(path: Path | str, exc: ValidationError, prefix: str = "") -> str:
    """One line per problem: ``file: key.path: expected …, got …``."""
    lines = []
    for err in exc.errors(include_url=False):
        where = key_path(tuple(err["loc"]), prefix)
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key (check spelling)"
        elif err["type"] == "missing":
            msg = "required key is missing"
        got = err.get("input")
        shown = "" if err["type"] in ("missing", "extra_forbidden") else f" (got {got!r:.60})"
        lines.append(f"{path}: {where}: {msg}{shown}")
    return "\n".join(lines)
