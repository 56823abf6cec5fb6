// Appraisals: a word the valence lexicon rates, in a frame that makes it a feeling or a judgement of a situation.
// Cue lists learn only the wordings they were written for; the frame carries over to every word the lexicon rates,
// so "i'm shattered", "it's left me rattled" and "that sounds miserable" need no cue of their own.
import type { Span } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import {
  DOING_VERBS, DONE_TO, EXCLAIMING, ACCEPTING, FACTUAL_GOOD, FELT_STATES, JUDGING_WORDS, FRAME_FILLERS, LISTENER_SUBJECT_VERBS, LISTENER_VERBS, NOT_A_FEELING, NOT_FELT_GOOD,
  OWN_SUBJECT_VERBS, OWN_SUBJECTS, OWN_VERBS, PERCEIVING, SITUATION_SUBJECT_VERBS, SITUATION_SUBJECTS, SITUATION_VERBS,
  SUPPOSING, SUPPOSING_VERBS, VALIDATING, VICARIOUS, WILLING_AFTER,
} from './lexicon/appraisal.js';
import { TOPIC_NOT_FEELING } from './lexicon/emotion.js';
import { isNegator, negatedAt } from './negation.js';
import { sentenceAt } from './tokens.js';

/**
 * Whose state or what the appraisal is about: `own` the speaker's feeling ("i'm gutted"), `situation` a judgement of
 * what happened ("this has been dreadful", "what a rotten week"), `listener` the other party's state or situation as
 * the speaker perceives it ("you must be exhausted", "that sounds miserable").
 */
export type AppraisalFrame = 'own' | 'situation' | 'listener';

export interface Appraisal {
  frame: AppraisalFrame;
  polarity: 'negative' | 'positive';
  /** The framed word's rating, sign flipped when negated ("i'm not happy" is -3). */
  strength: number;
  /** The frame's first word: "that" of "that sounds", "i'm", "what" of "what a". */
  head: string;
  /** Token index where the frame starts. */
  token: number;
  cue: string;
  span: Span;
}

// At most this many fillers between the frame and the word: "i'm getting a bit fed up" has three.
const MAX_FILLERS = 4;
// A negative word needs this rating to be framed ("upset" -2); a positive one this much ("delighted" 3), since mild
// approval said of oneself is usually an answer ("i'm good").
const NEGATIVE_AT = -2;
const POSITIVE_AT = 3;
// Denied, a milder positive word says something is wrong: "that's not fair".
const DENIED_AT = 2;

/**
 * Every appraisal of the turn, in text order, at most one per framed word. Read once per turn by turnContext, from the
 * parts of the context built before it (tokens, questions, valences).
 */
export function appraisals(ctx: Omit<TurnContext, 'appraisals'>): Appraisal[] {
  const { turn } = ctx;
  const { tokens } = turn;
  const out: Appraisal[] = [];
  for (const v of ctx.valences) {
    const k = v.token;
    const word = tokens[k];
    if (v.rated > NEGATIVE_AT && v.rated < DENIED_AT) continue;
    if (TOPIC_NOT_FEELING.has(word) || NOT_A_FEELING.has(word)) continue;
    // Walk back over fillers and negators to the frame.
    let j = k - 1;
    let negated = false;
    while (j >= 0 && k - j <= MAX_FILLERS + 1 && !turn.breakBefore[j + 1]) {
      if (isNegator(tokens, j)) negated = true;
      else if (!FRAME_FILLERS.has(tokens[j])) break;
      j--;
    }
    if (j < 0 || turn.breakBefore[j + 1]) continue;
    const frame = frameAt(ctx, j, k);
    if (!frame) continue;
    const first = frameStart(tokens, j, frame);
    // "i don't think you're upset", "nobody said it's awful": negated before the frame.
    if (negatedAt(turn, first)) continue;
    // Said of the listener or of what happened, a judging word is no recognition: "you're weird", "that's vague".
    if (frame !== 'own' && JUDGING_WORDS.has(word)) continue;
    // Of the listener in person, only a feeling: "you're worried", not "you're a shitty driver" or "you're hopeless at it".
    if (frame === 'listener' && LISTENER_HEADS.has(tokens[first]) && !namesFeeling(tokens, j, k)) continue;
    const strength = negated ? -v.rated : v.rated;
    // "i'm not worried" voices no feeling; "i'm not happy" and "that's really not fair on you" voice one. A negated
    // feeling of the listener ("that doesn't sound awful") is no appraisal either way.
    if (negated && (v.rated < 0 || frame === 'listener' || (frame === 'own' ? NOT_FELT_GOOD : FACTUAL_GOOD).has(word))) continue;
    if (!negated && v.rated > 0 && (v.rated < POSITIVE_AT || frame !== 'own' || NOT_FELT_GOOD.has(word) || (ACCEPTING.has(word) && WILLING_AFTER.has(tokens[k + 1])))) continue;
    const start = turn.starts[first];
    out.push({ frame, polarity: strength < 0 ? 'negative' : 'positive', strength, head: tokens[first], token: first, cue: turn.norm.slice(start, turn.ends[k]), span: [start, turn.ends[k]] });
  }
  return out;
}

const LISTENER_HEADS = new Set(['you', "you're", 'youre', "you've", 'youve']);

/** A feeling, not a trait: a past participle or a known state, not after an article ("you're a disgrace"). */
function namesFeeling(tokens: readonly string[], j: number, k: number): boolean {
  for (let i = j + 1; i < k; i++) if ((tokens[i] === 'a' || tokens[i] === 'an') && tokens[i + 1] !== 'bit' && tokens[i + 1] !== 'little') return false;
  const w = tokens[k];
  return FELT_STATES.has(w) || (w.endsWith('ed') && !w.endsWith('eed'));
}

/** Which frame ends at token `j`, just before the fillers that lead to the framed word at `k`. */
function frameAt(ctx: Omit<TurnContext, 'appraisals'>, j: number, k: number): AppraisalFrame | null {
  const { tokens } = ctx.turn;
  const w = tokens[j];
  const before = tokens[j - 1] ?? '';
  if (OWN_SUBJECT_VERBS.has(w)) return 'own';
  if (OWN_VERBS.has(w) && OWN_SUBJECTS.has(before)) return 'own';
  // "i feel pretty grim": the verb itself is a filler ("i'm starting to feel"), so the walk stops at its subject.
  if (OWN_SUBJECTS.has(w) && OWN_VERBS.has(tokens[j + 1])) return 'own';
  if (DONE_TO.has(w) && DOING_VERBS.has(before)) return 'own';
  if (LISTENER_SUBJECT_VERBS.has(w) || (LISTENER_VERBS.has(w) && before === 'you')) return 'listener';
  if (PERCEIVING.has(w) && SITUATION_SUBJECTS.has(before)) return 'listener';
  if (SUPPOSING_VERBS.has(w) && SUPPOSING.has(before)) return supposedOf(tokens, j - 2, before);
  // The speaker in the listener's place: "i'd be livid too", "anyone'd feel let down".
  if (SUPPOSING_VERBS.has(w) && VICARIOUS.has(before)) return 'listener';
  // Validating the feeling: "natural to feel anxious", "a fair thing to be unhappy about".
  if (VALIDATING.has(w) && tokens[j + 1] === 'to') return 'listener';
  if (SUPPOSING_VERBS.has(w) && before === 'to' && (VALIDATING.has(tokens[j - 2]) || (tokens[j - 2] === 'thing' && VALIDATING.has(tokens[j - 3])))) return 'listener';
  if (SITUATION_SUBJECT_VERBS.has(w) || (SITUATION_VERBS.has(w) && SITUATION_SUBJECTS.has(before))) return 'situation';
  // "what a mess", "how awful": exclamations, never questions ("how bad is the damage?").
  // (Speech-to-text's "so what ill do is..." is "what I'll do", no exclamation at an illness.)
  if (EXCLAIMING.has(w) && k - j <= 3 && !(k === j + 1 && tokens[k] === 'ill')) {
    const s = sentenceAt(ctx.turn, ctx.turn.starts[k]);
    if (s && !s.questionMark && !ctx.isQuestion(s)) return 'situation';
  }
  return null;
}

/**
 * "you must be exhausted", "that must have been awful": a supposition about the listener or their situation; with
 * "would", also the speaker in their place ("i would be upset too").
 */
function supposedOf(tokens: readonly string[], subject: number, modal: string): AppraisalFrame | null {
  const s = tokens[subject] ?? '';
  if (s === 'you' || SITUATION_SUBJECTS.has(s)) return 'listener';
  // "i would be upset too", "anyone would feel let down".
  return modal === 'would' && VICARIOUS.has(`${s} would`) ? 'listener' : null;
}

/** The first token of the frame that ends at `j`: two words ("i feel", "that sounds", "must be") or one ("i'm"). */
function frameStart(tokens: readonly string[], j: number, frame: AppraisalFrame): number {
  const w = tokens[j];
  if (OWN_SUBJECT_VERBS.has(w) || LISTENER_SUBJECT_VERBS.has(w) || SITUATION_SUBJECT_VERBS.has(w) || EXCLAIMING.has(w)) return j;
  if (SUPPOSING_VERBS.has(w) && frame === 'listener') return Math.max(0, VICARIOUS.has(tokens[j - 1]) ? j - 1 : tokens[j - 1] === 'to' ? j - 3 : j - 2);
  if (VALIDATING.has(w)) return j;
  if (OWN_SUBJECTS.has(w)) return j;
  return Math.max(0, j - 1);
}
