"""The Python binding against the CLI and by hand: the same analysis, offsets in both units."""
import json

import pytest
import wenxi
import wenxi.arrow
from conftest import utf16_to_codepoints


@pytest.fixture(scope="module")
def analyzer():
    return wenxi.Analyzer()


def spans(entities):
    return [(e["type"], e["start"], e["end"], e["text"], e.get("value"), e.get("unit")) for e in entities]


def test_the_sample_gives_the_clis_entities_in_both_units(analyzer, repo, run_cli):
    text = (repo / "www" / "sample.txt").read_text(encoding="utf-8")
    cli = run_cli([text])[0]
    assert len(cli["entities"]) > 100
    utf16 = analyzer.analyze(text, offsets="utf16")
    assert utf16["entities"] == cli["entities"]
    assert utf16["tokens"] == cli["tokens"]
    points = analyzer.analyze(text)
    assert len(points["entities"]) == len(cli["entities"])
    for mine, theirs in zip(points["entities"], cli["entities"]):
        assert mine["start"] == utf16_to_codepoints(text, theirs["start"])
        assert mine["end"] == utf16_to_codepoints(text, theirs["end"])
        assert text[mine["start"]:mine["end"]] == mine["text"] == theirs["text"]
        assert mine.get("value") == theirs.get("value")


def test_offsets_on_astral_text_worked_out_by_hand(analyzer):
    # 𠮷 (U+20BB7) and 😀 are one code point and two UTF-16 units each.
    text = "𠮷𠮷记者 高洪驰报道 😀😀资金477万元。"
    points = {e["text"]: (e["start"], e["end"]) for e in analyzer.analyze(text)["entities"]}
    utf16 = {e["text"]: (e["start"], e["end"]) for e in analyzer.analyze(text, offsets="utf16")["entities"]}
    # 𠮷𠮷记者␠ is 5 code points, 7 units; 高洪驰 follows.
    assert points["高洪驰"] == (5, 8) and utf16["高洪驰"] == (7, 10)
    # 报道␠😀😀资金 after it: 10 code points from 高 (5 + 3 + 7 = 15), 14 units (7 + 3 + 9 = 19).
    assert points["477万元"] == (15, 20) and utf16["477万元"] == (19, 24)
    units = text.encode("utf-16-le")
    for name, (start, end) in utf16.items():
        assert units[2 * start:2 * end].decode("utf-16-le") == name
        assert text[points[name][0]:points[name][1]] == name
    tokens = analyzer.analyze(text)["tokens"]
    assert all(text[t["start"]:t["end"]] == t["text"] for t in tokens)


def test_a_batch_is_the_texts_one_by_one_in_order(analyzer):
    texts = [f"第{n}届运动会于2021年{n % 12 + 1}月开幕，{n}名运动员参加，次日张伟夺冠。" for n in range(1, 120)]
    texts += ["", "𠮷", "今天下雨"]
    dates = [None if n % 3 else "2021-06-01" for n in range(len(texts))]
    one_by_one = [analyzer.analyze(t, reference_date=d) for t, d in zip(texts, dates)]
    assert analyzer.analyze_batch(texts, reference_dates=dates, threads=2) == one_by_one
    assert analyzer.analyze_batch(texts, reference_dates=dates) == one_by_one
    assert analyzer.analyze_batch([]) == []


def test_errors_are_wenxi_errors_with_the_kinds_of_the_other_bindings(analyzer):
    cases = [
        (lambda: analyzer.analyze("a" * (wenxi.MAX_INPUT_BYTES + 1)), "input_too_long"),
        (lambda: analyzer.analyze("今天", reference_date="2021-02-30"), "bad_reference_date"),
        (lambda: analyzer.analyze("今天", offsets="bytes"), "bad_options"),
        (lambda: analyzer.analyze_batch(["a", "b"], reference_dates=[None]), "bad_options"),
        (lambda: analyzer.analyze_batch(["今天"], reference_dates=["June"]), "bad_reference_date"),
        (lambda: analyzer.add_word("", "person"), "bad_user_word"),
        (lambda: analyzer.add_word("王明", "robot"), "bad_word_type"),
        (lambda: analyzer.add_word("王明", "person", 0), "bad_user_word"),
        (lambda: analyzer.import_dictionary("not json"), "bad_user_dictionary"),
        (lambda: analyzer.import_dictionary({"version": 2, "words": []}), "bad_user_dictionary"),
    ]
    for call, kind in cases:
        with pytest.raises(wenxi.WenxiError) as caught:
            call()
        assert caught.value.kind == kind
        assert isinstance(caught.value, ValueError)
        assert str(caught.value).startswith(kind + ": ")
    with pytest.raises(TypeError):
        analyzer.analyze(42)
    # Still works after every refusal.
    assert [e["text"] for e in analyzer.analyze("记者 高洪驰")["entities"]] == ["高洪驰"]


def test_the_user_dictionary_changes_the_analysis_and_survives_a_round_trip():
    analyzer = wenxi.Analyzer()
    text = "文析工坊今天发布了新产品。"
    assert all(e["text"] != "文析工坊" for e in analyzer.analyze(text)["entities"])
    analyzer.add_word("文析工坊", "organization")
    found = [e for e in analyzer.analyze(text)["entities"] if e["text"] == "文析工坊"]
    assert [(e["type"], e["source"]) for e in found] == [("organization", "user")]
    exported = analyzer.export_dictionary()
    assert json.loads(exported) == {"version": 1, "words": [{"word": "文析工坊", "type": "organization", "freq": 10000}]}
    # A refused import changes nothing.
    with pytest.raises(wenxi.WenxiError):
        analyzer.import_dictionary({"version": 1, "words": [{"word": "", "type": "person", "freq": 1}]})
    assert analyzer.export_dictionary() == exported
    assert analyzer.remove_word("文析工坊") is True
    assert analyzer.remove_word("文析工坊") is False
    analyzer.import_dictionary(exported)
    assert analyzer.export_dictionary() == exported
    analyzer.reset_dictionary()
    assert json.loads(analyzer.export_dictionary())["words"] == []


def test_the_arrow_batch_holds_the_dicts_analyses(analyzer, repo):
    texts = (repo / "www" / "sample.txt").read_text(encoding="utf-8").split("\n\n")[:40] + ["𠮷资金3万元", None, "今天"]
    dates = [None] * (len(texts) - 1) + ["bad"]
    batch = wenxi.arrow.analyze_arrow(analyzer, texts, dates, threads=2)
    assert batch.schema == wenxi.arrow.SCHEMA and batch.num_rows == len(texts)
    errors = batch.column("error").to_pylist()
    assert errors[:-1] == [None] * (len(texts) - 1)
    assert errors[-1].startswith("bad_reference_date: ")
    entities, tokens = batch.column("entities").to_pylist(), batch.column("tokens").to_pylist()
    assert entities[-1] == [] and tokens[-1] == []
    for text, got, words in zip(texts[:-1], entities, tokens):
        want = analyzer.analyze(text or "")
        assert words == want["tokens"]
        assert len(got) == len(want["entities"])
        for g, w in zip(got, want["entities"]):
            assert (g["type"], g["start"], g["end"], g["text"], g["unit"], g["source"]) == \
                (w["type"], w["start"], w["end"], w["text"], w.get("unit"), w.get("source"))
            value = w.get("value")
            if isinstance(value, (int, float)):
                assert g["number"] == value and float(g["value"]) == value
            else:
                assert g["number"] is None and g["value"] == value


def test_a_large_input_comes_in_several_batches_that_hold_the_same(analyzer, monkeypatch):
    texts = [f"第{n}届运动会有{n}名运动员，资金{n}万元。" for n in range(1, 30)] + [None, ""]
    whole = wenxi.arrow.analyze_arrow(analyzer, texts)
    # 4 bytes a code point bound each text; 100 bytes hold one or two of these texts a batch.
    monkeypatch.setattr(wenxi.arrow, "MAX_BATCH_BYTES", 100)
    batches = list(wenxi.arrow.iter_arrow(analyzer, texts))
    assert len(batches) > 10
    assert sum(b.num_rows for b in batches) == len(texts)
    assert [row for b in batches for row in b.to_pylist()] == whole.to_pylist()
    assert [b.num_rows for b in wenxi.arrow.iter_arrow(analyzer, [])] == [0]
