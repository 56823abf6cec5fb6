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
}

// Words, numbers and contractions kept whole ("i'm", "don't", "24").
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
// A sentence ends at . ! ? (possibly repeated, possibly followed by closing quotes) before whitespace or the end, or at a line break.
const SENTENCE_END = /[.!?]+["')\]]*(?=\s|$)|\n+/g;

// Punctuation between two words that can end a clause; a hyphen inside a word ("uh-huh") does not.
const CLAUSE_PUNCTUATION = /[,;:.!?\u2013\u2014]|\s-|-\s/;

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

export function readTurnText(text: string): TurnText {
  const norm = normalise(text);
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    tokens.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const breakBefore = new Uint8Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) {
    if (starts[k] === ends[k - 1]) continue;
    const gap = norm.slice(ends[k - 1], starts[k]);
    if (CLAUSE_PUNCTUATION.test(gap)) breakBefore[k] = 1;
  }
  return { text, norm, tokens, starts, ends, sentences: splitSentences(norm, starts), breakBefore };
}

function splitSentences(norm: string, starts: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  let token = 0;
  const push = (end: number, mark: boolean) => {
    let s = from;
    while (s < end && /\s/.test(norm[s])) s++;
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

/** Porter stems of the content words, in order, duplicates kept. */
export function contentStems(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.length > 1 && !STOPWORDS.has(t) && !/^\d+$/.test(t)) out.push(stem(t));
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
  for (const s of turn.sentences) if (pos < s.end) return s;
  return turn.sentences[turn.sentences.length - 1];
}
