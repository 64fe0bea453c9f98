"""Chinese person names in running text without a cue (张建华昨天提交了报告, 把合同交给刘晓燕).

A common surname, one or two characters of given names, and word edges on both sides, with
ordinary words read from jieba's dictionary (``data/zh_words.json``,
``scripts/build_zh_words.py``): the surname may not end a word with the character before it
(国王, 对方) nor start one with the character after it (高兴, 方案, 周末); a given name's
last character may not start a word with the character after it (王芳|下午, not 王芳下); the
name must end where the text ends or stops being Chinese, before a particle or verb that
follows names (说, 的, 在, 、), or before a word. It must start at such an edge too: after
punctuation, a particle or verb that precedes names (和, 跟, 把, 被, 给), or a word (交给,
经理). Text with kana near the candidate is Japanese and is left to the Japanese recognizers.

This finds the names a cue does not give away at a lower confidence than a cued name; its misses
are names that are themselves ordinary words (王国庆 starts with 王国), given names of rare
characters, and names between two characters that are neither particles nor words.
"""

from __future__ import annotations

import re

from kanmon.scan._name_lists import ZhWords, zh_words
from kanmon.scan._recognizer import Recognizer, rx

#: Characters after a name: particles, verbs and conjunctions that follow a subject or object.
_FOLLOW = frozenset(
    "说的是在和与及、也都已将会要把被对给跟向了去来让就还又才请不没很等曾刚正却便亦为打做无称吗呢吧"
    "啊有转下约拿买看想问找带送发写讲告回到当作再每自得能可应该需必以因若如但而并且或即仍一所"
)
#: Characters before a name: prepositions, conjunctions and verbs that take a person.
_LEAD = frozenset("和与及跟给把被让对向找问是由叫请帮同替派陪带将令据谢见使或、的了着过为")
#: Characters that never belong to a given name here: particles, pronouns, and verbs and
#: directions that follow a noun far more often than they name a child (把钱|转到, 付|过了,
#: 运营方|上线).
_STOP = frozenset(
    "的是在和与及了将已于把被给向对从到说请您你我他她们这那有不也都就还要会由过转住着完让去出回"
    "打做看想用上下"
)
#: Characters that end place names, not given names (吕街, 李路, 曹县, 刘家村).
_PLACE = frozenset("路街道巷村镇县市省区州庄屯寨港湾岛桥口")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _name_at(text: str, i: int, z: ZhWords) -> tuple[int, int] | None:
    words, given = z.words, z.given
    s = 2 if text[i : i + 2] in z.compound else 1
    if s == 1 and text[i] not in z.surnames:
        return None
    if s == 1 and i > 0 and text[i - 1 : i + 1] in words:
        return None  # the surname ends a word: 国王, 对方
    j = i + s
    g = 0
    while g < 2 and j + g < len(text) and text[j + g] in given and text[j + g] not in _STOP:
        g += 1
    if g == 2 and (text[j : j + 2] in z.closed or text[j + 1 : j + 3] in words):
        g = 1  # 李|明天, 王芳|下午
    if g == 0:
        return None
    if s == 1 and starts_word(text[i : i + 3], 1 + g, z):
        return None  # the surname starts a word: 高兴, 方案, 熊猫馆, 周三 (not 吴国栋)
    end = j + g
    if text[end - 1 : end + 1] in words or _PLACE.intersection(text[j : end + 1]):
        return None  # the given name's character starts a word (张|开始), or a place name
    if not _edge_after(text, end, words) or not _edge_before(text, i, words):
        return None
    lo, hi = max(0, i - 24), end + 24
    if _KANA.search(text, lo, hi):
        return None
    return i, end


def starts_word(run: str, n: int, z: ZhWords) -> bool:
    """Whether a one-character surname starts an ordinary word rather than a name of ``n``
    characters: 高兴, 经理, 那边 as two, 周三 (a time word) as either; 高级工, 熊猫馆 as three,
    where a rarer word may start a name (吴国栋)."""
    two = run[:2]
    return two in (z.words if n == 2 else z.common) or two in z.closed or run[:3] in z.words3


def _edge_after(text: str, end: int, words: frozenset[str]) -> bool:
    if end >= len(text) or not _han(text[end]):
        return True
    return text[end] in _FOLLOW or text[end : end + 2] in words


def _edge_before(text: str, i: int, words: frozenset[str]) -> bool:
    if i == 0 or not _han(text[i - 1]):
        return True
    return text[i - 1] in _LEAD or text[i - 2 : i] in words


def chinese_plain_recognizers() -> tuple[Recognizer, ...]:
    z = zh_words()
    # Character classes (compound surnames by their characters, checked in ``_name_at``): ``re``
    # skips from one surname followed by a given-name character to the next in C, where an
    # alternation would be tried at every position of the text.
    firsts = "".join(sorted(z.surnames | {c[0] for c in z.compound}))
    nexts = "".join(sorted(z.given | {c[1] for c in z.compound}))

    def refine(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        return _name_at(text, m.start(), z)

    return (
        Recognizer(
            "person_plain_zh",
            "PERSON",
            rx(f"[{firsts}](?=[{nexts}])"),
            0.6,
            refine=refine,
        ),
    )
