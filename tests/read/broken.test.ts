// Every file in fixtures/broken fails cleanly: an InputError naming the file, where, and why; never a raw exception.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInputs } from '../../src/read/index.js';
import { callsOf, collect, errorsOf, fixturePath } from './helpers.js';

const cases: Array<{ file: string; location: RegExp; reason: RegExp; goodCalls?: number }> = [
  { file: 'truncated.json', location: /^line \d+, column \d+$/, reason: /invalid JSON: .*truncated/ },
  { file: 'wrong-role.json', location: /^\$\.turns\[3\]\.role$/, reason: /expected one of agent\|customer\|other, got "Agent"/ },
  { file: 'unknown-shape.json', location: /^$/, reason: /not a transcript shape.*tried: native-json, jsonl, text, csv/ },
  { file: 'empty.txt', location: /^$/, reason: /^empty file$/ },
  { file: 'empty-turns.json', location: /^\$\.turns$/, reason: /no turns/ },
  { file: 'one-speaker.json', location: /^\$\.turns$/, reason: /only agent turns.*speaker mapping/ },
  { file: 'recording.txt', location: /^$/, reason: /^binary file, not a transcript$/ },
  { file: 'bad-line.jsonl', location: /^line 2, column \d+$/, reason: /invalid JSON/, goodCalls: 2 },
  { file: 'unknown-label.txt', location: /^line 7$/, reason: /unknown speaker label "Driver"/ },
  { file: 'missing-text-column.csv', location: /^line 1$/, reason: /no text column/ },
];

describe('broken fixtures', () => {
  it('every broken fixture has a case here', () => {
    const files = readdirSync(fixturePath('broken')).filter((f) => !f.startsWith('.'));
    expect(files.sort()).toEqual(cases.map((c) => c.file).sort());
  });

  it.each(cases)('$file gives a located InputError', async ({ file, location, reason, goodCalls = 0 }) => {
    const path = fixturePath(`broken/${file}`);
    const items = await collect(readInputs([path]));
    const errors = errorsOf(items);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toBeInstanceOf(InputError);
    expect(error.file).toBe(path);
    expect(error.location).toMatch(location);
    expect(error.reason).toMatch(reason);
    expect(callsOf(items)).toHaveLength(goodCalls);
  });

  it('a folder of broken files mixed with good ones reads every good call and names every bad file', async () => {
    const items = await collect(readInputs([fixturePath('broken'), fixturePath('formats')]));
    const failedFiles = new Set(errorsOf(items).map((e) => e.file.split('/').pop()));
    expect([...failedFiles].sort()).toEqual(cases.map((c) => c.file).sort());
    const goodIds = callsOf(items).map((c) => c.id);
    // batch.jsonl (3) + call.txt (1) + native.json (1) + utterances.csv (2) + the good lines of bad-line.jsonl (2)
    expect(goodIds).toHaveLength(3 + 1 + 1 + 2 + 2);
  });
});
