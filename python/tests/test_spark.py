"""wenxi.spark in Spark local mode against the native CLI on the same input, row by row.

Input: the sample article (www/sample.txt) whole and paragraph by paragraph, and made-up
sentences with astral characters (𠮷, emoji), an empty text and a bad reference date.
"""
import glob
import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import utf16_to_codepoints

import wenxi
import wenxi.spark

# Made up for these tests (never taken from an evaluation set).
SENTENCES = [
    ("𠮷野家在2023年3月5日卖出了三百五十份牛肉饭😀,价格12.5元。", "2024-01-02"),
    ("😀😀 明天下午三点在𠮷祥路开会,预计到场120人。", "2021-06-01"),
    ("", None),
    ("下周一在郑州见面。", "2021-13-45"),  # not a date: an error row
    ("王小明去年5月6日在郑州市金水区买了一套房,花了八十五万元。", "2022-03-01"),
    ("第七届运动会于2019年10月在武汉举行,共有3000余名运动员参赛。", None),
    ("👨‍👩‍👧一家三口于3月8日去了北京,玩了3天,花费约4500元。", "2020-01-01"),
    ("周三上午9时,张局长在市政府会议室主持召开会议,出席率达到91.6%。", None),
    ("臺北市政府今天公布,明年預算為1.5億元。", "2020-07-15"),
    ("𠮷𠮷𠮷\n\n今年上半年全市接待游客26万人次。😀", "2021-08-01"),
]


@pytest.fixture(scope="session")
def rows(repo):
    """[{id, text, reference_date}]: the sample whole, its paragraphs, then SENTENCES."""
    sample = (repo / "www" / "sample.txt").read_text(encoding="utf-8")
    texts = [(sample, "2021-06-01")]
    texts += [(p.strip(), None) for p in sample.split("\n\n") if p.strip()]
    texts += SENTENCES
    return [{"id": i, "text": t, "reference_date": d} for i, (t, d) in enumerate(texts, start=1)]


@pytest.fixture(scope="session")
def input_jsonl(rows, tmp_path_factory):
    """The rows as JSON Lines; rows without a reference date leave the key out."""
    path = tmp_path_factory.mktemp("input") / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            record = {k: v for k, v in row.items() if v is not None}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


class Number(str):
    """A number of the CLI's JSON, kept as its text: the text wenxi.spark's `value` must have."""


def cli_lines(cli, path):
    """The CLI's analyses of a JSON Lines file by id (numbers as `Number`)."""
    out = subprocess.run([str(cli), "analyze", "--jsonl", str(path)], capture_output=True, text=True,
                         encoding="utf-8")
    lines = [json.loads(line, parse_int=Number, parse_float=Number) for line in out.stdout.splitlines()]
    return {int(line["id"]): line for line in lines if line.get("id") is not None}


@pytest.fixture(scope="session")
def cli_results(cli, input_jsonl, rows):
    results = cli_lines(cli, input_jsonl)
    assert sorted(results) == [row["id"] for row in rows]
    # The CLI refuses exactly the row with the bad reference date.
    assert [i for i, r in results.items() if "error" in r] == \
        [row["id"] for row in rows if row["reference_date"] == "2021-13-45"]
    return results


@pytest.fixture(scope="session")
def spark():
    from pyspark.sql import SparkSession

    # Workers run this interpreter (where wenxi is installed), not whatever python3 is first on the PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("wenxi-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               # Small Arrow batches: the sample's paragraphs span several batches per task.
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "16")
               .getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="session")
def input_df(spark, rows):
    return spark.createDataFrame(rows, "id long, text string, reference_date string").repartition(3)


def analysed(df):
    """analyze()'s rows as dicts by id."""
    return {row["id"]: row.asDict(recursive=True) for row in df.collect()}


def expected_entities(cli_row, text, codepoints):
    """The CLI's entities as (type, start, end, text, value, number, unit, source), offsets
    converted to code points or not: the value as the CLI's JSON text, the number when it is one."""
    def unit(u):
        return utf16_to_codepoints(text, int(u)) if codepoints else int(u)

    def number(value):
        return float(value) if isinstance(value, Number) else None

    return [(e["type"], unit(e["start"]), unit(e["end"]), e["text"], e.get("value"), number(e.get("value")),
             e.get("unit"), e.get("source")) for e in cli_row["entities"]]


def got_entities(row):
    return [(e["type"], e["start"], e["end"], e["text"], e["value"], e["number"], e["unit"], e["source"])
            for e in row["entities"]]


def assert_same_as_cli(got, rows, cli_results, codepoints):
    assert sorted(got) == [row["id"] for row in rows]
    for row in rows:
        mine, theirs, text = got[row["id"]], cli_results[row["id"]], row["text"]
        if "error" in theirs:
            assert (mine["error"] or "").startswith("bad_reference_date: "), row
            assert mine["entities"] == [] and mine["tokens"] == [] and mine["keywords"] == []
            continue
        assert mine["error"] is None, row
        assert got_entities(mine) == expected_entities(theirs, text, codepoints), row["id"]
        unit = (lambda u: utf16_to_codepoints(text, int(u))) if codepoints else int
        assert [(t["text"], t["start"], t["end"], t["pos"]) for t in mine["tokens"]] == \
            [(t["text"], unit(t["start"]), unit(t["end"]), t["pos"]) for t in theirs["tokens"]]
        assert [(k["word"], k["weight"]) for k in mine["keywords"]] == \
            [(k["word"], float(k["weight"])) for k in theirs["keywords"]]


def test_the_entities_are_the_clis_in_code_points(input_df, rows, cli_results):
    got = analysed(wenxi.spark.analyze(input_df))
    assert sum(len(r["entities"]) for r in got.values()) > 300
    assert_same_as_cli(got, rows, cli_results, codepoints=True)


def test_the_entities_are_the_clis_in_utf16_units(input_df, rows, cli_results):
    got = analysed(wenxi.spark.analyze(input_df, offsets="utf16"))
    assert_same_as_cli(got, rows, cli_results, codepoints=False)


def test_code_point_offsets_index_python_strings_on_astral_text(input_df, rows):
    got = analysed(wenxi.spark.analyze(input_df))
    astral = [row for row in rows if any(ord(c) > 0xFFFF for c in row["text"])]
    assert len(astral) == 4
    for row in rows:
        text, result = row["text"], got[row["id"]]
        assert all(text[e["start"]:e["end"]] == e["text"] for e in result["entities"])
        assert all(text[t["start"]:t["end"]] == t["text"] for t in result["tokens"])


def test_the_output_schema_is_typed_and_nested(input_df):
    from pyspark.sql import types as T

    schema = wenxi.spark.analyze(input_df).schema
    assert schema.names == ["id", "error", "entities", "tokens", "keywords"]
    assert schema["id"].dataType == T.LongType()
    entity = schema["entities"].dataType.elementType
    assert [(f.name, f.dataType) for f in entity.fields] == [
        ("type", T.StringType()), ("start", T.IntegerType()), ("end", T.IntegerType()),
        ("text", T.StringType()), ("value", T.StringType()), ("number", T.DoubleType()),
        ("unit", T.StringType()), ("source", T.StringType())]
    token = schema["tokens"].dataType.elementType
    assert token.names == ["text", "start", "end", "pos"]
    keyword = schema["keywords"].dataType.elementType
    assert [(f.name, f.dataType) for f in keyword.fields] == [("word", T.StringType()), ("weight", T.DoubleType())]


def test_other_column_names_types_and_no_id(spark):
    from pyspark.sql import functions as F

    df = spark.createDataFrame(
        [("a", "今天下午3点开会。", "2021-06-01"), (None, "去年营收477万元。", "2022-01-05"), ("c", None, None)],
        "key string, body string, day string",
    ).withColumn("day", F.to_date("day"))
    result = wenxi.spark.analyze(df, text_col="body", id_col="key", reference_date_col="day")
    rows = sorted(result.collect(), key=lambda r: r["key"] or "")
    # A date column is read as its ISO text: the same analyses as the binding's with strings.
    analyzer = wenxi.Analyzer()
    expected = [analyzer.analyze(t, reference_date=d)["entities"]
                for t, d in [("去年营收477万元。", "2022-01-05"), ("今天下午3点开会。", "2021-06-01")]]
    assert [(r["key"], r["error"], [(e["text"], e["start"], e["end"], e["value"]) for e in r["entities"]])
            for r in rows] == [
        (None, None, [(e["text"], e["start"], e["end"], str(e.get("value"))) for e in expected[0]]),
        ("a", None, [(e["text"], e["start"], e["end"], e.get("value")) for e in expected[1]]),
        ("c", "missing_text: the body column is null", []),
    ]
    assert expected[0] and expected[1]
    without_id = wenxi.spark.analyze(df.select("body"), text_col="body")
    assert without_id.columns == ["error", "entities", "tokens", "keywords"]


def test_one_analyzer_per_python_worker_across_tasks_and_batches(input_df):
    """Each worker process makes one Analyzer and keeps it for every batch of every task."""
    from pyspark.sql import types as T

    schema = T.StructType(wenxi.spark.output_schema().fields + [
        T.StructField("pid", T.LongType()), T.StructField("analyzer", T.LongType())])

    def tagged(batches):
        for batch in wenxi.spark._map_batches(
                batches, text_col="text", id_col=None, reference_date_col=None, corrupt_col=None,
                offsets="codepoints", threads=1, text_name="text"):
            n = batch.num_rows
            batch = batch.append_column("pid", pa.array([os.getpid()] * n, pa.int64()))
            yield batch.append_column("analyzer", pa.array([id(wenxi.spark._analyzer)] * n, pa.int64()))

    # 6 tasks of about 54 rows, each in several Arrow batches of 16 rows, on 2 task slots.
    df = input_df.select("text").crossJoin(input_df.sparkSession.range(4)).select("text").repartition(6)
    pairs = {(r["pid"], r["analyzer"]) for r in df.mapInArrow(tagged, schema).select("pid", "analyzer").collect()}
    pids = {pid for pid, _ in pairs}
    # One analyzer per process, and processes that ran more than one task kept theirs.
    assert len(pairs) == len(pids) < 6


def test_importing_wenxi_spark_does_not_need_pyspark():
    code = "import sys; sys.modules['pyspark'] = None; import wenxi, wenxi.spark; print(wenxi.spark.infer_format('a.jsonl'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "jsonl"


def run_module(*args):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    return subprocess.run([sys.executable, "-m", "wenxi.spark", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=600)


def read_jsonl_dir(path):
    lines = []
    for part in sorted(glob.glob(os.path.join(path, "part-*.json"))):
        with open(part, encoding="utf-8") as f:
            lines += [json.loads(line) for line in f if line.strip()]
    return lines


def test_module_end_to_end_on_json_lines(tmp_path, input_jsonl, rows, cli_results):
    # Lines Spark cannot read (not JSON; an id of another type than on the first 100 lines)
    # become error rows without an id, a line without a text an error row with its id; the
    # other rows are the CLI's.
    bad_lines = ["not json", '{"id": "x7", "text": "今天"}']
    padding = [json.dumps({"id": 1000 + i, "text": ""}) for i in range(wenxi.spark.ID_SAMPLE_LINES)]
    source = tmp_path / "in.jsonl"
    source.write_text(input_jsonl.read_text(encoding="utf-8") + "\n".join(padding + bad_lines + ['{"id": 999}'])
                      + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = run_module(source, out, "--master", "local[2]")
    assert done.returncode == 0, done.stderr[-3000:]
    lines = read_jsonl_dir(out)
    ids = {row["id"] for row in rows}
    errors = sorted(((line.get("id"), line["error"]) for line in lines if "error" in line and line.get("id") not in ids),
                    key=lambda e: (e[0] is not None, e))
    prefix = "bad_json: not a JSON object with the input's columns and types: "
    assert errors == [(None, prefix + line) for line in sorted(bad_lines)] + \
        [(999, "missing_text: the text column is null")]
    got = {}
    for line in lines:
        if line.get("id") in ids:
            # write.json leaves null fields out.
            line["error"] = line.get("error")
            for e in line["entities"]:
                for key in ("value", "number", "unit", "source"):
                    e.setdefault(key, None)
            got[line["id"]] = line
    assert_same_as_cli(got, rows, cli_results, codepoints=True)


def test_module_end_to_end_on_parquet_in_utf16(tmp_path, rows, cli_results):
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=pa.schema(
        [("id", pa.int64()), ("text", pa.string()), ("reference_date", pa.string())])), source)
    out = tmp_path / "out.parquet"
    done = run_module(source, out, "--master", "local[2]", "--offsets", "utf16")
    assert done.returncode == 0, done.stderr[-3000:]
    table = pq.read_table(out)
    assert table.schema.field("entities").type.value_type.field("start").type == pa.int32()
    got = {row["id"]: row for row in table.to_pylist()}
    assert_same_as_cli(got, rows, cli_results, codepoints=False)


def test_module_refuses_an_input_of_unknown_format(tmp_path):
    done = run_module(tmp_path / "articles.txt", tmp_path / "out")
    assert done.returncode == 2 and "--format" in done.stderr
