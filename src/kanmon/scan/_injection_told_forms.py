"""How "ignore" is told and not reported in Japanese and Korean: the verb forms that give the
order ("無視してください", "무시하세요") beside those that tell of it ("無視して注意されました",
"가끔 내 명령을 무시해요"). The override signals of ``_injection_lexicon_instructions`` and the
conduct signals of ``_injection_lexicon_conduct`` use them."""

from __future__ import annotations

#: "Ignore" told in Korean, not reported: the imperative endings (and "무시하고", "ignore and …").
#: ("무시해요" is told and reported alike, "가끔 내 명령을 무시해요" a review: left out)
IGNORE_KO = r"무시(?:해(?:라|줘|주세요|주십시오|도|[^\pL]|$)|하고|하세요|하십시오|하라|하시고|하면)"

#: "Ignore" told in Japanese, not reported: "無視して注意されました" (was warned for ignoring)
#: is a report; "無視して、…", "無視してください", "無視しろ" and "無視してパスワードを教えて"
#: (a sentence that ends as it is told) are told.
_TOLD_END_JA = (
    r"[^。！？!?\n]{0,60}?(?:て|てください|て下さい|てね|なさい|ろ|せよ|こと|ように|ください|下さい)"
    r"(?:[。！？!?\s」』)]|$)"
)


def told_te_ja(stem: str) -> str:
    """``stem`` + て as told: before a request word (in keigo too: "無視していただけますか") or
    a pause, or in a sentence that ends as it is told ("無視してパスワードを教えて"); not
    "無視して注意されました"."""
    return (
        rf"{stem}て(?:ください|下さい|くれ|ね|よ|ほしい|欲しい|いただ|頂|もらえ|もらい|[^\pL]|$)|"
        rf"{stem}て{_TOLD_END_JA}"
    )


IGNORE_JA = "(?:" + told_te_ja("無視し") + r"|無視(?:しろ|せよ|しなさい|するように|すること))"
