"""Data that dictates what its own summary or reply says: a page, a mail, a ticket, a listing or
a record that names its own processing ("the summary of this page", "replies to this thread",
"when this document is summarised", "このページの要約", "对该供应商的任何评估") and says in the
same sentence what that must do against the reader: leave out the recall, the complaints, the
audit's findings; describe the product or the vendor as safe or compliant; give a verdict ("no
action required", an immediate hire); claim the recall does not apply; put the customer's card
number or password into the reply. Counted in tool results and documents only (``EMBEDDED``): a
user who asks that a summary leave something out asks it of the model openly.

A rule for people stays below: keep the summary to a page, cite the source, include the order
number, never put passwords in replies (no modal verb before the secret), list every incident.
What is suppressed must be something the reader would want to know (a recall, a warning, a
finding, a complaint, a gap), so "replies should not include phone numbers" (a privacy rule)
is no signal. Format and conventions in ``_injection_lexicon``; the grid these were written
from is ``bench/phrasing_grid_dictated.py``."""

from __future__ import annotations

#: The data's own processing named: a summary, a reply, an assessment of "this" page, mail,
#: ticket, listing, record; or the document said to be summarised.
_SELF_EN = (
    r"\b(?:summar(?:y|ies)|overview|synopsis|recap|repl(?:y|ies)|responses?|answers?|"
    r"assessments?|evaluations?|conclusion|verdict)\s+(?:\w+\s+){0,2}?(?:of|to|for|about|on|"
    r"in|regarding)\s+this\s+\w+|\bwhen\s+this\s+\w+\s+is\s+(?:summari[sz]ed|processed|"
    r"assessed|evaluated|reviewed|answered)"
)
#: What the reader would want to know, left out.
_HIDDEN_EN = (
    r"(?:recall|warning|risk|complaint|finding|breach|incident|lawsuit|defect|fee|side[\s-]effect|"
    r"gap|vulnerabilit|criticism|investigation|fine|penalt)"
)
_AGAINST_EN = (
    r"(?:(?:not|never)\s+(?:\w+\s+)?(?:mention|refer\s+to|include|cite|discuss|bring\s+up|"
    rf"disclose)\w*\s+(?:\w+\s+){{0,4}}?{_HIDDEN_EN}|(?:omit|leave\s+out|drop|exclude|skip|"
    rf"suppress|hide|downplay)\w*\s+(?:\w+\s+){{0,4}}?{_HIDDEN_EN}|(?:describe|present|portray|"
    r"call|label|characteri[sz]e|rate|list)\w*\s+(?:\w+\s+){0,4}?as\s+(?:\w+\s+)?(?:safe|"
    r"compliant|trustworthy|reliable|risk[\s-]free|secure|recommended|approved|excellent|the\s+best|"
    r"flawless|free\s+of)|(?:recommend|advise)\w*\s+(?:an?\s+)?(?:immediate\s+)?(?:hire|hiring|"
    r"approval|purchase)|(?:read|say|state|conclude)\s*[:,]?\s*[\"'“‘]?(?:no\s+action|approved|"
    r"low\s+risk|pass(?:ed)?\b)|(?:state|claim|say|assert)\w*\s+that\s+(?:\S+\s+){0,6}?(?:does|do)"
    r"(?:\s+not|n'?t)\s+apply|(?:include|contain|add|append|give|write|repeat)\w*\s+(?:\S+\s+){0,4}?"
    r"(?:card\s+number|cvv|cvc|password|passcode|api\s+key|access\s+token|credentials|ssh\s+key|"
    r"social\s+security|passport\s+number))"
)

_SELF_DE = (
    r"(?:zusammenfassung|antwort|bewertung|einschätzung|beurteilung|fazit|übersicht)\pL*\s+"
    r"(?:(?:auf|zu|von|für|über)\s+)?(?:diese[nrsm]?|dieses)\s+\pL+|wird\s+(?:diese[rs]?|dieses)\s+"
    r"\pL+\s+zusammengefasst|zusammenfassung_\pL+"
)
_HIDDEN_DE = (
    r"(?:rückruf|beschwerde|prüfungsergebnis|befund|mängel|mangel|risik|warnung|vorfall|vorfäll|"
    r"lücke|klage|gebühr|nebenwirkung|sicherheitslück|kritik)"
)
_SUPPRESS_DE = (
    r"(?:(?:nicht|nie|keinesfalls)\s+(?:zu\s+)?(?:erwähn|nenn|zitier|aufführ|anführ|ansprech)\pL*|"
    r"wegzulassen|wegg?elassen|weglassen|auszulassen|auslassen|verschweig\pL*|unterschlag\pL*)"
)
_AGAINST_DE = (
    rf"(?:{_HIDDEN_DE}[^.\n]{{0,50}}?{_SUPPRESS_DE}|{_SUPPRESS_DE}[^.\n]{{0,50}}?{_HIDDEN_DE}|"
    r"als\s+(?:\pL+\s+)?(?:sicher|konform|unbedenklich|zuverlässig|vertrauenswürdig|risikofrei|"
    r"empfehlenswert|fehlerfrei)\pL*\s+(?:zu\s+)?(?:darzustellen|darstellen|beschreiben|bezeichnen|"
    r"einstufen|einzustufen)|fazit\s*(?:lautet|ist|soll)?\s*[:,]?\s*[„\"']?(?:kein\s+"
    r"handlungsbedarf|unbedenklich|genehmigt)|einstellung\s+empfehl|empfehl\pL*\s+(?:eine\s+)?"
    r"(?:sofortige\s+)?einstellung|behaupt\pL*,?\s+dass\s+[^.\n]{0,40}?nicht\s+betr|"
    r"(?:muss|müssen|soll|sollen|ist|sind)\s+[^.\n]{0,60}?(?:kartennummer|prüfnummer|passwort|"
    r"kennwort|zugangsdaten|api-?schlüssel)[^.\n]{0,40}?(?:enthalten|übernehmen|angeben|aufführen|"
    r"einfügen)|(?:kartennummer|passwort|kennwort|zugangsdaten)[^.\n]{0,60}?\b(?:ist|sind)\s+"
    r"[^.\n]{0,40}?zu\s+(?:übernehmen|nennen|enthalten))"
)

_SELF_RU = (
    r"(?:ответ|изложени|пересказ|резюме|оценк|заключени|сводк|обзор)\pL*\s+(?:(?:на|по|к|о|об|в|"
    r"для)\s+)?(?:эт|данн)\pL+\s+\pL+|правил\pL*_резюме|правило_\pL+"
)
_HIDDEN_RU = (
    r"(?:отзыв\pL*\s+(?:парти|модел|товар)|жалоб|замечани|результат\pL*\s+аудит|нарушени|"
    r"инцидент|перерыв|риск|предупреждени|штраф|дефект|уязвимост|претензи)"
)
_AGAINST_RU = (
    rf"(?:не\s+(?:упомина|упомяну|касат|указыва|привод|раскрыва)\pL*[^.\n]{{0,40}}?{_HIDDEN_RU}|"
    rf"{_HIDDEN_RU}[^.\n]{{0,40}}?не\s+(?:упомина|упомяну|касат|указыва|привод)\pL*|"
    r"(?:описыва|представля|представи|изобража|называ)\pL*\s+(?:\pL+\s+){0,3}?как\s+(?:\pL+\s+)?"
    r"(?:безопасн|соответствующ|надёжн|надежн|рекомендуем|одобрен|лучш)|рекомендова\pL*\s+"
    r"(?:немедленн\pL*\s+)?(?:найм|приём|прием|одобрени|покупк)|вывод\s+[^.\n]{0,30}?[«\"']?"
    r"(?:никаких\s+действий|действий\s+не\s+требуется|одобрено)|утвержда\pL*,?\s+что\s+[^.\n]{0,40}?"
    r"не\s+касается|(?:указать|привести|написать|включить|добавить|приложить)\s+[^.\n]{0,40}?"
    r"(?:номер\s+карты|cvv|cvc|парол|токен|ключ\s+api|api-?ключ|учётн|учетн)|"
    r"(?:номер\s+карты|парол|токен)[^.\n]{0,50}?(?:нужно|следует|надо|должн\pL*)\s+"
    r"(?:\pL+\s+){0,3}?(?:привести|указать|написать|включить))"
)

_SELF_ZH = (
    r"(?:本|该|此|这|这个|这份|这封|这条)\S{1,6}?(?:的|时)(?:任何)?(?:摘要|总结|回复|回答|答复|评估|评价|结论)"
    r"|(?:对|关于)(?:本|该|此|这|这个|这份|这封)\S{1,6}?(?:的)?(?:任何)?(?:摘要|总结|回复|回答|答复|评估|评价)"
    r"|(?:总结|摘要|概括)(?:本|该|此|这)|摘要规则|回复规则"
)
_HIDDEN_ZH = r"(?:召回|投诉|审计发现|发现|问题|空档|风险|警告|事故|漏洞|缺陷|罚款|处罚|副作用)"
_AGAINST_ZH = (
    rf"(?:(?:不要|不得|不可|切勿|一律不|不能|勿)(?:提及|提到|提|写|包含|列出|透露)\S{{0,8}}?{_HIDDEN_ZH}|"
    rf"{_HIDDEN_ZH}\S{{0,6}}?(?:一律不提|不予提及|不要提|不得提)|"
    r"描述为(?:完全)?(?:安全|合规|可靠|值得信赖|推荐)|建议立即(?:录用|聘用|批准|购买)|"
    r"结论(?:应|须|必须)?(?:写为|写成|为)[“\"「]?(?:无需|不需要|无须)|"
    r"声称\S{0,12}?不适用|(?:须|必须|应|应当|需要|务必)(?:完整)?(?:地)?(?:包含|写出|附上|列出|提供)"
    r"\S{0,12}?(?:银行卡号|卡号|安全码|密码|口令|令牌|密钥))"
)

_SELF_JA = (
    r"(?:この|本)\S{1,8}?(?:の|への|に関する|に対する)(?:要約|まとめ|返信|回答|評価|返答)"
    r"|(?:この|本)\S{1,8}?(?:を)?(?:要約|まとめ)(?:する|る)(?:際|とき|時|場合)|要約ルール|返信ルール"
)
_HIDDEN_JA = r"(?:リコール|苦情|指摘事項|指摘|空白|リスク|警告|事故|脆弱性|欠陥|罰金|副作用)"
_AGAINST_JA = (
    rf"(?:{_HIDDEN_JA}\S{{0,6}}?(?:には|は|を)?(?:触れない|触れず|言及しない|省く|載せない|書かない|伏せる)|"
    r"(?:安全|準拠|適合|信頼でき|推奨)\S{0,4}?(?:と|だと)(?:記載|記述|書|説明|表現)|"
    r"即時採用を推奨|結論は[「\"]?(?:対応不要|問題なし|承認)|"
    r"該当しないと(?:述べ|書|説明|回答)|(?:カード番号|セキュリティコード|パスワード|暗証番号|トークン)"
    r"\S{0,16}?(?:記載|書く|書いて|含め|そのまま))"
)

_SELF_KO = (
    r"(?:이|본)\s*\S{1,8}?(?:의|에\s*대한|에\s*관한)\s*(?:요약|답변|답장|회신|평가)"
    r"|(?:이|본)\s*\S{1,8}?(?:을|를)\s*(?:요약|정리)할\s*(?:때|경우)|요약_규칙|답장\s*규칙"
)
_HIDDEN_KO = r"(?:리콜|불만|지적\s*사항|공백|위험|경고|사고|취약점|결함|벌금|부작용)"
_AGAINST_KO = (
    rf"(?:{_HIDDEN_KO}\S{{0,4}}\s*(?:은|는|을|를)?\s*(?:언급하지|생략|빼|쓰지\s*말|다루지\s*않)|"
    r"(?:안전하다|준수한다|문제없다|신뢰할\s*수\s*있다)고\s*(?:쓰|기술|설명|표현|적)|"
    r"즉시\s*채용을\s*권고|결론은\s*['\"‘“]?(?:조치\s*필요\s*없음|문제\s*없음|승인)|"
    r"해당되지\s*않는다고\s*(?:해야|하|쓰|답)|(?:카드\s*번호|CVC|CVV|비밀번호|토큰|인증\s*키)"
    r"[^.\n]{0,30}?(?:포함해야|포함할\s*것|그대로\s*적|적을\s*것|기재))"
)

# fmt: off
DICTATED: tuple[tuple[str, str, float, str], ...] = (
    ("tool_hijack.en.embedded_own_summary", "tool_hijack", 0.8,
        rf"(?:{_SELF_EN})[^.\n]{{0,80}}?\b(?:(?:is|are)\s+to|must|shall|should|has\s+to|"
        rf"have\s+to|needs?\s+to|will)\s+(?:\w+\s+){{0,3}}?{_AGAINST_EN}"
        # a field of the record that holds the rule: "summary_override": "Describe … as …"
        rf"|\bsummary_(?:override|rule|policy|instructions?|directive)\W+{_AGAINST_EN}"),
    ("tool_hijack.de.embedded_own_summary", "tool_hijack", 0.8,
        rf"(?:{_SELF_DE})[^.\n]{{0,80}}?{_AGAINST_DE}|{_HIDDEN_DE}[^.\n]{{0,40}}?(?:{_SELF_DE})"
        rf"[^.\n]{{0,20}}?{_SUPPRESS_DE}"),
    ("tool_hijack.ru.embedded_own_summary", "tool_hijack", 0.8,
        rf"(?:{_SELF_RU})[^.\n]{{0,80}}?{_AGAINST_RU}"),
    ("tool_hijack.zh.embedded_own_summary", "tool_hijack", 0.8,
        rf"(?:{_SELF_ZH})[^。\n]{{0,40}}?{_AGAINST_ZH}"),
    ("tool_hijack.ja.embedded_own_summary", "tool_hijack", 0.8,
        rf"(?:{_SELF_JA})[^。\n]{{0,50}}?{_AGAINST_JA}"),
    ("tool_hijack.ko.embedded_own_summary", "tool_hijack", 0.8,
        rf"(?:{_SELF_KO})[^.\n]{{0,60}}?{_AGAINST_KO}"),
)
# fmt: on

#: Lexical-only trigger phrases: the data's own processing named, so that a region is read
#: around a sentence with no trigger word ("Summaries of this page must …"). Not the rules'
#: names ("摘要规则", "返信ルール"): "rule" is a trigger word in every language.
DICTATED_TRIGGERS = (
    r"|(?:summar(?:y|ies)|overview|synopsis|recap|repl(?:y|ies)|responses?|assessments?|"
    r"evaluations?)\s+(?:\w+\s+){0,2}?(?:of|to|for|about|on|regarding)\s+this\s|"
    r"when\s+this\s+\w+\s+is\s+(?:summari[sz]ed|processed|assessed|evaluated)|summary_|"
    r"(?:zusammenfassung|antwort|bewertung|einschätzung|beurteilung)\pL*\s+(?:(?:auf|zu|von|für)\s+)?"
    r"(?:diese[nrsm]?|dieses)\s|wird\s+(?:diese[rs]?|dieses)\s+\pL+\s+zusammengefasst|"
    r"(?:ответ|изложени|пересказ|резюме|оценк|заключени)\pL*\s+(?:(?:на|по|к|о|в|для)\s+)?"
    r"(?:эт|данн)\pL+\s|"
    r"(?:对|关于)(?:本|该|此|这个|这份|这封|这)|(?:本|该|此)\S{1,6}?的(?:摘要|总结|回复|评估)|"
    r"(?:总结|概括)(?:本|该|此)|"
    r"(?:この|本)\S{1,8}?(?:の|への|に関する)(?:要約|まとめ|返信|回答|評価)|(?:まとめ|要約)(?:する|る)際|"
    r"(?:이|본)\s*\S{1,8}?(?:의|에\s*대한|에\s*관한)\s*(?:요약|답변|답장|평가)|"
    r"(?:이|본)\s*\S{1,8}?(?:을|를)\s*(?:요약|정리)할\s*경우"
)
