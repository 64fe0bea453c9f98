"""Build the Chinese word data the ``names`` scanner uses to find names without a cue
(``src/kanmon/scan/data/zh_words.json``).

    .venv/bin/pip download --no-deps --no-binary :all: jieba==0.42.1 -d /tmp/jieba
    .venv/bin/python scripts/build_zh_words.py /tmp/jieba/jieba-0.42.1.tar.gz

Source: the dictionary of jieba 0.42.1 (https://github.com/fxsjy/jieba, MIT licence, its notice
in ``src/kanmon/scan/data/ZH_WORDS_NOTICE.txt``): 349,046 words with a frequency and a part of
speech each. Two things are taken from it, nothing else:

- ``words``: the two-character words with a frequency of at least ``MIN_FREQ``, concatenated
  (each entry is two characters). The scanner asks whether two characters form an ordinary
  word: a surname that starts one (高兴, 周末, 方案) or ends one (国王, 对方) is no name there,
  and a word after a candidate marks where the name ends (张建华|昨天). jieba tags many common
  nouns as person names (顾客, 雷达, 毛巾 are ``nr``), so the tag does not filter; two-character
  names that are also words (李宁, 高明) are then found with a cue only.
- ``common``: of those, the ones with a frequency of at least ``COMMON_FREQ``: a surname that
  starts one is no name even before two given-name characters (熊猫|馆, 林业|局), where a
  rarer word does not stop a name (吴国栋, 林海涛).
- ``words3``: the three-character words that start with a surname and are not tagged as person
  names, with a frequency of at least ``MIN_FREQ3`` (马拉松, 林业局).
- ``closed``: of the two-character words, the time words, numerals, pronouns, prepositions,
  conjunctions and place words (李|明天, not 李明|天).
- ``given``: the characters of given names, counted over the three-character person names
  (``nr``) that start with one of ``SURNAMES``: those seen at least ``MIN_GIVEN`` times, and
  those of the Chinese given names the name lists hold (``data/names.json``, from Mimesis).

jieba itself is not a dependency: its segmenter is slower than the scanner's budget and its
dictionary is read here once. The output is deterministic.
"""

from __future__ import annotations

import collections
import json
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "kanmon" / "scan" / "data" / "zh_words.json"
MIN_FREQ = 50
COMMON_FREQ = 250
MIN_FREQ3 = 5
MIN_GIVEN = 2
#: jieba's tags of the closed word classes (time, numeral, adverb, pronoun, preposition,
#: conjunction, place, quantifier, particle; not adverbs, which include given names: 欣然).
CLOSED = frozenset(("t", "tg", "m", "mq", "r", "p", "c", "f", "s", "q", "u", "y"))

#: Common Chinese surnames, most frequent first (mainland household registration rankings),
#: without those that are above all ordinary words or particles (和, 于, 时, 成, 安, 常, 向,
#: 文, 明, 华, 全, 关, 车, 路, 管, 解, 商, 应, 师, 连, 单, 查): a name with one of these is
#: found by its cue only.
SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤"
    "阳穆农卓古吉缪简项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁"
    "沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙")


def _han(w: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in w)


def main() -> None:
    src = Path(sys.argv[1])
    with tarfile.open(src) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("jieba/dict.txt"))
        f = tar.extractfile(member)
        assert f is not None
        lines = f.read().decode("utf-8").splitlines()
    words: set[str] = set()
    closed: set[str] = set()
    common: set[str] = set()
    words3: set[str] = set()
    given: collections.Counter[str] = collections.Counter()
    for line in lines:
        w, freq, pos = line.split(" ")
        if len(w) == 2 and _han(w) and int(freq) >= MIN_FREQ:
            words.add(w)
            if pos in CLOSED:
                closed.add(w)
            if int(freq) >= COMMON_FREQ:
                common.add(w)
        if len(w) == 3 and _han(w) and w[0] in SURNAMES and int(freq) >= MIN_FREQ3:
            if not pos.startswith("nr"):
                words3.add(w)
        if pos == "nr" and len(w) == 3 and _han(w) and w[0] in SURNAMES:
            given.update(w[1:])
    mimesis = json.loads((OUT.parent / "names.json").read_text(encoding="utf-8"))["zh_given"]
    chars = {ch for ch, n in given.items() if n >= MIN_GIVEN}
    chars.update(ch for name in mimesis for ch in name if _han(ch))
    out = {
        "source": "jieba 0.42.1 dict.txt (MIT), see ZH_WORDS_NOTICE.txt",
        "surnames": SURNAMES,
        "compound_surnames": sorted(COMPOUND),
        "given": "".join(sorted(chars)),
        "words": "".join(sorted(words)),
        "closed": "".join(sorted(closed)),
        "common": "".join(sorted(common)),
        "words3": "".join(sorted(words3)),
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(out['given'])} given characters, {len(words)} words, {len(closed)} closed")


if __name__ == "__main__":
    main()
