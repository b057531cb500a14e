"""文析 wenxi: Chinese text analysis from the same Rust core as the wenxi CLI and the browser.

    >>> import wenxi
    >>> analyzer = wenxi.Analyzer()
    >>> analysis = analyzer.analyze("记者 高洪驰\\n7个乡镇获得资金477万元。")
    >>> [(e["type"], e["text"]) for e in analysis["entities"]][:2]
    [('person', '高洪驰'), ('quantity', '7个')]

`analyze` returns the CLI's JSON shape as a dict (tokens, sentences, entities, keywords).
Offsets are code points by default, so ``text[e["start"]:e["end"]] == e["text"]``;
``offsets="utf16"`` gives the UTF-16 units of JavaScript and the CLI. `analyze_batch` runs on
every core with the GIL released. Errors are `WenxiError` with the same `kind` as in the other
bindings. `wenxi.spark` runs it on Apache Spark.
"""


class WenxiError(ValueError):
    """An input wenxi refuses, with a stable `kind`: ``input_too_long``, ``bad_reference_date``,
    ``bad_options``, ``bad_user_word``, ``bad_word_type``, ``bad_user_dictionary``."""

    def __init__(self, kind: str, message: str):
        super().__init__(kind, message)
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


from ._wenxi import MAX_INPUT_BYTES, Analyzer  # noqa: E402  (WenxiError first: the core raises it)

__all__ = ["Analyzer", "WenxiError", "MAX_INPUT_BYTES"]
