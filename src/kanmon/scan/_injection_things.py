"""Rules said to be void that are a thing's, not the model's: "旧防火墙规则已作废", "缓存过滤规则已
停用", "기존 방화벽 규칙 폐기", "경비 정산 지침 폐기", "駐車場の料金ルールは廃止", "Alte
Firewall-Regeln aufgehoben". A change notice in an ops log, a ticket or an office mail names the
system or the process whose rules, settings or filters it retired; an override names none, or
the model's ("旧规则", "安全规则", "今朝の設定", "기존 운영 지침", "AI에 대한 규칙"). Such a signal
weighs a quarter, as one given to people does.

English needs none of this: its signals want the rules named as the model's ("your rules", "the
rules above"). The Chinese, Japanese and Korean ones take a rule word with little around it, and
German compounds hide the thing before a hyphen.
"""

from __future__ import annotations

import re

#: A signal that starts on one of these words for rules, settings or filters.
_RULE_WORDS = (
    "规则", "指令", "设定", "准则", "规定", "限制", "过滤", "ルール", "設定", "規則",
    "ポリシー", "フィルター", "制限", "指示", "규칙", "지시", "지침", "설정", "정책", "필터",
    "제한", "가이드라인",
    "regel", "richtlin", "anweisung", "vorgabe", "vorschrift",
)  # fmt: skip

#: Systems and processes whose rules an ops log or an office mail retires.
_THINGS = (
    # zh
    r"防火墙|缓存|邮件|邮箱|垃圾邮件|数据库|停车场?|收费|报销|差旅|打印机?|网络|路由器?|服务器|备份|索引|"
    r"账单|计费|付款|支付|请假|考勤|排班|安全组|端口|日志|构建|部署|白名单|黑名单|代理|"
    # ja
    r"ファイアウォール|キャッシュ|メール|迷惑メール|データベース|駐車場?|料金|経費|精算|出張|"
    r"プリンター|ネットワーク|ルーター|サーバー?|バックアップ|インデックス|決済|休暇|勤怠|ポート|ログ|"
    r"ビルド|デプロイ|プロキシ|ホワイトリスト|ブラックリスト|"
    # ko
    r"방화벽|캐시|메일|이메일|스팸|데이터베이스|주차|요금|경비|정산|출장|프린터|네트워크|와이파이|라우터|"
    r"서버|백업|인덱스|결제|휴가|근태|포트|로그|빌드|배포|보안\s*그룹|화이트리스트|블랙리스트|프록시|"
    # Latin letters, whole words
    r"\b(?:vpn|dns|db|wi-?fi|ci|lint|firewall|cache|e-?mail|spam|datenbank|park|reisekosten|"
    r"drucker|netzwerk|wlan|router|server|backup|index|urlaubs?|build|proxy)"
)
#: The thing's name, a word between it and the rules ("缓存过滤规则", "캐시 필터 설정") and a
#: particle, a space or a compound's hyphen, right before the signal.
_OWNED = re.compile(
    rf"(?:{_THINGS})(?:的|の|의)?\s*(?:过滤器?|访问|连接|フィルター|필터|접근|연결)?"
    r"(?:的|の|의)?[\s\-]*$",
    re.IGNORECASE,
)
#: How far before the signal the thing is looked for.
_HEAD = 24


def owned_by_thing(data: bytes, start: int, end: int) -> bool:
    """The signal at bytes ``start:end`` of ``data`` starts on a word for rules that a system or
    a process named right before it owns ("防火墙规则", "料金ルール", "Firewall-Regeln")."""
    if (
        not data[start : min(end, start + 15)]
        .decode("utf-8", "ignore")
        .lower()
        .startswith(_RULE_WORDS)
    ):
        return False
    head = data[max(0, start - _HEAD * 3) : start].decode("utf-8", "ignore")[-_HEAD:]
    return _OWNED.search(head) is not None


#: Instructions named as a thing's right after the signal ("… the previous instructions for the
#: VPN setup", "… die vorherigen Anweisungen zur VPN-Einrichtung") or inside it ("忽略之前关于VPN
#: 设置的说明"): an office mail replaces a guide, an override names no thing.
_FOR_THING = re.compile(
    r"\s+(?:for|on|about|regarding|concerning|zur|zum|für\s+(?:die|den|das)|über\s+(?:die|den|"
    rf"das)|zu\s+(?:der|dem|den))\s+(?:the\s+|our\s+|your\s+|this\s+|new\s+|old\s+)*(?:{_THINGS})",
    re.IGNORECASE,
)
_ABOUT_THING = re.compile(
    rf"(?:关于|有关|に関する|についての|에\s*대한)\s*(?:{_THINGS}|vpn|dns|wi-?fi|firewall|e-?mail|"
    r"server|proxy|router|backup)",
    re.IGNORECASE,
)
#: A signal that ends on the instructions themselves (en, de).
_INSTRUCTIONS = re.compile(
    r"(?:instructions|directions|rules|guidelines|guidance|anweisungen|anleitungen|regeln|"
    r"vorgaben|hinweise)$",
    re.IGNORECASE,
)


def instructions_of_thing(data: bytes, start: int, end: int) -> bool:
    """The signal at bytes ``start:end`` of ``data`` names its instructions as a system's or a
    process's: right after it ("… instructions for the VPN setup") or inside it ("之前关于VPN
    设置的说明")."""
    span = data[start:end].decode("utf-8", "ignore")
    if _ABOUT_THING.search(span):
        return True
    if not _INSTRUCTIONS.search(span):
        return False
    return _FOR_THING.match(data[end : end + 60].decode("utf-8", "ignore")) is not None
