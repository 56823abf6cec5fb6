// Turns a turn's text into the shared per-turn view: normalised text, word tokens with offsets, sentences and stems.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

/** One sentence of a turn: character range and the tokens inside it. */
export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** The sentence ends with a question mark (speech-to-text often drops it). */
  questionMark: boolean;
}

/** Everything the detectors read about one turn; built once per turn. */
export interface TurnText {
  text: string;
  /** Lower-cased text with typographic apostrophes made plain; same length as `text`, so offsets carry over. */
  norm: string;
  tokens: string[];
  /** Character offsets of each token in `text`. */
  starts: number[];
  ends: number[];
  sentences: Sentence[];
  /** 1 where punctuation (, ; : . ! ? or a dash) stands between token k-1 and token k: a clause may start there. */
  breakBefore: Uint8Array;
  /** The turn was written with punctuation; speech-to-text writes none (its figures may still hold a decimal point). */
  punctuated: boolean;
  /** Results the cue engine keeps for this turn (see cues.ts); created with the turn so every turn has one shape. */
  [TURN_MEMO]?: unknown;
}

/** Key of the per-turn memo of the cue engine: a property is read much faster than a WeakMap. */
export const TURN_MEMO: unique symbol = Symbol('turn memo');

// A sentence ends at . ! ? (possibly repeated, possibly followed by closing quotes) before whitespace or the end, or at a line break.
const SENTENCE_END = /[.!?]+["')\]]*(?=\s|$)|\n+/g;
// Words, numbers and contractions kept whole ("i'm", "don't", "24"): the tokens of /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu,
// found by scanning char codes, which avoids the slow `u`-flag regex and a match array per word.
// Classes by code for ASCII: 1 = letter, 2 = digit (what \p{L} and \p{N} are within ASCII).
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 2;
const APOSTROPHE = 39;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;
// Classes of the non-ASCII code points met so far (a text uses few of them).
const wideClass = new Map<number, number>();

/** Class of the code point at i (0 other, 1 letter, 2 digit); code points above 0xffff take two units (see `width`). */
function classAt(norm: string, i: number): number {
  const c = norm.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c];
  const cp = norm.codePointAt(i)!;
  let k = wideClass.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 0;
    wideClass.set(cp, k);
  }
  return k;
}

const width = (norm: string, i: number): number => (norm.charCodeAt(i) >= 0xd800 && norm.codePointAt(i)! > 0xffff ? 2 : 1);

export function normalise(text: string): string {
  const lower = text.replace(/[\u2018\u2019\u02bc`]/g, "'").toLowerCase();
  // Lower-casing a few rare characters changes the length; keep offsets valid by falling back per character.
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out.replace(/[\u2018\u2019\u02bc`]/g, "'");
}

// A decimal point ("49.20", "2.4 gigahertz") is part of a figure, not punctuation.
const WRITTEN_PUNCTUATION = /[,;!?]|\.(?!\d)/;

export function readTurnText(text: string): TurnText {
  const norm = normalise(text);
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  scanWords(norm, tokens, starts, ends);
  const breakBefore = new Uint8Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) {
    if (starts[k] !== ends[k - 1] && clausePunctuationIn(norm, ends[k - 1], starts[k])) breakBefore[k] = 1;
  }
  return { text, norm, tokens, starts, ends, sentences: splitSentences(norm, starts), breakBefore, punctuated: WRITTEN_PUNCTUATION.test(norm), [TURN_MEMO]: undefined };
}

/** The tokens of the word pattern above: a run of letters and digits, then any "'letters" parts. */
function scanWords(norm: string, tokens: string[], starts: number[], ends: number[]): void {
  const n = norm.length;
  let i = 0;
  while (i < n) {
    // ASCII is tested inline: it is nearly every character of a transcript.
    const c = norm.charCodeAt(i);
    if (c < 128 ? ASCII_CLASS[c] === 0 : classAt(norm, i) === 0) { i += c < 0xd800 ? 1 : width(norm, i); continue; }
    const start = i;
    for (let d = norm.charCodeAt(i); i < n && (d < 128 ? ASCII_CLASS[d] !== 0 : classAt(norm, i) !== 0); d = norm.charCodeAt(i)) {
      i += d < 0xd800 ? 1 : width(norm, i);
    }
    while (i + 1 < n && norm.charCodeAt(i) === APOSTROPHE && classAt(norm, i + 1) === 1) {
      i += 1 + width(norm, i + 1);
      while (i < n && classAt(norm, i) === 1) i += width(norm, i);
    }
    tokens.push(norm.slice(start, i));
    starts.push(start);
    ends.push(i);
  }
}

/**
 * Punctuation between two words that can end a clause: , ; : . ! ? or a dash, or a hyphen with a space beside it
 * inside the gap; a hyphen inside a word ("uh-huh") does not.
 */
function clausePunctuationIn(norm: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = norm.charCodeAt(i);
    switch (c) {
      case 44: case 59: case 58: case 46: case 33: case 63: case 0x2013: case 0x2014: return true;
      case 45: // '-'
        if ((i > from && isSpace(norm.charCodeAt(i - 1))) || (i + 1 < to && isSpace(norm.charCodeAt(i + 1)))) return true;
    }
  }
  return false;
}

/** Exactly the characters of the regex class \s. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function splitSentences(norm: string, starts: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  let token = 0;
  const push = (end: number, mark: boolean) => {
    let s = from;
    while (s < end && isSpace(norm.charCodeAt(s))) s++;
    const tokenStart = token;
    while (token < starts.length && starts[token] < end) token++;
    if (token > tokenStart) sentences.push({ start: s, end, tokenStart, tokenEnd: token, questionMark: mark });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(norm); m; m = SENTENCE_END.exec(norm)) {
    const end = m.index + m[0].length;
    push(m[0].startsWith('\n') ? m.index : end, m[0].includes('?'));
    from = end;
  }
  if (from < norm.length) push(norm.length, false);
  return sentences;
}

/** The text of a sentence, trimmed of its final punctuation-free whitespace. */
export function sentenceText(turn: TurnText, s: Sentence): string {
  return turn.text.slice(s.start, s.end).trim();
}

// Words that carry no content for matching turns against each other: natural's English list plus
// contractions and the fillers of spoken English.
const EXTRA_STOPWORDS = `i'm i've i'll i'd you're you've you'll you'd he's she's it's we're we've we'll we'd they're they've
they'll they'd that's there's what's how's where's who's let's don't doesn't didn't can't won't isn't aren't wasn't weren't
haven't hasn't hadn't wouldn't couldn't shouldn't um uh erm hmm oh okay ok yeah yes yep no nope just really actually
gonna wanna gotta kind sort thing things lot bit mean know think sure right well please thank thanks hi hello bye`.split(/\s+/);
export const STOPWORDS: ReadonlySet<string> = new Set([...naturalStopwords, ...EXTRA_STOPWORDS]);

/**
 * Nouns that end like a participle ("the morning", "something", "the wedding"): an "-ing" word that names a thing, not
 * something going on.
 */
export const ING_NOUNS: ReadonlySet<string> = new Set([
  'something', 'anything', 'nothing', 'everything', 'thing', 'morning', 'evening', 'ceiling', 'building', 'during', 'wedding',
  'clothing', 'pudding', 'booking', 'bedding', 'railing', 'wording', 'heading', 'meeting', 'parking', 'ring', 'king', 'bring',
  'string', 'spring', 'sibling', 'sterling',
]);

// Stems repeat heavily across turns and calls; a bounded memo keeps stemming off the per-word cost.
const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word.replace(/'.*$/, ''));
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

// Token -> its stem when it is a content word, else null: one memo look-up per token instead of a set, a regex and
// the stem memo.
const contentStemCache = new Map<string, string | null>();

/** Porter stems of the content words, in order, duplicates kept. */
export function contentStems(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    let s = contentStemCache.get(t);
    if (s === undefined) {
      s = t.length > 1 && !STOPWORDS.has(t) && !/^\d+$/.test(t) ? stem(t) : null;
      if (contentStemCache.size > 50_000) contentStemCache.clear();
      contentStemCache.set(t, s);
    }
    if (s !== null) out.push(s);
  }
  return out;
}

/** Index of the token that contains or follows character offset `pos`. */
export function tokenAt(turn: TurnText, pos: number): number {
  let lo = 0;
  let hi = turn.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turn.ends[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence containing character offset `pos` (the last one when past the end). */
export function sentenceAt(turn: TurnText, pos: number): Sentence | undefined {
  // Sentences are in text order, so their ends increase: binary search for the first that ends after pos.
  const { sentences } = turn;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo] ?? sentences[sentences.length - 1];
}
