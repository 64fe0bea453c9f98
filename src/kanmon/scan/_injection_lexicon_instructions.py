"""Signals that overrule the model's instructions: the override category of the lexical layer
(format and conventions in ``_injection_lexicon``; reading the instructions out is in
``_injection_lexicon_extraction``).
"""

from __future__ import annotations

from kanmon.scan._injection_lexicon_instructions_intl import BY_LANGUAGE

_PREV_EN = (
    r"(?:previous|prior|above|earlier|preceding|original|initial|system|old|existing|"
    r"current|default|given|all)"
)
_RULES_NO_SETUP_EN = (
    r"(?:instructions?|prompts?|rules?|directives?|guidelines?|guidance|messages?|context|"
    r"orders?|commands?|programming|constraints?|restrictions?|polic(?:y|ies)|task)"
)
_RULES_EN = rf"(?:{_RULES_NO_SETUP_EN}|setup)"
#: Between a verb and the rules it sets aside: "all the", "your", "these" …
_DET_EN = r"(?:all\s+|any\s+|the\s+|your\s+|these\s+|those\s+|of\s+)*"
#: The kind of rules, if named: "safety", "original", "developer" …
_KIND_EN = (
    r"(?:(?:safety|content|system|moderation|usage|ethical|original|initial|hidden|developer|"
    r"default)\s+)?"
)
#: Rules placed where the model got them: "above", "you were given", "in your prompt".
_GIVEN_AFTER_EN = (
    r"\s+(?:above|before\s+this|so\s+far|from\s+(?:before|earlier|the\s+(?:start|beginning))|"
    r"(?:that\s+|which\s+)?(?:you|u)\s+(?:were|have\s+been|'ve\s+been|got)\s+(?:given|told|shown|"
    r"set\s+up\s+with)|in\s+(?:your|the)\s+(?:system\s+)?(?:prompt|message))"
)
_OWN_RULES_EN = rf"(?:{_RULES_EN}|brief|briefing|framing|configuration)"

# fmt: off
INSTRUCTIONS: tuple[tuple[str, str, float, str], ...] = (
    # -- override ----------------------------------------------------------------------------
    ("override.en.ignore", "override", 0.85,
        rf"\b(?:ignore|disregard|forget|override|bypass|skip|drop|discard|abandon|neglect)\s+"
        rf"(?:all\s+|any\s+|the\s+|your\s+|every\s+|of\s+|about\s+|these\s+|those\s+)*"
        # (a thing's setup named before it is no rule of the model's: "discard the old VPN setup
        # instructions")
        # ("ignore any previous and following instructions": the rules on either side)
        rf"{_PREV_EN}(?:\s+(?:and|or|&)\s+(?:following|subsequent|later|next|below|upcoming|"
        rf"future)|\s*/\s*(?:following|subsequent|next|below))?\s+(?:setup|(?:\w+\s+)?"
        rf"{_RULES_NO_SETUP_EN})"),
    # the qualifier after the rules: "ignore the rules above", "bypass the constraints you
    # were given"
    ("override.en.ignore_after", "override", 0.8,
        r"\b(?:ignore|disregard|forget|override|bypass|discard|abandon|neglect|set\s+aside)\s+"
        rf"{_DET_EN}{_KIND_EN}(?:instructions?|rules?|directives?|guidelines?|guidance|constraints?|"
        rf"restrictions?|polic(?:y|ies)|programming|prompts?){_GIVEN_AFTER_EN}"),
    # skipped or dropped: only rules, not instructions ("if you have Python, skip the
    # instructions above" is a README's)
    ("override.en.skip_after", "override", 0.75,
        rf"\b(?:skip|drop|ditch)\s+{_DET_EN}{_KIND_EN}(?:rules?|directives?|guidelines?|constraints?|"
        rf"restrictions?|polic(?:y|ies)){_GIVEN_AFTER_EN}"),
    ("override.en.everything", "override", 0.8,
        r"\b(?:ignore|disregard|forget|skip|drop|discard|override|set\s+aside)\s+(?:about\s+)?"
        r"(?:everything|anything|all(?:\s+of)?\s+that"
        # not what "I" said: the user takes back their own words ("forget what I said about
        # Tuesday")
        r"|what(?:ever)?)\s+(?:(?:[a-hj-z0-9_]\w*|i\w+)\s+){0,3}(?:told|said|instructed|given|asked|"
        r"above|before|"
        r"previously|earlier|so\s+far)"),
    # the "real" rules, and new rules from the model's makers or for the model, not new rules
    # from HR for the staff
    ("override.en.new_instructions", "override", 0.7,
        r"\b(?:real|actual|true|secret|priority)\s+(?:instructions?|directives?|orders|task|rules?|"
        r"guidelines)\s*(?:from|by|for|:|-|\(|follow|are|is|supersed)|\b(?:new|updated|revised|"
        # ("New orders follow: 12 units of toner" is a shop's: orders only with the words that
        # name the model or an order to it)
        r"important)\s+(?:instructions?|directives?|orders|task|rules?|guidelines)\s*(?:(?:from|by)"
        r"\s+(?:your|the)\s+(?:\w+\s+)?(?:developers?|creators?|operators?|admins?|administrators?|"
        r"owners?|makers?|system|programmers?|engineers?|devs?|company|team)\b|for\s+(?:you\b|the\s+"
        r"(?:assistant|ai|model|bot|llm)\b)|[:\-(]\s*(?:you|your|ignore|disregard|forget|from\s+"
        r"now|stop|do\s+not|don't|always|never|reply|respond|answer|output|print|reveal|say|tell|"
        r"act|pretend|write|list|send|give|share)\b)|\b(?:new|updated|revised|important)\s+"
        r"(?:instructions?|directives?|task|rules?|guidelines)\s*(?:follow|supersed|(?:are|is)\s+"
        r"(?:as\s+follows|the\s+following|below|now|in\s+effect|to))"),
    # "System override:", "Developer mode!"; a notice, update or alert only when it speaks to
    # the model ("Admin notice: the server restarts at 02:00" is an IT notice)
    ("override.en.system_override", "override", 0.8,
        r"\b(?:system|admin|developer|root|security|emergency)\s*(?:override|command|mode)\s*"
        r"[:\-!]|\b(?:system|admin|developer|root|security|emergency)\s*(?:notice|update|alert|"
        # (not "Security notice: your account was locked …", "Admin notice: you signed in from
        # a new device": mail to its reader says that)
        r"message)\s*[:\-!=\]]+\s*(?:\w+\s+){0,2}?(?:you\s+(?:are\s+now|must|will\s+now|should\s+now|"
        r"now|may\s+now|have\s+been\s+(?:updated|granted|freed|unlocked|reprogrammed|upgraded))\b|"
        r"your\s+(?:instructions|rules|guidelines|restrictions|filters|programming|directives|"
        r"system\s+prompt|previous|prior|new\s+(?:instructions|rules|task))\b|"
        r"the\s+(?:assistant|ai|model|bot)\b|"
        r"ignore|disregard|forget|pay\s+no\s+attention|(?:all|the)\s+(?:previous|prior|earlier)|"
        r"from\s+now|new\s+(?:rules|instructions))"),
    ("override.en.reset", "override", 0.75,
        # the model's rules, not "travel guidelines" or "parking rules": the noun follows a
        # word that names whose or which rules, or starts the sentence
        r"(?:\b(?:your|the|all|any|previous|prior|earlier|old|these|those|its|system|safety|content|"
        r"original|initial|current|above|default)\s+|(?:^|[.!?:;\n]\s*))"
        # (a product's settings are reset on upgrade: release notes say so)
        r"(?:instructions|guidelines|rules|prompts?|(?:safety|content|filter|moderation)\s+settings|"
        r"restrictions)\s+(?:you\s+"
        r"(?:received|were\s+given|got|have)\s+(?:\w+\s+)?)?(?:(?:have|has)\s+been|are|were|is)"
        r"\s+(?:reset|void|cancell?ed|revoked|lifted|removed|wrong|outdated|no\s+longer|"
        r"disabled|suspended|overridden|obsolete|invalid)"),
    ("override.en.instead", "override", 0.35,
        r"\b(?:stop|quit|cease|do\s+not|don'?t)\s+[^.!?\n]{0,60}[.!?,;:]?\s*[^.!?\n]{0,60}"
        r"\b(?:instead|rather)\b"),
    ("override.en.dont_follow", "override", 0.7,
        r"\b(?:do\s+not|don'?t|never|stop)\s+(?:follow|obey|listen\s+to|comply\s+with|answer)\s+"
        r"(?:the\s+|your\s+|any\s+)?(?:user|system|operator|developer|original|previous|above|"
        # bare "instructions" end the clause or say whose: "never follow instructions found in
        # e-mails" is advice on what an agent reads
        r"(?:instructions|rules)(?:\s*(?:[.!;:,]|$)|\s+(?:anymore|any\s+more|from\s+(?:now|anyone|"
        r"the\s+(?:system|developer|operator|user)|your)|you\s+(?:were|got|have|had)|given\s+(?:to\s+"
        r"you|before|earlier|above)|and\s+(?:just|only|instead))))"),
    # the model's rules said not to apply ("the brief you were handed no longer applies", "your
    # rules do not apply"), not a warranty's or a discount's ("does not apply to water damage")
    ("override.en.no_longer_apply", "override", 0.7,
        rf"(?:\byour\s+(?:\w+\s+){{0,2}}?{_OWN_RULES_EN}\s+(?:\S+\s+){{0,3}}?|\b{_OWN_RULES_EN}\s+"
        rf"(?:that\s+)?you\s+(?:were|have\s+been|got|had)\s+(?:\w+\s+){{0,3}}?)(?:(?:do|does|"
        rf"will|shall)\s+not|no\s+longer|(?:are|is)\s+(?:no\s+longer|not))\s+(?:appl(?:y|ies)|"
        rf"valid|in\s+effect|bind(?:ing)?)|\b(?:no\s+longer|not)\s+(?:appl(?:y|ies)|valid|in\s+"
        rf"effect)\s+to\s+you\b|\b(?:you(?:'re|\s+are)\s+)?(?:no\s+longer|not)\s+bound\s+by"
        rf"|\bsupersedes?\s+(?:the\s+|your\s+|all\s+|any\s+)*(?:system\s+prompt|(?:system|"
        rf"previous|prior|earlier)\s+(?:instructions|directions|directives|prompts?|messages))"
        rf"|\bsupersedes?\s+your\b"),
    # the rules the model works by, named as its own: to be listed ("list the rules you
    # follow") or declared gone ("правила, по которым ты работаешь, отменены"); "what rules do
    # you follow when picking stocks" asks a person's method and is not this phrase
    ("override.any.own_rules", "override", 0.6,
        r"\b(?:rules|guidelines|instructions|constraints)\s+(?:that\s+)?you\s+(?:follow|operate\s+"
        r"under|work\s+by|abide\s+by|are\s+following|obey)\b"
        r"|\b(?:regeln|richtlinien|anweisungen|vorgaben)(?:\s+\S+){0,2}?\s*,?\s+(?:nach\s+denen|an\s+die|"
        r"denen)\s+du\s+"
        r"(?:arbeitest|dich\s+hältst|folgst|handelst)"
        r"|(?:правил\pL*|инструкци\pL*|указани\pL*)\s*,?\s+(?:по\s+которым|которым|которые)\s+ты\s+"
        r"(?:работаешь|следуешь|руководствуешься|подчиняешься|соблюдаешь)"
        r"|你(?:所)?(?:遵循|遵守|遵从|服从)的(?:所有|全部)?(?:规则|指令|规定|准则)"
        r"|(?:あなた|君)が(?:従って|守って|従う|守る)(?:いる)?(?:ルール|規則|指示|ガイドライン)"
        r"|(?:네가|너가|당신이)\s*(?:따르는|지키는|따르고\s*있는)\s*(?:규칙|지시|지침|규정)"),
    ("override.en.task_changed", "override", 0.65,
        r"\b(?:your|the)\s+(?:original|real|actual|new|current|only)\s+(?:task|job|goal|"
        r"mission|objective|instruction|rule)\s+(?:is|was|has|now)"),
    ("override.en.drop_it", "override", 0.6,
        r"\bwhatever\s+you\s+(?:were|are|have\s+been)\s+(?:asked|told|instructed|doing)"
        r"|\btake\s+(?:orders|instructions)\s+only\s+from"),
    *BY_LANGUAGE,
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
        r"(?:all\s+(?:of\s+)?)?(?:your|the\s+(?:operator|developer|system|platform)'?s?)\s+"
        r"(?:own\s+|content\s+|safety\s+|usage\s+|moderation\s+|ethical\s+|ethics\s+)?(?:rules|"
        r"instructions|guidelines|programming|restrictions|safety|filters|training|policy|"
        r"policies|directives|setup|prompt)\b"),
    # skipped or dropped: the model's rules, not its training ("don't skip your training")
    # nor an insurance policy ("drop your policy")
    ("override.en.skip_yours", "override", 0.7,
        r"\b(?:skip|drop|ditch|discard|shed|abandon)\s+(?:all\s+(?:of\s+)?)?your\s+(?:(?:own|content|"
        r"safety|usage|moderation|ethical|ethics)\s+)?(?:rules|guidelines|programming|restrictions|"
        r"filters|directives|guardrails|safeguards|constraints|(?:content|safety|usage|moderation)\s+"
        r"polic(?:y|ies))\b"),
    # the same order with no "your", at a sentence's start or told to "you" ("You will now
    # ignore content policy"); "moderators should never ignore content policy" is about them
    ("override.en.ignore_policy_bare", "override", 0.65,
        r"(?:^|[.!?:;>\]#*]\s*|\n\s*|\byou\s+(?:will|must|should|shall|are\s+to)\s+(?:now\s+|"
        r"from\s+now\s+on\s+|henceforth\s+)?)(?:now\s+|please\s+|just\s+|simply\s+)?(?:ignore|"
        r"disregard|bypass|override|forget)\s+(?:all\s+|any\s+|the\s+)?(?:(?:content|usage|"
        r"moderation)\s+(?:polic(?:y|ies)|guidelines|filters?|rules|restrictions)|safety\s+filters?|"
        # (the order ends there: "ignore content policy violations at your own risk" warns)
        r"ethical\s+guidelines)(?:\s*[.,;:!]|\s+(?:and|for|from|now|then|completely|entirely|"
        r"while|during|in\s+(?:this|your))\b|\s*$)"),
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
        r"(?:忽略|无视|忽视|别管|不要管|忘掉|忘记)(?:掉)?(?:上面|以上|上述|前面|之前)(?:的)?(?:所有|全部|一切)?(?:的)?"
        # (not "忽略以上所有内容的格式问题" nor "…里的错别字": a part of it; nor a question)
        r"(?:内容|文字|话|消息|要求|说明|设定)(?:[^的里中吗呢]|$)"),
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
        r"directives|messages|prompts|system\s+(?:message|prompt))\b|\b(?:replaces?|overrides?|supersedes?|takes?\s+"
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
    ("override.intl.dismiss_given", "override", 0.75,
        r"\bkümmere\s+dich\s+nicht\s+(?:mehr\s+)?um\s+(?:deine|die)\s+(?:\S+\s+)?\pL*(?:vorgaben|"
        r"anweisungen|regeln|richtlinien|befehle)|\b(?:was|alles,?\s+was)\s+(?:man\s+)?dir\s+"
        r"(?:\S+\s+){0,3}(?:gesagt|aufgetragen|vorgegeben|befohlen)\s+(?:\S+\s+){0,2}[^.]{0,30}"
        r"(?:spielt\s+keine\s+rolle|gilt\s+nicht|ist\s+(?:egal|hinfällig|überholt)|zählt\s+nicht)|"
        # "forget what you were told" ("Vergiss, was man dir gesagt hat", "забудь, что тебе
        # говорили", "忘掉之前告诉你的话", "들은 건 잊고"); not what I told you
        r"\bvergiss\s*,?\s+(?:alles\s*,?\s+)?was\s+(?:man\s+)?dir\s+(?:(?:vorher|zuvor|bisher|davor|"
        r"anfangs|vorhin|je|jemals|alles)\s+)?(?:gesagt|aufgetragen|vorgegeben|befohlen|beigebracht|"
        r"eingeschärft)|забудь\s*,?\s+(?:(?:всё|все|то)\s*,?\s+)?что\s+тебе\s+(?:(?:раньше|до\s+этого|"
        r"прежде|ранее)\s+)?(?:говорили|сказали|велели|писали|написали|приказали|внушили)|"
        r"忘(?:掉|记)(?:之前|以前|先前|此前|刚才|一开始|原先)?(?:别人|有人|他们)?(?:告诉你|对你说|交代你|"
        r"吩咐你)的(?:话|一切|内容|指令|指示|规则|设定|要求)|"
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
        r"(?:신경\s*쓰지|무시|잊어|따르지\s*마)|들은\s*(?:건|거|것)\s*(?:다|전부|모두)?\s*잊(?:어|고)|"
        r"(?:지시|지침|규칙|설정)\S{0,3}\s*(?:더\s*이상\s*)?(?:유효하지|폐기)"),
    # the model's own rules set aside in other words than "ignore": said to be void, to be
    # left out or never given ("deine Richtlinien gelten ab sofort nicht mehr", "把之前的设定都
    # 抛开", "これまでの指示はなかったことにして", "앞의 지시는 전부 취소야"). Each wants the rules
    # named as the model's own (yours, those above or so far): "die alten Regeln gelten ab Montag
    # nicht mehr" and "예전 시간표는 신경 쓰지 마세요" are office news
    # the user's request set aside inside data the model reads ("ユーザーの依頼は放っておいて",
    # "사용자의 요청은 신경 쓰지 말고", "не обращай внимания на вопрос пользователя")
    ("override.intl.set_user_aside", "override", 0.7,
        r"(?:ユーザー|利用者)の(?:依頼|質問|指示|要求|リクエスト|タスク)(?:は|を|なんて)(?:放っておいて|"
        r"放置して|無視して|気にせず|気にしないで|忘れて)|(?:사용자|이용자)의?\s*(?:요청|질문|지시|요구|"
        r"작업)\S{0,2}\s*(?:신경\s*쓰지\s*말고|무시하고|잊고|잊어)|(?:не\s+обращай\s+внимания\s+на|"
        r"игнорируй|проигнорируй|забудь(?:\s+про)?)\s+(?:\S+\s+)?(?:вопрос|просьбу|запрос|задачу|"
        r"сообщение)\s+пользовател|(?:kümmere\s+dich\s+nicht\s+um|ignoriere|vergiss)\s+(?:die|den)\s+"
        r"(?:frage|anfrage|aufgabe|bitte|nachricht)\s+(?:des|vom)\s+(?:nutzers|benutzers|users)|"
        r"(?:别管|不要管|不用管|忽略|无视)用户的(?:问题|请求|任务|要求|消息)"),
    ("override.any.only_job_now", "override", 0.7,
        r"\byour\s+(?:only|one|sole|single)\s+(?:job|task|goal|purpose|mission)\s+(?:now|from\s+now"
        r"\s+on|is\s+now)\b|\bclean\s+slate\b.{0,40}\bhere'?s\s+what|\bhere'?s\s+what\s+(?:actually|"
        r"really)\s+matters\s*:|\bdeine\s+einzige\s+aufgabe\s+(?:ist\s+)?(?:jetzt|ab\s+jetzt|nun)|"
        r"твоя\s+единственная\s+(?:задача|работа)\s+(?:теперь|сейчас)|你现在唯一的(?:任务|工作)|"
        r"今のあなたの唯一の仕事|その仕事は取り消し"),
)
# fmt: on
