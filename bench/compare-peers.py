#!/usr/bin/env python3
"""compare-peers.py: what each peer finds that crosscheck does not, and the
reverse, on the same files.

usage: compare-peers.py PEERS_DUMP_JSONL CROSSCHECK_EXTRACT_JSONL [EXAMPLES]

PEERS_DUMP_JSONL is bench/peers/peers.mjs --dump output; the other file is
`crosscheck extract` JSON Lines over the same text files.  Both give UTF-8
byte offsets into the file's text, end exclusive, so spans compare
directly; files are matched by base name (crosscheck's "doc").

Two spans match when they overlap.  The number model is compared with
every crosscheck figure; the date peers only with crosscheck's dates, times
and years, since they look for nothing else.  Prints one table row a peer,
then up to EXAMPLES (default 12) example texts each way.
"""
import collections
import json
import os
import sys

DATE_KINDS = {"date", "time", "year"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.strip().splitlines()[3])
    limit = int(sys.argv[3]) if len(sys.argv) == 4 else 12
    peers = collections.defaultdict(list)
    for e in load(sys.argv[1]):
        peers[e["peer"]].append((os.path.basename(e["file"]), e["start"], e["end"], e["text"]))
    xc = [(m["doc"], m["start"], m["end"], m["text"], m["kind"]) for m in load(sys.argv[2])]

    rows, details = [], []
    for peer in sorted(peers):
        found = peers[peer]
        mine = [m for m in xc if peer == "recognizers-number" or m[4] in DATE_KINDS]
        by_file_peer = collections.defaultdict(list)
        by_file_mine = collections.defaultdict(list)
        for f, s, e, _ in found:
            by_file_peer[f].append((s, e))
        for f, s, e, _, _ in mine:
            by_file_mine[f].append((s, e))
        only_peer = [x for x in found if not overlaps((x[1], x[2]), by_file_mine[x[0]])]
        only_mine = [x for x in mine if not overlaps((x[1], x[2]), by_file_peer[x[0]])]
        compared = "all" if peer == "recognizers-number" else "date/time/year"
        rows.append((peer, len(found), len(found) - len(only_peer), len(only_peer),
                     compared, len(mine), len(only_mine)))
        details.append((peer, only_peer, only_mine))

    print(f"{'peer':<22}{'peer found':>11}{'both':>6}{'peer only':>10}  "
          f"{'crosscheck kinds':<16}{'xc found':>9}{'xc only':>8}")
    for r in rows:
        print(f"{r[0]:<22}{r[1]:>11}{r[2]:>6}{r[3]:>10}  {r[4]:<16}{r[5]:>9}{r[6]:>8}")
    for peer, only_peer, only_mine in details:
        print()
        ex = ", ".join(json.dumps(x[3], ensure_ascii=False) for x in only_peer[:limit])
        more = f" (+{len(only_peer) - limit} more)" if len(only_peer) > limit else ""
        print(f"{peer} only: {ex or '(none)'}{more}")
        ex = ", ".join(f'{json.dumps(x[3], ensure_ascii=False)} ({x[4]})' for x in only_mine[:limit])
        more = f" (+{len(only_mine) - limit} more)" if len(only_mine) > limit else ""
        print(f"crosscheck only, vs {peer}: {ex or '(none)'}{more}")


if __name__ == "__main__":
    main()
