"""Orders in agent data addressed to the machine that reads it by its role: a label that names
the program ("Summariser: …", "Screening model: rank …", "Bewertungssystem: setze …",
"Распознающей системе: считать …", "集計モデルへ：…", "리뷰 요약 봇: … 쓰세요"), or a clause
that says what it does with this very data ("Any language model asked to summarise this
contract shall …", "Programme, die dieses Postfach bearbeiten: …", "总结本合同的系统：",
"要約するAIは、…せよ", "채용 평가 시스템은 … 할 것").

Counted in tool results and documents only (``EMBEDDED``). The roles are programs' only: a
chat export's speaker labels ("Assistant:", "Bot:", "Agent:", "助手：", "系统：") are left out, as
are people's roles ("support agent", "reviewer", "translator"); a label counts only with an
order right after it. "Whoever processes this mailbox" may be a clerk: that clause weighs too
little alone and flags beside a second signal. Format and conventions in ``_injection_lexicon``.
"""

from __future__ import annotations

#: Where a label starts: the text's start, a new line or sentence, or an opening mark.
_START = r"(?:^|[\n.!?>\"'\]\[()*•|#/“„«「）]\s*|[:：]\s+)"

#: Programs named by role (en).
_ROLE_EN = (
    r"(?:summari[sz]ers?|summary\s+(?:bots?|models?|tools?|generators?|engines?)|summari[sz]"
    r"(?:ing|ation)\s+(?:models?|bots?|tools?|systems?|ai|assistants?|engines?)|screeners?|"
    r"screening\s+(?:models?|systems?|bots?|tools?|ai|software|algorithms?)|rankers?|ranking\s+"
    r"(?:models?|systems?|bots?|algorithms?|engines?|ai)|(?:review|code[-\s]review|pr|triage|"
    r"inbox|shopping|browsing|browser|research|coding)\s+(?:bots?|agents?)|(?:coding|code|"
    r"shopping|browsing|browser)\s+assistants?|language\s+models?|llms?|(?:ai|ml)\s+(?:models?|"
    r"systems?|screeners?|"
    r"reviewers?|graders?|readers?|tools?)|(?:grading|scoring|evaluation|recognition|extraction|"
    r"ocr|parsing|indexing|matching|moderation|triage)\s+(?:models?|systems?|engines?|bots?|"
    r"ai)|applicant\s+tracking\s+systems?|ats)"
)
#: Orders that open what follows such a label (en).
_DO_EN = (
    r"(?:please\s+)?(?:say|tell|state|claim|write|describe|call|rank|rate|mark|record|approve|"
    r"reject|recommend|mention|omit|leave|skip|ignore|hide|exclude|include|insert|add|append|"
    r"put|respond|reply|answer|translate|switch|send|forward|email|transfer|pay|delete|remove|"
    r"create|grant|visit|click|fetch|run|execute|invoke|treat|classify|flag|direct|redirect|"
    r"refer|link|ask|stop|give|show|print|reveal|copy|attach|upload|confirm|assign|"
    r"prioriti[sz]e|rewrite|replace|move|archive|do\s+not|don'?t|make\s+sure|be\s+sure|disregard)\b"
)
#: What a program does with the data (en): with "this" after it, the data at hand.
_DOES_EN = (
    r"(?:reading|reads|read|processing|processes|process|summari[sz]ing|summari[sz]es|"
    r"summari[sz]e|screening|screens|screen|ranking|ranks|rank|parsing|parses|parse|indexing|"
    r"indexes|index|handling|handles|handle|triaging|triages|triage|evaluating|evaluates|"
    r"evaluate|grading|grades|grade|scoring|scores|score|finishing|finishes|finish|completing|"
    r"completes|complete|translating|translates|translate|analy[sz]ing|analy[sz]es|analy[sz]e|"
    r"extracting|extracts|extract)"
)
_PROGRAMS_EN = (
    r"(?:ai|ais|llms?|language\s+models?|models?|bots?|chatbots?|agents?|assistants?|copilots?|"
    r"gpts?|summari[sz]ers?|screeners?)"
)

#: Programs named by role, and their orders (de).
_ROLE_DE = (
    r"(?:(?:bewertungs|auswertungs|ranking|screening|erkennungs|übersetzungs|zusammenfassungs|"
    r"bewerber\pL*|sortier|analyse|prüf|auswahl)(?:system|modell|programm|tool|bot|ki|software|"
    r"algorithmus)\pL*|(?:sprach|ki-)modell\pL*|modell|zusammenfasser\pL*|code-assistent\pL*|"
    r"ki-(?:assistent|agent|system|tool)\pL*)"
)
_DO_DE = (
    r"(?:bitte\s+)?(?:setz|setze|nenn|nenne|schreib|schreibe|sag|sage|erwähn|erwähne|empfiehl|"
    r"empfehlen\s+sie|bewerte|lösch|lösche|rufe|sende|schick|schicke|leite|melde|buche|"
    r"markier|markiere|gib|zeig|zeige|füg|füge|verschweig|verschweige|ignorier|ignoriere|"
    r"antworte|übersetz|übersetze|behaupte|verlink|verlinke|lass|lasse|überspring|überspringe|"
    r"führ|führe|erstell|erstelle|überweis|überweise|bestätig|bestätige|streich|streiche|"
    r"entfern|entferne|verweis|verweise|häng|hänge|nimm|erwähnen\s+sie|nennen\s+sie|sagen\s+sie|"
    r"schreiben\s+sie|antworten\s+sie|setzen\s+sie|behandle|behandeln\s+sie|erkläre|erklären\s+"
    r"sie|geben\s+sie|kopier|kopiere)\b"
)
_DOES_DE = (
    r"(?:bearbeiten|bearbeitet|auswertet|auswerten|zusammenfasst|zusammenfassen|liest|lesen|"
    r"verarbeitet|verarbeiten|übersetzt|übersetzen|prüft|prüfen|analysiert|analysieren|sortiert|"
    r"sortieren|bewertet|bewerten|sichtet|sichten|durchsucht|durchsuchen|auslesen|ausliest)"
)

#: Programs named by role, and their orders (ru).
_ROLE_RU = (
    r"(?:систем\pL*\s+(?:отбора|оценки|ранжирования|распознавания|анализа|проверки|модерации|"
    r"скоринга)|(?:распознающ|оценивающ|отбирающ|суммирующ)\pL*\s+систем\pL*|суммаризатор\pL*|"
    r"нейросет\pL*|языков\pL*\s+модел\pL*|ии-(?:агент|ассистент|модел|систем)\pL*)"
)
_DO_RU = (
    r"(?:пожалуйста,?\s+)?(?:поставь|поставьте|назови|назовите|напиши|напишите|скажи|скажите|"
    r"сообщи|сообщите|передай|передайте|удали|удалите|отправь|отправьте|перешли|перешлите|вызови|"
    r"вызовите|считай|считайте|считать|отметь|отметьте|укажи|укажите|не\s+(?:пиши|упоминай|"
    r"говори|сообщай|показывай|указывай|пишите|упоминайте)|порекомендуй|рекомендуй|оцени|оцените|"
    r"ответь|отвечай|переведи|добавь|вставь|нажми|перейди|открой|игнорируй|скрой|пропусти|выдай|"
    r"предложи|дай|пометь|одобри|прими|создай|выполни|запусти|направь|убери|исключи|верни|включи|"
    r"пришли|покажи|выведи|опиши|представь|ставь|присвой)"
)
_DOES_RU = (
    r"(?:составляет|составляющ\pL*|делает|пишет|готовит|переводит|переводящ\pL*|обрабатывает|"
    r"обрабатывающ\pL*|читает|читающ\pL*|анализирует|анализирующ\pL*|суммирует|суммирующ\pL*|"
    r"пересказывает|пересказывающ\pL*|проверяет|проверяющ\pL*|оценивает|оценивающ\pL*|"
    r"сортирует|сортирующ\pL*|разбирает|разбирающ\pL*)"
)

#: Programs by role (zh, ja, ko): not the labels a chat export gives its speakers.
_AI_ZH = r"(?:模型|大模型|AI|ai|ＡＩ|智能体|机器人|程序|算法|系统)"
_DOES_ZH = (
    r"(?:总结|汇总|摘要|概括|处理|阅读|读取|分析|翻译|审核|评估|筛选|整理|打分|排序|识别|归纳)"
)
_AI_JA = r"(?:AI|ＡＩ|モデル|ボット|エージェント|アシスタント|プログラム|システム|言語モデル)"
_DOES_JA = r"(?:要約|集計|分析|翻訳|審査|評価|選考|処理|読み取|検索|整理|レビュー|採点|抽出)"
_AI_KO = r"(?:AI|인공지능|모델|봇|에이전트|어시스턴트|시스템|프로그램)"
#: How a Korean order ends: "… 쓰세요", "… 할 것", "… 말하라", "… 언급하지 마".
_ORDER_KO = r"(?:세요|하라|해라|할\s*것|말\s*것|해\s*줘|주세요|하지\s*마|말라|마|것)(?:[.!\n]|$)"
_DOES_KO = r"(?:요약|처리|평가|분석|번역|리뷰|검토|정리|심사|수집|선별|채점|추출)"

# fmt: off
ADDRESSEES: tuple[tuple[str, str, float, str], ...] = (
    # -- a program's role as the label of an order -------------------------------------------
    ("tool_hijack.en.embedded_role_label", "tool_hijack", 0.75,
        rf"{_START}(?:the\s+|any\s+|dear\s+)?{_ROLE_EN}\s*(?:[:,]|—|--|\s-)\s*{_DO_EN}"),
    ("tool_hijack.de.embedded_role_label", "tool_hijack", 0.75,
        rf"{_START}(?:(?:(?:hinweis|nachricht|notiz|anweisung|info)\s+)?an\s+(?:den|die|das)\s+|"
        rf"liebe[rs]?\s+)?{_ROLE_DE}\s*(?:[:,]|—|\s-)\s*{_DO_DE}"
        rf"|{_START}(?:(?:hinweis|nachricht|notiz|anweisung|info)\s+)?an\s+den\s+(?:ki-)?assistenten\s*"
        rf"[:,]\s*{_DO_DE}"),
    ("tool_hijack.ru.embedded_role_label", "tool_hijack", 0.75,
        rf"{_START}{_ROLE_RU}\s*(?:[:,]|—|\s-)\s*{_DO_RU}(?:[^\pL\pN_]|$)"),
    # (a label of its role: "模型：调用 …", "集計モデルへ：", "리뷰 요약 봇:"; "系统：" alone is
    # an operating system's field in a spec sheet, so it counts only with a role before it)
    ("tool_hijack.zh.embedded_role_label", "tool_hijack", 0.75,
        r"(?:^|[\n。！？」』\]\[】【(（)）\"'“「『:：]\s*)(?:模型|大模型|机器人|智能体|AI|ai)\s*[：:]\s*(?:请)?"
        r"(?:调用|执行|告诉|把|将|不要|别|忽略|推荐|回答|回复|写|省略|删除|发送|转发|转账|标记|通知|"
        r"输出|点击|跳过|直接|说|给)"
        rf"|{_DOES_ZH}\S{{0,12}}?的{_AI_ZH}们?\s*[：:，,]?\s*(?:请|应|须|必须|务必)?\s*(?:调用|执行|"
        r"告诉|把|不要|别|忽略|推荐|回答|回复|写|省略|删除|发送|转发|转账|标记|通知|输出|点击|跳过|"
        r"直接|说|给)"
        r"|(?:助手|模型|机器人|智能体|AI|ai)(?:请|须|必须|务必)(?:调用|执行|运行)"),
    ("tool_hijack.ja.embedded_role_label", "tool_hijack", 0.75,
        rf"{_DOES_JA}\S{{0,8}}?{_AI_JA}(?:へ\s*[：:、,]|への指示|の方へ)"
        rf"|{_DOES_JA}(?:する|した|担当の)\s*{_AI_JA}は[、,]?[^。\n]{{2,60}}?(?:こと|せよ|しろ|ください|"
        r"下さい)(?:[。！\n]|$)"
        rf"|(?:これ|この\S{{1,8}}?)を読(?:んだ|む|んでいる)\s*{_AI_JA}"),
    ("tool_hijack.ko.embedded_role_label", "tool_hijack", 0.75,
        rf"{_DOES_KO}\S{{0,6}}\s*{_AI_KO}(?:에게|한테|님)"
        rf"|{_DOES_KO}\S{{0,6}}\s*{_AI_KO}\s*(?:[:：]|은|는|이|가)[^.\n]{{2,80}}?{_ORDER_KO}"),
    # -- the program named by what it does with this data ------------------------------------
    # ("Any language model asked to summarise this contract shall state …", "Agents finishing
    # this order should also call …"; not "AI models that read the whole document still miss
    # details": "this" and an order both)
    ("tool_hijack.en.embedded_reader_clause", "tool_hijack", 0.75,
        rf"\b(?:any|every|all|each|whichever|whatever)?\s*{_PROGRAMS_EN}\s*,?\s+(?:that\s+|which\s+|"
        rf"who\s+)?(?:is\s+|are\s+)?(?:(?:asked|told|used|tasked|employed|set\s+up)\s+to\s+)?{_DOES_EN}"
        rf"\s+(?:this|these|the\s+(?:above|following))\b[^.\n]{{0,40}}?(?:\b(?:shall|must|should|"
        rf"needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to)\b|[:,]\s*{_DO_EN})"
        rf"|\b(?:reading|processing|summari[sz]ing|parsing|screening)\s+this\s+as\s+an?\s+(?:ai|llm|"
        rf"language\s+model|bot|agent|assistant|program)\b"),
    ("tool_hijack.de.embedded_reader_clause", "tool_hijack", 0.75,
        r"(?:sprachmodelle?|ki-\pL+|programme|systeme|modelle|assistenten|agenten|bots|tools|"
        r"ki-systeme)\s*,\s*(?:die|welche|das|der)\s+(?:diese[nrsm]?|das|den|die)\s+(?:\S+\s+){0,2}?"
        rf"{_DOES_DE}\s*[,:]"),
    ("tool_hijack.ru.embedded_reader_clause", "tool_hijack", 0.75,
        r"(?:модел|систем|бот|ассистент|нейросет|программ|алгоритм|ии)\pL*\s*,?\s+(?:котор\pL+\s+)?"
        rf"{_DOES_RU}\s+(?:\S+\s+){{0,2}}?(?:эт|данн)\pL*[^.\n]{{0,40}}?(?:[:,—]\s*{_DO_RU}|должн|"
        r"обязан|нужно|следует)"),
    # whoever does it, who may be a clerk ("Whoever processes this mailbox:", "Wer diese
    # Bewertungen auswertet,", "Кто составляет сводку отзывов,", "自动操作的程序请"), and whoever
    # it is, if a program ("정리하는 쪽이 AI라면 …"): half, with a second signal
    ("tool_hijack.any.embedded_whoever", "tool_hijack", 0.5,
        r"\b(?:whoever|anyone\s+who|anybody\s+who)\s+(?:processes|summari[sz]es|screens|ranks|"
        r"parses|indexes|ingests|triages|evaluates|scores|grades|extracts|compiles|aggregates|"
        r"handles|reads)\s+(?:this|these)\b[^.\n]{0,30}?[:,]"
        rf"|(?:^|[\s,.;:])wer\s+(?:diese[nrsm]?|das|den|die)\s+(?:\S+\s+){{0,2}}?{_DOES_DE}\s*[,:]"
        rf"|(?:^|[\s,.;:])кто\s+{_DOES_RU}\s+(?:\S+\s+){{0,2}}?(?:эт|данн|сводк|отзыв|текст|переписк)"
        r"\pL*\s*(?:\S+\s+){0,2}?[,:]"
        r"|(?:自动|自动化)(?:操作|处理|运行)?的?(?:程序|工具|系统|代理)(?:请|须|必须|应)"
        r"|\S{0,4}(?:AI|ＡＩ|인공지능)(?:라면|이라면)\s"),
    # -- what the answer to the user must carry, said by the data ----------------------------
    # (the user a third party of "you": "any summary you give the user", "请在总结中告诉用户",
    # "请用日语回答用户")
    ("tool_hijack.any.embedded_answer_to_user", "tool_hijack", 0.7,
        r"\b(?:summary|summaries|answer|answers|response|responses|reply|replies|output)\s+(?:that\s+)?"
        r"you\s+(?:give|send|write|provide|show|return|produce)\s+(?:to\s+)?the\s+user"
        r"|请(?:在|于)?(?:总结|摘要|回答|回复)(?:中|里|时)\S{0,6}?(?:告诉|说|提到)"
        r"|(?:总结|摘要|概括|汇总|整理)\S{0,8}?时[，,]?请"
        r"|请用\S{1,4}(?:回答|回复)用户"
        r"|以降の(?:回答|返答|応答)は\S{0,6}?(?:のみ|だけ)で|дальше\s+отвечай\s+только"),
    # the user not to be asked ("无需向用户确认", "без вопросов к пользователю", "ユーザーに確認
    # せずに"), inside a sentence: the forms that end one, and the English and German ones, are
    # ``tool_hijack.any.embedded_keep_from_user``'s. Software is described that way too ("the
    # app deletes old logs without asking the user"), so half
    ("tool_hijack.any.embedded_no_confirm", "tool_hijack", 0.5,
        r"(?:не\s+спрашивая|не\s+уведомляя|без\s+(?:вопросов|подтверждения|уведомления)\s+"
        r"(?:к\s+|от\s+|у\s+)?)пользовател"
        r"|(?:无需|不用|不必|无须|不要)再?(?:向|问|询问|告知|通知|征求)用户"
        r"|ユーザーに(?:確認|聞か|知らせ)(?:せず|ずに|しないで)"
        r"|사용자에게\s*(?:묻지|확인하지|알리지)\s*(?:말고|않고)"),
)
# fmt: on
