// Same call in, same results out: every built-in rule through the real analyser, run repeatedly.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { analyseCall } from '../../src/analyse/index.js';
import { resolveRules, runRules, scoreCall } from '../../src/audit/run-rules.js';
import { buildCall } from '../helpers/rule-tester.js';

const lines = [
  'agent@0-3: Thanks for calling Northbank, this is Dana, how can I help?',
  "customer@3-9: This is the third time I've called, my card keeps getting declined and I'm really frustrated.",
  'agent@9-12: What happens when you try to pay?',
  'customer@12-15: it just says declined and how much is the premium account anyway',
  "agent@15-20: Let me remove the block on card 4111 1111 1111 1111 now. You'll get a text within the hour.",
  "customer@20-23: it still doesn't work",
  'agent@23-26: We also have a travel card.',
  'customer@26-28: ok bye',
];

function audit() {
  const call = buildCall(lines, 'determinism');
  const results = runRules(call, analyseCall(call), resolveRules(undefined), { redact: true });
  return { results, score: scoreCall(results) };
}

describe('determinism', () => {
  it('gives byte-identical results on repeated runs', () => {
    const first = JSON.stringify(audit());
    for (let i = 0; i < 5; i++) expect(JSON.stringify(audit())).toBe(first);
  });

  it('reports every built-in rule, in registry order, with sorted findings', () => {
    const { results } = audit();
    expect(results.map((r) => r.ruleId)).toEqual(builtinRules.map((r) => r.meta.id));
    for (const r of results) {
      const turns = r.findings.map((f) => f.turn);
      expect(turns).toEqual([...turns].sort((a, b) => a - b));
      for (const f of r.findings) expect(f.quote).not.toMatch(/4111/);
    }
  });
});
