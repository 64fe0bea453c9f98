"""The hashed lock files under requirements/ agree with pyproject.toml (docs/operations.md,
"Supply chain"): every requirement is met by a pinned version in its lock, every pin carries
sha256 hashes, nothing installs from elsewhere, and a package has one version in all locks.
After a change to the dependencies, `scripts/lock.sh` makes them agree again."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;]+)\s*(?:;(?P<marker>.*))?$"
)
DEPS_DOC = (ROOT / "docs" / "dependencies.md").read_text()
HASH = re.compile(r"^--hash=sha256:[0-9a-f]{64}$")


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    marker: str
    hashes: frozenset[str]


def parse_lock(text: str) -> tuple[list[Pin], list[str]]:
    """The pins of a lock file, and each line that is not a hashed `name==version` pin."""
    pins: list[Pin] = []
    problems: list[str] = []
    for entry in re.sub(r"\\\n", " ", text).splitlines():
        entry = entry.split(" #", 1)[0].strip() if not entry.startswith("#") else ""
        if not entry:
            continue
        words = entry.split(" --hash=")
        head, hashes = words[0].strip(), ["--hash=" + w.strip() for w in words[1:]]
        match = PIN.match(head)
        if match is None:
            problems.append(f"not a name==version pin: {head!r}")
            continue
        if not hashes or not all(HASH.match(h) for h in hashes):
            problems.append(f"{head}: no sha256 hash")
            continue
        name = canonicalize_name(match["name"])
        pins.append(Pin(name, match["version"], (match["marker"] or "").strip(), frozenset(hashes)))
    return pins, problems


def unmet(requirements: list[str], pins: list[Pin]) -> list[str]:
    """Each requirement that the pins leave unmet: no pin of that name, or a pinned version
    outside its range (on any platform: a lock is universal, every pin of a name must fit)."""
    problems = []
    for line in requirements:
        req = Requirement(line)
        found = [p for p in pins if p.name == canonicalize_name(req.name)]
        if not found:
            problems.append(f"{line}: not in the lock")
        problems += [f"{line}: locked {p.version}" for p in found if p.version not in req.specifier]
        for extra_req in _extra_requirements(req):
            if not any(p.name == canonicalize_name(extra_req.name) for p in pins):
                problems.append(f"{line}: {extra_req} (extra of {req.name}) not in the lock")
    return problems


def _extra_requirements(req: Requirement) -> list[Requirement]:
    """What `name[extra]` adds, read from the installed package (the dev lock installs all)."""
    if not req.extras:
        return []
    found = []
    for line in importlib.metadata.requires(req.name) or []:
        dep = Requirement(line)
        for extra in req.extras:
            # Only what the extra adds: true with it, false without it.
            marker = dep.marker
            if (
                marker is not None
                and marker.evaluate({"extra": extra})
                and not marker.evaluate({"extra": ""})
            ):
                found.append(dep)
    return found


def _project(*extras: str) -> list[str]:
    deps = list(PYPROJECT["project"]["dependencies"])
    for extra in extras:
        deps += PYPROJECT["project"]["optional-dependencies"][extra]
    return deps


#: Each lock and what it must satisfy (scripts/lock.sh makes them from the same).
LOCKS = {
    "runtime": _project(),
    "demo": _project("demo"),
    "dev": _project("dev", "otel"),
    "build": ["pip", "editables", *PYPROJECT["build-system"]["requires"]],
}


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_line_of_the_lock_is_a_hashed_pin(lock: str) -> None:
    pins, problems = parse_lock((ROOT / "requirements" / f"{lock}.txt").read_text())
    assert problems == []
    assert len(pins) >= len(LOCKS[lock])


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_the_lock_meets_every_requirement_of_pyproject(lock: str) -> None:
    pins, _ = parse_lock((ROOT / "requirements" / f"{lock}.txt").read_text())
    assert unmet(LOCKS[lock], pins) == [], "run scripts/lock.sh"


def test_the_otel_extra_and_the_build_tools_are_in_the_dev_extra() -> None:
    dev = {canonicalize_name(Requirement(r).name) for r in _project("dev")}
    needed = {canonicalize_name(Requirement(r).name) for r in _project("otel")}
    assert needed | {"build", "cyclonedx-bom", "uv"} <= dev


def test_a_package_has_the_same_version_and_files_in_every_lock() -> None:
    """dev.txt constrains the others, so what CI tests is what a deployment installs."""
    locks = {
        name: parse_lock((ROOT / "requirements" / f"{name}.txt").read_text())[0] for name in LOCKS
    }
    dev = {(p.name, p.version): p.hashes for p in locks["dev"]}
    dev_names = {p.name for p in locks["dev"]}
    differ = [
        f"{lock}: {p.name}=={p.version}"
        for lock, pins in locks.items()
        for p in pins
        if p.name in dev_names and dev.get((p.name, p.version)) != p.hashes
    ]
    assert differ == []


def test_every_dependency_has_its_reason_in_docs_dependencies() -> None:
    rows = [line.strip("|").split("|") for line in DEPS_DOC.splitlines() if line.startswith("|")]
    documented = {
        canonicalize_name(re.sub(r"\[.*\]", "", word.strip(" `")))
        for cells in rows
        for cell in cells[:-1]
        for word in re.split(r",| and ", cell)
        if word.strip(" `")
    }
    extras = PYPROJECT["project"]["optional-dependencies"].values()
    declared = {
        canonicalize_name(Requirement(r).name)
        for r in [*PYPROJECT["project"]["dependencies"], *(r for e in extras for r in e)]
    }
    assert sorted(declared - documented) == []


# The checks above, on locks that are wrong in each way they look for.


def test_an_unpinned_a_ranged_or_a_hashless_line_is_found() -> None:
    good = "--hash=sha256:" + "a" * 64
    text = (
        f"orjson==3.10.0 \\\n    {good}\n    # via kanmon\n"
        "pyyaml\n"
        f"rich>=13 {good}\n"
        "typer==0.12.0\n"
        "-e git+https://example.invalid/x.git#egg=x\n"
        f"--extra-index-url https://example.invalid/simple\nnumpy==2.0 --hash=md5:{'b' * 32}\n"
    )
    pins, problems = parse_lock(text)
    assert [p.name for p in pins] == ["orjson"]
    assert len(problems) == 6
    assert "typer==0.12.0: no sha256 hash" in problems


def test_a_missing_package_a_version_out_of_range_and_a_missing_extra_are_found() -> None:
    pins = [Pin("orjson", "3.9.0", "", frozenset()), Pin("psycopg", "3.3.0", "", frozenset())]
    problems = unmet(["orjson>=3.10", "pyyaml>=6.0", "psycopg[binary]>=3.3,<4"], pins)
    assert problems[:2] == ["orjson>=3.10: locked 3.9.0", "pyyaml>=6.0: not in the lock"]
    assert len(problems) == 3 and "psycopg-binary" in problems[2]
