"""Single sign-on against a local OpenID Connect provider the test starts: roles mapped from
the groups claim, a user with no mapped group refused, a forged state refused."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx

from kanmon.simulator import SimulatorThread
from tests.conftest import ADMIN_KEY
from tests.console._oidc_provider import CLIENT_ID, FakeProvider
from tests.console.conftest import make_deck


def test_single_sign_on(tmp_path: Path, sim: SimulatorThread, page: Any) -> None:
    os.environ["KANMON_ADMIN_KEY"] = ADMIN_KEY
    with FakeProvider() as idp:
        deck = make_deck(
            tmp_path,
            sim,
            console={
                "oidc": {
                    "issuer": idp.issuer,
                    "client_id": CLIENT_ID,
                    "client_secret_env": None,
                    "role_map": {"ai-risk": ["auditor", "approver"], "platform": ["admin"]},
                }
            },
        )
        try:
            page.goto(deck.url + "/console/login")
            page.click("text=Sign in with single sign-on")
            page.wait_for_load_state()
            assert page.url.endswith("/console/"), page.url
            assert "erin@corp" in page.inner_text(".who") and "approver" in page.inner_text(".who")
            page.goto(deck.url + "/console/governance")
            assert page.inner_text("h1") == "Governance"
            assert page.goto(deck.url + "/console/reviews").status == 403  # not a reviewer
            page.context.clear_cookies()

            idp.user = {"sub": "u2", "email": "mallory@corp", "groups": ["visitors"]}
            page.goto(deck.url + "/console/oidc/start")
            page.wait_for_load_state()
            assert "has no Kanmon role" in page.inner_text("main")

            # a callback whose state this browser never started is refused
            r = httpx.get(deck.url + "/console/oidc/callback?code=x&state=forged")
            assert r.status_code == 401 and "kanmon_console" not in r.headers.get("set-cookie", "")
        finally:
            deck.gw.stop()
