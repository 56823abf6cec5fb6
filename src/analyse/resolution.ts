// Detects resolution talk: checking the fix, confirming it, or reporting that the problem persists.
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues, type CueHit } from './cues.js';
import { PROBLEM_PERSISTS, RESOLUTION_CHECK, RESOLUTION_CONFIRMED } from './lexicon/resolution.js';
import { sentenceAt } from './tokens.js';

const check = compileCues(RESOLUTION_CHECK);
const confirmed = compileCues(RESOLUTION_CONFIRMED);
const persists = compileCues(PROBLEM_PERSISTS);

// "how does that work?" asks for an explanation, "does that work?" checks the fix.
const ASKS_HOW = new Set(['how', 'why', 'what', 'where', 'when']);

// Before a statement's "anything else": "i don't need anything else", "or anything else", "more than anything else".
const WANTING_BEFORE = new Set(['need', 'want', 'get', 'have', 'buy', 'know', 'nothing', 'something', 'not', 'any', 'or', 'and', 'if', 'like', 'than', 'do', 'said', 'say', 'of', 'over', 'about', 'from', 'for']);

// The tags of the customer's own checks (lexicon/resolution.ts): the only ones read in a customer's turn.
const SETTLED = new Set(['settled', 'settled-asked']);

/** A bare "anything else (today)?" is a check only as a short sentence of its own, near its start. */
const BARE_SENTENCE_TOKENS = 7;

/**
 * `agentActed`: the agent has already done something about the problem (a commitment or a next step, in an earlier
 * turn), so the agent's question about what the customer sees checks the fix rather than diagnosing the fault, and the
 * customer's "is that me done?" checks it is settled rather than asking about a job.
 */
export function resolutionActs(ctx: TurnContext, agentActed: boolean): Act[] {
  const { turn, isQuestion } = ctx;
  const acts: Act[] = [];
  // The agent checks the fix in many words; a customer's own "anything else?" or "can you check it went through" asks
  // something new, and their check is only whether it is settled ("so that's all done then, is it?").
  const asked = findCues(turn, check).find((h) => {
    const tag = h.spec.tag ?? '';
    if (SETTLED.has(tag) !== (ctx.role === 'customer') || ASKS_HOW.has(turn.tokens[h.token - 1] ?? '')) return false;
    if (tag === 'bare') return bareCheck(ctx, h);
    return (tag !== 'state' && tag !== 'settled-asked') || agentActed;
  });
  if (asked) acts.push({ act: 'resolution-check', cue: asked.cue, span: asked.span });
  // Whether the problem is still there, or solved, is the customer's to say: an agent's "okay, that helps" thanks
  // them for a detail.
  if (ctx.role === 'agent') return acts;
  const still = persistingProblem(ctx);
  if (still) acts.push({ act: 'problem-persists', cue: still.cue, span: still.span });
  // A turn that reports the problem is still there does not also confirm it is solved.
  const fixed = still ? undefined : findCues(turn, confirmed, { isQuestion })[0];
  if (fixed) acts.push({ act: 'resolution-confirmed', cue: fixed.cue, span: fixed.span });
  return acts;
}

/** The first words of the turn saying the problem is still there ("it's still dropping", "down again"). */
export function persistingProblem(ctx: TurnContext): CueHit | undefined {
  return findCues(ctx.turn, persists, { isQuestion: ctx.isQuestion })[0];
}

function bareCheck(ctx: TurnContext, hit: CueHit): boolean {
  const s = sentenceAt(ctx.turn, hit.span[0]);
  if (!s) return false;
  // "Before anything else, can I have a look at your cover?" puts something first; it checks nothing (unlike "he'll ring
  // ten minutes before. Anything else?").
  if (hit.token - 1 === s.tokenStart && ctx.turn.tokens[s.tokenStart] === 'before') return false;
  const offset = hit.token - s.tokenStart;
  const length = s.tokenEnd - s.tokenStart;
  // Unpunctuated speech-to-text runs the check on from the last point: "you can take cash out in branch anything else".
  // "i'll pass that on anything else", not "no i don't need anything else".
  // A writer who punctuates would have set the check off ("I can't think of anything else, uh." states).
  if (hit.token + 4 >= ctx.turn.tokens.length && s.tokenEnd === ctx.turn.tokens.length && !ctx.turn.punctuated && offset > 0
    && !WANTING_BEFORE.has(ctx.turn.tokens[hit.token - 1])) return true;
  // "is there anything else" / "anything else?" / "ok anything else today" but not "I need anything else from you".
  if (offset > 3) return false;
  return length <= BARE_SENTENCE_TOKENS || ctx.isQuestion(s) || s.tokenEnd - hit.token <= 4;
}
