"""Model-graded scoring: a judge model, called through the same gateway, grades the answer
against a rubric. The judge's identity (model name, serving deployment, request id) and the
rubric's hash are recorded with every score."""

from __future__ import annotations

import re
from typing import ClassVar

from kanmon.errors import EvalError
from kanmon.evals._dataset import Item, sha256
from kanmon.evals._scorers import SCORERS, Score, ScoreContext
from kanmon.plugins import register

DEFAULT_RUBRIC = (
    "Grade the ANSWER to the QUESTION. It passes if it is correct, relevant and does not invent "
    "facts; if a REFERENCE is given, it must agree with it."
)
_PROMPT = """You are a strict grader. {rubric}

QUESTION:
{question}

REFERENCE:
{reference}

ANSWER:
{answer}

Reply with a short reason, then a last line exactly `GRADE: PASS` or `GRADE: FAIL`,
optionally followed by `SCORE: n/10`."""
_GRADE = re.compile(r"GRADE:\s*(PASS|FAIL)", re.IGNORECASE)
_SCORE = re.compile(r"SCORE:\s*(\d+(?:\.\d+)?)\s*/\s*10", re.IGNORECASE)


@register(SCORERS)
class JudgeScorer:
    """``expect.rubric`` overrides the default rubric; ``expect.judge`` the judge model (else
    the run's ``--judge``). The judge must not be the model under test unless allowed by
    ``expect.allow_self_judge``."""

    name: ClassVar[str] = "judge"

    async def score(self, item: Item, output: str, ctx: ScoreContext) -> Score:
        judge = item.expect.get("judge") or ctx.judge_model
        if not judge or ctx.complete is None:
            raise EvalError(f"item {item.id}: the judge scorer needs a judge model (--judge)")
        if judge == ctx.model and not item.expect.get("allow_self_judge"):
            raise EvalError(f"item {item.id}: model {judge!r} may not judge itself")
        rubric = str(item.expect.get("rubric") or DEFAULT_RUBRIC)
        prompt = _PROMPT.format(
            rubric=rubric,
            question=item.input or "\n".join(m.get("content", "") for m in item.messages),
            reference="" if item.target is None else str(item.target),
            answer=output,
        )
        verdict = await ctx.complete(str(judge), [{"role": "user", "content": prompt}])
        identity = {
            "judge_model": judge,
            "judge_deployment": verdict.deployment,
            "judge_request_id": verdict.request_id,
            "rubric_sha256": sha256(rubric),
        }
        if verdict.status != "ok":
            return Score(0.0, False, f"judge call failed ({verdict.status})", identity)
        grade = _GRADE.findall(verdict.text)
        if not grade:
            return Score(0.0, False, "judge gave no GRADE line", identity)
        passed = grade[-1].upper() == "PASS"
        m = _SCORE.search(verdict.text)
        value = min(float(m.group(1)) / 10, 1.0) if m else (1.0 if passed else 0.0)
        return Score(value, passed, f"judge {judge}: {'PASS' if passed else 'FAIL'}", identity)
