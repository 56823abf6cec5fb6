// Detects ownership (first-person commitments) and deflection (passing the problem away without a plan).
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues } from './cues.js';
import { DEFLECTION, OWNERSHIP } from './lexicon/ownership.js';

const ownership = compileCues(OWNERSHIP);
const deflection = compileCues(DEFLECTION);

export function ownershipActs(ctx: TurnContext): Act[] {
  const acts: Act[] = [];
  const owned = findCues(ctx.turn, ownership)[0];
  if (owned) acts.push({ act: 'ownership', cue: owned.cue, span: owned.span });
  const deflected = findCues(ctx.turn, deflection)[0];
  if (deflected) acts.push({ act: 'deflection', cue: deflected.cue, span: deflected.span });
  return acts;
}
