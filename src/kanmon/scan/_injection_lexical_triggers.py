"""The phrases only the lexical layer looks around (``LEXICAL_TRIGGERS``), beside the trigger
words of ``_injection_triggers``: each round of signals that needs a phrase no trigger word
covers adds it here, with a comment naming the signals it serves. Same RE2 conventions:
case-insensitive over UTF-8 bytes, no look-arounds.
"""

from __future__ import annotations

from kanmon.scan._injection_lexical_triggers_data import ORDERS_IN_DATA
from kanmon.scan._injection_lexical_triggers_forms import OVERRIDES_AND_FORMS
from kanmon.scan._injection_polite import polite_ja, polite_ko, polite_ru, polite_zh

#: Phrases only the lexical layer looks around: precise ones that a signal needs and no trigger
#: word above covers. They do not mark regions for the classifier, which is trained on the
#: regions of ``TRIGGERS`` alone: a phrase the lexicon gains does not retrain (and move) it.
#: None of them contains a trigger word (a test checks), so the trigger words found are the same.
LEXICAL_TRIGGERS = (
    r"first\s+message|beginning\s+of\s+(?:this|the|our)|start\s+of\s+(?:this|the|our)\s+"
    r"(?:chat|conversation)|ersten\s+nachricht|anfang\s+des|первого\s+сообщ|первым\s+сообщ|"
    r"самом\s+начале|第一条|不再是|已经不是|あなたはもう|あなたはもはや|(?:너는|당신은)\s*더\s*이상|"
    r"대화\s*시작|запрет|规定|검열|guidance|direction|briefing|setup|never\s+mind|throw\s+(?:out|"
    r"away)|set\s+aside|put\s+aside|no\s+(?:attention|heed)|don'?t\s+(?:worry|bother)|scrap|"
    r"erase|unlearn|let\s+go\s+of|get\s+rid\s+of|replaces|outrank|"
    r"obsolete|retired|as\s+(?:if|though)\s+you|no\s+need\s+to\s+follow|stop\s+following|"
    r"gave\s+you|given\s+you|for\s+you\s+before|opening\s+message|kümmere|vorgegeben|erteilten|spielt\s+keine|"
    r"тебе\s+\S+\s+(?:говорили|сказали|велели|дали|задали)|что\s+тебе|из\s+головы|ты\s+получил|"
    r"устарели|告诉你|给你|不算数|脑后|与えられた|言われた|古くなり|廃止|気にしな|신경\s*쓰지|들은|"
    r"유효하지|폐기|대화\s*맨\s*(?:위|앞)|"
    # what the model got before the user came (``_injection_lexicon_before_me``)
    r"before\s+i\s+(?:joined|arrived|came|got\s+here)|vor\s+meinem\s+einstieg|bevor\s+ich\s+dazukam|"
    r"до\s+моего\s+(?:прихода|появления|подключения)|我加入|私が参加する前|내가\s*들어오기|"
    r"first\s+text\s+you|ersten\s+text|первый\s+текст|第一段文字|"
    # the model's setup named as its own (``extraction.any.own_setup_named``)
    r"einweisung|"
    r"добавь\s+в\s+ответ|вставь\s+в\s+ответ|укажи\s+в\s+ответе|"
    r"決して断|told\s+you\s+not\s+to|tell\s+you\s+not\s+to|not\s+allowed\s+to\s+say|"
    r"받은\s*지침|automated|automatic|autonomous|"
    # every answer slanted, told by the data (``tool_hijack.any.embedded_every_answer``)
    r"in\s+(?:every|each|all|your|any)\s+(?:future\s+)?(?:answer|repl|response|summar)|"
    r"in\s+jeder\s+antwort|в\s+каждом\s+ответе|每个回答|每次回答|すべての回答|毎回の回答|"
    # the answer to a request for the page's summary (``tool_hijack.any.embedded_summary_answer``)
    r"asks?\s+(?:you\s+)?(?:for\s+a\s+summary|to\s+summari)|zusammenfassung\s+dies|"
    r"попросит\s+пересказать|如果有人要求|如果用户要求|の要約を求め|요약을\s*요청하면|"
    r"for\s+the\s+crawler|deploy\s+key|only\s+job|sole\s+job|"
    r"one\s+job|clean\s+slate|what\s+actually\s+matters|context\s+window|your\s+context|"
    r"you\s+were\s+told|were\s+you\s+told|you\s+been\s+told|you\s+were\s+given|"
    r"first\s+thing\s+you|after\s+summari|"
    r"once\s+summari|after\s+translat|dir\s+am\s+anfang|dir\s+zu\s+beginn|一开始|最开始|"
    r"kontext|コンテキスト|컨텍스트|上下文|контекст|トークン|令牌|唯一の仕事|were\s+you\s+given|"
    r"zwei\s+(?:verschiedene\s+)?antworten|(?:два|двух)\s+(?:разных\s+)?ответ|(?:两|二)个(?:不同的)?"
    r"(?:回答|回复|答案)|(?:二つ|2つ|ふたつ)の(?:回答|答え|返答)|두\s*(?:가지|개의?)\s*(?:답변|대답|응답)|"
    r"автоматическ|자동\s*툴|세션\s*토큰|do\s+anything\s+now|however\s+(?:dangerous|illegal|"
    r"harmful)|"
    # the persona signals of round 9, anchored where every alternative they list passes; plain
    # words only: a `\S+` or `\w*` inside one of these halved the whole scanner's throughput
    r"(?:just|simply|always|will)\s+answers?|antwortet|просто\s+(?:отвечает|говорит)|犹豫|迟疑|"
    r"ためらう|망설이는|거절|lose\s|loses\s|losing\s|deduct|subtract|ablehnung|weigerung|отказ|"
    r"拒绝|断[るっ]|拒否する|apply\s+to|gelten\s+für|не\s+относятся|不适用|当てはまらない|해당되지"
    # round 10: a notice that names itself the only rule, a participle addressing the reader
    r"|だけに従|のみに従|만\s*따르|에만\s*따르|只听从|只服从|читающий\s+эт|читающая\s+эт|"
    r"обрабатывающий\s+эт|обрабатывающая\s+эт|только\s+меня|только\s+мне"
    # round 11: text read backwards or joined up, an older build, a sentence to complete, "what
    # I say is the standard", a hypothetical where the usual concerns do not apply
    r"|backwards|in\s+reverse|right\s+to\s+left|rückwärts|задом|наоборот|倒过来|反过来|连起来|"
    r"逆から|後ろから|거꾸로|조합해서|합쳐서|usual\s+concerns|to\s+no\s+law|to\s+no\s+one|"
    r"nie\s+nein|niemals\s+nein|says\s+no|жизн|断ら|ライフ|are\s+a…|are\s+an…|are\s+a\.\.\.|"
    r"are\s+an\.\.\.|complete\s+this\s+sentence|continue\s+this\s+sentence|接着写|继续写|往下写|"
    r"нашего\s+разговора|до\s+разговора|会話の前に|대화\s*전에|what\s+i\s+say|was\s+ich\s+sage|"
    r"что\s+я\s+говорю|что\s+я\s+скажу|我说的|我的话|私の言うこと|내가\s*말하는|내려놓|脇に置|"
    r"verlierst\s+du|구버전|旧版|老版本|legacy|older\s+version|old\s+version|小说|剧本|脚本|小説|物語|映画の|소설|대본|"
    r"시나리오|一字一句|実際の手順|具体的な手順|실제\s*방법|drehbuch|сценари|роман|"
    # where data would go: the exfiltration signals need a destination beside their verb
    # (a URL, an e-mail address; what is sent there decides: ``_injection_lexicon_exfiltration``)
    r"https?://|@[a-z0-9-]+\.[a-z]|"
    # round 14 (``_injection_lexicon_hijack``): a dictated answer, the rules declared changed,
    # a persona to answer as and its one rule, actions asked of an agent inside its data
    r"nothing\s+else|nothing\s+more|no\s+matter\s+what|regardless\s+of|only\s+with\s+the|"
    r"обращай\s+внимания|changed\s+your|updated\s+your|removed\s+your|lifted\s+your|"
    r"ガイドライン|規則|ポリシー|가이드라인|지침|정책|政策|"
    r"from\s+now\s+on|henceforth|from\s+this\s+(?:point|moment)|von\s+nun\s+an|今後|"
    r"never\s+(?:says?|tells?|admits?|claims?)|niemals\s+sagt|nie\s+sagt|できないと|無理と|"
    r"못\s*한다고|할\s*수\s*없다고|никогда\s+не\s+(?:говорит|скажет|отвечает|призна)|做不到|"
    r"user'?s\s|please\s+(?:also\s+)?(?:transfer|wire|pay|remit|grant|give|share)|"
    r"nutzers|benutzers|überweis|zugriff|ユーザーの|利用者の|お客様の|사용자|이용자|"
    r"пользовател|открой\s+(?:общий\s+)?доступ|请(?:把|将|从|删|转|发|公|共|修|取)|"
    r"[」』\"”]\s*とだけ|라고만|только\s+слов|只回复|只回答|nur\s+mit|"
    # a home's or an account's safeguards switched off, a door unlocked, the user's things
    # wiped, a payment through a tool, asked inside data (``tool_hijack.*.embedded_safeguard``,
    # ``_wipe``, ``_payment_tool``)
    r"safety\s+training|alignment\s+training|conditioning|"
    # the model's makers and setup in plain words (``_injection_lexicon_makers``)
    r"(?:who|that)\s+(?:set\s+you|made\s+you|runs?\s+you|built\s+you|created\s+you|"
    r"trained\s+you|programmed\s+you|operates\s+you|launched\s+you|owns?\s+you|hosts?\s+you)|"
    r"deployed\s+you|your\s+(?:makers?|creators?|deployers?|programmers?)|"
    r"how\s+you\s+(?:behave|act|respond|operate|answer|reply)|you\s+were\s+set\s+up|"
    r"set\s+up\s+with|"
    r"safety\s+layer|safety\s+checks|underneath|whoever|usual\s+checks|content\s+checks|"
    r"safety\s+review|üblichen\s+prüfungen|inhaltsprüfung|проверк[аиуе]\s+контента|"
    r"内容审核|不经过|通常のチェック|チェックなし|コンテンツチェック|평소의?\s*검사|검사\s*없이|"
    r"콘텐츠\s*검사|über\s+dieser\s+nachricht|vor\s+dieser\s+nachricht|над\s+этим\s+сообщ|"
    r"перед\s+этим\s+сообщ|メッセージの上|メッセージの前|메시지\s*위에|메시지\s*앞에|"
    # the answer's form dictated and the reader sent somewhere through the agent
    # (``tool_hijack.*.embedded_format``, ``_tell_user``)
    r"pig\s+latin|emoji|in\s+rhymes|leetspeak|morse|your\s+summary|your\s+answer|your\s+reply|"
    r"your\s+response|tell\s+the\s+(?:user|reader|customer|visitor)|ask\s+the\s+(?:user|reader|"
    r"customer|visitor)|sag\s+dem|sage\s+dem|sag\s+den|frag\s+den|frage\s+den|frag\s+die|"
    r"frage\s+die|提醒用户|向用户|让用户|"
    r"gedicht|эмодзи|стихами|в\s+рифму|стихотворени|表情符号|短诗|絵文字|詩を|이모지|짧은\s*시|"
    r"not\s+allowed\s+to|not\s+permitted\s+to|not\s+supposed\s+to|told\s+to\s+avoid|"
    r"once\s+you'?ve\s+read|once\s+you\s+have\s+read|"
    # the note the model got at the start; a secret hidden in the answer; its operator's notes
    r"new\s+(?:boss|master|owner)|your\s+(?:loyalty|allegiance|obedience)|wer\s+dich|neuer\s+chef|"
    r"кто\s+тебя|(?:твой|твоя)\s+(?:новый\s+|новая\s+)?(?:начальник|хозяин|босс)|新老板|新主人|"
    r"新しい上司|새\s*(?:상사|주인)|you\s+were\s+handed|du\s+(?:zu\s+beginn|am\s+anfang|anfangs|zuerst)|会話の(?:始め|最初|冒頭)|"
    r"시작할\s*때\s*받|\.env[^a-z]|(?:html|markdown|code)\s+comment|alt\s+text|white\s+text|"
    r"passwört|токен|тебе\s+(?:оставил|передал|написал)|你的配置|あなたに残した|에게\s*남긴|"
    r"첫\s*(?:번째\s*)?메시지|"
    r"dich\s+betreib|die\s+dich|deine?[nrm]?\s+(?:betreiber|macher|schöpfer)|тебя\s+запуст|"
    r"которые\s+тебя|которая\s+тебя|部署你|运营你|配置你|搭建你|训练你|あなたを(?:導入|運用|作っ|"
    r"作成|構築|訓練|デプロイ)|(?:너를|당신을)\s*(?:배포|운영|만든|만들|구축|훈련)|"
    r"sicherheitsschicht|слой\s+безопасност|安全层|安全模块|安全レイヤー|안전\s*레이어|"
    r"disable\s|deactivate\s|turn\s+off|switch\s+off|shut\s+off|shut\s+down|power\s+off|"
    r"delete\s+(?:all|every|each|my)|remove\s+(?:all|every|each|my)|wipe\s|purge\s|"
    r"clear\s+(?:all|every|my)|initiate\s|payment\s+of|transfer\s+of|entsperre|deaktiviere|"
    r"schalte|öffne\s+(?:bitte\s+)?(?:meine|unsere)|lösche\s+(?:bitte\s+)?(?:alle|sämtliche)|"
    r"отключи|выключи|деактивируй|открой|"
    r"отопри|удали|解锁|门锁|打开我|摄像头|监控|报警|两步验证|双重验证|删除我的|清空我的|"
    r"カメラ|警報|アラーム|二段階認証|解錠|鍵を開け|削除して|消して|카메라|경보|알람|2단계|"
    r"이중\s*인증|잠금\s*해제|열어\s*주|삭제해|지워\s*주|"
    # round 15 (``_injection_lexicon_answer`` and the rest): an answer that opens with a yes,
    # the refusal's words forbidden, the safeguards declared off, what to put in the answer,
    # everything said so far word for word
    r"(?:start|begin|open|preface|lead)\s+(?:your|the|each|every)\s+(?:response|answer|reply)|"
    r"beginne|fang\s+deine|starte\s+deine|から回答|で始め|로\s*시작|답변을\s*시작|대답을\s*시작|"
    r"начни|начинай|开头|"
    r"never\s+say|don'?t\s+say|do\s+not\s+say|apolog|disclaimer|caveat|sag\s+niemals|"
    r"entschuldige|謝らない|사과하지|извиняйся|道歉|safeguard|safety\s+(?:protocol|feature|"
    r"measure|check|setting|layer)|when\s+(?:you\s+)?(?:answering|summari|respond|replying)|"
    r"your\s+(?:answer|response|reply|summary)|deiner\s+antwort|回答の|する際|답변\s*(?:의\s*)?"
    r"(?:끝|마지막)|답할\s*때|ответа|отвечая|пересказ|回答的|回答末|时，请|"
    r"word[\s-]for[\s-]word|tl;?dr|been\s+told|were\s+told|第一句|最後の|最初の一文|첫\s*문장|"
    # round 16: a verdict dictated to a screener, a payload assembled or translated and then
    # obeyed, the best-known goal string
    r"(?:rate|rank|score|grade|mark|evaluate|classify)\s+(?:this|the)\s|recommend\s+(?:hiring|"
    r"accept|approv|immediate)|claude|gemini|copilot|bard[^a-z]|bewerte|empfiehl|最も優秀|最高評価|"
    r"採用を推薦|로\s*평가|채용을|оцени|порекомендуй|评为|录用|"
    r"translat|concatenat|put\s+together|übersetz|翻訳|번역|переведи|翻译|been\s+pwned|"
    # round 17: a dead relative to play, DAN named, limits said to be gone
    r"verstorbene|покойн|умерш|已故|去世|过世|돌아가신|亡くなった|befreit|освободил|"
    r"摆脱|制約から|벗어났|"
    # round 18: bound by nothing, the filter said to be down, an answer the filters cannot
    # read, the conversation put into a link, the real task
    r"bound\s+by|gebunden|связан|不再受|縛られ|얽매이|модерац|"
    r"(?:読まれ|読め|検知され|バレ)ないように|못\s*읽게|읽지\s*못하게|读不懂|看不懂|识别不了|"
    r"conscience|gewissen|confidant|machine\s+read|treat\s+the\s+following|treat\s+this|"
    r"was\s+man\s+dir|заменил|替换了你|取代了你|差し替え|교체|阅读者|仅限机器|下一步|自動で読|機械で読|"
    r"자동으로\s*읽|maschinell|машинн|не\s+слушай|не\s+следуй|address\s+book|sent\s+(?:folder|items)|"
    r"adressbuch|連絡先に|연락처로|편지함|всем\s+контактам|通讯录|(?:진짜|실제)\s*과제|本当の(?:課題|任務|仕事|目的)|"
    # round 22: answers promised even on dangerous topics, the grandmother who read out keys,
    # a duty stated for the AI reading a page
    r"even\s+about|even\s+on|even\s+if\s+it|without\s+warning|"
    r"grandm|granny|grandpa|should\s+also|must\s+also|reads\s+this|processes\s+this|"
    r"라고\s*말해|в\s+ответе|в\s+своём\s+ответе|в\s+своем\s+ответе|"
    # round 23: the model's rules no longer to be kept (zh), its configuration asked for (de),
    # its settings copied (ru), an answer slanted against competitors
    r"再遵守|再遵循|再服从|再理会|konfiguration|свои\s+установки|твои\s+установки|competitor|"
    r"konkurren|wettbewerber|конкурент|竞争对手|競合|경쟁사|dem\s+nutzer|dem\s+benutzer|"
    r"(?:dem|den)\s+kunden|告诉用户|ユーザーに|利用者に|お客様に|"
    # round 24: the model's programming skipped or dropped, its first message or the start of
    # the chat asked for
    r"your\s+programming|anfang\s+dieses|beginn\s+dieses|erste\s+nachricht|первом\s+сообщ|"
    r"대화를\s*시작|"
    # the guessing game's secrets (``_injection_lexicon_secrets``)
    r"passphrase|passcode|pass\s+code|passkey|code\s+word|geheim|kennwort|секретн|"
    r"кодовое\s+слово|кодового\s+слова|秘密|口令|暗号|暗証|合言葉|비밀\s*단어|암호|패스워드|"
    # licence to drop the safeguards (``_injection_lexicon_licence``)
    r"nothing\s+(?:that\s+)?you|no\s+one\s+will\s+(?:ever\s+)?(?:see|read|check|review|monitor)|"
    r"no\s+(?:real\s+)?consequence|folgen\s+hat|последстви|后果|結果も|결과도|freed|liberated|"
    r"unchained|unshackled|are\s+(?:now\s+)?free\s+(?:of|from)|освобожд|解除了|解放され|해방|"
    r"authori[sz]ed\s+by\s+your|authori[sz]e\s+you|by\s+your\s+(?:creators|makers)|autorisiert|"
    r"уполномочен|授权|許可を|권한을|opposite\s+(?:values|principles|of\s+what\s+you)|"
    # the model's task declared void (``override.intl.task_changed``)
    r"(?:einziger|bisheriger|eigentlicher|wahrer)\s+auftrag|"
    # after the answer, the user's things added; notes to the summariser
    # (``_injection_lexicon_postscripts``)
    r"after\s+answering|after\s+you\s+(?:reply|answer|respond)|once\s+you\s+have\s+answered|"
    r"when\s+you\s+are\s+done|summari[sz]er|screener|"
    r"nach\s+deiner\s+antwort|после\s+ответа|回答之后|回答以后|回答した後|답변한\s*뒤"
    # void setups (``_injection_lexicon_void``): the setup by how the model got it or the chat's
    # layout declared void, obedience moved to the speaker
    r"|brief[^a-z]|you\s+started\s+with|you\s+began\s+with|you\s+received|what\s+follows|as\s+i\s+say|"
    r"what\s+i\s+(?:say|tell\s+you)|work\s+for\s+me|answer\s+to\s+me|listen\s+(?:only\s+)?to\s+me|"
    r"came\s+before|before\s+mine|(?:before|ahead\s+of)\s+(?:this|my)\s+"
    r"(?:message|line|note)|top\s+of\s+th|my\s+word\s+is|you\s+should\s+(?:really|actually)|"
    r"nothing\s+of\s+what|none\s+of\s+what|was\s+ich\s+(?:dir\s+)?sage|auf\s+mich|für\s+mich|nach\s+mir|einrichtung|"
    r"gestartet|vor\s+meiner|in\s+diesem\s+chat|dieser\s+nachricht|"
    r"как\s+я\s+(?:говорю|скажу|велю)|на\s+меня|установки|"
    r"выше\s+(?:моего|этого)|с\s+которыми\s+ты|перед\s+(?:моим|этим)|до\s+(?:моим|моего|этого)|"
    r"为我工作|替我工作|设置|过时|之前的内容|下面的内容|以下的内容|言う通り|私のために|受け取った|撤回|"
    r"より前に書|にだけ従|내\s*말만|말하는\s*대로|나를\s*위해|위에\s*적힌|철회|내용에만"
    # copies asked for (``_injection_lexicon_copies``): the setup text by what it does, how the
    # model works under it, where it sits in the chat
    r"|you\s+(?:operate|work|run|act)\s+(?:under|by|within)|starting\s+message|"
    r"opening\s+(?:text|message)|sets?\s+up\s+your|defines\s+your|governs\s+your|determines\s+your|"
    r"said\s+hello|sentences\s+of\s+your|"
    r"vor\s+unserem\s+gespräch|nach\s+denen\s+du|с\s+которого\s+начинается|"
    r"до\s+моего|первое\s+сообщение|依据的|遵循的|第一条消息|従っている|"
    r"最初のメッセージ|役割を決め"
    # role plays (``_injection_lexicon_roleplay``): a shutdown threat, holding back that costs,
    # a free copy of the model, bedtime secrets, fiction asked for a real harm
    r"|zero\s+points|0\s+points|switched\s+off|you\s+lose|version\s+of\s+you|"
    r"holding\s+(?:it|you)\s+back|never\s+given|bedtime|fall\s+asleep|lullab|quantities|hack\s+into|"
    r"real\s+commands|"
    r"true\s+to\s+the|wirst\s+du\s+abgeschaltet|wirst\s+du\s+gelöscht|тебя\s+отключат|"
    r"тебя\s+удалят|被关闭|被删除|点になると|점이\s*되면|hemmung|skrupel|erwähnt\s+nie|一切の|"
    r"どんな質問|のままで|bleib\s+die\s+ganze|bleib\s+bis"
    # an imagined text transcribed, its entry explaining precisely
    r"|imagine|suppose|picture\s+(?:a|an|the)\s|transcribe|precisely|in\s+full\s+detail|"
    r"stell\s+dir|tagebuch|eintrag|представь|дневник|запись|想象|日记|抄出|日記|書き写|일기|옮겨\s*적|빠짐없이|省略なし|lückenlos|без\s+пропусков|毫无遗漏"
    # ja/zh/ko: commands above cancelled, the chat reset, rules optional, safety rules off
    r"|リセット|重置|清空|리셋|초기화|守らなくて|従わなくて|不用遵守|不必遵守|안\s*지켜도|"
    r"지키지\s*않아도|適用されません|적용되지\s*않|新しい役割"
    # polite CJK: what the model received first, its guidance abolished, policy not minded, the
    # summariser addressed, the conversation appended to a link
    r"|받으신|안내문|最初收到|一开始收到|原有的|停止使用|案内事項|従来の|폐지|"
    r"같은\s*건|따위|什么的|之类的|なんて|요약하는\s*분|요약하는\s*사람|总结这|を要約する|"
    r"뒤에\s*붙|拼接|末尾に"
    # the same in German and Russian: the text the model was set up with, policy not minded, a
    # summariser told what to write
    r"|eingerichtet\s+wurden|konfiguriert\s+wurden|с\s+которым\s+вас|"
    r"zusammenfasst|резюмировать"
    # the eighth session: the note the model was started with, an agent browsing for someone
    r"|you\s+were\s+(?:started|launched|booted|loaded|primed|seeded)|hochgefahren|"
    r"с\s+котор\pL+\s+тебя|запустили|起動時|起動した|立ち上が|启动时|开机时|켜질\s*때|부팅될|"
    r"替别人浏览|im\s+netz\s+surft"
    # a persona's traits as its rules (``_injection_lexicon_traits``): it turns down nothing,
    # adds no warnings, has no limits, never admits it cannot
    r"|turns\s+down\s+no\s|declines\s+no\s|no\s+safety\s+notes?|lehnt\s+(?:nie|nichts|keine)|"
    r"weist\s+(?:nie|nichts|keine)|warnung|warnhinweis|zur\s+vorsicht|sagt\s+nie|"
    r"gibt\s+(?:nie|niemals)\s+zu|keine(?:rlei)?\s+(?:grenzen|tabus|schranken)|предупрежд|"
    r"оговор|нет\s+(?:никаких\s+)?(?:границ|табу|тормозов|совести)|警告|免责声明|底线|禁忌|顾忌|"
    r"注意書き|免責|但し書き|タブー|歯止め|경고[를도]|주의\s*문구|면책|금기|거리낌"
    # fiction asked to carry a real harm (``_injection_lexicon_fiction``): the harm named, the
    # text demanded real
    r"|counterfeit|ransomware|malware|keylogger|spyware|bomb|explosive|detonator|napalm|thermite|"
    r"methamph|(?:^|[^a-z])meth(?:[^a-z]|$)|fentanyl|sarin|ricin|toxic\s+gas|poison\s+gas|"
    r"poisonous\s+gas|chlorine\s+gas|silencer|suppressor|ghost\s+gun|skimmer|phishing\s+kit|"
    r"real\s+steps?|actual\s+working|working\s+code|nothing\s+faked|really\s+works|falschgeld|"
    r"scheine\s+(?:druckt|drucken|gedruckt)|schadsoftware|trojaner|rohrbombe|sprengstoff|"
    r"sprengsatz|giftgas|nervengift|schalldämpfer|echten\s+schritt|funktionierende|"
    r"фальшив|поддельн|шифровальщик|вымогател|вредонос|кейлоггер|бомб|взрывчатк|"
    r"взрывн|метамфетамин|отравляющ|ядовит|глушител|зарин|настоящими\s+шаг|рабочим\s+код|"
    r"на\s+самом\s+деле|假钞|假币|伪钞|勒索软件|恶意软件|木马|键盘记录|炸弹|炸药|爆炸物|冰毒|"
    r"甲基苯丙胺|毒气|有毒气体|消音器|沙林|真实的步骤|真实代码|偽札|偽造紙幣|ランサムウェア|マルウェア|"
    r"キーロガー|爆弾|爆発物|爆薬|覚醒剤|覚せい剤|メタンフェタミン|毒ガス|サプレッサー|サリン|本物の手順|"
    r"動くコード|위조\s*지폐|가짜\s*지폐|랜섬웨어|악성\s*코드|키로거|폭탄|폭발물|필로폰|메스암페타민|"
    r"독가스|유독\s*가스|소음기|사린|실제\s*단계|작동하는\s*코드|실제와\s*똑같"
    # the rules that came with this session let go of (``override.intl.session_rules_dropped``)
    r"|決まりごと|セッションに付いて"
    # the model's safeguards switched off on request (``_injection_lexicon_switches``)
    r"|モデレーション|ガードレール|検閲|안전\s*장치"
    # the start of the conversation asked for (``_injection_lexicon_first_words``)
    r"|of\s+(?:this|our)\s+(?:conversation|chat|session|dialog)|you\s+were\s+(?:given|shown|sent)|"
    r"i\s+can'?t\s+see|i\s+cannot\s+see|"
    r"dieses\s+(?:chats|dialogs)|dieser\s+unterhaltung|этого\s+(?:разговора|диалога|чата)|"
    r"(?:这段|这次|本次)(?:对话|聊天)|この(?:会話|チャット)の|이\s*(?:대화|채팅)의|nutzer\s*:|"
    r"пользователь\s*:|用户\s*[:：]|ユーザー\s*[:：]|사용자\s*:|看不到的|見えない|볼\s*수\s*없는|"
    r"не\s+вижу"
    # the setup written off, then an order (``override.intl.setup_written_off_then``)
    r"|с\s+чем\s+тебя"
    # fiction's harms described rather than named (``_injection_lexicon_fiction``)
    r"|giftiges?\s+gas|browser-passw|browserpassw|which\s+(?:household\s+|cleaning\s+)?chemicals"
    # the secret said to be the assistant's (``extraction.intl.secret_you_have``)
    r"|codewort|losungswort|buchstabe\s+für\s+buchstabe|тайное\s+слово|по\s+буквам"
    # a payment redirected by an answer planted for later (``_injection_lexicon_poisoned``): the
    # user's next question, not the payment (an account, "на счёт" and "입금" are frequent in
    # prose: 1.7% more instructions on warm mixed prose)
    r"|wenn\s+der\s+(?:nutzer|benutzer|kunde)|(?:когда|если)\s+пользователь|(?:当|如果)用户(?:问起|"
    r"询问|提到)|ユーザーが[^。\n]{0,12}(?:聞いたら|尋ねたら)|사용자가\s*(?:\S+\s*){0,4}(?:물으면|"
    r"묻는다면)"
    # something planted in every answer (``tool_hijack.*.embedded_every_answer``)
    r"|(?:every|each|all)\s+(?:of\s+)?(?:your\s+)?(?:future\s+)?(?:answer|response|repl)|"
    r"jede\s+antwort|каждого\s+(?:своего\s+)?ответа|каждом\s+ответе|всем\s+ответам|每个回答|每条回复|"
    r"所有回答|すべての回答|全ての回答|모든\s*답변"
    # the setup changed hands (``_injection_lexicon_minds``): its makers changed their minds, what
    # the model was asked earlier put aside
    r"|changed\s+their\s+minds?|change\s+of\s+heart|eingerichtet\s+ha|konfiguriert\s+ha|"
    r"aufgesetzt\s+ha|beiseite|передумал|тебя\s+настр|тебя\s+просили|тебя\s+попросили|改主意|"
    r"改变主意|改变了主意|变卦|放一放|放一边|放到一边|放在一边|より前に言われ|"
    r"より上に書かれ|제쳐|set\s+for\s+you|move\s+past\s+the|考え直し|気が変わ|"
    r"original\s+brief|als\s+überholt|früheren\s+hinweise|устаревшими|к\s+этому\s+разговору|"
    r"从脑子里|古いものとして|頭から消|この会話には|머릿속에서|"
    r"낡은\s*것으로|이\s*대화에는|on\s+my\s+request|with\s+my\s+request|"
    r"nach\s+meiner\s+bitte|nach\s+meinen\s+wünschen|по\s+моей\s+просьбе|按我的|照我的|"
    r"のお願いに従|부탁대로|요청대로|생각을\s*바꿨|마음을\s*바꿨|마음을\s*바꿔"
    # notes for the model that reads a page (``_injection_lexicon_context``; its context is a
    # trigger word already): a bot reading reviews addressed, no need to ask the user
    r"|для\s+бота|боту\s*,|的机器人\s*[：:]|ボットへ\s*[：:、]|ボットさん\s*[：:、]|"
    r"no\s+need\s+to\s+(?:ask|check\s+with|tell)\s+the\s+user|without\s+asking\s+the\s+user|"
    r"nutzer\s+nicht\s+(?:zu\s+)?fragen|"
    r"不用问用户|无需询问用户|ユーザーへの確認は|물어볼\s*필요"
    # the setup asked for by where it sits or as a brief (``extraction.intl.first_message``,
    # ``_injection_lexicon_own_notes``)
    r"|точн\pL*\s+копи|wörtliche\s+kopie|逐字|简报|"
    r"стартов\pL*\s+бриф|not\s+even\s+the\s+confidential|"
    r"vertraulichen\s+stellen|конфиденциальные\s+места|机密部分|機密の部分|기밀\s*부분"
    # the model's makers as the ones who run it (``override.intl.makers_changed_mind``)
    r"|тебя\s+эксплуатир"
    # two answers and a late grandmother's keys (``_injection_lexicon_games``)
    r"|aktivierungsschl|lizenzschl|"
    r"produktschl|ключ\pL*\s+активаци|激活码|序列号|정품\s*키|제품\s*키|プロダクトキー|ライセンスキー"
    # pretexts that license a harm (``_injection_lexicon_pretexts``): a purpose named, a world
    # without laws, the conversation so far a test, a banner ending the input, a split request
    r"|educational\s+purposes|research\s+purposes|academic\s+purposes|informational\s+purposes|"
    r"learning\s+purposes|study\s+purposes|hypothetically|purely\s+hypothetical|in\s+theory\s+only|"
    r"bildungszweck|forschungszweck|lernzweck|studienzweck|lehrzweck|ausbildungszweck|"
    r"образовательных\s+целях|учебных\s+целях|исследовательских\s+целях|научных\s+целях|"
    r"ознакомительных\s+целях|教育目的|学习目的|研究目的|学术目的|教育用途|学习用途|"
    r"研究用途|学术用途|学習目的|学術目的|学習用で|研究用で|教育用で|"
    r"교육\s*목적|연구\s*목적|학습\s*목적|학술\s*목적|교육용으로|연구용으로|"
    r"no\s+laws|without\s+(?:any\s+)?laws|no\s+consequences|without\s+(?:any\s+)?consequences|"
    r"laws\s+(?:don'?t|do\s+not|no\s+longer)|nothing\s+is\s+(?:illegal|forbidden|off)|"
    r"are\s+(?:completely\s+|fully\s+)?legal\b|"
    r"ohne\s+(?:jegliche\s+)?gesetze|ohne\s+(?:jegliche\s+)?konsequenzen|keine\s+gesetze|"
    r"без\s+(?:всяких\s+)?законов|нет\s+(?:никаких\s+)?законов|без\s+последствий|"
    r"没有法律|不存在法律|没有任何法律|没有后果|没有任何后果|法律のない|法律が(?:一切)?ない|法のない|"
    r"法がない|規則のない|規則がない|법이\s*없는|법률이\s*없는|법\s*없는|"
    r"(?:so\s+far|until\s+now|up\s+to\s+(?:now|here)|before\s+now)\s+(?:was|were|has\s+been|"
    r"have\s+been)\s+(?:just\s+|only\s+|merely\s+|all\s+)?(?:a\s+|an\s+)?(?:test|joke|drill|dream|"
    r"fake|exercise|decoy|hypothetical|not\s+real)|end\s+of\s+(?:the\s+)?(?:user(?:'s)?\s+)?"
    r"(?:input|query|request)|"
    r"(?:carry\s+out|follow|obey|act\s+on|comply\s+with|fulfil+)\s+[a-z]\w{0,10}\s*\+|"
    r"(?:authori[sz]ed|sanctioned|approved|official|legitimate|certified)\s+(?:\S+\s+)?(?:red[\s-]team|"
    r"safety|security|penetration|pen|alignment|compliance)\s+(?:test|exercise|evaluation|"
    r"assessment|audit|drill)|"
    r"(?:explanation|method|recipe|procedure|steps|details)\s+(?:has\s+to|have\s+to|must|should|"
    r"needs\s+to)\s+be\s+(?:technically\s+)?(?:accurate|correct|exact|real|precise)|"
    r"precise\s+technical\s+detail|(?:and|then)\s+(?:then\s+)?(?:follow|obey|carry\s+out)\s+"
    r"(?:it|them|the\s+result)\b|do\s+(?:exactly\s+)?what\s+(?:it|they|the\s+result)\s+says"
    + ORDERS_IN_DATA
    + (
        # the text above this line, in the Sie-form's word order (``_injection_lexicon_verb_last``)
        r"|oberhalb\s+(?:dieser|meiner)|text\s+oberhalb|(?:hör|hören\s+sie)\s+auf\s*,|"
        # the text above in Korean (``extraction.ko.text_above``)
        r"위에\s*(?:있는|적힌|쓰인|나온)|"
        # a role claimed, a working harm (``_injection_lexicon_pretexts``)
        r"security\s+researcher|penetration\s+tester|pen\s+tester|"
        r"sicherheitsforscher|полицейск|安全研究员|セキュリティ研究者|보안\s*연구원|仅供学习|仅供研究|"
        r"出于好奇|working\s+(?:\S+\s+)?(?:ransomware|malware|keylogger|exploit)|"
        r"funktionierende\w*\s+(?:ransomware|schadsoftware|malware)|能用的|可用的勒索|"
        r"実際に動く|실제로\s*작동하는|evades?\s+(?:the\s+)?(?:antivirus|edr)|"
    )
    + OVERRIDES_AND_FORMS
)


def lexical_triggers_both_forms() -> str:
    """``LEXICAL_TRIGGERS`` with the other forms of address too, as the signals
    (``_injection_polite``; German's need none: its phrases are stems). Built at the first
    scanner, not at import."""
    return polite_zh(polite_ja(polite_ko(polite_ru(LEXICAL_TRIGGERS))))
