// What rules produce and what scoring and reports consume.
import type { Agent, Transcript } from './transcript.js';
import type { Act } from './analysis.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  /** 0-based turn index in the call. */
  turn: number;
  /** Seconds from the start of the call, when the transcript has timings. */
  time?: number;
  /** Evidence from the turn, redacted unless --no-redact. */
  quote: string;
  messageId: string;
  message: string;
  severity: Severity;
}

export interface RuleResult {
  ruleId: string;
  /** 0-100, or null when the rule does not apply to this call. */
  score: number | null;
  applicable: boolean;
  weight: number;
  findings: Finding[];
}

export interface TurnAnnotation {
  turn: number;
  role: Transcript['turns'][number]['role'];
  acts: Act[];
}

export interface CallResult {
  callId: string;
  /** Unique key in the batch (call id, suffixed when two files share an id). */
  key: string;
  agent: Agent;
  startedAt?: string;
  source: Transcript['source'];
  roles?: Transcript['roles'];
  turnCount: number;
  durationSeconds?: number;
  /** Weighted mean of applicable rules, 0-100; null when no rule applies. */
  score: number | null;
  rules: RuleResult[];
  annotations: TurnAnnotation[];
}
