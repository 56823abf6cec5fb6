// Small helpers the rule modules share for finding moments in a call's acts (no detection here: only policy over acts).
import { z } from 'zod';
import { ACT_NAMES, actsOf, hasAct, type ActName, type Analysis, type TurnAnalysis } from '../../src/model/analysis.js';
import type { Role } from '../../src/model/transcript.js';

/** Agent acts that show a fix is on the table: a commitment to act or a concrete next step. */
export const FIX_ACTS: readonly ActName[] = ['ownership', 'next-step'];

/** zod schema for a list of act names in rule options, so a typo in config fails with the allowed names. */
export const actListSchema = z.array(z.enum(ACT_NAMES));

export function turnsOf(analysis: Analysis, role: Role): TurnAnalysis[] {
  return analysis.turns.filter((t) => t.role === role);
}

export function hasAnyAct(turn: TurnAnalysis, names: readonly ActName[]): boolean {
  return names.some((name) => hasAct(turn, name));
}

/** The customer told a problem they are calling about ("my card got declined"), whether or not they asked anything. */
export function broughtProblem(analysis: Analysis): boolean {
  return analysis.turns.some((t) => t.role === 'customer' && hasAct(t, 'problem'));
}

/** The customer voices a negative feeling or says the problem persists somewhere in the call: there is a problem to deal with. */
export function customerUpset(analysis: Analysis): boolean {
  return analysis.turns.some(
    (t) => t.role === 'customer' && (hasAct(t, 'problem-persists') || actsOf(t, 'customer-emotion').some((e) => e.polarity === 'negative')),
  );
}

/** The next `count` agent turns after turn `after` (exclusive). */
export function nextAgentTurns(analysis: Analysis, after: number, count: number): TurnAnalysis[] {
  const out: TurnAnalysis[] = [];
  for (let i = after + 1; i < analysis.turns.length && out.length < count; i++) {
    if (analysis.turns[i].role === 'agent') out.push(analysis.turns[i]);
  }
  return out;
}

/** Index of the first turn of `role` carrying any of `names`, at or after `from`; -1 when none. */
export function firstTurnWith(analysis: Analysis, role: Role, names: readonly ActName[], from = 0): number {
  for (let i = from; i < analysis.turns.length; i++) {
    const t = analysis.turns[i];
    if (t.role === role && hasAnyAct(t, names)) return i;
  }
  return -1;
}

/** Index of the last turn of `role` carrying any of `names`; -1 when none. */
export function lastTurnWith(analysis: Analysis, role: Role | 'any', names: readonly ActName[]): number {
  for (let i = analysis.turns.length - 1; i >= 0; i--) {
    const t = analysis.turns[i];
    if ((role === 'any' || t.role === role) && hasAnyAct(t, names)) return i;
  }
  return -1;
}

/** Scores are reported to one decimal so reports stay stable and readable. */
export function percent(fraction: number): number {
  const clamped = Math.min(1, Math.max(0, fraction));
  return Math.round(clamped * 1000) / 10;
}
