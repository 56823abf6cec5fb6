// Detects greetings and closings; "thank you for calling" opens a call and closes it, so position decides.
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues } from './cues.js';
import type { TurnText } from './tokens.js';
import { CLOSING, GREETING } from './lexicon/courtesy.js';

const greeting = compileCues(GREETING);
const closing = compileCues(CLOSING);

// A greeting opens a turn: "hi" deep inside a turn is usually something else ("say hi to him").
const GREETING_WITHIN_TOKENS = 8;
// The opening of a call: its first turns (at most the first half, so a short call still has an end).
const OPENING_TURNS = 3;

export function courtesyActs(ctx: TurnContext, turnCount: number): Act[] {
  const acts: Act[] = [];
  const opening = ctx.index < Math.min(OPENING_TURNS, Math.ceil(turnCount / 2));
  const greet = findCues(ctx.turn, greeting, { to: Math.min(ctx.turn.tokens.length, GREETING_WITHIN_TOKENS) })
    .find((h) => opening || !/thank/.test(h.cue));
  if (greet) acts.push({ act: 'greeting', cue: greet.cue, span: greet.span });
  const close = findCues(ctx.turn, closing).find((h) => !opening || !/thank/.test(h.cue));
  if (close) acts.push({ act: 'closing', cue: close.cue, span: close.span });
  return acts;
}

// "Thanks for calling Skyline.", "Okay, bye then.": longer turns say something besides.
const SIGN_OFF_TOKENS = 8;

/** The turn only signs off: short, with a closing in each sentence. It answers nothing asked before it. */
export function signsOffOnly(turn: TurnText): boolean {
  if (!turn.tokens.length || turn.tokens.length > SIGN_OFF_TOKENS) return false;
  const hits = findCues(turn, closing);
  return turn.sentences.every((s) => hits.some((h) => h.span[0] >= s.start && h.span[0] < s.end));
}
