"""Person names in Latin script (English, German); Russian ones are in ``_names_russian``.

Three kinds of evidence, each its own recognizer:

- a form of address or an academic title before the name ("Mr.", "Frau", "Prof. Dr.");
- a cue that introduces a name ("my name is", "Dear", "Regards,", "Kontoinhaber");
- the name itself: two or three capitalised words of which one is a known given name or surname
  (Mimesis' lists).

The span is the whole name with academic titles and suffixes ("Prof. Dr. Anna Weber",
"John Smith Jr.", "Jane Doe, PhD"); forms of address ("Mr.", "Herr") stay outside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kanmon.scan._name_lists import NameLists
from kanmon.scan._names_latin_words import (
    DIRECTION,
    HOUSE_NUMBER,
    NOT_NAME,
    SENTENCE_WORDS,
    STREET,
    UNIT,
    UNIT_AFTER,
)
from kanmon.scan._recognizer import Recognizer, rx

_UP = "A-ZÀ-ÖØ-ÞŁŚŠŽČ"
_LO = "a-zà-öø-ÿłśšžčćęąńőű"
#: One capitalised word, possibly double-barrelled (Müller-Lüdenscheidt, O'Neil, McDonald), or
#: a romanised Korean given name's two syllables (Min-jun, Seo-yeon).
TOKEN = (
    # (the syllable after a hyphen only after a first part of at most three letters)
    rf"[{_UP}](?:[{_LO}]+(?:-[{_UP}][{_LO}]+|(?<![{_LO}]{{4}})-[{_LO}]{{2,5}}(?![{_LO}-]))?"
    rf"|(?:['’][{_UP}][{_LO}]+|c[{_UP}][{_LO}]+)(?:-[{_UP}][{_LO}]+)?)"
)
#: Particles of surnames ("van den Berg", "von der Leyen", "bin Khalid", "de la Cruz").
_PARTICLES = frozenset(
    "von van der den de del della di da du la le bin ibn bint al el ter zu dos das do".split()
)
#: Two or three words, with a middle initial or particles between two of them.
_NAME = rf"{TOKEN}(?: (?:[{_UP}]\. |(?:(?:{'|'.join(sorted(_PARTICLES))}) ){{1,3}})?{TOKEN}){{0,3}}"
_ACADEMIC = (
    r"(?:(?:Univ\.[ -]?Prof|Prof|Dr|Dipl\.-(?:Ing|Kfm|Inf|Psych)|Mag|Ing)\.?"
    r"(?: (?:med|rer\. nat|phil|jur|h\. ?c)\.)? )"
)
_SUFFIX = re.compile(
    r"(?:,? (?:Jr|Sr|II|III|IV|PhD|Ph\.D|MD|M\.D|DDS|DVM|Esq|MBA|M\.Sc|B\.Sc|B\.A|M\.A"
    r"|B\.Eng|M\.Eng|LL\.M|MSc|BSc)\.?)(?![\w])"
)


def _word_except(words: frozenset[str]) -> str:
    """An RE2 pattern for a capitalised word (capital, then lowercase letters) that is none of
    ``words``: a trie of the words, each node allowing any letter but its children."""
    lower = sorted({chr(c) for c in range(0x61, 0x7B)} | set("äöüßàáâãåçèéêëìíîïñòóôõøùúûýÿ"))
    upper = sorted({chr(c) for c in range(0x41, 0x5B)} | set("ÄÖÜÀÁÂÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÕØÙÚÛÝ"))
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def rx_node(node: dict[str, Any], alphabet: list[str], depth: int) -> str:
        kids = [c for c in node if c]
        alts = []
        if "" not in node and depth > 1:
            alts.append("")  # the word may end here: it is not one of ``words``
        free = "".join(c for c in alphabet if c not in kids)
        alts.append(f"[{free}][{''.join(lower)}]*" if depth else f"[{free}][{''.join(lower)}]+")
        alts += [c + rx_node(node[c], lower, depth + 1) for c in kids]
        return "(?:" + "|".join(alts) + ")"

    return rx_node(trie, upper, 0)


_PLACE_BEFORE = re.compile(r"\b(?:in|im|aus|nach|from|at|near|to|into|via)\s$")
#: A company or place word right after capitalised words: they are not a person.
_ORG_AFTER = re.compile(
    r"[ ,]*(?:GmbH|AG|KG|SE|OHG|e\.V|Inc|LLC|Ltd|Corp|Co\b|Group|Stiftung|Bank|& |und Partner"
    r"|and Sons|Straße|Str\.|Street|St\.|Avenue|Ave\.|Road|Rd\.|Weg|Platz|Allee|Ring|Gasse)"
)

_TITLE = r"\b(?:Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Herrn?|Frau)\.?"

#: Cues after which capitalised words are a name even if no list knows them.
_STRONG = [
    r"[Mm]y name is", r"[Nn]ame(?: is)?:", r"[Mm]ein Name ist", r"[Ii]ch heiße", r"[Dd]ear",
    r"(?:Best |Kind |Warm )?[Rr]egards,?\n", r"Sincerely,?\n", r"Cheers,?\n", r"Best,\n",
    r"Thanks,\n", r"[Cc]ustomer:", r"[Cc]ontact(?: person)?:", r"[Aa]ccount holder:?",
    r"[Cc]ard ?holder:?", r"[Ee]mployee:?", r"[Pp]atient:?", r"Attn:?", r"From:", r"[Ss]igned by",
    r"[Aa]pproved by", r"Mit freundlichen Grüßen,?\n", r"(?:Viele |Beste |Freundliche )?Grüße,?\n",
    r"Gruß,?\n", r"Kontoinhaber(?:in)?:?", r"Karteninhaber(?:in)?:?", r"Inhaber(?:in)?:?",
    r"Ansprechpartner(?:in)?:?", r"Kollegin", r"Kollege", r"Vertretung(?: hat)?:?",
    r"Liebe", r"Lieber", r"Guten Tag", r"Sehr geehrte[r]?",
    # roles only a person fills
    r"[Aa]pplicant:?", r"[Pp]assenger:?", r"[Tt]enant:?", r"[Pp]olicy ?holder:?",
    r"[Ii]nsured:?", r"[Cc]laimant:?", r"[Bb]orrower:?", r"[Cc]andidate:", r"[Ss]tudent:",
    r"Antragsteller(?:in)?:?", r"Mieter(?:in)?:", r"Bewerber(?:in)?:", r"Versicherte[r]?:",
    r"Patient(?:in)?:", r"Fahrgast:",
]  # fmt: skip
#: Self-introductions: two capitalised words after them are a name, one must be a known name.
_INTRO = [r"[Ii]'m", r"I am", r"[Tt]his is", r"[Ii]ch bin", r"[Hh]ier ist", r"[Hh]ello", r"[Hh]i",
          r"Hallo"]  # fmt: skip
#: Cues that often, not always, introduce a name: the first word must be a known name.
_WEAK = [
    *_INTRO,
    r"[Ss]poke with", r"[Ss]poke to", r"[Tt]alked to", r"[Aa]sk", r"[Mm]eeting with",
    r"[Tt]ermin mit", r"[Gg]espräch mit", r"[Cc]all", r"[Ii]nform", r"an", r"von", r"mit", r"hat",
    # roles a team or a company fills too: the first word must be a known name
    r"[Aa]ssigned to:?", r"[Rr]eported by:?", r"[Rr]equested by:?", r"[Pp]repared by:?",
    r"[Rr]eviewed by:?", r"[Ss]ubmitted by:?", r"[Rr]ecipient:?", r"[Ss]ender:?",
    r"[Bb]eneficiary:?", r"[Oo]wner:?", r"[Cc]lient:?", r"[Gg]uest:?", r"[Ee]mpfänger(?:in)?:?",
    r"[Aa]bsender(?:in)?:?", r"[Ee]rstellt von:?", r"[Gg]eprüft von:?",
]  # fmt: skip
_NAME_GROUP = rf"(?P<name>{_ACADEMIC}*{_NAME})"
#: After a title or a cue a name may also be initials and a surname ("Dear J. Smith",
#: "Regards,⏎A. K. Sharma", "Mr. J.R.R. Tolkien"), which no list needs to know.
_CUED_NAME_GROUP = rf"(?P<name>{_ACADEMIC}*{_NAME}|(?:[{_UP}]\. ?){{1,3}}{TOKEN})"
_LOWER_CUE = r"my name is|mein name ist|ich heiße|ich heisse|name:"
#: Form fields whose value is a person: their value may be written in capitals ("NAME: JOHN
#: SMITH") or surname first ("Employee: Smith, John").
_FIELD_LABELS = (
    "full name", "name", "customer", "employee", "patient", "passenger", "account holder",
    "cardholder", "card holder", "applicant", "tenant", "policyholder", "policy holder",
    "insured", "borrower", "candidate", "student", "contact", "kontoinhaber", "kontoinhaberin",
    "karteninhaber", "karteninhaberin", "passagier", "fahrgast", "mieter", "mieterin",
    "bewerber", "bewerberin", "versicherter", "versicherte",
)  # fmt: skip
#: Each label as "Name", "name" or "NAME", written out rather than case-insensitive: the
#: scanner asks a recognizer only at hits its trigger's first character can start, which it
#: cannot tell for a case-insensitive trigger (asked at every hit of every recognizer).
_FIELD = (
    "(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}](?:{w[1:]}|{w[1:].upper()})" for w in _FIELD_LABELS)
    + ") ?: ?"
)
#: A word in capitals (O'BRIEN, MÜLLER-LÜDENSCHEIDT).
_CAPS = rf"[{_UP}]{{2,}}(?:['’-][{_UP}]{{2,}})?"
_FIELD_NAME = (
    rf"(?P<name>(?:{_CAPS}|{TOKEN}), (?:{_CAPS}|{TOKEN})(?: (?:{_CAPS}|{TOKEN}|[{_UP}]\.))?"
    rf"|{_CAPS}(?: (?:{_CAPS}|[{_UP}]\.)){{1,3}})(?![\w])"
)
_NAME_RX = re.compile(_NAME)
_INITIAL = re.compile(rf"[{_UP}]\.")
_INTRO_RX = re.compile(rf"(?:{'|'.join(_INTRO)})\b")
#: Verbs after a lone given name that make it a person ("Anna says", "Jonas hat angerufen").
_SAID = (
    r"says|said|asked|asks|wrote|writes|told|thinks|confirmed|approved|called|mentioned|replied"
    r"|agreed|sent|will|would|is|was|has|had|can|sagt|sagte|meint|fragt|schreibt|hat|ist|war|wird"
)


def _words(span: str) -> list[str]:
    return span.split(" ")


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    """Add a degree or generational suffix ("Jr.", ", PhD", " M.Sc.") to the span."""
    m = _SUFFIX.match(text, end)
    return start, (m.end() if m else end)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing words that are no names ("Jr" is left to the suffix); None if what is
    left is no name, or is a street or a company."""
    if text[end : end + 1].isalpha():  # the window cut the last word: read it whole
        full = _NAME_RX.match(text, start)
        end = full.end() if full else end
    words = _words(text[start:end])
    while words and (words[-1] in NOT_NAME or words[-1] in ("Jr", "Sr")):
        words.pop()
    if not words or words[0] in DIRECTION or any(w in UNIT for w in words):
        return None
    end = start + len(" ".join(words))
    if _ORG_AFTER.match(text, end) or UNIT_AFTER.match(text, end):
        return None
    if words[-1] in STREET and HOUSE_NUMBER.search(text, max(0, start - 8), start):
        return None  # "5953 Boyer Parks": a street after a house number
    return start, end


def _listed(word: str, given: frozenset[str], surname: frozenset[str]) -> bool:
    return any(p in given or p in surname for p in word.split("-"))


def _genitive(word: str, given: frozenset[str], surname: frozenset[str]) -> str:
    """A German genitive's name ("Müllers" → "Müller", "Schmidts" → "Schmidt"); any other word,
    and a word the lists know as it is ("Annas"), as it is."""
    if len(word) > 3 and word[-1] == "s" and not _listed(word, given, surname):
        if _listed(word[:-1], given, surname):
            return word[:-1]
    return word


def _core(words: list[str]) -> list[str]:
    """The words of a name without its academic titles."""
    return [w for w in words if not re.fullmatch(r"[A-Z][a-z]*\.(?:-\w+\.)?|med\.|nat\.", w)]


def latin_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    given, surname, common = lists.latin_given, lists.latin_surname, lists.latin_common

    def known(word: str) -> bool:
        parts = word.split("-")
        return any((p in given or p in surname) and p not in common for p in parts)

    def titled(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        g = "name" if m.group("name") else "acad"
        span = _trim(text, m.start(g), m.end(g))
        if span is None or not _core(_words(text[span[0] : span[1]])):
            return None
        return _extend(text, *span)

    def cued(strong: bool) -> Callable[[str, re.Match[str]], tuple[int, int] | None]:
        def check(text: str, m: re.Match[str]) -> tuple[int, int] | None:
            span = _trim(text, m.start("name"), m.end("name"))
            if span is None:
                return None
            named = text[span[0] : span[1]]
            words = _core(_words(named))
            # initials or an academic title before it: "J. Smith" is a name though "smith" is a word
            titled = "hon" in m.re.groupindex and m.group("hon") or len(words) < len(_words(named))
            if not words or words[0] in NOT_NAME:
                return None
            if words[0] in common and len(words) == 1 and not titled:
                return None
            intro = not strong and len(words) >= 2 and _INTRO_RX.match(m.group(0)) is not None
            if not (strong or titled or intro or any(known(w) for w in words)):
                return None
            return _extend(text, *span)

        return check

    def lower(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        words = m.group("name").split(" ")
        first = words[0].capitalize()
        if first not in given or first in common:
            return None
        start = m.start("name")
        if len(words) > 1 and (w := words[1].capitalize()) in surname and w not in common:
            return start, m.end("name")
        return start, start + len(words[0])

    def field(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        """A field's value in capitals or surname first: each word as the lists spell it."""
        named = m.group("name")
        if ", " in named:  # Smith, John: a surname, then a given name the lists know
            last, rest = named.split(", ", 1)
            first = rest.split(" ", 1)[0]
            if last.title() in surname and first.title() in given:
                return m.span("name")
            return None
        # after the field's label every word must be one the lists know, common words
        # included (JOHN SMITH; not ACME CORP)
        words = [w.title() for w in named.split(" ") if not w.endswith(".")]
        if words[0] in NOT_NAME or not all(w in given or w in surname for w in words):
            return None
        return m.span("name")

    def listed(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        if m.group("name").split(" ", 1)[0] in NOT_NAME:  # "Der Umsatz", "The Board"
            return None
        span = _trim(text, m.start("name"), m.end("name"))
        if span is None:
            return None
        every = _words(text[span[0] : span[1]])
        if len(every) >= 3 and every[0] not in given and every[1] in given:
            # a capitalised word before a full name: "Contact Robert Jameson", "Congratulations
            # Anna Weber"
            span = (span[0] + len(every[0]) + 1, span[1])
            every = every[1:]
        # A German genitive reads as the name it declines ("Peter Müllers Auto"), and a
        # capitalised word after a surname the lists know is a noun, not more of the name
        # ("Anna Schmidts Bericht", "Sarah Johnson Consulting")
        bare = every
        for i, w in enumerate(every):
            if w[-1] == "s" and (name := _genitive(w, given, surname)) != w:
                # (a genitive ends the name: in "Nyxs Worte" only "Nyxs" could be one)
                every, bare = every[: i + 1], [*every[:i], name]
                span = (span[0], span[0] + len(" ".join(every)))
                break
        while len(every) >= 3 and bare[-2] in surname and not _listed(bare[-1], given, surname):
            every, bare = every[:-1], bare[:-1]
            span = (span[0], span[0] + len(" ".join(every)))
        every = bare  # the span is set: from here on the words as the lists spell them
        if any(_INITIAL.fullmatch(w) and every[i - 1] not in given for i, w in enumerate(every)):
            return None  # "Anlage Bericht K. Schmidt": a middle initial follows a given name
        if every[0] not in given and not _PARTICLES.isdisjoint(every):
            return None  # "Haus der Kunst", "Banco de España": particles in a given name's
        words = _core([w for w in every if w not in _PARTICLES])
        if len(words) < 2 or words[0] in NOT_NAME:
            return None
        end = _extend(text, *span)
        if end[1] > span[1]:  # a degree suffix: "Ekaterina Butte M.Sc."
            return end
        # A known given name first (Anna Weber); a given name that is also a word needs a
        # known surname after it (Rick Miller), an unknown first word an uncommon one.
        if known(words[0]):
            return end
        tail = words[1:]
        if words[0] in given:
            if not any(w in surname for w in tail):
                return None
        elif not any(w in surname and w not in common for w in tail):
            return None
        if _PLACE_BEFORE.search(text, max(0, span[0] - 6), span[0]):
            return None  # "aus Schwäbisch Hall", "in Port Jamesville"
        return end

    strong, weak = "|".join(_STRONG), "|".join(_WEAK)
    return (
        Recognizer(
            "person_title_latin",
            "PERSON",
            rx(rf"{_TITLE} {_CUED_NAME_GROUP}|\b(?P<acad>{_ACADEMIC}+{_NAME})"),
            0.8,
            refine=titled,
            trigger=r"(?:Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Herrn?|Frau|Prof|Dr|Dipl|Mag|Ing|Univ)\.? ",
            window=(0, 96),
        ),
        Recognizer(
            "person_cue_latin",
            "PERSON",
            rx(rf"\b(?:{strong}),? ?{_CUED_NAME_GROUP}"),
            0.75,
            refine=cued(True),
            trigger=f"(?:{strong})",
            window=(0, 96),
        ),
        Recognizer(
            "person_weak_cue_latin",
            "PERSON",
            rx(rf"\b(?:{weak}),? (?P<hon>{_TITLE} )?{_NAME_GROUP}"),
            0.7,
            refine=cued(False),
            trigger=f"(?:{weak}),? [{_UP}]",
            window=(0, 96),
        ),
        Recognizer(
            # Chat is typed in lower case too: "my name is anna weber". Only after a phrase that
            # says a name follows, and only words the lists know as names.
            "person_lower_latin",
            "PERSON",
            rx(rf"(?i:\b(?:{_LOWER_CUE}))[ :]+(?P<name>[{_LO}]+(?: [{_LO}]+)?)"),
            0.7,
            refine=lower,
            trigger=f"(?i:{_LOWER_CUE})",
            window=(0, 48),
        ),
        Recognizer(
            "person_field_latin",
            "PERSON",
            rx(rf"\b{_FIELD}{_FIELD_NAME}"),
            0.7,
            refine=field,
            # (only a value in capitals or surname first: the title-case one is the cue's)
            trigger=rf"{_FIELD}[{_UP}](?:[{_UP}]|[{_LO}]+, )",
            window=(0, 96),
        ),
        Recognizer(
            "person_said_latin",
            "PERSON",
            rx(rf"(?<![\w.'’-])(?P<name>{TOKEN}) (?:{_SAID})\b"),
            0.7,
            refine=lambda text, m: m.span("name") if known(m.group("name")) else None,
            trigger=rf"[{_UP}][{_LO}]+ (?:{_SAID})",
            window=(0, 48),
        ),
        Recognizer(
            "person_list_latin",
            "PERSON",
            rx(rf"(?<![\w.'’-]){_NAME_GROUP}(?![\w])"),
            0.7,
            refine=listed,
            # a double-barrelled first word whole ("Mary-Jane O'Neil"), particles passed over
            trigger=_word_except(SENTENCE_WORDS)
            + rf"(?:-[{_UP}][{_LO}]+)? (?:(?:{'|'.join(sorted(_PARTICLES))}) ){{0,3}}[{_UP}]",
            window=(0, 80),
        ),
    )
