#!/usr/bin/env python3
"""Turn compact decisions into the batch's `entities`, checking every one.

usage: apply.py BATCH DECISIONS OUT [--partial]
With --partial, sentences without a decision yet are left out of OUT (for a batch in progress).
DECISIONS: one line per sentence, in any order, blank lines and lines starting with // ignored:
    ID<TAB>=                      the proposal (merged) as it is
    ID<TAB>-                      no names
    ID<TAB>skip                   leave the sentence out (garbled, not Chinese)
    ID<TAB>name/PER 张伟/PER ...   the names, in order of their place in the text
A name is `text/TYPE`, TYPE one of PER LOC ORG WORK; `?` after the type marks it uncertain
(`李明达/PER?`). Names are found left to right: the second 张伟/PER is the next 张伟 after the first
one's end (so list repeated names once per occurrence, in text order). To jump over an occurrence
that is not a name, use `text/SKIP`. A name containing a space or a slash: write it with
`\\s` / `\\/`, an ideographic space (U+3000) as `\\i`.
Every line of BATCH must have a decision; OUT gets the batch's lines with `entities` added.
"""
import json, sys

TYPES = {'PER', 'LOC', 'ORG', 'WORK'}

def parse(line):
    rid, _, rest = line.partition('\t')
    return rid.strip(), rest.strip()

def main():
    batch, decisions, out = sys.argv[1:4]
    partial = '--partial' in sys.argv[4:]
    rows = [json.loads(l) for l in open(batch, encoding='utf-8') if l.strip()]
    want = {}
    for n, line in enumerate(open(decisions, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('//'):
            continue
        rid, rest = parse(line)
        if not rest:
            sys.exit(f'{decisions}:{n}: no decision for {rid} (use = - skip or names)')
        want[rid] = (n, rest)
    errors = []
    done = []
    for r in rows:
        if r['id'] not in want:
            if partial:
                continue
            errors.append(f'no decision for {r["id"]}')
            continue
        n, rest = want.pop(r['id'])
        r = dict(r)
        if rest == '=':
            r['entities'] = [{'start': s[0], 'end': s[1], 'type': s[2], 'text': s[3]} for s in r['merged']]
        elif rest == '-':
            r['entities'] = []
        elif rest == 'skip':
            r['entities'] = []
            r['skip'] = True
        else:
            ents, at = [], 0
            for item in rest.split():
                name, slash, typ = item.rpartition('/')
                name = name.replace('\\i', '\u3000').replace('\\s', ' ').replace('\\/', '/')
                uncertain = typ.endswith('?')
                typ = typ.rstrip('?')
                if not slash or not name or (typ not in TYPES and typ != 'SKIP'):
                    errors.append(f'{decisions}:{n}: bad item {item!r}')
                    break
                i = r['text'].find(name, at)
                if i < 0:
                    errors.append(f'{decisions}:{n}: {name!r} not found after {at} in {r["id"]}: {r["text"]}')
                    break
                at = i + len(name)
                if typ == 'SKIP':
                    continue
                e = {'start': i, 'end': i + len(name), 'type': typ, 'text': name}
                if uncertain:
                    e['uncertain'] = True
                ents.append(e)
            r['entities'] = ents
        done.append(r)
    for rid in want:
        errors.append(f'decision for an id not in the batch: {rid}')
    if errors:
        print('\n'.join(errors[:50]), file=sys.stderr)
        sys.exit(1)
    with open(out, 'w', encoding='utf-8') as f:
        for r in done:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'{len(done)} sentences, {sum(len(r["entities"]) for r in done)} names -> {out}')

main()
