"""wenxi on Apache Spark: every row of a DataFrame analysed on the executors, in Arrow batches.

    >>> from wenxi.spark import analyze
    >>> result = analyze(spark.read.json("articles.jsonl"))   # columns id, text[, reference_date]
    >>> result.select("id", "entities").show()

`analyze` runs `mapInArrow`: each Python worker process creates one `wenxi.Analyzer` the first
time it needs one and keeps it for every later batch and task (Spark reuses its Python workers),
and each Arrow batch goes through `wenxi.arrow.analyze_arrow` with no Python object per token or
entity. The output has one row per input row:

- the id column, unchanged (same name and type; null stays null), when the input has one;
- ``error``: null when the row was analysed, else ``"kind: message"`` (``missing_text`` for a
  null text, ``bad_json`` for a JSON line Spark could not parse, or the core's kinds such as
  ``bad_reference_date`` and ``input_too_long``), and then the lists are empty;
- ``entities``: array<struct<type, start, end, text, value, number, unit, source>>, where
  ``value`` is the normalized value as text (a date's ISO string, a number's decimal form) and
  ``number`` the numeric value when there is one;
- ``tokens``: array<struct<text, start, end, pos>>;
- ``keywords``: array<struct<word, weight>>.

Offsets are code points (Python's and Spark's string indexing) unless ``offsets="utf16"`` (the
CLI's and JavaScript's). Row order is the input's within each partition; write it sorted by the
id if the order matters.

From the command line::

    python -m wenxi.spark INPUT OUTPUT [--master local[N]] [--format jsonl|parquet]
                          [--output-format jsonl|parquet] [--offsets codepoints|utf16]

pyspark is imported inside the functions, so ``import wenxi`` never needs Spark.
"""
import argparse
import functools
import os
import sys
from typing import Optional, Sequence

OUTPUT_COLUMNS = ("error", "entities", "tokens", "keywords")
FORMATS = ("jsonl", "parquet")
# Rows in one Arrow batch between the JVM and a Python worker (Spark's default is 10,000): small
# enough that a batch of long articles stays a few MB, large enough to amortize the round trip.
MAX_RECORDS_PER_BATCH = 1000
# Lines of JSON Lines input read to choose the id's type.
ID_SAMPLE_LINES = 100
# The column Spark fills with a JSON line it could not read.
CORRUPT_RECORD = "_corrupt_record"

_analyzer = None


def get_analyzer():
    """This process's `wenxi.Analyzer`, created on the first call and kept (one per worker)."""
    global _analyzer
    if _analyzer is None:
        import wenxi

        _analyzer = wenxi.Analyzer()
    return _analyzer


def _spark_type(arrow_type):
    """The Spark SQL type of an Arrow type of `wenxi.arrow.SCHEMA`."""
    import pyarrow as pa
    from pyspark.sql import types as T

    if pa.types.is_string(arrow_type):
        return T.StringType()
    if pa.types.is_int32(arrow_type):
        return T.IntegerType()
    if pa.types.is_int64(arrow_type):
        return T.LongType()
    if pa.types.is_float64(arrow_type):
        return T.DoubleType()
    if pa.types.is_boolean(arrow_type):
        return T.BooleanType()
    if pa.types.is_list(arrow_type):
        return T.ArrayType(_spark_type(arrow_type.value_type), containsNull=True)
    if pa.types.is_struct(arrow_type):
        return T.StructType([
            T.StructField(arrow_type.field(i).name, _spark_type(arrow_type.field(i).type), True)
            for i in range(arrow_type.num_fields)
        ])
    raise TypeError(f"no Spark type for the Arrow type {arrow_type}")


def output_schema(id_field=None):
    """The Spark schema of `analyze`'s output: `id_field` (a StructField, or None) first, then
    error, entities, tokens and keywords as in `wenxi.arrow.SCHEMA`."""
    from pyspark.sql import types as T
    from wenxi.arrow import SCHEMA

    fields = [] if id_field is None else [id_field]
    fields += [T.StructField(f.name, _spark_type(f.type), True) for f in SCHEMA]
    return T.StructType(fields)


def _map_batches(batches, *, text_col, id_col, reference_date_col, corrupt_col, offsets, threads, text_name):
    """mapInArrow's function: one output batch per input batch, rows in the same order."""
    import pyarrow as pa

    from wenxi.arrow import analyze_arrow

    analyzer = get_analyzer()
    for batch in batches:
        texts = batch.column(text_col).to_pylist()
        dates = None if reference_date_col is None else batch.column(reference_date_col).to_pylist()
        corrupt = None if corrupt_col is None else batch.column(corrupt_col).to_pylist()
        overrides = {}
        for i, text in enumerate(texts):
            if corrupt is not None and corrupt[i] is not None:
                overrides[i] = "bad_json: not a JSON object with the input's columns and types: " + corrupt[i][:200]
            elif text is None:
                overrides[i] = f"missing_text: the {text_name} column is null"
        if overrides:
            # Those rows get empty lists: analyse an empty text with no date in their place.
            texts = ["" if i in overrides else t for i, t in enumerate(texts)]
            if dates is not None:
                dates = [None if i in overrides else d for i, d in enumerate(dates)]
        result = analyze_arrow(analyzer, texts, dates, offsets=offsets, threads=threads)
        columns = [result.column(name) for name in OUTPUT_COLUMNS]
        if overrides:
            errors = result.column("error").to_pylist()
            for i, message in overrides.items():
                errors[i] = message
            columns[0] = pa.array(errors, type=pa.string())
        names = list(OUTPUT_COLUMNS)
        if id_col is not None:
            columns.insert(0, batch.column(id_col))
            names.insert(0, id_col)
        yield pa.RecordBatch.from_arrays(columns, names=names)


def analyze(df, text_col: str = "text", id_col: Optional[str] = "id",
            reference_date_col: Optional[str] = "reference_date", offsets: str = "codepoints",
            threads: Optional[int] = 1, _corrupt_col: Optional[str] = None):
    """Analyse `df[text_col]` on the executors; one output row per input row (see the module).

    `id_col` is carried through unchanged when `df` has that column (None: never). The
    reference date column is used when `df` has it (a string like ``2021-06-01``, or a date);
    without it relative dates stay unresolved. `threads` is the analyzer threads per Spark
    task: 1, because Spark already runs one task per core (raise it with ``spark.task.cpus``).
    """
    from pyspark.sql import functions as F

    if offsets not in ("codepoints", "utf16"):
        raise ValueError(f'offsets must be "codepoints" or "utf16", not {offsets!r}')
    columns = df.columns
    if text_col not in columns:
        raise ValueError(f"the DataFrame has no column {text_col!r} (columns: {', '.join(columns)})")
    if id_col is not None and id_col not in columns:
        id_col = None
    if id_col in OUTPUT_COLUMNS:
        raise ValueError(f"the id column may not be called {id_col!r}: the output has that column")
    if reference_date_col is not None and reference_date_col not in columns:
        reference_date_col = None
    if _corrupt_col is not None and _corrupt_col not in columns:
        _corrupt_col = None

    # Only the columns the analysis needs go to Python, under fixed internal names.
    selected, id_field = [], None
    if id_col is not None:
        selected.append(F.col(f"`{id_col}`").alias("_wenxi_id"))
        id_field = df.schema[id_col]
    selected.append(F.col(f"`{text_col}`").cast("string").alias("_wenxi_text"))
    if reference_date_col is not None:
        selected.append(F.col(f"`{reference_date_col}`").cast("string").alias("_wenxi_date"))
    if _corrupt_col is not None:
        selected.append(F.col(f"`{_corrupt_col}`").cast("string").alias("_wenxi_corrupt"))

    from pyspark.sql import types as T

    inner_id = None if id_field is None else T.StructField("_wenxi_id", id_field.dataType, True)
    function = functools.partial(
        _map_batches,
        text_col="_wenxi_text",
        id_col=None if id_col is None else "_wenxi_id",
        reference_date_col=None if reference_date_col is None else "_wenxi_date",
        corrupt_col=None if _corrupt_col is None else "_wenxi_corrupt",
        offsets=offsets,
        threads=threads,
        text_name=text_col,
    )
    result = df.select(*selected).mapInArrow(function, output_schema(inner_id))
    if id_col is not None:
        result = result.withColumnRenamed("_wenxi_id", id_col)
    return result


def infer_format(path: str) -> str:
    """jsonl or parquet from a path's extension (.jsonl, .json, .ndjson; .parquet, .pq)."""
    name = path.rstrip("/\\").lower()
    if name.endswith((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz")):
        return "jsonl"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    raise ValueError(f"cannot tell the format of {path!r} from its extension: give --format jsonl or parquet")


def _json_id_type(spark, path: str, id_col: str, lines: int = ID_SAMPLE_LINES) -> str:
    """The Spark type of the ids in the first `lines` lines of JSON Lines: ``bigint`` when every
    id there is an integer, ``double`` when a number, else ``string``."""
    import json

    ids = []
    for row in spark.read.text(path).limit(lines).collect():
        try:
            record = json.loads(row[0])
        except ValueError:
            continue
        if isinstance(record, dict) and record.get(id_col) is not None:
            ids.append(record[id_col])
    numbers = [i for i in ids if isinstance(i, (int, float)) and not isinstance(i, bool)]
    if ids and len(numbers) == len(ids):
        if all(isinstance(i, int) and -(1 << 63) <= i < (1 << 63) for i in numbers):
            return "bigint"
        return "double"
    return "string"


def read(spark, path: str, fmt: str, text_col: str = "text", id_col: str = "id",
         reference_date_col: str = "reference_date"):
    """The input DataFrame: JSON Lines (one object a line) or Parquet.

    JSON Lines are read with a schema rather than Spark's inference (a whole extra pass over the
    input): the text and reference date as strings, the id as the type of the ids on the first
    lines, other fields left out. In PERMISSIVE mode a line that is not a JSON object, or whose
    id is of another type, gets `_corrupt_record` set; `run` makes it an error row."""
    if fmt == "jsonl":
        id_type = _json_id_type(spark, path, id_col)
        schema = (f"`{id_col}` {id_type}, `{text_col}` string, `{reference_date_col}` string, "
                  f"`{CORRUPT_RECORD}` string")
        return (spark.read.schema(schema).option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT_RECORD).json(path))
    if fmt == "parquet":
        return spark.read.parquet(path)
    raise ValueError(f"unknown format {fmt!r}: jsonl or parquet")


def write(df, path: str, fmt: str) -> None:
    """`df` into the directory `path` (replaced), as JSON Lines part files or Parquet."""
    writer = df.write.mode("overwrite")
    if fmt == "jsonl":
        writer.json(path)
    elif fmt == "parquet":
        writer.parquet(path)
    else:
        raise ValueError(f"unknown format {fmt!r}: jsonl or parquet")


def run(spark, input_path: str, output_path: str, input_format: Optional[str] = None,
        output_format: Optional[str] = None, offsets: str = "codepoints",
        text_col: str = "text", id_col: str = "id", reference_date_col: str = "reference_date") -> None:
    """What ``python -m wenxi.spark`` does, in an existing session: read, analyse, write."""
    input_format = input_format or infer_format(input_path)
    output_format = output_format or input_format
    df = read(spark, input_path, input_format, text_col, id_col, reference_date_col)
    if text_col not in df.columns:
        raise ValueError(f"{input_path}: no {text_col!r} column (columns: {', '.join(df.columns)})")
    corrupt = CORRUPT_RECORD if CORRUPT_RECORD in df.columns else None
    result = analyze(df, text_col=text_col, id_col=id_col, reference_date_col=reference_date_col,
                     offsets=offsets, _corrupt_col=corrupt)
    write(result, output_path, output_format)


def session(master: Optional[str] = None, app_name: str = "wenxi"):
    """A SparkSession for wenxi: the given master (else spark-submit's or Spark's default), Arrow
    batches of `MAX_RECORDS_PER_BATCH` rows. In local mode the UI is off and the workers run
    this interpreter (where wenxi is installed) unless PYSPARK_PYTHON says otherwise."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            builder = builder.config("spark.ui.enabled", "false")
            # pyspark starts its workers with $PYSPARK_PYTHON, else `python3` on the PATH,
            # which need not be the interpreter (or virtualenv) wenxi is installed in.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(MAX_RECORDS_PER_BATCH))
    return builder.getOrCreate()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wenxi.spark",
        description="Analyse every row of JSON Lines {id, text, reference_date?} or Parquet with those "
                    "columns on Apache Spark, and write one analysis a row (id, error, entities, tokens, "
                    "keywords). OUTPUT is a directory of part files (Spark's layout), replaced if it exists.",
    )
    parser.add_argument("input", metavar="INPUT", help="a JSON Lines or Parquet file or directory")
    parser.add_argument("output", metavar="OUTPUT", help="the output directory")
    parser.add_argument("--master", help="Spark master, e.g. local[4] (default: spark-submit's, else local[*])")
    parser.add_argument("--format", choices=FORMATS, help="input format (default: from INPUT's extension)")
    parser.add_argument("--output-format", choices=FORMATS, help="output format (default: the input's)")
    parser.add_argument("--offsets", choices=("codepoints", "utf16"), default="codepoints",
                        help="offset units: code points (default) or UTF-16 code units (the CLI's)")
    args = parser.parse_args(argv)
    try:
        input_format = args.format or infer_format(args.input)
    except ValueError as e:
        parser.error(str(e))
    spark = session(args.master)
    try:
        run(spark, args.input, args.output, input_format, args.output_format, args.offsets)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
