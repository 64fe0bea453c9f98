"""Prompt templates (jinja2, sandboxed), versioned by the hash of their source."""

from __future__ import annotations

from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from kanmon.errors import EvalError
from kanmon.evals._dataset import Item, sha256

DEFAULT_TEMPLATE = "{{ input }}"
_ENV = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False)


class PromptTemplate:
    """Renders an item to chat messages. ``version`` is the SHA-256 of the source text."""

    def __init__(self, source: str = DEFAULT_TEMPLATE, name: str = "default") -> None:
        self.name = name
        self.source = source
        self.version = sha256(source)
        try:
            self._tpl = _ENV.from_string(source)
        except jinja2.TemplateSyntaxError as e:
            raise EvalError(f"template {name}: line {e.lineno}: {e.message}") from None

    def messages(self, item: Item) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        if item.system:
            out.append({"role": "system", "content": item.system})
        if item.messages:
            out.extend(dict(m) for m in item.messages)
            return out
        ctx: dict[str, Any] = {
            **item.vars,
            "input": item.input,
            "choices": list(item.choices),
            "lang": item.lang,
            "item": item,
        }
        try:
            text = self._tpl.render(**ctx)
        except jinja2.TemplateError as e:
            raise EvalError(f"template {self.name}: item {item.id}: {e}") from None
        out.append({"role": "user", "content": text})
        return out
