// The rule tester itself: it reads compact calls and refuses tables that would hide mistakes.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/empathy-phrases.js';
import { buildCall, testRule } from '../helpers/rule-tester.js';

describe('rule tester', () => {
  it('builds turns with roles, text and optional start-end seconds', () => {
    const call = buildCall(['agent: hello: how can I help', 'customer@3.5-7: it broke', { role: 'other', text: 'hold music' }]);
    expect(call.turns).toEqual([
      { index: 0, role: 'agent', text: 'hello: how can I help' },
      { index: 1, role: 'customer', text: 'it broke', start: 3.5, end: 7 },
      { index: 2, role: 'other', text: 'hold music' },
    ]);
  });

  it('rejects a line without a role', () => {
    expect(() => buildCall(['caller: hi'])).toThrow(/cannot read line/);
  });

  it('rejects duplicate cases, even across groups', () => {
    const call = ['customer: this is awful', 'agent: ok'];
    expect(() => testRule(rule, { valid: [call, [...call]] })).toThrow(/duplicate/);
    expect(() => testRule(rule, { valid: [call], invalid: [{ call, errors: [{ messageId: 'missed', turn: 0 }] }] })).toThrow(/duplicate/);
  });

  it('rejects unknown message ids and invalid cases without errors', () => {
    expect(() => testRule(rule, { invalid: [{ call: ['customer: awful'], errors: [{ messageId: 'mised', turn: 0 }] }] })).toThrow(
      /unknown messageId "mised"/,
    );
    expect(() => testRule(rule, { invalid: [{ call: ['customer: awful'], errors: [] }] })).toThrow(/lists no errors/);
  });
});
