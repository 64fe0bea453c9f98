"""Every console page for a role that may see it (rendered, no serious accessibility problem,
a screenshot for docs/console.md) and for one that may not (refused); every page × every role
over HTTP, as the API's route walk does."""

from __future__ import annotations

import re
from contextlib import closing
from typing import Any

import httpx
import pytest

from kanmon.core.principal import ROLES
from tests.console.conftest import Deck, axe_problems, http_session, shot, sign_in

#: (screenshot name, path, a role that may open it, a role that may not, a heading on it)
PAGES = [
    ("overview", "/console/", "admin", "reviewer", "Overview"),
    ("reviews", "/console/reviews?status=all", "reviewer", "auditor", "Review queue"),
    ("audit", "/console/audit", "auditor", "admin", "Audit log"),
    ("governance", "/console/governance", "approver", "reviewer", "Governance"),
    ("catalog", "/console/catalog", "assessor", "app", "Catalog"),
    ("catalog-deployment", "/console/catalog/d-main", "auditor", "app", "Deployment d-main"),
    ("evals", "/console/evals", "assessor", "reviewer", "Evals"),
    ("eval-run", "/console/evals/run-console-1", "approver", "reviewer", "Eval run"),
    ("policy", "/console/policy", "reviewer", "assessor", "Policy"),
    ("keys", "/console/keys", "admin", "approver", "Keys"),
]


@pytest.mark.parametrize(("name", "path", "allowed", "refused", "heading"), PAGES)
def test_page_for_an_allowed_and_a_refused_role(
    deck: Deck, page: Any, name: str, path: str, allowed: str, refused: str, heading: str
) -> None:
    sign_in(page, deck, deck.keys[allowed], path)
    assert page.url.endswith(path), page.url
    assert heading in page.inner_text("h1")
    assert axe_problems(page) == []
    shot(page, name)

    other = page.context.browser.new_context().new_page()
    other.goto(f"{deck.url}/console/login")
    other.fill("#key", deck.keys[refused])
    other.click("button[type=submit]")
    other.wait_for_load_state()
    if refused == "app":  # keys with only the app role are not let in at all
        assert "only the roles app" in other.inner_text(".error")
    else:
        resp = other.goto(deck.url + path)
        assert resp is not None and resp.status == 403
        assert "Not for your roles" in other.inner_text("h1")
        # and the navigation does not offer it
        assert other.locator(f'nav a[href="{path.split("?")[0]}"]').count() == 0
    other.context.close()


def test_every_page_refuses_every_role_it_does_not_name(deck: Deck) -> None:
    """Walks the console's page table over HTTP; a new page cannot be added without roles."""
    console = next(m for m in deck.gw.app.table.mounts if m.prefix == "/console")
    clients = {r: http_session(deck.url, deck.keys[r]) for r in ROLES if r != "app"}
    try:
        checked = _walk(deck, console.pages, clients)
    finally:
        for c in clients.values():
            c.close()
    assert checked >= 15 * len(clients)


def _walk(deck: Deck, pages: Any, clients: dict[str, httpx.Client]) -> int:
    checked = 0
    for pg in pages:
        if pg.public or pg.method != "GET":
            continue
        path = pg.path.replace("{", "").replace("}", "")
        for role, c in clients.items():
            r = c.get(path)
            allowed = pg.allows(deck.gw.services.keys.principal(_key_id(deck.keys[role])))
            refused = r.status_code == 403 and "Not for your roles" in r.text
            assert refused is not allowed, (pg.path, role, r.status_code)
            assert r.status_code < 500, (pg.path, role, r.text[:300])
            checked += 1
    return checked


def _key_id(secret: str) -> str:
    return secret.split("-")[1]


def test_every_page_sends_a_strict_content_security_policy(deck: Deck) -> None:
    c = http_session(deck.url, deck.keys["admin"])
    for path in ("/console/", "/console/keys", "/console/login", "/console/nope"):
        r = c.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["cache-control"] == "no-store"
        scripts = re.findall(r"<script[^>]*>", r.text)
        assert all(" src=" in tag for tag in scripts), scripts  # nothing inline
        assert not re.search(r"<[^>]+\son[a-z]+=", r.text)  # no event handler attributes
    c.close()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=yesterday", "since: not a date and time"),
        # a minute before year 1 once in UTC: refused, where it was a 500
        ("since=0001-01-01T00:00:00%2B00:01", "since is out of range"),
        ("until=9999-12-31T23:59:59-00:01", "until is out of range"),
    ],
)
def test_audit_search_times_out_of_range_are_refused(deck: Deck, query: str, message: str) -> None:
    with closing(http_session(deck.url, deck.keys["auditor"])) as auditor:
        r = auditor.get(f"/console/audit?{query}")
    assert r.status_code == 400, r.text[:300]
    assert message in r.text
