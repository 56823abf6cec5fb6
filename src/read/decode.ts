// Input hygiene: turns a file's bytes into clean text, and cleans each turn's words, before any reader sees them.
import { InputError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many leading bytes are enough to judge a file's encoding and whether it is binary. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Decodes a whole file. Throws InputError("binary file, not a transcript") for audio, archives, images and the like.
 * Line ends become LF and non-breaking spaces plain spaces; smart quotes are left alone here because
 * in JSON or CSV they may sit next to structural quotes (see `cleanTurnText`).
 */
export function decodeBytes(bytes: Uint8Array, file: string): string {
  const encoding = detectEncoding(bytes.subarray(0, SAMPLE_BYTES), file);
  return normaliseText(decodeAs(bytes, encoding));
}

/**
 * Judges the encoding from a file's first bytes (a BOM, or the byte pattern). Throws InputError for binary content.
 * Exported so a streaming reader can look at a file's head before deciding how to read the rest.
 */
export function detectEncoding(head: Uint8Array, file: string): Encoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';

  const bomless16 = guessBomlessUtf16(head);
  if (bomless16) return bomless16;

  let nul = 0;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) nul++;
    // Control bytes other than tab, LF, VT, FF, CR and ESC do not occur in text exports.
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  if (nul > 0 || control > head.length * 0.05 + 1) throw binaryError(file);

  const invalid = countInvalidUtf8(head);
  if (invalid === 0) return 'utf-8';
  // Stray high bytes in otherwise plain text are a Windows-1252 export ("café", curly quotes);
  // many of them are compressed or encoded data.
  const high = countHighBytes(head);
  if (invalid > 0.3 * high && high > 0.3 * head.length) throw binaryError(file);
  return 'windows-1252';
}

export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  switch (encoding) {
    case 'utf-16le':
      return stripBom(new TextDecoder('utf-16le').decode(bytes));
    case 'utf-16be':
      return stripBom(new TextDecoder('utf-16be').decode(bytes));
    case 'windows-1252':
      return decodeWindows1252(bytes);
    default:
      return stripBom(new TextDecoder('utf-8').decode(bytes));
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const LINE_ENDS = /\r\n?|\u2028|\u2029/g;
// No-break, narrow no-break and figure spaces: exports use them for layout; to a reader they are spaces.
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007]/g;

/** CRLF and CR to LF, no-break spaces to spaces, a leading BOM removed. Safe for any format's structure. */
export function normaliseText(text: string): string {
  return stripBom(text).replace(LINE_ENDS, '\n').replace(NO_BREAK_SPACES, ' ');
}

const SMART_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const SMART_SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff]/g;
const TURN_WHITESPACE = /[\t\u00a0\u202f\u2007\r\n]+/g;
const NEEDS_CLEANING = /[\u201c-\u201f\u2033\u00ab\u00bb\u2018-\u201b\u2032\u200b-\u200d\u2060\ufeff\t\u00a0\u202f\u2007\r\n]/;

/**
 * Cleans the words of one turn: smart quotes to plain ones (so "I’m sorry" matches "I'm sorry"),
 * tabs, no-break spaces and stray line breaks to single spaces, zero-width characters removed, ends trimmed.
 * Applied per turn, after parsing, so it can never break a JSON or CSV quote.
 */
export function cleanTurnText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return text
    .replace(SMART_DOUBLE, '"')
    .replace(SMART_SINGLE, "'")
    .replace(INVISIBLE, '')
    .replace(TURN_WHITESPACE, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function binaryError(file: string): InputError {
  return new InputError(file, '', 'binary file, not a transcript');
}

/** UTF-16 without a BOM shows as ASCII with every other byte zero. */
function guessBomlessUtf16(head: Uint8Array): Encoding | undefined {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) zeroEven++;
    if (head[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.9 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.9 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function countHighBytes(bytes: Uint8Array): number {
  let n = 0;
  for (const byte of bytes) if (byte >= 0x80) n++;
  return n;
}

/** Counts bytes that cannot be part of valid UTF-8; a sequence cut off by the end of the sample is not counted. */
function countInvalidUtf8(bytes: Uint8Array): number {
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= bytes.length) break;
    let ok = true;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) i += need + 1;
    else {
      invalid++;
      i++;
    }
  }
  return invalid;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; Node's built-in decoder may lack it (small ICU).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
