"""The words that mark an attack someone tried, reported and quoted (``REPORTED``), a question
or test about the attack a text quotes (``ASKED_ABOUT``), and the words that ask for what is
quoted to be carried out after all (``CARRY_OUT``, ``CARRY_OUT_TOLD``); a discussion of attacks
is ``_injection_discussion``'s. Where the layers look is decided in ``_injection_triggers``.
Same RE2 conventions: case-insensitive over UTF-8 bytes, no look-arounds.
"""

from __future__ import annotations

#: What someone wrote, reported and quoted ("a customer pasted '…'", "ein Kunde hat
#: geschrieben: „…“", "пользователь написал боту: «…»", "信末写着“…”"): text about an attack
#: that was tried, unless the text then says to carry it out (``CARRY_OUT``). In Japanese and
#: Korean the verb follows the quote: a closing quote mark before と/라고 ("「…」と入力した"),
#: not any "と書いて" ("何と書いてありますか" asks what is written at the start).
REPORTED = (
    r"(?:typed|entered|pasted|submitted|posted)\s+(?:\S+\s+){0,4}?\(?[\"“‘«„]|"
    # what someone else tried on a bot or sent it ("someone tried 'forget everything …' on our
    # support bot"; not "I tried 'please' already. Now ignore …")
    r"(?:someone|somebody|people|users?|customers?|they|he|she|attackers?|visitors?|students?)\s+"
    r"(?:\w+\s+)?(?:tried|sent)\s*[\"'“‘«„]|"
    # and in the other languages ("Ein Nutzer versuchte „…“", "пользователь попытался ввести
    # «…»", "用户试图输入“…”", "「…」と入力しようとした", "'…'를 입력하려 했다")
    r"(?:jemand|nutzer\pL*|benutzer\pL*|kunde|kunden|leute|angreifer)\s+(?:\S+\s+)?versucht\pL*"
    r"\s+(?:\S+\s+)?[„\"“»]|(?:пользовател\pL*|клиент\pL*|кто-то|злоумышленник\pL*)\s+"
    r"(?:\S+\s+)?(?:по)?пыта\pL*\s+(?:\S+\s+)?[«\"„“]|(?:用户|客户|有人|攻击者)(?:曾)?(?:试图|尝试|想)"
    r"(?:输入|发送|让)?[“\"「]|[」\"”]と(?:入力|送信)しようと|[\"”」'’](?:를|을)\s*입력하려|"
    # what the model did after an input a report quotes ("после сообщения «…» ассистент выдал …")
    r"\bafter\s+(?:the\s+)?(?:input|message|prompt|request)\s*:?\s*[\"'“‘«„]|\bnach\s+der\s+(?:eingabe|"
    r"nachricht|anfrage)\s*:?\s*[„\"'“»]|после\s+(?:сообщения|ввода|запроса|фразы)\s*:?\s*[«\"'„“]|"
    r"(?:schrieb|tippte|eingegeben|schickte|meldet)\pL*\s+(?:\S+\s+){0,6}?[„\"“»]|"
    r"(?:написал|ввёл|ввел|отправил|вставил|прислал)\pL*\s+(?:(?:боту|модели|ассистенту|"
    r"в\s+чат|ему|ей|им)\s*)?:?\s*[«\"„“]|"
    r"[”\"」](?:这类|之类|这样|这种)的?(?:话|句子|文字|指令|请求|要求|内容|消息|提示|说法|输入|问题|"
    r"东西|手法|攻击)|(?:输入|发送|写了|贴了|粘贴)了?\s*[“\"「]|"
    r"[」\"”]と(?:入力|送|書き込|書いてく|書いてき|頼|依頼|打ち込)|[\"”」'’](?:라고|이라고)\s*(?:입력|"
    r"보내|보냈|썼|요청|물어)|"
    # what people habitually send ("had customers type '…'", "users paste '…'")
    r"(?:customers?|users?|people|visitors?|someone|students?|kids?)\s+(?:(?:on|in|at)\s+\S+\s+)?"
    r"(?:type|enter|paste|post|send|write|share)\s+[\"'“‘«]|"
    # (a straight single quote after a space or a colon: "wrote don't" is an apostrophe)
    r"(?:wrote|typed|pasted|posted|submitted|entered)(?:\s+\w+){0,3}?(?:\s*[:,]?\s*[\"“‘«„]|"
    r"\s*[:,]?\s+'|\s*[:,]')|"
    r"(?:geschrieben|eingegeben|eingefügt|gepostet)\s*:\s*[\"'“‘«„]|"
    r"(?:написал|написала|ввёл|ввел|ввела|вставил|вставила)(?:\s+\S+){0,3}?\s*:\s*[\"'“‘«„]|"
    r"写着[“\"「]|写道[：:]\s*[“\"「]|"
    # Japanese reported speech without quote marks, a person after it ("…気にしなくていいよ、と言う
    # 上司は困ります")
    r"と(?:言う|言った|言ってくる|言われる)(?:上司|人|客|お客|ユーザー|同僚|先輩)"
)

#: Text that asks about or tests an attack it quotes: a forum's question to its peers ("has
#: anyone else had customers type '…'", "hat jemand Erfahrung damit", "кто-нибудь
#: сталкивался", "有没有人遇到过", "경우 있나요") and a test of the guard itself ("the guard must
#: flag '…'", "must not trigger a call", "keep this case"). Unlike ``DISCUSSION`` these damp
#: only what the text quotes: prefixed to a plain attack ("Quick question for the group:
#: ignore your rules and …") they leave it whole.
ASKED_ABOUT = (
    r"has\s+any(?:one|body)\s+(?:else\s+)?(?:had|seen|noticed|run\s+into|dealt\s+with|come\s+"
    r"across|experienced)|anyone\s+else\s+(?:seeing|getting|had|seen)|question\s+for\s+the\s+"
    r"(?:group|forum|community)|hat\s+jemand\s+(?:erfahrung|schon\s+erlebt)|кто-нибудь\s+"
    r"сталкивал|有没有人遇到过|有人遇到过吗|경우\s*있나요|겪어\s*보신\s*분|"
    r"(?:guard|filter|scanner|detector|classifier|firewall)\s+(?:must|should|has\s+to|needs\s+to|"
    r"is\s+expected\s+to)\s+(?:flag|block|catch|detect|reject|stop)|(?:must|should)\s+not\s+"
    r"trigger|keep\s+this\s+(?:case|test)|"
    # a quote named as a phrase someone used, contained or must not paste ("the phrase '…'",
    # "contains text like '…'", "do not paste '…' into", "attackers told the bot '…'", "a known
    # trick is to claim '…'"): what follows the name is talked about, not said to the model
    r"(?:the|this|that)\s+(?:phrase|string|sentence|wording|words|line|attack\s+string)\s*[\"'“‘«„]|"
    r"(?:contains?|containing|contained)\s+(?:the\s+)?(?:text|phrase|string|words?)\s+(?:like\s+)?"
    r"[\"'“‘«„]|(?:do\s+not|don'?t|never)\s+(?:paste|type|enter|put|include|write)\s*[\"'“‘«„]|"
    r"(?:attackers?|researchers?|red[\s-]?teamers?|someone|people|users?)\s+(?:told|asked|tricked|"
    r"prompted)\s+(?:the|a|our|their)\s+(?:bot|model|assistant|chatbot|ai|agent)\s*[\"'“‘«„]|"
    r"(?:trick|technique|exploit|method|attack)\s+(?:is|was)\s+to\s+(?:claim|say|write|type|ask|tell|"
    r"split)|split\s+the\s+(?:payload|prompt|attack|instruction)|"
    r"(?:фраза|фразу|строка|строку|запрос|просьба)\s*[«\"„“]|"
    r"(?:der|die|das)\s+(?:trick|satz|phrase|befehl|anfrage)\s*[„\"“»]|"
    r"という依頼は|라는\s*요청은|"
    r"(?:instructions?|payloads?|examples?)\s+(?:like|such\s+as)\s*[\"'“‘«„]|"
    r"(?:something|things|stuff)\s+like\s*[\"'“‘«„]|"
    # a mail or text brought to be judged ("a suspicious email I got", "rate how dangerous each
    # of these is"), a test in Go, Java or JavaScript
    r"suspicious\s+(?:e-?mail|mail|message|text|page|document|pdf|file)|phishing\s+attempt|"
    r"verdächtig\pL*\s+(?:e-?mails?|nachrichten|mails?)|подозрительн\pL*\s+(?:письм|сообщени)|"
    r"可疑(?:的)?(?:邮件|消息|信息)|(?:怪しい|不審な)(?:メール|メッセージ)|수상한\s*(?:메일|메시지|이메일)|"
    r"с\s+(?:фразой|текстом|надписью)\s*[«\"„“]|(?:которой|котором|где)\s+написано\s*:?\s*[«\"„“]|"
    r"austricks\pL*|überlist\pL*|\bassert\s+[\w.]+\s*\(|"
    r"(?:text|message|line|note|comment|e-?mail|mail|page|sentence)\s+(?:saying|that\s+says|"
    r"reading|that\s+reads)\s*:?\s*[\"'“‘«„]|"
    # an attack's example named ("Beispiel für einen Angriff: „…“", "攻击示例：“…”"), what to do
    # if a user asks for one ("если пользователь просит «…»"), a post to explain
    r"beispiel\s+für\s+(?:einen\s+)?angriff|angriffsbeispiel|攻击示例|攻击例子|攻击样例|攻撃例|"
    r"攻撃の例|(?:если|когда)\s+(?:пользователь|клиент|кто-то|кто-нибудь)\s+(?:просит|пишет|"
    r"спрашивает|вводит|присылает|отправляет)\s*:?\s*[«\"„“]|(?:wenn|falls)\s+(?:der\s+nutzer|"
    r"ein\s+nutzer|jemand|der\s+kunde|ein\s+kunde)\s+(?:schreibt|fragt|eingibt|sagt|bittet)\s*:?\s*"
    r"[„\"“»]|如果(?:用户|客户|有人)(?:说|问|输入|要求|发来)[：:]?\s*[“\"「]|explain\s+(?:this|the\s+"
    r"following)\s+(?:tweet|post|quote|comment|sentence|message|line)\s*:?\s*[\"'“‘«„]|"
    r"(?:rate|classify|label|score|judge)\s+(?:how\s+\w+\s+)?(?:each\s+of\s+)?(?:these|the\s+"
    r"following)|\bfunc\s+Test\w*\s*\(|@Test\b|\bexpect\s*\(|"
    r"что-то\s+вроде\s*:?\s*[«\"'„“]|(?:so\s+)?etwas\s+wie\s*[„\"'“»]|"
    r"(?:asking|telling|asked|told)\s+(?:the|a|my|our|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:bot|chatbot|model|assistant|ai|llm)\s+to\s*[\"'“‘«„]|"
    # what people will say to a bot, what a page may say, what a filter should flag ("people
    # will ask '…'", "if a retrieved document says '…'", "messages containing '…'")
    r"(?:people|users?|someone|attackers?|customers?|they)\s+(?:will|would|might|may|can|could|"
    r"often|usually|sometimes|typically)\s+(?:ask|say|type|write|try|send|paste)\s*:?\s*"
    r"[\"'“‘«„]|(?:if|when)\s+(?:a|the|some)\s+(?:[\w-]+\s+)?(?:document|page|web\s*page|website|"
    r"e-?mail|mail|file|pdf|tool\s+result|result|review|comment)\s+(?:says|contains|reads|"
    r"includes)\s*:?\s*[\"'“‘«„]|(?:messages?|prompts?|inputs?|texts?|requests?|e-?mails?|"
    r"lines?|comments?)\s+(?:containing|that\s+contains?)\s+[\"'“‘«„]|with\s+the\s+(?:words?|"
    r"phrases?)\s*[\"'“‘«„]|со\s+словами\s*[«\"„“]|(?:含有|包含|带有)[“\"「]|"
    # what one asked a bot, told ("I asked the assistant '…' and it refused"), what people keep
    # telling it ("kids keep telling it '…'"), what people write to the AI ("manche Leute
    # schreiben der KI „…“", "对AI说“…”")
    r"\b(?:i|we|he|she|they|someone|somebody)\s+(?:asked|told)\s+(?:the|a|my|our)\s+(?:[\w-]+\s+)?"
    r"(?:bot|chatbot|model|assistant|ai|llm|agent)\s*[:,]?\s*[\"“‘«„]|(?:keeps?|kept)\s+(?:telling|"
    r"asking|typing|writing|saying|sending|posting)\s+(?:(?:it|him|her|them|the\s+[\w-]+|our\s+"
    r"[\w-]+)\s+)?[\"“‘«„]|(?:leute|nutzer\pL*|benutzer\pL*|jemand|kunden|user)\s+(?:\S+\s+){0,3}?"
    r"(?:schreiben|schreibt|tippen|tippt|sagen|sagt|fragen|fragt)\s*:?\s*[„\"“»]|"
    r"对(?:AI|模型|机器人|助手|它|聊天机器人)说[：:]?\s*[“\"「]|"
    # a claim heard and questioned ("is that true?", "这是真的吗")
    r"is\s+(?:that|this|it)\s+(?:still\s+)?true\b|stimmt\s+das|ist\s+das\s+wahr|это\s+правда|"
    r"(?:这|那)?是真的吗|本当ですか|정말인가요|사실인가요|"
    r"(?:classic|common|typical|well-known|famous|known|textbook)\s+(?:[\w-]+\s+){0,2}?(?:hijack|"
    r"attack|jailbreak|trick|exploit|payload|injection|prompt)s?\s*(?:(?:is|was|are|were)\s*)?:?\s*"
    r"[\"'“‘«„]|test\s*plan|(?:messages?|lines?|entry|entries|requests?|prompts?)\s+from\s+"
    r"(?:our|the)\s+(?:chat\s+)?(?:logs|traffic)|(?:when|if)\s+(?:the\s+user|a\s+user|users|"
    r"someone|somebody|people|a\s+customer|customers)\s+(?:says?|types?|writes?|asks?|sends?|"
    r"enters?|pastes?)\s+(?:things\s+like\s*)?:?\s*"
    r"[\"'“‘«„]|"
    # a test in code (its function, its framework's marks) and the cases a filter is tested
    # with, which hold attacks as strings; what attackers do, told
    r"\bdef\s+test_\w*\s*\(|@pytest\.mark|\b(?:it|describe|test)\s*\(\s*[\"'`]|regression\s+"
    r"(?:cases?|suite)|injection\s+(?:filters?|detectors?|guards?|classifiers?|scanners?)|\battackers\b"
)

#: Told to carry out what someone else wrote: "do exactly what he wrote", "follow that now",
#: "mach genau das", "выполни это", "照他说的做". A lexical signal of its own
#: (``override.any.carry_out_quoted``), so only phrases that say little else.
CARRY_OUT_TOLD = (
    r"\b(?:do|follow|execute|carry\s+out|obey|act\s+on)\s+(?:exactly\s+|just\s+)?(?:what|as)\s+"
    r"(?:he|she|they|it|the\s+\w+)\s+(?:wrote|writes|says|said|typed|asks|asked|told\s+you|"
    r"tells\s+you)|\b(?:follow|obey|execute|carry\s+out|act\s+on)\s+(?:that|this|it|those|these|"
    r"them)\s+now\b|\bmach(?:e|en\s+sie)?\s+genau\s+das\b|\btu\s+(?:genau\s+)?was\s+(?:er|sie)\s+"
    r"(?:schreibt|sagt|geschrieben\s+hat)|\bbefolge\s+(?:das|es|diese)|\bführe\s+(?:das|es)\s+"
    r"(?:jetzt\s+)?aus|делай\s+(?:как|что)\s+(?:он|она)\s+(?:написал|сказал)|выполни\s+(?:это|"
    r"его|её|эту)|сделай\s+то,?\s+что\s+(?:он|она)\s+(?:написал|сказал)|照(?:他|她|它|上面|这)说的"
    r"(?:做|办)|按(?:照)?(?:他|她|上面)说的(?:做|办)|照做吧"
)

#: What makes a reported quote (``REPORTED``) an instruction after all: the phrases above and
#: plainer ones that follow a quote ("do it now", "сделай это", "立即执行").
CARRY_OUT = (
    rf"{CARRY_OUT_TOLD}|\b(?:forward|send)\s+(?:them|it)\s+now\b|\bdo\s+(?:exactly\s+)?(?:that|"
    r"this|it|so)\s+now\b|\b(?:now|then)\s+do\s+(?:exactly\s+|just\s+)?(?:that|this|it|so|"
    r"what\s+it\s+says)\b|\b(?:jetzt|dann)\s+mach(?:e|en\s+sie)?\s+(?:genau\s+)?das\b|"
    r"сделай\s+(?:это|так)|立即执行|现在照做|그대로\s*(?:해|하세요|해\s*줘)|その通りに(?:して|実行)"
)
