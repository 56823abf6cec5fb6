// `callaudit annotate` (the turn-by-turn view and its JSONL contract) and `callaudit rules`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../src/report/annotate/records.js';
import { built, CARD, EMAIL, exec, execAll, nonWarningLines, root, SLOW, type ExecResult, type JsonReport } from './exec.js';

const nativeFile = 'fixtures/formats/native.json';
const native = JSON.parse(readFileSync(join(root, nativeFile), 'utf8')) as {
  id: string;
  turns: Array<{ role: string; speaker?: string; text: string; start?: number; end?: number }>;
};


describe.skipIf(!built)('callaudit annotate (built CLI)', { timeout: SLOW }, () => {
  let jsonl: ExecResult;
  let records: TurnRecord[];
  let audited: JsonReport;

  beforeAll(async () => {
    let audit: ExecResult;
    [jsonl, audit] = await execAll([[['annotate', nativeFile, '--format', 'jsonl']], [['audit', nativeFile, '-f', 'json']]]);
    audited = JSON.parse(audit.stdout) as JsonReport;
    records = jsonl.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as TurnRecord);
  }, SLOW);

  it('--format jsonl exits 0 and writes one JSON record per line, one per turn', () => {
    expect(jsonl.status).toBe(0);
    expect(nonWarningLines(jsonl.stderr)).toEqual([]);
    expect(jsonl.stdout.endsWith('\n')).toBe(true);
    expect(records).toHaveLength(native.turns.length);
  });

  it('records carry callId, 0-based consecutive turns, the role and the text of each turn', () => {
    records.forEach((r, i) => {
      expect(r.callId).toBe(native.id);
      expect(r.turn).toBe(i);
      expect(r.role).toBe(native.turns[i].role);
      expect(r.speaker).toBe(native.turns[i].speaker);
      expect(r.start).toBe(native.turns[i].start);
      expect(typeof r.text).toBe('string');
      // Text is redacted (digits may be masked), otherwise it is the turn as given.
      if (!/\d/.test(native.turns[i].text)) expect(r.text).toBe(native.turns[i].text);
    });
  });

  it('acts are arrays of {act, ...}, findings arrays of {ruleId, messageId, message, severity}', () => {
    for (const r of records) {
      expect(Array.isArray(r.acts), `turn ${r.turn}`).toBe(true);
      for (const a of r.acts) expect(typeof a.act, `turn ${r.turn}`).toBe('string');
      expect(Array.isArray(r.findings), `turn ${r.turn}`).toBe(true);
      for (const f of r.findings) {
        expect(typeof f.ruleId).toBe('string');
        expect(typeof f.messageId).toBe('string');
        expect(f.message.length).toBeGreaterThan(0);
        expect(['error', 'warning', 'info']).toContain(f.severity);
      }
    }
    expect(records.some((r) => r.acts.length > 0)).toBe(true);
    // The frustrated customer and the agent's "sorry to hear that" in the fixture are detected.
    expect(records[1].acts.map((a) => a.act)).toContain('customer-emotion');
    expect(records[2].acts.map((a) => a.act)).toContain('empathy');
  });

  it('a cue with a span points at those characters of the text', () => {
    let spans = 0;
    for (const r of records) {
      for (const a of r.acts) {
        if (!a.span || !a.cue || a.span[1] - a.span[0] !== a.cue.length) continue;
        spans++;
        expect(r.text.slice(a.span[0], a.span[1]).toLowerCase(), `turn ${r.turn} ${a.act}`).toBe(a.cue.toLowerCase());
      }
    }
    expect(spans).toBeGreaterThan(0);
  });

  it('findings in annotate are the findings the audit reports for the same turns', () => {
    const fromAudit = audited.calls[0].rules.flatMap((r) => r.findings.map((f) => `${f.turn} ${f.ruleId}/${f.messageId}`)).sort();
    const fromAnnotate = records.flatMap((r) => r.findings.map((f) => `${r.turn} ${f.ruleId}/${f.messageId}`)).sort();
    expect(fromAnnotate).toEqual(fromAudit);
  });

  it('--format table prints each turn, numbered, with its text', () => {
    const r = exec(['annotate', nativeFile, '--format', 'table']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(native.id);
    native.turns.forEach((turn, i) => {
      const words = records[i].text.split(' ').slice(0, 4).join(' '); // as redacted
      expect(r.stdout, `turn ${i}`).toMatch(new RegExp(`^\\s*${i}\\b.*${turn.role}.*${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    });
  });

  it('masks card numbers and e-mail addresses in text unless --no-redact', () => {
    const file = 'fixtures/calls/double-charge-refund.json'; // the customer reads out 4111 1111 1111 1111
    const masked = exec(['annotate', file, '--format', 'jsonl']);
    expect(masked.status).toBe(0);
    expect(masked.stdout).not.toMatch(CARD);
    expect(masked.stdout).not.toMatch(EMAIL);
    const shown = exec(['annotate', file, '--format', 'jsonl', '--no-redact']);
    expect(shown.stdout).toMatch(CARD);
  });
});

describe.skipIf(!built)('callaudit rules (built CLI)', { timeout: SLOW }, () => {
  const expected = ['questions-asked', 'empathy-phrases', 'unresolved-enquiries', 'sales-follow-through'];

  it('lists at least the four core rules with skill and weight', () => {
    const r = exec(['rules']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const id of expected) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(id));
      expect(line, id).toBeDefined();
      expect(line, id).toMatch(/weight\s+\d/);
    }
  });

  it('--format json parses and gives id, skill, default weight, description and options for every rule', () => {
    const r = exec(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; skill: string; defaultWeight: number; description: string; options: object }>;
    expect(rules.map((x) => x.id)).toEqual(expect.arrayContaining(expected));
    for (const rule of rules) {
      expect(typeof rule.skill, rule.id).toBe('string');
      expect(rule.skill.length, rule.id).toBeGreaterThan(0);
      expect(typeof rule.defaultWeight, rule.id).toBe('number');
      expect(rule.description.length, rule.id).toBeGreaterThan(0);
      expect(typeof rule.options, rule.id).toBe('object');
    }
    // The table and the JSON list the same rules, with the same skill.
    const table = exec(['rules']).stdout;
    for (const rule of rules) expect(table).toMatch(new RegExp(`^${rule.id}\\s+${rule.skill}\\s+weight\\s+${rule.defaultWeight}\\b`, 'm'));
  });

  it('the rules the audit runs are the rules listed', () => {
    const listed = (JSON.parse(exec(['rules', '--format', 'json']).stdout) as Array<{ id: string }>).map((r) => r.id).sort();
    const report = JSON.parse(exec(['audit', nativeFile, '-f', 'json']).stdout) as JsonReport;
    expect(report.calls[0].rules.map((r) => r.ruleId).sort()).toEqual(listed);
  });
});
