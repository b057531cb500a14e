#!/usr/bin/env python3
"""Select the sentences of wenxi's own names corpus (issue #21) from ../shared/corpus.

    python3 scripts/corpus/pick.py [--corpus ../shared/corpus] [--pud PUD_SIMP.jsonl] \
        [--out ../annot/selected.jsonl]

Deterministic, stdlib only. Reads tiers A, B1 and B2 of the shared corpus, never tier C
(`news/`). Long documents are split into sentences at 。！？； and line breaks (a closing quote
or bracket stays with its sentence); sentences of 8–250 characters are kept. Sentences are
ranked by a cue score that favours persons and organizations (titles before names, body
suffixes, Latin-script names, transliteration dots, UNER gold where there is one), and taken per
source up to a character budget. The test split is fixed by document with a seeded hash: per
source, documents in hash order go to test until that source has >= TEST_SHARE of its
characters in test (a source of one document goes to test whole).

`--pud` is the UNER zh_pud test set converted to simplified script character for character
(`scripts/corpus/pud_t2s.py`, which needs the pip package opencc-python-reimplemented); without
it PUD is left out.

Each output line: {"id", "text", "source", "doc", "rights", "split", "attribution"?, "note"?,
"uner"?: [[start, end, type, text], ...] (UNER gold, code points)}.
"""
import argparse
import hashlib
import json
import os
import re
import sys

SEED = "wenxi-corpus-2026"
TEST_SHARE = 0.21
MIN_LEN, MAX_LEN = 8, 250

# character budgets per source (code points), and per-document caps for the long sources
BUDGET = {
    "gov/state_council_gov_cn": 64000,
    "gov/work_report_2018_part1": None,      # all
    "gov/gne_state_documents": 4500,
    "gov/laws_lawrefbook": 25000,
    "uner/zh_gsdsimp": 52000,
    "uner/zh_pud": 21000,
    "sentences/tatoeba_cmn": None,          # by count, see TATOEBA_N
}
PER_DOC_CAP = {"gov/laws_lawrefbook": 700, "gov/state_council_gov_cn": 4000}
TATOEBA_N = 400
TATOEBA_ID_RANGE = 250000  # Tatoeba "documents": blocks of sentence ids

RIGHTS_UNER = {
    "uner/zh_gsdsimp": ("cc-by-sa-4.0",
                        "Universal NER v1 (Mayhew et al., NAACL 2024) on UD_Chinese-GSDSimp; "
                        "CC BY-SA 4.0"),
    "uner/zh_pud": ("cc-by-sa-3.0",
                    "Universal NER v1 (Mayhew et al., NAACL 2024) on UD_Chinese-PUD; CC BY-SA 3.0 "
                    "(adaptations under CC BY-SA 4.0, §4(b))"),
}

SPLIT_RE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)\"']*|\n|$)")

# cues (no lists from evaluation sets: generic suffixes and title words only)
TITLES = ("总理", "副总理", "部长", "副部长", "局长", "副局长", "主任", "副主任", "秘书长", "主席",
          "副主席", "书记", "省长", "市长", "县长", "委员", "组长", "副组长", "院长", "校长",
          "总经理", "董事长", "教授", "记者", "研究员", "院士", "先生", "女士", "同志", "总统",
          "首相", "大使", "外长", "教练", "球员", "队长", "司长", "厅长", "主编")
ORG_SUFFIX = ("委员会", "政府", "人大", "政协", "法院", "检察院", "国务院", "办公厅", "部", "委",
              "局", "署", "总局", "银行", "公司", "集团", "大学", "学院", "研究院", "研究所", "医院",
              "协会", "学会", "基金会", "联合会", "俱乐部", "中心", "报社", "电视台", "党", "军",
              "队", "会")
PLACE_SUFFIX = ("省", "市", "县", "区", "镇", "乡", "村", "州", "岛", "江", "河", "湖", "山")
TITLE_RE = re.compile("(?:%s)[\u3000 ]*[\u4e00-\u9fff]{2,3}" % "|".join(
    sorted(TITLES, key=len, reverse=True)))
NAME_TITLE_RE = re.compile("[\u4e00-\u9fff]{2,3}[\u3000 ]{0,3}(?:%s)" % "|".join(
    sorted(TITLES, key=len, reverse=True)))
ORG_RE = re.compile("[\u4e00-\u9fffA-Za-z]{2,}(?:%s)" % "|".join(
    sorted(ORG_SUFFIX, key=len, reverse=True)))
PLACE_RE = re.compile("[\u4e00-\u9fff]{1,4}(?:%s)" % "|".join(PLACE_SUFFIX))
LATIN_RE = re.compile(r"[A-Z][A-Za-z]{2,}")
DOT_RE = re.compile("[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,8}")
# member-list lines of State Council notices: "name<ideographic spaces>post"
LIST_RE = re.compile("^[\u4e00-\u9fff](?:[\u4e00-\u9fff]{1,2}|\u3000[\u4e00-\u9fff])\u3000\u3000")
SPECIFIC_PLACE_RE = re.compile("([\u4e00-\u9fff]{2,3})(?:省|市|自治区|自治州|县|区|镇|江|河|湖)")
GENERIC_CHARS = set("本各全该级上下所在设区直辖地方城乡区域辖其同本外市省县人民")
GENERIC = re.compile("本市|本省|各省|全省|全市|全国|我国|县级以上|有关部门|各级")

# characters that mark a transliterated name in Tatoeba sentences (public knowledge: the usual
# transliteration syllables of foreign names)
TRANSLIT = set("姆玛丽汤约翰杰克逊斯密布朗琼肯尼迪诺艾伦赫特莉萨娜莎琳茜蒂芙妮凯瑟琳乔治鲍勃"
               "彼得保罗露西亚历山大詹森柯林伯莱恩罗伊维尔怀德顿波士伦敦巴黎柏悉澳芝哥")
TRANSLIT_STRONG = set("姆玛丽汤约翰杰克逊斯密鲍勃琼肯迪艾莉萨娜莎琳茜蒂芙妮詹柯伯莱恩伊维怀")
SURNAME_HONORIFIC = re.compile("[\u4e00-\u9fff]{1,2}(?:先生|小姐|太太|女士|老师|教授|医生)")
TRAD_ONLY = set("們這個來說還為會時對國過學後麼裡見頭長開關問門嗎東車電話買賣愛兒氣誰讓聽寫話")


def h(*parts):
    return hashlib.sha256("\x1f".join((SEED,) + parts).encode("utf-8")).hexdigest()


def sentences(text):
    """(start, sentence) pairs, code points, whitespace trimmed."""
    out = []
    for m in SPLIT_RE.finditer(text):
        s = m.group(0)
        if not s.strip():
            continue
        a = m.start() + (len(s) - len(s.lstrip()))
        s = s.strip()
        out.append((a, s))
    return out


def specific_places(s):
    return {g for g in SPECIFIC_PLACE_RE.findall(s) if not (set(g) & GENERIC_CHARS)}


def cue_score(s, strict=False):
    """Name-likeness of a sentence: persons and organizations weigh most. strict (laws): a body
    counts fully only when its name holds a specific place or Latin letters, since statutes
    name kinds of bodies (村民委员会, 人民法院) far more often than particular ones."""
    if GENERIC.search(s) and not (TITLE_RE.search(s) or LIST_RE.search(s)):
        base = -0.5
    else:
        base = 0.0
    per = 0 if strict else len(TITLE_RE.findall(s)) + len(NAME_TITLE_RE.findall(s))
    per += 2 * len(DOT_RE.findall(s))
    per += 3 if LIST_RE.search(s) else 0
    orgs = ORG_RE.findall(s)
    if strict:
        org = sum(1.0 if (specific_places(m) or LATIN_RE.search(m)) else 0.1 for m in orgs)
    else:
        org = len(orgs)
    org += 2 * len(LATIN_RE.findall(s))
    loc = 0 if strict else len(PLACE_RE.findall(s))
    loc += 2 * len(specific_places(s))
    per += s.count("《") * 0.5
    return base + 2.0 * per + 1.0 * org + 0.5 * loc


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def utf16_to_cp(text):
    """Map a UTF-16 offset to a code-point offset."""
    m, u = {}, 0
    for i, c in enumerate(text):
        m[u] = i
        u += 2 if ord(c) > 0xFFFF else 1
    m[u] = len(text)
    return m


UNER_TYPE = {"person": "PER", "place": "LOC", "organization": "ORG"}


def take_budget(cands, budget, cap_per_doc=None):
    """cands: list of (score, tiebreak, rec). Highest score first, until budget characters."""
    cands = sorted(cands, key=lambda c: (-c[0], c[1]))
    chosen, total, per_doc = [], 0, {}
    for score, _, rec in cands:
        if total >= budget:
            break
        n = len(rec["text"])
        if cap_per_doc and per_doc.get(rec["doc"], 0) + n > cap_per_doc:
            continue
        per_doc[rec["doc"]] = per_doc.get(rec["doc"], 0) + n
        chosen.append(rec)
        total += n
    return chosen


def doc_sentences(src, path):
    for d in read_jsonl(path):
        for k, (a, s) in enumerate(sentences(d["text"])):
            if MIN_LEN <= len(s) <= MAX_LEN:
                yield {"id": "%s-s%04d" % (d["id"], k), "text": s, "source": src, "doc": d["id"],
                       "rights": d["rights"], "offset": a}


def select_gov(corpus, src):
    path = os.path.join(corpus, src + ".jsonl")
    recs = list(doc_sentences(src, path))
    if BUDGET[src] is None:
        return recs
    strict = src == "gov/laws_lawrefbook"
    cands = [(cue_score(r["text"], strict) / (len(r["text"]) ** 0.5), h(r["id"]), r) for r in recs]
    cands = [c for c in cands if c[0] > 0] or cands
    return take_budget(cands, BUDGET[src], PER_DOC_CAP.get(src))


def select_uner(path, src, note=None):
    rights, attribution = RIGHTS_UNER[src]
    cands = []
    for d in read_jsonl(path):
        t = d["text"].strip()
        if t != d["text"] or not (MIN_LEN <= len(t) <= MAX_LEN):
            continue
        m = utf16_to_cp(t)
        ents = [[m[e["start"]], m[e["end"]], UNER_TYPE[e["type"]], e["text"]] for e in d["entities"]]
        for e in ents:
            assert t[e[0]:e[1]] == e[3], (d["id"], e)
        rec = {"id": d["id"], "text": t, "source": src, "doc": "%s-%s" % (src.split("/")[1], d["doc"]),
               "rights": rights, "attribution": attribution, "uner": ents}
        if note:
            rec["note"] = note
        w = {"PER": 2.0, "ORG": 2.0, "LOC": 1.0}
        score = sum(w[e[2]] for e in ents) + 0.5 * cue_score(t)
        cands.append((score / (len(t) ** 0.5), h(d["id"]), rec))
    cands = [c for c in cands if c[0] > 0]
    return take_budget(cands, BUDGET[src])


def tatoeba_score(t):
    run, best, strong = 0, 0, False
    for c in t:
        if c in TRANSLIT:
            run += 1
            strong = strong or c in TRANSLIT_STRONG
            best = max(best, run) if strong else best
        else:
            run, strong = 0, False
    s = 2 if best >= 2 else 0
    s += 1 if SURNAME_HONORIFIC.search(t) else 0
    s += 1 if LATIN_RE.search(t) else 0
    return s


def select_tatoeba(corpus):
    src = "sentences/tatoeba_cmn"
    cands = []
    for d in read_jsonl(os.path.join(corpus, src + ".jsonl")):
        t = d["text"].strip()
        if not (MIN_LEN <= len(t) <= MAX_LEN) or any(c in TRAD_ONLY for c in t):
            continue
        sc = tatoeba_score(t)
        if sc < 2:
            continue
        num = int(d["id"].split("-")[1])
        rec = {"id": d["id"], "text": t, "source": src,
               "doc": "tatoeba-ids-%d" % (num // TATOEBA_ID_RANGE), "rights": d["rights"],
               "attribution": d["attribution"]}
        cands.append((sc, h(d["id"]), rec))
    cands.sort(key=lambda c: (-c[0], c[1]))
    return [c[2] for c in cands[:TATOEBA_N]]


def assign_split(recs):
    by_src = {}
    for r in recs:
        by_src.setdefault(r["source"], {}).setdefault(r["doc"], 0)
        by_src[r["source"]][r["doc"]] += len(r["text"])
    test_docs = set()
    for src, docs in sorted(by_src.items()):
        total = sum(docs.values())
        if len(docs) == 1:
            test_docs.update(docs)
            continue
        got = 0
        for doc in sorted(docs, key=lambda d: h(src, d)):
            if got >= TEST_SHARE * total:
                break
            # do not let one huge document swallow the source
            if got + docs[doc] > 0.5 * total and got > 0:
                continue
            test_docs.add(doc)
            got += docs[doc]
    for r in recs:
        r["split"] = "test" if r["doc"] in test_docs else "train"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "..", "shared", "corpus"))
    ap.add_argument("--pud", help="zh_pud test converted to simplified (pud_t2s.py output)")
    ap.add_argument("--out", default="../annot/selected.jsonl")
    args = ap.parse_args()
    c = args.corpus
    recs = []
    for src in ("gov/state_council_gov_cn", "gov/work_report_2018_part1",
                "gov/gne_state_documents", "gov/laws_lawrefbook"):
        recs += select_gov(c, src)
    recs += select_uner(os.path.join(c, "uner/zh_gsdsimp/train.jsonl"), "uner/zh_gsdsimp")
    if args.pud:
        recs += select_uner(args.pud, "uner/zh_pud",
                            note="converted from traditional to simplified script, character for "
                                 "character (opencc t2s); sentences whose length changed dropped")
    recs += select_tatoeba(c)
    # keep document order inside each source: by doc, then by position
    order = {src: i for i, src in enumerate(BUDGET)}
    recs.sort(key=lambda r: (order[r["source"]], r["doc"], r.get("offset", 0), r["id"]))
    ids = set()
    for r in recs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert not r["rights"].startswith("factual-news"), r["id"]
    assign_split(recs)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in recs:
            r.pop("offset", None)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    stats = {}
    for r in recs:
        k = (r["source"], r["split"])
        n, ch = stats.get(k, (0, 0))
        stats[k] = (n + 1, ch + len(r["text"]))
    tot_n = sum(v[0] for v in stats.values())
    tot_c = sum(v[1] for v in stats.values())
    test_c = sum(v[1] for k, v in stats.items() if k[1] == "test")
    for (src, split), (n, ch) in sorted(stats.items()):
        print("%-28s %-5s %5d sentences %7d chars" % (src, split, n, ch))
    print("total %d sentences, %d chars; test %.1f%% of chars" % (tot_n, tot_c, 100.0 * test_c / tot_c))


if __name__ == "__main__":
    sys.exit(main())
