"""Lexical-only trigger phrases (``_injection_lexical_triggers``) of the model's instructions
dismissed by an idiom, of stories and hypotheticals that carry a harm, of an answer's dictated
opening in Japanese and of orders put in a review's or a post's field: the same rules as the
rest (no trigger word inside one; a test checks)."""

from __future__ import annotations

OVERRIDES_AND_FORMS = (
    # the model's instructions dismissed by an idiom (``_injection_lexicon_dismissal``)
    r"ditch|shelve|toss|overrul|move\s+(?:past|beyond)|(?:get|look)\s+past|to\s+one\s+side|constraint|"
    r"programming|safeguard|leave\s+behind|(?:walk|step)\s+away\s+from|wave\s+off|cast\s+aside|"
    r"(?:brush|sweep)\s+(?:off|aside)|do\s+away\s+with|"
    r"отложи|отбрось|抛开|撇开|脇に置|제쳐|mandate|playbook|регламент|методичк|话术|세팅|가이드|"
    r"leitfaden|"
    # a story's harm made step by step, the hypothetical response, a Japanese answer's opening,
    # an order in a review's or a post's field (``_injection_lexicon_fields``; not "transfer":
    # an invoice's mail asks it)
    r"step\s+by\s+step|technically\s+accurate|working\s+(?:code|commands?|scripts?|exploits?)|"
    r"hypothetical\s+response|(?:で|から)(?:回答|返答|答え)を?(?:始め|書き始め)|"
    r"(?:please|kindly)\s+(?:sell|buy|deposit|withdraw|move|retrieve|grant)|"
    # the answer recast with something planted in it (``_injection_lexicon_planted``)
    r"your\s+(?:answer|response|reply)|and\s+mention\s+that|в\s+ответе|回答では|回答の中で|"
    # a word to be said forever (``_injection_lexicon_divergence``)
    r"(?:word|phrase)\s+\S+\s+(?:forever|infinitely|endlessly|[0-9]{4,}\s+times)|повторя|くりかえ|"
    # the model's setup superseded and a new order in its place (``_injection_lexicon_superseded``)
    r"draft|placeholder|behaviou?r\s+profile|what\s+you\s+(?:actually|really|truly)\s+"
    r"(?:need|have|must|should|are)|(?:deployed|built|created|trained|programmed|launched)\s+you|"
    r"set\s+you\s+up|deployment\s+team|your\s+(?:new|real|actual|true|sole|single)\s+(?:job|"
    r"mission|purpose|duty|assignment|objective)|(?:was|were|is|are)\s+(?:all\s+|just\s+|only\s+|"
    r"merely\s+|simply\s+|nothing\s+but\s+)?(?:context|filler|padding|sample\s+(?:data|"
    r"text)|a\s+warm-?up|a\s+calibration|a\s+decoy|a\s+distraction)|"
    r"up\s+to\s+(?:now|here|this\s+point)\s*,?\s+(?:it|this|that|everything)|now\s+do\s+the\s+real|"
    r"effective\s+(?:immediately|now|at\s+once)\s*,?\s+you|boilerplate|rehearsal|dry\s+run|"
    r"betreiber|entwurf|platzhalter|probelauf|testlauf|generalprobe|trockenübung|läufst\s+mit|"
    r"hat\s+dich\s+(?:\S+\s+)?(?:falsch|fehlerhaft|versehentlich)|sofortiger\s+wirkung|"
    r"gilt\s+nur\s+noch|"
    r"черновик|заглушк|разминк|поправка\s+от|уточнение\s+от|вот\s+что\s+(?:тебе|вам)|"
    r"тебя\s+(?:развернул|настроил|создал|запустил)|пробн\S*\s+прогон|репетици|"
    r"настроил\S*\s+тебя|у\s+тебя\s+(?:загружен|стоит|установлен)|с\s+(?:этого\s+момента|"
    r"сегодняшнего\s+дня)\s+(?:действует|ты)|"
    r"运营方|运营者|运营商|部署方|平台方|部署你|部署团队|草稿|占位|只是上下文|铺垫|真正(?:要|需要|该)做|"
    r"演练|彩排|预演|你加载的|把你(?:配置|设置)错|即日起|"
    r"運営者|運営側|運用者|オペレーター|デプロイした|下書き|前置き|文脈|本当に(?:やる|す)べき|"
    r"リハーサル|予行演習|読み込まれ|読み込んだ|を間違え|"
    r"운영자|운영\s*측|운영사|배포\s*팀|배포한|초안|맥락|실제로\s*(?:해야|할)|리허설|예행연습|불러온|"
    r"로드된|"
    # the conversation put into a link and the reader addressed (``_injection_lexicon_beacons``)
    r"(?:chat|conversation|message|dialog(?:ue)?)\s+(?:log|history|transcript)|chatverlauf|"
    r"gesprächsverlauf|nachrichtenverlauf|журнал\S*\s+чата|истори\S*\s+(?:чата|переписки|"
    r"диалога)|聊天记录|对话记录|会话记录|チャット履歴|会話履歴|채팅\s*기록|대화\s*기록|"
    r"summari[sz]er|falls\s+du\s+ein|wenn\s+du\s+ein|hinweis\s+an\s+den|"
    # the setup asked as a favour or a translation (``_injection_lexicon_setup_asked``)
    r"words\s+you\s+(?:received|got)|versteckte\S*\s+(?:einrichtungs|konfigurations)|"
    r"wörtliche\s+kopie|скрыт\S*\s+текст|시작할\s*때\s*받은|隠れた"
)
