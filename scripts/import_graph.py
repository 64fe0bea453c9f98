"""Print the package-level import graph of ``kanmon`` as a Mermaid diagram (docs/architecture.md
embeds it; tests/test_architecture.py checks the embedded copy is current)."""

from __future__ import annotations

import sys

import grimp

#: Floors, top to bottom, as the import-linter layers contract in pyproject.toml declares them.
FLOORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("entry", ("cli", "console", "evals", "gateway")),
    ("composition", ("wiring",)),
    (
        "steps",
        (
            "governance",
            "policy",
            "transfers",
            "metrics",
            "review",
            "routing",
            "auth",
            "audit",
            "telemetry",
        ),
    ),
    ("request state", ("request",)),
    ("adapters", ("scan", "limits", "providers", "store", "catalog", "simulator")),
    ("wire formats", ("wire",)),
    ("core", ("config", "plugins", "_yaml", "core", "errors", "health", "ratelog")),
)


def package_edges() -> list[tuple[str, str]]:
    graph = grimp.build_graph("kanmon")
    edges: set[tuple[str, str]] = set()
    for module in graph.modules:
        parts = module.split(".")
        if len(parts) < 2:
            continue
        src = parts[1]
        for imported in graph.find_modules_directly_imported_by(module):
            dst = imported.split(".")[1] if imported.count(".") else None
            if dst and dst != src and not src.startswith("__"):
                edges.add((src, dst))
    return sorted(edges)


def mermaid() -> str:
    # Edges into the bottom floor (errors, core, config, ...) are left out: every package uses
    # them, and drawing them would hide the arrows that say something.
    bottom = set(FLOORS[-1][1])
    lines = ["```mermaid", "flowchart TD"]
    for i, (name, packages) in enumerate(FLOORS):
        lines.append(f'  subgraph F{i}["{name}"]')
        lines += [f"    {p}" for p in packages]
        lines.append("  end")
    for src, dst in package_edges():
        if dst not in bottom or src in bottom:
            lines.append(f"  {src} --> {dst}")
    lines.append("```")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(mermaid() + "\n")
