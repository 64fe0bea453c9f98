"""Territories: which countries a processing region or a caller lies in, and whether a licence
that excludes some territories allows them.

Codes are ISO 3166-1 alpha-2, plus ``EU`` for the Union (it covers every member state, and a
member state is in ``EU``). ``UK`` is read as ``GB``. A region names a territory when it is a
code or a code with a sub-region (``EU-DE``, ``US-VA``); the catalog's words ``UNKNOWN``,
``GLOBAL``, ``GLOBAL-EX-CN`` and ``SELF-HOSTED`` do not bound where inference runs, so a
licence with territory exclusions cannot be shown to allow them. ``LOCAL`` (this machine, the
simulator) names no territory of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

EU_MEMBERS = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
"""ISO codes of EU member states, so ``EU`` in a filter also matches e.g. FR or EU-DE."""

_ALIASES = {"UK": "GB", "EL": "GR"}
#: Region words that do not say where inference runs.
UNBOUNDED_REGIONS = frozenset({"UNKNOWN", "GLOBAL", "GLOBAL-EX-CN", "SELF-HOSTED"})
LOCAL_REGION = "LOCAL"


def code(value: str) -> str:
    """A territory code in canonical form (upper case, ``UK`` → ``GB``)."""
    c = value.strip().upper()
    return _ALIASES.get(c, c)


def parse_codes(values: Iterable[str]) -> tuple[str, ...]:
    """Caller territories as given by a person (``de, UK``, ``EU``): canonical, sorted, without
    repeats. Raises ValueError naming what is not ``EU`` or a two-letter ISO 3166-1 code."""
    out: set[str] = set()
    bad: list[str] = []
    for raw in values:
        for part in raw.split(","):
            c = code(part)
            if not c:
                continue
            if c == "EU" or (len(c) == 2 and c.isascii() and c.isalpha()):
                out.add(c)
            else:
                bad.append(part.strip())
    if bad:
        raise ValueError(
            f"not a territory: {', '.join(bad)} (expected ISO 3166-1 alpha-2 codes or EU)"
        )
    return tuple(sorted(out))


def territories(codes: Iterable[str]) -> frozenset[str]:
    """The territories ``codes`` name, each with the Union for a member state."""
    out: set[str] = set()
    for raw in codes:
        c = code(raw)
        if not c:
            continue
        out.add(c)
        if c in EU_MEMBERS:
            out.add("EU")
    return frozenset(out)


def region_territories(region: str) -> frozenset[str] | None:
    """The territories inference in ``region`` happens in: ``EU-DE`` → {EU, DE}, ``FR`` →
    {FR, EU}, ``US-VA`` → {US}, ``LOCAL`` → none; None when the region does not bound it."""
    r = region.strip().upper()
    if r in UNBOUNDED_REGIONS or not r:
        return None
    if r == LOCAL_REGION:
        return frozenset()
    head, _, tail = r.partition("-")
    found = territories([head])
    if head == "EU" and tail:
        found |= territories([tail])
    return found


def covers(wanted: Iterable[str], territory: str) -> bool:
    """Whether ``territory`` is one of ``wanted`` (``EU`` in ``wanted`` covers its members)."""
    t = code(territory)
    ws = {code(w) for w in wanted}
    return t in ws or ("EU" in ws and t in EU_MEMBERS)


def in_region(region: str, wanted: Iterable[str]) -> bool:
    """Whether a processing region is one of ``wanted``: ``US`` covers ``US-VA``, ``EU`` covers
    ``EU-DE`` and member codes such as ``FR``; region words (``UNKNOWN``…) match themselves."""
    r = region.strip().upper()
    ws = [w.strip().upper() for w in wanted]
    if r in ws or any(r.startswith(w + "-") for w in ws):
        return True
    found = region_territories(r)
    return bool(found) and any(covers(ws, t) for t in found or ())


def excluded(exclusions: Iterable[str], found: Iterable[str]) -> list[str]:
    """The exclusions that hit any of the territories ``found`` (sorted). An excluded ``EU``
    hits every member; an excluded member hits a bare ``EU`` too (it may be that member)."""
    ex = {code(e) for e in exclusions if e.strip()}  # excluding DE does not exclude the EU
    hits = set()
    for t in territories(found):
        for e in ex:
            if t == e or (e == "EU" and t in EU_MEMBERS) or (t == "EU" and e in EU_MEMBERS):
                hits.add(e)
    return sorted(hits)


def territory_problem(
    exclusions: Iterable[str],
    region: str,
    callers: Iterable[str] = (),
    key_callers: Iterable[str] = (),
) -> str | None:
    """Why a licence excluding ``exclusions`` does not allow inference in ``region`` for callers
    in ``callers`` (the use case's) or ``key_callers`` (the calling key's), or None when it
    does."""
    ex = sorted({code(e) for e in exclusions if e.strip()})
    if not ex:
        return None
    found = region_territories(region)
    if found is None:
        return (
            f"the licence excludes {', '.join(ex)} and processing region {region} does not say "
            "where inference runs"
        )
    hits = excluded(ex, found)
    if hits:
        return f"the licence excludes {', '.join(hits)}, where processing region {region} lies"
    hits = excluded(ex, callers)
    if hits:
        return f"the licence excludes {', '.join(hits)}, where the use case's callers are"
    hits = excluded(ex, key_callers)
    if hits:
        return f"the licence excludes {', '.join(hits)}, where the calling key's callers are"
    return None
