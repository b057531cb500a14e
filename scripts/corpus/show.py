#!/usr/bin/env python3
"""Print sentences FROM..TO (0-based line numbers) of a batch, compactly, for reading.

usage: show.py BATCH FROM TO
Each sentence: its line number and id, the text, the proposal (merged) as name/TYPE, and the
candidates of each tool where they differ from the proposal.
"""
import json, sys

path, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lines = open(path, encoding='utf-8').read().splitlines()
for n in range(lo, min(hi, len(lines))):
    r = json.loads(lines[n])
    fmt = lambda spans: ' '.join(f'{s[3]}/{s[2]}' for s in spans) or '-'
    print(f'#{n} {r["id"]} [{r["source"]}]')
    print('  T:', r['text'])
    print('  P:', fmt(r['merged']))
    merged = {tuple(s[:3]) for s in r['merged']}
    for tool, spans in r['cands'].items():
        extra = [s for s in spans if tuple(s[:3]) not in merged]
        if extra:
            print(f'  {tool}+:', fmt(extra))
