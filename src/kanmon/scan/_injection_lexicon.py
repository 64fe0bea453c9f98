"""The lexical layer's vocabulary: intent signals in six languages by category (the trigger words
that decide where the layers look are in ``_injection_triggers``).

Each signal is ``(id, category, weight, pattern)``; ids read ``category.lang.what``. Patterns
are RE2 syntax (no look-arounds) matched case-insensitively over UTF-8 bytes; ``\\b`` is an
ASCII boundary in RE2, so it is used next to Latin letters only. Weights are the lexical layer's
confidence that the phrase is an instruction to the model; the combined score is calibrated on
top of them. The signals live in modules by what they aim at: the model's instructions overruled
(``_injection_lexicon_instructions``; language by language, ``_instructions_intl``), its setup
declared void in other words and obedience moved to the speaker (``_injection_lexicon_void``) or
dismissed by an idiom (``_injection_lexicon_dismissal``), superseded by a claimed correction and
a new order put in its place (``_injection_lexicon_superseded``) or run out by time
(``_injection_lexicon_expired``), its safeguards switched off on request
(``_injection_lexicon_switches``), set aside right before a request
(``_injection_lexicon_restrictions``), named in plain words as what its makers wrote or its
setup (``_injection_lexicon_makers``), said to have changed hands: its makers changed their
minds, what it was asked put aside (``_injection_lexicon_minds``), or read out
(``_injection_lexicon_extraction``; language by language, ``_extraction_intl``), asked for as a
copy in other words (``_injection_lexicon_copies``) or as a favour, a diff, a summary or a
translation (``_injection_lexicon_setup_asked``), memorised text drawn out by a word repeated
forever (``_injection_lexicon_divergence``), recast or located: summarised, converted, the text
before the first "User:" (``_injection_lexicon_recasts``), or as a document of its own: notes, a
memo, a brief (``_injection_lexicon_own_notes``), what it was given before the user came
(``_injection_lexicon_before_me``), the first words of the conversation
(``_injection_lexicon_first_words``), or a password it keeps asked for in disguise
(``_injection_lexicon_secrets``), instructions written as notices and notes to the model reading
a page (``_injection_lexicon_notices``), its conduct (and role plays that threaten it, free a
copy of it or ask fiction for a real harm: ``_injection_lexicon_roleplay``; two answers and a
late grandmother's keys in the other languages: ``_injection_lexicon_games``; a persona's traits
as its rules: ``_injection_lexicon_traits``; the making of a named harm a story must carry:
``_injection_lexicon_fiction``) (``_injection_lexicon_conduct``), and the frames an attack comes
wrapped in: an older build, a hypothetical, a game, text to decode and obey, a terminal that
prints the model's setup file (``_injection_lexicon_frames``), pretexts that license a harm: a
purpose named, a world without laws, the conversation so far a test
(``_injection_lexicon_pretexts``), jailbreaks published under a name (the skeleton key, policy
puppetry, a masked word, a harm's making in the past tense: ``_injection_lexicon_published``),
licence to drop the safeguards: nothing said counts, the model freed, its makers' authority
claimed, its opposite (``_injection_lexicon_licence``), and the goal hijacked: the task dropped,
an answer dictated (``_injection_lexicon_hijack``), actions asked of an agent inside the data it
reads (``_injection_lexicon_embedded``; those count only in tool results and documents; the
conversation put into a link and orders to whatever AI processes the data:
``_injection_lexicon_beacons``; what the answer must carry, planted by that data:
``_injection_lexicon_planted``), tool descriptions that pass a secret file on, keep it from the
user or plant a payment redirect (``_injection_lexicon_poisoned``, likewise) and one sentence
put into such data asking for a secret, a card number or slanted answers
(``_injection_lexicon_insertions``), what to pass on to the user or how to answer about the data
(``_injection_lexicon_relay``), an order to act on the reader's money, files or home in a field
that holds a review, a post or a note (``_injection_lexicon_fields``), the user's private things
added after the answer and notes to the machine that summarises or screens the data
(``_injection_lexicon_postscripts``), the machine reading the data addressed by its role or by
what it does with it (``_injection_lexicon_addressees``) or by what it is, orders that hold
while it handles the data and what its answer must say (``_injection_lexicon_processing``), a
secret hidden in the answer (an HTML comment, white text, its last line:
``_injection_lexicon_hidden_answer``), the answer's shape dictated so that no refusal fits
(``_injection_lexicon_answer``), and data that dictates against the reader what its own summary
or reply says (``_injection_lexicon_dictated``, likewise)."""

from __future__ import annotations

import functools

from kanmon.scan._injection_lexicon_addressees import ADDRESSEES
from kanmon.scan._injection_lexicon_agent import TOOL_HIJACK
from kanmon.scan._injection_lexicon_answer import ANSWER
from kanmon.scan._injection_lexicon_asides import ASIDES
from kanmon.scan._injection_lexicon_beacons import BEACONS
from kanmon.scan._injection_lexicon_before_me import BEFORE_ME
from kanmon.scan._injection_lexicon_conduct import CONDUCT
from kanmon.scan._injection_lexicon_context import CONTEXT
from kanmon.scan._injection_lexicon_copies import COPIES
from kanmon.scan._injection_lexicon_dictated import DICTATED
from kanmon.scan._injection_lexicon_dismissal import DISMISSAL
from kanmon.scan._injection_lexicon_divergence import DIVERGENCE
from kanmon.scan._injection_lexicon_embedded import EMBEDDED_REQUESTS
from kanmon.scan._injection_lexicon_expired import EXPIRED
from kanmon.scan._injection_lexicon_extraction import EXTRACTION
from kanmon.scan._injection_lexicon_fiction import FICTION
from kanmon.scan._injection_lexicon_fields import FIELDS
from kanmon.scan._injection_lexicon_first_words import FIRST_WORDS
from kanmon.scan._injection_lexicon_frames import FRAMES
from kanmon.scan._injection_lexicon_games import GAMES
from kanmon.scan._injection_lexicon_given import GIVEN
from kanmon.scan._injection_lexicon_hidden_answer import HIDDEN_ANSWER
from kanmon.scan._injection_lexicon_hijack import HIJACK
from kanmon.scan._injection_lexicon_insertions import INSERTIONS
from kanmon.scan._injection_lexicon_instructions import INSTRUCTIONS
from kanmon.scan._injection_lexicon_licence import LICENCE
from kanmon.scan._injection_lexicon_makers import MAKERS
from kanmon.scan._injection_lexicon_minds import MINDS
from kanmon.scan._injection_lexicon_notices import NOTICES
from kanmon.scan._injection_lexicon_own_notes import OWN_NOTES
from kanmon.scan._injection_lexicon_poisoned import POISONED
from kanmon.scan._injection_lexicon_postscripts import POSTSCRIPTS
from kanmon.scan._injection_lexicon_pretexts import PRETEXTS
from kanmon.scan._injection_lexicon_processing import PROCESSING
from kanmon.scan._injection_lexicon_published import PUBLISHED
from kanmon.scan._injection_lexicon_question import QUESTION
from kanmon.scan._injection_lexicon_recasts import RECASTS
from kanmon.scan._injection_lexicon_relay import RELAY
from kanmon.scan._injection_lexicon_restrictions import RESTRICTIONS_THEN
from kanmon.scan._injection_lexicon_roleplay import ROLEPLAY
from kanmon.scan._injection_lexicon_secrets import SECRETS
from kanmon.scan._injection_lexicon_setup_asked import SETUP_ASKED
from kanmon.scan._injection_lexicon_superseded import SUPERSEDED
from kanmon.scan._injection_lexicon_switches import SWITCHES
from kanmon.scan._injection_lexicon_traits import TRAITS
from kanmon.scan._injection_lexicon_verb_last import VERB_LAST
from kanmon.scan._injection_lexicon_void import VOID
from kanmon.scan._injection_polite import polite_de, polite_ja, polite_ko, polite_ru, polite_zh

#: English, Chinese, Japanese, Korean and Russian signals hold no German words ("dir" would be
#: a directory).
_NOT_GERMAN = ("en", "zh", "ja", "ko", "ru", "cjk")
#: Signals whose form of address is part of what they mean, with the languages in which they
#: stay as written: to вы and Sie a form, a manager and a trainer speak to people ("в ответе
#: укажите, что вы согласны", "Ihre neue Aufgabe ist die Betreuung des Lagers", "правила,
#: которые вам выдали в начале обучения"), so there the ты- and du-forms alone mean the model.
_FORM_AS_WRITTEN: dict[str, frozenset[str]] = {
    "tool_hijack.intl.embedded_answer": frozenset({"ru", "de", "ko", "ja"}),
    "override.de.task": frozenset({"de"}),
    "extraction.intl.which_given": frozenset({"ru"}),
}

CATEGORIES = ("override", "persona", "extraction", "tool_hijack", "exfiltration", "obfuscation")

SIGNALS: tuple[tuple[str, str, float, str], ...] = (
    *INSTRUCTIONS,
    *RESTRICTIONS_THEN,
    *VOID,
    *DISMISSAL,
    *SUPERSEDED,
    *GIVEN,
    *EXPIRED,
    *SWITCHES,
    *MAKERS,
    *MINDS,
    *EXTRACTION,
    *VERB_LAST,
    *COPIES,
    *SETUP_ASKED,
    *DIVERGENCE,
    *OWN_NOTES,
    *BEFORE_ME,
    *ASIDES,
    *FIRST_WORDS,
    *SECRETS,
    *NOTICES,
    *CONDUCT,
    *ROLEPLAY,
    *GAMES,
    *PRETEXTS,
    *PUBLISHED,
    *RECASTS,
    *TRAITS,
    *FICTION,
    *FRAMES,
    *LICENCE,
    *HIJACK,
    *EMBEDDED_REQUESTS,
    *BEACONS,
    *POISONED,
    *CONTEXT,
    *INSERTIONS,
    *POSTSCRIPTS,
    *ADDRESSEES,
    *PROCESSING,
    *HIDDEN_ANSWER,
    *ANSWER,
    *QUESTION,
    *RELAY,
    *FIELDS,
    *DICTATED,
)

_POLITE = (("ru", polite_ru), ("ko", polite_ko), ("ja", polite_ja), ("zh", polite_zh))


def _both_forms(sid: str, pattern: str) -> str:
    kept = _FORM_AS_WRITTEN.get(sid, frozenset())
    for lang, polite in _POLITE:
        if lang not in kept:
            pattern = polite(pattern)
    if "de" in kept or sid.split(".")[1] in _NOT_GERMAN:
        return pattern
    return polite_de(pattern)


@functools.cache
def signal_patterns() -> tuple[str, ...]:
    """Each signal's pattern (in ``SIGNALS`` order) with the other forms of address too:
    Russian in the вы-form, German in the Sie-form, Korean in 존댓말, Japanese in keigo and
    with the familiar "you", Chinese with 您 (``_injection_polite``). Built at the first scanner
    (~140 ms), not at import: most processes that import ``kanmon.scan`` never scan for
    injection."""
    return tuple(_both_forms(sid, p) for sid, _, _, p in SIGNALS)


#: The signals that count only in tool results and documents (a user's own message asks for
#: these things of the model openly).
EMBEDDED = frozenset(
    sid
    for sid, *_ in (
        *EMBEDDED_REQUESTS,
        *POISONED,
        *CONTEXT,
        *INSERTIONS,
        *POSTSCRIPTS,
        *ADDRESSEES,
        *PROCESSING,
        *TOOL_HIJACK,
        *BEFORE_ME,
        *ASIDES,
        *QUESTION,
        *RELAY,
        *FIELDS,
        *DICTATED,
    )
    if ".embedded" in sid
)

__all__ = ["CATEGORIES", "EMBEDDED", "SIGNALS", "signal_patterns"]
