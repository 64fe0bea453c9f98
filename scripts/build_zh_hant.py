"""Build the map from Traditional to Simplified Chinese characters the injection scanner reads
Traditional Chinese through (``src/kanmon/scan/data/zh_hant.json``).

    .venv/bin/pip download --no-deps --no-binary :all: opencc==1.4.2 -d /tmp/opencc
    .venv/bin/python scripts/build_zh_hant.py /tmp/opencc/opencc-1.4.2.tar.gz

Source: ``data/dictionary/TSCharacters.txt`` of OpenCC 1.4.2 (https://github.com/BYVoid/OpenCC,
Apache-2.0, notice in ``src/kanmon/scan/data/ZH_HANT_NOTICE.txt``): each Traditional character
with its Simplified candidates. Kept: a character whose first candidate is one other character
of the same UTF-8 length (a text read through the map keeps every offset), the key not itself
a first candidate of another key (so a Simplified text is left as it is: 著 stays 著). And the
characters that mark a text as Traditional Chinese rather than Japanese written in kanji alone
("出席者：佐藤 健、鈴木 美咲" has Traditional characters too): the Traditional forms Japanese
writes in another form (``data/dictionary/JPShinjitaiCharacters.txt``: 會 for 会, 國 for 国, 曉
for 暁) that are keys of the map, and ``CHINESE_ONLY``, characters Japanese does not write.
OpenCC itself is not a dependency. The output is deterministic.
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "kanmon" / "scan" / "data" / "zh_hant.json"
MEMBER = "opencc-1.4.2/data/dictionary/TSCharacters.txt"
JP_MEMBER = "opencc-1.4.2/data/dictionary/JPShinjitaiCharacters.txt"
#: Traditional characters common in Chinese prose that Japanese does not write at all.
CHINESE_ONLY = "們這麼嗎妳裡哪"


def pairs(lines: list[str]) -> list[tuple[str, str]]:
    first: dict[str, str] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        key, values = line.rstrip("\n").split("\t", 1)
        value = values.split(" ")[0].split("#")[0].strip()
        if len(key) == 1 and len(value) == 1 and key != value:
            if len(key.encode()) == len(value.encode()):
                first[key] = value
    simplified = set(first.values())
    return sorted((k, v) for k, v in first.items() if k not in simplified)


def kyujitai(lines: list[str]) -> set[str]:
    """The Traditional forms of the Japanese map that differ from their Japanese form."""
    out: set[str] = set()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        key, values = line.rstrip("\n").split("\t", 1)
        for value in values.split(" "):
            value = value.split("#")[0].strip()
            if len(value) == 1 and value != key:
                out.add(value)
    return out


def read(tar: tarfile.TarFile, name: str) -> list[str]:
    member = tar.extractfile(name)
    assert member is not None
    return member.read().decode("utf-8").splitlines()


def main() -> int:
    with tarfile.open(sys.argv[1]) as tar:
        kept = pairs(read(tar, MEMBER))
        old_forms = kyujitai(read(tar, JP_MEMBER))
    traditional = "".join(k for k, _ in kept)
    marks = sorted((old_forms & set(traditional)) | set(CHINESE_ONLY))
    data = {
        "source": "OpenCC 1.4.2 data/dictionary/TSCharacters.txt and JPShinjitaiCharacters.txt "
        "(Apache-2.0)",
        "traditional": traditional,
        "simplified": "".join(v for _, v in kept),
        "marks": "".join(marks),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(kept)} characters -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
