// Path expansion and the streaming read: folders, globs, stdin, missing paths, and very large JSONL files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { expandInputs } from '../../src/read/inputs.js';
import { readInputs } from '../../src/read/index.js';
import { callsOf, collect, errorsOf, fixture } from './helpers.js';

const call = (id: string) =>
  JSON.stringify({ id, agent: { id: 'a-1' }, turns: [{ role: 'agent', text: 'Thanks for calling, how can I help?' }, { role: 'customer', text: 'My order is late.' }] });

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'callaudit-inputs-'));
  mkdirSync(join(root, 'calls/march'), { recursive: true });
  mkdirSync(join(root, 'calls/.cache'), { recursive: true });
  mkdirSync(join(root, 'calls/node_modules/pkg'), { recursive: true });
  mkdirSync(join(root, 'empty/sub'), { recursive: true });
  writeFileSync(join(root, 'calls/b.json'), call('b'));
  writeFileSync(join(root, 'calls/a.txt'), 'Agent: hello\nCustomer: hi\n');
  writeFileSync(join(root, 'calls/march/c.jsonl'), `${call('c1')}\n${call('c2')}\n`);
  writeFileSync(join(root, 'calls/march/notes.md'), '# not a transcript');
  writeFileSync(join(root, 'calls/.hidden.json'), call('hidden'));
  writeFileSync(join(root, 'calls/.cache/d.json'), call('cached'));
  writeFileSync(join(root, 'calls/node_modules/pkg/package.json'), '{"name":"pkg"}');
  writeFileSync(join(root, 'empty/sub/readme.md'), 'nothing here');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('walks folders recursively, sorted, skipping dotfiles, node_modules and non-transcript files', async () => {
    const entries = await expandInputs([join(root, 'calls')]);
    expect(entries).toEqual([join(root, 'calls/a.txt'), join(root, 'calls/b.json'), join(root, 'calls/march/c.jsonl')]);
  });

  it('expands globs the shell left quoted, and reads a file only once', async () => {
    const entries = await expandInputs([join(root, 'calls/**/*.json*'), join(root, 'calls/b.json')]);
    expect(entries).toEqual([join(root, 'calls/b.json'), join(root, 'calls/march/c.jsonl')]);
  });

  it('expands a relative glob against the working folder, keeping paths relative', async () => {
    expect(await expandInputs(['fixtures/formats/*.json*'])).toEqual(['fixtures/formats/batch.jsonl', 'fixtures/formats/native.json']);
  });

  it('keeps the command-line order of arguments and is the same every run', async () => {
    const args = [join(root, 'calls/march'), join(root, 'calls/b.json')];
    const first = await expandInputs(args);
    expect(first).toEqual([join(root, 'calls/march/c.jsonl'), join(root, 'calls/b.json')]);
    expect(await expandInputs(args)).toEqual(first);
  });

  it.each([
    ['a missing file', 'nope.json', /no such file/],
    ['a glob with no matches', 'calls/*.xml', /no files match/],
    ['a folder with no transcripts', 'empty', /no transcripts found in .*empty/],
  ])('%s is an InputError naming the path', async (_name, relative, reason) => {
    const path = join(root, relative);
    const [entry] = await expandInputs([path]);
    expect(entry).toBeInstanceOf(InputError);
    expect((entry as InputError).file).toBe(path);
    expect((entry as InputError).reason).toMatch(reason);
  });

  it('passes "-" through once for stdin', async () => {
    expect(await expandInputs(['-', '-'])).toEqual(['-']);
  });
});

describe('readInputs', () => {
  it('streams good calls and yields errors for bad paths without stopping', async () => {
    const items = await collect(readInputs([join(root, 'missing.json'), join(root, 'calls')]));
    expect(errorsOf(items).map((e) => e.reason)).toEqual(['no such file or directory']);
    expect(callsOf(items).map((c) => c.id)).toEqual(['a', 'b', 'c1', 'c2']);
  });

  it('reads stdin for "-"', async () => {
    const stdin = Readable.from([Buffer.from(fixture('formats/call.txt'))]);
    const [item] = await collect(readInputs(['-'], { stdin }));
    expect(item).not.toBeInstanceOf(InputError);
    expect(callsOf([item])[0].source.file).toBe('<stdin>');
  });

  it('an unknown --input-format is a usage error before anything is read', async () => {
    await expect(collect(readInputs([join(root, 'calls')], { inputFormat: 'xml' }))).rejects.toThrow(UsageError);
  });

  it('streams a large JSONL export and locates a bad line in it', async () => {
    const lines: string[] = [];
    // About 12 MB: above the size at which JSONL is streamed rather than loaded whole.
    for (let i = 0; i < 40_000; i++) lines.push(i === 20_000 ? '{"id": "broken", "agent":' : call(`c${i}`));
    const file = join(root, 'big.jsonl');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    let calls = 0;
    const errors: InputError[] = [];
    for await (const item of readInputs([file])) {
      if (item instanceof InputError) errors.push(item);
      else calls++;
    }
    expect(calls).toBe(39_999);
    expect(errors.map((e) => e.location)).toEqual([expect.stringMatching(/^line 20001, column \d+$/)]);
  });

  it.each([
    ['a valid one-sided call', (filler: string) => JSON.stringify({ id: 'huge', agent: { id: 'a' }, turns: [{ role: 'agent', text: filler }] }), /only agent turns/],
    ['not JSON at all', (filler: string) => filler, /invalid JSON/],
  ])('a single 50 MB line (%s) is an InputError, not a crash', async (_name, build, reason) => {
    const file = join(root, 'huge.jsonl');
    writeFileSync(file, build('x'.repeat(50 * 1024 * 1024)));
    const items = await collect(readInputs([file]));
    const [error] = errorsOf(items);
    expect(items).toHaveLength(1);
    expect(error.reason).toMatch(reason);
    // The message is one readable line, never the 50 MB of content.
    expect(error.message.length).toBeLessThan(300);
    rmSync(file);
  });
});
