"""GigaChat: the OAuth token exchange and its renewal, the CA bundle, functions as tools —
against the simulator's GigaChat fake (built from the documentation's wire examples)."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import ipaddress
import ssl
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from test_prov_base import collect, completion, fake_upstream, make_deployment

from kanmon.errors import BadRequestError, ConfigError
from kanmon.providers import HttpClient
from kanmon.providers.gigachat import GigaChatProvider
from kanmon.simulator import Simulator, run_simulator
from kanmon.simulator._vendor_gigachat import TOKENS

KEY = base64.b64encode(b"client-id:client-secret").decode()
WEATHER = {
    "type": "function",
    "function": {
        "name": "weather_forecast",
        "description": "Weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"location": {"type": "string"}},
            "required": ["location"],
        },
    },
}


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    async with run_simulator() as s:
        yield s


def _provider(sim: Simulator, http: HttpClient, **options: Any) -> GigaChatProvider:
    base = sim.root_url + "/vendors/gigachat"
    dep = make_deployment(
        base + "/api/v1",
        api="gigachat",
        alias="GigaChat",
        options={"auth_url": base + "/api/v2/oauth", **options},
    )
    return GigaChatProvider(dep, http, KEY)


def _ask(text: str = "hello", **extra: Any) -> dict[str, Any]:
    return {"model": "GigaChat", "messages": [{"role": "user", "content": text}], **extra}


async def test_one_token_for_many_requests_and_a_new_one_near_expiry(sim: Simulator) -> None:
    http = HttpClient()
    try:
        p = _provider(sim, http)
        first = await p.chat(_ask(stream_options={"include_usage": True}, response_format={}))
        assert first["choices"][0]["message"]["content"]
        assert "id" not in first  # GigaChat's own shape came back, and was accepted
        assert first["usage"]["prompt_tokens_details"] == {"cached_tokens": 0}
        await p.chat(_ask())
        assert len(sim.app[TOKENS]) == 1  # one exchange for both requests
        # a token within the refresh margin of its end is replaced before it is used
        stale = _provider(sim, http, token_refresh_margin_s=1799.5)
        await stale.chat(_ask())
        await asyncio.sleep(0.6)
        await stale.chat(_ask())
        assert len(sim.app[TOKENS]) == 3
    finally:
        await http.close()


async def test_a_revoked_token_is_replaced_once(sim: Simulator) -> None:
    http = HttpClient()
    try:
        p = _provider(sim, http)
        await p.chat(_ask())
        async with httpx.AsyncClient() as client:
            r = await client.post(sim.root_url + "/vendors/gigachat/_revoke")
        assert r.status_code == 200
        data = await p.chat(_ask())  # 401, a new token, the same request again
        assert data["choices"][0]["message"]["content"]
        stream = await p.open_stream(_ask("stream me"))
        chunks = await collect(stream)
        text = [c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]]
        assert "".join(text)
        assert chunks[-1]["usage"]["total_tokens"] > 0
    finally:
        await http.close()


async def test_the_token_request_is_the_documented_one(sim: Simulator) -> None:
    url = sim.root_url + "/vendors/gigachat/api/v2/oauth"
    form = {"scope": "GIGACHAT_API_PERS"}
    good = {"Authorization": f"Basic {KEY}", "RqUID": "6f0b1291-c7f3-43c6-bb2e-9f3efb2dc98e"}
    async with httpx.AsyncClient() as client:
        r = await client.post(url, headers=good, data=form)
        assert r.status_code == 200 and set(r.json()) == {"access_token", "expires_at"}
        assert r.json()["expires_at"] > 1e12  # milliseconds
        bad_id = await client.post(url, headers={**good, "RqUID": "nope"}, data=form)
        assert bad_id.status_code == 400
        no_key = await client.post(url, headers={"RqUID": good["RqUID"]}, data=form)
        assert no_key.status_code == 401
        bad_scope = await client.post(url, headers=good, data={"scope": "OTHER"})
        assert bad_scope.status_code == 400
    # and the adapter's scope option is what it sends
    http = HttpClient()
    try:
        corp = _provider(sim, http, scope="GIGACHAT_API_CORP")
        assert (await corp.chat(_ask()))["choices"]
        wrong = _provider(sim, http, scope="NOT_A_SCOPE")
        with pytest.raises(Exception, match="400"):
            await wrong.chat(_ask())
    finally:
        await http.close()


async def test_tools_become_functions_and_back(sim: Simulator) -> None:
    http = HttpClient()
    try:
        p = _provider(sim, http)
        body = _ask("Moscow", tools=[WEATHER], tool_choice="auto")
        data = await p.chat(body)
        choice = data["choices"][0]
        assert choice["finish_reason"] == "tool_calls"
        [call] = choice["message"]["tool_calls"]
        assert call["function"]["name"] == "weather_forecast"
        assert call["function"]["arguments"] == '{"location":"Moscow"}'  # a JSON string
        assert "function_call" not in choice["message"]
        # the call and its result go back as GigaChat wants them (the fake refuses others)
        history = [
            {"role": "user", "content": "Moscow"},
            {"role": "assistant", "content": None, "tool_calls": [call]},
            {"role": "tool", "tool_call_id": call["id"], "content": '{"temp": -3}'},
        ]
        again = await p.chat(
            {"model": "GigaChat", "messages": history, "tools": [WEATHER], "tool_choice": "none"}
        )
        assert again["choices"][0]["finish_reason"] == "stop"
        # streamed calls too
        stream = await p.open_stream(body)
        chunks = await collect(stream)
        deltas = [c["choices"][0] for c in chunks if c["choices"]]
        assert deltas[0]["delta"]["tool_calls"][0]["function"]["name"] == "weather_forecast"
        assert deltas[-1]["finish_reason"] == "tool_calls"
    finally:
        await http.close()


async def test_two_calls_in_one_message_are_refused_early() -> None:
    dep = make_deployment("http://127.0.0.1:9/v1", api="gigachat")
    p = GigaChatProvider(dep, HttpClient(), KEY)
    calls = [{"id": f"c{i}", "function": {"name": "f", "arguments": "{}"}} for i in range(2)]
    with pytest.raises(BadRequestError, match="one function call"):
        p.prepare_chat(
            {"messages": [{"role": "assistant", "content": "", "tool_calls": calls}]}, stream=False
        )


async def test_blacklist_is_a_content_filter() -> None:
    async with fake_upstream() as up:
        blocked = completion({"role": "assistant", "content": "..."})
        blocked["choices"][0]["finish_reason"] = "blacklist"
        up.reply_json(blocked)
        p = up.provider(GigaChatProvider)
        assert isinstance(p, GigaChatProvider)
        p._token, p._expires = "t", 4_102_444_800.0  # a token already held
        data = await p.chat(_ask(stream_options={"include_usage": True}))
        assert data["choices"][0]["finish_reason"] == "content_filter"
        assert up.requests[0].headers["Authorization"] == "Bearer t"
        assert "stream_options" not in (up.requests[-1].body or {})


def _ca_and_cert(tmp_path: Path) -> tuple[Path, ssl.SSLContext]:
    """A private CA (standing in for the Russian Trusted Root CA) and a server certificate
    for 127.0.0.1 signed by it."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Trusted Root CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert_file, key_file)
    return ca_file, server


async def test_ca_bundle_trusts_the_vendors_root(tmp_path: Path) -> None:
    ca_file, server_ctx = _ca_and_cert(tmp_path)
    async with run_simulator(ssl_context=server_ctx) as sim:
        assert sim.root_url.startswith("https://")
        http = HttpClient()
        try:
            trusted = _provider(sim, http, ca_bundle=str(ca_file))
            assert (await trusted.chat(_ask()))["choices"]
            untrusted = _provider(sim, http)  # the default trust store lacks the private root
            with pytest.raises(aiohttp.ClientConnectorCertificateError):
                await untrusted.chat(_ask())
        finally:
            await http.close()
    with pytest.raises(ConfigError, match="ca_bundle"):
        _provider(sim, HttpClient(), ca_bundle=str(tmp_path / "missing.pem"))
