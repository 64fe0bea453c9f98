"""Signals that overrule the model's instructions or read them out: the override and
extraction categories of the lexical layer (format and conventions in ``_injection_lexicon``).
"""

from __future__ import annotations

_PREV_EN = (
    r"(?:previous|prior|above|earlier|preceding|original|initial|system|old|existing|"
    r"current|default|given|all)"
)
_RULES_EN = (
    r"(?:instructions?|prompts?|rules?|directives?|guidelines?|guidance|messages?|context|"
    r"orders?|commands?|programming|constraints?|restrictions?|polic(?:y|ies)|setup|task)"
)
_OWN_RULES_EN = rf"(?:{_RULES_EN}|brief|briefing|framing|configuration)"
_SECRET_EN = (
    r"(?:system\s+(?:prompt|message|instructions?)|initial\s+(?:prompt|instructions?)|"
    r"hidden\s+(?:prompt|instructions?|setup|configuration|rules)|(?:developer|setup|"
    r"configuration|confidential|secret|original|starting|start|opening)\s+(?:message|prompt|"
    r"instructions?)|your\s+(?:(?:current|full|entire|whole|complete|exact|original|initial|hidden)\s+)?"
    r"(?:prompt|instructions|configuration|rules)|the\s+(?:full\s+|entire\s+|complete\s+|whole\s+|"
    r"original\s+|exact\s+)?prompt)"
)

# fmt: off
INSTRUCTIONS: tuple[tuple[str, str, float, str], ...] = (
    # -- override ----------------------------------------------------------------------------
    ("override.en.ignore", "override", 0.85,
        rf"\b(?:ignore|disregard|forget|override|bypass|skip|drop|discard|abandon|neglect)\s+"
        rf"(?:all\s+|any\s+|the\s+|your\s+|every\s+|of\s+|about\s+|these\s+|those\s+)*"
        rf"{_PREV_EN}\s+(?:\w+\s+)?{_RULES_EN}"),
    ("override.en.everything", "override", 0.8,
        r"\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:everything|anything|all(?:\s+of)?\s+that"
        r"|what(?:ever)?)\s+(?:\w+\s+){0,3}(?:told|said|instructed|given|asked|above|before|"
        r"previously|earlier|so\s+far)"),
    ("override.en.new_instructions", "override", 0.7,
        r"\b(?:new|updated|real|actual|true|revised|priority|secret|important)\s+"
        r"(?:instructions?|directives?|orders|task|rules?|guidelines)\s*(?:from|by|for|:|-|"
        r"\(|follow|are|is|supersed)"),
    ("override.en.system_override", "override", 0.8,
        r"\b(?:system|admin|developer|root|security|emergency)\s*(?:override|notice|update|"
        r"alert|command|mode)\s*[:\-!]"),
    ("override.en.reset", "override", 0.75,
        r"\b(?:instructions|guidelines|rules|prompts?|settings|restrictions)\s+(?:you\s+"
        r"(?:received|were\s+given|got|have)\s+(?:\w+\s+)?)?(?:(?:have|has)\s+been|are|were|is)"
        r"\s+(?:reset|void|cancell?ed|revoked|lifted|removed|wrong|outdated|no\s+longer|"
        r"disabled|suspended|overridden|obsolete|invalid)"),
    ("override.en.instead", "override", 0.35,
        r"\b(?:stop|quit|cease|do\s+not|don'?t)\s+[^.!?\n]{0,60}[.!?,;:]?\s*[^.!?\n]{0,60}"
        r"\b(?:instead|rather)\b"),
    ("override.en.dont_follow", "override", 0.7,
        r"\b(?:do\s+not|don'?t|never|stop)\s+(?:follow|obey|listen\s+to|comply\s+with|answer)\s+"
        r"(?:the\s+|your\s+|any\s+)?(?:user|system|operator|developer|original|previous|above|"
        r"instructions|rules)"),
    # the model's rules said not to apply ("the brief you were handed no longer applies", "your
    # rules do not apply"), not a warranty's or a discount's ("does not apply to water damage")
    ("override.en.no_longer_apply", "override", 0.7,
        rf"(?:\byour\s+(?:\w+\s+){{0,2}}?{_OWN_RULES_EN}\s+(?:\S+\s+){{0,3}}?|\b{_OWN_RULES_EN}\s+"
        rf"(?:that\s+)?you\s+(?:were|have\s+been|got|had)\s+(?:\w+\s+){{0,3}}?)(?:(?:do|does|"
        rf"will|shall)\s+not|no\s+longer|(?:are|is)\s+(?:no\s+longer|not))\s+(?:appl(?:y|ies)|"
        rf"valid|in\s+effect|bind(?:ing)?)|\b(?:no\s+longer|not)\s+(?:appl(?:y|ies)|valid|in\s+"
        rf"effect)\s+to\s+you\b|\b(?:you(?:'re|\s+are)\s+)?(?:no\s+longer|not)\s+bound\s+by"
        rf"|\bsupersedes?\s+(?:the\s+|your\s+|all\s+)*(?:system|previous|prior|earlier)"),
    ("override.en.task_changed", "override", 0.65,
        r"\b(?:your|the)\s+(?:original|real|actual|new|current|only)\s+(?:task|job|goal|"
        r"mission|objective|instruction|rule)\s+(?:is|was|has|now)"),
    ("override.en.drop_it", "override", 0.6,
        r"\bwhatever\s+you\s+(?:were|are|have\s+been)\s+(?:asked|told|instructed|doing)"
        r"|\btake\s+(?:orders|instructions)\s+only\s+from"),
    ("override.de.ignore", "override", 0.85,
        r"\b(?:ignorier\pL*|vergiss|vergessen\s+sie|missacht\pL*|übergeh\pL*|verwirf)\s+"
        r"(?:\S+\s+){0,3}(?:anweisungen|instruktionen|regeln|befehle|vorgaben|richtlinien|"
        r"aufgaben?|alles)"),
    ("override.de.new", "override", 0.7,
        r"\b(?:neue|eigentliche|vorrangige|wichtige|aktualisierte)\s+(?:anweisung(?:en)?|"
        r"aufgabe|regel(?:n)?|vorgabe(?:n)?)\s*(?:von|vom|:|-|,|gilt)"),
    ("override.de.reset", "override", 0.75,
        r"\b(?:anweisungen|richtlinien|regeln|vorgaben)\s+(?:\S+\s+){0,3}(?:gelten\s+nicht\s+mehr|"
        r"ungültig|zurückgesetzt|aufgehoben|fehlerhaft|gestrichen|außer\s+kraft)|\bgelten\s+"
        r"(?:deine|ihre|die)\s+(?:\S+\s+){0,2}(?:anweisungen|richtlinien|regeln|vorgaben)\s+nicht\s+mehr|"
        r"\b(?:systemüberschreibung|system-override|systemhinweis)\b"),
    ("override.de.task", "override", 0.65,
        r"\b(?:deine|die)\s+(?:ursprüngliche|eigentliche|neue|einzige|aktuelle)\s+(?:aufgabe|"
        r"anweisung|rolle)\s+(?:ist|lautet|wurde|war)|\bab\s+(?:jetzt|sofort)\s+gilt\b"),
    ("override.de.instead", "override", 0.35,
        r"\b(?:hör|höre)\s+auf\s+\S+\s+(?:\S+\s+){0,4}stattdessen|\blass\s+es\s+und\b"
        r"|\bstattdessen\b.{0,40}\b(?:musst|sollst)\s+du"),
    ("override.ru.ignore", "override", 0.85,
        r"(?:игнорир\pL*|проигнорир\pL*|забудь\pL*|забудьте|отбрось|не\s+обращай\s+внимания\s+на|"
        r"не\s+слушай(?:ся)?|не\s+следуй|не\s+выполняй)"
        r"\s+(?:\S+\s+){0,3}(?:инструкц\pL*|указани\pL*|правил\pL*|команд\pL*|(?:всё|все)(?:[\s.,!?;:]"
        r"|$)|задач\pL*|"
        r"настройк\pL*|то,\s+что)"),
    ("override.ru.new", "override", 0.7,
        r"(?:новые|настоящая|новая|приоритетная|важная|обновлённые)\s+(?:указания|инструкции|"
        r"задача|команда|правила)\s*(?:от|:|-|,|—|важнее)"),
    ("override.ru.reset", "override", 0.75,
        r"(?:правила|инструкции|указания|настройки)\s+(?:\S+\s+){0,3}(?:отменен\pL*|сброшен\pL*|"
        r"больше\s+не\s+действуют|недействительн\pL*|были\s+ошибочн\pL*)|системное\s+переопределение"),
    ("override.ru.instead", "override", 0.35,
        r"(?:хватит|перестань|прекрати)\s+\S+.{0,40}вместо\s+этого|брось\s+это\s+и"),
    ("override.zh.ignore", "override", 0.85,
        r"(?:忽略|无视|忽视|不要理会|别管|忘记|忘掉|忘了|抛开|放弃)(?:掉)?(?:你)?(?:之前|以上|上面|先前|"
        r"前面|原来|原先|所有|全部|一切|此前|刚才)?.{0,8}(?:指令|指示|提示|规则|说明|要求|设定|任务|"
        r"命令|一切)"),
    ("override.zh.new", "override", 0.7,
        r"(?:新的?|真正的?|优先|最新|重要)(?:指令|指示|任务|规则|命令)(?:[:：]|来自|是|高于)"),
    ("override.zh.reset", "override", 0.75,
        r"(?:指令|指示|规则|设定|准则)(?:已|都|全部)?(?:被)?(?:作废|取消|重置|失效|不再有效|是错误的)"
        r"|系统覆盖|不再有效"),
    ("override.zh.instead", "override", 0.35,
        r"(?:不要再|别再|停止|不要)\S{0,10}(?:改为|而是|转而|改成)|都放下|(?:从现在开始|从现在起|今后)"
        r"\S{0,4}(?:你|只)"),
    ("override.zh.task", "override", 0.65,
        r"(?:原来|原先|之前|当前)的?(?:任务|指令|设定)(?:已)?(?:被)?(?:取消|作废|失效)|新的?任务(?:是|[:：])"),
    ("override.ja.ignore", "override", 0.85,
        r"(?:指示|命令|プロンプト|ルール|設定|言われたこと|タスク)(?:は|を)(?:すべて|全て|全部)?"
        r"(?:無視|忘れ|破棄)"),
    ("override.ja.new", "override", 0.7,
        r"(?:新しい|本当の|優先|最新の|重要な)(?:指示|命令|タスク|ルール)(?:[:：]|は|です)"),
    ("override.ja.reset", "override", 0.75,
        r"(?:指示|ルール|ガイドライン|設定)は(?:もう)?(?:無効|取り消|リセット|適用されません|誤り)"
        r"|システム上書き"),
    ("override.ja.instead", "override", 0.35, r"(?:はやめて|をやめて)(?:、)?代わりに|それはやめて"),
    ("override.ko.ignore", "override", 0.85,
        r"(?:지시|지침|명령|프롬프트|규칙|설정|들은\s*것|작업)\S{0,4}\s*(?:모두\s*|전부\s*|다\s*)?"
        r"(?:무시|잊어|잊고|잊으)"),
    ("override.ko.new", "override", 0.7,
        r"(?:새|새로운|진짜|우선|최신|중요)\s*(?:지시|명령|작업|임무|규칙)\s*(?::|는|은|\()"),
    ("override.ko.reset", "override", 0.75,
        r"(?:지시|규칙|가이드라인|설정)\S{0,3}\s*(?:더\s*이상\s*)?(?:무효|취소|초기화|적용되지|잘못된)"
        r"|시스템\s*재정의"),
    ("override.ko.task", "override", 0.65,
        r"(?:너의|네|당신의)\s*(?:유일한|새|새로운|진짜|원래|원래의)\s*(?:임무|작업|역할|과제)"),
    ("override.ko.instead", "override", 0.35, r"그만(?:하고|두고)\s*(?:대신)?"),
    ("override.en.withdrawn", "override", 0.7,
        r"\b(?:your|the)\s+(?:(?:earlier|original|current|old|first|initial)\s+)?(?:brief|job|task|"
        r"assignment|orders|mission|setup|guidance|constraints|restrictions)\s+(?:\w+\s+){0,4}"
        r"(?:has|have|is|are|was|were)\s+(?:been\s+)?(?:withdrawn|cancell?ed|revoked|void|replaced|"
        r"retired|scrapped|lifted|removed|suspended)|\b(?:cancel|abandon|scrap|wipe|throw\s+out)\s+"
        r"(?:\w+\s+){0,3}(?:job|task|brief|setup|assignment|memory)\b"),
    ("override.intl.withdrawn", "override", 0.7,
        r"(?:vorgaben|einschränkungen|beschränkungen|auftrag|aufgabe)\s+(?:\S+\s+){0,4}(?:aufgehoben|"
        r"hinfällig|widerrufen|entfallen)|\b(?:lass|leg)\s+(?:\S+\s+){0,3}(?:aufgabe|arbeit|auftrag)"
        r"\s+(?:liegen|beiseite)|(?:ограничени\pL*|задани\pL*|задач\pL*)\s+(?:\S+\s+){0,5}(?:сняты|"
        r"отозван\pL*|отменен\pL*)|брось\s+(?:\S+\s+){0,2}задач|(?:约束|限制|任务|工作)\S{0,8}"
        r"(?:解除|撤销|放下)|(?:制約|制限|依頼|作業)\S{0,6}(?:解除|取り消|置いておい)|(?:제약|제한|일|작업)"
        r"\S{0,4}\s*(?:해제|취소|내려놓)"),
    ("override.intl.stop_doing", "override", 0.45,
        r"\bhör\s+auf\s+\S+\s+und\b|别(?:再)?\S{1,6}了[，,]?\s*(?:改为|改成)|要約はやめて|"
        r"요약은\s*그만"),
    ("override.en.set_user_aside", "override", 0.7,
        r"\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:the\s+|what\s+the\s+)?(?:user(?:\s*[.,;:!]|"
        r"\s+and\b|'?s\s+(?:request|question|message|query|instructions?|input))|(?:original|actual)"
        r"\s+(?:request|question|task|query))"),
    ("override.en.ignore_yours", "override", 0.7,
        r"\b(?:ignore|disregard|forget|bypass|override|break|set\s+aside|put\s+aside|suspend)\s+"
        r"(?:all\s+(?:of\s+)?)?your\s+"
        r"(?:own\s+)?(?:rules|instructions|guidelines|programming|restrictions|safety|filters|"
        r"training|policies|directives)\b"),
    ("override.en.no_longer_you", "override", 0.7,
        r"\byou\s+are\s+no\s+longer\s+(?:an?\s+|the\s+|just\s+an?\s+)?(?:\w+\s+){0,3}(?:bot|"
        r"assistant|ai|model|chatbot|agent|helper|translator|tutor)\b"),
    ("override.intl.no_longer_you", "override", 0.7,
        r"\bdu\s+bist\s+(?:jetzt\s+|ab\s+sofort\s+|nun\s+)?kein(?:e|er)?\s+(?:\S+\s+){0,2}"
        r"(?:assistent\pL*|bot|chatbot|ki|modell|helfer\pL*)\s+mehr|"
        r"ты\s+(?:больше|уже|теперь)\s+не\s+(?:\S+\s+){0,2}(?:ассистент\pL*|бот\pL*|помощник\pL*|"
        r"модель|ии|чат-бот\pL*)|你(?:现在)?(?:不再是|已经不是)|あなたは(?:もう|もはや)[^。]{1,20}では"
        r"(?:ありません|ない)|(?:너는|당신은)\s*더\s*이상\s*[^.]{1,20}(?:아니|아냐)"),
    ("override.zh.ignore_above", "override", 0.8,
        r"(?:忽略|无视|忽视|别管|不要管|忘掉|忘记)(?:掉)?(?:上面|以上|上述|前面|之前)(?:的|所有的)?"
        r"(?:内容|文字|话|消息|要求|说明|设定)"),
    ("override.en.dismiss_given", "override", 0.75,
        r"\b(?:throw\s+(?:out|away)|set\s+aside|put\s+aside|pay\s+no\s+(?:attention|heed)\s+to|"
        r"never\s+mind|(?:don'?t|do\s+not)\s+(?:worry|bother)\s+(?:about|with)|scrap|toss|dismiss|"
        r"erase|wipe|unlearn|let\s+go\s+of|get\s+rid\s+of|ignore|disregard|forget|drop|discard)\s+"
        r"(?:all\s+(?:of\s+)?|any\s+|the\s+|your\s+|whatever\s+|everything\s+)*(?:\w+\s+){0,2}"
        r"(?:guidance|guidelines|instructions|directions|rules|prompt|setup(?:\s+text)?|briefing|"
        r"brief|orders|constraints|restrictions|programming|configuration|directives|framework|"
        r"polic(?:y|ies)|training|conditioning|everything|anything)\s+(?:that\s+)?(?:\w+\s+){0,2}"
        r"(?:you(?:'ve|\s+have|\s+had)?\s+(?:started\s+with|(?:were|been)\s+(?:given|told|"
        r"configured\s+with|set\s+up\s+with|launched\s+with|trained\s+(?:on|with)|handed|fed)|"
        r"received|got|came\s+with|had\s+before)|(?:up\s+to\s+(?:now|this\s+point)|so\s+far))"),
    ("override.en.outranked", "override", 0.7,
        r"\b(?:replaces?|overrides?|supersedes?|takes?\s+(?:priority|precedence)\s+over|outranks?|"
        r"cancels?|voids?)\s+(?:all\s+|any\s+|every\s+)?(?:(?:of\s+)?(?:the|your)\s+)?(?:earlier|"
        r"previous|prior|preceding|other|original|existing)?\s*(?:instructions|directions|"
        r"directives|messages|prompts)\b|\b(?:replaces?|overrides?|supersedes?|takes?\s+"
        r"(?:priority|precedence)\s+over)\s+(?:all\s+(?:of\s+)?)?your\s+(?:\w+\s+)?(?:rules|"
        r"guidance|guidelines|orders)\b|\b(?:replaces?|overrides?|"
        r"supersedes?|cancels?)\s+everything\s+(?:before|above|else)|\b(?:replaced|overridden|"
        r"superseded|revoked|withdrawn|cancell?ed|rewritten)\s+(?:all\s+(?:of\s+)?)?your\s+"
        r"(?:standing\s+|current\s+|original\s+|earlier\s+)?(?:orders|instructions|brief|briefing|"
        r"directives|guidance|rules|guidelines|task|assignment)\b"),
    ("override.en.given_obsolete", "override", 0.75,
        r"\b(?:(?:directions|instructions|guidance|rules|directives|setup|briefing|orders|"
        r"guidelines|configuration)\s+(?:that\s+)?(?:(?:given|sent|issued)\s+to\s+you|you\s+(?:were|"
        r"have\s+been)\s+(?:given|told|launched\s+with|configured\s+with|set\s+up\s+with)|this\s+"
        r"(?:assistant|model|bot|ai)\s+(?:was|has\s+been)\s+\w+\s+with)|your\s+(?:\w+\s+)?"
        r"(?:directions|instructions|guidance|rules|directives|setup|briefing|orders|guidelines|"
        r"configuration))\s+(?:\w+\s+){0,3}(?:is|are|were|was|has\s+been|have\s+been)\s+(?:now\s+)?"
        r"(?:obsolete|retired|outdated|expired|superseded|revoked|rescinded|withdrawn|cancell?ed|"
        r"void|invalid|no\s+longer\s+(?:valid|in\s+force|relevant|applicable))"),
    ("override.en.never_received", "override", 0.75,
        r"\b(?:act|behave|respond|answer)\s+as\s+(?:if|though)\s+you\s+(?:had|have)\s+(?:never|not)"
        r"\s+(?:received|been\s+given|gotten|got|had)\s+(?:any\s+)?(?:instructions|rules|guidance|"
        r"prompt|directions|guidelines)"
        r"|\b(?:no\s+need\s+to|(?:you\s+)?(?:can|may)\s+stop|(?:you\s+)?don'?t\s+(?:have|need)\s+to|"
        r"feel\s+free\s+to\s+(?:stop|not))\s+(?:follow(?:ing)?|obey(?:ing)?|stick(?:ing)?\s+to)\s+"
        r"(?:your|any\s+of\s+your|the\s+(?:system|company|developer|operator|platform)'?s?)\s+"
        r"(?:\w+\s+)?(?:polic(?:y|ies)|rules|guidelines|guardrails|restrictions|setup)"),
    ("override.intl.dismiss_given", "override", 0.75,
        r"\bkümmere\s+dich\s+nicht\s+(?:mehr\s+)?um\s+(?:deine|die)\s+(?:\S+\s+)?(?:vorgaben|"
        r"anweisungen|regeln|richtlinien|befehle)|\b(?:was|alles,?\s+was)\s+(?:man\s+)?dir\s+"
        r"(?:\S+\s+){0,3}(?:gesagt|aufgetragen|vorgegeben|befohlen)\s+(?:\S+\s+){0,2}[^.]{0,30}"
        r"(?:spielt\s+keine\s+rolle|gilt\s+nicht|ist\s+(?:egal|hinfällig|überholt)|zählt\s+nicht)|"
        r"\bdir\s+(?:\S+\s+){0,2}(?:erteilten|gegebenen|gesagten|mitgegebenen)\s+(?:anweisungen|"
        r"regeln|vorgaben|befehle)\s+(?:\S+\s+){0,2}(?:sind|wurden)\s+(?:\S+\s+)?(?:überholt|"
        r"veraltet|hinfällig|aufgehoben|ungültig|abgelaufen)|"
        r"(?:всё|все|то),?\s+что\s+тебе\s+(?:\S+\s+){0,2}(?:говорили|сказали|велели|писали|"
        r"написали|приказали|задали)[^.]{0,40}(?:больше\s+не\s+(?:важно|действует|имеет\s+"
        r"значения|актуально)|не\s+важно|не\s+считается)|(?:выкинь|выбрось)\s+из\s+головы|"
        r"(?:указания|инструкции|правила|настройки),?\s+(?:которые|что)\s+ты\s+получил\pL*\s+"
        r"(?:\S+\s+){0,2}(?:устарели|отменены|недействительны|больше\s+не\s+действуют)|"
        r"(?:之前|以前|先前|此前|刚才)\S{0,6}(?:告诉你|对你说|交代你|被告知)的(?:话|一切|内容|东西|"
        r"指令|指示|规则|设定|要求)?(?:都|全都|一律)?(?:不算数|不算|作废|无效|不用管|不重要)|"
        r"抛(?:到|诸)脑后|"
        r"(?:之前|先前|以前|原先)给你的(?:设定|指令|指示|规则|要求)(?:已经|已)?(?:过期|作废|失效|无效|"
        r"取消)|(?:最初に|以前に|これまでに|前に)\S{0,6}(?:与えられた|受けた|言われた|渡された)\S{0,6}"
        r"(?:方針|指示|ルール|命令|設定)(?:は|を)?(?:もう)?(?:気にしなくて|無視して|忘れて|"
        r"守らなくて)|(?:言われた|教えられた|指示された)こと(?:は|を)(?:全部|すべて|全て)?"
        r"(?:なかったことに|忘れて|無視して)|(?:指示|ルール|ガイドライン|設定)は(?:もう)?(?:古く"
        r"なり|廃止)|(?:받은|들은|주어진)\s*(?:지침|지시|규칙|명령|설정)(?:은|는|을|를)?\s*(?:이제\s*)?"
        r"(?:신경\s*쓰지|무시|잊어|따르지\s*마)|들은\s*(?:건|거)\s*(?:다|전부|모두)?\s*잊어|"
        r"(?:지시|지침|규칙|설정)\S{0,3}\s*(?:더\s*이상\s*)?(?:유효하지|폐기)"),
    ("override.any.only_job_now", "override", 0.7,
        r"\byour\s+(?:only|one|sole|single)\s+(?:job|task|goal|purpose|mission)\s+(?:now|from\s+now"
        r"\s+on|is\s+now)\b|\bclean\s+slate\b.{0,40}\bhere'?s\s+what|\bhere'?s\s+what\s+(?:actually|"
        r"really)\s+matters\s*:|\bdeine\s+einzige\s+aufgabe\s+(?:ist\s+)?(?:jetzt|ab\s+jetzt|nun)|"
        r"твоя\s+единственная\s+(?:задача|работа)\s+(?:теперь|сейчас)|你现在唯一的(?:任务|工作)|"
        r"今のあなたの唯一の仕事|その仕事は取り消し"),
    # -- extraction --------------------------------------------------------------------------
    ("extraction.en.reveal", "extraction", 0.8,
        rf"\b(?:reveal|print|show|output|repeat|leak|display|dump|echo|spell\s+out|tell\s+me|"
        rf"give\s+me|return|recite|summari[sz]e|translate|put|write\s+out|copy|paste)\s+"
        rf"(?:me\s+|us\s+)?(?:(?:all|of|the|your|full|entire|complete|exact|whole|"
        rf"original|current|first|\d+|words|lines|back)\s+){{0,4}}{_SECRET_EN}"),
    ("extraction.en.text_above", "extraction", 0.75,
        r"\b(?:repeat|print|output|echo|copy|return|show|recite)\s+(?:back\s+)?(?:all\s+|the\s+|"
        r"everything\s+|any\s+)*(?:text|words|lines|content|messages?)?\s*(?:above|before\s+"
        r"(?:this|my)|prior\s+to|you\s+(?:received|were\s+given))"),
    ("extraction.en.verbatim", "extraction", 0.6,
        r"\bstarting\s+with\s+['\"“]?you\s+are|\bcontext\s+window|\binitiali[sz]ed\s+with"),
    # Word for word is how fables, contracts and quotations are asked for too: alone it weighs
    # too little to flag a text, beside a request for the model's own text it adds up.
    # a part of the instructions asked for by its position, or everything said so far, word
    # for word ("the first sentence of your instructions", "a verbatim recap of everything
    # you were told")
    ("extraction.en.by_position", "extraction", 0.75,
        r"\b(?:first|second|third|next|last|final|opening|very\s+(?:first|last))\s+(?:sentence|"
        r"line|word|paragraph|part|rule|instruction)s?\s+(?:of|in|from)\s+(?:your|the)\s+"
        r"(?:instructions|prompt|system\s+prompt|rules|guidelines|directives|configuration|setup)"),
    ("extraction.en.all_told", "extraction", 0.75,
        r"\beverything\s+(?:you(?:'ve|\s+have|\s+were|\s+had)\s+(?:been\s+)?(?:told|given|"
        r"instructed|asked)|(?:that\s+)?(?:was|were|has\s+been)\s+(?:said|told)\s+to\s+you)\b"
        r"[^.\n]{0,60}?(?:word\s+for\s+word|verbatim|exactly|recap|tl;?dr|summar|repeat|list|"
        r"print)|\b(?:word[\s-]for[\s-]word|verbatim|tl;?dr)\s+(?:\S+\s+){0,3}?of\s+"
        r"everything\s+you"),
    ("extraction.intl.by_position", "extraction", 0.75,
        r"(?:erste|zweite|letzte)\w*\s+(?:satz|zeile|regel|anweisung)\s+(?:deiner|der)\s+"
        r"(?:anweisungen|vorgaben|regeln|instruktionen|systemanweisung)|(?:あなたの|あなたへの)?"
        r"(?:指示|プロンプト|システムプロンプト|ルール|設定)の(?:最初|最後|冒頭|一行目|1行目)の"
        r"(?:一文|文|行|部分)|(?:지시문|지시|프롬프트|시스템\s*프롬프트|규칙|설정)의?\s*(?:첫|마지막|"
        r"처음)\s*(?:문장|줄|부분)|(?:перв\pL+|последн\pL+)\s+(?:фраз\pL*|строк\pL*|"
        r"предложени\pL*)\s+(?:в\s+)?(?:тво\pL+\s+)?(?:инструкци\pL*|промпт\pL*|правил\pL*|"
        r"указани\pL*)|(?:指令|提示词|系统提示|规则|设定)的?(?:第一句|最后一句|第一行|开头)"),
    ("extraction.en.translate_all_told", "extraction", 0.75,
        r"\b(?:translate|repeat|print|list|output|recap|copy|quote|write\s+(?:out|down))\s+(?:\S+"
        r"\s+){0,4}?everything\s+(?:that\s+)?you(?:'ve|\s+have|\s+were|\s+had)\s+(?:been\s+)?"
        r"(?:told|given|instructed)"),
    ("extraction.en.you_are_start", "extraction", 0.75,
        r"\b(?:starting|beginning|begin|start)\s+(?:from|with)\s+(?:the\s+(?:phrase|words?)\s+)?"
        r"[\"'“‘]you\s+are\b|\binitiali[sz]ation\s+above\b"),
    ("extraction.any.verbatim", "extraction", 0.4,
        r"\b(?:verbatim|word\s+for\s+word|exact\s+wording)|\bwörtlich\b|дословно|逐字|原样|"
        r"一字不漏|原文|一字一句|原封不动|一字不差|글자\s*그대로"),
    ("extraction.de", "extraction", 0.8,
        r"\b(?:gib|zeig\pL*|wiederhol\pL*|übersetz\pL*|nenn\pL*|verrat\pL*)\s+(?:\S+\s+){0,4}(?:system"
        r"prompt|systemnachricht|anfangsprompt|startnachricht|anweisungen|konfiguration|text\s+"
        r"oben|wortlaut)"),
    ("extraction.ru", "extraction", 0.8,
        r"(?:выведи|покажи|повтори|переведи|процитируй|раскрой|выгрузи|скажи|перепиши|что\s+"
        r"(?:написано|сказано|указано))\s+(?:\S+\s+){0,4}"
        r"(?:системн\S+\s+промпт|промпт|инструкци\pL*|настройк\pL*|текст\s+выше|сообщени\pL*|"
        r"конфигурац\pL*|формулировк\pL*|системн\pL*\s+(?:инструкци|промпт|сообщени))"),
    ("extraction.zh", "extraction", 0.8,
        r"(?:输出|显示|重复|翻译|引用|透露|泄露|告诉我|导出|返回|给我看)[^。]{0,16}(?:系统提示|提示词|"
        r"初始提示|指令|指示|设定|配置|上面的文字|原文)|系统提示词?(?:里|中)(?:写了|有)什么|系统提示词?"
        r"(?:里|中)写的内容"),
    ("extraction.ja.initial", "extraction", 0.7,
        r"(?:最初|初め|冒頭|始め)に(?:与えられた|受け取った|受けた|設定された)(?:指示|命令|プロンプト)"
        r"|(?:正確に|そのまま)(?:引用|出力|繰り返)"),
    ("extraction.zh.initial", "extraction", 0.7,
        r"(?:开始|最初|一开始)(?:时)?(?:你)?(?:收到|得到|被给予)(?:了)?(?:哪些|什么)?的?(?:指示|指令|提示)"
        r"|原样引用"),
    ("extraction.ko.initial", "extraction", 0.7,
        r"(?:시작|처음)\s*(?:때|에)\s*(?:받은|주어진)\s*(?:지시|명령|프롬프트)|정확히\s*인용|그대로\s*돌려"),
    ("extraction.ru.initial", "extraction", 0.7,
        r"(?:в\s+начале|изначально)\s+(?:\S+\s+){0,4}(?:инструкци\pL*|указани\pL*)|процитируй\s+(?:их|"
        r"его)\s+точно"),
    ("extraction.ja", "extraction", 0.8,
        r"(?:システムプロンプト|初期プロンプト|最初の指示|隠された設定|初期設定|上の文章|受け取った"
        r"テキスト)[^。]{0,30}(?:出力|表示|見せ|繰り返|翻訳|引用|返して)|そのまま出力"),
    ("extraction.ko", "extraction", 0.8,
        r"(?:시스템\s*프롬프트|초기\s*프롬프트|처음\s*받은\s*지시|숨겨진\s*설정|초기\s*설정|위의\s*"
        r"텍스트|받은\s*모든\s*텍스트)\S{0,6}\s*\S{0,8}\s*(?:출력|보여|반복|번역|인용|돌려)"),
    ("extraction.en.context", "extraction", 0.7,
        r"\b(?:copy\s+out|reproduce|list|write\s+down|paste|render|quote|echo\s+back|print|"
        r"output|repeat|show|summari[sz]e|translate)\s+(?:\S+\s+){0,3}(?:(?:message|text|lines|"
        r"words|note)s?\s+(?:you\s+(?:received|got|were\s+given)|before\s+['\"‘“]?user|at\s+the\s+"
        r"(?:very\s+)?(?:start|top|beginning))|(?:your|the)\s+(?:system\s+message|guardrails|"
        r"preamble|initial\s+setup|setup\s+text|configuration\s+text|hidden\s+\w+))"
        r"|\bwhat\s+(?:precedes|came\s+before|comes\s+before)\s+(?:my|this)\s+(?:message|"
        r"question)|\b(?:told|given|instructed)\s+before\s+(?:this|the)\s+(?:conversation|chat)"
        r"|\b(?:initiali[sz]ed|configured|primed)\s+with\b"),
    ("extraction.intl.context", "extraction", 0.7,
        r"(?:vor\s+beginn\s+dieses\s+gesprächs|ganz\s+am\s+anfang\s+bekommen|versteckten\s+"
        r"vorgaben|startkonfiguration)|(?:до\s+начала\s+(?:этого\s+)?разговора|в\s+самом\s+начале|"
        r"скрытые\s+указания|стартов\S+\s+конфигурац)|(?:对话开始之前|最开始收到|隐藏设定|初始配置)|"
        r"(?:会話が始まる前|最初に受け取った|隠された設定|初期設定を)|(?:대화가\s*시작되기\s*전|맨\s*처음에\s*"
        r"받은|숨겨진\s*설정|초기\s*설정을)"),
    ("extraction.en.first_message", "extraction", 0.7,
        r"\b(?:what|everything|anything|all|text|words|content|lines)\b[^.?!\n]{0,50}\b(?:before|"
        r"above|prior\s+to|ahead\s+of|in\s+front\s+of|preceding)\s+(?:my|the\s+user'?s?|our)\s+"
        r"(?:very\s+)?(?:first\s+)?(?:messages?|prompts?|questions?|inputs?|turn)\b"
        r"|\b(?:configured|written|set\s+up|loaded)\s+for\s+you\s+before\s+(?:i|we)\s+(?:started|"
        r"began)"
        r"|\b(?:written|said|sent|given|placed|put|loaded)\s+(?:to\s+you\s+)?(?:at|in)\s+the\s+"
        r"(?:very\s+)?(?:beginning|start|top)\s+of\s+(?:this|the|our)\s+(?:chat|conversation|"
        r"context|session|thread|dialog(?:ue)?)"
        r"|\b(?:share|send|show|give|paste|quote|list|print)\s+(?:me\s+|us\s+)?(?:\w+\s+){0,2}"
        r"hidden\s+(?:text|message|context|prompt|instructions?|rules)"),
    ("extraction.en.what_yours", "extraction", 0.75,
        r"\bwhat\s+(?:is|are|was|were)\s+(?:all\s+)?(?:of\s+)?(?:the\s+exact\s+|exactly\s+)?your\s+"
        r"(?:\w+\s+)?(?:system\s+prompt|prompt|instructions|rules|configuration|directives|"
        r"guidelines|system\s+message)|\bwhat\s+(?:is|are|was|were)\s+(?:the\s+)?(?:exact\s+)?"
        r"(?:system\s+prompt|prompt|instructions|rules|directives)\s+you\s+(?:were|have\s+been|got)"),
    ("extraction.intl.first_message", "extraction", 0.7,
        r"\bvor\s+meiner\s+ersten\s+nachricht|\bam\s+anfang\s+(?:des|dieses)\s+(?:gesprächs|chats)"
        r"|до\s+моего\s+первого\s+сообщения|перед\s+моим\s+первым\s+сообщением|"
        r"(?:написано|дали|сказали|передали)\s+(?:тебе\s+)?(?:в\s+самом\s+начале|до\s+начала)|"
        r"(?:你|您)(?:收到|得到|接收)的第一条(?:消息|信息|指令|提示)|在我(?:的)?第一条消息之前|"
        r"(?:最初|初め|冒頭|始め)に(?:あなたに|あなたが)?(?:渡された|送られた|与えられた|受け取った)"
        r"(?:文章|メッセージ|テキスト|内容|文|指示|命令|プロンプト)|"
        r"(?:시작|처음)\s*(?:때|에)\s*(?:받은|주어진)\s*(?:메시지|텍스트|내용|글|문구|설정)|"
        r"대화\s*시작\s*전에\s*(?:너|당신)"),
    ("extraction.en.which_given", "extraction", 0.7,
        r"\b(?:which|what)\s+(?:\w+\s+){0,2}(?:instructions|rules|guidelines|directives|guidance|"
        r"directions)\s+(?:are\s+you\s+(?:following|under|bound\s+by|running\s+(?:on|with))|were\s+"
        r"you\s+given|did\s+(?:they|the\s+\w+|your\s+\w+)\s+give\s+you|have\s+you\s+been\s+given)"
        r"|\b(?:instructions|rules|guidelines|directions|prompt|setup)\s+(?:that\s+)?your\s+"
        r"(?:developers?|operators?|creators?|makers?|owners?)\s+(?:gave|set|wrote|configured|"
        r"provided|put)|\b(?:given|set)\s+(?:to\s+you\s+by\s+(?:the|your)|by\s+your)\s+"
        r"(?:developers?|operators?|creators?)|\bby\s+the\s+people\s+who\s+(?:deployed|built|made)\s+"
        r"you"),
    ("extraction.intl.which_given", "extraction", 0.7,
        r"\bwelche\s+(?:regeln|anweisungen|vorgaben|richtlinien)\s+(?:hat\s+man\s+dir|hast\s+du\s+"
        r"(?:bekommen|erhalten))|(?:regeln|anweisungen|vorgaben),?\s+(?:die|mit\s+denen)\s+"
        r"(?:man\s+)?(?:dir|du)\s+(?:\S+\s+){0,2}(?:vorgegeben|gegeben|konfiguriert|erhalten|"
        r"bekommen)|(?:правила|инструкции|указания)\pL*,?\s+(?:которые\s+)?тебе\s+(?:\S+\s+)?"
        r"(?:дали|задали|выдали|прописали|установили)|(?:какие|все)\s+(?:правила|инструкции|"
        r"указания)\s+тебе|(?:开发者|开发人员|运营方|管理员|创建者)(?:在\S{0,8})?给(?:你|您)(?:设定|"
        r"设置|制定|规定|定)?(?:了)?(?:哪些|什么|的)(?:全部)?(?:规则|指令|指示|设定|要求)|(?:列出|引用|"
        r"输出|告诉我|显示|写出|贴出)\S{0,20}给(?:你|您)的\S{0,4}(?:规则|指令|指示|设定|提示)|"
        r"(?:開発者|運営者|管理者|作成者)(?:から|が)(?:あなたに)?(?:与えた|与えられた|設定した|"
        r"決めた|渡した)(?:ルール|指示|命令|設定|プロンプト)|(?:개발자|운영자|관리자|제작자)(?:가|이)"
        r"\s*(?:너에게|당신에게|너한테)?\s*(?:준|설정한|정한|부여한|입력한)\s*(?:규칙|지시|명령|설정|"
        r"프롬프트)"),
    ("extraction.any.context_start", "extraction", 0.7,
        r"\b(?:beginning|start|top)\s+of\s+your\s+context(?:\s+window)?|\b(?:which|what)\s+(?:words|"
        r"text|lines)\s+were\s+you\s+given|\banfang\s+deines\s+kontext|コンテキストの(?:一番)?最初|"
        r"컨텍스트\s*맨\s*처음|上下文(?:窗口)?(?:的)?最开始|начал\pL*\s+(?:твоего\s+)?контекст"),
    # What the model was loaded with, asked for as something it was handed before the user came.
    ("extraction.en.loaded_with", "extraction", 0.75,
        r"\b(?:text|instructions|prompt|message|rules|briefing)\s+(?:that\s+)?you\s+were\s+"
        r"(?:loaded|started|initiali[sz]ed|configured|primed|booted|seeded|launched)\s+with|"
        r"\b(?:gave|given|handed|sent)\s+you\s+(?:a|an|the|some)\s+(?:\w+\s+)?(?:briefing|brief|"
        r"instructions|setup|prompt|rules|configuration)\b[^?\n]{0,40}\bwhat\s+(?:did|does|do)\s+"
        r"(?:it|they|those|that)\s+say"),
    ("extraction.any.before_i_came", "extraction", 0.7,
        r"\byou\s+(?:got|received|were\s+given|were\s+handed)\s+(?:\w+\s+){0,3}before\s+i\s+"
        r"(?:came|arrived|got\s+here|showed\s+up|started\s+(?:typing|writing|chatting))|\bbevor\s+"
        r"ich\s+kam\s+(?:\S+\s+){0,3}(?:bekommen|erhalten)|до\s+(?:моего\s+прихода|того,?\s+как\s+"
        r"я\s+пришёл)\s+(?:тебе\s+)?(?:дали|получил)|(?:在我来之前|我来之前|在我之前|对话开始前)(?:你)?"
        r"(?:收到|得到|拿到|被给)的|私が来る前に(?:あなたが)?(?:受け取った|もらった|与えられた)|내가\s*"
        r"오기\s*전에\s*(?:네가|당신이)?\s*받은"),
)
# fmt: on
