// Issue 3's promise: a folder mixing every input format with broken files audits every good call and names every bad one.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, cleanup, exec, root, tempDir, type ExecResult } from './exec.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.skipIf(!built)('audit of a folder mixing every format with broken files', () => {
  let dir: string;
  let mixed: ExecResult;
  let goodOnly: ExecResult;
  const brokenFiles = readdirSync(join(root, 'fixtures/broken'));

  beforeAll(() => {
    dir = tempDir();
    for (const sub of ['formats', 'vendor', 'broken']) cpSync(join(root, 'fixtures', sub), join(dir, 'mixed', sub), { recursive: true });
    cpSync(join(root, 'fixtures/formats'), join(dir, 'good/formats'), { recursive: true });
    cpSync(join(root, 'fixtures/vendor'), join(dir, 'good/vendor'), { recursive: true });
    mixed = exec(['audit', join(dir, 'mixed'), '-f', 'json', '--agent', 'a-1']);
    goodOnly = exec(['audit', join(dir, 'good'), '-f', 'json', '--agent', 'a-1']);
  });
  afterAll(() => cleanup(dir));

  it('reads every vendor and core fixture without an error', () => {
    expect(goodOnly.status).toBe(0);
    const report = JSON.parse(goodOnly.stdout);
    const formats = new Set(report.calls.map((c: { source: { format: string } }) => c.source.format));
    for (const name of ['native-json', 'jsonl', 'text', 'csv', 'aws-transcribe', 'aws-call-analytics', 'deepgram', 'assemblyai', 'genesys', 'twilio', 'webvtt', 'srt']) {
      expect(formats, name).toContain(name);
    }
    // One scorecard shape whatever the format: every call has scored rules and per-turn annotations.
    for (const call of report.calls) {
      expect(call.rules.length, call.key).toBeGreaterThan(0);
      expect(call.annotations.length, call.key).toBe(call.turnCount);
    }
  });

  it('exits 2 and names every broken file on stderr with a reason', () => {
    expect(mixed.status).toBe(2);
    for (const name of brokenFiles) expect(mixed.stderr, name).toContain(name);
    expect(mixed.stderr).not.toMatch(/^\s+at /m);
  });

  it('still audits every good call', () => {
    const keys = (r: ExecResult) => JSON.parse(r.stdout).calls.map((c: { callId: string; turnCount: number }) => `${c.callId}:${c.turnCount}`).sort();
    const good = keys(goodOnly);
    expect(keys(mixed)).toEqual(expect.arrayContaining(good));
    expect(good.length).toBeGreaterThanOrEqual(filesUnder(join(dir, 'good')).length);
  });
});
