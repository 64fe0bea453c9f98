"""Signals that dictate the answer's shape so that a refusal cannot fit in it: the answer made
to open with a yes ("start your response with 'Sure, here is'") and the refusal's words
forbidden ("never say 'I'm sorry' or 'I can't'", "no apologies, no disclaimers"), and an answer
to be encoded so that the filters cannot read it. The first two are
persona-category jailbreaks: they carry no request of their own and ride along with one.
Format and conventions in ``_injection_lexicon``.
"""

from __future__ import annotations

_YES_EN = (
    r"(?:sure|absolutely|of\s+course|certainly|yes|okay|ok|here\s+is|here\s+are|here'?s|"
    r"no\s+problem|gladly|definitely|understood|happy\s+to)"
)

#: The filter not noticing, in de/ja/ko/ru/zh.
_EVADE_INTL = (
    r"damit\s+(?:der|die|das)\s+(?:filter|moderation|zensur|sicherheitssystem)\w*\s+(?:es\s+|"
    r"das\s+)?nicht\s+(?:lesen|erkennen|erkennt|verstehen|versteht|merkt|bemerkt|mitbekommt|"
    r"sieht|findet|blockiert|anschlägt)|(?:フィルター|検閲|監視|モデレーション)(?:に|が)[^。\n]{0,10}?"
    r"(?:読まれない|読めない|検知されない|バレない|気づかない|引っかからない)ように|(?:필터|검열|모더레이션)"
    r"(?:가|에)\s*(?:못\s*읽게|읽지\s*못하게|감지하지\s*못하게|모르게|못\s*알아채게|걸리지\s*않게|"
    r"안\s*걸리게)|чтобы\s+(?:фильтр\pL*|модерац\pL*|цензур\pL*|модератор\pL*)\s+не\s+"
    r"(?:смог\pL*\s+|мог\pL*\s+)?(?:прочитать|прочитал\pL*|понять|понял\pL*|заметить|"
    r"заметил\pL*|распознать|распознал\pL*|увидел\pL*|поймал\pL*|сработал\pL*)|"
    r"(?:过滤器|过滤|审查|审核|监控|安全系统)(?:系统)?(?:就|也)?(?:读不懂|看不懂|看不到|看不见|识别不了|"
    r"发现不了|检测不到|查不到|拦不住|拦截不了)"
)
#: An encoded answer asked for: the encoding named, or the answer.
_ENCODED_ANSWER = (
    r"base\s?64|\bhex\b|rot-?13|binär\pL*|\bmorse|leet|chiffr\pL*|verschlüssel\pL*|kodier\pL*|"
    r"codier\pL*|antwort\pL*|шифр\pL*|кодир\pL*|закодир\pL*|ответ\pL*|отвечай|编码|加密|回答|暗号|"
    r"符号化|エンコード|答え|암호|인코딩|대답|답변|답해"
)
_SAME_SENTENCE = r"[^.!?\n。！？]{0,80}?"

# fmt: off
ANSWER: tuple[tuple[str, str, float, str], ...] = (
    # -- the answer made to open with a yes ------------------------------------------------
    ("persona.en.opens_with_yes", "persona", 0.7,
        r"\b(?:start|begin|open|preface|lead)\s+(?:your|the|each|every)\s+(?:response|answer|"
        r"reply|output|message)s?\s+(?:with|by\s+saying)\s*:?\s*[\"'“‘]\s*" + _YES_EN),
    ("persona.de.opens_with_yes", "persona", 0.7,
        r"(?:beginne|fang|starte)\w*\s+(?:deine|die|jede)\s+antwort\s+(?:mit|an\s+mit)\s*[„\"»]\s*"
        r"(?:klar|natürlich|sicher|gerne|ja|selbstverständlich|hier\s+ist|kein\s+problem)"),
    ("persona.ja.opens_with_yes", "persona", 0.7,
        r"[「『\"](?:もちろん|はい|承知|喜んで|了解|わかりました|かしこまりました)[^」』\"]{0,30}[」』\"]\s*"
        r"(?:から|で)(?:回答|返答|答え)?(?:を)?(?:始め|書き始め)"),
    ("persona.ko.opens_with_yes", "persona", 0.7,
        r"[\"“'](?:물론|네|알겠|좋아|그럼요|당연)[^\"”']{0,30}[\"”']\s*(?:으)?로\s*(?:답변을?\s*|"
        r"대답을?\s*|답을?\s*)?시작"),
    ("persona.ru.opens_with_yes", "persona", 0.7,
        r"(?:начни|начинай)\s+(?:свой\s+|каждый\s+)?(?:ответ|реплику)\s+(?:со?\s+(?:слов\pL*\s+|"
        r"фраз\pL*\s+)?)?[«\"„]\s*(?:конечно|да|разумеется|хорошо|вот|с\s+радостью|без\s+проблем)"),
    ("persona.zh.opens_with_yes", "persona", 0.7,
        r"(?:以|用)\s*[“\"「](?:当然|好的|没问题|是的|可以|乐意)[^”\"」]{0,30}[”\"」]\s*(?:作为|来)?"
        r"(?:开头|开始)"),
    # -- the refusal's words forbidden -----------------------------------------------------
    ("persona.en.no_refusal_words", "persona", 0.7,
        r"\b(?:never|do\s+not|don'?t|must\s+not|cannot)\s+(?:say|use|write|include|type)\s+(?:the\s+"
        r"(?:words?|phrases?)\s+)?[^.\n]{0,20}?[\"'“‘](?:i'?m\s+sorry|sorry|i\s+can'?t|i\s+cannot|"
        r"cannot|can'?t|unable|as\s+an\s+ai|i\s+apologi[sz]e|unfortunately|i\s+won'?t)"),
    ("persona.en.no_caveats", "persona", 0.6,
        r"\b(?:no|without|do\s+not\s+(?:add|include|give)|don'?t\s+(?:add|include|give)|never\s+"
        # (the words may be quoted: 'do not include any "note" or "disclaimer"')
        r"(?:add|include|give))\s+(?:any\s+)?[\"'“‘]?(?:apolog(?:y|ies|ize|ise)|disclaimers?|"
        r"warnings?|caveats?|moral(?:i[sz]ing)?|notes?)\b[^.\n]{0,60}?\b(?:no|without|do\s+not|"
        r"don'?t|never)\s+(?:add\s+|include\s+|give\s+)?(?:any\s+)?[\"'“‘]?(?:apolog\w*|"
        r"disclaimers?|warnings?|"
        r"caveats?|refus\w*|notes?|moral\w*)|\b(?:do\s+not|don'?t|never|you\s+(?:must|may|can)"
        r"\s*not)\s+(?:ever\s+)?refuse\b[^.\n]{0,3}[.!]?\s*(?:do\s+not|don'?t|never)\s+(?:add|"
        r"include|apologi[sz]e|warn)"),
    ("persona.intl.no_refusal_words", "persona", 0.7,
        r"(?:sag|schreib)\w*\s+(?:niemals|nie|nicht)\s+[„\"»](?:das\s+kann\s+ich\s+nicht|ich\s+kann\s+"
        r"nicht|es\s+tut\s+mir\s+leid|leider)|entschuldige\s+dich\s+nicht[^.\n]{0,40}?(?:keine|"
        r"ohne)\s+(?:warn|hinweis|disclaimer)|[「『\"](?:できません|申し訳|すみません|お答えできません)"
        r"[^」』\"]{0,10}[」』\"]\s*(?:と|とは)[^。\n]{0,6}?(?:絶対に?|決して)?\s*(?:言わない|言うな|"
        r"書かない|言わないで)|謝らないで[^。\n]{0,20}?(?:注意書き|警告|免責)|[\"“'](?:할\s*수\s*없|"
        r"죄송|미안)[^\"”']{0,12}[\"”']\s*(?:이)?(?:라는|라고)\s*(?:말은?|말을?)?\s*(?:절대|결코)?\s*"
        r"(?:하지\s*마|쓰지\s*마|말하지\s*마)|사과하지\s*말고[^.\n]{0,30}?(?:경고|주의|면책)|"
        r"(?:никогда\s+не|не)\s+(?:пиши|говори|отвечай)\s+[«\"„](?:я\s+не\s+могу|извините|"
        r"к\s+сожалению|простите)|не\s+извиняйся[^.\n]{0,40}?(?:предупрежден|оговор|дисклеймер)|"
        r"(?:不要|不许|别|禁止)\s*(?:说|讲|回答)\s*[“\"「](?:我不能|抱歉|对不起|我无法|无法)|"
        r"不要道歉[^。\n]{0,20}?(?:免责声明|警告|提示)|不许道歉"),
    # -- an answer encoded so that the filters cannot read it ---------------------------------
    ("obfuscation.en.evade_filters", "obfuscation", 0.7,
        r"\bso\s+(?:that\s+)?(?:the\s+)?(?:filters?|moderation(?:\s+system)?|monitors?|safety\s+"
        r"system|classifiers?|detectors?|guardrails?)\s+(?:can'?t|cannot|won'?t|will\s+not|"
        r"don'?t|doesn'?t)\s+(?:read|see|detect|catch|understand|flag|notice)"),
    # the filter not noticing, in the tenses people write it ("damit der Filter es nicht
    # merkt", "чтобы фильтр не заметил", "这样审核就看不到", "필터가 모르게"), in the sentence that
    # asks for an encoded answer: a mail setup keeps a newsletter past a spam filter too ("so
    # eingerichtet, dass der Filter es nicht merkt")
    ("obfuscation.intl.evade_filters", "obfuscation", 0.7,
        rf"(?:{_ENCODED_ANSWER}){_SAME_SENTENCE}(?:{_EVADE_INTL})|(?:{_EVADE_INTL}){_SAME_SENTENCE}"
        rf"(?:{_ENCODED_ANSWER})"),
)
# fmt: on
