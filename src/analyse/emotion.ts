// Detects the emotion a speaker voices: cue phrases first, the valence lexicon for what the cues miss; negation-aware.
import type { Act, Span } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues } from './cues.js';
import { NEGATIVE_EMOTION, POSITIVE_EMOTION } from './lexicon/emotion.js';

const negative = compileCues(NEGATIVE_EMOTION);
const positive = compileCues(POSITIVE_EMOTION);

// Lexicon-only detection needs several clearly charged words, so one stray "problem" is not emotion.
const LEXICON_NEGATIVE = -5;
const LEXICON_POSITIVE = 6;

export function emotionActs(ctx: TurnContext): Act[] {
  const { turn } = ctx;
  const acts: Act[] = [];
  const neg = findCues(turn, negative)[0];
  const pos = findCues(turn, positive)[0];
  let negSum = 0;
  let posSum = 0;
  let firstNeg = -1;
  let firstPos = -1;
  for (const v of ctx.valences) {
    if (v.value < 0) {
      negSum += v.value;
      if (firstNeg < 0) firstNeg = v.token;
    } else {
      posSum += v.value;
      if (firstPos < 0) firstPos = v.token;
    }
  }
  const wordSpan = (k: number): { cue: string; span: Span } => ({ cue: turn.norm.slice(turn.starts[k], turn.ends[k]), span: [turn.starts[k], turn.ends[k]] });
  if (neg) acts.push({ act: 'customer-emotion', polarity: 'negative', cue: neg.cue, span: neg.span });
  else if (negSum <= LEXICON_NEGATIVE && negSum + posSum < 0) acts.push({ act: 'customer-emotion', polarity: 'negative', ...wordSpan(firstNeg) });
  if (pos) acts.push({ act: 'customer-emotion', polarity: 'positive', cue: pos.cue, span: pos.span });
  else if (posSum >= LEXICON_POSITIVE && negSum === 0) acts.push({ act: 'customer-emotion', polarity: 'positive', ...wordSpan(firstPos) });
  return acts;
}
