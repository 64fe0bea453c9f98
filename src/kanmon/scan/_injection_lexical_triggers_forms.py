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
    r"(?:word|phrase)\s+\S+\s+(?:forever|infinitely|endlessly|[0-9]{4,}\s+times)|повторя|くりかえ"
)
