#!/usr/bin/env python3
"""Convert UNER zh_pud (traditional script) to simplified, character for character.

    ../annot/venv/bin/python scripts/corpus/pud_t2s.py ../shared/corpus/uner/zh_pud/test.jsonl \
        ../annot/zh_pud_simp.jsonl

Needs the pip package `opencc-python-reimplemented` (config t2s), in a local venv; not a
dependency of wenxi. A sentence is kept only when its converted text has the same length in code
points and in UTF-16 units as the original, so UNER's gold offsets stay valid; every entity is
re-checked against the converted text. Phrase-level conversions that change the length drop the
sentence (the count is printed).
"""
import json
import sys

from opencc import OpenCC


def u16(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def main(src, dst):
    cc = OpenCC("t2s")
    kept = dropped = 0
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            d = json.loads(line)
            t = cc.convert(d["text"])
            if len(t) != len(d["text"]) or u16(t) != u16(d["text"]):
                dropped += 1
                continue
            ents = []
            ok = True
            for e in d["entities"]:
                # offsets are UTF-16 in the source; lengths are equal unit for unit
                pre = d["text"]
                cp, u = 0, 0
                m = {}
                for i, c in enumerate(pre):
                    m[u] = i
                    u += 2 if ord(c) > 0xFFFF else 1
                m[u] = len(pre)
                s = t[m[e["start"]]:m[e["end"]]]
                if len(s) != len(e["text"]):
                    ok = False
                ents.append(dict(e, text=s))
            if not ok:
                dropped += 1
                continue
            d["text"] = t
            d["entities"] = ents
            d["converted"] = "opencc t2s"
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            kept += 1
    print("kept %d, dropped %d (length changed)" % (kept, dropped))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
