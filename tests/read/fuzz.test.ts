// Property tests over every reader: damaged fixtures yield calls or located InputErrors, never an uncaught exception.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ROLES, type Transcript } from '../../src/model/transcript.js';
import { parseJsonIfLikely, readBytes, readers, readText } from '../../src/read/index.js';
import type { ReadItem, SourceText } from '../../src/read/types.js';

/** Every fixture file under the folders that hold one call per input format. */
function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) out.push(...fixtureFiles(path));
    else out.push(path);
  }
  return out;
}

const files = [...fixtureFiles('fixtures/vendor'), ...fixtureFiles('fixtures/formats')];
const fixtures = files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(file)) }));
const jsonFixtures = fixtures
  .map(({ file, bytes }) => ({ file, json: parseJsonIfLikely(new TextDecoder().decode(bytes)) }))
  .filter((f) => f.json !== undefined);

function checkItem(item: ReadItem, file: string): void {
  if (item instanceof InputError) {
    expect(item.file).toBe(file);
    expect(item.reason.length).toBeGreaterThan(0);
    return;
  }
  checkCall(item);
}

function checkCall(call: Transcript): void {
  expect(typeof call.id).toBe('string');
  expect(call.agent.id.length).toBeGreaterThan(0);
  expect(call.turns.length).toBeGreaterThan(0);
  call.turns.forEach((turn, i) => {
    expect(turn.index).toBe(i);
    expect(ROLES).toContain(turn.role);
    expect(typeof turn.text).toBe('string');
    if (turn.start !== undefined) expect(Number.isFinite(turn.start)).toBe(true);
  });
}

/** Runs one reader as --input-format would: InputError may be thrown for the whole file, nothing else. */
function readForced(reader: (typeof readers)[number], source: SourceText): void {
  const json = parseJsonIfLikely(source.text);
  const score = reader.sniff(source, json);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(1);
  try {
    for (const item of reader.read(source, {}, json)) checkItem(item, source.file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.file).toBe(source.file);
  }
}

const damage = fc.record({
  fixture: fc.nat({ max: fixtures.length - 1 }),
  /** Keep this fraction of the file (1 = no truncation). */
  keep: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  flips: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
});

function damaged({ fixture, keep, flips }: { fixture: number; keep: number; flips: Array<{ at: number; byte: number }> }) {
  const { file, bytes } = fixtures[fixture];
  const out = bytes.slice(0, Math.floor(bytes.length * keep));
  for (const { at, byte } of flips) if (out.length > 0) out[Math.floor(at * out.length)] = byte;
  return { file, bytes: out };
}

describe('readers under damage', () => {
  it('has fixtures for the core and vendor formats', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it('truncated and byte-flipped files go through the whole read step without an uncaught exception', () => {
    fc.assert(
      fc.property(damage, (d) => {
        const { file, bytes } = damaged(d);
        for (const item of readBytes(bytes, file)) checkItem(item, file);
      }),
      { numRuns: 250 },
    );
  });

  it('every reader, forced onto any damaged file, throws nothing but InputError', () => {
    fc.assert(
      fc.property(damage, fc.nat({ max: readers.length - 1 }), (d, r) => {
        const { file, bytes } = damaged(d);
        const text = new TextDecoder('utf-8').decode(bytes);
        readForced(readers[r], { file, text });
      }),
      { numRuns: 300 },
    );
  });

  it('valid JSON with fields deleted or replaced by random values never crashes a reader', () => {
    // Byte flips mostly break the JSON syntax; this reaches deep into each reader's field handling.
    const edit = fc.record({
      fixture: fc.nat({ max: jsonFixtures.length - 1 }),
      edits: fc.array(fc.record({ path: fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }), value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }) }), { minLength: 1, maxLength: 5 }),
      reader: fc.nat({ max: readers.length - 1 }),
    });
    fc.assert(
      fc.property(edit, ({ fixture, edits, reader }) => {
        const { file, json } = jsonFixtures[fixture];
        const copy = structuredClone(json);
        for (const { path, value } of edits) mutateAt(copy, path, value);
        const source = { file, text: JSON.stringify(copy) ?? '' };
        readForced(readers[reader], source);
        for (const item of readText(source.text, file)) checkItem(item, file);
      }),
      { numRuns: 300 },
    );
  });
});

/** Walks by child position (indices into keys or array items) and deletes or replaces the value found there. */
function mutateAt(root: unknown, path: number[], value: unknown): void {
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    if (typeof node !== 'object' || node === null) return;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[path[depth] % keys.length] as keyof typeof node;
    const last = depth === path.length - 1 || typeof node[key] !== 'object' || node[key] === null;
    if (last) {
      if (value === undefined) {
        if (Array.isArray(node)) node.splice(key as number, 1);
        else delete node[key];
      } else {
        (node as Record<PropertyKey, unknown>)[key] = value;
      }
      return;
    }
    node = node[key];
  }
}
