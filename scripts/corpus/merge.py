#!/usr/bin/env python3
"""Assemble the annotators' corrected batches into data/corpus/{train,test}.jsonl.

    python3 scripts/corpus/merge.py [--done ../annot/done] [--out data/corpus] [--allow-missing]

Stdlib only. Reads every ../annot/done/batch-NN.jsonl: the batch lines (id, text, source, doc,
rights, split, attribution?, cands, merged) with the annotator's final
`"entities": [{"start", "end", "type", "text", "uncertain"?}]` (code points, half-open). A line
with `"skip": true` is left out. A line without `entities` is an error (an unread sentence must
not become a sentence without names), as is a batch file missing next to the others in
../annot/batches unless --allow-missing is given.

Writes the format of ../shared/eval/ner_msra/test.jsonl (`id`, `text`, `entities` with `start`,
`end`, `type`, `text`), plus `source`, `doc`, `rights`, and `attribution` / `note` where the
source needs them; `uncertain: true` is kept on the entity. Candidates and proposals (`cands`,
`merged`) are dropped: LAC's output never enters the repository. Lines are sorted by source, doc
and id. Run scripts/corpus/check.py afterwards.
"""
import argparse
import glob
import json
import os
import sys

KEEP = ("id", "text", "entities", "source", "doc", "rights", "attribution", "note")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--done", default="../annot/done")
    ap.add_argument("--batches", default="../annot/batches")
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "data", "corpus"))
    ap.add_argument("--allow-missing", action="store_true")
    args = ap.parse_args()
    done = sorted(glob.glob(os.path.join(args.done, "batch-*.jsonl")))
    errors = []
    expected = sorted(os.path.basename(p) for p in glob.glob(os.path.join(args.batches, "batch-*.jsonl")))
    missing = [b for b in expected if b not in {os.path.basename(p) for p in done}]
    if missing and not args.allow_missing:
        errors.append("not done yet: %s (use --allow-missing to merge what there is)" % ", ".join(missing))
    out = {"train": [], "test": []}
    skipped = 0
    for path in done:
        orig = {}
        bpath = os.path.join(args.batches, os.path.basename(path))
        if os.path.exists(bpath):
            for line in open(bpath, encoding="utf-8"):
                d = json.loads(line)
                orig[d["id"]] = d
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            where = "%s:%d (%s)" % (path, n, d.get("id"))
            if d.get("skip"):
                skipped += 1
                continue
            if orig and d["id"] not in orig:
                errors.append("%s: id not in the batch" % where)
            elif orig and orig[d["id"]]["text"] != d["text"]:
                errors.append("%s: text was changed" % where)
            if "entities" not in d:
                errors.append("%s: no entities field (not annotated?)" % where)
                continue
            ents = []
            for e in d["entities"]:
                x = {"start": e["start"], "end": e["end"], "type": e["type"],
                     "text": d["text"][e["start"]:e["end"]]}
                if e.get("text") is not None and e["text"] != x["text"]:
                    errors.append("%s: entity text %r does not match the span %r" % (where, e["text"], x["text"]))
                if e.get("uncertain"):
                    x["uncertain"] = True
                ents.append(x)
            d["entities"] = sorted(ents, key=lambda e: (e["start"], e["end"]))
            split = d.get("split")
            if split not in out:
                errors.append("%s: split %r" % (where, split))
                continue
            out[split].append({k: d[k] for k in KEEP if k in d})
        orig.clear()
    for e in errors[:50]:
        print("ERROR", e, file=sys.stderr)
    if errors:
        print("%d error(s); nothing written" % len(errors))
        return 1
    os.makedirs(args.out, exist_ok=True)
    for split, recs in out.items():
        recs.sort(key=lambda r: (r["source"], r.get("doc", ""), r["id"]))
        with open(os.path.join(args.out, split + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%s: %d sentences, %d entities" % (split, len(recs), sum(len(r["entities"]) for r in recs)))
    print("skipped %d sentence(s) marked skip; now run scripts/corpus/check.py" % skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
