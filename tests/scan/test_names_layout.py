"""Names the layout of a message gives away (a chat line's speaker, a signature's name line,
"Surname Given です"), Chinese titles after a name, "Herrn" before one; and phone numbers after
a main-line word or a Japanese carrier's international prefix."""

from __future__ import annotations

import pytest

from kanmon.scan import ScanSet

SCAN = ScanSet.from_names(["pii", "names"])


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in SCAN.scan(text) if f.entity == entity]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[12:07] Наталья: проверь доступ с адреса 10.0.54.201", "Наталья"),
        ("[09:41] Anna Weber: the build is green", "Anna Weber"),
        ("12:07 - Michael Brown: on my way", "Michael Brown"),
        ("群聊记录 [20:31] 赵磊：明天开会别迟到", "赵磊"),
        ("[9:13] 森 さくら: よろしく", "森 さくら"),
        ("[오후 3:12] 정하늘: 서버 재부팅했어요", "정하늘"),
        ("此致\n敬礼\n何俊杰\n市场部", "何俊杰"),
        ("감사합니다.\n윤성호 드림\n010-7720-3158", "윤성호"),
        ("株式会社サンプル 営業部\n加藤 真理子\nTEL 045-221-7063", "加藤 真理子"),
        ("渡辺 翔太です。本日の会議資料を共有します。", "渡辺 翔太"),
        ("黄志强博士已加入我们的研发团队。", "黄志强"),
        ("登录异常，账号持有人孙丽。", "孙丽"),
        ("Sie erreichen Herrn Tobias Brandl unter 08921557640.", "Tobias Brandl"),
    ],
)
def test_a_name_the_layout_gives_away_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "[12:07] System: restart scheduled",
        "[09:41] Build: failed on step 3",
        "[9:12] 注意: サーバーを再起動します",
        "[오후 3:12] 공지: 점검 예정",
        "[10:00] 管理员: 好的",
        "[오전 9:00] 관리자: 네",
        "[10:00] 王: 好",
        "此致\n敬礼\n市场部\n",
        "明日です。よろしくお願いします。",
        "아메리칸 드림 이야기",
    ],
)
def test_the_same_layout_without_a_name_reports_none(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("대표번호 02-3142-8870 내선 215로 연락 주세요.", "02-3142-8870"),
        (
            "米国オフィスへは日本から001-010-1-646-555-0173でつながります。",
            "001-010-1-646-555-0173",
        ),
        ("代表06-6345-2190 内線342", "06-6345-2190"),
    ],
)
def test_main_line_words_and_carrier_prefixes_keep_the_number_a_phone(
    text: str, number: str
) -> None:
    assert any(number in p for p in found(text, "PHONE"))


def test_a_number_word_alone_still_makes_an_id() -> None:
    assert found("주문번호 02-3142-8870", "PHONE") == []
