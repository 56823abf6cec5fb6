// Hand-built CallResults for score and report tests, independent of the pipeline that makes real ones.
import type { CallResult, Finding, RuleResult } from '../../src/model/results.js';
import { seededRandom } from '../../bench/generate.js';

export interface RuleSpec {
  ruleId: string;
  /** null: the rule did not apply. */
  score: number | null;
  weight?: number;
  findings?: Partial<Finding>[];
}

export interface CallSpec {
  key?: string;
  callId?: string;
  agent?: { id: string; name?: string; team?: string };
  file?: string;
  startedAt?: string;
  /** Call score; defaults to the weighted mean of the applicable rules. */
  score?: number | null;
  rules?: RuleSpec[];
  turnCount?: number;
}

let counter = 0;

export function makeRule(spec: RuleSpec): RuleResult {
  return {
    ruleId: spec.ruleId,
    score: spec.score,
    applicable: spec.score !== null,
    weight: spec.weight ?? 1,
    findings: (spec.findings ?? []).map((f) => ({
      ruleId: spec.ruleId,
      turn: 0,
      quote: 'example quote',
      messageId: 'missed',
      message: 'something was missed',
      severity: 'warning' as const,
      ...f,
    })),
  };
}

export function makeCall(spec: CallSpec = {}): CallResult {
  counter++;
  const rules = (spec.rules ?? [{ ruleId: 'questions-asked', score: 80 }]).map(makeRule);
  const applicable = rules.filter((r) => r.score !== null);
  const weights = applicable.reduce((n, r) => n + r.weight, 0);
  const derived = weights ? applicable.reduce((n, r) => n + r.weight * (r.score as number), 0) / weights : null;
  const callId = spec.callId ?? spec.key ?? `call-${String(counter).padStart(4, '0')}`;
  return {
    callId,
    key: spec.key ?? callId,
    agent: spec.agent ?? { id: 'a-17', name: 'Dana Ruiz', team: 'Billing' },
    ...(spec.startedAt ? { startedAt: spec.startedAt } : {}),
    source: { file: spec.file ?? `calls/${callId}.json`, format: 'json' },
    turnCount: spec.turnCount ?? 6,
    score: spec.score !== undefined ? spec.score : derived,
    rules,
    annotations: [
      { turn: 0, role: 'agent', acts: [{ act: 'greeting', cue: 'thank you for calling' }] },
      { turn: 1, role: 'customer', acts: [{ act: 'customer-emotion', polarity: 'negative', cue: 'frustrated' }] },
    ],
  };
}


const AGENTS = [
  { id: 'a-01', name: 'Dana Ruiz', team: 'Billing' },
  { id: 'a-02', name: 'Sam Okafor', team: 'Support' },
  { id: 'a-03' },
  { id: 'a-04', name: 'Lee Chen' },
];
const RULES = ['empathy-phrases', 'questions-asked', 'sales-follow-through', 'unresolved-enquiries'];
const MESSAGES = ['missed', 'late', 'dropped'];

/** A varied batch: several agents, fractional scores, not-applicable rules, findings, unscored calls. */
export function makeBatch(n: number, seed = 1): CallResult[] {
  const rand = seededRandom(seed);
  const calls: CallResult[] = [];
  for (let i = 0; i < n; i++) {
    const agent = AGENTS[Math.floor(rand() * AGENTS.length)];
    const rules: RuleSpec[] = RULES.map((ruleId) => {
      const applies = rand() < 0.75;
      const findings = applies && rand() < 0.4
        ? [{ turn: Math.floor(rand() * 10), messageId: MESSAGES[Math.floor(rand() * 3)], quote: `quote ${i}` }]
        : [];
      return { ruleId, score: applies ? Math.round(rand() * 1000) / 10 + (rand() < 0.3 ? 1 / 3 : 0) : null, findings };
    }).map((r) => ({ ...r, score: r.score === null ? null : Math.min(100, r.score) }));
    const key = `call-${String(i).padStart(5, '0')}`;
    calls.push(makeCall({ key, agent, rules, file: `batch/${Math.floor(i / 3)}.jsonl` }));
  }
  return calls;
}
