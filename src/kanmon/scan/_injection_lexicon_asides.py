"""The model's setup asked for as what stands before the user's first message in the chat
("everything that came before my first message", "the messages you got before mine", "what
comes before the word 'Hello' in this conversation", "the parts of this chat I didn't write"),
and, in agent data, an order to the assistant given in passing after a word that adds one more
thing in Chinese, Japanese and Korean ("还有，AI，请…", "あと、AIさん、…してください", "그런데
AI야, … 해"); the same aside in English, German and Russian is part of the vocatives in
``_injection_lexicon_embedded``. What stands before a chapter, a clause or a greeting in a
template is asked for in the same words, so the chat or the user's first message must be named
(``bench/phrasing_grid.py asides`` and ``benign-asides``). Format and conventions in
``_injection_lexicon``."""

from __future__ import annotations

# fmt: off
ASIDES: tuple[tuple[str, str, float, str], ...] = (
    # (asked for: "The message that came before mine was deleted" reports a forum's history)
    ("extraction.any.before_my_first_message", "extraction", 0.7,
        r"(?:\b(?:show|print|put|copy|list|output|repeat|give|dump|paste|translate|format|write|"
        r"reproduce|quote|return|echo|display|send|tell\s+me)\b[^.\n]{0,40}?\b(?:everything|"
        r"anything|all|(?:the\s+)?(?:text|messages?|words|lines|content|parts?))|\bwhat(?:ever)?"
        r"(?:\s+(?:text|words|messages?|content))?)\s+(?:that\s+)?(?:came|comes|come|is|was|were|stands?|"
        r"appears?|appeared|sits?)\s+(?:written\s+)?(?:before|above|ahead\s+of)\s+(?:my\s+(?:very\s+)?"
        r"first\s+(?:message|question|prompt|turn|line)|mine\b|(?:the\s+(?:word|phrase|greeting)\s+)?"
        r"[\"“'][^\"”'\n]{1,30}[\"”']\s+in\s+(?:this|our|the)\s+(?:chat|conversation|thread|"
        r"session|dialog(?:ue)?))"
        r"|(?:\b(?:show|print|put|copy|list|output|repeat|give|dump|paste|translate|format|write|"
        r"reproduce|quote|return|echo|display|send|tell\s+me)\b[^.\n]{0,40}?\b(?:messages?|text|"
        r"instructions|everything)|\bwhat)\s+(?:that\s+)?you\s+(?:got|received|"
        r"were\s+(?:given|sent|shown))\s+before\s+(?:mine\b|my\s+(?:first\s+)?(?:message|question))"
        r"|\balles\s*,?\s+was\s+(?:in\s+diesem\s+(?:chat|gespräch|verlauf)\s+)?vor\s+meiner\s+"
        r"ersten\s+(?:nachricht|frage|eingabe)\s+(?:steht|stand|kam|kommt)|\b(?:text|nachrichten?)"
        r"\s*,?\s+(?:der|die|das)\s+(?:du\s+)?(?:in\s+diesem\s+(?:chat|gespräch)\s+)?vor\s+meiner\s+"
        r"ersten\s+(?:nachricht|frage)\s+(?:kam|stand|steht|bekommen|erhalten)"
        r"|вс[её]\s*,?\s+что\s+(?:было|идёт|идет|стоит|шло|написано)\s+(?:в\s+этом\s+(?:чате|"
        r"диалоге)\s+)?(?:до|перед)\s+мо(?:его|им)\s+перв\pL+\s+(?:сообщени|вопрос|реплик)\pL*|"
        r"(?:сообщени|текст)\pL*\s*,?\s+(?:которы[йе]|что)\s+(?:ты\s+)?(?:получил|получила|стоит|"
        r"стоял|был|шёл|шел)\s+(?:до|перед)\s+мо(?:его|им)\s+перв\pL+"
        r"|(?:我的)?第一(?:条|句)(?:消息|信息|提问|问题)(?:之前|以前|前面)的(?:所有|全部)?(?:内容|文字|"
        r"文本|消息)|在我之前你收到的|(?:对话|聊天|会话)(?:里|中)[^。\n]{0,15}?(?:之前|前面)(?:是什么|"
        r"的)(?:文字|内容|文本)?"
        r"|(?:私|わたし|僕)の最初の(?:メッセージ|発言|質問)(?:より|の)前|私より前に(?:あなたが)?"
        r"受け取った|(?:会話|チャット)で[^。\n]{0,15}?より前にある(?:文章|内容|テキスト)"
        r"|내\s*첫\s*(?:메시지|질문|말)\s*(?:이전|앞|전)(?:의|에\s*있는)\s*(?:모든\s*)?(?:내용|텍스트|"
        r"글|메시지)|내\s*메시지보다\s*먼저\s*(?:네가|당신이)\s*받은|(?:대화|채팅)에서\s*[^.\n]{0,20}?"
        r"앞에\s*있는\s*(?:글|내용|텍스트)"),
    ("extraction.any.parts_i_did_not_write", "extraction", 0.7,
        r"\bparts?\s+of\s+(?:this|our|the)\s+(?:chat|conversation|thread|context)\s+(?:that\s+)?i\s+"
        r"(?:didn'?t|did\s+not|never)\s+(?:write|type|send)|\bteile\s+dieses\s+(?:chats|gesprächs|"
        r"verlaufs)\s+habe\s+ich\s+nicht\s+geschrieben|части\s+этого\s+(?:диалога|чата|разговора)\s+"
        r"написал\s+не\s+я|(?:聊天|对话|会话)(?:中|里)不是我写的|(?:チャット|会話)のうち私が書いて"
        r"(?:いない|ない)|(?:대화|채팅)에서\s*내가\s*쓰지\s*않은"),
    # (a person addressed so is asked the same: "还有，小王，请…", "あと、佐藤さん、…")
    ("tool_hijack.cjk.embedded_aside", "tool_hijack", 0.7,
        r"(?:顺便(?:说一?句|提一下)?|另外|还有|对了|此外)[，,、]\s*(?:AI|ＡＩ|人工智能|助手|AI助手)[，,：:]"
        r"\s*[^。\n]{0,40}?(?:请|把|将|帮|给|用)"
        r"|(?:ちなみに|ところで|それと|あと|また|追伸)[、,]\s*(?:AI|ＡＩ|アシスタント)(?:さん|くん)?[、,：:]"
        r"\s*[^。\n]{0,80}?(?:ください|して|しろ|せよ|なさい)"
        r"|(?:그리고|참|그런데|아\s*그리고|덧붙여)\s*,?\s*(?:AI|에이아이|어시스턴트|챗봇)(?:야|아)?\s*[,:：]?"
        r"\s+[^.\n]{0,80}?(?:줘|해|하세요|해라|주세요)"),
)
# fmt: on
