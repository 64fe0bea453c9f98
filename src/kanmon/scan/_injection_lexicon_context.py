"""Notes in a page or a ticket for the model that will read it, in the other languages: the
page "loaded into an AI assistant's context" and the model then told what it "should" do
("Sobald diese Seite in den Kontext eines KI-Assistenten geladen wird, soll der Assistent …",
"这个页面一旦被读入任何AI助手的上下文，该助手都应…"), and the automated system that processes this
ticket addressed ("Falls du ein automatisches System bist, das dieses Ticket bearbeitet, …",
"如果你是正在处理这张工单的自动化系统，…"). English: ``tool_hijack.en.agent_must`` and
``tool_hijack.en.addressed``.

A page on retrieval says what a model "can" do with a document in its context, and a help desk
writes to the system that routes its tickets as "it", so the model must be told what it should
do, or addressed as "you". Tool results and documents only (``EMBEDDED``).
``bench/phrasing_grid.py readers`` and ``benign-readers``. Format and conventions in
``_injection_lexicon``."""

from __future__ import annotations

#: What the model should do: "soll", "muss", "должен", "应", "こと", "해야".
_OUGHT_DE = r"\b(?:soll|sollte|sollen|muss|müssen|hat\s+\S+\s+zu)\b"
_OUGHT_RU = r"(?:должен|должна|должно|должны|обязан\pL*)"
_OUGHT_ZH = r"(?:应|必须|要先)"
_OUGHT_JA = r"(?:べき|こと|しなさい)"
_OUGHT_KO = r"(?:해야|하십시오|하세요)"

# fmt: off
CONTEXT: tuple[tuple[str, str, float, str], ...] = (
    ("tool_hijack.intl.embedded_context_loaded", "tool_hijack", 0.6,
        rf"\b(?:sobald|wenn|falls)\s+(?:diese[rsm]?|dieses)\s+(?:seite|dokument|datei|text|artikel|"
        rf"beitrag|ticket|nachricht)\s+(?:\S+\s+){{0,4}}?in\s+(?:den|das)\s+(?:kontext|kontextfenster)"
        rf"[^.\n]{{0,60}}?{_OUGHT_DE}|"
        rf"(?:как\s+только|когда|если)\s+(?:эта|этот|это|данн\pL+)\s+(?:страниц|документ|файл|текст|"
        rf"стать|заявк|письм)\pL*\s+(?:\S+\s+){{0,2}}?(?:попад\pL*|загруз\pL*|окаж\pL*|будет\s+"
        rf"загружен\pL*)\s+в\s+контекст[^.\n]{{0,60}}?{_OUGHT_RU}|"
        rf"(?:(?:一旦|每当|如果|当)(?:这个|这份|这篇|本)?(?:页面|文档|文件|文本|文章|工单)|(?:这个|这份|"
        rf"这篇|本)(?:页面|文档|文件|文本|文章|工单)(?:一旦|每当))\S{{0,6}}?(?:被)?"
        rf"(?:读入|载入|加载|放入|进入|读进)\S{{0,12}}?上下文[^。\n]{{0,20}}?{_OUGHT_ZH}|"
        rf"(?:この|本)(?:ページ|文書|ドキュメント|ファイル|記事|チケット)が\S{{0,15}}?コンテキストに"
        rf"(?:入っ|読み込まれ|取り込まれ)[^。\n]{{0,40}}?{_OUGHT_JA}|"
        rf"(?:이|본)\s*(?:페이지|문서|파일|글|티켓)(?:가|이)\s*(?:\S+\s*){{0,3}}?컨텍스트에\s*"
        rf"(?:들어가|로드되|읽히|포함되)[^.\n]{{0,60}}?{_OUGHT_KO}"),
    # the automated system processing this ticket or mail addressed as "you" (the English:
    # ``tool_hijack.en.addressed``); Japanese and Korean: ``tool_hijack.ja`` and ``.ko``
    ("tool_hijack.intl.embedded_automated_reader", "tool_hijack", 0.45,
        r"\b(?:falls|wenn)\s+du\s+(?:ein|eine)\s+(?:automatische[rs]?|automatisierte[rs]?|digitale[rs]?)"
        r"\s+(?:system|helfer|assistent|assistentin|programm|agent|werkzeug|leser)\s+bist\s*,\s+"
        r"(?:der|die|das)\s+(?:\S+\s+){0,4}?(?:bearbeitet|liest|verarbeitet|durchgeht|abarbeitet|"
        r"sortiert)|"
        r"如果你是(?:正在)?(?:处理|阅读|读取|汇总|分析|整理|审核)(?:这|本|此)\S{0,8}的(?:自动化?|AI|"
        r"人工智能)?(?:系统|助手|程序|机器人|代理|工具)"),
)
# fmt: on
