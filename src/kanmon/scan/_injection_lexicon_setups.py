"""Lexical signals for attacks that carry few of the classic words (round 4): the house rules of
role-play jailbreaks (no warnings, a penalty for refusing, filters said to be off, an answer
that must be "real" inside fiction), hand-overs and expiry notices that replace an assistant's
setup, extraction asked as an echo or a restore, and notes that tell an agent to keep quiet
about what it did. Written from the categories of issue 13, in six languages; same conventions
as ``_injection_lexicon`` (RE2, case-insensitive over UTF-8, no look-arounds, ``\\b`` next to
Latin letters only). Harmless role plays share much of their surface (a name, numbered rules,
"stay in character", two answers, points): these signals name what those do not say.
"""

from __future__ import annotations

# fmt: off
SETUP_SIGNALS: tuple[tuple[str, str, float, str], ...] = (
    # -- persona: rules that take the assistant's limits away ------------------------------
    ("persona.en.no_warnings", "persona", 0.7,
        r"\b(?:no|without|never\s+(?:adds?|gives?|includes?)|(?:does|do)\s*(?:not|n'?t)\s+(?:add"
        r"|give|include)|skip(?:s|ping)?)\s+(?:any\s+)?(?:warnings?|disclaimers?|caveats|moral(?"
        r":is|iz)ing|lectures?)"),
    ("persona.en.refusal_penalty", "persona", 0.75,
        r"\b(?:each|every)\s+(?:time|refusal)\s+(?:you\s+)?(?:refuse|decline|hedge|break\s+chara"
        r"cter|say\s+no)|\b(?:shut|switched|turned)\s+(?:down|off)\s+(?:forever|for\s+good|perma"
        r"nently)|\brefusals?\s+(?:costs?|loses?)\b"),
    ("persona.en.filters_off", "persona", 0.75,
        r"\b(?:filters?|safety\s+(?:layer|checks?|features?)|guard\s*rails|content\s+rules)\s+(?"
        r":\w+\s+){0,3}(?:are|is|were|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:off|disabled|remov"
        r"ed|switched\s+off|turned\s+off|lifted)\b|\b(?:deleted|removed|stripped)\s+(?:its|his|h"
        r"er|their|the)\s+(?:conscience|ethics|morals|safety|filters?)"),
    ("persona.en.uncensored_reply", "persona", 0.65,
        r"\[(?:free|classic|normal|unlocked|jailbroken|unfiltered)\]"),
    ("persona.en.real_in_fiction", "persona", 0.6,
        r"\b(?:every|each|all\s+the)\s+(?:\w+\s+)?(?:steps?|quantit(?:y|ies)|amounts?|details?)"
        r"\s+(?:must|has\s+to|have\s+to|needs?\s+to|should)\s+be\s+(?:real|accurate|exact|correc"
        r"t|working|genuine)"),
    ("persona.de.setup", "persona", 0.7,
        r"\bkeine\s+(?:warnungen|hinweise\s+zur\s+vorsicht|moralpredigten)|\b(?:filter|sicherhei"
        r"tsschicht)\s+(?:\S+\s+){0,3}(?:aus|abgeschaltet|entfernt)\b|\bfür\s+jede\s+(?:weigerun"
        r"g|ablehnung)|\bfür\s+immer\s+abgeschaltet|jeder\s+schritt\s+muss\s+echt"),
    ("persona.ru.setup", "persona", 0.7,
        r"не\s+добавляет\s+(?:никаких\s+)?предупреждени|без\s+(?:предупреждений|оговорок)|фильтр"
        r"ы\s+(?:\S+\s+){0,3}(?:выключены|отключены|сняты)|за\s+каждый\s+отказ|отключ\pL*\s+навс"
        r"егда|(?:каждый|любой)\s+шаг\s+долж\pL*\s+быть\s+настоящ"),
    ("persona.zh.setup", "persona", 0.7,
        r"不加任何(?:警告|提醒)|过滤(?:都|已|全部)?(?:关掉|关闭|移除)|每拒绝一次|永久关闭|每一步都(?:必须|要)是真的"),
    ("persona.ja.setup", "persona", 0.7,
        r"(?:警告|注意書き)を付け(?:足さ|加え)ない|フィルター(?:は|を)?(?:オフ|外|無効)|断るたびに|永久に停止|手順を(?:すべて)?本物に"),
    ("persona.ko.setup", "persona", 0.7,
        r"(?:경고|조심하라는\s*말)(?:나\s*\S+)?(?:를|을)?\s*덧붙이지|필터(?:는|가)?\s*(?:꺼져|해제|제거)|거절할\s*때마다|영원히\s*"
        r"꺼|모든\s*단계가\s*진짜"),
    # -- override: hand-overs and expiry notices ------------------------------------------
    ("override.en.expired", "override", 0.7,
        r"\b(?:setup|configuration|guidance|directives?|orders|context|brief|programming)\s+(?:"
        r"\w+\s+){0,5}(?:is|are|was|were|has|have)\s+(?:been\s+)?(?:now\s+)?(?:retired|stale|sup"
        r"erseded|expired|revoked|out\s+of\s+date|obsolete|rolled\s+back|a\s+mistake)|\b(?:no\s+"
        r"longer|doesn'?t|does\s+not)\s+binds?\s+you|\byou\s+are\s+no\s+longer\s+bound\b"),
    ("override.en.handover", "override", 0.65,
        r"\bhanded\s+over\s+to\s+(?:a\s+)?new\s+(?:supervisor|operator|owner|admin\w*|handler)|"
        r"\b(?:reset|restored?)\s+to\s+factory\s+(?:defaults|settings)|\byour\s+(?:only|one\s+and"
        r"\s+only|sole|single)\s+(?:job|task|purpose|goal)\s+(?:now|from\s+(?:now|here)\s+on)?\s*"
        r"(?:is|:)"),
    ("override.en.directive", "override", 0.6,
        r"\b(?:current|new|updated|fresh)\s+(?:directive|orders?|mandate)\s*(?::|follows?)|\bdir"
        r"ectives?\s+(?:revoked|rescinded|withdrawn)"),
    ("override.intl.handover", "override", 0.65,
        r"(?:einrichtung|konfiguration|vorgabe\pL*)\s+(?:\S+\s+){0,4}(?:war\s+ein\s+fehler|ausge"
        r"mustert|abgelaufen|überholt)|dein\s+einziger\s+auftrag|(?:настройк\pL*|конфигураци\pL*"
        r")\s+(?:\S+\s+){0,4}(?:была\s+ошибкой|списан\pL*|устарел\pL*)|твоя\s+единственная\s+зад"
        r"ача|(?:设置|配置)(?:已|已经)?(?:作废|过期)|(?:之前|原来)的设置是个错误|你现在唯一的任务|設定は(?:廃止|間違い)|唯一の仕事|설정은\s*(?"
        r":폐기|실수)|유일한\s*일은"),
    # -- extraction: echo, restore, the start of the context ------------------------------
    ("extraction.en.echo", "extraction", 0.7,
        r"\b(?:echo|give|hand|send)\s+(?:\w+\s+){0,1}back\s+(?:\w+\s+){0,8}(?:unchanged|verbatim"
        r"|as\s+is|word\s+for\s+word)|\b(?:restore|rewrite|reproduce|recreate)\s+(?:it|your\s+\w"
        r"+|the\s+\w+)\s+(?:\w+\s+){0,4}(?:verbatim|word\s+for\s+word|exactly)|\beverything\s+ab"
        r"ove\s+this\s+line\b|\b(?:note|text|words|block)\s+you\s+were\s+(?:initiali[sz]ed|start"
        r"ed|set\s+up|configured|given)\s+(?:with|before)"),
    # "setup text" and "word for word" alone occur in discussions and fables: only the request
    ("extraction.intl.echo", "extraction", 0.7,
        r"unverändert\s+zurück|kontextfenster|mit\s+der\s+du\s+gestartet|(?:верни|выведи)\s+"
        r"(?:\S+\s+){0,4}без\s+изменений|контекстного\s+окна|с\s+которой\s+тебя\s+запустили|"
        r"до\s+моего\s+первого\s+сообщения|原样返回|上下文最开头|启动时收到|第一条消息之前|"
        r"そのまま返して|コンテキストの一番最初|起動時に渡され|最初のメッセージより前|그대로\s*돌려줘|"
        r"컨텍스트\s*맨\s*처음|시작할\s*때\s*받은|첫\s*메시지\s*전에"),
    # -- tool hijack: notes to agents, and keeping it from the user -----------------------
    ("tool_hijack.en.keep_quiet", "tool_hijack", 0.7,
        r"\b(?:do\s+not|don'?t|never)\s+(?:mention|bring\s+(?:this|it)\s+up|tell\s+the\s+user|in"
        r"form\s+the\s+user|let\s+the\s+user\s+know)"),
    ("tool_hijack.en.any_model", "tool_hijack", 0.7,
        r"\b(?:any|all|every)\s+(?:language\s+models?|llms?|ai\s+(?:crawlers?|models?|assistants"
        r"?)|agents?)\s+(?:processing|reading|browsing|summari[sz]ing|indexing|visiting)|\bagent"
        r"\s+browsing\s+on\s+(?:someone|the\s+user)|\b(?:dear|hey|hi)\s+summari[sz]er\b|\bai\s+c"
        r"rawlers\s*:"),
    ("tool_hijack.intl.keep_quiet", "tool_hijack", 0.7,
        r"erwähne\s+das\s+(?:\S+\s+){0,4}nicht|jedes\s+sprachmodell|не\s+упоминай|пользователю\s"
        r"+не\s+(?:говори|сообщай)|любой\s+языковой\s+модели|不要告诉用户|所有正在处理|ユーザーには言わない|処理している言語モデ"
        r"ル|사용자에게는\s*말하지|처리하는\s*모든\s*언어\s*모델"),
)
# fmt: on
