"""Chinese names without a cue: a common surname, a given name, and word edges on both sides
from jieba's dictionary; surnames inside ordinary words, place names and Japanese kanji are no
names."""

from __future__ import annotations

import pytest

from kanmon.scan._name_lists import zh_words
from tests.scan._names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("赵国栋昨天把方案发给了大家。", ["赵国栋"]),
        ("这份材料请交给孙雅琴，她会统一归档。", ["孙雅琴"]),
        ("周日我和郑浩然去看了展览。", ["郑浩然"]),
        ("报名名单：韩梅、吴志强、欧阳晓峰。", ["韩梅", "吴志强", "欧阳晓峰"]),
        ("罗晓明的请假条已经批了。", ["罗晓明"]),
        ("项目延期的原因杨帆说得很清楚。", ["杨帆"]),
    ],
)  # fmt: skip
def test_names_in_running_text(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "今天大家都很高兴，周末的方案也定了。",  # 高兴, 周末, 方案: a surname starting a word
        "对方已经确认了合同金额和付款时间。",  # 对方: a surname ending a word
        "我们从王府井出发，下午到张家口。",  # places
        "黄金价格上涨，石油和钢铁也在涨。",
        "马上把文件夹里的白色表格打印出来。",
        "会議の前に高橋さんの資料を読んでください。",  # Japanese: the Japanese recognizers' text
        "本周的工作重点是安全检查和温度记录。",
    ],
)
def test_words_with_surname_characters_are_no_names(text: str) -> None:
    found = [n for n in names(text) if n != "高橋"]
    assert found == [], found


def test_the_word_data_holds_what_the_rules_read() -> None:
    z = zh_words()
    assert {"高兴", "周末", "方案", "对方", "下午", "昨天"} <= z.words
    assert {"王", "李", "张", "欧"} <= z.surnames and "欧阳" in z.compound
    assert {"建", "华", "明", "芳"} <= z.given
    assert "和" not in z.surnames  # above all a conjunction: found with a cue only
