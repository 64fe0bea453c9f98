"""The console in a real browser: Debian's Chromium driven by Playwright, against a real gateway
(uvicorn on loopback) with a policy, governance, an eval run for evidence, and a key for each
role. Chromium must be installed (.ci/run installs it): a missing browser is an error."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from kanmon.config import load_config
from kanmon.core.principal import ROLES
from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from kanmon.wiring import build_services
from tests.conftest import ADMIN_KEY, sim_deployment
from tests.governance._gov import record_run
from tests.policy._policies import write_policy

CHROMIUM = os.environ.get("KANMON_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
#: Set to a directory (docs/img/console) to write a screenshot of each page there.
SHOTS = os.environ.get("KANMON_CONSOLE_SHOTS")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Per module: Playwright's sync API runs an event loop in this thread while it is open,
    and tests after these ones call ``asyncio.run`` there."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.fail(f"Chromium is required for the console tests and is not at {CHROMIUM}")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@dataclass
class Deck:
    """A gateway with everything the console shows, and a key per role."""

    gw: GatewayThread
    keys: dict[str, str] = field(default_factory=dict)
    evidence: str = ""

    @property
    def url(self) -> str:
        return self.gw.root_url

    def key(self, roles: list[str], **extra: Any) -> str:
        r = httpx.post(
            self.url + "/admin/keys",
            headers={"Authorization": f"Bearer {ADMIN_KEY}"},
            json={"name": "-".join(roles), "team": "qa", "roles": roles, **extra},
        )
        assert r.status_code == 201, r.text
        return str(r.json()["key"])

    def chat(self, key: str, content: str, model: str = "chat") -> httpx.Response:
        return httpx.post(
            self.gw.base_url + "/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json={"model": model, "messages": [{"role": "user", "content": content}]},
        )

    def hold(self, key: str, extra: str = "") -> str:
        r = self.chat(key, f"payroll of J. Doe, SSN 536-22-8391 {extra}")
        assert r.status_code == 403 and r.json()["error"]["code"] == "held_for_review", r.text
        return str(r.json()["error"]["review_id"])


def make_deck(tmp: Path, sim: SimulatorThread, **config: Any) -> Deck:
    url = sim.base_url
    doc = {
        "store": {"url": f"sqlite:///{tmp / 'kanmon.db'}"},
        "upstream": {"retry_base_delay_s": 0.01, "retry_max_delay_s": 0.05},
        "policy": {"file": str(write_policy(tmp))},
        "deployments": [
            sim_deployment("d-main", "sim-model", url),
            sim_deployment("d-eu", "sim-model", url, processing_region="EU-DE"),
        ],
        "routes": {"chat": {"deployments": ["d-main"]}, "eu": {"deployments": ["d-eu"]}},
        **config,
    }
    path = tmp / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    services = build_services(load_config(path), path)
    evidence = record_run(services.db, services.catalog.deployments["d-main"], "run-console-1")
    deck = Deck(GatewayThread(services).start(), evidence=evidence)
    deck.keys = {role: deck.key([role]) for role in ROLES}
    return deck


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory, sim: SimulatorThread) -> Iterator[Deck]:
    os.environ["KANMON_ADMIN_KEY"] = ADMIN_KEY
    d = make_deck(tmp_path_factory.mktemp("console"), sim)
    app = d.keys["app"]
    for n in range(3):
        d.chat(app, f"hello {n}")
    d.chat(app, "card 4111 1111 1111 1111 please", model="chat")
    yield d
    d.gw.stop()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs  # a script that ran would have opened one
    yield pg
    ctx.close()


def sign_in(page: Any, deck: Deck, key: str, next_path: str = "/console/") -> None:
    page.goto(f"{deck.url}/console/login?next={next_path}")
    page.fill("#key", key)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def http_session(root: str, key: str) -> httpx.Client:
    """A console session over plain HTTP (no browser): signed in with ``key`` at ``root``."""
    c = httpx.Client(base_url=root)
    r = c.get("/console/login")
    token = r.cookies.get("kanmon_login") or c.cookies.get("kanmon_login")
    r = c.post("/console/login", data={"csrf": token or "", "key": key, "next": "/console/"})
    assert r.status_code == 303, r.text
    return c


def axe_problems(page: Any) -> list[str]:
    """Serious and critical axe-core violations on the page as it is now."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


def shot(page: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m is not None
    return m.group(1)
