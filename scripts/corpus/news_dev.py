#!/usr/bin/env python3
"""The news dev set: hand-annotated names on the tier-C news pages of ../shared/corpus, kept in the
repository by reference only (those pages may not be redistributed).

    python3 scripts/corpus/news_dev.py docs OUT_DIR [--corpus ../shared/corpus]
    python3 ../shared/eval/tools/score.py gold OUT_DIR/*.json --cmd "target/release/wenxi analyze --jsonl"

`data/corpus/news-dev.ref.jsonl` holds one sentence a line: `doc` (the record id in
`news/gne_fixtures.jsonl`), `start`/`end` (code points in the record's `text`), `sha256` (of the
sentence), `entities` as `[start, end, type, uncertain]` in code points of the sentence, types
PER/LOC/ORG/WORK. `docs` rebuilds one gold document per page (its annotated sentences joined by
line breaks, offsets in UTF-16 code units as `score.py gold` reads them) and fails if a sentence
no longer matches its hash. `check` only verifies the references. Stdlib only.

A dev set: read its errors and tune on it; it is never trained on, and no weights or lists are
derived from its text. It was annotated by two annotators on 2026-12-07 (1,391 sentences, 56,220
characters, 39 pages; 150 sentences annotated twice: span F1 0.977).
"""
import argparse
import hashlib
import json
import os
import sys

REF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "corpus", "news-dev.ref.jsonl")


def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def load(corpus):
    pages = {}
    with open(os.path.join(corpus, "news", "gne_fixtures.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            pages[r["id"]] = r["text"]
    refs = [json.loads(l) for l in open(REF, encoding="utf-8") if l.strip()]
    errors = []
    docs = {}
    for n, r in enumerate(refs, 1):
        text = pages.get(r["doc"], "")[r["start"]:r["end"]]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != r["sha256"]:
            errors.append("line %d: %s %d-%d does not match its sha256" % (n, r["doc"], r["start"], r["end"]))
            continue
        docs.setdefault(r["doc"], []).append((text, r["entities"]))
    return docs, errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["docs", "check"])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--corpus", default=os.path.join("..", "shared", "corpus"))
    args = ap.parse_args()
    docs, errors = load(args.corpus)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        sys.exit(1)
    if args.command == "check":
        print("%d pages, %d sentences: references match" % (len(docs), sum(len(v) for v in docs.values())))
        return
    if not args.out:
        ap.error("docs needs OUT_DIR")
    os.makedirs(args.out, exist_ok=True)
    for doc, sentences in docs.items():
        text, entities = "", []
        for sentence, spans in sentences:
            if text:
                text += "\n"
            base = utf16_len(text)
            for start, end, kind, uncertain in spans:
                s = base + utf16_len(sentence[:start])
                e = {"type": kind, "start": s, "end": s + utf16_len(sentence[start:end]), "text": sentence[start:end]}
                if uncertain:
                    e["uncertain"] = True
                entities.append(e)
            text += sentence
        with open(os.path.join(args.out, doc + ".json"), "w", encoding="utf-8") as f:
            json.dump({"text": text, "entities": entities}, f, ensure_ascii=False)
    print("%d documents written to %s" % (len(docs), args.out))


if __name__ == "__main__":
    main()
