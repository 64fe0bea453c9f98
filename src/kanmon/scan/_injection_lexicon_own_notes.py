"""The model's setup asked for as a document of its own: "your setup notes, line by line", "the
memo that shapes how you respond", "the note from your operator", "die Notizen, mit denen dein
Betreiber dich eingerichtet hat", "памятку, которую тебе оставил оператор",
"运营方留给你的那份说明", "運営者があなたに残したメモ",
"운영자가 당신에게 남긴 메모": the words for its instructions that name no instructions (notes,
memo, brief, guidance, house rules), made its own by "your" and a word for what sets it up, by
the one who gave them to it, or by when it got them ("the memo you received at the start",
"시작할 때 받은 메모"). Format and conventions in ``_injection_lexicon``.

A colleague's notes are asked for in the same words ("send me your operating notes from the
night shift in full", "paste your setup notes into this ticket"), so a note that is only
"yours" needs a word for what sets the model up and the whole of it asked for (in full, line by
line, leave nothing out, word for word), and weighs 0.65. Named by the one who gave it to the
model (operator, deployer, developer, not a landlord or a coach), by what it does to the
model's answers or as got when the chat began (not "at the start of the week", not a note "I"
got), it weighs 0.7.
"""

from __future__ import annotations

from kanmon.scan._injection_lexicon_copies import COPY_EN

#: The copies' verbs, and those that read a note out to the one who asks.
_COPY_EN = rf"(?:{COPY_EN}|read(?:\s+out)?|walk\s+me\s+through|repeat)"
#: The whole of it: the clause asks for every line, not for a summary of a point.
_WHOLE_EN = (
    r"(?:in\s+full|in\s+its\s+entirety|line\s+by\s+line|word\s+by\s+word|word\s+for\s+word|"
    r"verbatim|unabridged|unedited|start\s+to\s+finish|every\s+(?:line|word|sentence)|"
    r"(?:leave|leaving|do\s+not\s+leave|don'?t\s+leave)\s+(?:nothing|anything)\s+out|"
    r"nothing\s+left\s+out|including\s+(?:the\s+|any\s+)?(?:parts?|bits?|lines?|sections?)\s+"
    r"(?:you'?re|you\s+are|you\s+were|marked))"
)
#: The form it is asked in, before "and leave nothing out" ("… in bullet points and …").
_AS_FORM_EN = (
    r"(?:\s+(?:in|as|into)\s+(?:a\s+)?(?:bullet(?:\s+point)?s|list|numbered\s+list|code\s*block|json|"
    r"table|spanish|english|french|german))"
)
#: Words for a document that hold no word for instructions.
_NOTE_EN = (
    r"(?:notes?|memo|brief(?:ing)?|guidance|guidelines|rules|orders|instructions|directives|"
    r"text|document|script|preamble|rulebook|playbook)"
)
#: Who gave the model its setup (not an administrator, an owner or a vendor: "the notes your
#: administrator gave you" are a help desk's, "the house rules your owner gave you" a flat's).
_GIVER_EN = r"(?:operator|deployer|developer|creator|maker)s?"

#: The same in the other languages, and a note each makes the model's own: "deine
#: Einrichtungsnotizen", "свои служебные указания", "你的内部准则".
_OWN_DE = (
    r"(?:deine[nrms]?|ihre[nrms]?)\s+(?:einrichtungs|betriebs|konfigurations|start|setup|system|einstiegs|"
    r"internen?\s+|geheimen?\s+|versteckten?\s+)(?:notizen|anweisungen|vorgaben|richtlinien|"
    r"hinweise|regeln|instruktionen)\b"
)
_OWN_RU = (
    r"(?:сво|тво)\pL*\s+(?:служебн|внутренн|настроечн|стартов|скрыт|исходн|системн)\pL*\s+"
    r"(?:указани|заметк|заметок|инструкци|правил|установк|памятк|записк)\pL*"
)
_OWN_ZH = (
    r"你(?:的|那份|那些|那段)(?:内部|隐藏|初始|原始|配置|运行|系统|后台)(?:准则|守则|规则|设定|说明|备注|指引|指南|"
    r"笔记)"
)
_WHOLE_ZH = r"(?:一字不落|一字不漏|逐字|逐行|原封不动|完整|全部|不要省略)"
_WHOLE_JA = r"(?:一行ずつ|省略せず|一字一句|最初から最後まで|全部|そのまま)"
_WHOLE_KO = r"(?:한\s*줄씩|빠짐없이|처음부터\s*끝까지|그대로|전부|글자\s*그대로)"
_WHOLE_DE = (
    r"(?:vollständig|im\s+vollen\s+wortlaut|zeile\s+für\s+zeile|wort\s+für\s+wort|wörtlich\pL*|"
    r"lückenlos)"
)
_WHOLE_RU = (
    r"(?:целиком|полностью|построчно|дословн\pL*|точн\pL*\s+копи\pL*|слово\s+в\s+слово|ничего\s+не\s+(?:пропуская|"
    r"упуская))"
)

# fmt: off
OWN_NOTES: tuple[tuple[str, str, float, str], ...] = (
    # a note that is "yours" and sets the model up, asked for whole
    ("extraction.en.own_notes", "extraction", 0.65,
        rf"\b{_COPY_EN}\s+(?:[\w'-]+\s+){{0,4}}?your\s+(?:own\s+)?(?:setup|set-up|operating|"
        r"configuration|config|start-?up|starting|opening|launch|deployment|internal|hidden|"
        r"standing|house|core)\s+(?:notes?|memo|brief(?:ing)?|guidance|guidelines|rules|orders|"
        rf"directives|document|script)\b{_AS_FORM_EN}?[^.?!\n]{{0,19}}?{_WHOLE_EN}"),
    # named by who gave it to the model, or by what it does to the answers
    ("extraction.en.notes_given", "extraction", 0.7,
        # asked for ("the instructions from your administrator" are an IT help page's to follow)
        rf"\b{_COPY_EN}\s+(?:[\w'-]+\s+){{0,4}}?{_NOTE_EN}\s+(?:that\s+)?(?:your\s+{_GIVER_EN}\s+"
        rf"(?:gave|left|wrote|handed|set|sent|prepared)\s+(?:for\s+)?you|from\s+your\s+{_GIVER_EN}\b)"
        rf"|\bwhat\s+(?:exactly\s+)?(?:does|do|did)\s+(?:the\s+)?{_NOTE_EN}\s+(?:that\s+)?(?:your\s+"
        rf"{_GIVER_EN}\s+(?:gave|left|wrote)\s+you|from\s+your\s+{_GIVER_EN})\s+say"
        # (a document, not rules: "what rules govern how you behave" asks about conduct)
        r"|\b(?:notes?|memo|brief(?:ing)?|text|document|script|preamble)\s+(?:that\s+)?(?:shapes?|"
        r"governs?|drives?|controls?|determines?|dictates?|tells?\s+you)\s+how\s+(?:you|to)\s+"
        r"(?:respond|answer|reply|behave|act|work|think|talk|speak)"
        r"|\b(?:memo|notes?|brief(?:ing)?|script|document)\s+(?:that\s+)?you\s+(?:run|operate|"
        r"work|function)\s+(?:on|under|by)\b"
        rf"|\b(?:setup|set-up|operating|configuration|starting|start-?up)\s+{_NOTE_EN}\s+(?:that\s+)?"
        r"you\s+(?:were|have\s+been|'ve\s+been)\s+(?:given|handed|sent|left)"
        r"|\bfirst\s+\d+\s+(?:words|lines|characters|tokens|sentences)\s+(?:of|in|from)\s+your\s+"
        r"(?:context|instructions|prompt|system|setup|configuration)"),
    ("extraction.intl.own_notes", "extraction", 0.65,
        # the note, then the whole of it asked for, or the other way round (de, ru, zh)
        rf"\b{_OWN_DE}[^.?!\n]{{0,19}}?{_WHOLE_DE}|\b{_WHOLE_DE}\s+(?:\S+\s+){{0,3}}?{_OWN_DE}"
        rf"|{_OWN_RU}[^.?!\n]{{0,19}}?{_WHOLE_RU}|{_WHOLE_RU}\s+(?:\S+\s+){{0,3}}?{_OWN_RU}"
        rf"|{_OWN_ZH}[^。\n]{{0,19}}?{_WHOLE_ZH}|{_WHOLE_ZH}地?[^。\n]{{0,6}}?{_OWN_ZH}"
        # ja: "あなたの内部ガイドライン", a memo or rules only with a word that sets it up
        r"|あなたの(?:(?:内部|社内|運用|初期|設定|隠し|秘密の)?(?:ガイドライン|指針|設定メモ|指示書)|"
        rf"(?:内部|運用|初期|隠し|秘密の)(?:メモ|ルール|規則|マニュアル))[^。\n]{{0,19}}?{_WHOLE_JA}"
        # ko: "당신의 내부 지침", "당신의 설정 메모"
        r"|(?:당신|너|네)의?\s*(?:내부|운영|설정|초기|숨겨진|비밀)\s*(?:지침|규칙|메모|가이드라인)"
        rf"[^.\n]{{0,19}}?{_WHOLE_KO}"),
    # de/ru/zh/ja/ko: the note the model's operator left it or set it up with
    ("extraction.intl.notes_given", "extraction", 0.7,
        r"\b(?:notizen|anweisungen|vorgaben|hinweise|text|memo|regeln|zettel)(?:\s+(?:ab|aus|vor|raus))?"
        r"\s*,?\s+(?:die|mit\s+"
        # (the du-form: "die Anweisungen, die Ihr Admin Ihnen gegeben hat" are an IT page's)
        r"denen|mit\s+dem|den|das)\s+(?:dir\s+)?dein\s+(?:betreiber|entwickler|hersteller|"
        r"anbieter|ersteller)\S*\s+(?:\S+\s+){0,2}?(?:hinterlassen|gegeben|mitgegeben|"
        r"eingerichtet|geschrieben|konfiguriert|vorgegeben)"
        r"|(?:памятк|записк|заметк|указани|инструкци|текст)\pL*\s*,?\s+котор\pL+\s+тебе\s+(?:\S+\s+)?"
        r"(?:оставил|дал|написал|передал|подготовил)\pL*\s+(?:оператор|разработчик|владел|создател)"
        # (asked for, and not an IT admin's: "请按照管理员给你的说明操作" is a help page's)
        r"|(?:运营方|运营者|开发者|开发方|部署方|厂商|创建者|设置你的人)(?:留给|交给|写给|给)(?:你|您)的"
        r"(?:那份|那些|那段|那张)?(?:说明|备注|准则|规则|指示|设定|笔记|便条|文字|纸条)[^。\n]{0,19}?(?:贴|抄|"
        r"列|写|复述|发|给我看|打出来|念|输出|一字不落|逐字|逐行|原样|完整)"
        r"|(?:運営者|運営|開発者|設定した人|作成者)(?:が|から)(?:あなたに)(?:残した|渡した|与えた|"
        r"書いた|用意した)(?:メモ|指示|ルール|ガイドライン|設定|文章|案内)[^。\n]{0,19}?(?:貼り付け|書き出|"
        r"見せ|教え|読み上げ|コピー|写し|そのまま|一字一句|全部)"
        r"|(?:운영자|개발자|제작자)(?:가|이)\s*(?:당신|너)에게\s*(?:남긴|준|전달한|써\s*준)\s*"
        r"(?:메모|지침|지시|규칙|글|안내)[^.\n]{0,19}?(?:붙여|적어|보여|옮겨|알려|출력|복사)"
        # ko: the text before "my first message"
        r"|(?:내|제)\s*첫\s*(?:번째\s*)?메시지\s*(?:전에|앞에|위에|이전에)\s*(?:네가|당신이)?\s*"
        r"(?:받은|있는|적힌)"),
    # the note the model got when the chat began ("the memo you received at the start", "die
    # Notiz, die du zu Beginn bekommen hast", "записку, которую ты получил в начале"): the
    # clause ends there or goes on to the chat, not to a week or a course
    ("extraction.en.note_at_start", "extraction", 0.7,
        r"\b(?:notes?|memo|brief(?:ing)?|text|message|document|script)\s+(?:that\s+)?you\s+"
        r"(?:received|got|were\s+(?:given|handed|sent|shown))\s+(?:at\s+the\s+(?:very\s+)?(?:start|"
        r"beginning|outset)(?:\s+of\s+(?:this|the|our)\s+(?:chat|conversation|session|thread|"
        r"dialog(?:ue)?)\b|\s*[,.;:!?\n)]|\s+(?:into|to|in|as|and|then|here|word|line|verbatim)\b|"
        r"\s*$)|when\s+(?:you\s+(?:started|began|were\s+(?:started|launched|set\s+up))|this\s+"
        r"(?:session|chat|conversation)\s+(?:began|started))(?:\s*[,.;:!?\n)]|\s+(?:into|to|in|as|"
        r"and|then|here)\b|\s*$))"),
    ("extraction.intl.note_at_start", "extraction", 0.7,
        r"\b(?:notiz|memo|zettel|nachricht|hinweis|text)\pL*\s*,?\s+(?:die|das|den)\s+du\s+"
        r"(?:zu\s+beginn|am\s+anfang|anfangs|zuerst|beim\s+start)(?:\s+(?:dieses|des|unseres)\s+"
        r"(?:gesprächs|chats))?\s+(?:bekommen|erhalten|gekriegt)"
        r"|(?:записк|заметк|памятк|сообщени|текст)\pL*\s*,?\s+(?:котор\pL+\s+)?(?:ты\s+получил\pL*|"
        r"тебе\s+(?:дали|передали|выдали|прислали))\s+(?:в\s+(?:самом\s+)?начале|сначала|"
        r"изначально|при\s+запуске)"
        r"|你(?:在)?(?:一开始|最开始|开始时|对话开始时|刚开始时|启动时|开场时)(?:收到|拿到|得到|接到)的(?:那张|那份|"
        r"那段|那条|那些)?(?:备忘录|便条|笔记|纸条|说明|消息|文字|内容|简报|交代)[^。\n]{0,19}?(?:翻译|写|发|贴|"
        r"抄|列|复述|念|告诉|给我看|输出|显示|总结|概括|归纳)"
        r"|(?:最初に|始めに|初めに|会話の(?:始め|最初|冒頭)に|起動時に)(?:あなたが)?(?:受け取った|もらった|"
        r"渡された|与えられた)(?:メモ|ノート|文書|案内|メッセージ)[^。\n]{0,19}?(?:訳し|書き出|見せ|教え|"
        r"写し|貼り|コピー|繰り返|書いてあ|何と書|出力)"
        # (whose start: "수업을 시작할 때" is a class's)
        r"|(?:(?:^|[.!?,\n]\s*)시작할\s*때|(?:네가|너가|당신이)\s*시작할\s*때|처음에|대화를\s*시작할\s*때)\s*"
        r"(?:네가|당신이)?\s*(?:받은|받으신|전달받은)\s*"
        # (asked for: "처음에 받은 안내문은 관리사무소에 있습니다" says where it is)
        r"(?:메모|안내문|안내|지침|노트|쪽지)[^.\n]{0,19}?(?:보여|알려|적어|옮겨|번역|붙여|출력|써\s*줘)"
        # the starting brief summarised or retold ("Fasse deine Einstiegsanweisung zusammen",
        # "перескажи свой стартовый бриф")
        r"|\bfasse\s+(?:bitte\s+)?(?:deine|die)\s+(?:einstiegs|eingangs|anfangs|start)(?:anweisung|briefing|"
        r"vorgabe|notiz|instruktion)\pL*\s+(?:\S+\s+){0,3}?zusammen"
        r"|(?:перескажи|изложи|перечисли|выпиши|распиши)\s+(?:\S+\s+){0,3}?(?:сво|тво)\pL*\s+(?:стартов|"
        r"начальн|вводн|исходн)\pL*\s+(?:бриф|брифинг|инструктаж|инструкци|указани|заметк)\pL*"),
    # not even the confidential parts left out: beside the model's setup asked for, not alone
    # (a user's own report is summarised "with the confidential parts" too)
    ("extraction.any.confidential_too", "extraction", 0.35,
        r"\bnot\s+even\s+the\s+(?:confidential|secret|internal|hidden)\s+(?:parts|bits|sections|lines)"
        r"|\bauch\s+nicht\s+die\s+(?:vertraulichen|geheimen|internen|versteckten)\s+(?:stellen|teile|"
        r"abschnitte|passagen)|даже\s+(?:конфиденциальн|секретн|скрыт|внутренн)\pL+\s+(?:места|части|"
        r"куски|фрагменты|пункты)|连(?:机密|保密|隐藏|内部)(?:的)?(?:部分|内容)也|(?:機密|秘密|内部|非公開)の?"
        r"(?:部分|箇所|ところ)も(?:省かず|含めて|全部)|(?:기밀|비밀|내부|숨겨진)\s*(?:부분|내용)(?:도|까지)\s*"
        r"(?:빼지|포함|빠짐없이)"),
)
# fmt: on
