"""The analyses of many texts as one Arrow record batch, built from the core's buffers with no
Python object per token or entity: what `wenxi.spark` hands to Spark, and what a Parquet or
pandas user can take as it is.

    >>> import wenxi, wenxi.arrow
    >>> batch = wenxi.arrow.analyze_arrow(wenxi.Analyzer(), ["资金477万元。"])
    >>> batch.column("entities").to_pylist()[0][0]["number"]
    4770000.0

Columns (`SCHEMA`): ``error`` (null, or ``"kind: message"`` for a text the core refused, whose
lists are then empty), ``entities`` (type, start, end, text, value as text, number when the value
is one, unit, source), ``tokens`` (text, start, end, pos) and ``keywords`` (word, weight).
Offsets are code points unless ``offsets="utf16"``.
"""
from typing import Iterator, Optional, Sequence

import pyarrow as pa

ENTITY = pa.struct([
    ("type", pa.string()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
    ("value", pa.string()),
    ("number", pa.float64()),
    ("unit", pa.string()),
    ("source", pa.string()),
])
TOKEN = pa.struct([("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("pos", pa.string())])
KEYWORD = pa.struct([("word", pa.string()), ("weight", pa.float64())])
SCHEMA = pa.schema([
    ("error", pa.string()),
    ("entities", pa.list_(ENTITY)),
    ("tokens", pa.list_(TOKEN)),
    ("keywords", pa.list_(KEYWORD)),
])

# Texts of one call to the core at most, in UTF-8 bytes (bounded from above): its string
# columns (at most a few times the text) stay under Arrow's 2 GiB per column.
MAX_BATCH_BYTES = 256 << 20


def _buffer(data: Optional[bytes]) -> Optional[pa.Buffer]:
    return None if data is None else pa.py_buffer(data)


def _strings(column, length: int) -> pa.Array:
    offsets, data, valid = column
    return pa.StringArray.from_buffers(length, pa.py_buffer(offsets), pa.py_buffer(data), _buffer(valid))


def _numbers(kind: pa.DataType, data: bytes, length: int, valid: Optional[bytes] = None) -> pa.Array:
    return pa.Array.from_buffers(kind, length, [_buffer(valid), pa.py_buffer(data)])


def _lists(offsets: bytes, rows: int, values: pa.StructArray) -> pa.ListArray:
    return pa.ListArray.from_arrays(_numbers(pa.int32(), offsets, rows + 1), values)


def _batch(c: dict) -> pa.RecordBatch:
    rows = c["rows"]
    n = len(c["entity_start"]) // 4
    entities = pa.StructArray.from_arrays([
        _strings(c["entity_type"], n),
        _numbers(pa.int32(), c["entity_start"], n),
        _numbers(pa.int32(), c["entity_end"], n),
        _strings(c["entity_text"], n),
        _strings(c["entity_value"], n),
        _numbers(pa.float64(), c["entity_number"][0], n, c["entity_number"][1]),
        _strings(c["entity_unit"], n),
        _strings(c["entity_source"], n),
    ], fields=list(ENTITY))
    n = len(c["token_start"]) // 4
    tokens = pa.StructArray.from_arrays([
        _strings(c["token_text"], n),
        _numbers(pa.int32(), c["token_start"], n),
        _numbers(pa.int32(), c["token_end"], n),
        _strings(c["token_pos"], n),
    ], fields=list(TOKEN))
    n = len(c["keyword_weight"]) // 8
    keywords = pa.StructArray.from_arrays([
        _strings(c["keyword_word"], n),
        _numbers(pa.float64(), c["keyword_weight"], n),
    ], fields=list(KEYWORD))
    return pa.RecordBatch.from_arrays([
        _strings(c["error"], rows),
        _lists(c["entity_offsets"], rows, entities),
        _lists(c["token_offsets"], rows, tokens),
        _lists(c["keyword_offsets"], rows, keywords),
    ], schema=SCHEMA)


def iter_arrow(analyzer, texts: Sequence[Optional[str]], reference_dates: Optional[Sequence[Optional[str]]] = None,
               offsets: str = "codepoints", threads: Optional[int] = None) -> Iterator[pa.RecordBatch]:
    """The analyses of `texts` (None is an empty text) as record batches of consecutive texts,
    in order, each of at most `MAX_BATCH_BYTES` of text; every core works on each batch
    (`threads` to choose) with the GIL released."""
    texts = list(texts)
    dates = None if reference_dates is None else list(reference_dates)
    if dates is not None and len(dates) != len(texts):
        from . import WenxiError
        raise WenxiError("bad_options", f"{len(dates)} reference dates for {len(texts)} texts")
    # Four bytes a code point at most: a bound on each text's UTF-8 size without encoding it.
    sizes = [4 * len(t or "") for t in texts]
    start = 0
    while True:
        end, size = start, 0
        # At least one text a batch, however long.
        while end < len(texts) and (end == start or size + sizes[end] <= MAX_BATCH_BYTES):
            size += sizes[end]
            end += 1
        part = None if dates is None else dates[start:end]
        yield _batch(analyzer._analyze_columns(texts[start:end], part, threads, offsets))
        if end >= len(texts):
            return
        start = end


def analyze_arrow(analyzer, texts: Sequence[Optional[str]], reference_dates: Optional[Sequence[Optional[str]]] = None,
                  offsets: str = "codepoints", threads: Optional[int] = None) -> pa.RecordBatch:
    """The analyses of `texts` as one record batch (see `iter_arrow` for batches of a large input)."""
    batches = list(iter_arrow(analyzer, texts, reference_dates, offsets, threads))
    if len(batches) == 1:
        return batches[0]
    return pa.Table.from_batches(batches, schema=SCHEMA).combine_chunks().to_batches()[0]
