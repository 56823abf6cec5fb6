// The JSON report: one valid, stable document with the documented fields, streamed call by call.
import { describe, expect, it } from 'vitest';
import { makeBatch, makeCall } from './factory.js';
import { render } from './render.js';

describe('json formatter', () => {
  it('is valid JSON with no calls at all', () => {
    const doc = JSON.parse(render('json', []).text);
    expect(doc).toEqual({
      schemaVersion: 1,
      tool: { name: 'callaudit', version: '9.8.7' },
      threshold: 70,
      calls: [],
      summary: { files: 0, calls: 0, agents: 0, inputErrors: 0, passRate: null },
      agents: [],
      errors: [],
    });
  });

  it('has the documented fields for calls, findings, annotations, agents, summary and errors', () => {
    const calls = [
      makeCall({
        key: 'call-1',
        agent: { id: 'a-17', name: 'Dana Ruiz', team: 'Billing' },
        startedAt: '2026-03-02T14:05:00Z',
        rules: [
          { ruleId: 'empathy-phrases', score: 40, weight: 2, findings: [{ turn: 3, time: 12.5, quote: "I've called three times", messageId: 'missed', message: 'no empathy after frustration', severity: 'error' }] },
          { ruleId: 'sales-follow-through', score: null },
        ],
      }),
      makeCall({ key: 'call-2', agent: { id: 'a-02' }, score: 90 }),
    ];
    const errors = [{ file: 'broken.json', location: '$.turns[0].role', reason: 'expected agent, customer or other' }];
    const doc = JSON.parse(render('json', calls, {}, errors).text);

    expect(doc.calls).toHaveLength(2);
    const first = doc.calls[0];
    expect(Object.keys(first)).toEqual(['key', 'callId', 'agent', 'startedAt', 'source', 'roles', 'turnCount', 'durationSeconds', 'score', 'passed', 'rules', 'annotations']);
    expect(first).toMatchObject({ key: 'call-1', agent: { id: 'a-17', name: 'Dana Ruiz', team: 'Billing' }, startedAt: '2026-03-02T14:05:00Z', score: 40, passed: false });
    expect(first.rules[0].findings[0]).toEqual({
      ruleId: 'empathy-phrases', turn: 3, time: 12.5, quote: "I've called three times", messageId: 'missed', message: 'no empathy after frustration', severity: 'error',
    });
    expect(first.rules[1]).toMatchObject({ ruleId: 'sales-follow-through', applicable: false, score: null, findings: [] });
    expect(first.annotations[1]).toEqual({ turn: 1, role: 'customer', acts: [{ act: 'customer-emotion', cue: 'frustrated', polarity: 'negative' }] });
    // Unknown values are null, not missing, so consumers see one shape.
    expect(doc.calls[1].agent).toEqual({ id: 'a-02', name: null, team: null });
    expect(doc.calls[1].startedAt).toBeNull();

    expect(doc.summary).toEqual({ files: 2, calls: 2, agents: 2, inputErrors: 1, passRate: 50 });
    expect(doc.agents.map((a: { agent: { id: string } }) => a.agent.id)).toEqual(['a-02', 'a-17']);
    expect(doc.agents[1]).toMatchObject({ calls: 1, scoredCalls: 1, mean: 40, median: 40, passRate: 0 });
    expect(doc.agents[1].topFindings[0]).toMatchObject({ ruleId: 'empathy-phrases', messageId: 'missed', count: 1 });
    expect(doc.errors).toEqual(errors);
  });

  it('streams: each call arrives in its own chunk, and the output does not depend on how calls were built', () => {
    const calls = makeBatch(5, 2);
    const { chunks, text } = render('json', calls);
    expect(chunks).toHaveLength(calls.length + 2);
    calls.forEach((c, i) => expect(JSON.parse(chunks[i + 1].replace(/^,?\n/, '')).key).toBe(c.key));
    // Same calls with their object keys built in another order give the same bytes.
    const shuffled = calls.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c);
    expect(render('json', shuffled).text).toBe(text);
  });

  it('contains no timestamps or other run-dependent values', () => {
    const calls = makeBatch(20, 9);
    expect(render('json', calls).text).toBe(render('json', calls).text);
  });
});

describe('jsonl formatter', () => {
  it('prints one parseable call record per line and nothing else', () => {
    const calls = makeBatch(4, 5);
    const { text, chunks } = render('jsonl', calls);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l).key)).toEqual(calls.map((c) => c.key));
    expect(chunks[0]).toBe('');
    expect(chunks.at(-1)).toBe('');
    expect(render('jsonl', []).text).toBe('');
  });
});

describe('partial formatter', () => {
  it('emits nothing per call and the mergeable aggregate at the end', () => {
    const calls = makeBatch(10, 6);
    const { chunks } = render('partial', calls);
    expect(chunks.slice(0, -1).every((c) => c === '')).toBe(true);
    const partial = JSON.parse(chunks.at(-1)!);
    expect(partial).toMatchObject({ kind: 'callaudit-partial', schemaVersion: 1, totals: { calls: 10 } });
  });
});
