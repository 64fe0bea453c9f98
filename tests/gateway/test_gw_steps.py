"""Every entry point runs the one declared step list, in its order: a chat completion, a
stream, embeddings, a held request and its run after review, and the eval harness' gateway.
Each step of the list is wrapped to record itself; an entry point that skipped the list or ran
its own copy of a step would record a different sequence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from kanmon.simulator import SimulatorThread
from kanmon.wiring import ORDER
from tests._steps import record_steps
from tests.gateway._util import new_key
from tests.governance._gov import Gov
from tests.policy._policies import write_policy


def test_every_entry_point_runs_the_declared_steps_in_order(
    gateway: Any, sim: SimulatorThread, tmp_path: Path
) -> None:
    gw = gateway(
        governance={"enforce": True},
        policy={"file": str(write_policy(tmp_path))},
    )
    declared = gw.services.path.steps.names()
    assert declared == ORDER  # this configuration uses every step there is
    every = ["public", "internal", "confidential", "restricted"]
    gov = Gov(gw)
    gov.approve(gov.assess("d-main", "support", **{"data.classes": every}), data_classes=every)
    seen = record_steps(gw.services)
    key = new_key(gw, use_case="support")
    app = openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0)
    ask: Any = [{"role": "user", "content": "hello"}]

    json_id = app.chat.completions.with_raw_response.create(model="chat", messages=ask)
    stream = app.chat.completions.with_raw_response.create(model="chat", messages=ask, stream=True)
    for _ in stream.parse():
        pass
    emb = app.embeddings.with_raw_response.create(model="chat", input="hello")
    for r in (json_id, stream, emb):  # type: ignore[assignment]
        rid = r.headers["x-request-id"]
        expected = [n for n in declared if not (r is emb and n == "output")]
        assert seen[rid] == expected, (r.http_request.url, seen[rid])
    # the Responses and Messages entry points, JSON and streamed
    auth = {"Authorization": f"Bearer {key}"}
    for path, body in (
        ("/v1/responses", {"model": "chat", "input": "hello"}),
        ("/v1/messages", {"model": "chat", "max_tokens": 50, "messages": ask}),
    ):
        for streamed in (False, True):
            r = httpx.post(gw.root_url + path, json={**body, "stream": streamed}, headers=auth)
            assert r.status_code == 200, r.text
            assert seen[r.headers["x-request-id"]] == list(declared), (path, streamed)

    # held: every step up to the hold, then the record; run after review: every step again
    with pytest.raises(openai.PermissionDeniedError) as held:
        app.chat.completions.create(
            model="chat", messages=[{"role": "user", "content": "my SSN is 482-57-0909"}]
        )
    body = held.value.body
    assert isinstance(body, dict)
    review, held_id = body["review_id"], body["request_id"]
    assert seen[held_id] == [*declared[: declared.index("hold") + 1], "audit"]
    reviewer = {"Authorization": f"Bearer {new_key(gw, ['reviewer'])}"}
    r = httpx.post(f"{gw.root_url}/admin/reviews/{review}/approve", headers=reviewer)
    assert r.status_code == 200, r.text
    before = set(seen)
    done = httpx.get(
        f"{gw.root_url}/v1/reviews/{review}", headers={"Authorization": f"Bearer {key}"}
    )
    assert done.json()["status"] == "completed", done.text
    [ran] = [rid for rid in set(seen) - before if "call" in seen[rid]]
    assert seen[ran] == list(declared)
