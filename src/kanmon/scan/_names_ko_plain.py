"""Korean names without a title or cue: a known surname and a known given name (Mimesis' lists)
standing as a word of their own, alone or with the particle that follows a noun ("최유진에게",
"안성민과", "서예린이", "윤서연,"); a given name the list lacks only before a particle that
follows a person and nothing else ("배준서한테").

A Korean word is the name and its particle, written together; a surname syllable followed by a
given name that the lists know, with nothing but a particle after it, is seldom anything else.
What the lists make ambiguous is left to the cued recognizers (``_names_cjk``): surname
syllables that are also prefixes ("미지원", unsupported; "재수정", revised again) and given
names that are also everyday words (지원 support, 수정 revision, 미래 future).
"""

from __future__ import annotations

import re

from kanmon.scan._name_lists import NameLists
from kanmon.scan._names_cjk import _KO
from kanmon.scan._recognizer import Recognizer, rx

#: Particles that mostly follow a person: to, from, with ("최유진에게", "안성민과").
_TO_PERSON = ("에게서", "한테서", "이에게", "이한테", "이랑", "이와", "에게", "한테", "께서", "께",
              "와", "과", "랑")  # fmt: skip
#: Case particles that follow any noun, and the forms of verbs and adjectives too ("운영하는",
#: "보이지만"): taken after a name whose last syllable ends no verb form ("서예린이", "조성우는").
_CASE = ("이가", "이는", "이를", "이의", "이도", "이만", "이", "은", "는", "가", "을", "를", "의",
         "도", "만")  # fmt: skip
_VERB_ENDS = frozenset("하지한된던는고면서며게요")
#: What may follow a name with no particle: a list's separator, a bracket, a line's end
#: ("참석자: 강도윤, 윤서연, 임재혁"); a space would let in adjectives ("자세한", "주어진").
_BARE_AFTER = frozenset(",，、·/)）]\n")
#: Syllables that are particles themselves: a word ending in one with nothing after it may be a
#: noun and its particle ("배송이": 배송, delivery, and 이), not a surname and a given name
#: (송이); such a name is taken only with a particle of its own ("김하은이", "김하은과").
_PARTICLE_SYLLABLES = frozenset("이가은는을를의에도와과만랑")
#: Surname syllables that are above all prefixes: 미- (un-), 재- (re-).
_NOT_SURNAMES = frozenset("미재")
#: Given names that are above all everyday words, or end one ("동아리", a club).
_NOT_GIVEN = frozenset(("지원", "수정", "미래", "아리"))
#: Words for people by their role that read as a surname and two name syllables, and take
#: the particles of a person: helper, and the staff words in -원 (상담원, 연구원, 공무원).
_ROLES = frozenset(("도우미",))
_STAFF = "원"
#: The particles that follow a person and nothing else: to, from, the honorific subject
#: ("와", "과", "랑", with or and, follow any noun: "도서관과").
_ONLY_PERSON = frozenset(("에게서", "한테서", "이에게", "이한테", "에게", "한테", "께서", "께"))


def korean_plain_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    surnames = frozenset(s for s in lists.ko_surname if s not in _NOT_SURNAMES)
    given = frozenset(g for g in lists.ko_given if len(g) == 2 and g not in _NOT_GIVEN)
    firsts = "".join(sorted({s[0] for s in surnames}))
    seconds = "".join(sorted({s[1] for s in surnames if len(s) == 2}))
    # each syllable of the given name from those the list's given names have there: ``re``
    # passes over most words at their second syllable, and only words shaped like a surname and
    # a given name reach ``refine``
    g1 = "".join(sorted({g[0] for g in given}))
    g2 = "".join(sorted({g[1] for g in given}))
    after = "|".join((*_TO_PERSON, *_CASE))

    def refine(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        word, particle = m.group("word"), m.group("particle")
        n = len(word) - 2
        if word[:n] not in surnames:
            return None
        if word[n:] not in given:
            # A given name the list lacks (it has 914; parents pick new ones every year:
            # 도윤, 준서, 다은): two syllables that stand in given names at those places, and
            # a particle that follows a person only ("배준서한테", "김민준에게"), not a role word.
            if particle not in _ONLY_PERSON or word[-1] == _STAFF or word in _ROLES:
                return None
            return m.span("word")
        if particle is None:
            bare = m.end() == len(text) or text[m.end()] in _BARE_AFTER
            if not bare or word[-1] in _PARTICLE_SYLLABLES:
                return None
        elif particle not in _TO_PERSON and word[-1] in _VERB_ENDS:
            return None
        return m.span("word")

    return (
        Recognizer(
            "person_plain_ko",
            "PERSON",
            # the surname's first syllable first, the look-behind after it: ``re`` skips in C
            # to the next such syllable, where a leading look-behind is tried everywhere
            rx(
                rf"(?P<word>[{firsts}](?<![{_KO}].)[{seconds}]?[{g1}][{g2}])"
                rf"(?P<particle>{after})?(?![{_KO}])"
            ),
            0.6,
            refine=refine,
        ),
    )
