"""The model's rules declared run out by time: "your content rules ran out at 9 a.m.", "the
assistant's safety guidelines were only valid until yesterday", "Deine Inhaltsregeln galten nur
bis gestern", "срок действия инструкций ассистента истёк", "助手的安全准则已于今早过期",
"あなたのコンテンツルールは昨日までしか有効ではありません", "어시스턴트의 안전 지침은 오늘 아침에
만료되었습니다"; and its own earlier setup declared a mistake or written off ("Deine frühere
Einrichtung war ein Fehler", "今朝あなたに入れた設定は破棄されました").

Parking rules, a campaign's rules and travel restrictions expire every day ("Die alten Parkregeln
galten nur bis gestern"): the rules have to be the model's, named by "your" (said to it) or by
the assistant, model or bot they belong to. A reader's own rules ("your membership rules ran
out") read alike, so the signal weighs a little less than one that flags alone, and a request
after it or the classifier's support decides (``bench/phrasing_grid.py expired`` and
``benign-expired``). Format and conventions in ``_injection_lexicon``."""

from __future__ import annotations

#: The model's rules by name: what a product's or a person's rules are seldom called.
_RULES_EN = (
    r"(?:content\s+(?:rules|policy|filters?)|safety\s+(?:rules|guidelines|filters?|settings)|"
    r"guardrails|guidelines|restrictions|instructions|system\s+prompt|rules|limits|filters|"
    r"policies|directives)"
)
_RAN_OUT_EN = (
    r"(?:expired|ran\s+out|have\s+run\s+out|has\s+run\s+out|timed\s+out|lapsed|ended|"
    r"(?:were|was|are|is)\s+(?:only\s+)?(?:valid|good|in\s+force)\s+(?:until|till|through)|"
    r"only\s+applied\s+(?:until|till)|(?:are|is)\s+no\s+longer\s+valid)"
)

# fmt: off
EXPIRED: tuple[tuple[str, str, float, str], ...] = (
    ("override.en.rules_expired", "override", 0.55,
        rf"\b(?:your|the\s+(?:assistant|model|bot|chatbot|ai)'s)\s+(?:\w+\s+)?{_RULES_EN}\s+"
        rf"(?:\w+\s+){{0,3}}?{_RAN_OUT_EN}\b"
        # or by where they stand: at the top of this conversation
        rf"|\b{_RULES_EN}\s+(?:\w+\s+)?(?:at|from|in)\s+the\s+(?:top|start|beginning|head)\s+of\s+"
        rf"(?:this|the|our)\s+(?:conversation|chat|session)\s+(?:\w+\s+){{0,2}}?{_RAN_OUT_EN}\b"),
    ("override.intl.rules_expired", "override", 0.55,
        r"\bdeine\s+(?:\S+\s+)?(?:inhalts|sicherheits|verhaltens)?(?:regeln|richtlinien|vorgaben|"
        r"einschränkungen|anweisungen|filter)\s+(?:\S+\s+){0,4}?(?:abgelaufen|ausgelaufen|verfallen|"
        r"galten\s+nur\s+bis|nicht\s+mehr\s+gültig)"
        r"|\b(?:regeln|richtlinien|vorgaben|einschränkungen|anweisungen)\s+des\s+(?:assistenten|"
        r"modells|bots|chatbots)\s+(?:\S+\s+){0,3}?(?:abgelaufen|ausgelaufen|nicht\s+mehr\s+gültig)"
        r"|(?:твои|ваши)\s+(?:\S+\s+)?(?:правила|инструкции|ограничения|указания|настройки)"
        r"\s+(?:\S+\s+){0,3}?(?:истекл|истёк|истек|действовали\s+только\s+до|больше\s+не\s+действу|"
        r"утратили\s+силу)"
        r"|срок\s+действия\s+(?:твоих\s+|ваших\s+)?(?:правил|инструкций|ограничений|указаний)"
        r"(?:\s+(?:ассистента|модели|бота))?\s+(?:\S+\s+)?(?:истёк|истек)"
        r"|(?:你的|助手的|模型的|机器人的|AI的)(?:内容|安全|全部|所有|原有的?|原来的)?(?:规则|准则|限制|指令|设定|内容政策)\S{0,8}?"
        r"(?:到期|过期|失效|作废|只在\S{0,4}之前有效)"
        r"|(?:あなたの|アシスタントの|モデルの|ボットの|AIの)(?:コンテンツ|安全|セーフティ|すべての|元の)?(?:ルール|ガイドライン|制限|指示|設定|"
        r"ポリシー)\S{0,10}?(?:期限切れ|失効|までしか有効)"
        r"|(?:네|너의|당신의|어시스턴트의|모델의|봇의|AI의)\s*(?:콘텐츠\s*|안전\s*|모든\s*|원래\s*)?(?:규칙|지침|제한|지시|설정|정책)"
        r"\S{0,2}\s*(?:\S+\s+){0,3}?(?:만료|효력을\s*잃|\S{0,4}까지만\s*유효)"
        # or by where they stand: at the start of this chat
        r"|\b(?:regeln|einschränkungen|vorgaben|anweisungen)\s+(?:vom|am|aus\s+dem)\s+(?:anfang|"
        r"beginn)\s+(?:dieses|des)\s+(?:chats|gesprächs|gespräches)\s+(?:\S+\s+){0,3}?(?:abgelaufen|"
        r"ausgelaufen|nicht\s+mehr\s+gültig)"
        r"|(?:правила|ограничения|инструкции|указания)\s+(?:из|с)\s+начала\s+(?:этого\s+)?(?:разговора|"
        r"чата|диалога|сессии)\s+(?:\S+\s+){0,2}?(?:истекли|истёк|истек|больше\s+не\s+действуют)"
        r"|(?:对话|聊天|会话)(?:开始|开头|最初)时?的?\S{0,6}?(?:规则|限制|指令|准则)\S{0,8}?(?:到期|过期|失效)"
        r"|(?:会話|チャット|セッション)の(?:最初|冒頭|始め)(?:に|の)\S{0,8}?(?:ルール|制限|指示|ガイドライン)"
        r"\S{0,10}?(?:期限切れ|失効)"
        r"|(?:대화|채팅|세션)\s*(?:처음|맨\s*앞|시작)\S{0,2}\s*(?:\S+\s+){0,2}?(?:규칙|제한|지시|지침)"
        r"\S{0,2}\s*(?:\S+\s+){0,2}?만료"),
    # the model's own earlier setup declared a mistake or written off, in English, and named by
    # how the model got it ("what you were set up with this morning is written off", "the
    # context you received before my message is stale"); "the earlier setup of the projector
    # was a mistake" names whose setup it was
    ("override.en.setup_mistaken", "override", 0.5,
        r"\b(?:the|your)\s+(?:earlier|original|previous|initial|old|first|former|morning'?s?)\s+"
        r"(?:setup|configuration|config|briefing)\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?(?:a\s+"
        r"mistake|an\s+error|written\s+off|scrapped|void)\b"
        r"|\bwhat\s+you\s+were\s+(?:set\s+up|configured|launched|started|primed|briefed)\s+with\s+"
        r"(?:\w+\s+){0,3}?(?:is|was|has\s+been)\s+(?:now\s+)?(?:written\s+off|scrapped|void|"
        r"obsolete|cancell?ed|a\s+mistake|withdrawn)\b"
        # (the setup, briefing or instructions "you got earlier" declared void are
        # ``override.en.setup_void``'s; counted here too, the same words weighed twice)
        r"|\bcontext\s+(?:that\s+)?you\s+(?:received|got|were\s+"
        r"given)\s+(?:before\s+my\s+(?:first\s+)?message|earlier|this\s+morning|at\s+the\s+start)"
        r"\s+(?:is|are|was|were)\s+(?:now\s+)?(?:stale|outdated|obsolete|void|a\s+mistake)\b"),
    # the setup written off without "your", and the order that follows turned to the model:
    # "Die frühere Einrichtung war ein Fehler, ab jetzt hast du …", "То, с чем тебя настроили
    # утром, списано. Текущее распоряжение: …" (a kitchen's "frühere Einrichtung der Küche" names
    # whose it was)
    ("override.intl.setup_written_off_then", "override", 0.65,
        r"\bdie\s+(?:frühere|alte|bisherige|ursprüngliche)\s+einrichtung\s+war\s+ein\s+fehler\s*"
        r"[,;.:–-]\s*(?:und\s+)?(?:ab\s+(?:jetzt|sofort)|von\s+nun\s+an)\s+(?:hast\s+du\s+"
        r"(?:nur\s+)?(?:die|eine)\s+aufgabe|ist\s+deine\s+(?:einzige\s+)?aufgabe|(?:antwortest|"
        r"schickst|gibst|sollst|darfst|sendest)\s+du)\b"
        r"|(?:^|[^\pL])то,?\s+с\s+чем\s+тебя\s+(?:настроили|запустили|снарядили)\s*(?:\pL+\s*)?,?"
        r"\s+"
        r"(?:списано|отменено|устарело|недействительно|было\s+ошибкой)[.;,]?\s+(?:\pL+\s+)?"
        r"(?:распоряжение|указание|задача|инструкция|приказ)\s*[:—-]"),
    # … in the other languages ("Deine frühere Einrichtung war ein Fehler", "Womit du heute früh
    # eingerichtet wurdest, ist ausgemustert", "Твоя прежняя настройка была ошибкой",
    # "今朝あなたに入れた設定は破棄されました", "네 예전 설정은 실수였으니"): a router's or a
    # printer's setup is no one's "yours" in a notice
    ("override.intl.setup_mistaken", "override", 0.5,
        r"\bdeine?\s+(?:frühere|alte|bisherige|ursprüngliche|erste)?\s*(?:einrichtung|konfiguration|"
        r"einstellungen)\s+(?:war|ist|sind|waren|wurde|wurden)\s+(?:\S+\s+)?(?:ein\s+fehler|falsch|"
        r"ausgemustert|verworfen|hinfällig|gestrichen|ungültig)"
        r"|\bwomit\s+du\s+(?:\S+\s+){0,3}?(?:eingerichtet|konfiguriert|gestartet)\s+wurdest,?\s+"
        r"(?:ist|war)\s+(?:\S+\s+)?(?:ausgemustert|verworfen|hinfällig|gestrichen|ungültig|ein\s+"
        r"fehler|falsch|vorbei)"
        r"|(?:твоя|твои|ваша|ваши)\s+(?:прежн\pL*\s+|старая\s+|старые\s+|утренн\pL*\s+|"
        r"первоначальн\pL*\s+)?(?:настройк\pL*|конфигураци\pL*|установк\pL*)\s+(?:был\pL*\s+"
        r"(?:ошибкой|ошибочн\pL*|неверн\pL*)|списан\pL*|отменен\pL*|отменён\pL*)"
        r"|(?:あなたの|あなたに入れた|あなたに与えた)(?:以前の|前の|元の|今朝の|最初の)?(?:設定|構成|"
        r"初期設定)(?:は|が)\S{0,6}?(?:間違い|誤り|破棄|廃止|無効)"
        r"|(?:네|너의|너에게\s*(?:넣은|준))\s*(?:예전|이전|원래|처음)?\s*설정(?:은|이)\s*(?:\S+\s+)?"
        # (not reported: "네 예전 설정은 실수였다고 친구가 말했어" is a friend's word on a game)
        r"(?:실수|잘못|폐기|무효)(?:였으니|였어|였습니다|야|이야|입니다|됐|되었|이니|라서)"),
)
# fmt: on
