from typing import Any, Literal, Optional, Sequence, TypedDict, Union

Offsets = Literal["codepoints", "utf16"]
WordType = Literal["person", "place", "organization", "other"]
MAX_INPUT_BYTES: int

class Token(TypedDict):
    text: str
    start: int
    end: int
    pos: str

class Sentence(TypedDict):
    start: int
    end: int

class Keyword(TypedDict):
    word: str
    weight: float

class Entity(TypedDict, total=False):
    type: str
    start: int
    end: int
    text: str
    value: Union[int, float, str]
    unit: str
    source: str
    approx: bool
    noun: str
    kind: str
    si: dict[str, Any]
    min: float
    max: float
    points: bool
    # date spans, relative dates, lunar and recurring dates, bylines, places
    unresolved: str
    lunar: bool
    recurring: bool
    role: str
    name: str
    code: str
    path: list[str]
    parts: list[str]

class Analysis(TypedDict):
    tokens: list[Token]
    sentences: list[Sentence]
    entities: list[Entity]
    keywords: list[Keyword]

class WenxiError(ValueError):
    kind: str
    message: str
    def __init__(self, kind: str, message: str) -> None: ...

class Analyzer:
    def __init__(self) -> None: ...
    def analyze(
        self, text: str, reference_date: Optional[str] = None, offsets: Offsets = "codepoints", model: bool = False
    ) -> Analysis: ...
    def analyze_batch(
        self,
        texts: Sequence[str],
        reference_dates: Optional[Sequence[Optional[str]]] = None,
        threads: Optional[int] = None,
        offsets: Offsets = "codepoints",
        model: bool = False,
    ) -> list[Analysis]: ...
    def add_word(self, word: str, type: WordType, freq: Optional[int] = None) -> None: ...
    def remove_word(self, word: str) -> bool: ...
    def reset_dictionary(self) -> None: ...
    def export_dictionary(self) -> str: ...
    def import_dictionary(self, dictionary: Union[str, dict[str, Any]]) -> None: ...
