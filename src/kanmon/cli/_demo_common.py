"""What every step of the demo shares: the console, the gateway, the keys, an HTTP helper."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

import openai
from rich.console import Console


@dataclass
class Demo:
    con: Console
    #: ``http://127.0.0.1:port`` (admin API) and ``…/v1`` (OpenAI API) of the running gateway.
    root_url: str
    base_url: str
    #: role name → API key created for the demo (``app``, ``auditor``, ``reviewer``, …)
    keys: dict[str, str] = field(default_factory=dict)

    def call(
        self, key: str, path: str, body: dict[str, Any] | None = None, method: str | None = None
    ) -> tuple[int, Any]:
        """One JSON call to the gateway as the key named ``key``; (status, body), errors too."""
        req = urllib.request.Request(
            self.root_url + path,
            data=json.dumps(body).encode() if body is not None else None,
            headers={
                "Authorization": f"Bearer {self.keys[key]}",
                "Content-Type": "application/json",
            },
            method=method or ("POST" if body is not None else "GET"),
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as e:
            with e:
                return e.code, json.loads(e.read() or b"null")

    def ok(
        self, key: str, path: str, body: dict[str, Any] | None = None, method: str | None = None
    ) -> Any:
        status, out = self.call(key, path, body, method)
        if status >= 300:
            raise RuntimeError(f"demo step failed: {path} answered {status} {out}")
        return out

    def step(self, title: str) -> None:
        self.con.print()
        self.con.rule(f"[bold]{title}")


def error_message(e: openai.APIStatusError) -> str:
    """The gateway's own message (the SDK's ``str(e)`` prefixes "Error code: …")."""
    body = e.body if isinstance(e.body, dict) else {}
    return str(body.get("message", e.message))
