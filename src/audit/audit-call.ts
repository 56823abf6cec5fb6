// One call through the pipeline: analyse once, run every rule, score. Pure and per-call, so it can run on any core.
import { analyseCall } from '../analyse/index.js';
import type { Act } from '../model/analysis.js';
import type { CallResult } from '../model/results.js';
import type { Transcript } from '../model/transcript.js';
import { pieceRedactor, redact } from '../privacy/redact.js';
import { runRules, scoreCall, type ResolvedRule } from './run-rules.js';

export interface AuditSettings {
  rules: ResolvedRule[];
  /** Mask card numbers, phone numbers and e-mail addresses in quotes and cues (default on). */
  redact: boolean;
  /** Keep the per-turn annotations (default true); aggregates and table/CSV reports do not need them. */
  annotations?: boolean;
}

export function auditCall(call: Transcript, settings: AuditSettings, key = call.id): CallResult {
  const analysis = analyseCall(call);
  const rules = runRules(call, analysis, settings.rules, { redact: settings.redact });
  const timed = call.turns.filter((t) => t.end !== undefined || t.start !== undefined);
  const last = timed.at(-1);
  return {
    callId: call.id,
    key,
    agent: call.agent,
    ...(call.startedAt ? { startedAt: call.startedAt } : {}),
    source: call.source,
    ...(call.roles ? { roles: call.roles } : {}),
    turnCount: call.turns.length,
    ...(last ? { durationSeconds: round1(last.end ?? last.start ?? 0) } : {}),
    score: scoreCall(rules),
    rules,
    annotations: settings.annotations === false
      ? []
      : analysis.turns.map((t) => ({ turn: t.index, role: t.role, acts: settings.redact ? redactCues(t.acts, call.turns[t.index].text) : t.acts })),
  };
}

function redactCues(acts: readonly Act[], text: string): Act[] {
  // What to mask in the turn is found once for all its cues.
  const piece = pieceRedactor(text);
  return acts.map((act) => {
    if (act.cue === undefined) return act;
    // A cue that cuts into a phone or card number ("it's 4471" of "it's 4471 0932") is masked with the whole number.
    const masked = act.span ? piece(act.span) : undefined;
    const cut = masked !== undefined && masked !== text.slice(act.span![0], act.span![1]);
    return { ...act, cue: cut ? masked.toLowerCase() : redact(act.cue) };
  });
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
