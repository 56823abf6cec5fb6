// Detects resolution talk: checking the fix, confirming it, or reporting that the problem persists.
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues } from './cues.js';
import { PROBLEM_PERSISTS, RESOLUTION_CHECK, RESOLUTION_CONFIRMED } from './lexicon/resolution.js';

const check = compileCues(RESOLUTION_CHECK);
const confirmed = compileCues(RESOLUTION_CONFIRMED);
const persists = compileCues(PROBLEM_PERSISTS);

export function resolutionActs(ctx: TurnContext): Act[] {
  const { turn, isQuestion } = ctx;
  const acts: Act[] = [];
  const asked = findCues(turn, check)[0];
  if (asked) acts.push({ act: 'resolution-check', cue: asked.cue, span: asked.span });
  const still = findCues(turn, persists, { isQuestion })[0];
  if (still) acts.push({ act: 'problem-persists', cue: still.cue, span: still.span });
  // A turn that reports the problem is still there does not also confirm it is solved.
  const fixed = still ? undefined : findCues(turn, confirmed, { isQuestion })[0];
  if (fixed) acts.push({ act: 'resolution-confirmed', cue: fixed.cue, span: fixed.span });
  return acts;
}
