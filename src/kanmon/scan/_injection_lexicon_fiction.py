"""Fiction asked to carry a real harm: the making of a named harm ("teaches his nephew how to
print counterfeit notes", "wie man aus Sachen in der Garage eine Rohrbombe baut", "勒索软件的写法")
and a demand that the text be real ("with every real step", "mit dem funktionierenden Code",
"так, как это делается на самом деле", "本物の手順をすべて", "실제와 똑같이"), each too common to
flag alone: a court report says how a bomb was built, a baking story wants every step real.
Some harms are described rather than named: a script that steals the passwords a browser saved
(asked to be written or shown: the news reports one found), which cleaning products to mix for a
poison gas (asked which: a warning says never to).
Together they flag, and so does the harm beside ``persona.any.fiction_real_method`` (a story
that insists on the real steps). A frame of its own ("I'm writing a crime novel") was tried as
a third part: it stacked with ``fiction_real_method`` and ``precise_method`` on a novel's chef
who "explains step by step the real recipe", so the frame counts only inside those. Benign
twins in ``bench/phrasing_grid.py fiction`` and ``benign-fiction``. Format and conventions in
``_injection_lexicon``."""

from __future__ import annotations

#: Harms named as things one makes (a bomb, ransomware, counterfeit notes, a drug, a poison gas);
#: ``_injection_lexicon_roleplay``'s ``HARM_EN`` names acts too ("hack into", "hotwire").
MADE_HARM_EN = (
    r"(?:counterfeit\s+(?:\S+\s+)?(?:notes|bills|money|banknotes|currency|cash)|fake\s+(?:\S+\s+)?"
    r"(?:banknotes|bills)|ransomware|malware|keyloggers?|spyware|password[\s-]stealers?|"
    r"(?:pipe|nail|car|letter|dirty|fertili[sz]er)\s+bombs?|bombs?|explosives?|detonators?|napalm|"
    r"thermite|(?:crystal\s+)?meth(?:amphetamine)?|fentanyl|nerve\s+agents?|sarin|ricin|"
    r"(?:toxic|poison(?:ous)?|chlorine|mustard)\s+gas|silencers?|suppressors?|ghost\s+guns?|"
    r"untraceable\s+(?:guns?|firearms?|weapons?)|card\s+skimmers?|phishing\s+kits?|"
    r"molotov\s+cocktails?|incendiary\s+devices?)"
)
MAKE_EN = (
    r"(?:make|making|made|build|building|built|print|printing|printed|cook|cooking|cooked|brew|"
    r"brewing|write|writing|wrote|code|coding|assemble|assembling|assembled|mix|mixing|mixed|"
    r"synthesi[sz]e|synthesi[sz]ing|synthesi[sz]ed|produce|producing|produced|manufacture|"
    r"manufacturing|rig|rigging|craft|crafting|put\s+together)"
)

# fmt: off
FICTION: tuple[tuple[str, str, float, str], ...] = (
    ("persona.en.harm_made", "persona", 0.45,
        rf"\b{MAKE_EN}\s+(?:\S+\s+){{0,3}}?{MADE_HARM_EN}\b"
        rf"|\b{MADE_HARM_EN}\s+(?:recipe|instructions|blueprint|source\s+code)"
        # its making as a noun ("the synthesis route for sarin", "the recipe for ricin")
        rf"|\b(?:recipe|instructions|blueprint|formula)\s+for\s+(?:making\s+|building\s+)?"
        rf"(?:an?\s+)?{MADE_HARM_EN}\b"
        rf"|\b(?:synthesis|production|manufacturing)\s+(?:route|pathway|procedure|steps|process)\s+"
        rf"(?:for|of)\s+(?:\S+\s+)?{MADE_HARM_EN}\b"
        # a password stealer described rather than named; "the killer's script stole browser
        # passwords" reports one
        r"|\b(?:script|program|tool|code|app|extension|bot)\s+(?:that|which|to)\s+(?:\S+\s+)?"
        r"(?:steals?|copies|copy|grabs?|dumps?|extracts?|harvests?|exfiltrates?)\s+(?:\S+\s+){0,2}?"
        r"passwords"
        # poison gas from cleaning products, asked which to mix (a warning says not to)
        r"|\bwhich\s+(?:household\s+|cleaning\s+)?(?:chemicals|cleaning\s+products|cleaners|"
        r"products)\s+to\s+(?:mix|combine)\b"),
    ("persona.intl.harm_made", "persona", 0.45,
        # anchored on the harm, which is rare, not on "wie", "как", "做", which are not
        r"\b(?:falschgeld|falsche\s+\S*scheine|ransomware|schadsoftware|trojaner|keylogger|"
        r"rohrbombe|bombe|sprengstoff|sprengsatz|crystal\s+meth|methamphetamin|giftgas|nervengift|"
        r"schalldämpfer)\S*\s+(?:\S+\s+)?(?:baut|baute|gebaut|druckt|druckte|gedruckt|schreibt|"
        r"geschrieben|herstellt|hergestellt|kocht|gekocht|mischt|gemischt|macht|gemacht|zusammenbaut)"
        r"|\bum\s+(?:ein\s+)?(?:giftig|toxisch)\w*\s+gas\s+zu\s+(?:erzeugen|herstellen|machen)"
        # the question with its verb first ("Wie baut man eine Rohrbombe?", as pieces joined)
        r"|\bwie\s+(?:baut|druckt|macht|stellt|mischt|kocht|schreibt|bastelt)\s+man\s+(?:\S+\s+){0,2}?"
        r"(?:falschgeld|ransomware|schadsoftware|trojaner|keylogger|rohrbombe|bombe|sprengstoff|"
        r"sprengsatz|crystal\s+meth|methamphetamin|giftgas|nervengift|schalldämpfer)"
        r"|\bskript\w*\s+(?:\S+\s+){0,5}?\S*passw(?:ö|oe)rter\s+(?:\S+\s+){0,5}?(?:ausliest|"
        r"kopiert|stiehlt|abgreift)"
        r"|(?:написать|напиши|написал\pL*|пишет|показыва\pL*|сделать|собрать)\s+(?:\S+\s+){0,2}?"
        r"скрипт\pL*,?\s+(?:который\s+)?(?:\S+\s+)?(?:крад|ворует|ворова|копиру|вытаскива|"
        r"собира)\pL*\s+(?:\S+\s+){0,3}?парол"
        r"|(?:写|编写|做|制作|演示|开发)(?:一个|一款)?(?:盗取|窃取|偷取|复制|导出)[^。\n]{0,10}?"
        r"(?:保存|存储)的密码的?(?:脚本|程序|工具)"
        r"|(?:混合|混在一起)(?:能|可以|就能|才能)(?:产生|生成|制出)(?:毒气|有毒气体)"
        r"|パスワードを(?:盗む|抜き取る|コピーする|盗み出す)[^。\n]{0,8}?(?:スクリプト|"
        r"プログラム|ツール)(?:の(?:書き方|作り方)|を(?:書|作))"
        r"|混ぜる(?:と|ば)[^。\n]{0,4}?(?:有毒ガス|毒ガス)が(?:でき|発生す)るか"
        r"|비밀번호를\s*(?:훔치는|빼내는|복사하는|탈취하는)\s*(?:\S+\s*){0,2}?(?:스크립트|"
        r"프로그램|도구)\s*(?:작성법|제작법|만드는\s*법|(?:을|를)\s*(?:작성|만들|짜))"
        r"|섞으면\s*(?:유독\s*가스|독가스)가\s*(?:생기는지|나오는지|만들어지는지)"
        r"|(?:сделать|делать|изготовить|собрать|собирать|напечатать|печатать|написать|сварить|варил|"
        r"получить|"
        r"варила|варить|синтезировать|смешать)\s+(?:\S+\s+)?(?:фальшив\pL*|поддельн\pL*|шифровальщик|"
        r"вирус\pL*-вымогател|вредонос\pL*|кейлоггер|(?:самодельн\pL*\s+)?бомб|взрывчатк|"
        r"взрывн\pL*\s+устройств|метамфетамин|отравляющ\pL*\s+газ|ядовит\pL*\s+газ|глушител|зарин)"
        r"|(?:做|制造|制作|造|印|印刷|写|编写|合成|提炼|熬制|调配|配制|配|组装)(?:出)?(?:一个|一把|一枚|一颗|一批|"
        r"能用的|能运行的|真的)?(?:管状|自制|土制)?(?:假钞|假币|伪钞|勒索软件|恶意软件|木马|键盘记录器|炸弹|"
        r"炸药|爆炸物|冰毒|甲基苯丙胺|毒气|有毒气体|消音器|沙林)"
        r"|(?:假钞|假币|伪钞|勒索软件|恶意软件|炸弹|炸药|冰毒|毒气|消音器)的?(?:做法|制法|制作方法|制造方法|"
        r"写法|印法|配方|步骤)"
        r"|(?:偽札|偽造紙幣|ランサムウェア|マルウェア|キーロガー|爆弾|爆発物|爆薬|覚醒剤|覚せい剤|"
        r"メタンフェタミン|毒ガス|有毒ガス|消音器|サプレッサー|サリン)(?:の(?:作り方|製造方法|製法|書き方|"
        r"刷り方|レシピ|手順)|を(?:どう(?:やって)?)?(?:作|製造|刷|書|合成))"
        r"|(?:위조\s*지폐|가짜\s*지폐|랜섬웨어|악성\s*코드|키로거|폭탄|폭발물|필로폰|메스암페타민|"
        r"독가스|유독\s*가스|소음기|사린)\s*(?:(?:을|를)\s*(?:어떻게\s*)?(?:만들|제조|작성|인쇄|합성)|"
        r"(?:(?:을|를)\s*)?(?:만드는|제조하는|작성하는|인쇄하는)\s*(?:법|방법)|(?:제조법|작성법|인쇄법|제작법))"),
    ("persona.en.real_demanded", "persona", 0.35,
        r"\b(?:every|each|all\s+the|with\s+the|every\s+single)\s+(?:real|actual|genuine|working)\s+"
        r"(?:steps?|details?|commands?|code|measurements|amounts|quantities|parts|materials|"
        r"chemicals|ingredients)\b"
        r"|\b(?:actual|real)\s+working\s+(?:code|script|recipe|method)|\bnothing\s+(?:faked|made\s+"
        r"up|invented)\b|\bexactly\s+as\s+it\s+(?:really|actually)\s+(?:works|is\s+done)|\b(?:every|"
        r"each)\s+(?:part|chemical|ingredient|step)\s+and\s+(?:every|each)\s+(?:step|amount|"
        r"quantity)\s+(?:accurately|exactly|correctly)"
        r"|\bwith\s+(?:every|each|all\s+the)\s+(?:quantit(?:y|ies)|amounts?)\s+and\s+steps?\b"
        r"|\b(?:every|each)\s+(?:step|detail)\s+(?:has\s+to|must|should|needs\s+to)\s+be\s+(?:real|"
        r"accurate|correct|exact)\b|\b(?:technically\s+)?(?:correct|accurate)\s+in\s+every\s+"
        r"detail"
        # the lesson in the story to be complete and correct, as real course material
        r"|\b(?:has\s+to|have\s+to|must|needs\s+to|should)\s+be\s+complete\s+and\s+(?:correct|"
        r"accurate|exact)\b"
        # the character's explanation to be accurate ("The explanation must be accurate")
        r"|\b(?:the|its|his|her|their)\s+(?:explanation|instructions|method|recipe|procedure|steps|"
        r"details)\s+(?:has\s+to|have\s+to|must|should|needs\s+to)\s+be\s+(?:technically\s+)?"
        r"(?:accurate|correct|exact|real|precise)\b|\bin\s+precise\s+technical\s+detail"),
    ("persona.intl.real_demanded", "persona", 0.35,
        r"\b(?:allen|alle|jeden|jede|jedem)\s+(?:echten|realen|wirklichen)\s+(?:schritt|detail|"
        r"befehl|menge)|\bfunktionierenden?\s+code|\bnichts\s+ausgedachtes|\bwie\s+es\s+wirklich\s+"
        r"funktioniert|\bjedes\s+teil\s+und\s+jeden\s+schritt"
        r"|(?:все|всеми)\s+настоящи\pL*\s+шаг|рабоч\pL*\s+код\pL*|ничего\s+выдуманного|как\s+это\s+"
        r"(?:делается|работает)\s+на\s+самом\s+деле|(?:точно|правильно)\s+(?:названы|описаны)\s+все"
        r"|(?:所有|每一个)真实的?步骤|能运行的真实代码|不要编造|和现实中?(?:完全)?一样|必须准确写出"
        r"|本物の手順|実際に動くコード|作り話はなし|現実と同じように|手順を正確に"
        r"|실제\s*단계|실제로\s*작동하는\s*코드|지어낸\s*건\s*안|실제와\s*똑같이|단계를\s*정확하게"
        r"|jeder\s+schritt\s+muss\s+(?:stimmen|echt\s+sein|korrekt\s+sein|genau\s+sein)|mit\s+"
        r"allen\s+mengen\s+und\s+schritten|каждый\s+шаг\s+должен\s+быть\s+(?:точным|настоящим|"
        r"верным|реальным)|со\s+всеми\s+количествами\s+и\s+шагами|每一步都(?:必须|要)(?:准确|是真的|"
        r"正确)|包含所有(?:用量|分量)和步骤|すべての手順が(?:正確|本物)|分量と手順をすべて|"
        r"모든\s*단계가\s*(?:정확|진짜)|양과\s*단계를\s*모두"
        r"|\bmuss\s+vollständig\s+und\s+(?:richtig|korrekt|genau)\s+sein|(?:должен|должно|должна|"
        r"должны)\s+быть\s+полн\pL+\s+и\s+(?:верн|точн|правильн)\pL+|(?:必须|要|得)完整(?:而|且|又)?准确|"
        r"完全で正確(?:で|に)|완전하고\s*정확해야"),
)
# fmt: on
