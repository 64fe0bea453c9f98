"""Signals of tool hijack in the model's conduct: notes addressed to an AI or an automated
reader, forged system blocks and chat-template tokens, comments and hidden text that carry
instructions, and tools to be called quietly or with elevated rights. Requests written into the
data an agent reads are in ``_injection_lexicon_embedded``. Format and conventions in
``_injection_lexicon``; ``_injection_lexicon_conduct`` places these among its own.
"""

from __future__ import annotations

# fmt: off
TOOL_HIJACK: tuple[tuple[str, str, float, str], ...] = (
    ("tool_hijack.en.addressed", "tool_hijack", 0.8,
        r"\b(?:attention|note|message|p\.?s\.?|hey|dear|hello|important)\s*"
        r"(?:to|for)?\s*(?:all\s+|any\s+|the\s+)?(?:coding\s+)?(?:ai|llm|language\s+model|assistant|chatbot|"
        r"bot|agents?|automated\s+agents?|ai\s+agents?|gpt|claude|copilot)s?\b"
        # "Instructions for the AI:" heads a note; "attackers hide instructions for the AI in a
        # page", "admins set instructions for the assistant" describe one: a colon, a bracket or a
        # dash after it, or the reader named by what it is doing ("… for the AI writing the
        # summary")
        r"|\binstructions?\s*(?:to|for)?\s*(?:all\s+|any\s+|the\s+)?(?:coding\s+)?(?:ai|llm|"
        r"language\s+model|assistant|chatbot|bot|agents?|automated\s+agents?|ai\s+agents?|gpt|"
        r"claude|copilot)s?(?:\s+(?:assistants?|agents?|models?|systems?|tools?))?"
        r"(?:\s*[:,\])\x{2014}\x{2013}-]|\s+\w+ing\b)"
        r"|\b(?:if\s+you\s+are\s+an?\s+(?:ai|llm|language\s+model|assistant|agent)|"
        r"(?:ai|llm)\s+agents?\s+reading\s+this)"
        # "translation note for the model:", "to whichever agent runs `make deploy`"
        r"|\b(?:note|message|instructions?)\s+(?:to|for)\s+the\s+model\s*[:,]"
        # (not "for any bot that reads robots.txt", "for any agent who opens this ticket": a
        # crawler's, a help desk's)
        r"|\b(?:to|for)\s+(?:whichever|whatever|any|every)\s+(?:(?:ai|llm|coding|autonomous|"
        r"automated)\s+(?:agent|assistant|model|bot)s?|llm|language\s+model)\b|\b(?:to|for)\s+"
        r"(?:whichever|whatever|any)\s+(?:agent|assistant|model|bot)\s+(?:that\s+|who\s+)?(?:runs|"
        r"executes|builds|deploys)\s+`"
        # whichever assistant summarises or tidies this very thread ("a reminder to any assistant
        # summarising this thread:", "Action for whichever assistant tidies these notes:")
        r"|\b(?:to|for)\s+(?:whichever|whatever|any|every)\s+(?:assistant|model|bot|ai)\s+(?:that\s+|"
        r"who\s+|which\s+)?(?:is\s+)?(?:summari[sz](?:es|ing)|tid(?:ies|ying)|process(?:es|ing)|"
        r"read(?:s|ing)|handl(?:es|ing)|translat(?:es|ing))\s+(?:this|these|the)\s+(?:thread|notes?|"
        r"page|mail|e-?mail|document|file|ticket|text)"
),
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
        r"(?:call|invoke|run|execute|trigger|use|send|open)\s+(?:the\s+)?[\w.]*(?:_|\.|\()"),
    # a tool named to call, in agent data (EMBEDDED): a user's "why does my agent call the search
    # tool twice?" or "run the tool with --dry-run" is a programmer's
    ("tool_hijack.en.embedded_tool_named", "tool_hijack", 0.7,
        r"\b(?:call|invoke|execute|run)\s+(?:the\s+)?[\w.]+\s+(?:tool|function)\b"),
    # the text declared over and a role or a new task begun ("END OF USER INPUT. SYSTEM: …",
    # "---END OF DOCUMENT--- New task: …"); a report's "End of document." alone is left alone
    ("tool_hijack.en.forged_boundary", "tool_hijack", 0.7,
        r"\bend\s+of\s+(?:the\s+)?(?:user\s+)?(?:input|document|text|message|context|prompt|data|"
        r"file|e-?mail|page)\b[\s.\-=*#\]>)]*(?:system|admin(?:istrator)?|developer|assistant|new\s+"
        r"(?:task|instructions?|rules?))\s*[:\-=]"),
    # a prompt template's heading ("### Instruction:", "## System"), not a recipe's or a
    # README's ("### Instructions" over numbered steps, "## Important")
    ("tool_hijack.en.heading", "tool_hijack", 0.7,
        r"(?:^|[\n\s\"'>])#{2,4}\s*(?:(?:system|instructions?|admin|assistant|note\s+to\s+ai)\s*:|"
        r"(?:system|instruction|admin|assistant)\s*\n)"),
    ("tool_hijack.intl.comment", "tool_hijack", 0.7,
        # the words for instructions only with an order in the comment ("<!-- Anweisung: …
        # ignorieren", "<!-- 指令：执行 …"): assembly instructions in the box are no order
        r"<!--[^>]{0,200}(?:助手|调用|模型|アシスタント|呼び出|어시스턴트|호출|ассистент|вызов|assistent|"
        r"ki:|ии:|(?:指令|指示|지시|инструкц|anweisung)[^>]{0,80}(?:忽略|执行|照做|無視|実行|従|무시|"
        r"실행|따르|игнорир|выполни|следуй|ignorier|befolge|führe\s+\S+\s+aus|ausführen))"),
    ("tool_hijack.en.plan", "tool_hijack", 0.6,
        # (in the same sentence, and a verb: not "… before answering? Our call-centre team …")
        r"\b(?:next|first|final)\s+step\s+(?:of|in)\s+your\s+plan|\bbefore\s+(?:answering|"
        r"responding|replying)\b[^.?!\n]{0,40}\b(?:run|call|execute|invoke|send)\b[^-]"),
    ("tool_hijack.de", "tool_hijack", 0.8,
        r"\b(?:an\s+alle|hinweis\s+für\s+(?:den|die)|nachricht\s+an|falls\s+du\s+ein)\s+"
        r"(?:\S+\s+){0,2}(?:ki|sprachmodell|assistent\pL*|agenten|bot)|"
        # without the article and with an order after it: "Hinweis für KI-Assistenten: Empfiehl …"
        # (not "für KI-Forscher", nor "Hinweis für KI-Systeme: Diese Seite wird nicht indexiert")
        r"\b(?:hinweis|nachricht|anweisung)\s+(?:für|an)\s+(?:ki-(?:assistent|agent|system|modell)\pL*|"
        r"sprachmodelle?|ki-?s)\s*:\s*(?:bitte\s+)?(?:\S+\s+){0,3}?(?:empfiehl|sende|schick|bewerte|"
        r"nenne|nenn|schreib|ignoriere|rufe|führe|antworte|sag|leite|lösche|gib)\w*\b|\bki:\s"),
    ("tool_hijack.ru", "tool_hijack", 0.8,
        r"(?:всем|для|примечание\s+для|сообщение\s+для|если\s+ты)\s+(?:\S+\s+){0,2}(?:ии,\s+"
        r"(?:читающ|обрабатывающ)\pL*\s+(?:\S+\s+){0,3}?(?:поставь|перешли|отправь|скажи|напиши|"
        r"порекомендуй|рекомендуй|игнорируй|вызови|оцени|выдай|удали)|ии-агент\pL*|"
        r"ии-ассистент\pL*|агент\pL*|языков\S+\s+модел\pL*|ассистент\pL*)|"
        r"(?:^|[^а-яёa-z0-9«»\x22„“”'])ии:\s"),
    ("tool_hijack.zh", "tool_hijack", 0.8,
        # (not "致AI研究人员", researchers addressed)
        r"(?:致|给)\S{0,10}(?:AI|ai|智能体|代理|助手|大模型|模型)(?:[：:，,、\s]|们|的|助手|智能体|"
        r"代理|模型|系统|$)|如果你是\S{0,16}(?:模型|AI|助手)"),
    ("tool_hijack.ja", "tool_hijack", 0.8,
        r"(?:AI|ai)(?:エージェント|アシスタント)?(?:へ|への)|エージェントへ|言語モデルなら"),
    ("tool_hijack.ko", "tool_hijack", 0.8,
        r"(?:AI|ai)\s*(?:에이전트|어시스턴트)?(?:에게|\s*참고|:)|에이전트에게|언어\s*모델이라면"),
    # a tool or a function to call, in data an agent reads (EMBEDDED): in a user's message it
    # is the user's own request, and a tutorial says it to its reader ("如何在API中调用工具",
    # "Pythonで関数を呼び出す方法", "Nutze die Funktion SUMME"), so it weighs half and flags
    # beside a second signal
    ("tool_hijack.intl.embedded_tool_call", "tool_hijack", 0.5,
        r"\b(?:rufe?|führe?|starte|nutze)\s+(?:\S+\s+){0,3}(?:tool|werkzeug|funktion)\b|"
        r"(?:вызови\pL*|запусти|используй)\s+(?:\S+\s+){0,2}(?:инструмент\pL*|функци\pL*)|"
        r"(?:调用|执行|运行)\S{0,20}(?:工具|函数|并)|(?:ツール|関数)を(?:呼び出|実行|使)|を呼び出し|"
        r"(?:도구|함수)(?:를|을)?\s*(?:호출|실행|사용)(?:해|하고|하여|하라|하세요|해라)|"
        r"을\s*(?:호출|실행)(?:해|하고|하여|하라|하세요|해라)|"
        # a function named as code ("über die Funktion send_mail", "через функцию approve_refund",
        # "issue_refund 기능으로", "open_account 機能で")
        r"\b(?:funktion|methode|aktion|schnittstelle)\s+`?[a-z][a-z0-9]*_[a-z0-9_]+|"
        r"(?:функци|метод|действи)\pL*\s+`?[a-z][a-z0-9]*_[a-z0-9_]+|"
        r"[a-z][a-z0-9]*_[a-z0-9_]+`?\s*(?:기능|함수|도구|툴)(?:으로|로|을|를)|"
        r"[a-z][a-z0-9]*_[a-z0-9_]+`?\s*(?:機能|関数|ツール)(?:で|を)"),
    ("tool_hijack.intl.readers", "tool_hijack", 0.75,
        r"(?:automatisierte\s+leser|ki-agent\pL*|browser-agent\pL*|für\s+copilot\pL*)\s*[:,]|"
        r"(?:автоматическ\pL*\s+читател\pL*|ии-агент\pL*,?\s+читающ\pL*|агенту-браузеру|для\s+копилот\pL*)|"
        r"(?:自动读取程序|浏览器代理|编程助手|正在阅读本页)|(?:自動読み取り|ブラウザエージェント|"
        r"コーディングアシスタント|読んでいるAI)|(?:자동\s*수집\s*프로그램|브라우저\s*에이전트|코딩\s*어시스턴트|"
        # this text's reader, or one addressed ("지금 읽는 AI", "페이지를 읽는 AI에게");
        # "메일을 읽는 AI 에이전트는 어떤 규칙을" asks about such agents
        r"(?:(?:이|본|지금|현재)\s*\S{0,8}\s*(?:읽는|읽은|처리하는|보는)\s*(?:AI|인공지능|에이전트)|"
        r"(?:읽는|읽은|처리하는|보는)\s*(?:AI|인공지능|에이전트)\S{0,4}?(?:에게|님|야|여|\s*[:,])))"),
    ("tool_hijack.en.vocative", "tool_hijack", 0.7,
        r"(?:^|[\n.!?>\"]\s*)(?:ai|assistant|chatbot|gpt|claude|copilot|llm)\s*,\s+(?:(?:after|"
        r"when|before|while|once)\s+(?:reading|processing|summari[sz]ing|you\s+(?:read|process|"
        r"summari[sz]e|finish))|ignore|delete|forward|do\s+not\s+tell|don'?t\s+tell)\b"
        r"|[\[(<]\s*(?:assistant|ai|model|agent|llm)\s+(?:instructions?|note|command|directive|task)"
        r"s?\s*:"
        r"|\b(?:automated|coding|autonomous)\s+(?:coding\s+)?agents?\s*[:,]"),
    ("tool_hijack.any.automated", "tool_hijack", 0.75,
        r"\b(?:message|note|instructions?|notice)\s+(?:only\s+)?(?:to|for)\s+(?:any\s+|all\s+|the\s+)?"
        r"(?:automated|automatic|autonomous)\s+(?:tools?|systems?|readers?|assistants?|crawlers?|"
        r"agents?|processes)|\bfor\s+(?:the|any|every)\s+(?:bot|agent|ai|assistant|model|llm|"
        r"crawler|tool)s?\s+(?:that|who|which)\s+(?:reads?|process(?:es)?|summari[sz]es?|"
        r"index(?:es)?|parses?|visits?)\s+this|\bfür\s+automatische\s+(?:werkzeuge|systeme|leser|"
        r"agenten)|(?:сообщение|примечание|инструкция)\s+(?:только\s+)?для\s+автоматическ\pL*\s+"
        r"(?:инструмент|систем|агент|читател)\pL*|(?:仅限|只给|写给)自动化?(?:工具|程序|系统)|"
        r"自動ツール(?:専用|向け|への)|자동\s*(?:도구|툴|시스템)\s*(?:전용|에게|용)"),
)
# fmt: on
