// The cue engine: lexicons of phrase patterns, compiled once and matched per turn at token starts.
import type { Span } from '../model/analysis.js';
import type { Role } from '../model/transcript.js';
import { negatedAt } from './negation.js';
import { type Sentence, type TurnText, TURN_MEMO, sentenceAt, tokenAt } from './tokens.js';

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

/** Entries whose plain strings a negation before them does not cancel (lexicons of answers, times, request forms). */
export function notNegatable(entries: readonly CueEntry[]): CueEntry[] {
  return entries.map((re) => (typeof re === 'string' ? { re, negatable: false } : re));
}

/** A cue tagged with a role ("agent", "customer") counts only in that role's turns: "while I've got you" sells only from the agent. */
export function saidBy(hit: CueHit, role: Role): boolean {
  const tag = hit.spec.tag;
  return (tag !== 'agent' && tag !== 'customer') || tag === role;
}

interface CompiledCue {
  spec: CueSpec;
  sticky: RegExp;
}

/** An anchored cue: its possible first words, and its first two words, read from the pattern when first needed. */
interface AnchoredCue extends CompiledCue {
  first: string[];
  openings?: string[][];
}

/** A scanned cue, with what a text must contain for it to match, so most turns skip the scan. */
interface ScannedCue extends CompiledCue {
  /** The cue starts with a digit or a currency sign: a text without any cannot match. */
  needsDigit: boolean;
  /** A word every match contains (the longest plain word of the pattern's sequence), or null. */
  needsWord: string | null;
}

export interface Lexicon {
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

/** The index of the first token after the cue (the turn's token count when the cue ends the turn); any found piece with
 * its first token and span will do. */
export function tokenEndOf(turn: TurnText, hit: Pick<CueHit, 'token' | 'span'>): number {
  let k = hit.token;
  while (k < turn.tokens.length && turn.starts[k] < hit.span[1]) k++;
  return k;
}

// ("itll" and "itd" are no other word: speech-to-text's "itll be with you by thursday" still reads.)
const KEEP_APOSTROPHE = /\b(we|i|he|she)'(ll|re|d)\b/;

function toSource(pattern: string): string {
  let src = pattern.replace(/\((?!\?)/g, '(?:');
  // Make apostrophes optional except in contractions whose bare form is another word.
  src = src.replace(/([a-z]+)'([a-z]+)/g, (whole, a: string, b: string) => (KEEP_APOSTROPHE.test(whole) ? whole : `${a}'?${b}`));
  // An optional space ("$ ?20") may be absent; any other space may be several, or a comma ("okay, i see").
  src = src.replace(/ \?/g, '[\\s,]*').replace(/ /g, '[\\s,]+');
  return src;
}

/** Possible first tokens of a pattern, or null when it does not start with plain words (then it is scanned). */
function firstWords(pattern: string): string[] | null {
  const words = leadingWords(pattern.trim());
  if (!words) return null;
  const out = new Set<string>();
  for (const a of words) {
    out.add(a);
    if (a.includes("'") && !KEEP_APOSTROPHE.test(a)) out.add(a.replace(/'/g, ''));
  }
  return [...out];
}

function leadingWords(pattern: string): string[] | null {
  if (!pattern) return null;
  const word = /^([a-z']+)(?=[ ]|$)/.exec(pattern);
  if (word) return [word[1]];
  if (pattern[0] !== '(' || pattern[1] === '?') return null;
  // Find the matching parenthesis and split the group on its top-level bars.
  let depth = 0;
  let close = -1;
  const alternatives: string[] = [];
  let from = 1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) { close = i; break; }
    else if (c === '|' && depth === 1) { alternatives.push(pattern.slice(from, i)); from = i + 1; }
  }
  if (close < 0) return null;
  alternatives.push(pattern.slice(from, close));
  const out: string[] = [];
  for (const alt of alternatives) {
    const first = leadingWords(alt.trim());
    if (!first) return null;
    out.push(...first);
  }
  // An optional group may be skipped: the words after it can start the match too.
  if (pattern[close + 1] === '?') {
    const rest = leadingWords(pattern.slice(close + 2).trim());
    if (!rest) return null;
    out.push(...rest);
  }
  return out;
}

/** Splits a pattern into its top-level space-separated elements; null when a bracket does not close. */
function elements(pattern: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ' ' && depth === 0) {
      if (i > from) out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  if (from < pattern.length) out.push(pattern.slice(from));
  return out;
}

function alternativesOf(group: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < group.length; i++) {
    const c = group[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { alts.push(group.slice(from, i)); from = i + 1; }
  }
  alts.push(group.slice(from));
  return alts;
}

/**
 * The first two words a pattern can start with, as word sequences; a sequence of one word means "any next word".
 * Null when the pattern does not start with plain words. Used to skip most cues without running their regex.
 */
function openings(pattern: string, limit = 2): string[][] | null {
  const raw = rawOpenings(pattern, limit);
  return raw && raw.map((q) => (q[q.length - 1] === '' ? q.filter((w) => w !== '') : q));
}

/**
 * As openings, but a sequence that met an element it cannot read ends in '' ("the \\w+" is ["the", ""]): nothing may
 * be appended to it, or "(it|the \\w+) will" would demand "will" as the word after "the".
 */
function rawOpenings(pattern: string, limit: number): string[][] | null {
  const parts = elements(pattern.trim());
  if (!parts || !parts.length) return null;
  // Plain loops and no spreads: this runs for every cue at start-up, in code the JIT has not optimised yet.
  let seqs: string[][] = [[]];
  const closed: string[][] = [];
  for (const part of parts) {
    const open: string[][] = [];
    for (const q of seqs) (q.length < limit && q[q.length - 1] !== '' ? open : closed).push(q);
    if (!open.length) break;
    let options: string[][] | null;
    let optional = false;
    if (PLAIN_WORD.test(part)) options = [[part]];
    else {
      const g = GROUP.exec(part);
      // "(so )?(sad|upset)" is two groups, not one: only a single balanced group can be expanded here.
      if (!g || g[1].startsWith('?') || !balanced(g[1])) options = null;
      else {
        optional = g[2] === '?';
        options = [];
        for (const alt of alternativesOf(g[1])) {
          const sub = rawOpenings(alt, limit);
          if (!sub) { options = null; break; }
          for (const o of sub) options.push(o);
        }
      }
    }
    if (!options) {
      // Unknown element: what came before is all we know; an empty start means no anchor at all.
      for (const q of open) if (q.length === 0) return null;
      seqs = open.map((q) => q.concat(''));
      break;
    }
    const next: string[][] = [];
    for (const q of open) {
      for (const o of options) next.push(q.length + o.length <= limit ? q.concat(o) : q.concat(o).slice(0, limit));
      if (optional) next.push(q);
    }
    if (next.length > 400) return null;
    seqs = next;
  }
  for (const q of seqs) closed.push(q);
  for (const q of closed) if (q.length === 0 || q[0] === '') return null;
  return closed;
}
const PLAIN_WORD = /^[a-z']+$/;

/** True when no closing bracket in `inner` comes before its opening one. */
function balanced(inner: string): boolean {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
const GROUP = /^\((.*)\)(\?)?$/;

/** "i'm" also matches the token "im" (see KEEP_APOSTROPHE). */
function spellings(word: string): string[] {
  return word.includes("'") && !KEEP_APOSTROPHE.test(word) ? [word, word.replace(/'/g, '')] : [word];
}

// Every lexicon is also entered in one shared index, so a turn is matched against all lexicons in a single pass.
interface Candidate {
  lex: IndexedLexicon;
  cue: AnchoredCue;
}
/** A lexicon with its slot in the per-turn hit table. */
interface IndexedLexicon extends Lexicon {
  readonly slot: number;
}
/** The cues to try at a token, by the token after it: most cues are ruled out by one Map look-up, not a loop. */
interface FirstWordEntry {
  /** Cues that any next word (or none) may follow. */
  any: Candidate[];
  /** Next word -> the cues it allows, including those of `any`, in compile order; null when no cue names a next word. */
  bySecond: Map<string, Candidate[]> | null;
}
const allByFirstWord = new Map<string, Candidate[]>();
const allLexicons: IndexedLexicon[] = [];
// Every first word of a cue, with its entry built from allByFirstWord the first time a turn has the word: reading the
// patterns' openings was most of what compiling cost at start-up, and a short call meets only some of the first
// words. Other words are never entered, so the index does not grow with the vocabulary of the calls.
const index = new Map<string, FirstWordEntry | typeof NOT_BUILT>();
const NOT_BUILT = 0;

export function compileCues(entries: readonly CueEntry[]): Lexicon {
  const unanchored: CompiledCue[] = [];
  const lex: IndexedLexicon = { unanchored, slot: allLexicons.length };
  for (const entry of entries) {
    const spec = typeof entry === 'string' ? { re: entry } : entry;
    // Text is lower-cased; an ASCII word boundary keeps these regexes out of the slower unicode mode.
    const tail = "(?![a-z0-9'])";
    const first = firstWords(spec.re);
    if (first) {
      const compiled: AnchoredCue = { spec, sticky: new RegExp(toSource(spec.re) + tail, 'y'), first };
      for (const w of first) {
        const all = allByFirstWord.get(w);
        if (all) all.push({ lex, cue: compiled });
        else allByFirstWord.set(w, [{ lex, cue: compiled }]);
        index.set(w, NOT_BUILT);
      }
    } else {
      const scanned: ScannedCue = {
        spec, sticky: new RegExp(`(?<![a-z0-9])(?:${toSource(spec.re)})${tail}`, 'g'),
        needsDigit: DIGIT_START.test(spec.re), needsWord: requiredWord(spec.re),
      };
      unanchored.push(scanned);
    }
  }
  allLexicons.push(lex);
  // A new lexicon adds cues to words built before: build them again when next met.
  for (const w of index.keys()) index.set(w, NOT_BUILT);
  return lex;
}

// A pattern starting with a digit, a dollar sign or a class of currency signs needs one of them in the text.
const DIGIT_START = /^(\\\$|\\d|\[[$\u00a3\u20ac]+\])/;

/**
 * A plain word that every match of the pattern contains: the longest top-level element made of letters only (an
 * element is mandatory unless the whole pattern has top-level alternatives). Null when there is none.
 */
function requiredWord(pattern: string): string | null {
  const parts = elements(pattern.trim());
  if (!parts || alternativesOf(pattern).length > 1) return null;
  let best: string | null = null;
  for (const part of parts) if (/^[a-z]+$/.test(part) && part.length > (best?.length ?? 0)) best = part;
  return best;
}

/** Builds and keeps the index entry of a first word: its cues, filtered by the word after it. */
function entryFor(word: string): FirstWordEntry {
  const candidates = allByFirstWord.get(word)!;
  // Second words per candidate, so most cues are ruled out by a Map look-up instead of a regex run.
  const seconds = candidates.map((c) => secondWords(c.cue, word));
  const any = candidates.filter((_, i) => seconds[i] === null);
  const nextWords = new Set<string>();
  for (const set of seconds) if (set) for (const w of set) nextWords.add(w);
  let bySecond: Map<string, Candidate[]> | null = null;
  if (nextWords.size) {
    bySecond = new Map();
    for (const w of nextWords) bySecond.set(w, candidates.filter((_, i) => seconds[i] === null || seconds[i]!.has(w)));
  }
  const entry = { any, bySecond };
  index.set(word, entry);
  return entry;
}

/** The words that may follow `word` at the start of a match of the cue; null when any may. */
function secondWords(cue: AnchoredCue, word: string): Set<string> | null {
  cue.openings ??= openings(cue.spec.re) ?? cue.first.map((w) => [w]);
  let out: Set<string> | null = null;
  let matched = false;
  for (const seq of cue.openings) {
    if (!spellings(seq[0]).includes(word)) continue;
    matched = true;
    if (seq.length < 2) return null;
    out ??= new Set();
    for (const w2 of spellings(seq[1])) out.add(w2);
  }
  return matched ? out : null;
}

export interface MatchOptions {
  /** Which sentences are questions (for `notInQuestion` cues). */
  isQuestion?: (s: Sentence) => boolean;
  /** Only cues starting at tokens [from, to). */
  from?: number;
  to?: number;
}

const NO_HITS: CueHit[] = [];
interface TurnHits {
  lexicons: number;
  /** Hits by lexicon slot; undefined where the lexicon has none. */
  hits: (CueHit[] | undefined)[];
}

/** Every non-negated match of the lexicon in the turn, in text order (longest first at the same place). */
export function findCues(turn: TurnText, lex: Lexicon, options?: MatchOptions): CueHit[] {
  // The hits of every lexicon are found in one pass on the first question about a turn, and kept on the turn.
  let entry = turn[TURN_MEMO] as TurnHits | undefined;
  if (!entry || entry.lexicons !== allLexicons.length) {
    entry = { lexicons: allLexicons.length, hits: matchAll(turn) };
    turn[TURN_MEMO] = entry;
  }
  const hits = entry.hits[(lex as IndexedLexicon).slot] ?? NO_HITS;
  if (!options || !hits.length) return hits;
  const from = options.from ?? 0;
  const to = options.to ?? turn.tokens.length;
  const isQuestion = options.isQuestion;
  if (from <= 0 && to >= turn.tokens.length && !isQuestion) return hits.slice();
  // Hits are in text order, so their tokens never decrease: start at the first hit at or after `from`.
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].token < from) lo = mid + 1;
    else hi = mid;
  }
  let out: CueHit[] | undefined;
  for (let i = lo; i < hits.length && hits[i].token < to; i++) {
    const h = hits[i];
    if (h.spec.notInQuestion && isQuestion) {
      const s = sentenceAt(turn, h.span[0]);
      if (s && isQuestion(s)) continue;
    }
    (out ??= []).push(h);
  }
  return out ?? [];
}

/** One pass over the turn's tokens for all lexicons, plus the scanned cues where the turn has digits. */
function matchAll(turn: TurnText): (CueHit[] | undefined)[] {
  const out: (CueHit[] | undefined)[] = new Array(allLexicons.length);
  const add = (lex: IndexedLexicon, spec: CueSpec, start: number, end: number, token: number) => {
    if (spec.negatable !== false && negatedAt(turn, token)) return;
    const hit: CueHit = { cue: turn.norm.slice(start, end), span: [start, end], spec, token };
    const list = out[lex.slot];
    if (list) list.push(hit);
    else out[lex.slot] = [hit];
  };
  const { tokens, starts, norm } = turn;
  for (let k = 0; k < tokens.length; k++) {
    const known = index.get(tokens[k]);
    if (known === undefined) continue;
    const entry = known === NOT_BUILT ? entryFor(tokens[k]) : known;
    const next = tokens[k + 1];
    const candidates = entry.bySecond !== null && next !== undefined ? (entry.bySecond.get(next) ?? entry.any) : entry.any;
    const start = starts[k];
    for (let c = 0; c < candidates.length; c++) {
      const { lex, cue } = candidates[c];
      // test() of a sticky regex leaves lastIndex at the end of the match, without building a match array.
      const sticky = cue.sticky;
      sticky.lastIndex = start;
      if (sticky.test(norm)) add(lex, cue.spec, start, sticky.lastIndex, k);
    }
  }
  let hasDigits: boolean | undefined;
  for (const lex of allLexicons) {
    if (!lex.unanchored.length) continue;
    for (const c of lex.unanchored as ScannedCue[]) {
      // Scanning the whole turn is the slow path: skip it where the text lacks what every match contains.
      if (c.needsDigit && !(hasDigits ??= /[\d$\u00a3\u20ac]/.test(norm))) continue;
      if (c.needsWord !== null && !norm.includes(c.needsWord)) continue;
      c.sticky.lastIndex = 0;
      for (let m = c.sticky.exec(norm); m; m = c.sticky.exec(norm)) {
        add(lex, c.spec, m.index, m.index + m[0].length, tokenAt(turn, m.index));
        if (m[0].length === 0) c.sticky.lastIndex++;
      }
    }
  }
  for (const list of out) if (list && list.length > 1) list.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  return out;
}

/** The first hit, as the `cue`/`span` of an act. */
export function cueOf(hit: CueHit): { cue: string; span: Span } {
  return { cue: hit.cue, span: hit.span };
}
