// `callaudit audit` on the shipped calls: the table, the JSON document, privacy, -o and stdin.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSI, built, CARD, cleanup, EMAIL, exec, execAll, nativeCall, nonWarningLines, quotesOf, root, SLOW, tempDir,
  type ExecResult, type JsonReport,
} from './exec.js';

/** The agent ids in fixtures/calls, read from the files themselves (JSON, JSONL, text headers, CSV column). */
function fixtureAgentIds(): string[] {
  const dir = join(root, 'fixtures/calls');
  const ids = new Set<string>();
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (name.endsWith('.json')) ids.add((JSON.parse(text) as { agent: { id: string } }).agent.id);
    else if (name.endsWith('.jsonl')) for (const line of text.split('\n').filter(Boolean)) ids.add((JSON.parse(line) as { agent: { id: string } }).agent.id);
    else if (name.endsWith('.txt')) for (const m of text.matchAll(/^# agent:\s*(\S+)/gm)) ids.add(m[1]);
    else if (name.endsWith('.csv')) {
      const [header, ...rows] = text.trim().split('\n');
      const col = header.split(',').indexOf('agent_id');
      for (const row of rows) ids.add(row.split(',')[col]);
    }
  }
  return [...ids].sort();
}

describe.skipIf(!built)('callaudit audit fixtures/calls (built CLI)', { timeout: SLOW }, () => {
  let table: ExecResult;
  let json: ExecResult;
  let plainPipe: ExecResult;
  let forcedColour: ExecResult;
  let unredacted: ExecResult;
  let report: JsonReport;
  const agentIds = fixtureAgentIds();

  beforeAll(async () => {
    [table, json, plainPipe, forcedColour, unredacted] = await execAll([
      [['audit', 'fixtures/calls']],
      [['audit', 'fixtures/calls', '-f', 'json']],
      [['audit', 'fixtures/calls'], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } }],
      [['audit', 'fixtures/calls'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }],
      [['audit', 'fixtures/calls', '-f', 'json', '--no-redact']],
    ]);
    report = JSON.parse(json.stdout) as JsonReport;
  }, SLOW);

  describe('table', () => {
    it('exits 0 with nothing but warnings on stderr', () => {
      expect(table.status).toBe(0);
      expect(nonWarningLines(table.stderr)).toEqual([]);
    });

    it('mentions every agent id found in the fixtures', () => {
      expect(agentIds.length).toBeGreaterThanOrEqual(5);
      for (const id of agentIds) expect(table.stdout, `agent ${id}`).toContain(id);
    });

    it('has no ANSI escape codes with NO_COLOR=1', () => {
      expect(table.stdout).not.toMatch(ANSI);
    });

    it('has no ANSI escape codes when stdout is a pipe and neither NO_COLOR nor FORCE_COLOR is set', () => {
      const r = plainPipe;
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(ANSI);
    });

    it('uses colour when FORCE_COLOR is set, even into a pipe (so the checks above can fail)', () => {
      const r = forcedColour;
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(ANSI);
    });

    it('masks the card number and e-mail addresses in the evidence it prints', () => {
      expect(table.stdout).not.toMatch(CARD);
      expect(table.stdout).not.toMatch(EMAIL);
    });
  });

  describe('json', () => {
    it('exits 0 and stderr is empty or warnings only', () => {
      expect(json.status).toBe(0);
      expect(nonWarningLines(json.stderr)).toEqual([]);
    });

    it('is schemaVersion 1 with the tool name and version', () => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
      expect(report.schemaVersion).toBe(1);
      expect(report.tool).toEqual({ name: 'callaudit', version: pkg.version });
      expect(report.errors).toEqual([]);
    });

    it('summary counts match the calls and agents listed', () => {
      expect(report.calls.length).toBe(18); // fixtures/calls/README.md: 18 calls
      expect(report.summary.calls).toBe(report.calls.length);
      expect(report.summary.agents).toBe(report.agents.length);
      expect(report.summary.inputErrors).toBe(0);
      expect(report.agents.map((a) => a.agent.id).sort()).toEqual(agentIds);
      expect(new Set(report.calls.map((c) => c.key)).size).toBe(report.calls.length);
    });

    it('every finding has ruleId, a turn inside its call, a quote and a message', () => {
      let findings = 0;
      for (const call of report.calls) {
        expect(call.turnCount, call.key).toBeGreaterThan(0);
        for (const rule of call.rules) {
          for (const f of rule.findings) {
            findings++;
            const where = `${call.key} ${rule.ruleId}/${f.messageId}`;
            expect(f.ruleId, where).toBe(rule.ruleId);
            expect(Number.isInteger(f.turn), where).toBe(true);
            expect(f.turn, where).toBeGreaterThanOrEqual(0);
            expect(f.turn, where).toBeLessThan(call.turnCount);
            expect(typeof f.quote, where).toBe('string');
            expect(f.quote.trim(), where).not.toBe('');
            expect(typeof f.message, where).toBe('string');
            expect(f.message.trim(), where).not.toBe('');
          }
        }
      }
      expect(findings).toBeGreaterThan(0);
    });

    it('every call has its rule results and one annotation per turn', () => {
      for (const call of report.calls) {
        expect(Array.isArray(call.rules) && call.rules.length > 0, call.key).toBe(true);
        for (const rule of call.rules) {
          expect(typeof rule.applicable, `${call.key} ${rule.ruleId}`).toBe('boolean');
          if (!rule.applicable) expect(rule.score, `${call.key} ${rule.ruleId}`).toBeNull();
          else expect(rule.score, `${call.key} ${rule.ruleId}`).toBeGreaterThanOrEqual(0);
        }
        expect(call.annotations.map((a) => a.turn), call.key).toEqual([...Array(call.turnCount).keys()]);
        for (const a of call.annotations) expect(Array.isArray(a.acts)).toBe(true);
      }
    });

    it('agents have mean, median and pass rate consistent with their calls', () => {
      for (const agent of report.agents) {
        const scores = report.calls.filter((c) => c.agent.id === agent.agent.id && c.score !== null).map((c) => c.score as number);
        expect(agent.calls, agent.agent.id).toBe(report.calls.filter((c) => c.agent.id === agent.agent.id).length);
        expect(agent.scoredCalls, agent.agent.id).toBe(scores.length);
        for (const key of ['mean', 'median', 'passRate'] as const) {
          expect(typeof agent[key], `${agent.agent.id}.${key}`).toBe('number');
          expect(agent[key]!, `${agent.agent.id}.${key}`).toBeGreaterThanOrEqual(0);
          expect(agent[key]!, `${agent.agent.id}.${key}`).toBeLessThanOrEqual(100);
        }
        const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
        expect(Math.abs(agent.mean! - mean), `${agent.agent.id}.mean`).toBeLessThanOrEqual(0.1);
        expect(agent.min, agent.agent.id).toBe(Math.min(...scores));
        expect(agent.max, agent.agent.id).toBe(Math.max(...scores));
        const passing = scores.filter((s) => s >= report.threshold).length;
        expect(Math.abs(agent.passRate! - (100 * passing) / scores.length), `${agent.agent.id}.passRate`).toBeLessThanOrEqual(0.1);
      }
    });
  });

  describe('privacy', () => {
    it('no quote, cue or example anywhere in the JSON shows the card number or an e-mail address', () => {
      const quotes = quotesOf(report);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        expect(q).not.toMatch(CARD);
        expect(q).not.toMatch(EMAIL);
      }
      // Stricter: the whole document, annotations' cues included.
      expect(json.stdout).not.toMatch(CARD);
      expect(json.stdout).not.toMatch(EMAIL);
    });

    it('call-1006: the ignored request to e-mail the tracking link is quoted with [email] (fixtures/calls/README.md)', () => {
      const call = report.calls.find((c) => c.callId === 'call-1006');
      expect(call).toBeDefined();
      const ignored = call!.rules.find((r) => r.ruleId === 'unresolved-enquiries')!.findings.filter((f) => f.messageId === 'ignored');
      expect(ignored.map((f) => f.quote).filter((q) => q.includes('[email]')), `ignored enquiries: ${JSON.stringify(ignored.map((f) => f.quote))}`).not.toEqual([]);
    });

    it('--no-redact shows them: at least one quote of the fixtures holds the card number or an e-mail address', () => {
      expect(unredacted.status).toBe(0);
      const quotes = quotesOf(JSON.parse(unredacted.stdout) as JsonReport);
      expect(quotes.some((q) => CARD.test(q) || EMAIL.test(q))).toBe(true);
    });

    describe('a call that reads out a card number and e-mail addresses in quoted turns', () => {
      let dir: string;
      let masked: JsonReport;
      let shown: JsonReport;
      let maskedText: string;
      beforeAll(async () => {
        dir = tempDir();
        const file = join(dir, 'privacy.json');
        // No greeting (turn 0 is quoted) and an upset customer left without empathy (turn 1 is quoted).
        writeFileSync(file, nativeCall('call-privacy', { id: 'a-98' }, [
          ['agent', 'Account for sam.keller@example.com, card 4111 1111 1111 1111 on file.'],
          ['customer', 'I am really upset and frustrated, you charged my card 4111 1111 1111 1111 twice and emailed jo.bloggs@example.net instead of me. Can you fix it?'],
          ['agent', 'The system shows 4111 1111 1111 1111 and jo.bloggs@example.net.'],
          ['customer', 'This is ridiculous.'],
          ['agent', 'Okay.'],
        ]));
        const [a, b] = await execAll([[['audit', file, '-f', 'json']], [['audit', file, '-f', 'json', '--no-redact']]]);
        maskedText = a.stdout;
        masked = JSON.parse(a.stdout) as JsonReport;
        shown = JSON.parse(b.stdout) as JsonReport;
      }, SLOW);
      afterAll(() => cleanup(dir));

      it('masks them as [card] and [email] by default, everywhere in the document', () => {
        expect(maskedText).not.toMatch(CARD);
        expect(maskedText).not.toMatch(EMAIL);
        const quotes = quotesOf(masked);
        expect(quotes.some((q) => q.includes('[card]'))).toBe(true);
        expect(quotes.some((q) => q.includes('[email]'))).toBe(true);
      });

      it('shows them with --no-redact', () => {
        const quotes = quotesOf(shown);
        expect(quotes.some((q) => CARD.test(q))).toBe(true);
        expect(quotes.some((q) => EMAIL.test(q))).toBe(true);
      });
    });
  });

  describe('-o FILE', () => {
    let dir: string;
    beforeAll(() => {
      dir = tempDir();
    }, SLOW);
    afterAll(() => cleanup(dir));

    // Each file is compared with a stdout run made at the same time, so the two see the same build.
    it('writes the JSON report to the file and nothing to stdout', async () => {
      const file = join(dir, 'report.json');
      const [r, toStdout] = await execAll([[['audit', 'fixtures/calls', '-f', 'json', '-o', file]], [['audit', 'fixtures/calls', '-f', 'json']]]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
    });

    it('writes the table to the file and nothing to stdout', async () => {
      const file = join(dir, 'report.txt');
      const [r, toStdout] = await execAll([[['audit', 'fixtures/calls', '--output', file]], [['audit', 'fixtures/calls']]]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
    });

    it('an unwritable output path is a one-line error, exit 2', () => {
      const file = join(dir, 'no-such-folder', 'report.json');
      const r = exec(['audit', 'fixtures/calls', '-f', 'json', '-o', file]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(file);
      expect(r.stderr).not.toMatch(/unexpected error|^\s+at /m);
      expect(existsSync(file)).toBe(false);
    });
  });

  describe('stdin', () => {
    const file = join(root, 'fixtures/formats/native.json');
    const input = readFileSync(file, 'utf8');
    let piped: ExecResult;
    let fromFile: ExecResult;
    beforeAll(async () => {
      [piped, fromFile] = await execAll([[['audit', '-', '-f', 'json'], { input }], [['audit', file, '-f', 'json']]]);
    }, SLOW);

    it('audit - -f json reads a native call piped in', () => {
      expect(piped.status).toBe(0);
      expect(nonWarningLines(piped.stderr)).toEqual([]);
      const doc = JSON.parse(piped.stdout) as JsonReport;
      const native = JSON.parse(input) as { id: string; agent: { id: string }; turns: unknown[] };
      expect(doc.calls).toHaveLength(1);
      expect(doc.calls[0].callId).toBe(native.id);
      expect(doc.calls[0].agent.id).toBe(native.agent.id);
      expect(doc.calls[0].turnCount).toBe(native.turns.length);
      expect(doc.calls[0].score).not.toBeNull();
      expect(doc.summary.calls).toBe(1);
    });

    it('gives the same results for a call piped in as for the same file', () => {
      const a = JSON.parse(piped.stdout) as JsonReport;
      const b = JSON.parse(fromFile.stdout) as JsonReport;
      expect(a.calls[0].score).toBe(b.calls[0].score);
      expect(a.calls[0].rules).toEqual(b.calls[0].rules);
      expect(a.calls[0].annotations).toEqual(b.calls[0].annotations);
    });
  });
});
