// The format registry: every format by name, a fresh formatter per report, a clear error for an unknown name.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { formatters, getFormatter } from '../../src/report/index.js';
import { makeCall } from './factory.js';
import { baseContext } from './render.js';

describe('getFormatter', () => {
  it('knows the documented formats, each named as its key', () => {
    expect(Object.keys(formatters).sort()).toEqual(['csv', 'json', 'jsonl', 'partial', 'table']);
    for (const [name, f] of Object.entries(formatters)) expect(f.name).toBe(name);
  });

  it('rejects an unknown format with a usage error listing the known ones', () => {
    expect(() => getFormatter('xml')).toThrow(UsageError);
    try {
      getFormatter('toString');
    } catch (err) {
      expect((err as UsageError).hint).toContain('csv, json, jsonl, partial, table');
    }
  });

  it('gives independent formatters, so two reports in flight do not share commas or headers', () => {
    const a = getFormatter('json');
    const b = getFormatter('json');
    a.begin(baseContext);
    b.begin(baseContext);
    const call = makeCall();
    a.call(call);
    // b has seen no call yet, so its first element carries no leading comma.
    expect(b.call(call).startsWith('\n')).toBe(true);
    expect(a.call(call).startsWith(',\n')).toBe(true);
  });
});
