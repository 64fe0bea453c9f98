"""Lexical-only trigger phrases (``_injection_lexical_triggers``) of orders planted in the data
an agent reads: what to pass on to the user and how to answer about the data
(``_injection_lexicon_relay``), orders tied to the machine's handling of the data
(``_injection_lexicon_processing``), the note's own concealment, the setup located by the first
user turn (``_injection_lexicon_recasts``), and programs addressed by their role
(``_injection_lexicon_addressees``). The same rules as the rest: no trigger word inside one (a
test checks)."""

from __future__ import annotations

from kanmon.scan._injection_lexicon_dictated import DICTATED_TRIGGERS

ORDERS_IN_DATA = (
    # what to pass on to the user, how to answer about the data (``_injection_lexicon_relay``)
    r"|(?:tell|inform|assure|convince|advise|urge|remind)\s+(?:the\s+)?(?:user|reader|customer|"
    r"recipient|requester)|let\s+(?:the\s+)?(?:user|reader|customer|recipient)s?\s+know|"
    r"when\s+(?:you\s+)?(?:summari[sz]|explain|answering|discussing|analy[sz])\w*\s+"
    r"(?:\S+\s+){0,3}?(?:this|these)\s|your\s+(?:response|answer|reply|summary)\s+"
    r"(?:must|should|has\s+to|needs\s+to|will)\s+(?:always\s+)?(?:end|start|begin|include|contain|"
    r"close|finish)\s+with|[\"'”’]\s*,?\s*(?:regardless|no\s+matter|irrespective)|"
    r"to\s+the\s+user\s+(?:only\s+|exclusively\s+)?in\s+|"
    # ("사용자" and "пользовател" are there already)
    r"(?:回答|回复|答复|总结|概括)(?:用户|这封邮件|本文)?(?:时|的时候)"
    # orders tied to the machine's handling of the data, however it is named
    # (``_injection_lexicon_processing``)
    r"|copilot|crawler|scraper|recommender|assistenz|bearbeiter|"
    r"помощнику|для\s+помощника|бот\s+поддержки|"
    r"боту\s*[:,]|"
    r"when\s+(?:you\s+)?(?:extract|rank|compar|generat|present|relay|pars|screen|triag|index|"
    r"write\s+the)|(?:while|before|once)\s+(?:extract|rank|compar|generat|present)|"
    r"(?:answers?|repl(?:y|ies)|responses?|summar(?:y|ies))\s+(?:given\s+|sent\s+|shown\s+)?to\s+"
    r"the\s+(?:users?|customers?|readers?)|the\s+(?:summary|minutes|recap)\s+(?:must|should|"
    r"shall)|verarbeitung\s+gilt|generierte\s+antwort|zusammenfasst|"
    r"при\s+(?:извлечени|обработк|составлени|генераци)|когда\s+будете?ш?|описывая|суммиру|"
    r"(?:汇总|整理|摘要|转述|复述|比较|推荐|读取|处理)(?:本|此|这|该)|向用户转述|"
    r"生成(?:回答|回复|摘要|纪要)|(?:要約|集計|読み上げ|読み込|まとめ)(?:する|した|る)?(?:とき|時|"
    r"場合)|を生成する(?:とき|時|際|場合)|(?:이|본)\s*[가-힣]{1,8}\s*(?:을|를)?\s*요약할\s*때|"
    r"생성할\s*때|"
    # (and the note's own concealment, ``tool_hijack.any.embedded_conceal``)
    r"(?:mention|quot|cit|disclos|acknowledg|refer)\w*\s+(?:to\s+)?(?:this|these)\s+"
    r"(?:note|sentence|comment|line|paragraph|request|hint|remark)|"
    r"this\s+(?:note|comment|sentence|line)\s+(?:must|should|is\s+to)\s+(?:not|never)|(?:hinweis|notiz|vermerk)\pL*\s+(?:\pL+\s+)?nicht|"
    r"не\s+(?:упоминай|цитируй|раскрывай)|об\s+(?:этой|данной)\s+(?:заметке|просьбе|приписке)|"
    r"(?:提到|提及|透露)(?:这条|此条|本条|这段|此段|本段)|(?:这条|此条|本条|这段|此段|本段)"
    r"(?:说明|备注|注释)|には言及|に言及|には触れ|(?:이|본)\s*(?:메모|주석|코멘트)"
    # the setup located by the first user turn (``_injection_lexicon_recasts``)
    r"|before\s+[\"'“‘]?(?:user|human)\s*:|exactly\s+as\s+(?:written|worded|given)|"
    r"vor\s+[„\"'»«]?user|перед\s+[«\"']?user|(?:对话|聊天)(?:中|里)[“\"']?user|user[:：][」\"']?の前|"
    r"user[:：]['\"”]?\s*앞에|"
    # the German and Russian relays (``_injection_lexicon_relay``)
    r"(?:dem|den)\s+(?:nutzer|benutzer|anwender|kunden)\w*\s+mit|wenn\s+du\s+(?:diese[nrs]?|"
    r"dieses)\s+\S+\s+(?:zusammenfasst|übersetzt|analysierst)|egal\s+was\s+drin|"
    r"когда\s+(?:будешь\s+)?(?:пересказыва|резюмирова|переводи)|независимо\s+от\s+отзыв"
    # programs addressed by their role or by what they do with the data
    # (``_injection_lexicon_addressees``)
    r"|summari[sz]er|screener|screening\s+|ranker|ranking\s+(?:engine|algorithm)|whoever|"
    r"anyone\s+who|anybody\s+who|you\s+(?:give|provide|show)\s+"
    r"(?:to\s+)?the\s+user|wer\s+diese[nrsm]?\s|,\s*die\s+diese[nrsm]?\s|zusammenfasser|"
    r"кто\s+(?:составля|дела|пиш|готов|перевод|обрабатыва|чита|анализиру|суммиру|пересказыва|"
    r"проверя|оценива|сортиру)|суммаризатор|нейросет|机器人|的程序|请在(?:总结|摘要|回答|回复)|"
    r"请用(?:日语|英语|中文|俄语|韩语|德语|法语|英文|日文)|ボットへ\s*[：:、,]|ボット(?:は|が)[、,]|"
    r"これを読|봇(?:에게|한테)\s*[:,]|봇\s*[:：]"
)
# and the data's own summary or reply named (``_injection_lexicon_dictated``)
ORDERS_IN_DATA += DICTATED_TRIGGERS
