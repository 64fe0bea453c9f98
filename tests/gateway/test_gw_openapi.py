"""The API as its OpenAPI document describes it: the document is generated from the route
table and validated, and a schema-based fuzzer (schemathesis) against a live gateway finds no
5xx and no response that contradicts the document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.config import ChecksConfig
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from kanmon.core.principal import ROLES
from kanmon.gateway import GatewayThread
from tests.policy._policies import write_policy

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GatewayThread, str]]:
    """One gateway (with a policy and governance) for the whole fuzz run, and a key holding
    every role so the fuzzer reaches every handler."""
    import yaml

    from kanmon.config import load_config
    from kanmon.simulator import SimulatorThread, personality_config
    from kanmon.wiring import build_services
    from tests.conftest import sim_deployment

    tmp = tmp_path_factory.mktemp("fuzz")
    with SimulatorThread(personality_config()) as sim:
        doc = {
            "store": {"url": f"sqlite:///{tmp / 'kanmon.db'}"},
            "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
            "routes": {"chat": {"deployments": ["d-main"]}},
            "policy": {"file": str(write_policy(tmp))},
            "governance": {"enforce": False},
        }
        path = tmp / "kanmon.yaml"
        path.write_text(yaml.safe_dump(doc))
        gw = GatewayThread(build_services(load_config(path), path)).start()
        try:
            secret, _ = gw.services.keys.create(name="fuzz", team="qa", roles=list(ROLES))
            yield gw, secret
        finally:
            gw.stop()


def test_the_document_is_valid_openapi_and_covers_every_route(
    live: tuple[GatewayThread, str],
) -> None:
    gw, _ = live
    doc = httpx.get(gw.root_url + "/openapi.json").json()
    assert doc["openapi"] == "3.1.0"
    schema = schemathesis.openapi.from_dict(doc)
    schema.validate()
    declared = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
    assert declared == {(r.method, r.path) for r in gw.app.routes}
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            route = next(r for r in gw.app.routes if (r.path, r.method) == (path, method.upper()))
            assert op["x-kanmon-roles"] == list(route.roles)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_fuzz_no_5xx_and_no_response_contradicts_the_document(
    live: tuple[GatewayThread, str], mode: GenerationMode
) -> None:
    """Valid and invalid inputs for every operation, a bounded number of each: never a 5xx,
    never a status, content type or body the document does not declare, and invalid input
    always refused."""
    gw, key = live
    schema = schemathesis.openapi.from_url(gw.root_url + "/openapi.json")
    schema.config.update(base_url=gw.root_url)
    # schemathesis' own list of rejections, and 413: a body over the size limit (a negative
    # case may generate one) is refused before it is read
    rejections = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428"]
    schema.config.checks = ChecksConfig.from_dict(
        {"negative_data_rejection": {"expected-statuses": [*rejections, "429", "5xx"]}}
    )
    auth = {"Authorization": f"Bearer {key}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    fuzzed = 0
    for operation in operations:

        @settings(
            max_examples=12,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        @given(case=operation.as_strategy(generation_mode=mode))
        def run(case: Any) -> None:
            case.call_and_validate(headers=auth, checks=CHECKS)

        try:
            run()
        except Unsatisfiable:  # an operation with no parameters has no invalid input to make
            assert mode is GenerationMode.NEGATIVE, operation.label
            continue
        fuzzed += 1
    assert fuzzed >= (25 if mode is GenerationMode.POSITIVE else 10)
