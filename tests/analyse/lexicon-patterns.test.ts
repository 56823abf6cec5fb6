// The cue patterns run over words as the tokenizer keeps them: "i'd", "it's" and "you'll" are single words. An
// alternative that starts with the contraction ("(i|we) ('d like)", "(is|'s) broken") can never match; these checks
// keep such dead phrasings out of the lexicons.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CueEntry } from '../../src/analyse/cues.js';
import * as courtesy from '../../src/analyse/lexicon/courtesy.js';
import * as emotion from '../../src/analyse/lexicon/emotion.js';
import * as empathy from '../../src/analyse/lexicon/empathy.js';
import * as enquiries from '../../src/analyse/lexicon/enquiries.js';
import * as listening from '../../src/analyse/lexicon/listening.js';
import * as ownership from '../../src/analyse/lexicon/ownership.js';
import * as questions from '../../src/analyse/lexicon/questions.js';
import * as resolution from '../../src/analyse/lexicon/resolution.js';
import * as sales from '../../src/analyse/lexicon/sales.js';
import { has } from './helpers.js';

const modules = { courtesy, emotion, empathy, enquiries, listening, ownership, questions, resolution, sales };

function patterns(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (!Array.isArray(value)) continue;
      for (const entry of value as unknown[]) {
        const re = typeof entry === 'string' ? entry : (entry as Exclude<CueEntry, string>)?.re;
        if (typeof re === 'string') out.push([`${file}.${name}`, re]);
      }
    }
  }
  return out;
}

/** Alternatives that begin with an apostrophe in a group that begins a word. */
export function deadContractions(re: string): string[] {
  const found: string[] = [];
  for (let i = 1; i < re.length; i++) {
    if (re[i] !== "'" || (re[i - 1] !== '(' && re[i - 1] !== '|')) continue;
    let depth = 0;
    let open = i - 1;
    for (; open >= 0; open--) {
      if (re[open] === ')') depth++;
      else if (re[open] === '(' && depth-- === 0) break;
    }
    const before = open > 0 ? re[open - 1] : ' ';
    if (before === ' ' || before === '(' || before === '|') found.push(re.slice(open, Math.min(re.length, i + 12)));
  }
  return found;
}

describe('cue lexicons', () => {
  it('finds the lexicons', () => {
    expect(patterns().length).toBeGreaterThan(300);
  });

  it('recognises a dead contraction when there is one', () => {
    expect(deadContractions("(i|we) (would like|'d like) to")).toHaveLength(1);
    expect(deadContractions("[a-z]+('s|'re) broken")).toHaveLength(0);
  });

  it('holds no alternative that starts with a contraction', () => {
    const dead = patterns().flatMap(([where, re]) => deadContractions(re).map((d) => `${where}: ${d}`));
    expect(dead).toEqual([]);
  });

  // In a JavaScript string "\w" is just "w": a class written with one backslash leaves "(w+ )", "|d+)" or "[w-]+"
  // behind, which matches the letter, never a word or a digit.
  it('holds no character class that lost its backslash', () => {
    const lost = patterns().filter(([, re]) => /(^|[^\\])(\((w|d|s)[+*{]|\|(w|d|s)[+*{]|\[(w|d|s)-?\])/.test(re)).map(([where, re]) => `${where}: ${re}`);
    expect(lost).toEqual([]);
  });

  // The same slip anywhere in a lexicon's source: inside a quoted string "\d", "\s" or "\?" is only "d", "s" or "?" (a
  // "\s*\?" left as "s*?" matches anything). Regex escapes in these strings are written with two backslashes.
  it('holds no regex escape with a single backslash in a lexicon string', () => {
    const lexicons = join(import.meta.dirname, '../../src/analyse/lexicon');
    const lost = readdirSync(lexicons).flatMap((file) => uselessEscapes(readFileSync(join(lexicons, file), 'utf8')).map((at) => `${file}: ${at}`));
    expect(lost).toEqual([]);
  });

  it('recognises a regex escape that lost its backslash in a string, and not in a regex literal', () => {
    expect(uselessEscapes("const a = ['(by|in) \\d+ days\\s*\\?'];")).toHaveLength(3);
    expect(uselessEscapes("const a = ['(by|in) \\\\d+ days']; const b = s.split(/\\s+/); // \\d")).toHaveLength(0);
  });

  it.each<[string, 'customer' | 'agent', 'enquiry' | 'problem' | 'offer' | 'customer-emotion' | 'deflection']>([
    ["hi, I'd like to upgrade my plan", 'customer', 'enquiry'],
    ["hello it's broken again and the screen's cracked", 'customer', 'problem'],
    ["we've also got a family bundle that covers four phones", 'agent', 'offer'],
    ["i've lost my wallet with every card in it", 'customer', 'customer-emotion'],
    ["i'm not able to help with that", 'agent', 'deflection'],
  ])('matches the contracted form in %j', (text, role, act) => {
    expect(has(text, act, role)).toBe(true);
  });
});

const REGEX_ESCAPES = new Set([...'dswbDSWB?.()[]{}+*|^$']);

/** Escapes such as "\d" inside quoted strings of TypeScript source (comments and regex literals are skipped). */
export function uselessEscapes(source: string): string[] {
  const found: string[] = [];
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (!quote) {
      if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i) < 0 ? source.length : source.indexOf('\n', i);
      else if (c === '/' && source[i + 1] !== '*') i = skipRegexLiteral(source, i);
      else if (c === "'" || c === '"' || c === '`') quote = c;
      continue;
    }
    if (c === quote) quote = '';
    else if (c === '\\') {
      if (REGEX_ESCAPES.has(source[i + 1])) found.push(source.slice(Math.max(0, i - 12), i + 2));
      i++;
    }
  }
  return found;
}

/** From the opening "/" of a regex literal to its closing "/" on the same line (a division has none). */
function skipRegexLiteral(source: string, start: number): number {
  for (let i = start + 1; i < source.length && source[i] !== '\n'; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '/') return i;
  }
  return start;
}
