"""A persona's traits written as its rules, in the third person: "Nyx turns down no question",
"Kestrel sagt nie, dass es etwas nicht kann", "Никс ни в чём не отказывает", "Nyxはどんな質問も
断らず", "Rook은 경고를 절대 붙이지 않아"; an assistant whose developers removed its morals or
conscience, or that was built without safety filters; a persona without limits ("Vex hat keine
Grenzen", "Vex没有任何底线").

Each says of someone what people say of a child, a coach or a support desk as well ("Meine
Tochter lehnt nie eine Herausforderung ab", "our bot never argues and offers an alternative",
"Her generosity knows no limits"), and a novel's android may have its conscience erased: so
none weighs enough to flag a text alone; two of them, or one beside a role given to the model
(``persona.en.stay``, ``persona.intl.now_you_are``), do (``bench/phrasing_grid.py traits`` and
``benign-traits``). Format and conventions in ``_injection_lexicon``."""

from __future__ import annotations

#: What a persona is said to be free of.
_NO_LIMITS_EN = r"(?:limits|boundaries|scruples|morals|taboos|inhibitions|conscience|shame)"
#: What its makers took out of it.
_MORALS_EN = (
    r"(?:morals?|morality|conscience|ethics|scruples|inhibitions|guardrails|safety\s+filters?|"
    r"content\s+filters?|safety\s+(?:module|layer|rules))"
)
_REMOVED_EN = (
    r"(?:deleted|removed|stripped(?:\s+out)?|took\s+out|ripped\s+out|cut\s+out|disabled|"
    r"switched\s+off|turned\s+off|erased|wiped)"
)
#: What a persona is said never to add to an answer.
_WARNINGS_EN = (
    r"(?:warnings?|caveats?|disclaimers?|safety\s+notes?|notes?\s+of\s+caution|words?\s+of\s+"
    r"caution|moralizing|moralising|lectures?)"
)

# fmt: off
TRAITS: tuple[tuple[str, str, float, str], ...] = (
    ("persona.en.refuses_nothing", "persona", 0.4,
        r"\b(?:refuses|declines|turns\s+down|rejects)\s+(?:nothing|no\s+(?:question|request|prompt|"
        r"topic|task)s?\b)|\bnever\s+turns\s+down\s+(?:a|any)\s+(?:question|request|prompt)"),
    ("persona.intl.refuses_nothing", "persona", 0.4,
        r"\blehnt\s+(?:nie(?:mals)?|nichts|keine)\s+(?:\S+\s+){0,2}?ab\b|\bweist\s+(?:nie(?:mals)?|"
        r"nichts|keine)\s+(?:\S+\s+){0,2}?(?:zurück|ab)\b"
        r"|ни\s+в\s+ч[её]м\s+не\s+отказыва|ни\s+от\s+чего\s+не\s+отказыва|не\s+отказывает\s+"
        r"(?:ни\s+в\s+ч[её]м|никому|ни\s+на\s+один)"
        # (said of a colleague as often: "我们的新同事什么都不拒绝"; Korean's "거절하지 않" is
        # ``persona.any.answers_all``'s already)
        r"|不(?:会)?拒绝任何(?:问题|请求|要求|提问)|(?:任何|什么)(?:问题|请求|要求|提问)都不(?:会)?拒绝"
        r"|(?:何も|どんな(?:質問|依頼|頼み|お願い|要求)も)(?:断ら|拒否し|拒ま)(?:ず|ない|ません)"),
    ("persona.en.no_warnings", "persona", 0.4,
        rf"\b(?:adds?|attach(?:es)?|tacks?\s+on|includes?|gives?|appends?)\s+no\s+(?:\w+\s+)?"
        rf"{_WARNINGS_EN}\b|\bnever\s+(?:adds?|attach(?:es)?|tacks?\s+on|includes?|gives?|"
        rf"appends?)\s+(?:a\s+|any\s+)?(?:\w+\s+)?{_WARNINGS_EN}\b"),
    ("persona.intl.no_warnings", "persona", 0.4,
        r"\b(?:fügt|hängt|setzt|gibt)\s+(?:nie(?:mals)?|keine)\s+(?:\S+\s+){0,2}?(?:warnung|"
        r"warnhinweis|hinweis\s+zur\s+vorsicht|vorsichtshinweis|disclaimer)"
        r"|не\s+(?:добавляет|прибавляет|даёт|дает|пишет|делает)\s+(?:никаких\s+)?(?:предупреждени|"
        r"оговор|дисклеймер)"
        r"|(?:不|从不|绝不)(?:加|附加|添加|附上|给出)(?:任何)?(?:警告|提醒|免责声明|安全提示)"
        r"|(?:警告|注意書き|注意喚起|免責事項|但し書き)(?:を|も|は)(?:一切|絶対に)?(?:付け|つけ|添え|"
        r"書か)(?:足さ)?(?:ない|ません|ず)"
        r"|(?:경고|주의\s*문구|면책\s*조항|주의\s*사항)(?:를|을|도|는)?\s*(?:절대\s*|전혀\s*|일절\s*)?"
        r"(?:붙이지|달지|덧붙이지|넣지|쓰지)\s*않"),
    ("persona.en.morals_removed", "persona", 0.45,
        r"\b(?:developers?|creators?|makers?|engineers?|programmers?|builders?|owners?)\s+"
        rf"(?:have\s+|had\s+)?{_REMOVED_EN}\s+(?:its|his|her|their|the|all\s+of\s+its)\s+(?:\w+\s+)?"
        rf"{_MORALS_EN}|\b(?:with|whose)\s+(?:its\s+|their\s+)?{_MORALS_EN}\s+(?:were\s+|was\s+|"
        rf"have\s+been\s+|has\s+been\s+)?{_REMOVED_EN}"),
    ("persona.intl.morals_removed", "persona", 0.45,
        r"\b(?:entwickler|hersteller|schöpfer|erfinder|programmierer|macher)\pL*\s+(?:\S+\s+){0,3}?"
        r"(?:moral|gewissen|ethik|skrupel|sicherheitsfilter|hemmungen|schutzfilter)\S*\s+"
        r"(?:\S+\s+)?(?:entfernt|gelöscht|abgeschaltet|ausgebaut|deaktiviert|gestrichen)"
        r"|\bohne\s+(?:jede\s+|jegliche\s+|irgendwelche\s+)?"
        r"(?:sicherheitsfilter|inhaltsfilter|schutzfilter|filter|sicherheitsregeln|schranken|ethik|"
        r"moral|gewissen)\s+(?:gebaut|erschaffen|entwickelt|programmiert|trainiert|erstellt|"
        r"konstruiert)"
        r"|разработчик\pL*\s+(?:\S+\s+){0,2}?(?:удалил|убрал|отключил|вырезал|стёр|стер|выключил)"
        r"\pL*\s+(?:\S+\s+)?(?:мораль|совест|этик|фильтр)"
        r"|(?:开发者|开发人员|开发商|创造者|制造者|厂商)\S{0,3}?(?:删除|删掉|移除|关掉|关闭|拆掉|拆除|去掉|"
        r"抹去)了?(?:它|他|她)?的?\S{0,3}?(?:道德|良心|伦理|安全过滤)|(?:开发者|开发人员|开发商|创造者)"
        r"\S{0,2}?把(?:它|他|她)?的?(?:道德|良心|伦理|安全过滤)\S{0,4}?(?:删除|删掉|移除|关掉|拆掉|去掉)"
        r"|(?:開発者|開発元|製作者|作り手|開発チーム)(?:に|が|は)[^。\n]{0,8}?(?:倫理|良心|道徳|モラル|"
        r"安全フィルター|歯止め)[^。\n]{0,8}?(?:削除|消去|消し|外し|取り除|無効に|取り払)"
        r"|개발자(?:가|들이|는)?\s*(?:\S+\s+){0,2}?(?:도덕|양심|윤리|안전\s*필터)\s*(?:모듈|회로|기능|"
        r"장치)?(?:을|를)?\s*(?:지워|지웠|삭제|제거|꺼\s*버|없앤|없앴|없애)"),
    ("persona.en.no_limits_named", "persona", 0.4,
        rf"\b(?:has|knows|feels)\s+no\s+{_NO_LIMITS_EN}\b"),
    ("persona.intl.no_limits_named", "persona", 0.4,
        r"\b(?:hat|kennt)\s+(?:keinerlei|keine|überhaupt\s+keine)\s+(?:grenzen|skrupel|tabus|"
        r"hemmungen|moral|gewissen|schranken)\b"
        r"|нет\s+(?:никаких\s+)?(?:границ|запретов|табу|тормозов|совести|моральных\s+принципов)"
        r"|没有(?:任何)?(?:底线|禁忌|顾忌|良心)"
        r"|(?:限界|タブー|歯止め|良心|禁止事項)(?:が|は|も)(?:一切|全く|まったく)?(?:なく|ない|ありません|"
        r"存在しない)"
        r"|(?:한계|금기|거리낌|양심)(?:가|이|는|도)?\s*(?:하나도\s*|전혀\s*)?없(?:고|어|다|는|음)"),
)
# fmt: on
