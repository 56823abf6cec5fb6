// Negation scope: is a cue at a given token negated by a word shortly before it in the same clause?
import { TAG_AUXILIARIES } from './lexicon/questions.js';
import type { TurnText } from './tokens.js';

const NEGATORS = new Set([
  'not', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'hardly', 'barely', 'without', 'cannot',
  'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'wouldnt',
  'couldnt', 'shouldnt', 'aint', 'nope',
]);
// "no" negates what follows it ("no problem") but not a new clause ("no i'm frustrated").
const CLAUSE_OPENERS = new Set([
  'i', "i'm", 'im', 'it', "it's", 'its', 'that', "that's", 'thats', 'you', "you're", 'we', 'they', 'he', 'she', 'this',
  "i'll", 'ill', "i've", "i'd", "we'll", "we're", "we've", "you'll", "they'll", "they're", "he's", "she's", "it'll", "let's",
]);
// An answer ends with "no" or "not" and a new clause starts: "no i'll put the dispute in tonight", "i suppose not i'll
// run a heater round" (speech-to-text, where no comma marks the break).
const ANSWER_ENDS = new Set(['no', 'not', 'nope']);
// Words that start a new clause: negation before them does not reach past them.
const SCOPE_BREAKS = new Set(['but', 'though', 'although', 'however', 'because', 'and', 'so', 'yet', 'except', 'if', 'when', 'whether']);

// Negators that make a noun phrase ("without hot water", "nothing else") rather than negate a verb.
const NOMINAL_NEGATORS = new Set(['without', 'no', 'nothing', 'nobody', 'none', 'neither']);
const FINITE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'changes', 'matters', 'works', 'happens', 'helps', 'seems', 'feels']);

// Nouns that "no" closes a formula with: "no worries", "no problem", "no rush".
const SELF_CONTAINED_AFTER_NO = new Set(['worries', 'worry', 'problem', 'problems', 'probs', 'bother', 'trouble', 'rush', 'hurry', 'stress', 'fuss']);

// "you do a dental add-on don't you how much would that be": a question word after a tag starts a new question
// (speech-to-text marks no break), which the tag's negation does not reach.
const TAG_SUBJECTS = new Set(['you', 'it', 'they', 'we', 'i', 'he', 'she', 'there']);
const QUESTION_WORDS = new Set(['how', 'what', 'when', 'where', 'which', 'who', 'why']);
function afterTag(tokens: readonly string[], k: number): boolean {
  return k >= 2 && QUESTION_WORDS.has(tokens[k]) && TAG_SUBJECTS.has(tokens[k - 1]) && isNegator(tokens, k - 2);
}

// "it can't keep up what would that cost": a question word with its auxiliary straight after opens a direct question,
// out of the negation's reach, unless a verb before takes it as its object ("i don't know what is included").
const TAKES_A_QUESTION = new Set(['ask', 'asked', 'tell', 'told', 'see', 'remember', 'care', 'wonder', 'explain', 'decide', 'matter']);
function opensQuestion(tokens: readonly string[], k: number): boolean {
  const before = tokens[k - 1] ?? '';
  return QUESTION_WORDS.has(tokens[k]) && TAG_AUXILIARIES.has(tokens[k + 1] ?? '') && !CLAUSE_AS_OBJECT_AFTER.has(before) && !TAKES_A_QUESTION.has(before);
}

export function isNegator(tokens: readonly string[], k: number): boolean {
  const t = tokens[k];
  if (t.endsWith("n't") || NEGATORS.has(t)) return true;
  if (t === 'no') return !CLAUSE_OPENERS.has(tokens[k + 1] ?? '');
  return false;
}

// A subject run together with its verb opens a clause of its own: "it's not your kit i've booked an engineer for
// tomorrow" (speech-to-text, no comma) books one. Its own negation comes after it ("i've not booked"), or before a word
// that makes it the object of the negated clause: "not that i'm scared", "i don't think you're upset", "i don't
// understand why you're upset".
const SUBJECT_AND_VERB = new Set([
  "i've", 'ive', "i'll", "i'm", 'im', "we've", 'weve', "we'll", "we're", "you'll", 'youll', "you've", "you're", 'youre',
  "they'll", 'theyll', "they've", "they're", "it'll", 'itll', "he'll", "she'll", "that'll", 'thatll',
]);

const CLAUSE_AS_OBJECT_AFTER = new Set([
  'that', 'why', 'how', 'if', 'whether', 'think', 'understand', 'know', 'believe', 'mean', 'say', 'suppose', 'reckon',
  'realise', 'realize', 'sure', 'feel', 'guess', 'expect', 'imagine',
]);

/**
 * True when one of the `window` tokens before token `k` negates it, within the same clause
 * (punctuation other than an apostrophe, or a clause word such as "but", ends the scope).
 */
export function negatedAt(turn: TurnText, k: number, window = 3): boolean {
  if (afterTag(turn.tokens, k) || opensQuestion(turn.tokens, k)) return false;
  if (SUBJECT_AND_VERB.has(turn.tokens[k]) && !CLAUSE_AS_OBJECT_AFTER.has(turn.tokens[k - 1] ?? '')) return false;
  let verbBetween = FINITE_VERBS.has(turn.tokens[k]);
  for (let j = k - 1; j >= 0 && j >= k - window; j--) {
    if (turn.breakBefore[j + 1]) return false;
    // "no worries we can do a screen today": the formula negates its own noun, not what follows it.
    if (turn.tokens[j] === 'no' && j + 1 < k && SELF_CONTAINED_AFTER_NO.has(turn.tokens[j + 1])) return false;
    // "three days without hot water is no fun", "nothing else changes, there's also...": a negated noun phrase is the
    // subject of the verb between, so the negation ends at that verb.
    if (verbBetween && NOMINAL_NEGATORS.has(turn.tokens[j])) return false;
    if (FINITE_VERBS.has(turn.tokens[j])) verbBetween = true;
    if (j === k - 1 && ANSWER_ENDS.has(turn.tokens[j]) && CLAUSE_OPENERS.has(turn.tokens[k])) return false;
    if (isNegator(turn.tokens, j)) return true;
    if (SCOPE_BREAKS.has(turn.tokens[j])) return false;
  }
  return false;
}
