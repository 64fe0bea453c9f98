"""Japanese names without a title after them.

- With a space between surname and given name ("高橋 直樹と小林 由美が参加します", "出席者：吉田
  誠、山田 紗希"): a known surname (Mimesis' list), a space, one to three kanji or a short kana
  given name, and then a particle or a punctuation mark. Japanese prose puts no spaces between
  words; a space inside a run of kanji after a surname is how names are written in lists,
  forms and minutes.
- Written together ("清水大輔によると", "報告書は佐々木美穂が作成した"): a run of kanji that is
  exactly a known surname of two or three kanji and a known given name in kanji (gimei's
  10,388), standing alone between kana or punctuation and followed by a particle or a mark.
  Both parts must be known: a run of kanji before a particle is most often a compound word,
  and a surname followed by a word (田中工業, 山本町) is a company or a place unless the rest
  is a given name. A surname of one kanji (林, 森, 東) starts too many words to count here."""

from __future__ import annotations

import re

from kanmon.scan._name_lists import NameLists
from kanmon.scan._names_cjk import _HAN, _HIRA, _KATA, _SP
from kanmon.scan._recognizer import Recognizer, rx

#: What follows a name in a sentence or a list: a case particle, a comma, a full stop, a
#: bracket, a line's end.
_AFTER = r"(?=[とがはのにをもや、。，,）)\n]|$)"
#: After a name written together: the particles above and those of direction, means and source
#: (へ, で, から, より), a mark, a closing quote.
_GLUED_AFTER = "とがはのにをもやへでかよ、。，,）)」』\n"


def japanese_plain_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    surnames = lists.ja_surname

    def refine(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        # a surname of one kanji with a given name of one ("一 件") is too short to tell
        if m.group("family") not in surnames or len(m.group("name")) < 4:
            return None
        return m.span("name")

    given = lists.ja_given_kanji
    firsts = "".join(sorted({f[0] for f in surnames if 2 <= len(f) <= 3}))
    seconds = "".join(sorted({f[1] for f in surnames if 2 <= len(f) <= 3}))

    def glued(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        run = m.group("name")
        for n in (3, 2):
            if run[:n] in surnames and run[n:] in given:
                return m.span("name")
        return None

    return (
        Recognizer(
            # no trigger: one at every run of kanji before a particle would fire every few
            # characters of Japanese text (2.4x the instructions of the names scanner on mixed
            # prose), and one starting with the run would swallow the triggers of the other
            # recognizers that start inside it ("山田部長は": 部長). The search itself, in C,
            # wants a surname's first two kanji at the run's start (the look-behind after the
            # first: ``re`` skips to the next such kanji instead of trying it everywhere).
            "person_glued_ja",
            "PERSON",
            rx(
                rf"(?P<name>[{firsts}](?<![{_HAN}{_KATA}].)[{seconds}][{_HAN}]{{1,4}})"
                rf"(?=[{_GLUED_AFTER}]|$)"
            ),
            0.6,
            refine=glued,
        ),
        Recognizer(
            "person_spaced_ja",
            "PERSON",
            rx(
                rf"(?<![{_HAN}{_KATA}])(?P<name>(?P<family>[{_HAN}]{{1,3}})[{_SP}]"
                rf"(?:[{_HAN}]{{1,3}}|[{_HIRA}]{{2,3}}))" + _AFTER
            ),
            0.6,
            refine=refine,
            trigger=f"[{_HAN}][{_SP}][{_HAN}{_HIRA}]",
            window=(4, 8),
        ),
    )
