"""Server-rendered pages: Jinja2 with autoescaping on (held content, names and reasons are
text, never markup), and the navigation each role sees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

import kanmon
from kanmon.console._pages import (
    AUDITORS,
    CONSOLE_ROLES,
    GOV_READERS,
    KEY_READERS,
    OVERVIEW,
    POLICY_READERS,
    REVIEWERS,
)
from kanmon.core.principal import Principal, Role

HERE = Path(__file__).parent

#: (label, path, roles, own): the pages in the navigation, each shown only to who may open it.
NAV: tuple[tuple[str, str, tuple[Role, ...], bool], ...] = (
    ("Overview", "/console/", OVERVIEW, False),
    ("Review queue", "/console/reviews", REVIEWERS, False),
    ("Audit log", "/console/audit", AUDITORS, True),
    ("Governance", "/console/governance", GOV_READERS, False),
    ("Catalog", "/console/catalog", CONSOLE_ROLES, False),
    ("Evals", "/console/evals", GOV_READERS, False),
    ("Policy", "/console/policy", POLICY_READERS, False),
    ("Keys", "/console/keys", KEY_READERS, False),
)


def may(p: Principal, roles: tuple[Role, ...], own: bool = False) -> bool:
    return roles[0] in p.roles if own else any(p.has(r) for r in roles)


def nav_for(p: Principal) -> list[tuple[str, str]]:
    return [(label, path) for label, path, roles, own in NAV if may(p, roles, own)]


def _when(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.datetime):
        t = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return t.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    text = str(value)
    return text[:19].replace("T", " ") + " UTC" if len(text) >= 19 else text


def _money(value: Any) -> str:
    return f"${float(value or 0):,.4f}"


def _svg(value: str) -> Markup:
    """Charts are built on the server from numbers and escaped labels (``_charts``)."""
    return Markup(value)


ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
ENV.filters["when"] = _when
ENV.filters["money"] = _money
ENV.filters["svg"] = _svg
ENV.globals["version"] = kanmon.__version__


def render(template: str, **ctx: Any) -> bytes:
    return ENV.get_template(template).render(**ctx).encode()
