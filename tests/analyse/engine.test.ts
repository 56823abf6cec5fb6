// The fast paths of the per-turn engine (tokeniser, clause breaks, sentence look-up, cue index) against plain references.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCues, findCues, type CueEntry } from '../../src/analyse/cues.js';
import { readTurnText, sentenceAt, type TurnText } from '../../src/analyse/tokens.js';

// The definitions the scanners replace, kept here as the reference they must agree with.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const CLAUSE_PUNCTUATION = /[,;:.!?\u2013\u2014]|\s-|-\s/;

function referenceTokens(norm: string): { tokens: string[]; starts: number[] } {
  const tokens: string[] = [];
  const starts: number[] = [];
  for (const m of norm.matchAll(WORD)) {
    tokens.push(m[0]);
    starts.push(m.index!);
  }
  return { tokens, starts };
}

function referenceBreaks(turn: TurnText): number[] {
  const out: number[] = [];
  for (let k = 1; k < turn.tokens.length; k++) {
    if (turn.starts[k] !== turn.ends[k - 1] && CLAUSE_PUNCTUATION.test(turn.norm.slice(turn.ends[k - 1], turn.starts[k]))) out.push(k);
  }
  return out;
}

// Characters that stress the scanner: ASCII, apostrophes, clause punctuation, hyphens, unusual spaces, accented and
// non-Latin letters, other scripts' digits, combining marks, astral letters and emoji (surrogate pairs), lone surrogates.
const PIECES = [
  'a', 'z', 'Q', '0', '9', "'", '\u2019', '`', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', ',', ';', ':', '.',
  '!', '?', '-', ' - ', '\u2013', '\u2014', '$', '\u00a3', '\u20ac', '(', ')', '"', 'é', 'ß', 'İ', 'Ω', 'ж', '中', '\u0663',
  '\u00b2', '\u0301', '𝐀', '😀', '\ud800', '\udc00', "i'm", 'dont', "don't", 'uh-huh', '24', "it's", "o'", "'s",
];
const messyText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokeniser', () => {
  it('finds exactly the tokens of the unicode word pattern, at the same offsets', () => {
    fc.assert(fc.property(messyText, (text) => {
      const turn = readTurnText(text);
      const ref = referenceTokens(turn.norm);
      expect(turn.tokens).toEqual(ref.tokens);
      expect(turn.starts).toEqual(ref.starts);
      expect(turn.ends).toEqual(ref.starts.map((s, k) => s + ref.tokens[k].length));
    }), { numRuns: 2000 });
  });

  it('marks a clause break exactly where the punctuation pattern finds one in the gap', () => {
    fc.assert(fc.property(messyText, (text) => {
      const turn = readTurnText(text);
      const breaks: number[] = [];
      turn.breakBefore.forEach((b, k) => { if (b) breaks.push(k); });
      expect(breaks).toEqual(referenceBreaks(turn));
    }), { numRuns: 2000 });
  });

  it.each([
    ["I'm fine, thanks - really", ["i'm", 'fine', 'thanks', 'really'], [2, 3]],
    ['uh-huh yeah', ['uh', 'huh', 'yeah'], []],
    ['café—ok', ['café', 'ok'], [1]],
    ["rock'n'roll it's 5'o", ["rock'n'roll", "it's", "5'o"], []],
    ['so\u00a0- no', ['so', 'no'], [1]],
  ])('tokenises %j', (text, tokens, breaks) => {
    const turn = readTurnText(text);
    expect(turn.tokens).toEqual(tokens);
    expect([...turn.breakBefore.keys()].filter((k) => turn.breakBefore[k])).toEqual(breaks);
  });
});

describe('sentenceAt', () => {
  it('returns the first sentence ending after the offset, else the last', () => {
    fc.assert(fc.property(messyText, fc.nat(60), (text, pos) => {
      const turn = readTurnText(text);
      const linear = turn.sentences.find((s) => pos < s.end) ?? turn.sentences[turn.sentences.length - 1];
      expect(sentenceAt(turn, pos)).toBe(linear);
    }), { numRuns: 1000 });
  });
});

describe('cue index', () => {
  // Patterns whose possible first words come from multi-word alternatives, nested and optional groups.
  const lexicon = compileCues([
    '(frustrated|fed up|sick (and tired )?of)',
    '((so|really) )?sorry to hear',
    "(i'm|i am) (really |so )?(worried|scared)",
    "(please )?(hold on|bear with me)",
    { re: 'is it (still )?down', notInQuestion: true },
    { re: 'no (problem|worries)', negatable: false },
    '\\$ ?\\d+',
    // Any word after "the" or "your", then "will": the word after "the" is not "will".
    '(it|the \\w+|your \\w+) will (arrive|show)',
  ] satisfies CueEntry[]);
  const cues = (text: string) => findCues(readTurnText(text), lexicon).map((h) => h.cue);

  it.each([
    ['honestly im fed up with this', ['fed up']],
    ['i am sick and tired of calling', ['sick and tired of']],
    // Every place a cue matches is reported, including the shorter match inside a longer one.
    ['Really sorry to hear that', ['really sorry to hear', 'sorry to hear']],
    ['sorry to hear, i am so worried', ['sorry to hear', 'i am so worried']],
    ['please bear with me a sec', ['please bear with me', 'bear with me']],
    ['hold on, it costs $ 20', ['hold on', '$ 20']],
    ['no worries at all', ['no worries']],
    ["I'M SCARED it's down", ["i'm scared"]],
    ['the credit will show on your bill', ['the credit will show']],
    ['your parcel will arrive on monday and it will show', ['your parcel will arrive', 'it will show']],
  ])('finds the cues of %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    ["i'm not frustrated", 'negation before the cue'],
    ['i am not really worried', 'a negation inside the cue'],
    ["i'm not really sorry to hear it", 'negation two words before'],
    ['not very very sorry to hear', 'negation three words before'],
    ['fedup', 'words run together'],
    ['hold. on', 'a sentence break inside the cue'],
    ['sorry to hearing', 'a longer word'],
  ])('does not find a cue in %j (%s)', (text) => {
    expect(cues(text)).toEqual([]);
  });

  // Cues that cannot be tried at a known first word scan the whole text; a word every match contains gates the scan.
  const scanned = compileCues([
    { re: '\\w+ speaking', negatable: false },
    { re: '(\\d+|ten|twenty|half) ?(percent|%) off', negatable: false },
    { re: '[$\u00a3\u20ac] ?\\d', negatable: false },
  ] satisfies CueEntry[]);
  it.each([
    ['hi this is dana speaking', ['dana speaking']],
    ["it's speaking now", ['s speaking']],
    ['you get twenty percent off and 15% off', ['twenty percent off', '15% off']],
    ['that is \u00a3 5 a month', ['\u00a3 5']],
    ['speaking, 20 percent of it', []],
    ['speak to me', []],
  ])('scans %j', (text, expected) => {
    expect(findCues(readTurnText(text), scanned).map((h) => h.cue)).toEqual(expected);
  });

  it('keeps a negation behind a clause break from reaching the cue', () => {
    expect(cues("no, i'm frustrated")).toEqual(['frustrated']);
  });

  // Speech-to-text marks no break before a new subject: "it's not your kit i'm scared of" opens a clause of its own.
  it.each([
    ["it's not the router i'm scared it's the line", ["i'm scared"]],
    ["it's not that i'm scared", []],
    ["i'm not scared", []],
  ])('reads a subject run together with its verb as a new clause in %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  // "without hot water", "nothing else": a negated noun phrase is the subject of the verb after it, not its negation.
  it.each([
    ['days without water is fed up', ['fed up']],
    ['nothing else is fed up', ['fed up']],
    ['days without water fed up', []],
    ['nothing fed up here', []],
  ])('ends a negated subject at its verb in %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('filters by token range and by question exactly as filtering the full list does', () => {
    const turn = readTurnText('is it still down? is it down. sorry to hear, fed up, hold on $5 fed up');
    const all = findCues(turn, lexicon);
    const question = (s: { questionMark: boolean }) => s.questionMark;
    for (let from = -1; from <= turn.tokens.length + 1; from++) {
      for (let to = from; to <= turn.tokens.length + 1; to++) {
        const expected = all.filter((h) => h.token >= Math.max(from, 0) && h.token < to
          && !(h.spec.notInQuestion && question(sentenceAt(turn, h.span[0])!)));
        expect(findCues(turn, lexicon, { from, to, isQuestion: question })).toEqual(expected);
        expect(findCues(turn, lexicon, { from, to })).toEqual(all.filter((h) => h.token >= from && h.token < to));
      }
    }
    expect(findCues(turn, lexicon, {})).toEqual(all);
  });
});
