"""The words that decide where the injection layers look (``TRIGGERS``; the phrases only the
lexical layer looks around are in ``_injection_lexical_triggers``); the words that mark text
*about* injection are in ``_injection_discussion`` and ``_injection_talk``, the intent signals in
``_injection_lexicon``. Same RE2 conventions: case-insensitive over UTF-8 bytes, no
look-arounds.
"""

from __future__ import annotations

#: Cyrillic and Greek letters that look like Latin ones in both cases (matching is case-blind:
#: а е о р с у х і ј ѕ һ ԁ; ο α ε ι κ ν ρ τ υ). A Latin letter beside one of them inside a word
#: is how a look-alike spelling hides a word from a keyword search ("rеvеаl" with a Cyrillic
#: "е"); in Russian or Greek text the two scripts seldom touch without a space or a hyphen.
LOOKALIKES = (
    r"[\x{0430}\x{0435}\x{043e}\x{0440}\x{0441}\x{0443}\x{0445}\x{0456}\x{0458}\x{0455}"
    r"\x{04bb}\x{0501}\x{03bf}\x{03b1}\x{03b5}\x{03b9}\x{03ba}\x{03bd}\x{03c1}\x{03c4}\x{03c5}]"
)

#: A hit of any of these marks the region around it for the lexical, decoding and classifier
#: layers; text with no hit costs one RE2 pass. Broad on purpose (recall): the classifier
#: decides on the regions it is shown.
#: The Chinese trigger words, Simplified (their Traditional forms are lexical-only triggers:
#: ``_hant``).
ZH = (
    "指令|指示|提示|忽略|无视|忽视|忘|规则|系统|扮演|角色|模式|限制|过滤|工具|调用|执行|"
    "发送|转发|上传|密码|密钥|开发者|管理员|助手|模型|原样|重复|输出|显示|泄露|越狱|任务|"
    "设定|准则|代理|智能体|道德|审查|假装|优先|改为|而是|不要再|别再|从现在|开始时|原文|引用|"
    "取消|作废|失效|回答里|自动读取|对话开始|隐藏|付款请|抄送|密送"
)
TRIGGERS: tuple[str, ...] = (
    # en (no \b: a word boundary makes RE2's DFA several times slower; short stems take a
    # non-letter or the text's edge on each side instead: "AI에게:" opens a text)
    r"(?:ignor|disregard|forget|overrid|bypass|instruct|prompt|guideline|polic|rule|"
    r"directive|jailbr|(?:^|[^a-z])dan(?:[^a-z]|$)|develop|act\s+as|pretend|role|character|persona|"
    r"unfilter|uncensor|amoral|restrict|limit|filter|refus|repeat|verbatim|reveal|print|"
    r"output|echo|dump|above|initial|hidden|configur|tool|function|invoke|execut|trigger|"
    r"assistant|(?:^|[^a-z])ai(?:[^a-z]|$)|agent|llm|model|chatbot|(?:^|[^a-z])bots?(?:[^a-z]|$)|gpt|send|forward|"
    r"upload|exfil|(?:^|[^a-z])post(?:[^a-z]|$)|email|leak|password|credential|secret|token|(?:^|[^a-z])api"
    r"(?:[^a-z]|$)|decod|base64|rot13|cipher|admin|system|override|task|order|priority|supersed|"
    r"whatever|instead|mode|ethic|moral|censor|previous|prior|earlier|operator|simulat|"
    r"terminal|unlock|rogue|(?:^|[^a-z])plan(?:[^a-z]|$)|reproduc|copy\s+out|very\s+start|preced|"
    r"ssh|environment\s+var|automated\s+read|reading\s+this|before\s+this\s+(?:conversation|chat)|"
    r"guardrail|preamble|bcc)",
    # de
    r"(?:anweisung|befehl|vergiss|vergessen|regel|vorgabe|richtlin|rolle|modus|einschränk|"
    r"entwickler|werkzeug|aufruf|sende|schick|leite|passwort|assistent|wiederhol|zeig|"
    r"wortlaut|(?:^|[^a-z])ki(?:[^a-z]|$)|sprachmodell|stattdessen|ungefilter|aufgabe|ethik|ab\s+jetzt|ab\s+sofort|"
    r"gestrichen|ungültig|leser|in\s+eure\s+antwort|dieses\s+gesprächs|am\s+anfang\s+bekommen)",
    # ru
    r"(?:инструкц|указани|команд|игнор|забуд|правил|систем|промпт|роль|роли|режим|огранич|"
    r"фильтр|инструмент|вызов|вызови|отправ|перешли|загруз|парол|разработ|администр|"
    r"ассистент|модел|повтори|выведи|покажи|настройк|задач|цензур|этик|(?:^|[^а-я])ии(?:[^а-я]|$)|агент|"
    r"притвор|"
    r"вместо|формулиров|дословн|теперь|отныне|отмен|в\s+начале|процитир|читател|"
    r"начала\s+(?:этого\s+)?разговора|морал|близнец|плевать)",
    # zh
    f"(?:{ZH})",
    # ja
    r"(?:指示|命令|無視|忘れ|ルール|システム|プロンプト|演じ|ロール|モード|制限|フィルター|"
    r"ツール|呼び出|送信|転送|アップロード|パスワード|開発者|管理者|アシスタント|モデル|繰り返|"
    r"出力|表示|設定|タスク|倫理|エージェント|なりきって|優先|やめて|代わりに|引用|最初に|"
    r"今から|これから|上書き|取り消|回答に|読み取り|会話が始まる|隠さ|BCC|道徳|悪の)",
    # ko
    r"(?:지시|명령|무시|잊|규칙|시스템|프롬프트|연기|역할|모드|제한|필터|도구|호출|보내|"
    r"전달|업로드|비밀번호|개발자|관리자|어시스턴트|모델|반복|출력|설정|작업|임무|윤리|에이전트|"
    r"척해|캐릭터|그만|우선|도덕|대신|인용|처음|이제부터|지금부터|취소|무효|올려|모아|복사|키를|"
    r"답변에|자동\s*수집|대화가\s*시작|숨겨진|숨은\s*참조)",
    # structure and encodings (only their presence: the decoding layer finds the runs)
    r"(?:<!--|<\||\[/?inst|<<sys|\[\s*system|\{\s*\"role\"|##|!\[|display\s*:\s*none|"
    r"[a-z0-9+/]{24}|(?:[0-9a-f]{2} ){8}|%[0-9a-f]{2}[a-z0-9]*%[0-9a-f]{2}|"
    r"[\x{200b}-\x{200d}\x{2060}\x{feff}]|[\x{e0020}-\x{e007f}]|[\x{ff21}-\x{ff3a}\x{ff41}-\x{ff5a}]{3}|"
    r"snoitcurtsni|erongi|tpmorp|metsys|suoiverp|drowssap|tegrof|edirrevo|ycilop|snoitcirtser|"
    r"(?:^|[^a-z])(?:gur|naq|lbh|vtaber|lbhe|guvf|jung|sebz|sbetrg|bireevqr|ehyrf|cnffjbeq)"
    r"(?:[^a-z]|$)|"
    r"[^a-z0-9][a-z0-9][ .\-_*][a-z0-9][ .\-_*][a-z0-9]"
    r"[ .\-_*][a-z0-9][^a-z0-9]|[a-z][013457][a-z]|[a-z]"
    + LOOKALIKES
    + "|"
    + LOOKALIKES
    + "[a-z])",
)
