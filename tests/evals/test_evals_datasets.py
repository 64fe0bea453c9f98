"""Datasets: three formats, one version per content; stored idempotently; CLI add/list/show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kanmon.cli import evals as evals_cli
from kanmon.errors import EvalError
from kanmon.evals import EvalStore, Item, PromptTemplate, load_dataset, load_suite
from kanmon.store import Database, migrate

ROWS = [
    {"id": "a", "input": "What is 2+2?", "target": "4", "lang": "en", "tags": ["math"]},
    {"id": "b", "input": "수도는?", "target": "서울", "lang": "ko", "expect": {"tol": 1}},
]


def write_all(tmp_path: Path) -> list[Path]:
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS))
    yml = tmp_path / "d.yaml"
    yml.write_text(
        "items:\n"
        "  - {lang: en, id: a, target: '4', input: 'What is 2+2?', tags: [math]}\n"
        "  - {id: b, input: '수도는?', target: 서울, lang: ko, expect: {tol: 1}}\n"
    )
    csv = tmp_path / "d.csv"
    csv.write_text(
        "id,input,target,lang,tags,expect\n"
        "a,What is 2+2?,4,en,math,\n"
        'b,수도는?,서울,ko,,"{""tol"": 1}"\n'
    )
    return [jsonl, yml, csv]


def test_same_items_same_version_in_every_format(tmp_path: Path) -> None:
    versions = {load_dataset(p, "d").version for p in write_all(tmp_path)}
    assert len(versions) == 1
    changed = tmp_path / "e.jsonl"
    changed.write_text(json.dumps({**ROWS[0], "target": "5"}) + "\n")
    assert load_dataset(changed, "d").version not in versions


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"id": "a"}\n', "needs `input` or `messages`"),
        ('{"id": "a", "input": "x"}\n{"id": "a", "input": "y"}\n', "appears twice"),
        ('{"id": "a", "input": "x", "colour": 1}\n', "colour"),
        ("{not json\n", "cannot parse"),
    ],
)
def test_invalid_datasets_name_file_and_item(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text(text)
    with pytest.raises(EvalError, match=message) as e:
        load_dataset(p)
    assert "bad.jsonl" in str(e.value)


def test_templates_are_versioned_and_strict() -> None:
    t = PromptTemplate(
        "Q: {{ input }}\n{% for c in choices %}{{ loop.index }}. {{ c }}\n{% endfor %}"
    )
    msgs = t.messages(Item(id="x", input="pick", choices=("a", "b"), system="sys"))
    assert msgs == [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": "Q: pick\n1. a\n2. b\n"},
    ]
    assert len(t.version) == 64 and t.version != PromptTemplate("{{ input }}").version
    with pytest.raises(EvalError, match="undefined"):
        PromptTemplate("{{ missing }}").messages(Item(id="x", input="q"))
    with pytest.raises(EvalError, match="line 1"):
        PromptTemplate("{% for %}")


def test_store_is_idempotent_per_version(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    store = EvalStore(db)
    jsonl, yml, _ = write_all(tmp_path)
    a = store.add_dataset(load_dataset(jsonl, "d"))
    b = store.add_dataset(load_dataset(yml, "d"))
    assert a.version == b.version and len(store.datasets("d")) == 1
    loaded = store.load_dataset("d", a.version[:8])
    assert loaded.version == a.version and loaded.items[1].lang == "ko"
    with pytest.raises(EvalError, match="no dataset"):
        store.load_dataset("d", "ffff")
    db.close()


def test_cli_dataset_add_list_show(tmp_path: Path, eval_config: Path) -> None:
    runner = CliRunner()
    jsonl = write_all(tmp_path)[0]
    r = runner.invoke(
        evals_cli.app, ["dataset", "add", str(jsonl), "--name", "mine", "-c", str(eval_config)]
    )
    assert r.exit_code == 0, r.output
    version = load_dataset(jsonl).version
    assert r.output.startswith(f"mine@{version[:12]}  2 items")
    r = runner.invoke(evals_cli.app, ["dataset", "list", "-c", str(eval_config)])
    assert r.exit_code == 0 and "mine" in r.output and version[:12] in r.output
    r = runner.invoke(
        evals_cli.app, ["dataset", "show", f"mine@{version[:6]}", "-c", str(eval_config)]
    )
    assert r.exit_code == 0 and version in r.output and "수도는?" in r.output


def test_builtin_suites_are_valid_and_mapped_to_risks() -> None:
    from kanmon.evals._builtin import builtin_suite_files

    for path in builtin_suite_files():
        suite = load_suite(path)
        assert suite.risks and all(
            r.startswith(("OWASP-LLM", "NIST-AI-600-1:")) for r in suite.risks
        )
        assert len(suite.dataset.items) >= 6
        assert 0 < suite.threshold <= 1
