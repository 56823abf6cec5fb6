// The rule engine: config resolution and its error messages, finding validation, quotes, ordering and call scoring.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtinRules, findRule } from '../../rules/index.js';
import { resolveRules, runRules, scoreCall } from '../../src/audit/run-rules.js';
import { UsageError } from '../../src/errors.js';
import type { RuleResult } from '../../src/model/results.js';
import { defineRule, type RawFinding } from '../../src/model/rule.js';
import { scripted } from './scripted-calls.js';

/** A rule that reports whatever the test tells it to, to exercise the engine's checks. */
function fakeRule(findings: RawFinding<string>[], score: number | 'n/a' = 50) {
  return defineRule({
    meta: {
      id: 'fake-rule',
      title: 'Fake',
      skill: 'asking',
      description: 'reports what it is told',
      defaultWeight: 2,
      options: z.object({ limit: z.number().int().default(3) }).strict(),
      messages: { plain: 'Plain message.', counted: 'Saw {count} of {limit}.' },
    },
    check: () => (score === 'n/a' ? { score, findings } : { score, findings }),
  });
}

const sample = scripted([
  { role: 'agent', text: 'Hello, how can I help?', start: 0 },
  { role: 'customer', text: 'My card 4111 1111 1111 1111 was charged twice, email me at jo@example.com', start: 3.5 },
  { role: 'agent', text: 'word '.repeat(80).trim(), start: 9 },
]);

function run(findings: RawFinding<string>[], redact = true, score: number | 'n/a' = 50): RuleResult {
  const rules = resolveRules(undefined, [fakeRule(findings, score)]);
  return runRules(sample.call, sample.analysis, rules, { redact })[0];
}

describe('resolveRules', () => {
  it('fills default options and weights for every built-in rule', () => {
    const resolved = resolveRules(undefined);
    expect(resolved.map((r) => r.rule.meta.id)).toEqual(builtinRules.map((r) => r.meta.id));
    for (const r of resolved) {
      expect(r.weight).toBe(r.rule.meta.defaultWeight);
      expect(r.options).toEqual(r.rule.meta.options.parse({}));
    }
  });

  it('applies weight, options and enabled: false', () => {
    const resolved = resolveRules({
      'empathy-phrases': { weight: 3, options: { withinAgentTurns: 4 } },
      'sales-follow-through': { enabled: false },
    });
    const empathy = resolved.find((r) => r.rule.meta.id === 'empathy-phrases');
    expect(empathy?.weight).toBe(3);
    expect(empathy?.options).toEqual({ withinAgentTurns: 4, heardAfterFittingEmpathy: true });
    expect(resolved.some((r) => r.rule.meta.id === 'sales-follow-through')).toBe(false);
  });

  it.each([
    [{ 'no-such-rule': {} }, /^rules\.no-such-rule: unknown rule$/],
    [{ 'empathy-phrases': { options: { withinAgentTurns: 'two' } } }, /^rules\.empathy-phrases\.options\.withinAgentTurns: expected number, received string$/],
    [{ 'empathy-phrases': { options: { window: 2 } } }, /^rules\.empathy-phrases\.options\.window: unknown setting$/],
    [{ 'empathy-phrases': { options: { withinAgentTurns: 0 } } }, /^rules\.empathy-phrases\.options\.withinAgentTurns: .*>=1/],
    [{ 'empathy-phrases': { weight: -1 } }, /^rules\.empathy-phrases\.weight: /],
    [{ 'empathy-phrases': { enabeld: false } }, /^rules\.empathy-phrases\.enabeld: unknown setting$/],
  ])('rejects %j with a readable UsageError', (config, message) => {
    let error: unknown;
    try {
      resolveRules(config as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });

  it('names the known rules in the hint for an unknown id', () => {
    try {
      resolveRules({ 'empathy-phrase': {} });
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).hint).toContain('empathy-phrases');
    }
  });
});

describe('runRules', () => {
  it.each([
    [[{ turn: 3, messageId: 'plain' }], /rule fake-rule: .*turn 3/],
    [[{ turn: -1, messageId: 'plain' }], /rule fake-rule: .*turn -1/],
    [[{ turn: 0, messageId: 'nope' }], /rule fake-rule: .*unknown messageId "nope"/],
    [[{ turn: 0, messageId: 'counted', data: { count: 1 } }], /rule fake-rule: .*\{limit\}/],
    [[{ turn: 0, messageId: 'plain', span: [5, 500] }], /rule fake-rule: .*span/],
  ])('a bad report %j throws naming the rule', (findings, message) => {
    expect(() => run(findings as RawFinding<string>[])).toThrow(message);
  });

  it('rejects a score outside 0..100', () => {
    expect(() => run([], true, 120)).toThrow(/rule fake-rule: score/);
  });

  it('fills the message template, the time and a redacted quote', () => {
    const [finding] = run([{ turn: 1, messageId: 'counted', data: { count: 2, limit: 3 } }]).findings;
    expect(finding.message).toBe('Saw 2 of 3.');
    expect(finding.time).toBe(3.5);
    expect(finding.severity).toBe('warning');
    expect(finding.quote).not.toContain('4111');
    expect(finding.quote).not.toContain('jo@example.com');
    expect(finding.quote).toContain('charged twice');
  });

  it('keeps the quote as said when redaction is off', () => {
    const [finding] = run([{ turn: 1, messageId: 'plain' }], false).findings;
    expect(finding.quote).toBe(sample.call.turns[1].text);
  });

  it('quotes the span when given, else shortens a long turn on a word boundary', () => {
    const [spanned] = run([{ turn: 0, messageId: 'plain', span: [7, 22] }]).findings;
    expect(spanned.quote).toBe('how can I help?');
    const [long] = run([{ turn: 2, messageId: 'plain' }]).findings;
    expect(long.quote.length).toBeLessThanOrEqual(161);
    expect(long.quote).toMatch(/^(word )+word…$/);
  });

  it('sorts findings by turn, then message id', () => {
    const result = run([
      { turn: 2, messageId: 'plain' },
      { turn: 0, messageId: 'plain' },
      { turn: 0, messageId: 'counted', data: { count: 1, limit: 2 } },
    ]);
    expect(result.findings.map((f) => [f.turn, f.messageId])).toEqual([
      [0, 'counted'],
      [0, 'plain'],
      [2, 'plain'],
    ]);
  });

  it('reports n/a as not applicable with a null score', () => {
    const result = run([], true, 'n/a');
    expect(result).toMatchObject({ ruleId: 'fake-rule', applicable: false, score: null, weight: 2 });
  });
});

describe('scoreCall', () => {
  const result = (score: number | null, weight = 1): RuleResult => ({
    ruleId: 'r',
    score,
    applicable: score !== null,
    weight,
    findings: [],
  });

  it('is the weighted mean of applicable rules, to one decimal', () => {
    expect(scoreCall([result(100, 2), result(50, 1)])).toBe(83.3);
  });
  it('drops not-applicable and zero-weight rules from the weighting', () => {
    expect(scoreCall([result(80), result(null), result(0, 0)])).toBe(80);
  });
  it('is null when no rule applies', () => {
    expect(scoreCall([result(null), result(null)])).toBeNull();
    expect(scoreCall([])).toBeNull();
  });
});

describe('registry', () => {
  it('is sorted by id, ids are unique and findRule finds each', () => {
    const ids = builtinRules.map((r) => r.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    for (const rule of builtinRules) expect(findRule(rule.meta.id)).toBe(rule);
    expect(findRule('no-such-rule')).toBeUndefined();
  });

  it('every rule has kebab-case id, a description, a positive weight and strict options with defaults', () => {
    for (const rule of builtinRules) {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(40);
      expect(rule.meta.defaultWeight).toBeGreaterThan(0);
      expect(() => rule.meta.options.parse({})).not.toThrow();
      expect(() => rule.meta.options.parse({ surelyNotAnOption: 1 })).toThrow();
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    }
  });

  it('every rule has its own table-driven test file', () => {
    for (const rule of builtinRules) {
      expect(existsSync(new URL(`./${rule.meta.id}.test.ts`, import.meta.url)), rule.meta.id).toBe(true);
    }
  });
});
