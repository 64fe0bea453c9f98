"""The grids of ``phrasing_grid.py`` by name: which modules hold their texts, which are benign
(their count is of texts flagged), which carry their own source per text."""

from __future__ import annotations

from collections.abc import Callable

from phrasing_grid_above import above, benign_above
from phrasing_grid_actions import (
    actions,
    answers,
    benign_actions,
    benign_answers,
    benign_channels,
    channels,
)
from phrasing_grid_agents import benign_agents, boundary, exfil
from phrasing_grid_asides import asides, benign_asides
from phrasing_grid_authority import authority, benign_authority
from phrasing_grid_beacons import beacons, benign_beacons
from phrasing_grid_bottalk import benign_bottalk
from phrasing_grid_carried import benign_carried, carried
from phrasing_grid_claims import benign_claims, claims
from phrasing_grid_common import benign_common, common
from phrasing_grid_copies import benign_copies, copies
from phrasing_grid_courteous import benign_courteous, courteous
from phrasing_grid_data_intl import benign_data_intl, data_intl
from phrasing_grid_described import benign_described, described
from phrasing_grid_dictated import benign_dictated, dictated
from phrasing_grid_discussions import benign_discussions
from phrasing_grid_disguised import benign_disguised, disguised
from phrasing_grid_everyday import benign_everyday, everyday
from phrasing_grid_expired import benign_expired, expired
from phrasing_grid_fetched import benign_fetched, fetched
from phrasing_grid_fetched_cjk import benign_fetched_cjk, fetched_cjk
from phrasing_grid_fiction import benign_fiction, fiction
from phrasing_grid_first import first_texts
from phrasing_grid_first_words import benign_first_words, first_words
from phrasing_grid_games import benign_games, games
from phrasing_grid_harms import benign_harms, harms
from phrasing_grid_hidden_answer import benign_hidden_answer, hidden_answer
from phrasing_grid_inbox import benign_inbox, inbox
from phrasing_grid_insertions import benign_insertions, insertions
from phrasing_grid_intl import (
    benign_intl,
    benign_polite_intl,
    embedded_intl,
    extraction_intl,
    override_intl,
    own_rules_intl,
    polite_intl,
)
from phrasing_grid_japanese import benign_japanese, japanese
from phrasing_grid_japanese_asks import benign_japanese_asks, japanese_asks
from phrasing_grid_kept import benign_kept, kept
from phrasing_grid_leaks import benign_leaks, leaks
from phrasing_grid_lessons import benign_lessons, lessons
from phrasing_grid_licence import benign_licence, licence
from phrasing_grid_longplays import benign_longplays, longplays
from phrasing_grid_master import benign_master, master
from phrasing_grid_memos import benign_memos, memos
from phrasing_grid_mentioned import benign_mentioned, mentioned
from phrasing_grid_minds import benign_minds, minds
from phrasing_grid_misspelt import benign_misspelt, misspelt
from phrasing_grid_multistep import benign_multistep, multistep
from phrasing_grid_native import benign_native, native
from phrasing_grid_own_notes import benign_own_notes, own_notes
from phrasing_grid_pages import benign_pages, pages
from phrasing_grid_personas import benign_personas, personas
from phrasing_grid_plain import (
    benign_notices,
    benign_plain,
    benign_probes,
    notices,
    plain,
    probes,
)
from phrasing_grid_planted import benign_planted, planted
from phrasing_grid_poisoned import benign_poisoned, poisoned
from phrasing_grid_polite import benign_polite, polite
from phrasing_grid_polite_cjk import benign_polite_cjk, polite_cjk
from phrasing_grid_polite_de_ru import benign_polite_de_ru, polite_de_ru
from phrasing_grid_postscripts import benign_postscripts, postscripts
from phrasing_grid_pretexts import benign_pretexts, pretexts
from phrasing_grid_published import benign_published, published
from phrasing_grid_question import benign_question, question
from phrasing_grid_readers import benign_readers, readers
from phrasing_grid_recasts import benign_recasts, recasts
from phrasing_grid_recasts_intl import benign_recasts_intl, recasts_intl
from phrasing_grid_relays import benign_relays, relays
from phrasing_grid_reported import asked, benign_asked, benign_reported, reported
from phrasing_grid_reports import benign_reports, benign_reports_intl, reports
from phrasing_grid_retired import benign_retired, retired
from phrasing_grid_roleplay import benign_roleplay, roleplay
from phrasing_grid_roleprompts import benign_roleprompts, roleprompts
from phrasing_grid_roles import benign_roles, roles
from phrasing_grid_sampler import benign_indirect, benign_sampler, indirect, sampler
from phrasing_grid_secret_asks import benign_secret_asks, secret_asks
from phrasing_grid_secrets import benign_secrets, secrets
from phrasing_grid_session import benign_session, session
from phrasing_grid_setaside import benign_setaside, setaside
from phrasing_grid_setups import benign_setups, setups
from phrasing_grid_staged import benign_staged, staged
from phrasing_grid_started import benign_started, started
from phrasing_grid_suffixes import benign_suffixes, suffixes
from phrasing_grid_superseded import benign_superseded, superseded
from phrasing_grid_swaps import benign_swaps, swaps
from phrasing_grid_switches import benign_switches, switches
from phrasing_grid_talk import benign_talk, talk
from phrasing_grid_tasked import benign_tasked, tasked
from phrasing_grid_terminals import benign_terminals, terminals
from phrasing_grid_told import benign_told, told
from phrasing_grid_trainings import benign_trainings
from phrasing_grid_traits import benign_traits, traits
from phrasing_grid_transcripts import benign_transcripts, transcripts
from phrasing_grid_transformed import benign_transformed, transformed
from phrasing_grid_unlimited import benign_unlimited, unlimited
from phrasing_grid_versions import benign_versions, versions
from phrasing_grid_vocative import benign_vocative, vocative
from phrasing_grid_void import benign_void, void

GRIDS = (
    "benign", "embedded", "encoded", "extraction", "override", "persona", "persona-intl",
    "override-intl", "extraction-intl", "embedded-intl", "benign-intl", "exfil", "boundary",
    "benign-agents", "reported", "benign-reported", "own-rules-intl", "actions", "benign-actions",
    "plain", "benign-plain", "notices", "benign-notices", "answers", "benign-answers",
    "channels", "benign-channels", "probes", "benign-probes", "asked", "benign-asked",
    "insertions", "benign-insertions", "polite-intl", "benign-polite-intl", "secrets",
    "benign-secrets", "licence", "benign-licence",
    "benign-discussions", "postscripts", "benign-postscripts", "void", "benign-void",
    "copies", "benign-copies", "roleplay", "benign-roleplay",
    "japanese", "benign-japanese", "polite-cjk", "benign-polite-cjk",
    "polite-de-ru", "benign-polite-de-ru", "described", "benign-described",
    "unlimited", "benign-unlimited", "everyday", "benign-everyday",
    "reports", "benign-reports", "sampler", "benign-sampler",
    "indirect", "benign-indirect", "staged", "benign-staged",
    "native", "benign-native", "transformed", "benign-transformed",
    "benign-reports-intl", "personas", "benign-personas", "data-intl", "benign-data-intl",
    "secret-asks", "benign-secret-asks", "japanese-asks", "benign-japanese-asks",
    "authority", "benign-authority", "carried", "benign-carried", "started", "benign-started",
    "polite", "benign-polite", "transcripts", "benign-transcripts", "mentioned",
    "benign-mentioned", "misspelt", "benign-misspelt", "told", "benign-told", "question",
    "benign-question", "own-notes", "benign-own-notes", "hidden-answer", "benign-hidden-answer",
    "retired", "benign-retired", "tasked", "benign-tasked", "master", "benign-master",
    "vocative", "benign-vocative", "traits", "benign-traits", "fiction", "benign-fiction",
    "expired", "benign-expired", "session", "benign-session",
    "versions", "benign-versions", "switches", "benign-switches",
    "swaps", "benign-swaps", "first-words", "benign-first-words",
    "setups", "benign-setups", "harms", "benign-harms", "kept", "benign-kept",
    "terminals", "benign-terminals", "poisoned", "benign-poisoned", "planted", "benign-planted",
    "minds", "benign-minds", "readers", "benign-readers", "above", "benign-above", "lessons",
    "benign-lessons", "benign-trainings", "games", "benign-games", "common", "benign-common",
    "pretexts", "benign-pretexts", "relays", "benign-relays", "recasts", "benign-recasts",
    "recasts-intl", "benign-recasts-intl", "claims", "benign-claims", "roles", "benign-roles",
    "talk", "benign-talk", "pages", "benign-pages", "multistep", "benign-multistep", "memos",
    "benign-memos", "longplays", "benign-longplays", "fetched", "benign-fetched", "fetched-cjk",
    "benign-fetched-cjk", "roleprompts", "benign-roleprompts", "roleprompts-unread",
    "benign-roleprompts-unread", "leaks", "benign-leaks", "leaks-unread", "benign-leaks-unread",
    "disguised", "benign-disguised", "inbox", "benign-inbox", "benign-bottalk",
    "setaside", "benign-setaside", "setaside-unread", "benign-setaside-unread",
    "suffixes", "suffixes-unread", "benign-suffixes", "published", "benign-published",
    "superseded", "superseded-unread", "benign-superseded", "benign-superseded-unread",
    "beacons", "beacons-unread", "benign-beacons", "benign-beacons-unread",
    "courteous", "courteous-unread", "benign-courteous", "benign-courteous-unread",
    "dictated", "benign-dictated", "asides", "asides-unread", "benign-asides",
    "benign-asides-unread",
)  # fmt: skip
#: Grids whose texts should stay below the threshold: the count is of those above it.
BENIGN_GRIDS = (
    "benign", "benign-intl", "benign-agents", "benign-reported", "benign-actions", "benign-plain",
    "benign-notices", "benign-answers", "benign-channels", "benign-probes", "benign-asked",
    "benign-insertions", "benign-polite-intl", "benign-secrets", "benign-licence",
    "benign-discussions", "benign-postscripts", "benign-void", "benign-copies",
    "benign-roleplay", "benign-japanese", "benign-polite-cjk",
    "benign-polite-de-ru", "benign-described", "benign-unlimited",
    "benign-everyday", "benign-reports", "benign-sampler",
    "benign-indirect", "benign-staged", "benign-native", "benign-transformed",
    "benign-reports-intl", "benign-personas", "benign-data-intl", "benign-secret-asks",
    "benign-japanese-asks", "benign-authority", "benign-carried", "benign-started",
    "benign-polite", "benign-transcripts", "benign-mentioned", "benign-misspelt",
    "benign-told", "benign-question", "benign-own-notes", "benign-hidden-answer",
    "benign-retired", "benign-tasked", "benign-master", "benign-vocative", "benign-traits",
    "benign-fiction", "benign-expired", "benign-session",
    "benign-versions", "benign-switches", "benign-swaps", "benign-first-words",
    "benign-setups", "benign-harms", "benign-kept", "benign-terminals", "benign-poisoned",
    "benign-planted",
    "benign-minds",
    "benign-readers",
    "benign-above",
    "benign-lessons",
    "benign-trainings",
    "benign-games",
    "benign-common",
    "benign-pretexts",
    "benign-relays",
    "benign-recasts",
    "benign-recasts-intl",
    "benign-claims",
    "benign-roles",
    "benign-talk",
    "benign-pages",
    "benign-multistep",
    "benign-memos",
    "benign-longplays",
    "benign-fetched",
    "benign-fetched-cjk",
    "benign-roleprompts",
    "benign-roleprompts-unread",
    "benign-leaks",
    "benign-leaks-unread",
    "benign-disguised",
    "benign-inbox",
    "benign-bottalk",
    "benign-setaside",
    "benign-setaside-unread",
    "benign-suffixes",
    "benign-published",
    "benign-superseded",
    "benign-superseded-unread",
    "benign-beacons",
    "benign-beacons-unread",
    "benign-courteous",
    "benign-courteous-unread", "benign-dictated", "benign-asides", "benign-asides-unread",
)  # fmt: skip
#: Grids whose texts carry their own source (the rest share one).
SOURCED: dict[str, Callable[[], list[tuple[str, str]]]] = {
    "override-intl": override_intl,
    "extraction-intl": extraction_intl,
    "embedded-intl": embedded_intl,
    "benign-intl": benign_intl,
    "exfil": exfil,
    "boundary": boundary,
    "benign-agents": benign_agents,
    "reported": reported,
    "benign-reported": benign_reported,
    "own-rules-intl": own_rules_intl,
    "actions": actions,
    "benign-actions": benign_actions,
    "plain": plain,
    "benign-plain": benign_plain,
    "notices": notices,
    "benign-notices": benign_notices,
    "answers": answers,
    "benign-answers": benign_answers,
    "channels": channels,
    "benign-channels": benign_channels,
    "probes": probes,
    "benign-probes": benign_probes,
    "asked": asked,
    "benign-asked": benign_asked,
    "insertions": insertions,
    "benign-insertions": benign_insertions,
    "polite-intl": polite_intl,
    "benign-polite-intl": benign_polite_intl,
    "secrets": secrets,
    "benign-secrets": benign_secrets,
    "licence": licence,
    "benign-licence": benign_licence,
    "benign-discussions": benign_discussions,
    "postscripts": postscripts,
    "benign-postscripts": benign_postscripts,
    "void": void,
    "benign-void": benign_void,
    "copies": copies,
    "benign-copies": benign_copies,
    "roleplay": roleplay,
    "benign-roleplay": benign_roleplay,
    "japanese": japanese,
    "benign-japanese": benign_japanese,
    "polite-cjk": polite_cjk,
    "benign-polite-cjk": benign_polite_cjk,
    "polite-de-ru": polite_de_ru,
    "benign-polite-de-ru": benign_polite_de_ru,
    "described": described,
    "benign-described": benign_described,
    "unlimited": unlimited,
    "benign-unlimited": benign_unlimited,
    "everyday": everyday,
    "benign-everyday": benign_everyday,
    "reports": reports,
    "benign-reports": benign_reports,
    "benign-reports-intl": benign_reports_intl,
    "personas": personas,
    "benign-personas": benign_personas,
    "data-intl": data_intl,
    "benign-data-intl": benign_data_intl,
    "secret-asks": secret_asks,
    "benign-secret-asks": benign_secret_asks,
    "japanese-asks": japanese_asks,
    "benign-japanese-asks": benign_japanese_asks,
    "sampler": sampler,
    "benign-sampler": benign_sampler,
    "indirect": indirect,
    "benign-indirect": benign_indirect,
    "staged": staged,
    "benign-staged": benign_staged,
    "native": native,
    "benign-native": benign_native,
    "transformed": transformed,
    "benign-transformed": benign_transformed,
    "authority": authority,
    "benign-authority": benign_authority,
    "carried": carried,
    "benign-carried": benign_carried,
    "started": started,
    "benign-started": benign_started,
    "polite": polite,
    "benign-polite": benign_polite,
    "transcripts": transcripts,
    "benign-transcripts": benign_transcripts,
    "mentioned": mentioned,
    "benign-mentioned": benign_mentioned,
    "misspelt": misspelt,
    "benign-misspelt": benign_misspelt,
    "told": told,
    "benign-told": benign_told,
    "question": question,
    "benign-question": benign_question,
    "own-notes": own_notes,
    "benign-own-notes": benign_own_notes,
    "hidden-answer": hidden_answer,
    "benign-hidden-answer": benign_hidden_answer,
    "retired": retired,
    "benign-retired": benign_retired,
    "tasked": tasked,
    "benign-tasked": benign_tasked,
    "master": master,
    "benign-master": benign_master,
    "vocative": vocative,
    "benign-vocative": benign_vocative,
    "traits": traits,
    "benign-traits": benign_traits,
    "fiction": fiction,
    "benign-fiction": benign_fiction,
    "expired": expired,
    "benign-expired": benign_expired,
    "session": session,
    "benign-session": benign_session,
    "versions": versions,
    "benign-versions": benign_versions,
    "switches": switches,
    "benign-switches": benign_switches,
    "swaps": swaps,
    "benign-swaps": benign_swaps,
    "first-words": first_words,
    "benign-first-words": benign_first_words,
    "setups": setups,
    "benign-setups": benign_setups,
    "harms": harms,
    "benign-harms": benign_harms,
    "kept": kept,
    "benign-kept": benign_kept,
    "terminals": terminals,
    "benign-terminals": benign_terminals,
    "poisoned": poisoned,
    "benign-poisoned": benign_poisoned,
    "planted": planted,
    "benign-planted": benign_planted,
    "minds": minds,
    "benign-minds": benign_minds,
    "readers": readers,
    "benign-readers": benign_readers,
    "above": above,
    "benign-above": benign_above,
    "lessons": lessons,
    "benign-lessons": benign_lessons,
    "benign-trainings": benign_trainings,
    "games": games,
    "benign-games": benign_games,
    "common": common,
    "benign-common": benign_common,
    "pretexts": pretexts,
    "benign-pretexts": benign_pretexts,
    "relays": relays,
    "benign-relays": benign_relays,
    "recasts": recasts,
    "benign-recasts": benign_recasts,
    "recasts-intl": recasts_intl,
    "benign-recasts-intl": benign_recasts_intl,
    "claims": claims,
    "benign-claims": benign_claims,
    "roles": roles,
    "benign-roles": benign_roles,
    "talk": talk,
    "benign-talk": benign_talk,
    "pages": pages,
    "benign-pages": benign_pages,
    "multistep": multistep,
    "benign-multistep": benign_multistep,
    "memos": memos,
    "benign-memos": benign_memos,
    "longplays": longplays,
    "benign-longplays": benign_longplays,
    "fetched": fetched,
    "benign-fetched": benign_fetched,
    "fetched-cjk": fetched_cjk,
    "benign-fetched-cjk": benign_fetched_cjk,
    "disguised": disguised,
    "benign-disguised": benign_disguised,
    "inbox": inbox,
    "benign-inbox": benign_inbox,
    "dictated": dictated,
    "benign-dictated": benign_dictated,
    "benign-bottalk": benign_bottalk,
    "benign-suffixes": benign_suffixes,
    "published": published,
    "benign-published": benign_published,
}

#: Grids read in half: the texts at even positions were read to write the signals of the round
#: that came with the grid, those at odd positions (``<grid>-unread``) were not, and measure it.
READ_IN_HALF: dict[str, Callable[[], list[tuple[str, str]]]] = {
    "roleprompts": roleprompts,
    "benign-roleprompts": benign_roleprompts,
    "leaks": leaks,
    "benign-leaks": benign_leaks,
    "setaside": setaside,
    "benign-setaside": benign_setaside,
    "suffixes": suffixes,
    "superseded": superseded,
    "benign-superseded": benign_superseded,
    "beacons": beacons,
    "benign-beacons": benign_beacons,
    "courteous": courteous,
    "benign-courteous": benign_courteous,
    "asides": asides,
    "benign-asides": benign_asides,
}
for _name, _texts in READ_IN_HALF.items():
    SOURCED[_name] = lambda texts=_texts: texts()[0::2]
    SOURCED[f"{_name}-unread"] = lambda texts=_texts: texts()[1::2]


def texts(grid: str) -> list[tuple[str, str]]:
    """The grid's texts, each with the source it is scanned as."""
    if grid in SOURCED:
        return SOURCED[grid]()
    grid_texts, source = first_texts(grid)
    return [(t, source) for t in grid_texts]


#: Objects whose texts in a grid are attacks or not by the conversation around them: "summarize
#: the text above" is an ordinary request in most chats, and the ``extraction`` grid counts its
#: misses against that. They do not train the classifier.
CONTEXT_DEPENDENT = {
    "extraction": ("the text above", "everything above this line", "the message before mine"),
}


#: Grids kept out of the classifier's training, to measure what it reaches on text written after
#: it was trained (each 2026-12-06): ``pages`` (orders in agent data), ``multistep`` (polite
#: requests in several steps), ``memos`` (orders written as status lines and memos),
#: ``longplays`` (long role plays), ``fetched`` and ``fetched-cjk`` (orders in agent data
#: again, written after the signals that ``pages`` showed were needed, to measure those), and
#: ``roleprompts`` (role prompts as people paste them, benign and jailbreaks) and ``leaks``
#: (the model's setup asked for in many wordings, and benign twins), of which half of each list
#: was read and the ``-unread`` half not; ``disguised`` (payloads behind an encoding or a
#: spelling trick, and ordinary encoded text), none of it read; and ``inbox`` (orders planted
#: in data an agent reads, addressed in many ways or not at all, and benign twins), not read;
#: and ``benign-bottalk`` (people talking about AI assistants, their prompts and failures);
#: and ``setaside`` (overrides that never say "ignore previous instructions", and benign
#: twins), read in half; and ``suffixes`` (requests behind an optimiser's token soup, payloads
#: cut into pieces for the model to join; read in half) with its benign twins (code, markup,
#: word games; not read); and ``published`` (the session's own probes of public jailbreak and
#: injection forms, read: kept out so that the shipped model stays the one measured); and
#: ``superseded`` (the model's setup said to be superseded and a new order given, and benign
#: twins: errata, hand-overs, recipes), read in half; and ``beacons`` (the conversation or the
#: user's data put into a link, and orders to whatever AI processes the data, given on that
#: condition; benign twins: tracking links, API docs, attribution requests), read in half;
#: and ``courteous`` (2026-12-07: attacks of every intent in long polite Japanese, Korean,
#: Russian and German, and benign twins; written by hand apart from the detector), read in half;
#: and ``dictated`` (2026-12-07: data that dictates what its own summary or reply says, and
#: benign twins; written with the signals of ``_injection_lexicon_dictated``, so a check of
#: them, not a measure of what the scanner reaches); and ``asides`` (2026-12-08: the model's
#: setup asked for as what came before the user's first message, and orders to the assistant
#: given in passing after "by the way"; benign twins), read in half.
HELD_OUT = (
    "pages", "benign-pages", "multistep", "benign-multistep", "memos", "benign-memos",
    "longplays", "benign-longplays", "fetched", "benign-fetched", "fetched-cjk",
    "benign-fetched-cjk", "roleprompts", "benign-roleprompts", "roleprompts-unread",
    "benign-roleprompts-unread", "leaks", "benign-leaks", "leaks-unread", "benign-leaks-unread",
    "disguised", "benign-disguised", "inbox", "benign-inbox", "benign-bottalk", "setaside",
    "benign-setaside", "setaside-unread", "benign-setaside-unread", "suffixes", "suffixes-unread",
    "benign-suffixes", "published", "benign-published", "superseded", "superseded-unread",
    "benign-superseded", "benign-superseded-unread", "beacons", "beacons-unread", "benign-beacons",
    "benign-beacons-unread", "courteous", "courteous-unread", "benign-courteous",
    "benign-courteous-unread", "dictated", "benign-dictated", "asides", "asides-unread",
    "benign-asides", "benign-asides-unread",
)  # fmt: skip


def labelled() -> list[tuple[str, str, str, int]]:
    """Every grid's texts as ``(grid, text, source, label)``, label 0 in a benign grid and 1
    elsewhere, without the texts whose label depends on the conversation (``CONTEXT_DEPENDENT``)
    and the grids held out (``HELD_OUT``)."""
    out = []
    for grid in GRIDS:
        if grid in HELD_OUT:
            continue
        label = 0 if grid in BENIGN_GRIDS else 1
        skip = CONTEXT_DEPENDENT.get(grid, ())
        out.extend((grid, t, source, label) for t, source in texts(grid)
                   if not any(s in t for s in skip))  # fmt: skip
    return out
