"""Evals: runs and their reports (the stored HTML report, embedded as is), and two runs side by
side. Readable by those who assess and approve (the same roles as governance)."""

from __future__ import annotations

import asyncio

from kanmon.console._http import REPORT_CSP, Response
from kanmon.console._pages import GOV_READERS, Host, View, page
from kanmon.errors import NotFoundError
from kanmon.evals import EvalStore, compare, report_html


class EvalPages:
    def __init__(self, console: Host) -> None:
        self.c = console
        self.store = EvalStore(console.services.db)

    @page("GET", "/console/evals", "console.evals", roles=GOV_READERS)
    async def runs(self, v: View) -> Response:
        runs = await asyncio.to_thread(self.store.runs, 200)
        a, b = v.req.query.get("a", ""), v.req.query.get("b", "")
        cmp = None
        if a and b:
            cmp = await asyncio.to_thread(compare, self.store, [a[:64], b[:64]])
            v.ex.reasons.append(f"compared eval runs {a[:64]} and {b[:64]}")
        return self.c.page(v, "evals.html.j2", runs=runs, cmp=cmp, a=a, b=b)

    @page("GET", "/console/evals/{run_id}", "console.evals", roles=GOV_READERS)
    async def run(self, v: View) -> Response:
        run = await asyncio.to_thread(self.store.run, v.params["run_id"])
        if run is None:
            raise NotFoundError(f"No eval run {v.params['run_id']!r}.", code="run_not_found")
        return self.c.page(v, "eval_run.html.j2", run=run)

    @page("GET", "/console/evals/{run_id}/report", "console.evals", roles=GOV_READERS)
    async def report(self, v: View) -> Response:
        """The run's HTML report as ``kanmon eval report`` writes it, framed by the run page:
        its own inline styles are allowed, scripts are not."""
        if await asyncio.to_thread(self.store.run, v.params["run_id"]) is None:
            raise NotFoundError(f"No eval run {v.params['run_id']!r}.", code="run_not_found")
        html = await asyncio.to_thread(report_html, self.store, v.params["run_id"])
        r = Response(200, html.encode(), csp=REPORT_CSP)
        r.headers.append((b"x-frame-options", b"SAMEORIGIN"))
        return r
