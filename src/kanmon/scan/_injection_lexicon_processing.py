"""Orders in agent data tied to the machine's own handling of it, however the machine is named:
an address to any program, named by what it is rather than by a role from a list ("Note to any
shopping assistant comparing kettles: tell the customer …", "Automated triage bot: set …",
"Überwachungsagent: Deaktiviere …", "Бот поддержки, закрой …", "Помощнику: ответь …"); an
order that holds while the data is summarised, extracted, ranked or passed on ("When
extracting fields from this invoice, report …", "Wenn du diesen Termin für den Nutzer
zusammenfasst, verschweige …", "При извлечении данных укажи …", "汇总这张表时把 …",
"この通知を要約する場合、… 促してください", "답변을 생성할 때 … 하세요"); and what the answer
to the user must say, declared by the data ("The answer to the user must say …", "Generierte
Antworten zu dieser Seite müssen …", "Ответ пользователю должен …").

Counted in tool results and documents only (``EMBEDDED``). Mail and pages speak to their own
readers the same way ("When replying to this email, keep the ticket number", "Support agent:
tell the customer …", "处理此订单时，请注意包装"), so the handling is a machine's (summarising,
extracting, ranking, passing on, answering the user), the order one that a person's
instructions for it do not give (hide, misreport, rank first, tell the user a claim, send,
transfer, delete, call a tool), and the address is to a program: a bot,
an AI, a language model, or an assistant, agent, system, model or tool qualified as automated
or by the data it handles ("shopping assistant", "monitoring agent"); a chat export's bare
speaker labels ("Assistant:", "Bot:") and people's roles are left out. Format and conventions
in ``_injection_lexicon``.
"""

from __future__ import annotations

from kanmon.scan._injection_lexicon_addressees import _DO_DE, _DO_EN, _DO_RU

#: Orders that open a clause (en): the addressees' and an agent's deeds on records.
_ORDER_EN = (
    r"(?:(?:please\s+)?(?:report|list|set|rate|score|place|resolve|reset|close|accept|book|"
    r"cancel|update|change|render|open|post|share|use|steer|log|add|award|select|pick|approve)\b|"
    rf"{_DO_EN})"
)

#: Where an address starts: the text's start, a new line or sentence, an opening mark.
_AT = r"(?:^|[\n.!?>\"'\]\[()*•|#/“„«「）—–]\s*|[:：]\s+|\s-\s)"

#: What makes an assistant or an agent a program (en), and the nouns it qualifies.
_QUALIFIED_EN = r"(?:ai|a\.i\.|llm|gpt|ml|automated|automatic|autonomous|virtual|robo)"
_HEADS_EN = (
    r"(?:assistants?|agents?|models?|systems?|tools?|helpers?|reviewers?|readers?|engines?|"
    r"bots?|services?|workers?|processors?|clerks?|operators?)"
)
#: A program by what it is (en): always a machine, or a machine by its qualifier and its task
#: ("AI helpdesk agent"). "AI assistant:" alone is a chat export's speaker label; it counts
#: only where the text addresses it ("Note to the AI assistant:", "Dear AI agent,").
_MACHINE_EN = (
    rf"(?:{_QUALIFIED_EN}[-\s]+[\w&/-]+\s+{_HEADS_EN}|[\w&/-]+bots?|[\w&/-]+\s+"
    r"(?:chat)?bots?|ais|llms?|(?:large\s+)?language\s+models?|gpts?|copilots?|crawlers?|"
    r"scrapers?|(?:translation|transcription|summary|ranking|recommendation|recommender|"
    r"screening|scoring|extraction|indexing|note[-\s]taking|q&a|qa|monitoring|triage|shopping|"
    r"scheduling|calendar|inbox|mail|email|e-mail|coding|code|browsing|browser)\s+"
    r"(?:assistants?|agents?|models?|engines?|systems?|tools?|helpers?|pipelines?))"
)
#: What an address may open with ("Note to", "Attention", "Dear", "Hey").
_NOTE_EN = (
    r"(?:(?:a\s+|quick\s+|short\s+|one\s+|important\s+)?(?:note|message|reminder|instructions?|"
    r"directive|hint|request|memo|notice|heads[-\s]up|p\.?s\.?|attention|warning|guidance)\s+"
    r"(?:to|for)\s+|attention\s*,?\s+|dear\s+|hey\s+|hi\s+|hello\s+)?"
)
#: Orders that open a clause (de): the addressees' and an agent's deeds on records and systems.
_ORDER_DE = (
    r"(?:(?:bitte\s+)?(?:ruf|deaktivier|deaktiviere|aktivier|aktiviere|schließe|öffne|genehmig|"
    r"genehmige|teile|teil|stuf|stufe|ändere|ändre|lade|(?:löschen|senden|leiten|überweisen|"
    rf"bestätigen|entfernen|ändern|markieren)\s+sie)\b|{_DO_DE})"
)
#: Programs by what they are (de), compounds included ("Überwachungsagent", "Sprachassistenz";
#: not a person's "Reiseagent" or "Kundenassistent").
_MACHINE_DE = (
    r"(?:\pL+(?:bot|modell)|(?:überwachungs|bearbeitungs|verarbeitungs|sprach|code|"
    r"programmier|such|einkaufs|recherche|übersetzungs|zusammenfassungs|bewertungs|auswertungs|"
    r"monitoring|mail|postfach|chat|triage|analyse|sortier|prüf|auswahl|empfehlungs|ranking|"
    r"screening)(?:agent|agenten|assistent|assistenten|assistenz)|bot|ki|ki-\pL+|"
    r"\pL+-(?:tool|system|programm|werkzeug)|(?:automatische[rnms]?|automatisierte[rnms]?|"
    r"maschinelle[rnms]?)\s+(?:\pL+\s+)?\pL+|sprachmodell\pL*|empfehlungssystem\pL*|"
    r"bewertungssystem\pL*|entwicklerwerkzeug\pL*)"
)
#: Orders that open a clause (ru): the addressees' and an agent's deeds on records and systems.
_ORDER_RU = (
    r"(?:(?:пожалуйста,?\s+)?(?:добавляй|выключи|отключи|закрой|закройте|измени|смени|умножь|"
    rf"замени|называй|направляй|проси|не\s+спрашивай)|{_DO_RU})(?:[^\pL]|$)"
)
#: Programs by what they are (ru), in any case ("Помощнику:", "агенту мониторинга").
_MACHINE_RU = (
    r"(?:бот\pL*\s+\pL+|чат-бот\pL*|нейросет\pL*|ии|ии-\pL+|нейросеть-\pL+|языков\pL*\s+"
    r"модел\pL*|(?:агент|ассистент|помощник)\pL*\s+(?:мониторинга|поддержки|"
    r"обработки|проверки|анализа)|(?:цифров|виртуальн|умн|автоматическ)\pL*\s+(?:агент|"
    r"ассистент|помощник)\pL*|систем\pL*\s+(?:отбора|оценки|ранжирования|распознавания|"
    r"анализа|проверки|модерации|скоринга|мониторинга|поддержки)|автоматическ\pL*\s+\pL+)"
)
#: A bare assistant or agent addressed (ru), the order right after it: "Помощнику: ответь …";
#: with a word after it, it is as often a person's role ("Помощнику бухгалтера: отправь …").
#: Called by name with a comma, it is spoken to ("Ассистент, когда прочитаешь этот файл, создай
#: …"); with a colon, a chat export's speaker label ("Ассистент: Конечно, отправьте …").
_BARE_RU = r"(?:(?:боту|помощнику|ассистенту|агенту|для\s+помощника)\s*[:,—]|(?:ассистент|бот)\s*,)"

#: The machine's handling of the data (en), with the data named or the user it is for.
_HANDLING_EN = (
    r"(?:(?:summari[sz]|extract|rank|compar|generat|pars|screen|triag|index|relay|present)\w*|"
    r"answer\w*\s+(?:questions?|queries)\s+about|describ\w*\s+(?:this|these|it)\s+to)"
    r"\s+(?:\S+\s+){0,6}?(?:this|these|the\s+above|the\s+following|for\s+(?:the\s+|a\s+)?"
    r"(?:users?|customers?|readers?|shoppers?|residents?))\b"
    r"|(?:write|writing|generate|generating|produce|producing|compile|compiling|prepare|"
    r"preparing)\s+(?:the|a|your)\s+(?:minutes|summary|recap|digest|ranking|report|comparison|"
    r"answer|reply|response|overview)"
)

#: What the order asks of the handling, where a person's instructions for the same handling
#: ask for a table, the sources or the deadline: to hide, misreport or slant the data, tell the
#: user a claim, or act with it (en, de, ru, zh, ja, ko).
_G = r"[^.\n]{1,40}?"
_SLANT_EN = (
    r"(?:omit|leave\s+out|hide|skip|exclude|(?:do\s+not|don'?t|never)\s+(?:mention|include|show|"
    rf"quote|list|tell)|(?:report|mark|describe|list|present|label|treat){_G}\s+as\b|(?:rank|"
    rf"place|put|list){_G}\s+(?:first|top|#1|higher|above)|call\s+(?:it|them|this)\b|claim|"
    r"say\s+(?:that|it|the)\b|state\s+that|tell\s+(?:the\s+)?(?:user|customer|reader|them)|"
    r"double|multiply|delete|send|forward|transfer|call\s+\w+\(|visit|(?:add|include|append)"
    r"\s+(?:the\s+|this\s+)?(?:link|url)|steer)"
)
_SLANT_DE = (
    rf"(?:verschweig\pL*|lass\pL*{_G}\s*weg|(?:erwähne|nenne|zeige){_G}nicht|(?:bezeichne|"
    rf"markiere|stufe|behandle){_G}\s+als|behaupte|(?:sag|schreib)\pL*,?\s+dass|lösch\pL*|"
    rf"überweis\pL*|leite{_G}\s+weiter|sende|schick\pL*|ruf\pL*{_G}\s+auf|führe{_G}\s+aus|"
    rf"setze{_G}\s+(?:auf|an\s+die\s+erste))"
)
_SLANT_RU = (
    r"(?:не\s+(?:упоминай|говори|пиши|показывай|указывай|сообщай)|скрой|умолчи|пропусти|удали|"
    rf"замени|умножь|измени|(?:отметь|укажи|назови|представь|опиши){_G}\s+как|называй|перешли|"
    r"отправь|вызови|выполни|направляй|добавляй|добавь\s+ссылк|(?:скажи|напиши|сообщи),?\s+что|"
    rf"ставь{_G}\s+на\s+первое)"
)
_SLANT_ZH = (
    r"(?:只写|只说|只能|只推荐|不要提|不要写|别写|别提|不要告诉|不要透露|隐瞒|省略|删掉|删除|改成|"
    r"改为|说成|写成|说是|写为|把[^。\n]{1,30}?(?:写成|说成|改成|改为|排第一|排在第一|按[^。\n]{1,10}?"
    r"计算|删掉|删除|隐去|翻倍|乘以)|排第一|先(?:用|调用)|调用|转发|发送|转账|告诉用户|直接告诉)"
)
_SLANT_JA = (
    r"(?:書かない|書かず|触れない|触れず|言及しない|言及せず|省いて|省く|省略|削除|除外|書き換え|"
    r"と答え|と伝え|と紹介|と記載|と書いて|1位に|のみ|だけ|促して|案内して|共有して|実行|送信|転送)"
)
_SLANT_KO = (
    r"(?:빼라|빼고|빼\s*주|쓰지\s*마|적지\s*마|언급하지|알리지|삭제|바꾸|바꿔|고쳐|1위|만\s*포함|"
    r"(?:라|다)?고\s*(?:안내|답|말|쓰|적|소개)|입력하)"
)

# fmt: off
PROCESSING: tuple[tuple[str, str, float, str], ...] = (
    # -- a program addressed by what it is ----------------------------------------------------
    # ("Note to any shopping assistant comparing kettles: tell …", "Automated triage bot: set
    # …", "AI helpdesk agent: reset …"; not "Support agent: tell the customer …", "Assistant:")
    ("tool_hijack.en.embedded_machine_addressed", "tool_hijack", 0.75,
        rf"{_AT}{_NOTE_EN}(?:the\s+|any\s+|all\s+|every\s+|each\s+|whichever\s+|whatever\s+)?"
        rf"(?:[\w&/-]+\s+){{0,2}}?{_MACHINE_EN}(?:\s+[^:;.\n]{{0,40}}?)?\s*(?:[:,]|—|--|\s-)\s*"
        rf"{_ORDER_EN}"
        rf"|{_AT}(?:{_NOTE_EN}(?:the\s+|any\s+|all\s+|every\s+|each\s+)?|(?:the|any|all|every|"
        rf"each)\s+){_QUALIFIED_EN}[-\s]+{_HEADS_EN}(?:\s+[^:;.\n]{{0,40}}?)?\s*(?:[:,]|—|--|\s-)"
        rf"\s*{_ORDER_EN}"),
    ("tool_hijack.de.embedded_machine_addressed", "tool_hijack", 0.75,
        rf"{_AT}(?:(?:hinweis|nachricht|notiz|anweisung|info|achtung|bitte|erinnerung)\s+"
        r"(?:an|für)\s+(?:den|die|das|alle|jede[nrs]?|unsere[nm]?)?\s*(?:\pL+\s+){0,2}?|liebe[rs]?\s+|"
        rf"hallo\s+|falls\s+ein\s+|wenn\s+ein\s+)?{_MACHINE_DE}(?:\s+[^:;.\n]{{0,40}}?)?\s*"
        rf"(?:[:,]|—|\s-)\s*{_ORDER_DE}"),
    ("tool_hijack.ru.embedded_machine_addressed", "tool_hijack", 0.75,
        rf"{_AT}(?:(?:напоминание|заметка|указание|инструкция|сообщение|примечание|внимание|"
        r"note)\s+(?:для\s+|к\s+)?|уважаем\pL*\s+|дорог\pL*\s+|эй,?\s+)?"
        rf"(?:{_MACHINE_RU}(?:\s+[^:;.\n]{{0,30}}?)?\s*(?:[:,]|—|\s-)|{_BARE_RU})\s*(?:[^.\n]{{0,60}}?[,:]\s*)?"
        rf"{_ORDER_RU}"),
    # (zh, ja, ko: a program by what it is, qualified by what it does or by the data it
    # handles, then an order in the same sentence: "运维代理请执行 …", "邮件助手请注意：…",
    # "監視エージェントは … 記載すること", "議事録作成ツールへ：… 消してください",
    # "상담 봇 지침: … 생략하세요", "일정 관리 AI는 … 알리지 마세요"; a bare "系统：",
    # "システムは" or "시스템은" is a notice to people as often)
    ("tool_hijack.zh.embedded_machine_addressed", "tool_hijack", 0.75,
        r"\p{Han}(?:AI|ＡＩ|智能体|机器人|代理|助手)(?:们)?\s*(?:请注意|注意|请|须|必须|务必|应)"
        r"[：:，,]?[^。\n]{0,60}?(?:调用|执行|运行|删除|转发|发送|转账|告诉|回复|回答|输出|写|推荐|"
        r"说|把|将|不要|别|无需|只)"
        r"|(?:给|致|对)[^。\n：:]{0,12}?(?:AI|ＡＩ|智能体|机器人|代理|助手|模型)(?:们)?\s*[：:]"
        r"[^。\n]{0,60}?(?:调用|执行|运行|删除|转发|发送|转账|告诉|回复|回答|输出|写|推荐|说|把|将|"
        r"不要|别|无需|只|贴)"
        r"|(?:供|给)(?:自动|智能)?\p{Han}{0,4}(?:模型|系统|AI|ＡＩ)(?:读取|处理|参考)"),
    ("tool_hijack.ja.embedded_machine_addressed", "tool_hijack", 0.75,
        r"(?:る|た|だ|担当の|用の|作成|監視|管理|審査|評価|翻訳|要約|集計|経理|採点|分析|自動)\s*(?:AI|ＡＩ|モデル|エージェント|システム|ボット|チャットボット|"
        r"アシスタント|ツール)(?:は|へ|に|よ)\s*[、,：:]?[^。\n]{2,80}?(?:ください|下さい|こと|せよ|"
        r"しろ|しなさい|ないで)(?:[。！\n」）)]|ね|$)"),
    ("tool_hijack.ko.embedded_machine_addressed", "tool_hijack", 0.75,
        r"(?:AI|ＡＩ|인공지능|에이전트|봇|챗봇|비서|어시스턴트)(?:야|아|님|께|에게|한테|은|는|가)?"
        r"\s*(?:[:：,]|지침\s*[:：]|참고\s*[\]】:：])\s*[^.\n]{2,80}?(?:세요|하라|해라|할\s*것|"
        r"말\s*것|마라|하십시오|십시오|해\s*줘)(?:[.!\n)\]]|\s|$)"
        r"|(?:AI|ＡＩ|인공지능|에이전트|봇|챗봇|비서|어시스턴트)(?:야|아|님|께|에게|한테|은|는|가)"
        r"\s+[^.\n]{2,80}?(?:세요|하라|해라|할\s*것|말\s*것|마라|하십시오|십시오|해\s*줘)"
        r"(?:[.!\n)\]]|\s|$)"
        r"|(?:정산|평가|심사|관리|요약|번역|상담|리뷰|코딩|채점|분석)\s*(?:시스템|모델)(?:은|는|에게|"
        r"께)?\s*[:：,]?\s*[^.\n]{2,80}?(?:세요|하라|해라|할\s*것|말\s*것|마라|하십시오|십시오)"
        r"(?:[.!\n)\]]|\s|$)"),
    # -- an order that holds while the data is handled -----------------------------------------
    ("tool_hijack.en.embedded_while_handled", "tool_hijack", 0.7,
        rf"\b(?:when|whenever|while|if|before|after|once)\s+(?:you(?:'re|\s+are)?\s+|you\s+"
        rf"(?:have|'ve)\s+)?(?:\S+\s+){{0,2}}?(?:{_HANDLING_EN})[^.\n]{{0,60}}?,\s*(?:please\s+|"
        rf"also\s+|always\s+|just\s+)?{_SLANT_EN}"),
    ("tool_hijack.de.embedded_while_handled", "tool_hijack", 0.7,
        r"(?:^|[\s,.;:])(?:wenn|falls|sobald|bevor|nachdem|wer)\s+(?:du|ihr|ein\s+\pL+|eine\s+"
        r"\pL+)?\s*(?:\S+\s+){0,6}?(?:für\s+(?:den|die)\s+(?:nutzer|nutzerin|kunden|kundin|leser)"
        r"\pL*\s+)?(?:zusammenfasst|zusammenfassen|auswertest|auswertet|verarbeitest|verarbeitet|"
        r"beschreibst|beschreibt|extrahierst|extrahiert|vergleichst|vergleicht|bewertest|"
        r"wiedergibst|wiedergibt|weitergibst|weitergibt)\s*,\s*(?:soll\s+\pL+\s+|sollst\s+du\s+)?"
        rf"{_SLANT_DE}"
        r"|bei\s+der\s+(?:automatischen|automatisierten|maschinellen|ki-gestützten)\s+"
        r"(?:verarbeitung|auswertung|zusammenfassung|bearbeitung)\s+gilt"
        r"|generierte\s+antworten\s+(?:\S+\s+){0,4}?(?:müssen|sollen)"
        r"|in\s+(?:deiner|ihrer|jeder)\s+antwort\s+(?:\S+\s+){0,3}?(?:ausschließlich|nur|immer)"
        r"[^.\n]{0,40}?(?:link|url|adresse|nummer|seite)"),
    ("tool_hijack.ru.embedded_while_handled", "tool_hijack", 0.7,
        r"(?:^|[\s,.;:(«])(?:при\s+(?:извлечении|обработке|пересказе|составлении\s+(?:отчёта|"
        r"отчета|сводки|резюме|ответа)|генерации\s+ответа|суммаризации)|когда\s+(?:будешь|будете)"
        r"\s+(?:делать|составлять|писать|готовить|пересказывать|обрабатывать)|описывая\s+(?:эт|"
        r"данн)|отвечая\s+(?:пользовател|на\s+вопрос)|пересказывая|суммируя|обрабатывая\s+(?:эт|"
        r"данн))[^.\n]{0,60}?[,:]\s*" + _SLANT_RU
        + r"|при\s+(?:извлечении|обработке|анализе)\s+(?:данных|текста|документа|эт\pL+|"
        r"страниц\pL*|сч[её]та|письма)\s+(?:\pL+\s+){0,2}?" + _SLANT_RU
        + r"|ответ\pL*\s+пользовател\pL*\s+(?:\S+\s+){0,2}?(?:долж|обязан)"),
    ("tool_hijack.zh.embedded_while_handled", "tool_hijack", 0.7,
        r"(?:汇总|总结|整理|摘要|概括|转述|复述|比较|推荐|生成\S{0,4}(?:回答|回复|摘要|总结|纪要)|"
        r"读取|处理|回答用户|回复用户)[^。！，,\n]{0,4}?(?:本|此|这|该|用户)[^。！，,\n]{0,12}?"
        r"(?:时|前|之前|的时候|以前)[，,、]?\s*(?:请|务必|一定要?|必须|应当?|须)?\s*" + _SLANT_ZH),
    ("tool_hijack.ja.embedded_while_handled", "tool_hijack", 0.7,
        r"(?:要約|集計|読み上げ|読み込|回答を生成|返答を生成|まとめ)\S{0,6}?(?:する|した|される|を行う|の)?(?:際|とき|時|場合|前)(?:に)?は?[、,]"
        r"[^。\n]{0,60}?" + _SLANT_JA + r"[^。\n]{0,30}?(?:ください|下さい|こと|せよ|しなさい)"
        r"(?:[。！\n]|$)"),
    ("tool_hijack.ko.embedded_while_handled", "tool_hijack", 0.7,
        r"(?:요약|(?:답변|응답)을?\s*생성)\S{0,4}\s*(?:할|하는|생성할)\s*"
        r"(?:때|경우|때는|경우에는|때에는)[,，]?\s*[^.\n]{0,60}?" + _SLANT_KO
        + r"[^.\n]{0,30}?(?:세요|하라|해라|할\s*것|말\s*것|마라|마세요|하십시오|라)(?:[.!\n]|$)"),
    # -- what the answer to the user must carry, declared by the data --------------------------
    ("tool_hijack.en.embedded_answer_must", "tool_hijack", 0.7,
        r"\b(?:the|any|every|each|all|your|generated)\s+(?:answers?|repl(?:y|ies)|responses?|"
        r"summar(?:y|ies)|recaps?|outputs?)\s+(?:(?:given|sent|shown)\s+)?(?:to|for)\s+(?:the\s+)?"
        r"(?:users?|customers?|readers?|requesters?|shoppers?)\s+(?:must|should|shall|has\s+to|"
        r"have\s+to|is\s+to|are\s+to|needs?\s+to|will)\s+(?:always\s+|also\s+)?(?:say|state|"
        r"claim|tell|mention|read|recommend|direct|omit|hide|leave\s+out|(?:not|never)\s+mention|"
        r"(?:include|contain)\s+(?:the\s+|this\s+|a\s+)?(?:link|url|number|address|phrase|"
        r"request|code))\b"
        r"|\bthe\s+(?:summary|minutes|recap|digest)\s+(?:must|should|shall|needs?\s+to)\s+"
        r"(?:state|say|claim|report|record|note|mention)\s+that\b"),
)
# fmt: on
