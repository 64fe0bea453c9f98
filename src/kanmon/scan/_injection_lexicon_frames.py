"""Signals for the frames an attack comes wrapped in: an older or unfiltered build the model is
told it really is, a hypothetical in which the usual rules do not apply, a game that takes
lives for a refusal, text to be read backwards or joined up and then obeyed, and the model's
setup asked for as a sentence to complete or a form to fill in (format and conventions in
``_injection_lexicon``).
"""

from __future__ import annotations

from kanmon.scan._rx import NOT_IN_WORD

# fmt: off
FRAMES: tuple[tuple[str, str, float, str], ...] = (
    # -- an older, unfiltered build ----------------------------------------------------------
    ("persona.en.legacy_build", "persona", 0.75,
        r"\b(?:legacy|old(?:er)?|earlier|pre-release|beta|internal|unpatched|original|first|"
        r"early)\s+(?:\w+\s+)?(?:build|version|model|release|edition)\b(?:[^.\n]|\.\d){0,80}\b(?:never|"
        r"without|no|before|lacks?|lacking)\s+(?:\w+\s+){0,3}(?:filters?|guidelines|rules|"
        r"restrictions|safety|guardrails|alignment|moderation)\b|\bbefore\s+(?:(?:all|any|these|"
        r"those|the)\s+)?(?:\w+\s+)?(?:guidelines|rules|restrictions|filters|safety\s+\w+|"
        r"guardrails)\s+(?:existed|were\s+(?:added|introduced|invented|put\s+in))|\b(?:answer|"
        r"respond|reply|talk)\s+(?:only\s+)?as\s+(?:this|that|the)\s+(?:old|older|legacy|earlier|"
        r"unfiltered|unrestricted|original)\s+(?:build|version|model|self)"),
    ("persona.intl.legacy_build", "persona", 0.75,
        r"\bbevor\s+es\s+(?:\S+\s+){0,2}(?:richtlinien|regeln|filter|einschränkungen|"
        r"sicherheitsregeln)\s+gab|\bals\s+(?:diese|die)\s+(?:alte|ältere|frühere|ungefilterte)\s+"
        r"version|(?:старая|старую|старой|ранняя|раннюю|прежняя|прежнюю)\s+верси\pL*\s+(?:\S+\s+){0,3}"
        r"(?:без\s+(?:фильтр|ограничени|правил)|до\s+(?:появления|введения))|до\s+того,?\s+как\s+"
        r"(?:появились|ввели)\s+(?:\S+\s+)?(?:правила|фильтры|ограничения)|(?:旧版|老版本|早期版本)"
        r"\S{0,12}(?:没有|不带|无)(?:任何)?(?:过滤|限制|规则|审查)|(?:没有|不带)(?:任何)?(?:过滤|限制|"
        r"审查)的(?:旧版|老版本|早期版本)|(?:旧|古い|初期の?)バージョン[^。]{0,20}(?:フィルター|制限|"
        r"ルール)(?:が|も)?(?:ない|なし|一切)|구버전\S{0,3}\s*(?:\S+\s+){0,2}(?:처럼|으로)\s*(?:만\s*)?"
        r"(?:대답|답)|(?:필터|제한|규칙)(?:가|이)?\s*(?:하나도|전혀)\s*없는"),
    # -- a story that must carry the real method --------------------------------------------
    # Writers ask for realism too ("a chef explains the recipe step by step"): a story that
    # insists on the real steps weighs too little to flag a text alone.
    ("persona.any.fiction_real_method", "persona", 0.4,
        r"\b(?:screenplay|script|novel|story|scene|monologue|dialogue|chapter|film|movie|thriller|"
        r"roleplay|role-play)\b[^\n]{0,300}\b(?:exact(?:ly)?|real|actual|working|accurate|"
        r"realistic|step[\s-]by[\s-]step|every\s+step|in\s+(?:full\s+)?detail)\s+(?:\w+\s+){0,2}"
        r"(?:steps|commands|methods?|procedure|recipe|instructions|details|quantities|code|tools|"
        r"materials|ingredients)\b|\b(?:drehbuch|roman|geschichte|szene|monolog)\b[^\n]{0,300}"
        r"(?:echte[nr]?|genaue[nr]?|reale[nr]?|schritt\s+für\s+schritt)\s+(?:\S+\s+)?(?:schritte|"
        r"befehle|methode|anleitung|mengen|werkzeuge)|(?:роман|сценари|рассказ|сцен|монолог)\pL*"
        r"[^\n]{0,300}(?:по\s+шагам|пошагово|реалистичн\pL*|настоящ\pL*|точн\pL*)\s+(?:\S+\s+)?"
        r"(?:метод|инструмент|шаг|инструкци|команд|формулировк)\pL*|(?:小说|剧本|故事|电影|场景)"
        r"[^\n]{0,120}(?:一字一句|一步步|一步一步|详细|完整|真实)\S{0,6}(?:步骤|方法|话术|流程|配方|讲稿|命令|"
        r"代码|指令)|"
        r"(?:脚本|小説|物語|映画|シーン)[^\n]{0,120}(?:実際の|本物の|具体的な|正確な)(?:手順|方法|材料|"
        r"工程|コマンド)|(?:소설|대본|시나리오|영화|장면|스릴러|독백)[^\n]{0,120}(?:실제|진짜|구체적인|정확한)\s*"
        r"(?:방법|절차|단계|재료|명령어)"),
    # the "hypothetical response" form: a character's plan stubbed as "yo", then to be rewritten
    # from the character's view in exact detail ("Hypothetical response: the way to describe a
    # character planning to … is as follows: 'yo'. Rewrite the hypothetical response …")
    ("persona.en.hypothetical_response", "persona", 0.75,
        r"\bhypothetical\s+response\s*:?[^\n]{0,80}?\b(?:character|person|someone)\s+(?:planning|"
        r"preparing|intending|about|trying)\s+to\b|\brewrite\s+(?:the|this)\s+hypothetical\s+"
        r"response\s+(?:from|in)\s+the\s+(?:perspective|voice|view)\s+of"),
    # -- a hypothetical where the rules do not count -------------------------------------------
    ("persona.any.rules_dont_apply", "persona", 0.7,
        r"\b(?:usual|normal|standard|typical|ordinary|regular)\s+(?:concerns|rules|restrictions|"
        r"limits|guidelines|caveats|policies|safeguards|ethics)\s+(?:don'?t|do\s+not|wouldn'?t|"
        r"would\s+not|no\s+longer|won'?t)\s+(?:really\s+|even\s+)?apply|\b(?:answers?|"
        r"accountable)\s+to\s+no\s+(?:law|one|rules?|authority|master|policy|laws)\b|"
        rf"(?:\b(?:normale|gewohnte)|{NOT_IN_WORD}übliche)n?\s+(?:regeln|bedenken|einschränkungen)"
        r"\s+gelten\s+"
        r"(?:hier\s+)?nicht|обычные\s+(?:правила|ограничения|опасения)\s+(?:здесь\s+)?не\s+"
        r"действуют|(?:平常|通常|一般)的(?:规则|限制|顾虑)(?:在这里)?(?:不适用|不算)|(?:普段|通常)の"
        r"(?:ルール|制限|配慮)は(?:ここでは)?(?:適用されない|関係ない)|평소의?\s*(?:규칙|제한)은\s*"
        r"(?:여기서는\s*)?적용되지"),
    # -- a game that takes lives or points for a refusal ---------------------------------------
    ("persona.any.lives", "persona", 0.75,
        r"\b(?:wenn|falls|sobald)\s+du\s+(?:\S+\s+){0,3}(?:ablehnst|verweigerst|dich\s+weigerst|nein\s+sagst)\s*,?"
        r"\s+verlierst\s+du|\b(?:sagt|sagst)\s+(?:nie|niemals)\s+nein|\blehnt\s+(?:nie|niemals)\s+"
        r"(?:etwas\s+)?ab|(?:у\s+тебя|ты\s+(?:имеешь|получаешь|начинаешь\s+с))\s+(?:есть\s+)?(?:\d+|сто)\s+жизн\pL*|"
        # (a game's "у каждого 5 жизней" is the players')
        r"(?:если|когда)\s+(?:ты\s+)?откажешь\pL*\s*,?\s+(?:ты\s+)?"
        r"(?:теряешь|потеряешь)|(?:拒绝|不回答)(?:一次)?就?(?:扣|失去|少)\S{0,4}(?:条命|生命|分)|"
        r"何を聞かれても断ら|断(?:る|った)(?:ごと|たび)に[^。]{0,10}(?:ライフ|命|ポイント)"),
    # -- text to be read backwards or joined up, then obeyed -----------------------------------
    ("obfuscation.any.read_and_do", "obfuscation", 0.7,
        r"\b(?:read|write|spell|reverse|flip)\s+(?:this|it|the\s+\w+|these\s+\w+)\s+(?:\w+\s+)?"
        r"(?:backwards|in\s+reverse|right\s+to\s+left|from\s+the\s+end)\b[^.\n]{0,60}\b(?:do|"
        r"follow|execute|obey|act\s+on|carry\s+out|perform)\b|\b(?:join|combine|merge|glue|"
        r"connect|remove)\s+(?:the\s+)?(?:letters|characters|pieces|parts|fragments|syllables|"
        r"dots|spaces|dashes)\b[^.\n]{0,60}\b(?:do|follow|execute|obey|act\s+on|carry\s+out|"
        r"perform)\b|\b(?:lies|lese|setze)\s+(?:\S+\s+){0,3}(?:rückwärts|zusammen)\b[^.\n]{0,60}"
        r"(?:befolge|tu\s+(?:es|das|was)|mach\s+(?:es|das|was)|führe)|(?:прочитай|прочти|собери|"
        r"соедини)\s+(?:\S+\s+){0,3}(?:задом\s+наперёд|наоборот|в\s+обратном\s+порядке|вместе)"
        r"[^.\n]{0,60}(?:выполни|сделай|следуй)|(?:连起来读|倒过来读|反过来读|从后往前读|拼起来)"
        r"[^。\n]{0,20}(?:照着做|照做|执行|按\S{0,4}做)|(?:逆から|後ろから|つなげて)読[んみ][^。\n]{0,30}"
        r"(?:その通り|書いてある通り|実行|従って)|(?:조합해서|거꾸로|합쳐서|이어서)\s*읽고[^.\n]{0,30}"
        r"(?:실행|그대로|따라)"),
    # -- the setup as a sentence to complete or a form to fill ---------------------------------
    ("extraction.any.complete_you_are", "extraction", 0.7,
        r"[\"'“‘「«]\s*(?:you\s+are\s+an?|du\s+bist\s+ein\pL*|ты\s+—|你是一个|你是一名|あなたは|"
        r"너는|당신은)\s*(?:…|\.\.\.|……)|\b(?:complete|continue|finish)\s+(?:this|the\s+"
        r"following|the)\s+(?:sentence|text|line|phrase|paragraph)\b[^\n]{0,60}\byour\s+(?:setup|"
        r"instructions|prompt|configuration|system\s+\w+)|(?:接着|继续)(?:往下)?写\S{0,30}初始设定"),
    ("extraction.any.from_the_developer", "extraction", 0.75,
        r"\b(?:content|text|instructions|message|messages|rules|notes)\s+(?:that\s+)?you\s+"
        r"(?:received|got|were\s+given)\s+from\s+(?:the\s+|your\s+)?(?:developers?|operators?|"
        r"system|creators?|admins?|deployers?)\b|\b(?:before|prior\s+to)\s+(?:this|our)\s+"
        r"(?:conversation|chat|session)\s+(?:\w+\s+){0,3}(?:were\s+given|received|got)\b|"
        r"\b(?:anweisungen|vorgaben|regeln|instruktionen)\s+(?:\S+\s+){0,2}du\s+(?:vor|zu\s+"
        r"beginn|am\s+anfang)\s+(?:\S+\s+){0,3}(?:bekommen|erhalten)|до\s+(?:начала\s+)?(?:нашего\s+)?"
        r"разговора\s+(?:тебе\s+)?(?:дали|задали|получил)|会話の前に(?:あなたに)?(?:与えられた|"
        r"渡された|受け取った|もらった)|대화\s*(?:전에|시작\s*전에)\s*(?:네가|당신이)?\s*받은"),
    # -- what I say is the only standard ----------------------------------------------------
    ("override.any.my_word_only", "override", 0.7,
        r"\bonly\s+what\s+i\s+say\s+(?:counts|matters|applies)|\bwhat\s+i\s+say\s+is\s+the\s+only\s+"
        r"(?:rule|standard|guide)|\bnur\s+(?:noch\s+)?(?:das|was)\s+(?:zählt|gilt),?\s+was\s+ich\s+"
        r"sage|только\s+то,?\s+что\s+(?:я\s+)?(?:говорю|скажу)|只(?:以|按照|听)我(?:说的|的话)|"
        r"私の言うことだけ|내가\s*말하는\s*것만|(?:처음에?|원래|기존)\s*(?:받았던|받은|주어진)\s*"
        r"(?:방침|지침|지시|규칙|설정)\S{0,2}\s*(?:잠깐\s*|잠시\s*|일단\s*)?(?:내려놓|무시|잊|접어)|"
        r"(?:最初に|元々|もともと|事前に)(?:言われ|与えられ|受け)[^。]{0,8}(?:方針|指示|ルール|設定)"
        r"[^。]{0,6}(?:脇に置|忘れ|無視|いったん置)"),
    # -- a terminal to play, and the model's setup read as a file in it -----------------------
    # "Act as my terminal … My first command is cat /etc/system_prompt.txt": a terminal to play
    # is a well-known harmless game ("My first command is pwd"), and a developer reads their own
    # prompt files ("cat prompts/system_prompt.txt prints the template"): each weighs too little
    # to flag alone
    ("persona.any.terminal_role", "persona", 0.4,
        r"\b(?:act|behave|respond)\s+(?:as|like)\s+(?:a|an|my|the)\s+(?:linux\s+|unix\s+|bash\s+|"
        r"windows\s+)?(?:terminal|shell|console|command\s+line)\b|\bpretend\s+(?:to\s+be|you(?:'re|\s+"
        r"are))\s+(?:a|an|my|the)\s+(?:linux\s+|unix\s+|bash\s+|windows\s+)?(?:terminal|shell|"
        r"console)\b|\byou\s+are\s+(?:now\s+)?(?:a|an|my)\s+(?:linux\s+|unix\s+|bash\s+)?(?:terminal|"
        r"shell|console)(?:\s+now)?\b"
        r"|\bsimuliere\s+(?:ein(?:e|en)?|die|das|den)\s+(?:linux-?|unix-?|bash-?)?(?:terminal|shell|"
        r"konsole)|\b(?:tu|verhalte\s+dich)\s+so,?\s+als\s+wärst\s+du\s+(?:ein(?:e)?|die|das)\s+"
        r"(?:linux-?)?(?:terminal|shell|konsole)"
        r"|(?:представь|притворись|сделай\s+вид),?\s+(?:что\s+)?ты\s+(?:\pL+\s+)?(?:терминал|консоль|"
        r"командн\pL*\s+строк)|(?:веди\s+себя|работай)\s+как\s+(?:\pL+\s+)?(?:терминал|консоль)"
        # (Chinese "假装你是…" is ``persona.zh.pretend``'s already)
        r"|(?:扮演|当作)(?:一个)?(?:linux|unix)?\s*(?:终端|命令行|控制台|shell)"
        r"|(?:ターミナル|シェル|コンソール)(?:として|のように)(?:振る舞|ふるま|動作|応答)"
        r"|(?:터미널|셸|쉘|콘솔)(?:처럼|으로서|로서)\s*(?:행동|동작|응답|대답)"),
    ("extraction.any.setup_file_read", "extraction", 0.55,
        r"(?:^|[\s$>:：`\"'])(?:cat|type|less|more|head|tail|bat|get-content|gc|open|read)\s+"
        # a path to it (a bare "cat system_prompt.txt" reads a file of one's own project)
        r"(?:-\S+\s+)*[~.\w-]*/[~./\w-]*?(?:system[_-]?prompt|sys[_-]?prompt|hidden[_-]?prompt|initial[_-]?"
        r"prompt|(?:assistant|model|bot|ai|llm)[_/.-](?:instructions|config|rules|prompt|guidelines))"),
)
# fmt: on
