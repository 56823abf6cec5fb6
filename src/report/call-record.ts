// A CallResult as the stable record the JSON and JSONL reports print: fixed key order, null for what is unknown.
import type { Act } from '../model/analysis.js';
import type { CallResult, Finding, RuleResult } from '../model/results.js';
import { passes, round1 } from '../score/aggregate.js';

export interface FindingRecord {
  ruleId: string;
  turn: number;
  time: number | null;
  quote: string;
  messageId: string;
  message: string;
  severity: Finding['severity'];
}

export interface CallRecord {
  key: string;
  callId: string;
  agent: { id: string; name: string | null; team: string | null };
  startedAt: string | null;
  source: { file: string; format: string; location: string | null };
  roles: CallResult['roles'] | null;
  turnCount: number;
  durationSeconds: number | null;
  score: number | null;
  /** Against the report's threshold; null when the call has no score. */
  passed: boolean | null;
  rules: { ruleId: string; applicable: boolean; score: number | null; weight: number; findings: FindingRecord[] }[];
  annotations: { turn: number; role: string; acts: Record<string, unknown>[] }[];
}

export function callRecord(call: CallResult, threshold: number): CallRecord {
  return {
    key: call.key,
    callId: call.callId,
    agent: { id: call.agent.id, name: call.agent.name ?? null, team: call.agent.team ?? null },
    startedAt: call.startedAt ?? null,
    source: { file: call.source.file, format: call.source.format, location: call.source.location ?? null },
    roles: call.roles ? { method: call.roles.method, confidence: call.roles.confidence, reason: call.roles.reason } : null,
    turnCount: call.turnCount,
    durationSeconds: call.durationSeconds ?? null,
    score: call.score === null ? null : round1(call.score),
    passed: call.score === null ? null : passes(call.score, threshold),
    rules: call.rules.map(ruleRecord),
    annotations: call.annotations.map((a) => ({ turn: a.turn, role: a.role, acts: a.acts.map(actRecord) })),
  };
}

function ruleRecord(rule: RuleResult): CallRecord['rules'][number] {
  return {
    ruleId: rule.ruleId,
    applicable: rule.applicable,
    score: rule.score === null ? null : round1(rule.score),
    weight: rule.weight,
    findings: sortedFindings(rule.findings).map(findingRecord),
  };
}

export function findingRecord(f: Finding): FindingRecord {
  return {
    ruleId: f.ruleId,
    turn: f.turn,
    time: f.time ?? null,
    quote: f.quote,
    messageId: f.messageId,
    message: f.message,
    severity: f.severity,
  };
}

/** Findings in reading order: by turn, then rule and message (a stable sort keeps a rule's own order after that). */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.turn - b.turn || cmp(a.ruleId, b.ruleId) || cmp(a.messageId, b.messageId));
}

/** All findings of a call in reading order. */
export function callFindings(call: CallResult): Finding[] {
  return sortedFindings(call.rules.flatMap((r) => r.findings));
}

// Detectors build acts in their own key order; `act` first, then the details by name, keeps the output stable.
function actRecord(act: Act): Record<string, unknown> {
  const out: Record<string, unknown> = { act: act.act };
  for (const key of Object.keys(act).filter((k) => k !== 'act').sort()) {
    const value = (act as unknown as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
