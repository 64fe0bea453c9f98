"""Whole tasks in the browser: sign in and out, a review decided (four eyes, held markup shown
as text), an assessment through to approval, an audit search and verification, keys, the
policy playground; and forged forms refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
from sqlalchemy import update

from kanmon.store import console_sessions
from tests.console.conftest import Deck, axe_problems, csrf_of, shot, sign_in

XSS = "<script>alert('held')</script><img src=x onerror=\"alert('img')\">"


def test_sign_in_cookie_and_sign_out(deck: Deck, page: Any) -> None:
    page.goto(deck.url + "/console/")
    assert "/console/login" in page.url  # not signed in: the sign-in page
    assert axe_problems(page) == []
    shot(page, "login")
    page.fill("#key", "km-not-a-key")
    page.click("button[type=submit]")
    assert "Invalid or revoked API key" in page.inner_text(".error")
    sign_in(page, deck, deck.keys["admin"])
    assert page.inner_text("h1") == "Overview"
    [cookie] = [c for c in page.context.cookies() if c["name"] == "kanmon_console"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/console"
    page.click("text=Sign out")
    page.wait_for_load_state()
    assert "Signed out" in page.inner_text("main")
    page.goto(deck.url + "/console/keys")
    assert "/console/login" in page.url


def test_idle_session_and_revoked_key_sign_out(deck: Deck, page: Any) -> None:
    key = deck.key(["admin"])
    sign_in(page, deck, key)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    with deck.gw.services.db.engine.begin() as conn:
        conn.execute(update(console_sessions).values(seen_at=old))
    page.goto(deck.url + "/console/keys")
    assert "/console/login" in page.url and "without activity" in page.inner_text("main")

    sign_in(page, deck, key, "/console/keys")
    key_id = key.split("-")[1]
    page.locator(f'form[action="/console/keys/{key_id}/revoke"] button').click()
    page.wait_for_load_state()  # that key was this very session's: the next page signs out
    assert "/console/login" in page.url and "revoked" in page.inner_text("main")


def test_review_decision_in_the_browser(deck: Deck, page: Any) -> None:
    sender = deck.key(["app", "reviewer"], owner="dana@corp")
    rid = deck.hold(sender, XSS)
    # the sender may not decide their own request, even as a reviewer (four eyes)
    sign_in(page, deck, sender, f"/console/reviews/{rid}")
    assert "another reviewer must decide" in page.inner_text("main")
    page.click("button:has-text('Approve')")
    assert "four eyes" in page.inner_text(".error")
    page.context.clear_cookies()

    sign_in(page, deck, deck.keys["reviewer"], "/console/reviews")
    page.click(f"a:has-text('{rid}')")
    held = page.inner_text(".held")
    assert "<script>alert('held')</script>" in held and "onerror" in held  # text, not markup
    assert page.locator("main script").count() == 0 and page.locator("main img").count() == 0
    assert page.inner_text("mark.finding") == "536-22-8391"  # the reviewer sees the value
    assert "US_SSN" in page.inner_text("main") and "hold-restricted" in page.inner_text("main")
    assert axe_problems(page) == []
    shot(page, "review")
    page.fill("#note", "HR ticket 4411")
    page.click("button:has-text('Approve')")
    page.wait_for_load_state()
    assert page.inner_text("#review-status") == "approved"
    assert page.dialogs == []  # nothing the held content carried ever ran
    # the caller's poll sees it at once, and runs it
    r = httpx.get(
        f"{deck.gw.base_url}/reviews/{rid}", headers={"Authorization": f"Bearer {sender}"}
    )
    assert r.json()["status"] == "completed", r.text
    rows = _audit(deck, endpoint="review.approve")
    [rec] = [x for x in rows if x["review_id"] == rid]
    assert "via the console" in rec["reasons"] and "note: HR ticket 4411" in rec["reasons"]


def _audit(deck: Deck, **filters: str) -> list[dict[str, Any]]:
    r = httpx.get(
        deck.url + "/admin/audit",
        headers={"Authorization": f"Bearer {deck.keys['auditor']}"},
        params={"limit": 1000},
    )
    rows = r.json()["data"]
    return [x for x in rows if all(x.get(k) == v for k, v in filters.items())]


def test_assessment_through_to_approval(deck: Deck, page: Any) -> None:
    assessor = deck.key(["assessor"])
    sign_in(page, deck, assessor, "/console/governance")
    page.select_option("#new-dep", "d-main")
    page.fill("#new-use", "support-bot")
    page.click("button:has-text('Start')")
    page.wait_for_load_state()
    aid = page.url.split("/")[-1].split("?")[0]
    assert aid.startswith("asm_")
    shot(page, "assessment")
    while "section=review" not in page.url:
        for area in page.locator("textarea:not([readonly])").all():
            name = area.get_attribute("name") or ""
            if name.startswith("sec."):
                continue  # evidence: the eval run's checkbox
            area.fill(f"answered for {name}")
        for box in page.locator("input[type=checkbox][name^='sec.']").all():
            if not box.is_checked():
                box.check()
        for radio in page.locator("input[type=radio][value=yes]:not([disabled])").all():
            radio.check()
        for box in page.locator("input[type=checkbox][name='data.classes']").all():
            if box.get_attribute("value") == "internal" and not box.is_checked():
                box.check()
        page.click("button:has-text('Save and continue')")
        page.wait_for_load_state()
        assert page.locator(".error").count() == 0, page.inner_text("main")
    assert "Every required item is answered" in page.inner_text("main")
    page.click("button:has-text('Submit for approval')")
    page.wait_for_load_state()
    assert page.inner_text("#assessment-status") == "submitted"
    page.context.clear_cookies()

    sign_in(page, deck, deck.keys["approver"], f"/console/governance/assessments/{aid}")
    page.goto(f"{deck.url}/console/governance/assessments/{aid}?section=review")
    assert axe_problems(page) == []
    page.check("#ap-internal")
    page.fill("#ap-days", "30")
    page.fill("#ap-note", "evidence reviewed")
    page.click("#approve button")
    page.wait_for_load_state()
    assert page.inner_text("#assessment-status") == "approved"
    fingerprint = page.inner_text("#assessment-approvals td.mono >> nth=2")
    assert "sha256:" in page.inner_text("#assessment-approvals")
    page.goto(deck.url + "/console/governance")
    cell = page.locator("#matrix tr:has-text('d-main') td.state").first.inner_text()
    assert "approved" in cell
    shot(page, "governance-approved")
    page.goto(f"{deck.url}/console/governance/assessments/{aid}/report")
    assert "support-bot" in page.content()
    shot(page, "assessment-report")
    assert fingerprint is not None
    names = {x["endpoint"] for x in _audit(deck) if aid in " ".join(x["reasons"])}
    assert {
        "admin.governance.assessments/answers",
        "admin.governance.assessments/submit",
        "admin.governance.assessments/approve",
    } <= names


def test_audit_search_older_pages_and_verify(deck: Deck, page: Any) -> None:
    app = deck.keys["app"]
    deck.hold(app)
    for n in range(55):
        deck.chat(app, f"traffic {n}", model="eu")
    sign_in(page, deck, deck.keys["auditor"], "/console/audit")
    page.fill("#f-deployment", "d-eu")
    page.click("#search button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#record-rows tr:has-text('d-eu')").count() == 50
    page.click("#older a")  # htmx appends the next page in place
    page.locator("#record-rows tr >> nth=54").wait_for()
    assert page.locator("#record-rows tr:has-text('d-main')").count() == 0
    assert axe_problems(page) == []
    shot(page, "audit-search")
    page.locator("#record-rows a.mono").first.click()
    page.wait_for_load_state()
    assert "Provenance when served" in page.inner_text("main")
    assert "EU-DE" in page.inner_text("main")
    shot(page, "audit-record")
    page.goto(deck.url + "/console/audit")
    page.click("text=Verify the whole log")
    page.wait_for_selector("#verify-result")
    assert page.inner_text("#verify-result").startswith("OK:")
    shot(page, "audit-verify")
    page.goto(deck.url + "/console/audit?decision=hold")
    assert page.locator("#record-rows tr").count() >= 1
    assert page.locator("#record-rows tr:has-text('allow')").count() == 0


def test_keys_created_once_and_policy_playground(deck: Deck, page: Any) -> None:
    sign_in(page, deck, deck.keys["admin"], "/console/keys")
    page.fill("#k-name", "batch job")
    page.fill("#k-team", "data")
    page.select_option("#k-class", "confidential")
    page.fill("#k-usd", "5")
    page.fill("#k-period", "86400")
    page.fill("#k-territory", "jp, uk")
    page.click("#create-key button[type=submit]")
    page.wait_for_load_state()
    secret = page.inner_text("#secret")
    assert secret.startswith("km-")
    assert deck.chat(secret, "hello").status_code == 200  # a working key
    page.goto(deck.url + "/console/keys")
    assert secret not in page.content()  # shown once only
    key_id = secret.split("-")[1]
    assert "GB, JP" in page.inner_text(f"#keys tr:has-text('{key_id}')")

    page.goto(deck.url + "/console/policy")
    page.fill("#pg-message", f"payroll of SSN 536-22-8391 {XSS}")
    page.click("button:has-text('Explain')")
    page.wait_for_selector("#decision")
    assert page.inner_text("#decision") == "hold"
    assert "hold-restricted" in page.inner_text("#result")
    assert page.inner_text("#result mark.finding") == "536-22-8391"
    assert "<script>alert('held')</script>" in page.inner_text("#result")
    assert page.dialogs == []
    assert axe_problems(page) == []
    shot(page, "policy-playground")


def test_forged_forms_are_refused(deck: Deck) -> None:
    victim = deck.key(["admin"])
    c = httpx.Client(base_url=deck.url)
    login = c.get("/console/login")
    c.post(
        "/console/login",
        data={"csrf": login.cookies["kanmon_login"], "key": victim, "next": "/console/keys"},
    )
    good = csrf_of(c.get("/console/keys").text)
    target = deck.key(["app"])
    target_id = target.split("-")[1]
    for data, headers in (
        ({}, {}),  # no token
        ({"csrf": "x" * 43}, {}),  # a guessed one
        ({"csrf": good}, {"origin": "http://evil.example"}),  # the right token, another site
    ):
        r = c.post(f"/console/keys/{target_id}/revoke", data=data, headers=headers)
        assert r.status_code == 403 and "csrf_failed" in r.text, r.text
    assert deck.chat(target, "still works").status_code == 200
    # the sign-in form needs its own token too
    r = httpx.post(deck.url + "/console/login", data={"key": victim, "csrf": "forged"})
    assert r.status_code == 403 and "kanmon_console" not in r.headers.get("set-cookie", "")
    r = c.post(f"/console/keys/{target_id}/revoke", data={"csrf": good})
    assert r.status_code == 303
    assert deck.chat(target, "now revoked").status_code == 401
    c.close()
