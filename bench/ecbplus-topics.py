#!/usr/bin/env python3
"""ecbplus-topics.py: ECB+ topics 1 to 40 as crosscheck JSON Lines documents.

usage: ecbplus-topics.py ECBPLUS_TEXT_JSONL OUT_JSONL

Topics 41-45 are the project's blind test split: they must never be read.
Each line of ecbplus_text.jsonl starts with {"doc": "<topic>_...", so the
topic is read from that prefix and a line of topic 41 or more is skipped
before it is parsed.  A line without that prefix stops the script rather
than being guessed at.  The kept documents are written as {"id", "text"},
the text being the sentences joined with single spaces, as the corpus's
README says the tokens were.
"""
import json
import re
import sys

PREFIX = re.compile(rb'\{"doc": "(\d+)_')


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    kept = skipped = 0
    with open(sys.argv[1], "rb") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
        for n, line in enumerate(src, 1):
            m = PREFIX.match(line)
            if not m:
                sys.exit(f"{sys.argv[1]}:{n}: no topic prefix; refusing to guess")
            if int(m.group(1)) > 40:
                skipped += 1
                continue
            rec = json.loads(line)
            doc = {"id": rec["doc"], "text": " ".join(rec["sentences"])}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            kept += 1
    print(f"{kept}\t{skipped}")


if __name__ == "__main__":
    main()
