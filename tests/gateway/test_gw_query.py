"""Query strings: a parameter given without a value is that value (refused where it must be a
number or a time), never silently the default."""

from __future__ import annotations

from typing import Any

import httpx

from tests.gateway._util import new_key


def test_blank_query_values_are_validated_not_dropped(gateway: Any) -> None:
    gw = gateway()
    auditor = {"Authorization": f"Bearer {new_key(gw, ['auditor'])}"}
    r = httpx.get(gw.root_url + "/admin/audit?limit=", headers=auditor)
    assert r.status_code == 400, r.text
    assert httpx.get(gw.root_url + "/admin/audit?limit=5", headers=auditor).status_code == 200
    twice = httpx.get(gw.root_url + "/admin/audit?request_id=a&request_id=b", headers=auditor)
    assert twice.status_code == 400 and "more than once" in twice.text
    r = httpx.get(gw.root_url + "/admin/transfers?since=&until=", headers=auditor)
    assert r.status_code == 400, r.text
