// Loading human labels: level detection, verdicts and scores, and clear errors for bad rows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLabels, parseLabels } from '../../src/calibrate/labels.js';
import { InputError } from '../../src/errors.js';
import { cleanup, tempDir } from '../cli/exec.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseLabels', () => {
  it('reads call-level verdicts, in any case and with n/a spelled either way', () => {
    const set = parseLabels('call_id,rule,verdict\nc1,empathy-phrases,PASS\nc2,empathy-phrases,n/a\nc3,questions-asked,fail\n', 'l.csv');
    expect(set.turns).toEqual([]);
    expect(set.calls.map((l) => [l.callId, l.rule, l.verdict, l.line])).toEqual([
      ['c1', 'empathy-phrases', 'pass', 2],
      ['c2', 'empathy-phrases', 'na', 3],
      ['c3', 'questions-asked', 'fail', 4],
    ]);
  });

  it.each([
    [70, 70, 'pass'],
    [69.5, 70, 'fail'],
    [80, 85, 'fail'],
    [85, 85, 'pass'],
  ])('turns score %s into a verdict at threshold %s', (score, passScore, verdict) => {
    const set = parseLabels(`call_id,rule,score\nc1,questions-asked,${score}\n`, 'l.csv', { passScore });
    expect(set.calls[0].verdict).toBe(verdict);
  });

  it('accepts na in a score column and prefers the verdict when both columns are filled', () => {
    const set = parseLabels('call_id,rule,verdict,score\nc1,r,,na\nc2,r,fail,95\n', 'l.csv');
    expect(set.calls.map((l) => l.verdict)).toEqual(['na', 'fail']);
  });

  it('reads turn-level labels with headers in any order and a BOM', () => {
    const set = parseLabels('\uFEFFact,value,Call ID,turn\nempathy,1,c1,3\nquestion,0,c1,0\n', 't.csv');
    expect(set.calls).toEqual([]);
    expect(set.turns.map((l) => [l.callId, l.turn, l.act, l.value])).toEqual([
      ['c1', 3, 'empathy', 1],
      ['c1', 0, 'question', 0],
    ]);
  });

  it('reads enquiry-level labels: the agent turn that addressed each enquiry, or none', () => {
    const set = parseLabels('call_id,turn,addressed_by\nc1,1,2\nc1,3,None\nc2,0,-\n', 'e.csv');
    expect(set.turns).toEqual([]);
    expect(set.enquiries.map((l) => [l.callId, l.turn, l.addressedBy])).toEqual([
      ['c1', 1, 2],
      ['c1', 3, null],
      ['c2', 0, null],
    ]);
  });

  it.each([
    ['call_id,rule,verdict\nc1,r,maybe\n', 'line 2', /verdict "maybe"/],
    ['call_id,rule,score\nc1,r,\n', 'line 2', /neither verdict nor score/],
    ['call_id,rule,score\nc1,r,high\n', 'line 2', /score "high"/],
    ['call_id,rule,verdict\nc1,r,pass\n,r,pass\n', 'line 3', /call_id is empty/],
    ['call_id,turn,act,value\nc1,-1,question,1\n', 'line 2', /turn "-1"/],
    ['call_id,turn,act,value\nc1,2.5,question,1\n', 'line 2', /turn "2.5"/],
    ['call_id,turn,act,value\nc1,2,questions,1\n', 'line 2', /unknown act "questions"/],
    ['call_id,turn,act,value\nc1,2,question,2\n', 'line 2', /value "2"/],
    ['call_id,turn,act,value\n\nc1,2,question,1\nc1,3,question\n', 'line 4', /value ""/],
    ['call_id,turn,addressed_by\nc1,3,\n', 'line 2', /addressed_by "" must be/],
    ['call_id,turn,addressed_by\nc1,3,later\n', 'line 2', /addressed_by "later" must be/],
    ['call_id,turn,addressed_by\nc1,3,3\n', 'line 2', /does not come after the enquiry's turn 3/],
    ['id,what,label\nc1,x,y\n', 'line 1', /none of call level/],
    ['call_id,rule,verdict\nc1,"unclosed,pass\n', '', /not valid CSV/],
  ])('rejects %j at %s', (text, location, reason) => {
    const err = errorOf(() => parseLabels(text, 'bad.csv'));
    expect(err.file).toBe('bad.csv');
    if (location) expect(err.location).toBe(location);
    expect(err.reason).toMatch(reason);
  });

  it('rejects an empty file', () => {
    expect(errorOf(() => parseLabels('', 'empty.csv')).reason).toMatch(/empty/);
  });
});

describe('loadLabels', () => {
  const dir = tempDir('callaudit-labels-');
  afterAll(() => cleanup(dir));
  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('merges call-level and turn-level files', () => {
    const calls = write('calls.csv', 'call_id,rule,verdict\nc1,questions-asked,pass\n');
    const turns = write('turns.csv', 'call_id,turn,act,value\nc1,0,question,1\n');
    const set = loadLabels([calls, turns]);
    expect(set.calls).toHaveLength(1);
    expect(set.turns).toHaveLength(1);
    expect(set.turns[0].file).toBe(turns);
  });

  it('refuses the same label twice, even across files, naming both places', () => {
    const a = write('a.csv', 'call_id,turn,act,value\nc1,0,question,1\n');
    const b = write('b.csv', 'call_id,turn,act,value\nc2,0,question,1\nc1,0,question,0\n');
    const err = errorOf(() => loadLabels([a, b]));
    expect(err.file).toBe(b);
    expect(err.location).toBe('line 3');
    expect(err.reason).toContain(`${a} line 2`);
  });

  it('refuses an enquiry judged twice', () => {
    const a = write('e.csv', 'call_id,turn,addressed_by\nc1,1,2\nc1,1,none\n');
    expect(errorOf(() => loadLabels([a])).reason).toMatch(/c1 turn 1 enquiry is labelled twice \(first at line 2\)/);
  });

  it('reports a missing file by name', () => {
    const missing = join(dir, 'nope.csv');
    const err = errorOf(() => loadLabels([missing]));
    expect(err.file).toBe(missing);
    expect(err.reason).toMatch(/ENOENT/);
  });
});
