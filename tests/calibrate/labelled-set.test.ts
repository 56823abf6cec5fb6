// The labelled set stays usable: calls are valid native JSON and every label points at a real call, turn and speaker.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLabels } from '../../src/calibrate/labels.js';
import { NativeCallSchema, type NativeCall } from '../../src/model/transcript.js';

const root = join(import.meta.dirname, '../../fixtures/labelled');
const files = readdirSync(join(root, 'calls')).filter((f) => f.endsWith('.json'));
const calls = new Map<string, NativeCall>();
for (const file of files) {
  const call = NativeCallSchema.parse(JSON.parse(readFileSync(join(root, 'calls', file), 'utf8')));
  calls.set(call.id, call);
}
const labels = loadLabels(['call-labels.csv', 'turn-labels.csv', 'enquiry-labels.csv'].map((name) => join(root, name)));
// Acts a grader only looks for in one speaker's turns (README, "What counts as each act").
const CUSTOMER_ACTS = new Set(['customer-emotion', 'enquiry', 'buying-signal']);

describe('fixtures/labelled', () => {
  it('holds at least 40 calls of 8-30 turns from at least 6 agents and 8 industries', () => {
    expect(calls.size).toBeGreaterThanOrEqual(40);
    for (const call of calls.values()) expect(call.turns.length, call.id).toBeGreaterThanOrEqual(8);
    for (const call of calls.values()) expect(call.turns.length, call.id).toBeLessThanOrEqual(30);
    expect(new Set([...calls.values()].map((c) => c.agent.id)).size).toBeGreaterThanOrEqual(6);
    expect(new Set([...calls.values()].map((c) => c.metadata?.industry)).size).toBeGreaterThanOrEqual(8);
  });

  it('gives every call a verdict for each of the four rules', () => {
    const rules = ['questions-asked', 'empathy-phrases', 'unresolved-enquiries', 'sales-follow-through'];
    for (const id of calls.keys()) {
      expect(labels.calls.filter((l) => l.callId === id).map((l) => l.rule).sort(), id).toEqual([...rules].sort());
    }
    for (const rule of rules) {
      // Each verdict class needs examples, or precision and recall for it mean nothing.
      const verdicts = new Set(labels.calls.filter((l) => l.rule === rule).map((l) => l.verdict));
      expect(verdicts.has('pass') && verdicts.has('fail'), rule).toBe(true);
    }
  });

  it('labels turns that exist, and the customer\'s acts only on customer turns', () => {
    for (const label of labels.turns) {
      const call = calls.get(label.callId);
      expect(call, label.callId).toBeDefined();
      const turn = call!.turns[label.turn];
      expect(turn, `${label.callId} turn ${label.turn}`).toBeDefined();
      if (label.value === 1 && CUSTOMER_ACTS.has(label.act)) expect(turn.role, `${label.callId}:${label.turn} ${label.act}`).toBe('customer');
    }
  });

  it('judges enquiries the turn labels mark, addressed by a later agent turn or none', () => {
    const enquiryTurns = new Set(labels.turns.filter((l) => l.act === 'enquiry' && l.value === 1).map((l) => `${l.callId}:${l.turn}`));
    expect(labels.enquiries.length).toBeGreaterThanOrEqual(100);
    for (const label of labels.enquiries) {
      const where = `${label.callId}:${label.turn}`;
      expect(enquiryTurns.has(where), where).toBe(true);
      if (label.addressedBy !== null) expect(calls.get(label.callId)!.turns[label.addressedBy]?.role, where).toBe('agent');
    }
    // Both outcomes need examples, or precision and recall of "left unaddressed" mean nothing.
    expect(labels.enquiries.some((l) => l.addressedBy === null) && labels.enquiries.some((l) => l.addressedBy !== null)).toBe(true);
  });

  it('has positives for each of the eleven labelled acts in several calls', () => {
    const acts = ['question', 'customer-emotion', 'empathy', 'acknowledgement', 'paraphrase', 'enquiry', 'offer', 'buying-signal', 'decision-ask', 'next-step', 'resolution-check'];
    for (const act of acts) {
      const callsWithAct = new Set(labels.turns.filter((l) => l.act === act && l.value === 1).map((l) => l.callId));
      expect(callsWithAct.size, act).toBeGreaterThanOrEqual(5);
    }
  });
});
