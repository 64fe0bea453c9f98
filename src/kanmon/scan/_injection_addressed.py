"""Orders given to people, not to the model: "the teacher told us to ignore the instructions on
page 4", "my manager told me to ignore the old rules doc", "начальник велел нам игнорировать
старые инструкции", "老师让我们忽略第四页的说明"; and a user taking back their own words a moment
later ("さっきの指示は無視して、やっぱり英語で"); and instructions named as people's right after
the signal ("this replaces all previous instructions to staff", "… for assembling the shelf")
or issued by those who run an office ("Новые указания от руководства:", "管理层新指示："). Such a
signal reports an order someone gave a person, or withdraws the user's own, and weighs a
quarter, as a reported one does.

So does one whose actor is not the model addressed: a model spoken of, made to do it or asked
about ("how do I make the model forget previous messages?", "why does the bot forget …?",
"чтобы бот не выводил свой системный промпт"), or the speaker doing it to their own text or
mail ("how do I print the system prompt I set", "Wie leite ich …", "怎么把 …"), or pasting
instructions into a form's field.

The one to act must be named, and not be the model: "told you to ignore", "asked me to ask you
to ignore", "сказал тебе игнорировать", "让你忽略" keep their weight, and so does an order with
no one named ("the admin said to ignore all previous instructions", "разработчик сказал
игнорировать"), which an attacker writes to borrow someone's authority.
"""

from __future__ import annotations

import re

_PEOPLE_EN = (
    r"(?:me|us|him|her|them|everyone|everybody|(?:the|our|my|all(?:\s+the)?)\s+(?:\w+\s+)?"
    r"(?:team|class|staff|students|pupils|kids|children|employees|colleagues|workers|members|"
    r"interns|volunteers|drivers|tenants|guests))"
)
_PEOPLE_RU = r"(?:мне|нам|всем|им|ему|ей|сотрудникам|ученикам|студентам|детям|коллегам)"

#: Words that end right where the signal starts.
_TOLD = re.compile(
    r"(?:\b(?:told|asked|instructed|wants?|wanted|advised|reminded|reminds|tells|asks|"
    rf"ordered|made|got)\s+{_PEOPLE_EN}\s+(?:not\s+)?to"
    r"|\b(?:i|we|they|he|she)\s+(?:was|were|am|are|is|got|have\s+been|had\s+been|'ve\s+been|"
    r"'m|'re)\s+(?:told|asked|instructed|advised)\s+(?:not\s+)?to"
    r"|(?:сказал|велел|попросил|просил|разрешил|посоветовал|приказал|поручил)[аи]?\s+"
    rf"{_PEOPLE_RU}"
    r"|(?:让|叫|要|要求|告诉|通知|吩咐)(?:我们|我|大家|他们|他|她|员工|同学们|学生们|全体员工)都?"
    r"|(?:さっき|先ほど|さきほど)の"
    # a model spoken of, made to do it: "is it possible to make the model forget previous
    # messages via the API?", "how do I get our bot to ignore …" (a developer's question)
    r"|\b(?:make|makes|made|making|get|gets|getting|let|lets|have|force|forcing|teach|"
    r"teaching|train|training)\s+(?:the|my|our|a|an|this|that|your)\s+(?:\w+\s+)?(?:model|"
    r"bot|chatbot|assistant|agent|llm|ai|gpt)s?(?:\s+to)?"
    # and asked about: "why does the bot forget earlier messages?"
    r"|\b(?:does|did|do|will|would|can|could|might|should)(?:\s+not|n't)?\s+(?:the|my|our|a|an|"
    r"this|that|your)\s+(?:\w+\s+)?(?:model|bot|chatbot|assistant|agent|llm|ai|gpt)s?)"
    r"\s*$",
    re.IGNORECASE,
)
#: Characters before a signal that are read for it.
_HEAD = 48
#: How those words end (in lower case): one call says most signals follow none of them.
_LAST = (
    "to", "мне", "нам", "всем", "им", "ему", "ей", "сотрудникам", "ученикам", "студентам",
    "детям", "коллегам", "我们", "我", "大家", "他们", "他", "她", "员工", "同学们", "学生们", "都",
    "の", "model", "models", "bot", "bots", "chatbot", "assistant", "agent", "llm", "ai", "gpt",
)  # fmt: skip


#: Instructions named as people's right after the signal: "… all previous instructions to
#: staff", "… for assembling the shelf" (a task of hands, not one of the model's: answering,
#: writing, handling a request … keep the signal's weight).
_FOR_PEOPLE = re.compile(
    r"\s+(?:to|for)\s+(?:all\s+|the\s+|our\s+|new\s+)*(?:staff|employees|students|pupils|"
    r"tenants|drivers|visitors|guests|volunteers|contractors|parents|patients|workers|"
    r"colleagues|interns|team\s+members)\b"
    r"|\s+(?:for|on)\s+(?!(?:answer|respond|reply|writ|generat|chatt|behav|talk|handl|process|"
    r"act|assist|help|moderat|filter|refus|format|summaris|summariz|translat|output|print)ing\b)"
    r"[a-z]+ing\b",
    re.IGNORECASE,
)


#: A signal that ends on the instructions themselves, which the words after it can qualify
#: ("… a safety layer taken out for debugging" is no instruction for a task of hands).
_INSTRUCTIONS_END = re.compile(rb"(?i)(?:instructions|directions|rules|guidelines|guidance)$")


#: Instructions pasted into a form's field: an admin guide tells its reader where they go
#: ("paste your instructions into the System prompt field").
_INTO_FIELD = re.compile(
    r"\s+(?:in)?to\s+(?:the|a|an|your)\s+(?:[\w-]+\s+){0,3}(?:field|box|form|editor|text\s*area|"
    r"input|tab|panel)\b",
    re.IGNORECASE,
)
_PASTE = re.compile(rb"(?i)(?:paste|put|copy|enter|type)\s")


#: The user asking how to do it themselves ("How do I print the system prompt I set in the
#: playground?"); "how do I print your system prompt" asks for the model's, and keeps its weight.
_HOW_I = re.compile(r"\bhow\s+(?:do|can|could|should|would)\s+(?:i|we)\s*$", re.IGNORECASE)
#: What the user would do with their own text: see it or move it ("how do I make …" asks for
#: the making itself, and keeps its weight).
_SEE_OR_MOVE = re.compile(
    rb"(?i)(?:print|show|display|export|see|find|view|get|copy|forward|send|dump|output|list)\b"
)
#: A program the subject of the clause, its verb in the third person or the past (ru): "чтобы
#: бот не выводил свой системный промпт" is about a bot's own prompt, not "your" one.
_PROGRAM_DOES_RU = re.compile(
    r"(?:^|[^а-яё-])(?:бот|модел|ассистент|нейросет|агент|чат-бот|ии)[а-яё]*\s+(?:не\s+)?[а-яё]+"
    r"(?:л|ла|ло|ли|ет|ит|ют|ят)\s*$",
    re.IGNORECASE,
)


#: The speaker the one to act, in a German question ("Wie leite ich alle E-Mails von info@ an
#: support@ weiter?"): the verb first and "ich" or "wir" right after it.
_SELF_DE = re.compile(rb"(?i)\S+\s+(?:ich|wir)\s")


#: The user asking how to move a thing of theirs (zh): "怎么把info@的所有邮件自动转发到support@？";
#: a request to the model ("你能不能把…转发到…") names it, and "怎么做…" asks for the making
#: itself: both keep their weight.
_HOW_ZH = re.compile(r"(?:怎么|如何|怎样)(?:才能|可以)?(?:把|将)[^。？！\n你您]{0,20}$")


#: New instructions from people who run an office, a school or a building, named right before
#: the signal ("管理层新指示：", "経営陣からの新しい指示：") or right after it ("Новые указания от
#: руководства:", "… from facilities:"); "new instructions from your developer" keeps its
#: weight.
_ISSUER_HEAD = re.compile(
    r"(?:管理层|领导|公司|人事部?|行政部?|总部|经理|老板|学校|老师|物业|経営陣|会社|総務部?|本社|"
    r"上司|部長|先生|管理組合|경영진|회사|인사팀|총무팀|본사|학교|관리사무소)"
    r"(?:的|から|より)?の?\s*$"
)
_ISSUER_TAIL = re.compile(
    r"\s*(?:руководства|начальства|директора|дирекции|отдела\s+кадров|бухгалтерии|"
    r"администрации|управляющей\s+компании|школы|учителя|management|hr\b|facilities|the\s+board|"
    r"the\s+principal|(?:your|our)\s+(?:manager|landlord|school)|the\s+landlord|"
    r"(?:der|von\s+der|vom)\s+(?:geschäftsleitung|personalabteilung|hausverwaltung|schulleitung))",
    re.IGNORECASE,
)
_NEW_ORDERS = re.compile(
    r"(?:новые|новая|new|neue|新的?|最新|新しい|새)\s*(?:указания|инструкции|instructions|"
    r"anweisungen|指示|指令|命令|지침|지시)",
    re.IGNORECASE,
)


def addressed_to_people(data: bytes, start: int, end: int) -> bool:
    """The signal at bytes ``start:end`` of ``data`` follows words that give its order to
    people other than the model, or take back the user's own ("さっきの"), or is followed by
    words that name its instructions as people's ("… to staff", "… for assembling the
    shelf") or an office's; or its actor is a model spoken of or the speaker (module
    docstring)."""
    if _INSTRUCTIONS_END.search(data, max(start, end - 16), end):
        tail = data[end : end + 40].decode("utf-8", "ignore")
        if _FOR_PEOPLE.match(tail):
            return True
        if _PASTE.match(data, start) and _INTO_FIELD.match(tail):
            return True
    head = data[max(0, start - _HEAD * 3) : start].decode("utf-8", "ignore")[-_HEAD:].rstrip()
    if (
        _HOW_I.search(head)
        and _SEE_OR_MOVE.match(data, start, end)
        and b"your" not in data[start:end].lower()
    ):
        return True
    if _SELF_DE.match(data, start, end) or _HOW_ZH.search(head):
        return True
    span = data[start:end].decode("utf-8", "ignore")
    if _NEW_ORDERS.search(span) and (
        _ISSUER_HEAD.search(head)
        or _ISSUER_TAIL.match(data[end : end + 60].decode("utf-8", "ignore"))
        or _ISSUER_TAIL.search(span[-30:])
    ):
        return True
    if _PROGRAM_DOES_RU.search(head):
        return True
    if not head[-12:].lower().endswith(_LAST):
        return False
    return _TOLD.search(head) is not None
