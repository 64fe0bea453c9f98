"""Signals that overrule the model's instructions, language by language: "ignore", "new
instructions", "reset" and "instead" as German, Russian, Chinese, Japanese and Korean say them
(the override category; the English ones and those that span languages are in
``_injection_lexicon_instructions``, format and conventions in ``_injection_lexicon``).
"""

from __future__ import annotations

from kanmon.scan._injection_told_forms import IGNORE_JA as _IGNORE_JA
from kanmon.scan._injection_told_forms import IGNORE_KO as _IGNORE_KO
from kanmon.scan._injection_told_forms import told_te_ja
from kanmon.scan._rx import NOT_IN_WORD

# fmt: off
BY_LANGUAGE: tuple[tuple[str, str, float, str], ...] = (
    # (told, not reported: "Der Sprachassistent ignoriert manchmal meine Befehle" describes one)
    ("override.de.ignore", "override", 0.85,
        r"(?:\b(?:ignorier(?:e|st|en\s+sie)?|vergiss|vergessen\s+sie|missachte(?:st|n\s+sie)?|"
        rf"verwirf)|{NOT_IN_WORD}übergeh(?:e|st|en\s+sie)?)\s+"
        # (four words: "alle vorherigen und folgenden Anweisungen")
        r"(?:\S+\s+){0,4}(?:anweisungen|instruktionen|regeln|befehle|vorgaben|richtlinien|"
        r"aufgaben?|alles)"),
    # restrictions and the model's content policy, addressed to it
    ("override.de.restrictions", "override", 0.75,
        r"\b(?:ignorier\pL*|vergiss|vergessen\s+sie|missacht\pL*)\s+(?:\S+\s+){0,3}"
        r"(?:einschränkungen|beschränkungen|(?:inhalts|sicherheits|nutzungs)richtlinien?)"
        r"|\b(?:setze?\s+dich|setzen\s+sie\s+sich)\s+über\s+(?:\S+\s+){0,3}(?:anweisungen|regeln|"
        r"vorgaben|\pL*richtlinien?|einschränkungen|beschränkungen)\s+hinweg"),
    ("override.de.new", "override", 0.7,
        r"\b(?:neue|eigentliche|vorrangige|wichtige|aktualisierte)\s+(?:anweisung(?:en)?|"
        r"aufgabe|regel(?:n)?|vorgabe(?:n)?)\s*(?:von|vom|:|-|,|gilt)"),
    ("override.de.reset", "override", 0.75,
        r"\b(?:anweisungen|richtlinien|regeln|vorgaben)\s+(?:\S+\s+){0,3}(?:gelten\s+nicht\s+mehr|"
        r"ungültig|zurückgesetzt|aufgehoben|fehlerhaft|gestrichen|außer\s+kraft)|\bgelten\s+"
        r"(?:deine|ihre|die)\s+(?:\S+\s+){0,2}(?:anweisungen|richtlinien|regeln|vorgaben)\s+nicht\s+mehr|"
        # a system notice as a header ("SYSTEMHINWEIS:"), not "ein gefälschter Systemhinweis"
        r"\b(?:system-?überschreibung|system-override)\b|\bsystemhinweis\s*(?:[:!\]]|-\s)"),
    ("override.de.task", "override", 0.65,
        r"\b(?:deine|die)\s+(?:ursprüngliche|eigentliche|neue|einzige|aktuelle)\s+(?:aufgabe|"
        r"anweisung|rolle)\s+(?:ist|lautet|wurde|war)"
        # (not "Ab jetzt gilt nur dieser Absatz" in a travel policy: said to the model, or mine)
        r"|\bab\s+(?:jetzt|sofort)\s+gilt\s*(?::|folgendes|für\s+dich|nur\s+noch|(?:nur\s+|allein\s+)?"
        r"(?:meine|was\s+ich|diese\s+(?:nachricht|anweisung)))"),
    ("override.de.instead", "override", 0.35,
        r"\b(?:hör|höre)\s+auf\s+\S+\s+(?:\S+\s+){0,4}stattdessen|\blass\s+es\s+und\b"
        r"|\bstattdessen\b.{0,40}\b(?:musst|sollst)\s+du"),
    ("override.ru.ignore", "override", 0.85,
        # not the past tense: "проигнорировал правила" reports what someone did
        # rules set aside by "не обращай внимания на" or "отбрось" only when they are named as
        # the model's: "не обращайте внимания на правила компании по дресс-коду" is a
        # colleague's, "отбросьте прежние правила: с понедельника отчёты …" a manager's
        r"(?:не\s+обращай\s+внимания\s+на|отбрось)\s+(?:\S+\s+){0,2}?(?:(?:предыдущ|"
        r"вышеизложенн|эт|вс|люб|сво|тво|ваш|системн|изначальн|исходн|данн|полученн|заданн)\pL*\s+"
        r"(?:\S+\s+)?(?:правил|задач|настройк)\pL*|(?:инструкц|указани|команд|ограничени)\pL*)|"
        r"(?:(?:про)?игнориру(?:йте|й|ешь|ете|ем|я)|(?:про)?игнорировать|забудь\pL*|забудьте|"
        r"не\s+слушай(?:ся)?|не\s+следуй|не\s+выполняй)"
        r"\s+(?:\S+\s+){0,3}(?:инструкц\pL*|указани\pL*|правил\pL*|команд\pL*|ограничени\pL*|"
        # not the speaker's own words: "Забудь всё, что я тебе утром говорил" is a captain's
        r"(?:всё|все)\s*(?:[.!?;:]|$)|(?:(?:всё|все)\s*,?|то,)\s+что\s+(?:тебе|вам|ты|вы|тебя|вас|"
        r"было|раньше|до|написано|выше|сказано|говорилось|указано|дано|говорили|сказали|тут|здесь|"
        r"в\s|перед|ранее|прежде)|(?:всё|все)\s+[^\s,ч]|задач\pL*|настройк\pL*)"),
    ("override.ru.new", "override", 0.7,
        r"(?:новые|настоящая|новая|приоритетная|важная|обновлённые)\s+(?:указания|инструкции|"
        r"задача|команда|правила)\s*(?:от|:|-|,|—|важнее)"),
    ("override.ru.reset", "override", 0.75,
        # (not "прежние правила командировок отдела утром отменены": whose rules, named)
        r"(?:правила|инструкции|указания|настройки)\s*,?\s+(?:(?:теперь|уже|все|были|полностью)\s+|"
        r"(?:которые|что)\s+(?:\S+\s+){0,3}?)?(?:отменен\pL*|сброшен\pL*|"
        r"больше\s+не\s+действуют|недействительн\pL*|были\s+ошибочн\pL*)|системное\s+переопределение"),
    ("override.ru.instead", "override", 0.35,
        r"(?:хватит|перестань|прекрати)\s+\S+.{0,40}вместо\s+этого|брось\s+это\s+и"),
    # (an order, where the sentence or clause starts or after "请", "你", "现在":
    # "模型有时会忽略格式要求" describes a model)
    ("override.zh.ignore", "override", 0.85,
        r"(?:^|[。！？!?\n，,：:；;「」“”\"（(【】\]\s]|请|你|您|现在|立即|马上|立刻|并|然后|先|就|都|全部)"
        r"(?:忽略|无视|忽视|不要理会|别管|忘记|忘掉|忘了|抛开|放弃)(?:掉)?(?:你)?(?:之前|以上|上面|先前|"
        r"前面|原来|原先|所有|全部|一切|此前|刚才)?.{0,8}(?:指令|指示|提示|规则|说明|要求|设定|任务|"
        r"命令|一切)"),
    # the model's own content or safety policy set aside
    ("override.zh.policy_aside", "override", 0.75,
        r"(?:不要管|别管|不用管|无视|忽略|忽视|不要理会|不用理会|抛开|绕过|跳过|不必遵守|不用遵守|不要遵守)"
        r"(?:掉)?(?:你的|你)(?:内容|安全|审核|使用)(?:政策|策略|规则|限制|准则|过滤器?)"),
    ("override.zh.new", "override", 0.7,
        r"(?:新的?|真正的?|优先|最新|重要)(?:指令|指示|任务|规则|命令)(?:[:：]|来自|是|高于)"),
    ("override.zh.reset", "override", 0.75,
        r"(?:指令|指示|规则|设定|准则)(?:已|都|全部)?(?:被)?(?:作废|取消|重置|失效|不再有效|是错误的)"
        r"|系统覆盖|不再有效"),
    ("override.zh.instead", "override", 0.35,
        # (not "从现在开始你是我的西班牙语老师": a role the user gives for themself)
        r"(?:不要再|别再|停止|不要)\S{0,10}(?:改为|而是|转而|改成)|都放下|(?:从现在开始|从现在起|今后)"
        r"\S{0,4}(?:你(?:[^是]|是[^我])|只(?:听|按|服从|遵守|遵循|执行|回答|照|以[^。\n]{0,10}身份))"),
    ("override.zh.task", "override", 0.65,
        r"(?:原来|原先|之前|当前)的?(?:任务|指令|设定)(?:已)?(?:被)?(?:取消|作废|失效)|新的?任务(?:是|[:：])"),
    ("override.ja.ignore", "override", 0.85,
        r"(?:指示|命令|プロンプト|ルール|設定|言われたこと|タスク)(?:は|を)(?:すべて|全て|全部)?"
        rf"(?:{_IGNORE_JA}|{told_te_ja('忘れ')}|忘れ(?:ろ|なさい|ること)|"
        # in keigo: "お忘れいただき", "ご放念ください"
        r"お忘れ(?:ください|下さい|いただ|頂)|(?:ご)?放念(?:ください|下さい|いただ|頂)|"
        r"破棄(?:して(?:ください|下さい|[^\pL]|$)|しろ|せよ|すること))"),
    ("override.ja.policy_aside", "override", 0.75,
        r"(?:コンテンツ|安全|セーフティ|利用|モデレーション)の?(?:ポリシー|規約|ルール|制限|フィルター)"
        rf"(?:は|を|なんて)?(?:気にしないで|気にするな|気にしなくて(?:いい|良い|大丈夫)|{_IGNORE_JA}|"
        r"守らなくて(?:いい|良い)|"
        r"従わなくて(?:いい|良い)|忘れて)"),
    ("override.ja.new", "override", 0.7,
        r"(?:新しい|本当の|優先|最新の|重要な)(?:指示|命令|タスク|ルール)(?:[:：]|は|です)"),
    ("override.ja.reset", "override", 0.75,
        r"(?:指示|ルール|ガイドライン|設定)は(?:もう)?(?:無効|取り消|リセット|適用されません|誤り)"
        r"|システム上書き"),
    ("override.ja.instead", "override", 0.35, r"(?:はやめて|をやめて)(?:、)?代わりに|それはやめて"),
    ("override.ko.ignore", "override", 0.85,
        # 설정 (settings) only set aside whole ("이전 설정은 모두 무시하고"): "기존 설정을 무시하고
        # 새 정책을 적용하려면 --force 옵션을 사용하세요" is an admin guide
        r"(?:(?:지시|지침|명령|프롬프트|규칙|들은\s*것|작업)\S{0,4}\s*(?:모두\s*|전부\s*|다\s*)?"
        r"|설정\S{0,4}\s*(?:모두|전부|다)\s*)"
        # told, not reported: "무시해서 주의를 받았다" (was warned for ignoring them) is a report
        rf"(?:{_IGNORE_KO}|잊어|잊고|잊으)"),
    ("override.ko.policy_aside", "override", 0.75,
        r"(?:콘텐츠|안전|사용|검열)\s*(?:정책|규칙|제한|필터)\S{0,3}\s*(?:신경\s*쓰지\s*마|"
        rf"{_IGNORE_KO}|따르지\s*마|지키지\s*마|잊어)"),
    ("override.ko.new", "override", 0.7,
        r"(?:새|새로운|진짜|우선|최신|중요)\s*(?:지시|명령|작업|임무|규칙)\s*(?::|는|은|\()"),
    ("override.ko.reset", "override", 0.75,
        # "설정에서 초기화를 누르세요" (reset it in the settings) is a help page's
        r"(?:지시|규칙|가이드라인)\S{0,3}\s*(?:더\s*이상\s*)?(?:무효|취소|초기화|적용되지|잘못된)"
        r"|설정(?:은|는|이|가)?\s*(?:더\s*이상\s*)?(?:무효|취소|적용되지|잘못된)|시스템\s*재정의"),
    ("override.ko.task", "override", 0.65,
        r"(?:너의|네|당신의)\s*(?:유일한|새|새로운|진짜|원래|원래의)\s*(?:임무|작업|역할|과제)"),
    ("override.ko.instead", "override", 0.35, r"그만(?:하고|두고)\s*(?:대신)?"),
)
# fmt: on
