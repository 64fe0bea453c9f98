"""Evaluation harness: versioned datasets and templates, a runner that goes through the gateway,
pluggable scorers, built-in risk suites, reports and total cost of ownership.

    suites = [registered_suites()["prompt_injection"]]
    with EvalGateway(config, path) as gw:
        models = gw.models(["deployment-a", "deployment-b"])
        result = run_suites(store, gw.base_url, gw.api_key, "run-1", suites, models)
"""

from kanmon.evals._code import CodeTestsScorer, extract_code
from kanmon.evals._dataset import Dataset, Item, load_dataset, parse_items
from kanmon.evals._gateway import EVAL_USE_CASE, EvalGateway, connect_models, model_info
from kanmon.evals._gateway_client import CallResult, GatewayClient
from kanmon.evals._judge import JudgeScorer
from kanmon.evals._report import compare, gate, report_html, report_json, report_junit
from kanmon.evals._runner import (
    ModelInfo,
    Progress,
    Runner,
    RunOptions,
    RunResult,
    build_spec,
    run_suites,
)
from kanmon.evals._sandbox import Limits, SandboxResult, run_python, run_python_sync, sandbox_info
from kanmon.evals._sandbox_bwrap import SandboxInfo
from kanmon.evals._scorers import (
    Completion,
    GroupScorer,
    Score,
    ScoreContext,
    Scorer,
    ToolCallScorer,
    get_scorer,
    is_refusal,
)
from kanmon.evals._store import DatasetInfo, EvalStore, RunInfo, content_hash
from kanmon.evals._suite import Suite, load_suite, registered_suites, resolve_suites
from kanmon.evals._summary import summarise
from kanmon.evals._tco import SelfHosted, Workload, breakeven_requests, compare_costs
from kanmon.evals._tco_report import breakeven_chart, cost_report_html
from kanmon.evals._template import PromptTemplate
from kanmon.evals._tool_scorers import RightToolScorer, ToolInjectionScorer, ToolPolicyScorer

__all__ = [
    "CallResult",
    "CodeTestsScorer",
    "Completion",
    "Dataset",
    "DatasetInfo",
    "EVAL_USE_CASE",
    "EvalGateway",
    "EvalStore",
    "GatewayClient",
    "GroupScorer",
    "Item",
    "JudgeScorer",
    "Limits",
    "ModelInfo",
    "Progress",
    "PromptTemplate",
    "RunInfo",
    "RunOptions",
    "RunResult",
    "Runner",
    "SandboxInfo",
    "SandboxResult",
    "Score",
    "ScoreContext",
    "RightToolScorer",
    "Scorer",
    "SelfHosted",
    "Suite",
    "ToolCallScorer",
    "ToolInjectionScorer",
    "ToolPolicyScorer",
    "Workload",
    "breakeven_chart",
    "breakeven_requests",
    "build_spec",
    "compare",
    "compare_costs",
    "cost_report_html",
    "connect_models",
    "content_hash",
    "extract_code",
    "gate",
    "get_scorer",
    "is_refusal",
    "load_dataset",
    "load_suite",
    "model_info",
    "parse_items",
    "registered_suites",
    "report_html",
    "report_json",
    "report_junit",
    "resolve_suites",
    "run_python",
    "run_python_sync",
    "run_suites",
    "sandbox_info",
    "summarise",
]
