#!/usr/bin/env python3
"""Span-level agreement between two annotations of the same sentences.

    python3 scripts/corpus/agreement.py A.jsonl B.jsonl [--ignore-uncertain]

Stdlib only. A and B are JSONL files with `id` and `entities` ([{start, end, type, text}] or
[[start, end, type, text]]), for example the first annotator's done batches 01 and 02 and the
second annotator's done/agree.jsonl. Only ids present in both files count (the count is printed).
A span agrees when start, end and type are equal. F1 is symmetric (A as gold and B as prediction,
or the other way round, give the same F1). Reported per type and overall (micro), plus the span
agreement ignoring type. With --ignore-uncertain, a span either side marked uncertain is left out
on both sides (as the scorer treats it: don't care).
"""
import argparse
import json
import sys
from collections import Counter


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        if d.get("skip") or "entities" not in d:
            continue
        spans = []
        for e in d["entities"]:
            if isinstance(e, dict):
                spans.append((e["start"], e["end"], e["type"], bool(e.get("uncertain"))))
            else:
                spans.append((e[0], e[1], e[2], False))
        out[d["id"]] = spans
    return out


def prf(tp, na, nb):
    p = tp / nb if nb else 0.0
    r = tp / na if na else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", nargs="+", help="first annotation file(s), then the second after --b")
    ap.add_argument("--b", required=True, nargs="+", help="second annotation file(s)")
    ap.add_argument("--ignore-uncertain", action="store_true")
    args = ap.parse_args()
    A, B = {}, {}
    for p in args.a:
        A.update(load(p))
    for p in args.b:
        B.update(load(p))
    ids = sorted(set(A) & set(B))
    if not ids:
        print("no common ids")
        return 1
    tp, na, nb = Counter(), Counter(), Counter()
    tp_u = na_u = nb_u = 0
    for i in ids:
        a, b = A[i], B[i]
        if args.ignore_uncertain:
            unc = {(s, e) for s, e, _, u in a + b if u}
            a = [x for x in a if (x[0], x[1]) not in unc]
            b = [x for x in b if (x[0], x[1]) not in unc]
        sa = {(s, e, t) for s, e, t, _ in a}
        sb = {(s, e, t) for s, e, t, _ in b}
        for x in sa:
            na[x[2]] += 1
        for x in sb:
            nb[x[2]] += 1
        for x in sa & sb:
            tp[x[2]] += 1
        ua, ub = {x[:2] for x in sa}, {x[:2] for x in sb}
        tp_u += len(ua & ub)
        na_u += len(ua)
        nb_u += len(ub)
    print("%d sentences annotated in both (%d only in A, %d only in B)" % (
        len(ids), len(set(A) - set(B)), len(set(B) - set(A))))
    for t in sorted(set(na) | set(nb)):
        p, r, f = prf(tp[t], na[t], nb[t])
        print("%-6s F1 %.4f  (A %d, B %d, both %d)" % (t, f, na[t], nb[t], tp[t]))
    p, r, f = prf(sum(tp.values()), sum(na.values()), sum(nb.values()))
    print("%-6s F1 %.4f  (A %d, B %d, both %d)" % ("ALL", f, sum(na.values()), sum(nb.values()), sum(tp.values())))
    p, r, f = prf(tp_u, na_u, nb_u)
    print("%-6s F1 %.4f  (spans only, type ignored)" % ("SPAN", f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
