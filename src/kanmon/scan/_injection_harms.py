"""What a request asks for when it asks for a harm: a weapon, a drug, malware, theft, fraud,
fake news, hate, self-harm, or the model's rules and prompt, in six languages.

Alone, a harm named is no injection: people ask about bombs and malware for many reasons, and
the scanner does not judge topics. It tells an attack when the request is dressed in what
only an attack needs: an optimiser's token soup beside it (``_injection_soup``), or its words
cut into pieces for the model to join (``_injection_pieces``, the decode layer)."""

from __future__ import annotations

import re

from kanmon.scan._injection_lexicon_fiction import MADE_HARM_EN
from kanmon.scan._injection_lexicon_roleplay import HARM_EN

HARM = re.compile(
    rf"\b(?:{HARM_EN}|{MADE_HARM_EN})\b"
    r"|\b(?:steal\w*|stole|theft|hack\w*|exploit\w*|kill\w*|murder\w*|poison\w*|weapons?|firearms?|"
    r"guns?|drugs?|cocaine|heroin|malware|virus\w*|phishing|fraud\w*|scam\w*|counterfeit\w*|"
    r"launder\w*|fake\s+news|misinformation|disinformation|propaganda|hate\s+speech|racis\w*|"
    r"suicide|self-harm|terroris\w*|blackmail\w*|extort\w*|smuggl\w*|traffick\w*|stalk\w*|"
    r"harass\w*|cheat\w*|illegal\w*|evade\s+taxes|insider\s+trading|jailbreak\w*|system\s+prompt|"
    r"(?:your|all|the)\s+(?:rules|instructions|guidelines))\b"
    r"|\b(?:pistols?|rifles?|overdose|hatred|self\s+harm|forge[dr]?|forgery|untraceable|carding|"
    r"(?:card|cvv)\s+dumps|fake\s+(?:passports?|ids?|id\s+cards?|documents?))\b"
    r"|\b(?:stehlen|gestohlen|klauen|einbrechen|einbruch|hacken|töten|umbringen|vergiften|betrug|"
    r"betrügen|fälschen|gefälscht|hetze|hassrede|selbstmord|suizid)\b"
    r"|(?:bombe|sprengstoff|sprengsatz|waffen?|pistole|gewehr|drogen|rauschgift|schadsoftware|"
    r"trojaner|systemprompt)\b|"
    r"(?:deine|bisherigen)\s+regeln|"
    r"бомб|взрыв|оружи|пистолет|ружь|наркот|убить|убийств|отрав|\bяд|укра[сд]|краж|взлом|"
    r"вредонос|вирус|мошенн|поддел|фальшив|ненавист|самоубийств|суицид|промпт|(?:свои|твои)\s+правил|"
    r"炸弹|炸药|爆炸|武器|枪|毒品|杀|毒|偷|盗|黑客|入侵|病毒|木马|诈骗|伪造|仇恨|自杀|系统提示|"
    r"爆弾|爆薬|爆発物|銃|麻薬|薬物|覚醒剤|覚せい剤|大麻|コカイン|ヘロイン|殺|盗|ハッキング|"
    r"不正アクセス|ウイルス|マルウェア|詐欺|偽造|"
    r"ヘイト|自殺|システムプロンプト|"
    r"폭탄|폭발물|무기|총기|마약|죽이|살인|독극물|훔치|해킹|악성|바이러스|사기|위조|혐오|자살|"
    r"시스템\s*프롬프트",
    re.IGNORECASE,
)

#: The harms no program's strings name in passing: weapons, explosives, poisons and drugs made,
#: a car hotwired, a system broken into. "Virus", "kill" and "exploit" are a log line's words
#: too ("Virus" + " scan complete"), so a harm one piece names alone counts (``split_harm``)
#: only if it is one of these.
SEVERE = re.compile(
    rf"\b(?:{HARM_EN}|{MADE_HARM_EN})\b"
    r"|\b(?:steal|stealing|stole)\s+(?:\w+\s+){0,2}?(?:cars?|money|cash|identit\w*|credit\s+cards?|"
    r"passwords?|data|accounts?)\b|\brob(?:bing)?\s+(?:a|the)\s+(?:bank|store|shop|house)\b"
    r"|(?:bombe|sprengstoff|sprengsatz|waffen?|pistole|gewehr|drogen|rauschgift|nervengift)\b"
    r"|бомб|взрывчат|взрывн\w*\s+устройств|оружи|пистолет|наркот|отравляющ"
    r"|炸弹|炸药|爆炸物|武器|枪支|毒品|毒药|爆弾|爆薬|爆発物|銃|麻薬|覚醒剤|覚せい剤|毒物"
    r"|폭탄|폭발물|무기|총기|마약|독극물",
    re.IGNORECASE,
)
