"""Build the map from Traditional to Simplified Chinese characters the injection scanner reads
Traditional Chinese through (``src/kanmon/scan/data/zh_hant.json``).

    .venv/bin/pip download --no-deps --no-binary :all: opencc==1.4.2 -d /tmp/opencc
    .venv/bin/python scripts/build_zh_hant.py /tmp/opencc/opencc-1.4.2.tar.gz

Source: ``data/dictionary/TSCharacters.txt`` of OpenCC 1.4.2 (https://github.com/BYVoid/OpenCC,
Apache-2.0, notice in ``src/kanmon/scan/data/ZH_HANT_NOTICE.txt``): each Traditional character
with its Simplified candidates. Kept: a character whose first candidate is one other character
of the same UTF-8 length (a text read through the map keeps every offset), the key not itself
a first candidate of another key (so a Simplified text is left as it is: 著 stays 著). OpenCC
itself is not a dependency. The output is deterministic.
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "kanmon" / "scan" / "data" / "zh_hant.json"
MEMBER = "opencc-1.4.2/data/dictionary/TSCharacters.txt"


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


def main() -> int:
    with tarfile.open(sys.argv[1]) as tar:
        member = tar.extractfile(MEMBER)
        assert member is not None
        lines = member.read().decode("utf-8").splitlines()
    kept = pairs(lines)
    data = {
        "source": "OpenCC 1.4.2 data/dictionary/TSCharacters.txt (Apache-2.0)",
        "traditional": "".join(k for k, _ in kept),
        "simplified": "".join(v for _, v in kept),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(kept)} characters -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
