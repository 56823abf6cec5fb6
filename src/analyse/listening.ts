// Detects active listening: acknowledgements, and paraphrases (cue phrases, or a restatement of the other party's words).
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues } from './cues.js';
import { ACKNOWLEDGEMENT, PARAPHRASE } from './lexicon/listening.js';
import { LEAD_FILLERS } from './lexicon/questions.js';
import { STOPWORDS, stem } from './tokens.js';

const acknowledgement = compileCues(ACKNOWLEDGEMENT);
const paraphrase = compileCues(PARAPHRASE);

// A restatement reuses at least this many distinct content stems of the other party's turn...
const MIN_SHARED_STEMS = 3;
// ...making up at least this share of the restating turn's own content.
const MIN_SHARED_SHARE = 0.4;
const RESTATING_OPENERS = new Set(['so', 'you', "you're", 'youre', 'your', 'it', 'that', 'sounds', 'seems', 'just']);

export function acknowledgementActs(ctx: TurnContext): Act[] {
  const hit = findCues(ctx.turn, acknowledgement)[0];
  return hit ? [{ act: 'acknowledgement', cue: hit.cue, span: hit.span }] : [];
}

/**
 * Paraphrase of the most recent turn of another speaker (`previous`), by cue phrase or by reusing its content words
 * in a restating form.
 */
export function paraphraseActs(ctx: TurnContext, stems: readonly string[], previous?: { index: number; stems: readonly string[] }): Act[] {
  const hit = findCues(ctx.turn, paraphrase)[0];
  const ofTurn = previous?.index;
  if (hit) return [{ act: 'paraphrase', ...(ofTurn !== undefined ? { ofTurn } : {}), cue: hit.cue, span: hit.span }];
  if (!previous || !stems.length) return [];
  const theirs = new Set(previous.stems);
  const mine = new Set(stems);
  let shared = 0;
  for (const s of mine) if (theirs.has(s)) shared++;
  if (shared < MIN_SHARED_STEMS || shared / mine.size < MIN_SHARED_SHARE) return [];
  const { tokens } = ctx.turn;
  let k = 0;
  while (k < tokens.length && LEAD_FILLERS.has(tokens[k]) && tokens[k] !== 'so' && tokens[k] !== 'just') k++;
  if (!RESTATING_OPENERS.has(tokens[k] ?? '') && shared / mine.size < 0.6) return [];
  const end = ctx.turn.sentences[0]?.end ?? ctx.turn.text.length;
  const reused = tokens.filter((t) => theirs.has(stem(t)) && !STOPWORDS.has(t));
  const cue = [...new Set(reused)].slice(0, 5).join(' ');
  return [{ act: 'paraphrase', ofTurn: previous.index, cue, span: [ctx.turn.starts[k] ?? 0, end] }];
}
