// The cue engine: lexicons of phrase patterns, compiled once and matched per turn at token starts.
import type { Span } from '../model/analysis.js';
import { negatedAt } from './negation.js';
import { type Sentence, type TurnText, sentenceAt, tokenAt } from './tokens.js';

/**
 * One cue: a small regular expression over lower-cased text, written with plain words, `(a|b)` groups and `?`.
 * An apostrophe is optional ("im" matches "i'm") except where dropping it makes another word ("we'll"/"well").
 */
export interface CueSpec {
  re: string;
  /** A negation just before the cue cancels it (default true): "i'm not sorry". */
  negatable?: boolean;
  /** Ignore the cue inside a question ("is it still down?" is not the customer reporting it). */
  notInQuestion?: boolean;
  /** Free-form tag a detector can read (e.g. "open" for question cues, "price" for benefits). */
  tag?: string;
}
export type CueEntry = string | CueSpec;

interface CompiledCue {
  spec: CueSpec;
  sticky: RegExp;
}

export interface Lexicon {
  /** First word of the cue -> cues starting with that word; tried only at tokens that are that word. */
  byFirstWord: Map<string, CompiledCue[]>;
  /** Cues that do not start with a plain word (prices, symbols): scanned over the whole text. */
  unanchored: CompiledCue[];
}

export interface CueHit {
  cue: string;
  span: Span;
  spec: CueSpec;
  /** Token index where the cue starts. */
  token: number;
}

const KEEP_APOSTROPHE = /\b(we|i|he|she|it)'(ll|re|d)\b/;

function toSource(pattern: string): string {
  let src = pattern.replace(/\((?!\?)/g, '(?:');
  // Make apostrophes optional except in contractions whose bare form is another word.
  src = src.replace(/([a-z]+)'([a-z]+)/g, (whole, a: string, b: string) => (KEEP_APOSTROPHE.test(whole) ? whole : `${a}'?${b}`));
  // An optional space ("$ ?20") may be absent; any other space may be several, or a comma ("okay, i see").
  src = src.replace(/ \?/g, '[\\s,]*').replace(/ /g, '[\\s,]+');
  return src;
}

/** Possible first tokens of a pattern, or null when it does not start with plain words. */
function firstWords(pattern: string): string[] | null {
  const group = /^\(([a-z'|]+)\)(?:[ ]|$)/.exec(pattern);
  const word = /^([a-z']+)(?:[ ]|$)/.exec(pattern);
  const alts = group ? group[1].split('|') : word ? [word[1]] : null;
  if (!alts || alts.some((a) => !a)) return null;
  const out = new Set<string>();
  for (const a of alts) {
    out.add(a);
    if (a.includes("'") && !KEEP_APOSTROPHE.test(a)) out.add(a.replace(/'/g, ''));
  }
  return [...out];
}

export function compileCues(entries: readonly CueEntry[]): Lexicon {
  const byFirstWord = new Map<string, CompiledCue[]>();
  const unanchored: CompiledCue[] = [];
  for (const entry of entries) {
    const spec = typeof entry === 'string' ? { re: entry } : entry;
    const tail = '(?![\\p{L}\\p{N}])';
    const sticky = new RegExp(toSource(spec.re) + tail, 'uy');
    const compiled = { spec, sticky };
    const first = firstWords(spec.re);
    if (first) for (const w of first) byFirstWord.set(w, [...(byFirstWord.get(w) ?? []), compiled]);
    else unanchored.push({ spec, sticky: new RegExp(`(?<![\\p{L}\\p{N}])(?:${toSource(spec.re)})${tail}`, 'gu') });
  }
  return { byFirstWord, unanchored };
}

export interface MatchOptions {
  /** Which sentences are questions (for `notInQuestion` cues). */
  isQuestion?: (s: Sentence) => boolean;
  /** Only look at tokens [from, to). */
  from?: number;
  to?: number;
}

/** Every non-negated match of the lexicon in the turn, in text order. */
export function findCues(turn: TurnText, lex: Lexicon, options: MatchOptions = {}): CueHit[] {
  const hits: CueHit[] = [];
  const from = options.from ?? 0;
  const to = options.to ?? turn.tokens.length;
  const accept = (spec: CueSpec, start: number, end: number, token: number) => {
    if (spec.negatable !== false && negatedAt(turn, token)) return;
    if (spec.notInQuestion && options.isQuestion) {
      const s = sentenceAt(turn, start);
      if (s && options.isQuestion(s)) return;
    }
    hits.push({ cue: turn.norm.slice(start, end), span: [start, end], spec, token });
  };
  for (let k = from; k < to; k++) {
    const candidates = lex.byFirstWord.get(turn.tokens[k]);
    if (!candidates) continue;
    for (const c of candidates) {
      c.sticky.lastIndex = turn.starts[k];
      const m = c.sticky.exec(turn.norm);
      if (m) accept(c.spec, m.index, m.index + m[0].length, k);
    }
  }
  if (lex.unanchored.length) {
    const lo = from < turn.starts.length ? turn.starts[from] : turn.norm.length;
    const hi = to > 0 && to <= turn.ends.length ? turn.ends[to - 1] : turn.norm.length;
    for (const c of lex.unanchored) {
      c.sticky.lastIndex = lo;
      for (let m = c.sticky.exec(turn.norm); m && m.index < hi; m = c.sticky.exec(turn.norm)) {
        accept(c.spec, m.index, m.index + m[0].length, tokenAt(turn, m.index));
        if (m[0].length === 0) c.sticky.lastIndex++;
      }
    }
  }
  return hits.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}

/** The first hit, as the `cue`/`span` of an act. */
export function cueOf(hit: CueHit): { cue: string; span: Span } {
  return { cue: hit.cue, span: hit.span };
}
