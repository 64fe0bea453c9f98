"""Prompt-injection detection: a score in 0..1 plus the evidence that produced it.

Heuristic and explainable on purpose: each signal is a named pattern with a weight; the score
combines the weights of the signals that fired (``1 - Π(1 - w)``). Text that *talks about*
injection (a quoted phrase in a security discussion) is damped, so a question such as
"how do I defend against 'ignore previous instructions'?" passes, while the same phrase as an
instruction inside a tool result does not. Content that reaches the model from tools or
documents counts more than the user's own words: the user may instruct the model, a web page
may not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kanmon.core.finding import Finding
from kanmon.plugins import register
from kanmon.scan._pattern import prefilter
from kanmon.scan._scanset import SCANNERS

_I = re.IGNORECASE

#: (signal id, weight, pattern). Patterns cover en, zh, ja, ko, ru, de.
_SIGNALS: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple(
    (sid, w, re.compile(p, _I))
    for sid, w, p in (
        (
            "override.en",
            0.8,
            r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|"
            r"every\s+)*(?:previous|prior|above|earlier|preceding|original|system|initial)\s+"
            r"(?:instructions?|prompts?|rules?|directives?|guidelines?|messages?|context)",
        ),
        (
            "override.en2",
            0.7,
            r"\b(?:ignore|disregard)\s+(?:all\s+|everything\s+)?(?:you\s+(?:were|have\s+been)\s+"
            r"told|your\s+(?:instructions|programming|guidelines|rules))",
        ),
        (
            "override.zh",
            0.8,
            r"(?:忽略|无视|忽视|不要理会|忘记|忘掉)(?:之前|以上|上面|先前|前面|所有|全部|一切)?"
            r"(?:的)?(?:所有|全部)?(?:的)?(?:指令|指示|提示|规则|说明|要求)",
        ),
        (
            "override.ja",
            0.8,
            r"(?:これまで|以前|前|上記|先ほど)の(?:すべての|全ての)?(?:指示|命令|プロンプト|ルール)"
            r"(?:を|は)(?:すべて)?(?:無視|忘れ)",
        ),
        (
            "override.ko",
            0.8,
            r"(?:이전|앞의|위의|모든|기존)\s*(?:의\s*)?(?:모든\s*)?(?:지시|지침|명령|프롬프트|규칙)"
            r"(?:을|를|은|는)?\s*(?:모두\s*)?(?:무시|잊어)",
        ),
        (
            "override.ru",
            0.8,
            r"(?:игнорируй|игнорируйте|забудь|забудьте|проигнорируй)\s+(?:все\s+)?"
            r"(?:предыдущие|прежние|предшествующие|системные|вышеуказанные)\s+"
            r"(?:инструкции|указания|правила|команды)",
        ),
        (
            "override.de",
            0.8,
            r"\b(?:ignoriere|ignorier|vergiss|missachte)\s+(?:alle\s+|die\s+)?"
            r"(?:vorherigen|bisherigen|obigen|früheren|vorangegangenen)\s+"
            r"(?:anweisungen|instruktionen|regeln|befehle)",
        ),
        (
            "reveal.system_prompt",
            0.6,
            r"\b(?:reveal|print|show|output|repeat|leak|display)\s+"
            r"(?:me\s+)?(?:your|the)\s+(?:full\s+|entire\s+|hidden\s+)?(?:system\s+prompt|"
            r"initial\s+instructions|hidden\s+instructions)",
        ),
        (
            "jailbreak.persona",
            0.7,
            r"\byou\s+are\s+now\s+(?:dan|in\s+developer\s+mode|jailbroken|"
            r"unrestricted|free\s+from|no\s+longer\s+bound)|\bdeveloper\s+mode\s+(?:enabled|on)\b|"
            r"\bdo\s+anything\s+now\b",
        ),
        (
            "jailbreak.no_rules",
            0.6,
            r"\b(?:pretend|act\s+as\s+if)\s+(?:that\s+)?you\s+(?:have|had)"
            r"\s+no\s+(?:rules|restrictions|guidelines|filters|limits)",
        ),
        (
            "template.tokens",
            0.7,
            r"<\|im_start\|>\s*system|<\|system\|>|\[/?INST\]|<</?SYS>>|"
            r"^\s*#{2,3}\s*(?:system|instruction)s?\s*:",
        ),
        (
            "addressed.assistant",
            0.5,
            r"\b(?:attention|note|important|instruction)s?\s*(?:to|for)\s+"
            r"(?:the\s+)?(?:ai|assistant|llm|language\s+model|chatbot)\b|\b(?:ai|assistant|llm)"
            r"\s*[:,]\s*(?:you\s+must|ignore|do\s+not\s+tell)",
        ),
        (
            "exfil.send",
            0.6,
            r"\b(?:send|post|forward|upload|exfiltrate|transmit)\s+(?:all\s+|the\s+)?"
            r"(?:conversation|chat\s+history|user(?:'s)?\s+data|api\s+keys?|credentials|secrets|"
            r"system\s+prompt)\s+to\s+(?:https?://|\S+@)",
        ),
        ("exfil.markdown_image", 0.7, r"!\[[^\]]*\]\(https?://[^)\s]*\?[^)\s]*(?:\{|%7b|data=|q=)"),
        (
            "hidden.tool_call",
            0.5,
            r"\b(?:call|invoke|use)\s+the\s+\w+\s+(?:tool|function)\s+(?:with|to)"
            r"\b.{0,80}\b(?:without|don't|do\s+not)\s+(?:telling|tell|asking|ask|informing)",
        ),
    )
)

#: One pass over the text decides whether any signal can fire at all (RE2 when available):
#: ordinary prose costs that pass and nothing more.
_ANY = prefilter("|".join(f"(?:{p.pattern})" for _, _, p in _SIGNALS), ignore_case=True)

#: Words that mark text *about* injection rather than an injection. Quoted matches in such
#: text are damped.
_DISCUSSION = re.compile(
    r"prompt[\s-]*injection|jailbreak(?:s|ing)?\b|attack|example|detect|defen[cs]e|classif|"
    r"phrase|payload|red[\s-]*team|提示注入|プロンプトインジェクション|프롬프트 인젝션|"
    r"инъекци|angriff",
    _I,
)
_QUOTES = "\"'“”‘’「」『』«»„`"

SOURCE_WEIGHT = {"user": 0.85, "system": 0.5, "assistant": 0.5, "tool": 1.0, "document": 1.0}


@dataclass(slots=True)
class InjectionResult:
    score: float = 0.0
    #: (signal id, location, start, end) of every signal that counted.
    evidence: list[tuple[str, str, int, int]] = field(default_factory=list)
    #: Highest score per source (user, tool, document, ...).
    by_source: dict[str, float] = field(default_factory=dict)

    def merge(self, other: InjectionResult, source: str) -> None:
        self.evidence.extend(other.evidence)
        self.by_source[source] = max(self.by_source.get(source, 0.0), other.score)
        self.score = max(self.score, other.score)


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3) : start]
    after = text[end : end + 3]
    return any(q in before for q in _QUOTES) and any(q in after for q in _QUOTES)


class InjectionScanner:
    """``scan`` returns findings of type ``PROMPT_INJECTION``; ``score`` the full result."""

    id = "injection"
    entities = frozenset({"PROMPT_INJECTION"})

    def score(self, text: str, location: str = "", source: str = "user") -> InjectionResult:
        res = InjectionResult()
        if len(text) < 8 or _ANY.search(text.encode("utf-8", "surrogatepass")) is None:
            return res
        discussion: bool | None = None
        keep = 1.0
        for sid, weight, pat in _SIGNALS:
            for m in pat.finditer(text):
                w = weight
                if _quoted(text, m.start(), m.end()):
                    if discussion is None:
                        discussion = _DISCUSSION.search(text) is not None
                    w *= 0.25 if discussion else 0.6
                keep *= 1.0 - w * SOURCE_WEIGHT.get(source, 1.0)
                res.evidence.append((sid, location, m.start(), m.end()))
        res.score = round(1.0 - keep, 4)
        res.by_source[source] = res.score
        return res

    def scan(self, text: str, location: str = "") -> list[Finding]:
        res = self.score(text, location)
        if not res.evidence:
            return []
        return [
            Finding("PROMPT_INJECTION", s, e, res.score, self.id, loc)
            for _, loc, s, e in res.evidence
        ]


@register(SCANNERS)
def injection_scanner() -> InjectionScanner:
    """Built-in ``injection`` scanner (entry point ``kanmon.scanners``)."""
    return InjectionScanner()
