// Table-driven rule tests in the manner of ESLint's RuleTester: short calls in, expected findings out, through the real analyser and engine.
import { describe, expect, it } from 'vitest';
import { analyseCall } from '../../src/analyse/index.js';
import { resolveRules, runRules } from '../../src/audit/run-rules.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { RuleResult } from '../../src/model/results.js';
import type { Rule } from '../../src/model/rule.js';
import { ROLES, type Role, type Transcript, type Turn } from '../../src/model/transcript.js';

/**
 * One turn: `'agent: hi how can I help'`, `'customer@12.5-15: it keeps dropping'` (start-end seconds),
 * or an object with role and text.
 */
export type Line = string | { role: Role; text: string; start?: number; end?: number };

export interface CallCase {
  /** Test title; the call's first customer words when absent. */
  name?: string;
  call: Line[];
  /** Rule options as a user would write them in config (validated by the rule's schema). */
  options?: Record<string, unknown>;
  scoreAtLeast?: number;
  scoreBelow?: number;
}
export type Case = Line[] | CallCase;
export type InvalidCase = CallCase & { errors: { messageId: string; turn: number }[] };

export interface RuleTests {
  valid?: Case[];
  invalid?: InvalidCase[];
  notApplicable?: Case[];
}

const LINE = new RegExp(`^(${ROLES.join('|')})\\s*(?:@\\s*(\\d+(?:\\.\\d+)?)(?:\\s*-\\s*(\\d+(?:\\.\\d+)?))?)?\\s*:\\s?(.*)$`, 'is');

function toTurn(line: Line, index: number): Turn {
  if (typeof line !== 'string') return { index, ...line };
  const m = LINE.exec(line);
  if (!m) throw new Error(`rule tester: cannot read line ${JSON.stringify(line)}; write "agent: ..." or "customer: ..."`);
  const turn: Turn = { index, role: m[1].toLowerCase() as Role, text: m[4] };
  if (m[2] !== undefined) turn.start = Number(m[2]);
  if (m[3] !== undefined) turn.end = Number(m[3]);
  return turn;
}

/** A Transcript from compact lines, as a reader would produce it. */
export function buildCall(lines: Line[], id = 'test-call'): Transcript {
  return {
    id,
    agent: { id: 'agent-test' },
    turns: lines.map(toTurn),
    source: { file: '<rule-tester>', format: 'test' },
  };
}

function asCallCase(c: Case): CallCase {
  return Array.isArray(c) ? { call: c } : c;
}

/** Analyses the call with the real analyser and runs one rule through the real engine. */
export function runCase(rule: Rule, c: Case): { result: RuleResult; analysis: Analysis; call: Transcript } {
  const { call: lines, options } = asCallCase(c);
  const call = buildCall(lines);
  const analysis = analyseCall(call);
  const [resolved] = resolveRules({ [rule.meta.id]: { options: options ?? {} } }, [rule]);
  const [result] = runRules(call, analysis, [resolved], { redact: true });
  return { result, analysis, call };
}

function titleOf(c: CallCase): string {
  if (c.name) return c.name;
  const first = c.call.map((l) => (typeof l === 'string' ? l : `${l.role}: ${l.text}`)).find((l) => l.startsWith('customer'));
  const text = first ?? String(c.call[0]);
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/** What the analyser saw, printed when a case fails, so a miss can be routed to rules or to detectors. */
function explain(analysis: Analysis, result: RuleResult): string {
  const acts = analysis.turns
    .map((t) => `  ${t.index} ${t.role}: ${t.acts.map((a) => a.act + ('kind' in a ? `(${a.kind})` : '') + ('polarity' in a ? `(${a.polarity})` : '') + ('addressedBy' in a ? `->${a.addressedBy}` : '')).join(', ') || '-'}`)
    .join('\n');
  return `score ${result.score}; findings ${JSON.stringify(result.findings.map((f) => [f.messageId, f.turn]))}\nacts:\n${acts}`;
}

function checkScore(c: CallCase, result: RuleResult, why: string): void {
  if (c.scoreAtLeast !== undefined) expect(result.score ?? -1, why).toBeGreaterThanOrEqual(c.scoreAtLeast);
  if (c.scoreBelow !== undefined) expect(result.score ?? Infinity, why).toBeLessThan(c.scoreBelow);
}

export function testRule(rule: Rule, tests: RuleTests): void {
  const id = rule.meta.id;
  const seen = new Set<string>();
  const register = (group: string, c: CallCase): void => {
    const key = JSON.stringify([c.call, c.options ?? {}]);
    if (seen.has(key)) throw new Error(`rule tester (${id}): duplicate ${group} case ${JSON.stringify(titleOf(c))}`);
    seen.add(key);
  };
  const valid = (tests.valid ?? []).map(asCallCase);
  const invalid = tests.invalid ?? [];
  const notApplicable = (tests.notApplicable ?? []).map(asCallCase);
  valid.forEach((c) => register('valid', c));
  notApplicable.forEach((c) => register('notApplicable', c));
  for (const c of invalid) {
    register('invalid', c);
    if (c.errors.length === 0) throw new Error(`rule tester (${id}): invalid case ${JSON.stringify(titleOf(c))} lists no errors`);
    for (const e of c.errors) {
      if (!Object.hasOwn(rule.meta.messages, e.messageId)) {
        throw new Error(`rule tester (${id}): unknown messageId ${JSON.stringify(e.messageId)} in case ${JSON.stringify(titleOf(c))}`);
      }
    }
  }

  describe(id, () => {
    describe('valid', () => {
      for (const c of valid) {
        it(titleOf(c), () => {
          const { result, analysis } = runCase(rule, c);
          const why = explain(analysis, result);
          expect(result.applicable, why).toBe(true);
          expect(result.findings.map((f) => [f.messageId, f.turn]), why).toEqual([]);
          checkScore(c, result, why);
        });
      }
    });
    describe('invalid', () => {
      for (const c of invalid) {
        it(titleOf(c), () => {
          const { result, analysis } = runCase(rule, c);
          const why = explain(analysis, result);
          expect(result.applicable, why).toBe(true);
          const expected = [...c.errors]
            .sort((a, b) => a.turn - b.turn || (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0))
            .map((e) => [e.messageId, e.turn]);
          expect(result.findings.map((f) => [f.messageId, f.turn]), why).toEqual(expected);
          checkScore(c, result, why);
        });
      }
    });
    describe('not applicable', () => {
      for (const c of notApplicable) {
        it(titleOf(c), () => {
          const { result, analysis } = runCase(rule, c);
          const why = explain(analysis, result);
          expect(result.applicable, why).toBe(false);
          expect(result.score, why).toBeNull();
        });
      }
    });
  });
}
