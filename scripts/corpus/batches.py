#!/usr/bin/env python3
"""Pre-label the selected sentences and cut them into annotators' batches.

    python3 scripts/corpus/batches.py --selected ../annot/selected.jsonl \
        [--wenxi target/release/wenxi] [--lac ../annot/lac_out.jsonl] \
        [--out ../annot/batches] [--n 6]

Stdlib only. Candidates per sentence, kept per source so the annotator sees where they agree:
- `wenxi`: the analyzer's names (`wenxi analyze --jsonl`, UTF-16 offsets converted to code
  points; person/place/organization/work → PER/LOC/ORG/WORK; figures skipped);
- `uner`: UNER gold where the sentence has it (pick.py already converted it);
- `lac`: Baidu LAC spans, read from a file made on the annotator's machine (a local tool only:
  its output never enters the repository, and the batches stay outside it);
- `brackets`: the text inside 《》, which the guideline makes WORK.
`merged` is the starting proposal: a flat union, taken in this order, a span dropped when it
crosses or nests with one already taken: brackets, UNER gold, spans on which wenxi and LAC agree
(same start, end and type), wenxi alone, LAC alone. Offsets are code points, half-open.

Batches: whole documents, about equal characters, each a mix of sources. `agree.jsonl` holds 150
sentences of batches 01 and 02 (75 each, seeded) for a second, independent annotation.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

from pick import utf16_to_cp

SEED = "wenxi-corpus-2026"
TYPES = {"person": "PER", "place": "LOC", "organization": "ORG", "work": "WORK"}
BRACKET_RE = re.compile("《([^《》\n]+)》")
AGREE_PER_BATCH = 75


def h(*parts):
    return hashlib.sha256("\x1f".join((SEED,) + parts).encode("utf-8")).hexdigest()


def run_wenxi(binary, recs):
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n"
                  for r in recs)
    out = subprocess.run([binary, "analyze", "--jsonl", "--threads", "1"], input=inp.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    res = {}
    for line, r in zip(out.splitlines(), recs):
        a = json.loads(line)
        assert a["id"] == r["id"], (a.get("id"), r["id"])
        t = r["text"]
        m = utf16_to_cp(t)
        spans = []
        for e in a.get("entities", []):
            if e["type"] not in TYPES:
                continue
            s, x = m[e["start"]], m[e["end"]]
            assert t[s:x] == e["text"], (r["id"], e)
            spans.append([s, x, TYPES[e["type"]], e["text"]])
        res[r["id"]] = sorted(spans)
    return res


def brackets(text):
    return [[m.start(1), m.end(1), "WORK", m.group(1)] for m in BRACKET_RE.finditer(text)]


def merge(c):
    taken = []

    def free(s):
        return all(s[1] <= t[0] or s[0] >= t[1] for t in taken)

    lac_keys = {tuple(s[:3]) for s in c.get("lac", [])}
    wenxi_keys = {tuple(s[:3]) for s in c.get("wenxi", [])}
    order = (c.get("brackets", []), c.get("uner", []),
             [s for s in c.get("wenxi", []) if tuple(s[:3]) in lac_keys],
             c.get("wenxi", []),
             [s for s in c.get("lac", []) if tuple(s[:3]) not in wenxi_keys])
    for group in order:
        for s in sorted(group, key=lambda s: (s[0], -(s[1] - s[0]))):
            if s[1] > s[0] and free(s):
                taken.append(list(s))
    return sorted(taken)


def make_batches(recs, n):
    docs = {}
    for r in recs:
        docs.setdefault((r["source"], r["doc"]), []).append(r)
    size = {k: sum(len(r["text"]) for r in v) for k, v in docs.items()}
    # sources with the biggest documents first, then largest-first within a source, each document
    # to the batch with the fewest characters so far
    by_src = {}
    for k in docs:
        by_src.setdefault(k[0], []).append(k)
    src_order = sorted(by_src, key=lambda s: (-max(size[k] for k in by_src[s]), s))
    totals = [0] * n
    where = {}
    for s in src_order:
        for k in sorted(by_src[s], key=lambda k: (-size[k], h(*k))):
            b = min(range(n), key=lambda i: (totals[i], i))
            where[k] = b
            totals[b] += size[k]
    batches = [[] for _ in range(n)]
    for k in sorted(docs, key=lambda k: h("order", *k)):
        batches[where[k]].extend(docs[k])
    return batches


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--selected", default="../annot/selected.jsonl")
    ap.add_argument("--wenxi", default="target/release/wenxi")
    ap.add_argument("--lac", help="LAC spans per id (made locally; never committed)")
    ap.add_argument("--out", default="../annot/batches")
    ap.add_argument("--n", type=int, default=6)
    args = ap.parse_args()
    recs = [json.loads(l) for l in open(args.selected, encoding="utf-8")]
    wx = run_wenxi(args.wenxi, recs)
    lac = {}
    if args.lac:
        for line in open(args.lac, encoding="utf-8"):
            d = json.loads(line)
            lac[d["id"]] = d["lac"]
    lines = []
    for r in recs:
        c = {"wenxi": wx[r["id"]], "uner": r.get("uner", []), "lac": lac.get(r["id"], [])}
        for s in c["uner"] + c["lac"]:
            assert r["text"][s[0]:s[1]] == s[3], (r["id"], s)
        br = brackets(r["text"])
        if br:
            c["brackets"] = br
        line = {"id": r["id"], "text": r["text"], "source": r["source"], "doc": r["doc"],
                "rights": r["rights"], "split": r["split"], "cands": c, "merged": merge(c)}
        for k in ("attribution", "note"):
            if k in r:
                line[k] = r[k]
        lines.append(line)
    os.makedirs(args.out, exist_ok=True)
    batches = make_batches(lines, args.n)
    for i, b in enumerate(batches, 1):
        with open(os.path.join(args.out, "batch-%02d.jsonl" % i), "w", encoding="utf-8") as f:
            for line in b:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        src = {}
        for line in b:
            src[line["source"]] = src.get(line["source"], 0) + len(line["text"])
        print("batch-%02d: %4d sentences %6d chars  %s" % (
            i, len(b), sum(len(x["text"]) for x in b),
            ", ".join("%s %d" % (s.split("/")[-1], n) for s, n in sorted(src.items()))))
    agree = []
    for i in (0, 1):
        pick = sorted(batches[i], key=lambda x: h("agree", x["id"]))[:AGREE_PER_BATCH]
        agree += [dict(x, batch="batch-%02d" % (i + 1)) for x in pick]
    with open(os.path.join(args.out, "agree.jsonl"), "w", encoding="utf-8") as f:
        for line in agree:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "agree_ids.txt"), "w", encoding="utf-8") as f:
        for line in agree:
            f.write("%s\t%s\n" % (line["batch"], line["id"]))
    print("agree.jsonl: %d sentences from batch-01 and batch-02" % len(agree))


if __name__ == "__main__":
    sys.exit(main())
