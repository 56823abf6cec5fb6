// Format detection: content first, extension to break ties, --input-format to override.
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { detectReader, findReader } from '../../src/read/detect.js';
import type { Reader } from '../../src/read/types.js';
import { fixture } from './helpers.js';
import { normaliseText } from '../../src/read/decode.js';

function detect(text: string, file: string, inputFormat?: string): string {
  return detectReader({ file, text: normaliseText(text) }, { inputFormat }).reader.name;
}

describe('detection', () => {
  it.each([
    ['formats/native.json', 'native-json'],
    ['formats/batch.jsonl', 'jsonl'],
    ['formats/call.txt', 'text'],
    ['formats/utterances.csv', 'csv'],
    ['broken/wrong-role.json', 'native-json'],
    ['broken/empty-turns.json', 'native-json'],
    ['broken/truncated.json', 'native-json'],
    ['broken/bad-line.jsonl', 'jsonl'],
    ['broken/unknown-label.txt', 'text'],
    ['broken/missing-text-column.csv', 'csv'],
  ])('%s is %s', (path, expected) => {
    expect(detect(fixture(path), path)).toBe(expected);
  });

  it.each([
    ['JSONL saved as .json', 'formats/batch.jsonl', 'calls.json', 'jsonl'],
    ['CSV saved as .txt', 'formats/utterances.csv', 'export.txt', 'csv'],
    ['text saved as .csv', 'formats/call.txt', 'export.csv', 'text'],
    ['native JSON without an extension', 'formats/native.json', 'call-0001', 'native-json'],
  ])('content wins over a misleading extension: %s', (_name, path, file, expected) => {
    expect(detect(fixture(path), file)).toBe(expected);
  });

  it('--input-format overrides detection', () => {
    expect(detect(fixture('formats/call.txt'), 'call.txt', 'csv')).toBe('csv');
    expect(detect(fixture('formats/native.json'), 'x.json', 'JSONL')).toBe('jsonl');
  });

  it('an unknown --input-format is a usage error listing the formats', () => {
    expect(() => findReader('xml')).toThrow(UsageError);
    try {
      findReader('xml');
    } catch (error) {
      expect((error as UsageError).hint).toMatch(/native-json, jsonl, text, csv/);
    }
  });

  it('valid JSON of an unknown shape lists the formats tried', () => {
    const run = () => detect('{"orders": [1, 2, 3]}', 'orders.json');
    expect(run).toThrow(InputError);
    expect(run).toThrow(/tried: native-json, jsonl, text, csv/);
  });

  it('prose with no transcript shape is an InputError, not a guess', () => {
    expect(() => detect('Minutes of the team meeting\nWe agreed to review refunds weekly.', 'notes.md')).toThrow(InputError);
  });

  it('the extension breaks a tie between equally sure readers', () => {
    const fake = (name: string, ext: string): Reader => ({ name, description: name, extensions: [ext], sniff: () => 0.5, read: () => [] });
    const readers = [fake('first', '.one'), fake('second', '.two')];
    expect(detectReader({ file: 'x.two', text: 'anything' }, {}, readers).reader.name).toBe('second');
    expect(detectReader({ file: 'x.one', text: 'anything' }, {}, readers).reader.name).toBe('first');
    expect(detectReader({ file: 'x.zzz', text: 'anything' }, {}, readers).reader.name).toBe('first');
  });

  it('a reader whose sniff throws does not stop detection', () => {
    const throwing: Reader = { name: 'bad', description: '', extensions: [], sniff: () => { throw new Error('bug'); }, read: () => [] };
    const ok: Reader = { name: 'ok', description: '', extensions: [], sniff: () => 0.4, read: () => [] };
    expect(detectReader({ file: 'x', text: 'y' }, {}, [throwing, ok]).reader.name).toBe('ok');
  });

  it('parses JSON once and hands the value to the reader', () => {
    const detection = detectReader({ file: 'n.json', text: fixture('formats/native.json') });
    expect(detection.json).toMatchObject({ id: 'call-0001' });
  });
});
