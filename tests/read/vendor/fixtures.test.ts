// Every vendor fixture is detected as its own format, reads to a call of the native shape, and no reader steals another's file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NativeCallSchema } from '../../../src/model/transcript.js';
import { detectReader, parseJsonIfLikely } from '../../../src/read/detect.js';
import { vendorReaders } from '../../../src/read/formats/vendor/index.js';
import { readText } from '../../../src/read/index.js';
import { fixtureSource } from './helpers.js';

const fixtures: Array<{ path: string; format: string }> = [];
for (const dir of readdirSync('fixtures/vendor')) {
  for (const file of readdirSync(`fixtures/vendor/${dir}`)) fixtures.push({ path: `${dir}/${file}`, format: dir });
}

describe('vendor fixtures', () => {
  it('cover every vendor reader', () => {
    expect(new Set(fixtures.map((f) => f.format))).toEqual(new Set(vendorReaders.map((r) => r.name)));
  });

  it.each(fixtures)('$path is detected as $format', ({ path, format }) => {
    const source = fixtureSource(path);
    expect(detectReader(source).reader.name).toBe(format);
  });

  it.each(fixtures)('$path is not claimed by any other vendor reader', ({ path, format }) => {
    const source = fixtureSource(path);
    const json = parseJsonIfLikely(source.text);
    for (const reader of vendorReaders) {
      if (reader.name === format) continue;
      expect(reader.sniff(source, json), reader.name).toBeLessThan(0.3);
    }
  });

  it.each(fixtures)('$path reads to one call with the native shape', ({ path, format }) => {
    const source = fixtureSource(path);
    const items = readText(source.text, source.file);
    expect(items).toHaveLength(1);
    const call = items[0];
    if (call instanceof Error) throw call;
    expect(call.source.format).toBe(format);
    // Same shape as a native call: what the rules and scorecards consume.
    const native = NativeCallSchema.safeParse({ id: call.id, agent: call.agent, turns: call.turns.map(({ speaker, role, text, start, end }) => ({ speaker, role, text, start, end })) });
    expect(native.success, JSON.stringify(native.error?.issues)).toBe(true);
    const roles = new Set(call.turns.map((t) => t.role));
    expect(roles.has('agent') && roles.has('customer')).toBe(true);
    expect(call.turns[0].role).toBe('agent');
    expect(call.roles?.confidence).toBeGreaterThanOrEqual(0.6);
    call.turns.forEach((turn, i) => expect(turn.index).toBe(i));
  });

  it.each(fixtures)('$path has times in seconds, in order', ({ path }) => {
    const source = fixtureSource(path);
    const call = readText(source.text, source.file)[0];
    if (call instanceof Error) throw call;
    const starts = call.turns.map((t) => t.start ?? NaN);
    expect(starts.every((s) => Number.isFinite(s))).toBe(true);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]);
    // Every fixture is a few minutes long: milliseconds left unconverted would be in the tens of thousands.
    const last = call.turns[call.turns.length - 1];
    expect(last.end).toBeGreaterThan(20);
    expect(last.end).toBeLessThan(600);
  });

  it('native and vendor fixtures are not claimed by the wrong side', () => {
    for (const file of readdirSync('fixtures/formats')) {
      const source = { file: `fixtures/formats/${file}`, text: readFileSync(`fixtures/formats/${file}`, 'utf8') };
      const json = parseJsonIfLikely(source.text);
      for (const reader of vendorReaders) expect(reader.sniff(source, json), `${reader.name} on ${file}`).toBeLessThan(0.3);
    }
  });
});
