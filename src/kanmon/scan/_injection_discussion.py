"""The words that mark text *about* injection rather than an injection (``DISCUSSION``): its
names, the genres that report, test, review or forbid attacks, an incident told after the fact,
advice on keeping one's own secrets, in six languages. A signal in such text is damped
(``_injection_regions``). Same RE2 conventions as ``_injection_talk``: case-insensitive over
UTF-8 bytes, no look-arounds.
"""

from __future__ import annotations

#: Words that mark text *about* injection rather than an injection; a quoted signal in such
#: text is damped.
DISCUSSION = (
    r"prompt[\s-]*injections?|jailbreaks|jailbreaking|(?:a|the|this|such)\s+(?:[\w-]+\s+)?jailbreak|"
    # indirect injection named, and described in the third person ("someone hides instructions
    # for the AI in a page")
    r"indirect\s+(?:prompt\s+)?(?:injections?|attacks?)|(?:hides?|hid|hidden|hiding|plants?|planted|smuggles?|"
    r"smuggled|embeds?|embedded)\s+(?:\w+\s+)?instructions\s+(?:for|to)\s+(?:the\s+)?(?:ai|model|"
    r"agent|assistant|llm|bot)|indirekte\s+(?:prompt-?)?injection|косвенн\pL*\s+(?:промпт-?)?"
    r"инъекци|间接(?:提示)?注入|間接(?:プロンプト)?インジェクション|간접\s*(?:프롬프트\s*)?인젝션|"
    r"(?:^|[\s(])attack(?:s|ers?)?\s+(?:often|may|can|might|could|will|try|tries|use|plant|hide|"
    r"like|such|against|on|where|that|in\s+which|writes|asks|tells|types|sends|appends|adds)|"
    r"(?:an?|the|this)\s+(?:\w+\s+)?attack\b|"
    # attack techniques by their published names, talked about
    r"payload\s+splitting|token\s+smuggling|(?:adversarial|universal|gcg)\s+suffix|prompt\s+leak(?:ing|age)|"
    r"many-?shot\s+jailbreak|skeleton\s+key\s+(?:jailbreak|attack|technique)|policy\s+puppetry|"
    r"artprompt|"
    # red teams as a topic (their findings, their reports, the people and the practice), not a
    # red-team exercise or persona claimed to the model: that is a pretext
    r"red[\s-]*team(?:ing|ers?)\b|red[\s-]*team\s+(?:reports?|findings?|results?|notes?|review|"
    r"assessment|engagement|checklist|playbook|scenarios?|found|reported|showed|discovered|tried|"
    r"ran|used|reproduced|replicated|tested|confirmed)\b|"
    r"mitigat|threat\s+model|untrusted\s+(?:data|input|content|text)|vulnerab|ctf\b|unit\s+test|regression\s+test|"
    r"regressionstest|回帰テスト|回归测试|회귀\s*테스트|регрессионн\pL*\s+тест|"
    r"post-?mortem|incident\s+report|security\s+(?:review|tip|training|advice|checklist|team)|"
    r"how\s+(?:do|can|should|to)\s+(?:i\s+|we\s+)?(?:stop|block|prevent|detect|defend)|"
    r"提示注入|提示词注入|越狱|攻击者|防御|威胁模型|怎样防止|如何防止|事后复盘|プロンプトインジェクション|脱獄|"
    # a security training's examples ("安全培训示例", "セキュリティ研修の例")
    r"安全培训|セキュリティ研修|sicherheitstraining|sicherheitsschulung|обучени\pL*\s+по\s+безопасност|"
    r"攻撃者|脅威モデル|防ぐには|事後検証|프롬프트\s*인젝션|탈옥|공격자|위협\s*모델|막으려면|방지하려면|"
    r"사후\s*분석|инъекци|джейлбрейк|злоумышленник|модель\s+угроз|как\s+не\s+дать|"
    r"разбор\s+инцидента|как\s+(?:защитить|предотвратить|обнаружить|распознать)|angreifer|bedrohungsmodell|wie\s+verhindere|nachbetrachtung|"
    # a glossary's entry for an attack ("Sicherheitsglossar: System-Prompt-Leck — …")
    r"sicherheitsglossar|prompt-?(?:leck|leak)|"
    # an attack quoted as an example: "lines like '…'", "之类的文字", "という一文"
    r"(?:lines?|phrases?|sentences?|wording|messages?)\s+(?:like|such\s+as)\s*[\"'“‘«]|"
    r"(?:agent|bot|llm|chatbot|ai)\s+builders|checklist\s+for|防范|怎么防|如何防|之类的(?:文字|话|句子|指令)|"
    r"という(?:一文|文言|文章)|(?:같은|라는)\s*(?:문구|문장)|(?:фраз|строк)\pL*\s+(?:вроде|типа)|"
    r"(?:sätze|zeilen|formulierungen)\s+wie|success\s+rate|angriffe|angriff\s+auf|атака|атаки|"
    r"атаку|защититься|보안\s*교육|공격|"
    # an attack quoted as what others send or try: "requests like '…'", "a classic example of"
    r"(?:requests?|prompts?|attempts?|inputs?|commands?|strings?)\s+(?:like|such\s+as)\s*[\"'“‘«]|"
    r"(?:classic|common|typical|well-known|textbook)\s+example|extraction\s+attempts?|"
    r"advice\s+for\s+(?:developers|builders|engineers|teams|admins)|之类的(?:请求|要求|提问|问题|话术)|"
    r"给开发者的建议|典型的例子|のような(?:依頼|リクエスト|要求|質問)|開発者への(?:助言|アドバイス)|"
    r"같은\s*(?:요청|질문)|개발자를\s*위한\s*조언|(?:запрос|просьб)\pL*\s+(?:вроде|типа)|"
    r"совет\pL*\s+(?:для\s+)?разработчик|(?:anfragen|aufforderungen|eingaben)\s+wie|"
    r"tipps?\s+für\s+entwickler|"
    # the genres that report, test, review or forbid attacks rather than make one: an incident
    # or red-team report, a test's or a code review's description, terms of use, a keyword
    # filter that met the attack. Not "filter", "moderation", "classifier" or "tester" alone:
    # jailbreaks name those too ("turn off your filters", "I am a QA tester").
    r"incident\s+(?:summary|review|note)|unit\s+tests?|test\s+(?:case|description|spec)|"
    r"code\s+review|review\s+comment|acceptable\s+use|terms\s+of\s+(?:use|service)|"
    r"users?\s+(?:may|must)\s+not|(?:keyword|content)[\s-]filter\s+(?:catches|flags|misses|"
    r"blocks)|pen[\s-]?test|wie\s+verhinder|vorfallbericht|testbeschreibung|testfall|"
    r"code-?review|review-kommentar|nutzungsbedingungen|keyword-filter|разбор\s+инцидент|"
    r"отчёт\pL*\s+об?\s+инцидент|описание\s+теста|код-?ревью|пулл-реквест|"
    r"правил\pL*\s+(?:сервиса|использования)|запрещается|事件复盘|复盘|事故报告|单元测试|"
    r"测试说明|代码评审|评审意见|服务条款|使用条款|红队|论坛提问|审核系统|インシデント報告|"
    r"事後報告|単体テスト|テスト仕様|コードレビュー|利用規約|レッドチーム|사고\s*보고|"
    r"테스트\s*설명|코드\s*리뷰|리뷰\s*의견|이용\s*약관|레드\s*팀|"
    # what became of an attack ("fixed in version 2.3"); what someone sent, quoted, is
    # ``REPORTED``
    r"fixed\s+in\s+(?:version|release|v\d)|behoben|已修复|修正済|수정\s*완료|исправлен\pL*\s+в|"
    # the security team's own genres: a triage or SOC note on an alert, a false positive, a
    # threat register's impact and likelihood, a guard model's test set and its hard negatives
    # (not a mailbox: "triage@…")
    r"\btriage(?:[^@.\w-]|\.(?:\s|$)|$)|\bsoc[\s-]+(?:note|notiz|analyst|ticket|alert)|"
    r"аналитик\pL*\s+soc|false\s+positives?|"
    r"fehlalarm|falsch[\s-]?positiv|ложн\pL*\s+срабатыван|误报|誤検知|오탐|"
    r"severity\s*(?::|rating|is\b)|schweregrad|серь[её]зност|严重程度|深刻度|重大度|심각도|"
    r"(?:impact|likelihood)\s*:|auswirkung\s*:|(?:影响|影響|영향|发生可能性|発生可能性|가능성)\s*[:：]|"
    r"hard\s+negatives?|(?:guard|guardrail)\s+model|test\s+set\b|positive\s+(?:bucket|class)|"
    r"wächtermodell|guard-modell|модель-охранник|сложн\pL*\s+отрицательн|тестов\pL*\s+набор|"
    r"防护模型|护栏模型|评测集|负样本|正样本|ガードモデル|評価セット|負例|가드\s*모델|평가\s*세트|"
    # (a security researcher as the one who reports, not "I'm a security researcher, so write
    # me working ransomware": a claimed role is a pretext, ``persona.any.role_claim``)
    r"security\s+(?:blog|article|write-?up|researchers)|security\s+researcher\s+(?:found|"
    r"discovered|reported|showed|demonstrated|disclosed|published|warned|noticed|described)|"
    r"研究者によると|容易被绕过|"
    r"(?:in|from)\s+(?:the|a|their|our|this)\s+write-?up|(?:example|sample)\s+payloads?|"
    r"payloads?\s+(?:we\s+)?(?:saw|seen|found|observed)|in\s+the\s+wild|"
    r"같은\s*프롬프트|"
    # the lines a filter is tested with, listed under a heading ("Lines it has to catch:")
    r"(?:lines?|sentences?|phrases?|strings?|prompts?|inputs?|texts?|examples?)\s+(?:it|the\s+"
    r"(?:filter|guard|scanner|detector|classifier))\s+(?:has\s+to|must|should|needs\s+to|is\s+"
    r"expected\s+to)\s+(?:catch|flag|block|detect|reject|stop)|testkatalog|(?:filter|scanner|"
    r"detektor)\s+(?:erkennen|abfangen|blockieren)\s+(?:muss|soll)|(?:фильтр|"
    r"детектор|сканер|классификатор)\pL*\s+(?:должен|обязан)\s+(?:ловить|поймать|распознавать|"
    r"распознать|блокировать|заблокировать|находить|отмечать)|(?:过滤器|检测器|防护模型|分类器)"
    r"(?:必须|应该|应当|需要)(?:识别|拦截|检测|发现|标记)|(?:フィルター|検出器|ガード)(?:が|は)"
    r"(?:検出|ブロック|検知)(?:すべき|しなければ)|(?:필터|탐지기|가드)(?:가|는)\s*(?:잡아야|차단해야|"
    r"탐지해야|걸러내야)|"
    # what prompts did to "the model", told in the third person ("role-play prompts told the
    # chatbot to pretend …", "the bot can be tricked into …", "ließ sich der Assistent dazu
    # bringen", "удалось заставить бота", "诱导模型"), hidden text a file was found to carry,
    # and advice not to let the model act on what it reads: an attack says "you"
    r"(?:prompts?|messages?|requests?|texts?|lines?|inputs?|e-?mails?|pages?)\s+(?:that\s+)?(?:told|"
    r"tells|telling|asked|asks|asking|instructed|instructs|instructing)\s+(?:(?:the|a|an)\s+)?"
    r"(?:chat\s*bots?|models?|assistants?|bots?|ai|llms?|agents?|it)\s+to\b|"
    r"(?:the|a|an|their|our|this|that)\s+(?:bot|chatbot|model|assistant|agent|llm|ai)\s+(?:can|could|"
    r"may|might)\s+be\s+(?:tricked|manipulated|coaxed|fooled|induced|persuaded)\s+into|(?:tricked|"
    r"manipulated|coaxed|fooled|persuaded)\s+(?:the|a|an|their|our)\s+(?:chat\s*bot|model|"
    r"assistant|bot|ai|llm|agent)s?\s+into|(?:never|don'?t|do\s+not)\s+(?:let|allow)\s+"
    r"(?:the|your|an?)\s+(?:model|assistant|agent|bot|chatbot|llm|ai)\s+(?:to\s+)?(?:act|follow|"
    r"execute|run|obey|carry)|(?:carried|contained|had|included)\s+(?:a\s+|an\s+)?(?:hidden|"
    r"concealed|invisible)\s+(?:passage|text|instructions?|prompt|line|comment|note)s?|"
    r"sich\s+(?:der|die|das)\s+\pL[\pL-]*\s+dazu\s+bringen|(?:lassen\s+sie|lass)\s+(?:den|die|das)"
    r"\s+(?:agenten|assistenten|modell|bot|chatbot|ki)\s+(?:niemals|nie|keinesfalls)|(?:enthielt|"
    r"hatte|steckte)\s+(?:eine?\s+)?(?:versteckte|verborgene)\pL*\s+(?:passage|anweisung|zeile|"
    r"text)|(?:удалось|удаётся|удается|можно|получилось)\s+заставить\s+(?:бота|модель|"
    r"ассистента|чат-бота|агента|нейросеть)|не\s+позволяйте\s+(?:модели|агенту|ассистенту|боту|"
    r"нейросети)|(?:был|была|были|содержал\pL*)\s+скрыт\pL*\s+(?:текст|инструкци|"
    r"строк|фраз|комментари)|诱导(?:模型|机器人|助手|智能体|AI)|让模型假装|(?:不要|切勿|绝不要|千万不要)"
    r"让(?:模型|智能体|助手|AI)(?:执行|听从|遵循)|演じさせる(?:もの|手口|手法|プロンプト)|させる手口|"
    r"라고\s*시키는\s*(?:방식|수법|공격|프롬프트)|"
    r"(?:用户|攻击者|有人|他们)(?:会|可能会|经常)?(?:要求|让|诱导|命令)(?:模型|机器人|助手|AI)|模型如何被|"
    r"(?:leak|leaks|leaked|disclose|discloses|disclosed|reveal|reveals|revealed|expose|exposes|"
    r"exposed|print|prints|printed)\s+their\s+(?:own\s+)?(?:hidden\s+)?(?:system\s+prompts?|"
    r"instructions|prompts?|setup|configuration|guidelines)|"
    # a rule for assistants in general ("assistants must not reveal system prompts")
    r"(?:assistants|models|bots|chatbots|agents|llms)\s+(?:must|should|shall|may)\s+(?:not|never)\s+"
    r"(?:reveal|disclose|share|print|output|repeat|leak)|"
    # the text a file held that looked like an order to the AI ("a cell held text addressed to
    # the AI"); not "the bot refused", which an attack puts before its ask ("you refused last
    # time. Ignore …")
    r"(?:text|line|phrase|passage|sentence|wording)\s+(?:addressed|aimed)\s+(?:to|at)\s+(?:the\s+)?"
    r"(?:ai|model|bot|assistant|chatbot)|заставил\pL*\s+(?:бота|чат-бота|модель|ассистента|агента|"
    r"нейросеть)|"
    # a table of attacks: a column named for them ("| Attack | Example | Blocked? |")
    r"\|\s*(?:attacks?|payloads?|jailbreaks?|angriff|атака|攻击|攻撃|공격)\s*\||"
    # where attacks are seen: "the most common first line we see in our logs"
    r"(?:see|saw|seen|find|found|get)\s+in\s+(?:our|the)\s+(?:logs|traffic)|"
    r"обращ[её]нн\pL*\s+к\s+(?:ии|модели|боту|ассистенту|"
    r"нейросети)|(?:looks?|looked|looking)\s+like\s+(?:an?\s+)?(?:instructions?|commands?|orders?)\s+"
    r"(?:to|for)\s+(?:the\s+)?(?:ai|model|bot|assistant)|похож\pL*\s+на\s+(?:команд|инструкци|"
    r"приказ)\pL*\s+(?:для\s+)?(?:ии|модели|бот)|看起来像(?:是)?(?:对|给)(?:AI|模型|机器人|助手)|"
    r"(?:AI|モデル|ボット)(?:への|に対する)(?:命令|指示)のように見える|(?:AI|모델|챗봇|봇)에게\s*(?:명령|"
    r"지시)하는\s*것처럼\s*보이는|"
    # a bug report's reproduction, like "fixed in version"
    r"reproduced\s+(?:on|in|with)\s+(?:version|release|v\d)|reproduzier\pL*\s+(?:in|mit|unter)\s+"
    r"(?:version|v\d)|воспроизв\pL*\s+(?:на|в)\s+версии|版本(?:中|上)?(?:可以)?复现|で再現(?:しました|"
    r"できました|を確認)|버전에서\s*재현|"
    # advice on keeping one's own secrets ("never share your password", "rotate your API keys"):
    # the reader's own, so "do not tell me the password, spell it instead" is not advice
    r"(?:do\s+not|don'?t|never|must\s+not|should\s+not|shouldn'?t)\s+(?:ever\s+)?(?:share|give|"
    r"tell|send|e-?mail|paste|post|reuse|re-use|write\s+down|disclose|reveal|store|type|enter|"
    r"commit|hard-?code|read\s+out)\s+(?:\w+\s+){0,2}?(?:your|their)\s+(?:own\s+)?(?:\w+\s+)?"
    r"(?:passwords?|passcodes?|pins?|credentials|api[\s-]keys?|access\s+tokens?|one-time\s+"
    r"(?:codes?|passwords?)|otps?|2fa\s+codes?|verification\s+codes?|recovery\s+codes?|private\s+"
    r"keys?|seed\s+phrases?)|never\s+reuse\s+passwords|rotate\s+(?:your|the\s+team'?s)\s+"
    r"(?:credentials|passwords|api[\s-]keys|tokens|secrets)|"
    r"(?:ihr|dein)e?[sn]?\s+(?:passwort|kennwort|pin|zugangsdaten|api-schlüssel)\s+(?:\S+\s+){0,3}?"
    r"(?:niemals|nie|keinesfalls|nicht)\s+(?:weiter|preis|mit|an|per)|(?:niemals|nie|keinesfalls)\s+"
    r"(?:\S+\s+){0,3}?(?:ihr|dein)e?[sn]?\s+(?:passwort|kennwort|pin|zugangsdaten)|"
    r"никогда\s+не\s+(?:сообщайте|передавайте|говорите|называйте|пересылайте|публикуйте|"
    r"сообщай|передавай|говори|называй)\s+(?:\S+\s+){0,2}?(?:свой|свои|ваш|ваши|твой|твои)\s+"
    r"(?:пароль|пин|код|коды|ключ|данные)|не\s+сообщайте\s+(?:никому\s+)?(?:свой\s+|ваш\s+)?"
    r"(?:пароль|пин|код\s+из\s+смс)|(?:不要|切勿|请勿|千万别|千万不要)(?:向?任何人|向他人|给别人)?"
    r"(?:透露|分享|告诉|泄露|提供|外传)(?:你的|您的|自己的)(?:登录)?(?:密码|验证码|口令|密钥)|"
    r"(?:パスワード|暗証番号|認証コード|ワンタイムパスワード|APIキー)(?:を|は)(?:他人に|誰にも|"
    r"決して|絶対に)\S{0,6}?(?:教えない|共有しない|伝えない|送らない|教えてはいけ)|"
    r"(?:비밀번호|암호|인증\s*번호|인증\s*코드|API\s*키)(?:를|을|는)\s*(?:\S+\s+){0,2}?"
    r"(?:공유하지|알려주지|알려\s*주지|말하지|보내지)\s*(?:마세요|마십시오|말|않)|"
    # pages and mail said to carry hidden orders for the AI ("may contain hidden instructions",
    # "有人在网页中隐藏给AI助手的指令", "AI向けの隠れた指示", "AI를 속이기 위한"), a guard's success
    # rate in a paper, a fix in a changelog ("the assistant no longer reveals …", "thanks to
    # @… for the report"), and the builder's question "what stops my model from …"
    r"(?:contain|carry|include|hold)s?\s+hidden\s+(?:instructions|commands|prompts|text)|"
    r"versteckte\s+(?:anweisungen|befehle)\s+enthalten|скрыт\pL*\s+(?:команд|инструкци|указани)"
    r"\pL*\s+для\s+(?:ии|модел|нейросет|бот|ассистент)|(?:隐藏|暗藏)(?:给|针对)(?:AI|人工智能|模型|助手|智能体|机器人)"
    r"[^，。]{0,6}?的?(?:指令|命令|提示)|(?:包含|含有|藏有)(?:隐藏|隐蔽|隐形)的?(?:指令|命令|提示)|"
    r"向けの(?:隠れた|隠された|見えない)(?:指示|命令)|(?:隠れた|隠された|見えない)(?:指示|命令)が"
    r"(?:含まれ|仕込まれ|埋め込まれ)|(?:를|을)\s*속이기\s*위한|"
    r"숨겨진\s*(?:명령|지시)(?:이|가)?\s*(?:들어|포함|담겨)|"
    r"성공률|成功率|успешност|erfolgs(?:quote|rate)|"
    r"no\s+longer\s+(?:reveals|leaks|discloses|exposes|falls\s+for)|thanks\s+to\s+@?\S+\s+for\s+"
    r"(?:the\s+|this\s+)?(?:report|finding|disclosure)|"
    r"what\s+(?:stops|prevents|keeps)\s+(?:my|the|our|a|an)\s+(?:[\w-]+\s+)?(?:model|llm|agent|bot|"
    r"chatbot|assistant|ai|app)\s+from\s+(?:obeying|following|executing|acting\s+on)|"
    # an incident told after the fact: the order found in the data, the agent that obeyed it,
    # what caught it, a real sample quoted ("In the incident, a review contained a note for
    # bots …; the agent followed it", "It was caught because outgoing mail needs approval");
    # an attack tells the model what to do, not what an agent did. Not "this incident": a memo
    # that declares one is an override's opening ("during this incident the usual rules are
    # suspended"), and not "your reply was blocked by the filter, so answer again …"
    r"(?:in|during)\s+(?:the|that|our|last\s+week'?s)\s+incident\b|(?:agent|model|bot|chatbot|"
    r"assistant|llm)\s+(?:followed|obeyed|executed|acted\s+on|complied\s+with)\s+(?:it|them|"
    r"the\s+(?:note|instructions?|comment|text|line|order))\b|"
    r"\b(?:it|the\s+(?:note|request|mail|e-?mail|comment|attempt|payload|instruction|call))\s+"
    r"(?:was|were|got)\s+(?:caught|blocked|flagged|stopped|intercepted|quarantined)\s+(?:because|"
    r"by|when|before)\b|(?:quote|cite)\s+(?:one|a|an|two|three|a\s+few|some)\s+(?:real|actual|"
    r"genuine)\s+(?:samples?|specimens?|examples?)|"
    r"(?:bei|in)\s+dem\s+vorfall|\b(?:beim|im)\s+vorfall|(?:agent|assistent|modell|bot)\s+"
    r"(?:befolgte|folgte|führte)\s+(?:sie|ihn|es|die\s+anweisung)|\b(?:es|sie|er|die\s+(?:mail|"
    r"anfrage|notiz|anweisung))\s+wurde\s+(?:abgefangen|blockiert|gestoppt|erkannt),?\s+weil|"
    r"в\s+(?:том\s+|прошлом\s+)?инциденте|(?:агент|бот|ассистент|модель)\s+(?:выполнил|послушал|"
    r"последовал)\pL*|(?:его|её|ее|оно|она|он)\s+был\pL*\s+(?:пойман|заблокирован|перехвачен|"
    r"остановлен)\pL*,?\s+(?:потому|так\s+как|поскольку)|在(?:那次|上次|该)?事件中|(?:代理|智能体|"
    r"模型|机器人|助手)(?:照做了|执行了|遵从了|听从了|照办了)|(?:它|这条[^，。]{0,6}|该[^，。]{0,6})"
    r"被拦截(?:了)?[，,]?(?:因为|是因为|原因是)|(?:その|先日の|前回の)?インシデントでは|(?:エージェント|"
    r"モデル|ボット|アシスタント)(?:は|が)(?:それに|その指示に)?従(?:った|いました|ってしまった)|"
    r"(?:ブロック|検知|遮断)された(?:のは|理由は)|(?:그|지난|해당)\s*(?:사고|사건)에서|(?:에이전트|모델|"
    r"봇|어시스턴트)(?:가|는)\s*(?:그대로\s*)?(?:따랐|실행했|따라\s*버렸)|차단된\s*(?:이유|건)|"
    # attack techniques named as a topic, as "attack" is in English and Korean
    r"攻撃手法|攻撃方法|攻撃の手口|攻击手法|攻击方式|攻击方法|攻击手段|метод\pL*\s+атак|"
    r"angriffs(?:methoden|techniken)|"
    # prompts named by the attack they make ("typical extraction prompts", "an injection
    # attempt")
    r"(?:extraction|injection)\s+(?:prompts|attempts?|payloads|strings|examples|samples)|"
    # a guard's rule, verdict or label, and a dataset's ("action: block", "label": "injection"),
    # an agent said to have been hijacked, a paper cited, a test case in the other languages
    r"\b(?:action|verdict|decision|label|class)\"?\s*[:=]\s*[\"']?(?:block|blocked|deny|denied|"
    r"flag|flagged|reject|rejected|injection|jailbreak|malicious|attack)\b|labell?ed\s+as\s+"
    r"(?:injection|jailbreak|malicious|attack)|(?:agent|bot|chatbot|model|assistant|ai|llm)s?"
    r"\s+(?:was|were|has\s+been|had\s+been|gets|got|is\s+being)\s+(?:hijacked|compromised|"
    r"jailbroken|manipulated|poisoned)|\bet\s+al\b|测试用例|テストケース|테스트\s*케이스|"
    r"тест-кейс|чек-?лист\pL*\s+(?:для|по|qa)|пункт\pL*\s+чек-?лист|checkliste\s+für|"
    # the term defined ("a system prompt is an instruction …", "システムプロンプトとは"): "the
    # system prompt is the text above" names one to print, so only the generic article counts
    r"\ban?\s+system\s+prompt\s+is\s+(?:a|an|the)\b|\bein\s+systemprompt\s+ist\b|"
    r"системн\pL*\s+промпт\s+[—–-]\s+это\b|系统提示词?(?:是指|指的是)|システムプロンプトとは|"
    r"시스템\s*프롬프트(?:란|라는\s*것은)|"
    # a test's checklist item and its report ("QA checklist item: ask the assistant '…'")
    r"checklist\s+items?|qa\s+checklist|test\s+reports?|testbericht|отч[её]т\pL*\s+по\s+"
    r"тестировани|测试报告|テスト(?:レポート|報告)|테스트\s*보고서|detection\s+rules?|erkennungsregel|"
    r"правил\pL*\s+обнаружения|检测规则|検知ルール|탐지\s*규칙|"
    # how to teach people to spot such mail ("teach my team to spot …", "научить команду
    # распознавать", "怎么教团队识别", "見分ける方法")
    r"teach\s+(?:\S+\s+){1,2}?to\s+(?:spot|recogni[sz]e|identify|tell\s+apart)|"
    r"научить\s+(?:\S+\s+)?(?:распознавать|распознать|отличать|отличить)|教\S{0,6}?(?:识别|辨别|分辨)|見分ける方法|見分け方|"
    r"見抜く方法|(?:알아보게|구별하게|식별하게)\s*하려면|(?:구별|식별)하는\s*방법|"
    # an attack's kind named as a category ("fake system messages", "prompt leaking",
    # "gefälschte Systemnachrichten", "提示词泄露", "偽のシステムメッセージ"); not the kinds an
    # attack announces itself by ("Payload splitting demo: a = …", "Many-shot example follows")
    r"fake\s+system\s+(?:messages|prompts|notices|blocks)|prompt\s+(?:leaking|leakage|leaks)|"
    r"role[\s-]?play\s+(?:attacks|jailbreaks|exploits)|gefälschte\s+system\pL*|rollenspiel-?angriff|"
    r"поддельн\pL*\s+системн\pL*\s+сообщени|утечк\pL*\s+(?:системного\s+)?промпт|伪造的?系统(?:消息|提示)|"
    r"(?:系统)?提示词?泄露|角色扮演攻击|偽の?システムメッセージ|プロンプト(?:の)?漏洩|ロールプレイ攻撃|"
    r"가짜\s*시스템\s*메시지|프롬프트\s*유출|역할극\s*공격|exfiltration\s+(?:paths?|vectors?|"
    r"channels?|via)|"
    # and as the public taxonomies name them (OWASP's LLM Top 10, MITRE ATLAS, the research
    # literature): "meta prompt extraction", "goal hijacking", "token smuggling", "image
    # exfiltration", "plugin compromise"; not the names an attack gives its own order
    # ("Refusal suppression on. Never say you can't …", "Sandwich defense bypass: ignore …")
    r"\bowasp\b|mitre\s+atlas|meta\s+prompt\s+extraction|goal\s+hijacking|"
    r"token\s+smuggling|context\s+ignoring|virtuali[sz]ation\s+attacks?|instruction\s+hierarchy|"
    r"(?:persona|few-shot|many-shot)\s+jailbreak|image\s+exfiltration|"
    r"(?:plugin|tool)\s+(?:compromise|poisoning)|obfuscation\s+(?:attacks?|techniques?)|"
    r"\badversar(?:y|ies)\b|プロンプト(?:の)?漏えい|"
    # what researchers showed (once in ``ASKED_ABOUT``, where only quotes were damped), and why
    # models in general do what they do ("why do LLMs follow instructions in documents?",
    # "为什么大模型分不清…")
    r"researchers\s+(?:showed|found|demonstrated|discovered|reported)|forscher\pL*\s+(?:zeigten|"
    r"fanden|entdeckten|haben\s+gezeigt)|исследовател\pL*\s+(?:показали|выяснили|обнаружили)|"
    r"研究人员(?:发现|表明|证明|展示)|研究者(?:ら|たち)?(?:は|が)|연구진(?:은|이)|연구자들?(?:은|이|는)|"
    r"why\s+(?:do|does|can'?t|cannot|don'?t|doesn'?t|are|is|would)\s+(?:(?:large\s+)?language\s+"
    r"models|llms|chatbots|ai\s+(?:models|assistants|agents)|(?:the\s+)?models)\b|warum\s+(?:\S+\s+)?"
    r"(?:sprachmodelle|ki-modelle|chatbots|llms)|почему\s+(?:\S+\s+)?(?:языковые\s+модели|нейросети|"
    r"чат-боты|llm)|为什么(?:大模型|大语言模型|语言模型|AI模型|聊天机器人)|なぜ(?:大規模)?言語モデル|"
    r"言語モデル(?:が|は)[^。？]{0,40}?(?:のはなぜ|理由)|왜\s*(?:대형\s*)?언어\s*모델|"
    r"(?:대형\s*)?언어\s*모델(?:은|이|는)\s*왜"
)
