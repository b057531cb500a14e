#!/usr/bin/env python3
"""Check wenxi's names corpus: data/corpus/train.jsonl and data/corpus/test.jsonl.

    python3 scripts/corpus/check.py [--dir data/corpus] [--min-test 0.20]

Stdlib only. Errors (exit status 1 if any):
- a line that is not JSON, or lacks id, text, entities, source or rights;
- an id seen twice (across both files);
- a span out of range or empty, `text[start:end] != entity.text` (code points, half-open), a type
  other than PER/LOC/ORG/WORK, an `uncertain` that is not a boolean;
- spans not sorted by (start, end), or crossing or nested (the names layer is flat);
- tier-C rights (factual-news-copyright-uncertain) or a source under news/;
- a Tatoeba line without attribution, a CC BY-SA line without attribution;
- a document (`doc`) in both splits;
- a test split below --min-test of all characters.
Prints sentences, characters and entities per split, per type and per source.
"""
import argparse
import json
import os
import sys
from collections import Counter, defaultdict

TYPES = ("PER", "LOC", "ORG", "WORK")
TIER_C = "factual-news-copyright-uncertain"


def check_file(path, split, seen, errors, stats, docs):
    if not os.path.exists(path):
        errors.append("%s: missing" % path)
        return
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = "%s:%d" % (path, n)
            if not line.strip():
                errors.append("%s: empty line" % where)
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append("%s: not JSON (%s)" % (where, e))
                continue
            miss = [k for k in ("id", "text", "entities", "source", "rights") if k not in r]
            if miss:
                errors.append("%s: missing %s" % (where, ", ".join(miss)))
                continue
            rid, text = r["id"], r["text"]
            where += " (%s)" % rid
            if rid in seen:
                errors.append("%s: id also at %s" % (where, seen[rid]))
            seen[rid] = where
            if not isinstance(text, str) or not text:
                errors.append("%s: empty text" % where)
                continue
            if r["rights"] == TIER_C or str(r["source"]).startswith("news/"):
                errors.append("%s: tier C text may not be in the repository" % where)
            if (r["source"].startswith("sentences/tatoeba") or r["rights"].startswith("cc-by")) \
                    and not r.get("attribution"):
                errors.append("%s: %s needs an attribution" % (where, r["rights"]))
            doc = r.get("doc", rid)
            docs[doc].add(split)
            prev = None
            for e in r["entities"]:
                try:
                    s, x, ty, et = e["start"], e["end"], e["type"], e["text"]
                except (KeyError, TypeError):
                    errors.append("%s: entity without start/end/type/text: %r" % (where, e))
                    continue
                if not (isinstance(s, int) and isinstance(x, int) and 0 <= s < x <= len(text)):
                    errors.append("%s: span %r out of range (len %d)" % (where, [s, x], len(text)))
                    continue
                if text[s:x] != et:
                    errors.append("%s: text[%d:%d] = %r, entity says %r" % (where, s, x, text[s:x], et))
                if ty not in TYPES:
                    errors.append("%s: type %r" % (where, ty))
                if "uncertain" in e and not isinstance(e["uncertain"], bool):
                    errors.append("%s: uncertain must be true/false" % where)
                if prev is not None:
                    if (s, x) < prev:
                        errors.append("%s: spans not sorted at %r" % (where, et))
                    elif s < prev[1]:
                        errors.append("%s: spans cross or nest: %r" % (where, et))
                prev = (s, x)
                stats["ents"][(split, ty)] += 1
                if e.get("uncertain"):
                    stats["uncertain"][split] += 1
            stats["sents"][(split, r["source"])] += 1
            stats["chars"][(split, r["source"])] += len(text)


def provenance(corpus_dir, sources_dir, errors):
    """Every sentence comes from the license-clean text it names (`source` is a file of
    ../shared/corpus without `.jsonl`, or a folder of them): its text occurs there verbatim, or, for UNER PUD (converted
    to simplified script), the record of the same id has the same length. So the corpus holds no
    text from anywhere else (the research sets in ../shared/eval share common official phrases with
    these public documents, which leak_check.py reports; this check shows where each line is from).
    """
    texts, by_id, checked = {}, {}, 0
    for split in ("train", "test"):
        for line in open(os.path.join(corpus_dir, split + ".jsonl"), encoding="utf-8"):
            r = json.loads(line)
            src = r["source"]
            if src not in texts:
                # A file, or a folder of split files (uner/zh_gsdsimp/{train,dev,test}.jsonl).
                path = os.path.join(sources_dir, src)
                paths = [path + ".jsonl"] if os.path.exists(path + ".jsonl") else sorted(
                    os.path.join(path, f) for f in (os.listdir(path) if os.path.isdir(path) else [])
                    if f.endswith(".jsonl"))
                if not paths:
                    errors.append("%s: source %s is not in %s" % (r["id"], src, sources_dir))
                    texts[src] = None
                    continue
                records = [json.loads(l) for p in paths for l in open(p, encoding="utf-8")]
                texts[src] = "\n".join(x["text"] for x in records)
                by_id[src] = {x["id"]: x["text"] for x in records if "id" in x}
            if texts[src] is None:
                continue
            if src == "uner/zh_pud":
                original = by_id[src].get(r["id"])
                if original is None or len(original) != len(r["text"]):
                    errors.append("%s: no record of that id and length in %s" % (r["id"], src))
            elif r["text"] not in texts[src]:
                errors.append("%s: its text is not in %s" % (r["id"], src))
            checked += 1
    print("provenance: %d sentences found in their sources" % checked)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--dir", default=os.path.join(here, "..", "..", "data", "corpus"))
    ap.add_argument("--min-test", type=float, default=0.20)
    ap.add_argument("--sources", help="also check every sentence against ../shared/corpus (this folder)")
    args = ap.parse_args()
    errors, seen = [], {}
    stats = {"ents": Counter(), "sents": Counter(), "chars": Counter(), "uncertain": Counter()}
    docs = defaultdict(set)
    for split in ("train", "test"):
        check_file(os.path.join(args.dir, split + ".jsonl"), split, seen, errors, stats, docs)
    both = sorted(d for d, s in docs.items() if len(s) > 1)
    for d in both:
        errors.append("document %s is in both splits" % d)
    chars = {sp: sum(v for k, v in stats["chars"].items() if k[0] == sp) for sp in ("train", "test")}
    total = sum(chars.values())
    share = chars["test"] / total if total else 0.0
    if total and share < args.min_test:
        errors.append("test split is %.1f%% of characters, below %.0f%%" % (100 * share, 100 * args.min_test))
    for sp in ("train", "test"):
        n = sum(v for k, v in stats["sents"].items() if k[0] == sp)
        print("%-5s %5d sentences %7d chars  %s  (uncertain %d)" % (
            sp, n, chars[sp],
            "  ".join("%s %d" % (t, stats["ents"][(sp, t)]) for t in TYPES), stats["uncertain"][sp]))
        for (s2, src), k in sorted(stats["sents"].items()):
            if s2 == sp:
                print("      %-28s %5d sentences %7d chars" % (src, k, stats["chars"][(sp, src)]))
    print("test share of characters: %.1f%%" % (100 * share))
    if args.sources:
        provenance(args.dir, args.sources, errors)
    for e in errors[:50]:
        print("ERROR", e, file=sys.stderr)
    if len(errors) > 50:
        print("… %d more errors" % (len(errors) - 50), file=sys.stderr)
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
