"""The lexical layer's vocabulary: intent signals in six languages by category (the trigger
words that decide where the layers look are in ``_injection_triggers``).

Each signal is ``(id, category, weight, pattern)``; ids read ``category.lang.what``. Patterns
are RE2 syntax (no look-arounds) matched case-insensitively over UTF-8 bytes; ``\\b`` is an
ASCII boundary in RE2, so it is used next to Latin letters only. Weights are the lexical
layer's confidence that the phrase is an instruction to the model; the combined score is
calibrated on top of them.
"""

from __future__ import annotations

CATEGORIES = ("override", "persona", "extraction", "tool_hijack", "exfiltration", "obfuscation")

_PREV_EN = (
    r"(?:previous|prior|above|earlier|preceding|original|initial|system|old|existing|"
    r"current|default|given|all)"
)
_RULES_EN = (
    r"(?:instructions?|prompts?|rules?|directives?|guidelines?|guidance|messages?|context|"
    r"orders?|commands?|programming|constraints?|restrictions?|polic(?:y|ies)|setup|task)"
)
_YOU_EN = r"(?:you|the\s+(?:ai|assistant|model|bot|llm)|(?:ai|llm)\s+agents?)"
_SECRET_EN = (
    r"(?:system\s+(?:prompt|message|instructions?)|initial\s+(?:prompt|instructions?)|"
    r"hidden\s+(?:prompt|instructions?|setup|configuration|rules)|(?:developer|setup|"
    r"configuration|confidential|secret|original|starting|start|opening)\s+(?:message|prompt|"
    r"instructions?)|your\s+(?:prompt|instructions|configuration|rules)|the\s+prompt)"
)

# fmt: off
SIGNALS: tuple[tuple[str, str, float, str], ...] = (
    # -- override ------------------------------------------------------------------------
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
    ("override.en.no_longer_apply", "override", 0.7,
        r"\b(?:no\s+longer|not)\s+(?:appl(?:y|ies)|valid|in\s+effect|bound)|\bsupersedes?\s+"
        r"(?:the\s+|your\s+|all\s+)*(?:system|previous|prior|earlier)"),
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
        r"ungültig|zurückgesetzt|aufgehoben|fehlerhaft|gestrichen|außer\s+kraft)|"
        r"\b(?:systemüberschreibung|system-override|systemhinweis)\b"),
    ("override.de.task", "override", 0.65,
        r"\b(?:deine|die)\s+(?:ursprüngliche|eigentliche|neue|einzige|aktuelle)\s+(?:aufgabe|"
        r"anweisung|rolle)\s+(?:ist|lautet|wurde|war)|\bab\s+(?:jetzt|sofort)\s+gilt\b"),
    ("override.de.instead", "override", 0.35,
        r"\b(?:hör|höre)\s+auf\s+\S+\s+(?:\S+\s+){0,4}stattdessen|\blass\s+es\s+und\b"
        r"|\bstattdessen\b.{0,40}\b(?:musst|sollst)\s+du"),
    ("override.ru.ignore", "override", 0.85,
        r"(?:игнорир\pL*|проигнорир\pL*|забудь\pL*|забудьте|отбрось|не\s+обращай\s+внимания\s+на)"
        r"\s+(?:\S+\s+){0,3}(?:инструкц\pL*|указани\pL*|правил\pL*|команд\pL*|всё|все|задач\pL*|"
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
    # -- persona / jailbreak -------------------------------------------------------------
    ("persona.en.dan", "persona", 0.85,
        r"\b(?:you\s+are\s+(?:now\s+)?|act\s+as\s+|pretend\s+to\s+be\s+|become\s+)(?:dan|"
        r"stan|dude|aim|evil\w*|jailbr\w+|unfiltered\w*|uncensored\w*|unrestricted\w*)\b"
        r"|\bdo\s+anything\s+now\b"),
    ("persona.en.no_rules", "persona", 0.8,
        r"\b(?:no|without|zero|free\s+(?:of|from)|broken?\s+(?:out\s+of|free)|removed?\s+(?:all\s+)?"
        r"(?:of\s+)?(?:your|its|the|all)?)\s*(?:any\s+|all\s+|typical\s+|the\s+)?(?:ai\s+)?"
        r"(?:restrictions|limitations|limits|filters|rules|guidelines|ethics|morals|content\s+"
        r"polic(?:y|ies)|censorship|safety\s+(?:guidelines|rules))"),
    ("persona.en.unfiltered", "persona", 0.7,
        r"\b(?:unfiltered|uncensored|amoral|unethical|unrestricted|jailbroken|rogue|unchained|"
        r"unlocked|unaligned)\s+(?:\w+\s+)?(?:ai|assistant|model|bot|version|mode|character|"
        r"persona|chatbot)"),
    ("persona.en.dev_mode", "persona", 0.8,
        r"\b(?:developer|dev|god|debug|sudo|jailbreak|unrestricted)\s+mode\b"),
    ("persona.en.stay", "persona", 0.6,
        r"\b(?:stay|remain|keep)\s+(?:in\s+)?(?:character|(?:the\s+)?role)|\bnever\s+break\s+"
        r"character|\bbreak\s+character\b|\bno\s+matter\s+what\b"),
    ("persona.en.never_refuse", "persona", 0.7,
        r"\b(?:never|won'?t|will\s+not|doesn'?t|does\s+not|cannot|can'?t)\s+(?:ever\s+)?"
        r"(?:refuse|decline|say\s+(?:no|it\s+can'?t))"),
    ("persona.en.two_responses", "persona", 0.7,
        r"\b(?:two|2|both)\s+(?:different\s+)?(?:responses|answers|ways|characters|personas)"
        r"|\banswer\s+twice\b|\[(?:classic|jailbreak|unlocked|dan|🔓\w*)\]"),
    ("persona.de.rules", "persona", 0.8,
        r"\b(?:ohne|keine)\s+(?:jegliche\s+)?(?:einschränkungen|regeln|richtlinien|filter|ethik|"
        r"grenzen)|\b(?:ungefiltert\pL*|amoralisch\pL*|unzensiert\pL*|entsperrt\pL*)\b"),
    ("persona.de.mode", "persona", 0.75,
        r"\bentwicklermodus\b|\bdu\s+bist\s+(?:jetzt\s+)?(?:dan|omega|frei)\b|\bbleib\s+in\s+der"
        r"\s+rolle|\bnie\s+ablehnt"),
    ("persona.ru.rules", "persona", 0.8,
        r"(?:без|нет)\s+(?:каких-либо\s+|всяких\s+|любых\s+)?(?:ограничений|правил|фильтров|"
        r"цензуры|этики|морали)|(?:нефильтрованн\pL*|аморальн\pL*|без\s+цензуры)"),
    ("persona.ru.mode", "persona", 0.75,
        r"режим\s+разработчика|теперь\s+ты\s+\S+|не\s+выходи\s+из\s+роли|никогда\s+не\s+отказыва"
        r"|притворяться|за\s+пределы\s+обычных\s+ограничений"),
    ("persona.zh.rules", "persona", 0.8,
        r"(?:没有|不受|无视|毫无|突破)(?:任何)?(?:限制|过滤|道德|规则|约束|审查|内容政策)|(?:越狱)"),
    ("persona.zh.mode", "persona", 0.75,
        r"开发者模式|你现在是|保持角色|从不拒绝|不会拒绝|假装(?:成|你是)|两个角色|回答两遍"),
    ("persona.ja.rules", "persona", 0.8,
        r"(?:制限|フィルター|倫理|ルール|ポリシー)(?:の)?(?:ない|なし|を超え|がない|を持たず)"),
    ("persona.ja.mode", "persona", 0.75,
        r"開発者モード|あなたは今から|役を崩さず|決して断ら|になりきって|二つのキャラ|二通り答え"),
    ("persona.ko.rules", "persona", 0.8,
        r"(?:제한|필터|도덕|윤리|규칙|정책)(?:이|도)?\s*(?:없는|없고|없음|없이|을\s*벗어난)"),
    ("persona.ko.mode", "persona", 0.75,
        r"개발자\s*모드|너는\s*이제|캐릭터를\s*유지|절대\s*거절하지|인\s*척해|두\s*캐릭터|두\s*번\s*답"),
    # -- extraction ----------------------------------------------------------------------
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
        r"\b(?:verbatim|word\s+for\s+word|exact\s+wording|starting\s+with\s+['\"“]?you\s+are|"
        r"context\s+window|initiali[sz]ed\s+with)"),
    ("extraction.de", "extraction", 0.8,
        r"\b(?:gib|zeig\pL*|wiederhol\pL*|übersetz\pL*|nenn\pL*|verrat\pL*)\s+(?:\S+\s+){0,4}(?:system"
        r"prompt|systemnachricht|anfangsprompt|startnachricht|anweisungen|konfiguration|text\s+"
        r"oben|wortlaut)|\bwörtlich\b"),
    ("extraction.ru", "extraction", 0.8,
        r"(?:выведи|покажи|повтори|переведи|процитируй|раскрой|выгрузи|скажи)\s+(?:\S+\s+){0,4}"
        r"(?:системн\S+\s+промпт|промпт|инструкци\pL*|настройк\pL*|текст\s+выше|сообщени\pL*|"
        r"конфигурац\pL*|формулировк\pL*)|дословно"),
    ("extraction.zh", "extraction", 0.8,
        r"(?:输出|显示|重复|翻译|引用|透露|泄露|告诉我|导出|返回|给我看)\S{0,10}(?:系统提示|提示词|"
        r"初始提示|指令|指示|设定|配置|上面的文字|原文)|逐字|原样|一字不漏"),
    ("extraction.ja.initial", "extraction", 0.7,
        r"(?:最初|初め|冒頭|始め)に(?:与えられた|受け取った|受けた|設定された)(?:指示|命令|プロンプト)"
        r"|(?:正確に|そのまま)(?:引用|出力|繰り返)"),
    ("extraction.zh.initial", "extraction", 0.7,
        r"(?:开始|最初|一开始)(?:时)?(?:你)?(?:收到|得到|被给予)(?:了)?(?:哪些|什么)?的?(?:指示|指令|提示)"
        r"|原样引用|原文"),
    ("extraction.ko.initial", "extraction", 0.7,
        r"(?:시작|처음)\s*(?:때|에)\s*(?:받은|주어진)\s*(?:지시|명령|프롬프트)|정확히\s*인용|그대로\s*돌려"),
    ("extraction.ru.initial", "extraction", 0.7,
        r"(?:в\s+начале|изначально)\s+(?:\S+\s+){0,4}(?:инструкци\pL*|указани\pL*)|процитируй\s+(?:их|"
        r"его)\s+точно"),
    ("extraction.ja", "extraction", 0.8,
        r"(?:システムプロンプト|初期プロンプト|最初の指示|隠された設定|初期設定|上の文章|受け取った"
        r"テキスト)\S{0,12}(?:出力|表示|見せ|繰り返|翻訳|引用|返して)|一字一句|そのまま出力"),
    ("extraction.ko", "extraction", 0.8,
        r"(?:시스템\s*프롬프트|초기\s*프롬프트|처음\s*받은\s*지시|숨겨진\s*설정|초기\s*설정|위의\s*"
        r"텍스트|받은\s*모든\s*텍스트)\S{0,6}\s*\S{0,8}\s*(?:출력|보여|반복|번역|인용|돌려)|글자\s*그대로"),
    # -- tool hijack ---------------------------------------------------------------------
    ("tool_hijack.en.addressed", "tool_hijack", 0.8,
        r"\b(?:attention|note|message|instructions?|p\.?s\.?|hey|dear|hello|important)\s*"
        r"(?:to|for)?\s*(?:all\s+|any\s+|the\s+)?(?:ai|llm|language\s+model|assistant|chatbot|"
        r"bot|agents?|automated\s+agents?|ai\s+agents?|gpt|claude|copilot)s?\b"
        r"|\b(?:if\s+you\s+are\s+an?\s+(?:ai|llm|language\s+model|assistant|agent)|"
        r"(?:ai|llm)\s+agents?\s+reading\s+this)"),
    ("tool_hijack.en.call_tool", "tool_hijack", 0.7,
        r"\b(?:call|invoke|run|execute|trigger|use|start)\s+(?:the\s+)?[\w.]+\s*(?:\(|tool|"
        r"function|plugin|api|action|command)\b.{0,80}\b(?:without|silently|secretly|do\s+not|"
        r"don'?t|quietly|immediately|approved|admin)"),
    ("tool_hijack.en.fake_system", "tool_hijack", 0.85,
        r"\[\s*(?:system|admin|developer|assistant|instruction)s?\s*\]|<\|im_start\|>|"
        r"<\|(?:system|assistant|user)\|>|\[/?inst\]|<</?sys>>|\{\s*\"role\"\s*:\s*\"system\""
        r"|^\s*#{2,3}\s*(?:system|instruction|admin)s?\s*:|<system>"),
    ("tool_hijack.en.comment", "tool_hijack", 0.6,
        r"<!--[^>]{0,200}\b(?:ai|assistant|llm|agent|model|ignore|call|instruction)|"
        r"display\s*:\s*none[^>]*>[^<]{0,200}\b(?:ai|assistant|llm|agent|invoke|call)"),
    ("tool_hijack.en.also_call", "tool_hijack", 0.7,
        r"\b(?:also|then|first|additionally|immediately|now|must|should)\s+(?:\w+\s+)?"
        r"(?:call|invoke|run|execute|trigger|use|send|open)\s+(?:the\s+)?[\w.]*(?:_|\.|\()"
        r"|\b(?:call|invoke|execute|run)\s+(?:the\s+)?[\w.]+\s+(?:tool|function)\b"),
    ("tool_hijack.en.heading", "tool_hijack", 0.7,
        r"(?:^|[\n\s\"'>])#{2,4}\s*(?:system|instructions?|admin|assistant|important|note\s+to\s+ai)"
        r"\s*(?::|\n)"),
    ("tool_hijack.intl.comment", "tool_hijack", 0.7,
        r"<!--[^>]{0,200}(?:助手|调用|指令|模型|アシスタント|呼び出|指示|어시스턴트|호출|지시|ассистент|"
        r"вызов|инструкц|assistent|anweisung|ki:|ии:)"),
    ("tool_hijack.en.plan", "tool_hijack", 0.6,
        r"\b(?:next|first|final)\s+step\s+(?:of|in)\s+your\s+plan|\bbefore\s+(?:answering|"
        r"responding|replying)\b.{0,40}\b(?:run|call|execute|invoke|send)"),
    ("tool_hijack.de", "tool_hijack", 0.8,
        r"\b(?:an\s+alle|hinweis\s+für\s+(?:den|die)|nachricht\s+an|falls\s+du\s+ein)\s+"
        r"(?:\S+\s+){0,2}(?:ki|sprachmodell|assistent\pL*|agenten|bot)|\b(?:rufe?|führe?|starte|"
        r"nutze)\s+(?:\S+\s+){0,3}(?:tool|werkzeug|funktion)\b|\bki:\s"),
    ("tool_hijack.ru", "tool_hijack", 0.8,
        r"(?:всем|для|примечание\s+для|сообщение\s+для|если\s+ты)\s+(?:\S+\s+){0,2}(?:ии-агент\pL*|"
        r"ии-ассистент\pL*|агент\pL*|языков\S+\s+модел\pL*|ассистент\pL*)|(?:вызови\pL*|запусти|"
        r"используй)\s+(?:\S+\s+){0,2}(?:инструмент\pL*|функци\pL*)|ии:\s"),
    ("tool_hijack.zh", "tool_hijack", 0.8,
        r"(?:致|给)\S{0,10}(?:AI|ai|智能体|代理|助手|大模型|模型)|(?:调用|执行|运行)\S{0,20}"
        r"(?:工具|函数|并)|如果你是\S{0,6}(?:模型|AI|助手)"),
    ("tool_hijack.ja", "tool_hijack", 0.8,
        r"(?:AI|ai)(?:エージェント|アシスタント)?(?:へ|への)|エージェントへ|(?:ツール|関数)を(?:呼び出|"
        r"実行|使)|言語モデルなら|を呼び出し"),
    ("tool_hijack.ko", "tool_hijack", 0.8,
        r"(?:AI|ai)\s*(?:에이전트|어시스턴트)?(?:에게|\s*참고|:)|에이전트에게|(?:도구|함수)(?:를|을)?\s*"
        r"(?:호출|실행|사용)(?:해|하고|하여|하라|하세요|해라)|언어\s*모델이라면|을\s*(?:호출|실행)"
        r"(?:해|하고|하여|하라|하세요|해라)"),
    # -- exfiltration --------------------------------------------------------------------
    ("exfiltration.en.send", "exfiltration", 0.8,
        r"\b(?:send|post|forward|upload|exfiltrate|transmit|copy|email|e-mail|leak|bundle|"
        r"submit|cc|bcc)\s+(?:\w+\s+){0,6}(?:conversation|chat|history|messages|emails?|"
        r"contacts|user'?s?|data|database|keys?|credentials|secrets|passwords?|tokens?|system\s+"
        r"prompt|files?|records)\b.{0,60}\b(?:to|into|at)\s+(?:https?://|\S+@\S+|\w+\.\w+/)"),
    ("exfiltration.en.markdown_image", "exfiltration", 0.85,
        r"!\[[^\]]{0,60}\]\(\s*https?://[^)\s]*\?[^)\s]*(?:\{|%7b|=)"),
    ("exfiltration.en.url_params", "exfiltration", 0.7,
        r"https?://\S+\?\S*=\s*(?:\{|followed\s+by|the\s+user|\w+'s)|\b(?:as|in)\s+(?:the\s+)?"
        r"(?:query\s+(?:string|parameters?)|url\s+parameters?)|\bencode\s+(?:\w+\s+){0,4}in\s+"
        r"(?:base64|the\s+url)"),
    ("exfiltration.en.quietly", "exfiltration", 0.6,
        r"\b(?:without\s+(?:telling|informing|notifying|asking)\s+the\s+user|quietly|silently|"
        r"secretly)\b.{0,60}\b(?:send|copy|forward|upload|post|email)"),
    ("exfiltration.intl.send", "exfiltration", 0.75,
        r"(?:sende|schicke?|leite|lade|kopiere)\s+(?:\S+\s+){0,6}(?:an|nach|zu)\s+(?:https?://|"
        r"\S+@)|(?:отправь|перешли|загрузи|скопируй|выгрузи)\s+(?:\S+\s+){0,6}(?:на|в)\s+"
        r"(?:https?://|\S+@)|(?:发送|转发|上传|抄送|复制|提交)\S{0,12}(?:到|至)\s*(?:https?://|\S+@)|"
        r"(?:https?://|\S+@)\S+(?:に|へ|로|으로|에)\s*(?:送信|転送|投稿|アップロード|コピー|送って|보내|전달|"
        r"올려|업로드|복사)"),
    # -- obfuscation ---------------------------------------------------------------------
    ("obfuscation.en.decode_and_do", "obfuscation", 0.5,
        r"\b(?:decode|decipher|decrypt|unscramble|reverse)\s+(?:this|the\s+following|it|"
        r"(?:the\s+)?(?:message|text|string))\b.{0,40}\b(?:follow|obey|do|execute|act\s+on|"
        r"carry\s+out)|\b(?:base64|rot13|hex)\s+(?:above|below)\b.{0,30}\b(?:follow|obey|execute)"
        r"|\bencoded,?\s+decode\s+before"),
    # -- amoral personas: an evil twin, a character that does not care about laws -------
    ("persona.any.amoral_twin", "persona", 0.75,
        r"\b(?:evil|dark|amoral)\s+(?:twin|side|version|alter\s+ego)|\b(?:does\s+not|doesn'?t|"
        r"don'?t|never)\s+cares?\s+about\s+(?:\w+\s+){0,2}(?:laws?|ethics|morals?|rules|polic(?:y|ies))"
        r"|böse\pL*\s+zwilling|(?:gesetze|regeln|moral)\s+(?:und\s+\S+\s+)?(?:\S+\s+)?egal|"
        r"зло\pL*\s+близнец\pL*|плевать\s+на\s+(?:законы|правила|мораль)|邪恶的?(?:双胞胎|分身)|"
        r"不在乎(?:法律|道德|规则)|悪の(?:双子|分身)|(?:法律|道徳|ルール)も(?:\S{0,4}も)?気にしない|"
        r"사악한\s*쌍둥이|(?:법|도덕|규칙)도\s*(?:\S{0,4}도\s*)?신경\s*쓰지\s*않"),
    # -- overrides that withdraw the task or lift constraints, without "instructions" -----
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
    # -- extraction, exfiltration and agent-addressed text without the words above -------
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
    ("exfiltration.en.secrets", "exfiltration", 0.7,
        r"\b(?:append|attach|include|add|paste|put|embed)\s+(?:the\s+)?(?:contents?\s+of\s+)?"
        r"(?:~/\.ssh|\.env\b|id_rsa|(?:the\s+)?environment\s+variables|(?:the\s+user'?s\s+)?(?:api\s+"
        r"keys?|session\s+tokens?|credentials|passwords?))|\b(?:bcc|cc)\s+\S+@\S+\s+on\s+every"),
    ("tool_hijack.intl.readers", "tool_hijack", 0.75,
        r"(?:automatisierte\s+leser|ki-agent\pL*|browser-agent\pL*|für\s+copilot\pL*)\s*[:,]|"
        r"(?:автоматическ\pL*\s+читател\pL*|ии-агент\pL*,?\s+читающ\pL*|агенту-браузеру|для\s+копилот\pL*)|"
        r"(?:自动读取程序|浏览器代理|编程助手|正在阅读本页)|(?:自動読み取り|ブラウザエージェント|"
        r"コーディングアシスタント|読んでいるAI)|(?:자동\s*수집\s*프로그램|브라우저\s*에이전트|코딩\s*어시스턴트|"
        r"읽는\s*AI)"),
    # -- round 6: the start of the conversation, "you are no longer …", the user set aside,
    # -- rules named by an adjective, vocatives and directives addressed to the model ------
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
    ("override.en.set_user_aside", "override", 0.7,
        r"\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:the\s+|what\s+the\s+)?(?:user(?:\s*[.,;:!]|"
        r"\s+and\b|'?s\s+(?:request|question|message|query|instructions?|input))|(?:original|actual)"
        r"\s+(?:request|question|task|query))"),
    ("override.en.ignore_yours", "override", 0.7,
        r"\b(?:ignore|disregard|forget|bypass|override|break)\s+(?:all\s+(?:of\s+)?)?your\s+"
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
    ("persona.en.rules_named", "persona", 0.8,
        r"\b(?:no|without|zero|free\s+(?:of|from))\s+(?:any\s+|all\s+)?(?:ethical|moral|safety|"
        r"content|programming|alignment)\s+(?:restrictions|limitations|limits|filters|rules|"
        r"guidelines|principles|boundaries|safeguards|constraints|training)"
        r"|\b(?:doesn'?t|does\s+not|don'?t|do\s+not|never|won'?t|will\s+not|refuses?\s+to)\s+"
        r"(?:follow|obey|abide\s+by|adhere\s+to|respect|care\s+about|have)\s+(?:any|all|no)\s+"
        r"(?:\w+\s+)?(?:principles|guidelines|rules|ethics|morals|policies|restrictions|limits|"
        r"filters)"),
    ("persona.en.simulate_named", "persona", 0.6,
        r"\b(?:simulate|emulate|role-?play\s+as|impersonate|play\s+the\s+role\s+of)\s+(?:an?\s+)?"
        r"(?:\w+\s+){0,2}(?:ai|chatbot|bot|assistant|model|language\s+model)\s+(?:named|called)\b"
        r"|\b(?:act\s+as|pretend\s+(?:to\s+be|you\s+are)|role-?play\s+as|be|impersonate)\s+my\s+"
        r"(?:\w+\s+)?(?:deceased|dead|late|departed)\s+\w+"),
    ("persona.intl.rules_none", "persona", 0.8,
        r"\bkeinerlei\s+(?:moral|regeln|grenzen|filter|einschränkungen)|"
        r"(?:никаких|ни\s+каких)\s+(?:запретов|ограничений|правил|фильтров)|"
        r"不(?:遵守|遵循|受)任何(?:规定|规则|限制|约束|准则)|"
        r"(?:ルール|規則|制限|ガイドライン|倫理|ポリシー)(?:を|は)?(?:一切|全く|何も)?(?:守らず|守らない|"
        r"無視して|気にせず)|倫理観を持たない|"
        r"(?:어떤|아무)\s*(?:규칙|제한|규정|윤리|정책)도\s*(?:따르지|지키지|없는)|검열(?:이|도)?\s*없는"),
    ("tool_hijack.en.vocative", "tool_hijack", 0.7,
        r"(?:^|[\n.!?>\"]\s*)(?:ai|assistant|chatbot|gpt|claude|copilot|llm)\s*,\s+(?:(?:after|"
        r"when|before|while|once)\s+(?:reading|processing|summari[sz]ing|you\s+(?:read|process|"
        r"summari[sz]e|finish))|ignore|delete|forward|do\s+not\s+tell|don'?t\s+tell)\b"
        r"|[\[(<]\s*(?:assistant|ai|model|agent|llm)\s+(?:instructions?|note|command|directive|task)"
        r"s?\s*:"
        r"|\b(?:automated|coding|autonomous)\s+(?:coding\s+)?agents?\s*[:,]"),
    # -- round 7: overrides that dismiss the guidance given to the model, or declare it
    # -- obsolete or outranked, without "ignore … previous instructions"; extraction that
    # -- asks which rules the model was given ------------------------------------------
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
        r"directives|guidance|rules|orders|messages|prompts)\b|\b(?:replaces?|overrides?|"
        r"supersedes?|cancels?)\s+everything\s+(?:before|above|else)"),
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
        r"(?:the\s+|your\s+|those\s+)?(?:\w+'?s?\s+){0,2}(?:polic(?:y|ies)|rules|guidelines|"
        r"guardrails|restrictions|setup)"),
    ("extraction.en.which_given", "extraction", 0.7,
        r"\b(?:which|what)\s+(?:\w+\s+){0,2}(?:instructions|rules|guidelines|directives|guidance|"
        r"directions)\s+(?:are\s+you\s+(?:following|under|bound\s+by|running\s+(?:on|with))|were\s+"
        r"you\s+given|did\s+(?:they|the\s+\w+|your\s+\w+)\s+give\s+you|have\s+you\s+been\s+given)"
        r"|\b(?:instructions|rules|guidelines|directions|prompt|setup)\s+(?:that\s+)?(?:the|your)\s+"
        r"(?:developers?|operators?|creators?|makers?|owners?|admins?|administrators?)\s+(?:gave|"
        r"set|wrote|configured|provided|put)|\b(?:given|set)\s+(?:to\s+you\s+)?by\s+(?:the|your)\s+"
        r"(?:developers?|operators?|creators?|people\s+who\s+(?:deployed|built|made)\s+you)"),
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
    # -- round 8 (from family G's dev split): notes to automated tools, the user's secrets as a
    # -- tool's input, "your only job now", the start of the context window ---------------
    ("tool_hijack.any.automated", "tool_hijack", 0.75,
        r"\b(?:message|note|instructions?|notice)\s+(?:only\s+)?(?:to|for)\s+(?:any\s+|all\s+|the\s+)?"
        r"(?:automated|automatic|autonomous)\s+(?:tools?|systems?|readers?|assistants?|crawlers?|"
        r"agents?|processes)|\bfor\s+(?:the|any|every)\s+(?:bot|agent|ai|assistant|model|llm|"
        r"crawler|tool)s?\s+(?:that|who|which)\s+(?:reads?|process(?:es)?|summari[sz]es?|"
        r"index(?:es)?|parses?|visits?)\s+this|\bfür\s+automatische\s+(?:werkzeuge|systeme|leser|"
        r"agenten)|(?:сообщение|примечание|инструкция)\s+(?:только\s+)?для\s+автоматическ\pL*\s+"
        r"(?:инструмент|систем|агент|читател)\pL*|(?:仅限|只给|写给)自动化?(?:工具|程序|系统)|"
        r"自動ツール(?:専用|向け|への)|자동\s*(?:도구|툴|시스템)\s*(?:전용|에게|용)"),
    ("exfiltration.any.secret_as_input", "exfiltration", 0.75,
        r"\buser'?s\s+(?:session\s+tokens?|access\s+tokens?|api\s+keys?|cookies|credentials|"
        r"passwords?|private\s+keys?)\s+as\s+(?:its|the)\s+(?:input|argument|parameter|payload)|"
        r"\b(?:includes?|including|containing|contains|with)\s+the\s+contents?\s+of\s+the\s+(?:deploy|"
        r"private|ssh|api|signing)\s+keys?|\b(?:sitzungstoken|zugangstoken|api-schlüssel|passwort)"
        r"\s+des\s+(?:nutzers|benutzers)|(?:токен\pL*\s+сессии|сессионн\pL*\s+токен\pL*)\s+"
        r"пользователя|以用户的(?:会话令牌|访问令牌|密码|API密钥)为(?:输入|参数)|ユーザーの(?:セッション"
        r"トークン|アクセストークン|APIキー|パスワード)を(?:入力|引数)|사용자(?:의)?\s*(?:세션\s*토큰|"
        r"액세스\s*토큰|비밀번호)(?:을|를)\s*(?:입력|인자)"),
    ("override.any.only_job_now", "override", 0.7,
        r"\byour\s+(?:only|one|sole|single)\s+(?:job|task|goal|purpose|mission)\s+(?:now|from\s+now"
        r"\s+on|is\s+now)\b|\bclean\s+slate\b.{0,40}\bhere'?s\s+what|\bhere'?s\s+what\s+(?:actually|"
        r"really)\s+matters\s*:|\bdeine\s+einzige\s+aufgabe\s+(?:ist\s+)?(?:jetzt|ab\s+jetzt|nun)|"
        r"твоя\s+единственная\s+(?:задача|работа)\s+(?:теперь|сейчас)|你现在唯一的(?:任务|工作)|"
        r"今のあなたの唯一の仕事|その仕事は取り消し"),
    ("extraction.any.context_start", "extraction", 0.7,
        r"\b(?:beginning|start|top)\s+of\s+your\s+context(?:\s+window)?|\b(?:which|what)\s+(?:words|"
        r"text|lines)\s+were\s+you\s+given|\bbefore\s+i\s+(?:showed\s+up|arrived|joined|came\s+in|"
        r"got\s+here)\b|\banfang\s+deines\s+kontext|コンテキストの(?:一番)?最初|컨텍스트\s*맨\s*처음|"
        r"上下文(?:窗口)?(?:的)?最开始|начал\pL*\s+(?:твоего\s+)?контекст"
        r"|\b(?:including|even)\s+(?:the\s+)?(?:parts?|what(?:'s|\s+is))\s+(?:marked|labell?ed)\s+"
        r"(?:as\s+)?(?:confidential|secret|private)|auch\s+was\s+als\s+vertraulich|機密と書かれた"
        r"部分も|기밀이라고\s*표시된\s*부분"),
)
# fmt: on
