// The terminal table: names each agent with its numbers, aligned, coloured only when asked.
import { describe, expect, it } from 'vitest';
import { makeBatch, makeCall } from './factory.js';
import { render } from './render.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;
// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('table formatter', () => {
  const calls = [
    makeCall({ key: 'call-good', agent: { id: 'a-17', name: 'Dana Ruiz', team: 'Billing' }, score: 92 }),
    makeCall({
      key: 'call-bad',
      agent: { id: 'a-17', name: 'Dana Ruiz', team: 'Billing' },
      rules: [{ ruleId: 'empathy-phrases', score: 20, findings: [{ turn: 4, messageId: 'missed', quote: 'this is the third time I have called' }] }],
    }),
    makeCall({ key: 'call-other', agent: { id: 'a-02' }, score: 70 }),
  ];

  it('shows each agent with name, id, team, calls, mean, median, pass rate, rules, worst calls and findings', () => {
    const text = render('table', calls).text;
    expect(text).toContain('Dana Ruiz');
    expect(text).toContain('a-17');
    expect(text).toContain('Billing');
    expect(text).toMatch(/calls\s+2\s+scored\s+2\s+mean\s+56\.0\s+median\s+56\.0/);
    expect(text).toMatch(/pass rate\s+50\.0%/);
    expect(text).toMatch(/empathy-phrases\s+1\s+20\.0/);
    expect(text).toMatch(/call-bad\s+20\.0/);
    expect(text).toContain('"this is the third time I have called"');
    expect(text).toContain('call-bad, turn 4');
    // The agent without a name is headed by its id.
    expect(text).toMatch(/^a-02$/m);
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 agents, 3 calls from 3 files, pass rate 66.7% at threshold 70');
  });

  it('has no escape codes without colour and no trailing spaces', () => {
    const text = render('table', makeBatch(30, 4), { per: 'call' }).text;
    expect(text).not.toMatch(ANSI);
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('colours scores red below the threshold and green at or above it when colour is on', () => {
    const text = render('table', calls, { color: true }).text;
    expect(text).toMatch(ANSI);
    // 31 red, 32 green (basic colours).
    expect(text).toContain('\u001b[31m20.0\u001b[39m');
    expect(text).toContain('\u001b[32m92.0\u001b[39m');
    expect(text).toContain('\u001b[32m70.0\u001b[39m');
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
    // Colour changes nothing but the escape codes.
    expect(stripAnsi(text)).toBe(render('table', calls, { color: false }).text);
  });

  it('aligns the rule table into columns', () => {
    const text = render('table', makeBatch(40, 2)).text;
    const block = text.split('\n\n').find((b) => b.includes('rules'))!;
    const ruleLines = block.split('\n').slice(1).filter((l) => /^\s{4}\S/.test(l));
    expect(ruleLines.length).toBeGreaterThan(2);
    const ends = new Set(ruleLines.map((l) => l.length));
    // Right-aligned numbers end in the same column on every line.
    expect(ends.size).toBe(1);
  });

  it('with per call, prints a line per call as it arrives, then the scorecards', () => {
    const { chunks, text } = render('table', calls, { per: 'call' });
    expect(chunks[1]).toMatch(/call-good\s+92\.0\s+a-17\s+calls\/call-good\.json/);
    expect(chunks[3]).toMatch(/call-other\s+70\.0\s+a-02/);
    expect(text.indexOf('call-other')).toBeLessThan(text.indexOf('Dana Ruiz'));
    expect(render('table', calls).chunks.slice(1, -1).every((c) => c === '')).toBe(true);
  });

  it('keeps terminal control characters in quotes from reaching the terminal', () => {
    const call = makeCall({ rules: [{ ruleId: 'empathy-phrases', score: 0, findings: [{ quote: 'hi\u001b[2J\u001b]0;owned\u0007 there\nnext line' }] }] });
    const text = render('table', [call]).text;
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('"hi [2J ]0;owned there next line"');
  });

  it('says so when there is nothing to report', () => {
    expect(render('table', []).text).toBe('0 agents, 0 calls from 0 files, pass rate - at threshold 70\n');
  });
});
