#!/usr/bin/env node
// peers.mjs: times peer figure-extraction libraries on the same text that the
// crosscheck benchmark feeds to crosscheck, so that the two can be compared in
// one run on one machine.
//
//   node peers.mjs [--dump FILE.jsonl] [--max-bytes N] [--only PEER]
//                  [--ref YYYY-MM-DD] FILE...
//
// The files are read as UTF-8 and split into paragraphs: every line (a "\n"
// ends a line; a "\r" before it is dropped) that is not blank is one
// paragraph, so blank-line separated text and one-paragraph-per-line text both
// work. Each peer is then warmed up on the first paragraph (untimed: this
// also builds its models) and timed with process.hrtime.bigint() over all the
// paragraphs, one call per paragraph. Stdout gets one TSV line per peer:
//
//   peer <TAB> bytes <TAB> seconds <TAB> MB_per_s <TAB> entities
//
// bytes counts the UTF-8 bytes of the paragraphs handed to the peer (line
// ends and blank lines are not counted), MB is 1e6 bytes, entities is the
// number of results the peer returned. --max-bytes N limits each peer to the
// longest run of whole paragraphs, from the start, that is at most N bytes,
// so a slow peer can be timed on a prefix. --only PEER runs one peer.
// --ref sets the reference date of the date peers (default: now).
//
// With --dump, every entity found is written as one JSON line (the writing
// is done after the timed loop, so it is not timed):
//   {"peer","file","para_offset","start","end","text","type","value"}
// para_offset, start and end are UTF-8 byte offsets in the file (end
// exclusive), converted from the UTF-16 indices that JavaScript uses, so that
// a C program can line them up with what crosscheck found. text is the
// file's own text at [start, end) (the recognizers lower-case theirs).
//
// Peers:
//   recognizers-number    @microsoft/recognizers-text-suite recognizeNumber,
//                         Culture English
//   recognizers-datetime  @microsoft/recognizers-text-suite recognizeDateTime,
//                         Culture English
//   chrono                chrono-node chrono.parse (English casual parser)

import fs from 'node:fs';
import process from 'node:process';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import * as chrono from 'chrono-node';

const USAGE = `usage: node peers.mjs [--dump FILE.jsonl] [--max-bytes N] [--only PEER] [--ref YYYY-MM-DD] FILE...
peers: recognizers-number, recognizers-datetime, chrono
stdout: peer<TAB>bytes<TAB>seconds<TAB>MB_per_s<TAB>entities (one line per peer)`;

// ---- peers ----------------------------------------------------------------
// Each peer has run(text, ref) -> array of raw results, and toEntity(raw) ->
// {start, end, type, value} with start/end as UTF-16 indices into text, end
// exclusive.

/** Recognizers results carry an inclusive end index. */
function recognizerEntity(r, value) {
  return { start: r.start, end: r.end + 1, libText: r.text, type: r.typeName, value };
}

/** chrono components as an ISO-like local string: date, plus time if known. */
function chronoComponents(c) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  let s = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('hour')) {
    s += `T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  }
  return s;
}

const PEERS = [
  {
    name: 'recognizers-number',
    run: (text) => Recognizers.recognizeNumber(text, Recognizers.Culture.English),
    toEntity: (r) => recognizerEntity(r, r.resolution?.value ?? null),
  },
  {
    name: 'recognizers-datetime',
    run: (text, ref) => Recognizers.recognizeDateTime(text, Recognizers.Culture.English, undefined, ref),
    toEntity: (r) => recognizerEntity(r, r.resolution?.values ?? null),
  },
  {
    name: 'chrono',
    run: (text, ref) => chrono.parse(text, ref),
    toEntity: (r) => {
      const value = { start: chronoComponents(r.start) };
      if (r.end) value.end = chronoComponents(r.end);
      const timed = r.start.isCertain('hour');
      return {
        start: r.index,
        end: r.index + r.text.length,
        libText: r.text,
        type: (timed ? 'datetime' : 'date') + (r.end ? 'range' : ''),
        value,
      };
    },
  },
];

// ---- arguments ------------------------------------------------------------

function die(msg) {
  process.stderr.write(`peers.mjs: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opt = { dump: null, maxBytes: Infinity, only: null, ref: new Date(), files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => (i + 1 < argv.length ? argv[++i] : die(`${a} needs a value`));
    if (a === '--dump') opt.dump = next();
    else if (a === '--max-bytes') {
      const v = next();
      if (!/^\d+$/.test(v)) die(`--max-bytes: not a byte count: ${v}`);
      opt.maxBytes = Number(v);
    } else if (a === '--only') {
      opt.only = next();
      if (!PEERS.some((p) => p.name === opt.only)) die(`--only: unknown peer: ${opt.only}`);
    } else if (a === '--ref') {
      const v = next();
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) die(`--ref: not YYYY-MM-DD: ${v}`);
      opt.ref = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])); // local midnight
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a === '--') {
      opt.files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('--')) die(`unknown option: ${a}`);
    else opt.files.push(a);
  }
  if (opt.files.length === 0) die('no input files');
  return opt;
}

// ---- input ----------------------------------------------------------------

/**
 * Splits a file into paragraphs: [{file, offset (UTF-8 byte offset of the
 * paragraph in the file), bytes (its UTF-8 length), text}]. Lines are found
 * on the raw bytes so that offsets are exact; each line is decoded on its own
 * (a byte order mark stays in as U+FEFF, so it keeps its 3 bytes).
 */
function readParagraphs(file) {
  const buf = fs.readFileSync(file);
  const paras = [];
  let lineStart = 0;
  while (lineStart < buf.length) {
    let nl = buf.indexOf(0x0a, lineStart);
    if (nl < 0) nl = buf.length;
    let lineEnd = nl;
    if (lineEnd > lineStart && buf[lineEnd - 1] === 0x0d) lineEnd--;
    const text = buf.toString('utf8', lineStart, lineEnd);
    if (/\S/.test(text)) {
      const bytes = lineEnd - lineStart;
      if (Buffer.byteLength(text) !== bytes) {
        // Invalid UTF-8 became U+FFFD: byte offsets in this line would drift.
        process.stderr.write(`peers.mjs: ${file}: invalid UTF-8 in the line at byte ${lineStart}; its offsets are approximate\n`);
      }
      paras.push({ file, offset: lineStart, bytes, text });
    }
    lineStart = nl + 1;
  }
  return paras;
}

// ---- UTF-16 index -> UTF-8 byte offset ---------------------------------------

/**
 * Returns an array a where a[i] is the UTF-8 byte length of text.slice(0, i),
 * for 0 <= i <= text.length. A surrogate pair is 4 bytes; an index between
 * its two halves maps to the start of the pair. A lone surrogate is 3 bytes,
 * as Buffer encodes it (U+FFFD).
 */
function utf8Offsets(text) {
  const a = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    a[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        a[++i] = b; // the low half: same start as the pair
        b += 4;
        continue;
      }
      b += 3;
    } else b += 3;
  }
  a[text.length] = b;
  return a;
}

// ---- timing ----------------------------------------------------------------

/** The longest run of whole paragraphs from the start with at most maxBytes bytes. */
function prefix(paras, maxBytes) {
  let bytes = 0;
  let n = 0;
  while (n < paras.length && bytes + paras[n].bytes <= maxBytes) bytes += paras[n++].bytes;
  return { paras: paras.slice(0, n), bytes };
}

/** Runs one peer over paras; returns {seconds, entities, results (if kept)}. */
function timePeer(peer, paras, ref, keep) {
  if (paras.length > 0) peer.run(paras[0].text, ref); // warm-up, untimed
  const results = keep ? new Array(paras.length) : null;
  let entities = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < paras.length; i++) {
    const r = peer.run(paras[i].text, ref);
    entities += r.length;
    if (keep) results[i] = r;
  }
  const t1 = process.hrtime.bigint();
  return { seconds: Number(t1 - t0) / 1e9, entities, results };
}

// ---- dump ------------------------------------------------------------------

/** Buffered JSON-lines writer. */
class Dump {
  constructor(path) {
    this.fd = fs.openSync(path, 'w');
    this.chunks = [];
    this.size = 0;
  }
  write(obj) {
    const line = JSON.stringify(obj) + '\n';
    this.chunks.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush() {
    if (this.chunks.length) fs.writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
  close() {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** Writes one peer's entities; returns how many texts differ from the peer's own. */
function dumpPeer(dump, peer, paras, results) {
  let mismatches = 0;
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i];
    const found = results[i];
    if (found.length === 0) continue;
    const off = utf8Offsets(para.text);
    for (const raw of found) {
      const e = peer.toEntity(raw);
      const text = para.text.slice(e.start, e.end);
      if (text.toLowerCase() !== String(e.libText).toLowerCase()) mismatches++;
      dump.write({
        peer: peer.name,
        file: para.file,
        para_offset: para.offset,
        start: para.offset + off[e.start],
        end: para.offset + off[e.end],
        text,
        type: e.type,
        value: e.value,
      });
    }
  }
  return mismatches;
}

// ---- main --------------------------------------------------------------------

function main() {
  const opt = parseArgs(process.argv.slice(2));
  const all = opt.files.flatMap(readParagraphs);
  const { paras, bytes } = prefix(all, opt.maxBytes);
  const dump = opt.dump ? new Dump(opt.dump) : null;

  for (const peer of PEERS) {
    if (opt.only && peer.name !== opt.only) continue;
    const { seconds, entities, results } = timePeer(peer, paras, opt.ref, dump !== null);
    const mbps = seconds > 0 ? bytes / 1e6 / seconds : 0;
    process.stdout.write(`${peer.name}\t${bytes}\t${seconds.toFixed(6)}\t${mbps.toFixed(4)}\t${entities}\n`);
    if (dump) {
      const bad = dumpPeer(dump, peer, paras, results);
      if (bad) process.stderr.write(`peers.mjs: ${peer.name}: ${bad} entities whose text differs from the file's at their offsets\n`);
    }
  }
  if (dump) dump.close();
}

main();
