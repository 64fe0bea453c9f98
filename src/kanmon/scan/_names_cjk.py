"""Person names in Chinese, Japanese and Korean text.

No spaces (Chinese, Japanese) or particles glued to the name (Korean) mean a name is found only
next to a cue: a title or honorific after it (先生, 様, さん, 部長, 님, 씨, 과장) or a phrase
before it (我叫, 联系人：, と申します, 担当：, 저는, 성명:). The name's extent then comes from
the surname lists (Mimesis: 438 Chinese, 2,028 Japanese, 262 Korean surnames): a name starts
with a known surname and runs on for the given name (one or two characters in Chinese, up to
three kanji or a kana word after a space in Japanese, one or two syllables in Korean).
"""

from __future__ import annotations

import re

from kanmon.scan._name_lists import NameLists, ZhWords, zh_words
from kanmon.scan._names_zh_plain import starts_word
from kanmon.scan._recognizer import Recognizer, rx

_HAN = "\u4e00-\u9fff\u3005"
_HIRA = "\u3041-\u3096"
_KATA = "\u30a1-\u30fa\u30fc"
_KO = "\uac00-\ud7a3"
Span = tuple[int, int]

# -- Chinese ---------------------------------------------------------------------------------

#: Form fields and self-introductions: what follows up to the punctuation is the name.
_ZH_FIELD = (
    r"我叫|姓名[:：]?|户名[:：]?|联系人[:：]?|收款人[:：]?|持卡人[:：]?|发件人[:：]?|收件人[:：]?"
)
_HAN_RX = re.compile(f"[{_HAN}]")
_ZH_BEFORE = (
    r"我叫|我是|我姓|姓名[:：]?|名字[:：]?|联系人[:：]?|户名[:：]?|尊敬的|亲爱的|发件人[:：]?"
    r"|收件人[:：]?|收款人[:：]?|付款人[:：]?|持卡人[:：]?|经办人[:：]?|负责人[:：]?|申请人[:：]?"
    r"|客户[:：]?|由|请联系|联系|交给|转告|通知|持有人[:：]?|签收人[:：]?|发言人[:：]?"
)
_ZH_AFTER = (
    r"先生|女士|小姐|经理|总监|主任|老师|教授|医生|律师|同学|同志|总经理|董事长|主管|部长|处长"
    r"|博士|工程师|主编|法官|警官|护士|会计|秘书"
    r"|的身份证|的电话|的手机|的邮箱|的账户|主持|负责|处理|签字|确认"
)
#: Characters that end a Chinese name: particles, verbs and words that follow names.
_ZH_STOP = frozenset(
    "的是在和与及了将已于把被给向对从到说请您你我他她们这那有不也都就还要会经主负处先女小老同电手邮签确"
)
_ZH_NOT_SURNAMES = frozenset("和那")
#: Particles and pronouns: never in a given name.
_PARTICLES = frozenset("的是在和与及了将已于把被给向对从到说请您你我他她们这那不也都就")
#: Words right before a name that end a run of Han characters (请联系王芳经理).
_ZH_CUE_WORDS = ("联系", "通知", "告诉", "转告", "交给", "感谢", "谢谢", "由", "请", "和", "与")
#: Words that take a title but are no names (各位女士, 客户经理, 该先生).
_ZH_NOT = frozenset(("各位", "客户", "该", "本", "此", "诸位", "项目", "产品", "部门", "班"))


#: Forms of address that follow only a person (or 各位, 该 …, in ``_ZH_NOT``), where the role
#: titles (经理, 工程师) also follow ordinary words (项目经理, 高级工程师).
_ZH_PERSONAL = frozenset(("先生", "女士", "小姐"))


def _zh_name(
    run: str, surnames: frozenset[str], end_fixed: bool, z: ZhWords, personal: bool = False
) -> int | None:
    """Length of the name at the start of ``run`` (a stretch of Han characters), or None.
    ``personal``: a form of address follows the run, so a name that is also an ordinary word
    (李娜, 高明) is still a name; one of the closed words (周末, 明天) is not."""
    sur = 2 if run[:2] in surnames else 1 if run[:1] in surnames else 0
    if not sur or any(run.startswith(w) for w in _ZH_NOT):
        return None
    if end_fixed:  # the cue after the name fixed its end: the whole run is the name
        n: int | None = len(run) if sur + 1 <= len(run) <= sur + 2 else None
    else:
        n = sur
        while n < min(len(run), sur + 2) and run[n] not in _ZH_STOP:
            n += 1
        n = n if n > sur else None
    if n is not None and sur == 1:
        if personal and n == 2 and end_fixed:
            return None if run[:2] in z.closed else n
        if starts_word(run, n, z):
            return None
    return n


def chinese_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    # 和 and 那 are surnames, but above all a conjunction and a pronoun
    surnames = lists.zh_surname - _ZH_NOT_SURNAMES
    z = zh_words()
    words = z.words

    def before(text: str, m: re.Match[str]) -> Span | None:
        start, run = m.start("name"), m.group("name")
        n = _zh_name(run, surnames, end_fixed=False, z=z)
        whole = m.end("name") == len(text) or not _HAN_RX.match(text, m.end("name"))
        if n is None and m.group("field") and whole and len(run) in (2, 3):
            n = len(run)  # a form field (姓名：, 户名) holds a name even with a rare surname
        return (start, start + n) if n else None

    def after(text: str, m: re.Match[str]) -> Span | None:
        run = m.group("name")
        personal = m.group("title") in _ZH_PERSONAL
        tried: list[tuple[bool, int, int]] = []
        for size in (3, 2, 4, 1):
            k = len(run) - size
            if k < 0:
                continue
            alone = run[k:] in surnames and run[k:] not in _ZH_NOT
            if not (_zh_name(run[k:], surnames, True, z, personal) or alone):
                continue
            if k and run[k - 1 : k + 1] in words or _PARTICLES.intersection(run[k + 1 : k + 3]):
                continue  # the surname ends a word (对方), or a particle is no given name
            bounded = k == 0 or run[k - 1] in _ZH_STOP or run[:k].endswith(_ZH_CUE_WORDS)
            tried.append((bounded and run[k] not in _ZH_STOP, -k, k))
        if not tried:
            return None
        k = max(tried)[2]
        return m.start("name") + k, m.end("name")

    return (
        Recognizer(
            "person_cue_zh",
            "PERSON",
            rx(rf"(?:(?P<field>{_ZH_FIELD})|{_ZH_BEFORE})\s?(?P<name>[{_HAN}]{{2,4}})"),
            0.75,
            refine=before,
            trigger=f"(?:{_ZH_BEFORE})",
            window=(0, 12),
        ),
        Recognizer(
            "person_title_zh",
            "PERSON",
            rx(rf"(?P<name>[{_HAN}]{{1,6}})(?P<title>{_ZH_AFTER})"),
            0.75,
            refine=after,
            trigger=f"(?:{_ZH_AFTER})",
            window=(8, 4),
        ),
    )


# -- Japanese --------------------------------------------------------------------------------

_JA_AFTER = (
    r"様|さま|さん|氏|殿|先生|くん|君|ちゃん|部長|課長|社長|係長|主任|専務|常務|室長|店長|教授"
)
_JA_BEFORE = (
    r"私は|わたしは|僕は|担当者?[:：]|ご担当者?[:：]?|お名前[:：]?|氏名[:：]?|名前[:：]?"
    r"|名義人?[:：]?|差出人[:：]?|送信者[:：]?|代表者?[:：]?|申込者[:：]?|契約者[:：]?"
)
_JA_SELF = r"と申します|と言います|といいます"
_KATA_SET = frozenset(chr(c) for c in range(0x30A1, 0x30FB))
#: Titles Chinese writes after names too: in Japanese text some kana stands near them.
_ZH_TOO = frozenset(("先生", "教授", "主任"))
_KANA_RX = re.compile(f"[{_HIRA}{_KATA}]")
_JA_NOT = frozenset({"客", "皆", "神", "王", "奥", "先生", "皆様", "殿", "お客", "各位", "担当"})
_JA_GIVEN = rf"(?:[{_HAN}]{{1,3}}|[{_HIRA}]{{1,3}}[{_HAN}]?|[{_KATA}]{{2,5}})"
_SP = " \u3000"  # a space or an ideographic space between surname and given name
#: A foreign name in katakana: its parts split by a space or a middle dot (マイケル・ブラウン).
_DOT = "\u30fb"
_JA_NAME = rf"[{_HAN}]{{1,6}}(?:[{_SP}]{_JA_GIVEN})?|[{_KATA}]{{2,6}}[{_SP}{_DOT}][{_KATA}]{{2,6}}"


def _ja_start(run: str, surnames: frozenset[str]) -> int | None:
    """Where the name starts in a stretch of kanji that ends with it: at a known surname,
    leaving at most three kanji of given name."""
    parts = run.split()
    head = parts[0] if parts else run
    if len(parts) > 1 and len(head) <= 3:  # "斉藤 直人": the space ends the surname
        return 0
    for k in range(len(head)):
        for n in (3, 2, 1):
            if head[k : k + n] in surnames and len(head) - k - n <= 3:
                return k
    return 0 if len(head) <= 4 and head not in _JA_NOT else None


def japanese_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    surnames = lists.ja_surname

    def span(text: str, m: re.Match[str]) -> Span | None:
        run = m.group("name").rstrip(" \u3000")
        if not run or run in _JA_NOT:
            return None
        if run[0] in _KATA_SET:  # a name written in katakana
            return m.start("name"), m.start("name") + len(run)
        k = _ja_start(run, surnames)
        if k is None:
            return None
        if (
            m.groupdict().get("title") in _ZH_TOO
            and not any(run[i : i + n] in surnames for i in range(len(run)) for n in (1, 2, 3))
            and not _KANA_RX.search(text, max(0, m.start() - 24), m.end() + 24)
        ):
            return None  # "感谢张伟先生": Chinese, no Japanese surname and no kana near it
        return m.start("name") + k, m.start("name") + len(run)

    return (
        Recognizer(
            "person_title_ja",
            "PERSON",
            rx(rf"(?P<name>{_JA_NAME})(?P<title>{_JA_AFTER})"),
            0.75,
            refine=span,
            trigger=f"(?:{_JA_AFTER})",
            window=(14, 4),
        ),
        Recognizer(
            "person_cue_ja",
            "PERSON",
            rx(rf"(?:{_JA_BEFORE})\s?(?P<name>{_JA_NAME})|の(?P<name2>{_JA_NAME})です"),
            0.75,
            refine=lambda text, m: _cue_ja(text, m, surnames),
            # "…の山田です" (how a sender names themself): the trigger holds the whole shape, so
            # the many other です of Japanese text do not wake the recognizer.
            trigger=f"(?:{_JA_BEFORE}|の(?:{_JA_NAME})です)",
            window=(16, 16),
        ),
        Recognizer(
            "person_self_ja",
            "PERSON",
            rx(rf"(?P<name>{_JA_NAME})(?:{_JA_SELF})"),
            0.75,
            refine=span,
            trigger=f"(?:{_JA_SELF})",
            window=(14, 4),
        ),
        Recognizer(
            # "渡辺 翔太です。" opening a sentence: the sender names themself. Only a spaced
            # "Surname Given" with a known surname, so "明日です" stays a date.
            "person_desu_ja",
            "PERSON",
            rx(
                rf"(?:^|(?<=[。！？\n]))[{_SP}]*(?P<name>(?P<family>[{_HAN}]{{1,3}})[{_SP}]"
                rf"{_JA_GIVEN})です(?=[。、！]|$)"
            ),
            0.7,
            refine=lambda text, m: _desu_ja(m, surnames),
            # the spaced name only: a trigger starting earlier would take the place where
            # another one starts ("。私は田中太郎です" is the cue "私は"'s)
            trigger=rf"[{_HAN}]{{1,3}}[{_SP}][{_HAN}{_HIRA}{_KATA}]{{1,5}}です",
            window=(14, 4),
        ),
    )


def _desu_ja(m: re.Match[str], surnames: frozenset[str]) -> Span | None:
    """The name when its surname is a known one."""
    return m.span("name") if m.group("family") in surnames else None


def _cue_ja(text: str, m: re.Match[str], surnames: frozenset[str]) -> Span | None:
    group = "name" if m.group("name") else "name2"
    start, end = m.span(group)
    run = text[start:end].rstrip(" \u3000")
    if run[:1] in _KATA_SET:
        return start, start + len(run)
    if not any(run[:n] in surnames for n in (3, 2, 1)):
        return None
    return start, start + len(run)


# -- Korean ----------------------------------------------------------------------------------

_KO_AFTER = (
    r"고객님|고객|회원님|선생님|교수님|님|씨|대리님|대리|과장님|과장|부장님|부장|차장님|차장"
    r"|팀장님|팀장|사원|주임|대표님|대표|사장님|사장|실장님|실장|원장님|기자|변호사"
    r"|교수|박사|회장님|회장|의원|감독|작가|선수|이사장|위원장"
)
#: Titles a department, a field or a body takes too ("경제부 기자", "정치학 교수", "이사회
#: 의장"): before one of them a word ending like a unit (부, 과, 팀, 학 …) is a name only when
#: its given name is a known one.
_KO_ROLE = frozenset(("기자", "교수", "교수님", "박사", "회장", "회장님", "의원", "감독", "작가",
                      "선수", "이사장", "위원장", "대표", "대표님", "사장", "사장님", "부장",
                      "부장님", "과장", "과장님", "차장", "차장님", "팀장", "팀장님", "실장",
                      "실장님", "원장님", "대리", "대리님", "주임", "사원", "변호사",
                      "선생님"))  # fmt: skip
_KO_UNIT_ENDS = frozenset("부과팀실처청국학사소단회대측체권계관어")
_KO_BEFORE = (
    r"저는|제 이름은|이름은|이름[:：]|성명[:：]?|담당자[:：]?|결제자[:：]?|보낸 ?사람[:：]?"
    r"|받는 ?사람[:：]?|예금주[:：]?|고객명[:：]?|신청인[:：]?|작성자[:：]?|수신인?[:：]?"
    r"|발신인?[:：]?|명의자[:：]?"
)
#: 씨 starts words of its own: seed (씨앗), wrestling (씨름), clan (씨족), weft (씨실).
_SSI_WORDS = frozenset("앗름족실알")
_KO_NOT = ("고객", "선생", "사장", "회원", "여러분", "손님", "부장", "과장", "교수", "환자", "학생",
           "담당", "직원", "기사", "대표", "관리")  # fmt: skip


def _ko_len(run: str, surnames: frozenset[str]) -> int | None:
    """Length of the name at the start of a Hangul run: surname plus one or two syllables."""
    if any(run.startswith(w) for w in _KO_NOT):
        return None
    if run[:2] in surnames and len(run) >= 3:
        return min(len(run), 4)
    if run[:1] in surnames and len(run) >= 2:
        return min(len(run), 3)
    return None


def _ssi_word(text: str, m: re.Match[str]) -> bool:
    """Whether the 씨 the match ends with starts another word ("사과 씨앗")."""
    return text.endswith("씨", 0, m.end()) and text[m.end() : m.end() + 1] in _SSI_WORDS


def korean_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    surnames = lists.ko_surname
    given = lists.ko_given

    def before(text: str, m: re.Match[str]) -> Span | None:
        n = _ko_len(m.group("name"), surnames)
        return (m.start("name"), m.start("name") + n) if n else None

    def foreign(text: str, m: re.Match[str]) -> Span | None:
        first, last = m.group("name").split(" ")
        if any(w.startswith(_KO_NOT) for w in (first, last)) or _ssi_word(text, m):
            return None
        return m.span("name")

    def after(text: str, m: re.Match[str]) -> Span | None:
        run = m.group("name")
        n = _ko_len(run, surnames)
        if n != len(run) or _ssi_word(text, m):
            return None
        if m.group("title") in _KO_ROLE and run[-1] in _KO_UNIT_ENDS:
            sur = 2 if run[:2] in surnames and len(run) >= 4 else 1
            if run[sur:] not in given:
                return None
        return m.start("name"), m.end("name")

    return (
        Recognizer(
            "person_cue_ko",
            "PERSON",
            rx(rf"(?:{_KO_BEFORE})\s?(?P<name>[{_KO}]{{2,6}})"),
            0.75,
            refine=before,
            trigger=f"(?:{_KO_BEFORE})",
            window=(0, 16),
        ),
        Recognizer(
            "person_title_ko",
            "PERSON",
            rx(rf"(?<![{_KO}])(?P<name>[{_KO}]{{2,4}}) ?(?P<title>{_KO_AFTER})"),
            0.75,
            refine=after,
            trigger=f"(?:{_KO_AFTER})",
            window=(6, 6),
        ),
        Recognizer(
            "person_foreign_ko",
            "PERSON",
            # Korean names are one word ("김민수 씨"); two words before 씨 are a foreign given
            # name and surname written in Hangul ("제임스 윌슨 씨"): 씨 follows names only
            rx(rf"(?<![{_KO}])(?P<name>[{_KO}]{{2,4}} [{_KO}]{{2,4}}) ?씨(?![{_KO}]{{2}})"),
            0.7,
            refine=foreign,
            trigger="씨",
            window=(12, 4),
        ),
    )
