// Each core reader: what a user's file becomes, turn by turn, including the awkward lines real exports contain.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readText } from '../../src/read/index.js';
import { callsOf, errorsOf, fixture, onlyCall, onlyError } from './helpers.js';

describe('native JSON', () => {
  const source = fixture('formats/native.json');
  const raw = JSON.parse(source);

  it('keeps every field and every turn exactly as given', () => {
    const call = onlyCall(readText(source, 'fixtures/formats/native.json'));
    expect(call.id).toBe(raw.id);
    expect(call.agent).toEqual(raw.agent);
    expect(call.customer).toEqual(raw.customer);
    expect(call.startedAt).toBe(raw.startedAt);
    expect(call.metadata).toEqual(raw.metadata);
    expect(call.source).toEqual({ file: 'fixtures/formats/native.json', format: 'native-json' });
    expect(call.turns).toHaveLength(raw.turns.length);
    call.turns.forEach((turn, i) => {
      expect(turn).toMatchObject({ index: i, role: raw.turns[i].role, speaker: raw.turns[i].speaker, text: raw.turns[i].text, start: raw.turns[i].start, end: raw.turns[i].end });
    });
  });

  it('never merges consecutive turns of the same speaker', () => {
    const json = JSON.stringify({
      id: 'c1',
      agent: { id: 'a1' },
      turns: [
        { role: 'customer', text: 'hello' },
        { role: 'customer', text: 'are you there' },
        { role: 'agent', text: 'yes, sorry' },
      ],
    });
    expect(onlyCall(readText(json, 'c1.json')).turns.map((t) => t.text)).toEqual(['hello', 'are you there', 'yes, sorry']);
  });

  it('reads an array of calls, locating a bad one by its index', () => {
    const good = { id: 'c1', agent: { id: 'a1' }, turns: [{ role: 'agent', text: 'hi' }, { role: 'customer', text: 'hello' }] };
    const bad = { ...good, id: 'c2', turns: [{ role: 'agent', text: 'hi' }, { role: 'caller', text: 'hello' }] };
    const items = readText(JSON.stringify([good, bad, { ...good, id: 'c3' }]), 'batch.json');
    expect(callsOf(items).map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(errorsOf(items).map((e) => e.location)).toEqual(['$[1].turns[1].role']);
  });

  it.each([
    ['missing agent id', { id: 'c1', agent: {}, turns: [] }, '$.agent.id', /missing/],
    ['text not a string', { id: 'c1', agent: { id: 'a' }, turns: [{ role: 'agent', text: 5 }] }, '$.turns[0].text', /expected string, got 5/],
    ['negative start', { id: 'c1', agent: { id: 'a' }, turns: [{ role: 'agent', text: 'x', start: -1 }, { role: 'customer', text: 'y' }] }, '$.turns[0].start', />= 0/],
    ['empty id', { id: '', agent: { id: 'a' }, turns: [{ role: 'agent', text: 'x' }] }, '$.id', /empty/],
  ])('%s is located by JSON path', (_name, value, location, reason) => {
    const error = onlyError(readText(JSON.stringify(value), 'c.json'));
    expect(error.location).toBe(location);
    expect(error.reason).toMatch(reason);
  });
});

describe('JSONL', () => {
  const source = fixture('formats/batch.jsonl');
  const lines = source.trim().split('\n').map((line) => JSON.parse(line));

  it('yields one call per line, in file order, each located by line', () => {
    const calls = callsOf(readText(source, 'batch.jsonl'));
    expect(calls.map((c) => c.id)).toEqual(lines.map((l) => l.id));
    expect(calls.map((c) => c.source)).toEqual(lines.map((_, i) => ({ file: 'batch.jsonl', format: 'jsonl', location: `line ${i + 1}` })));
    expect(calls.map((c) => c.turns.length)).toEqual(lines.map((l) => l.turns.length));
  });

  it('skips blank lines but counts them in line numbers', () => {
    const good = JSON.stringify({ id: 'c1', agent: { id: 'a' }, turns: [{ role: 'agent', text: 'hi' }, { role: 'customer', text: 'yo' }] });
    const bad = JSON.stringify({ id: 'c2', agent: { id: 'a' }, turns: [{ role: 'Agent', text: 'hi' }] });
    const items = readText(`${good}\n\n   \n${bad}\n${good.replace('c1', 'c3')}\n`, 'b.jsonl');
    expect(callsOf(items).map((c) => c.id)).toEqual(['c1', 'c3']);
    const [error] = errorsOf(items);
    expect(error.location).toBe('line 4, $.turns[0].role');
  });
});

describe('plain text', () => {
  const source = fixture('formats/call.txt');

  it('reads headers, timestamps and continuation lines', () => {
    const call = onlyCall(readText(source, 'fixtures/formats/call.txt'));
    const header = (key: string) => new RegExp(`^# ${key}: (.*)$`, 'm').exec(source)?.[1];
    expect(call.id).toBe(header('call'));
    expect(call.agent).toEqual({ id: header('agent'), name: header('agent-name'), team: header('team') });
    expect(call.startedAt).toBe(header('date'));
    expect(call.metadata).toEqual({ queue: header('queue') });
    expect(call.source.format).toBe('text');

    const labelled = source.split('\n').filter((line) => /^\[\d\d:\d\d:\d\d\] (Agent|Customer):/.test(line));
    expect(call.turns).toHaveLength(labelled.length);
    const continuation = source.split('\n').find((line) => line.startsWith('  '))!.trim();
    expect(call.turns.some((turn) => turn.text.endsWith(continuation))).toBe(true);
    expect(call.turns[1].start).toBe(5);
  });

  it.each([
    ['[hh:mm:ss] before the label', '[00:01:23] Agent: hi', { role: 'agent', text: 'hi', start: 83 }],
    ['[mm:ss] before the label', '[01:23] Customer: hi', { role: 'customer', text: 'hi', start: 83 }],
    ['bare timestamp before the label', '00:01:23 Agent: hi', { role: 'agent', text: 'hi', start: 83 }],
    ['timestamp after the label', 'Agent [00:01:23]: hi', { role: 'agent', text: 'hi', start: 83 }],
    ['timestamp after the colon', 'Agent: [01:23] hi', { role: 'agent', text: 'hi', start: 83 }],
    ['lower-case speech-to-text label', 'agent: can you tell me when it started', { role: 'agent', text: 'can you tell me when it started' }],
    ['default alias Rep', 'Rep: how can I help', { role: 'agent', text: 'how can I help' }],
    ['default alias Caller', 'CALLER: my router is down', { role: 'customer', text: 'my router is down' }],
    ['role with a name in brackets', 'Agent (Dana Ruiz): hello', { role: 'agent', speaker: 'Dana Ruiz', text: 'hello' }],
    ['name with the role in brackets', 'Dana Ruiz (Agent): hello', { role: 'agent', speaker: 'Dana Ruiz', text: 'hello' }],
    ['a clock time inside the words', 'Agent: we open at 10:30: come by then', { role: 'agent', text: 'we open at 10:30: come by then' }],
    ['a supervisor is a third party', 'Supervisor: I can approve that', { role: 'other', text: 'I can approve that' }],
  ])('%s', (_name, line, expected) => {
    const other = line.toLowerCase().includes('customer') || line.startsWith('CALLER') ? 'Agent: ok' : 'Customer: ok';
    const call = onlyCall(readText(`${line}\n${other}\nAgent: bye\n`, 't.txt'));
    expect(call.turns[0]).toMatchObject(expected);
  });

  it('appends sentence-like lines with a colon to the turn above instead of calling them labels', () => {
    const call = onlyCall(readText('Customer: it keeps dropping\nso the thing is: it only happens at night\nAgent: okay', 't.txt'));
    expect(call.turns.map((t) => t.text)).toEqual(['it keeps dropping so the thing is: it only happens at night', 'okay']);
  });

  it('takes configurable labels, case-insensitively', () => {
    const text = 'DANA: thanks for calling\nbob: my bill is wrong\nDana: let me check';
    const call = onlyCall(readText(text, 't.txt', { agentLabel: ['Dana'], customerLabel: ['Bob'] }));
    expect(call.turns.map((t) => t.role)).toEqual(['agent', 'customer', 'agent']);
  });

  it('with --agent-speaker, the named speaker is the agent and the other speaker the customer', () => {
    const call = onlyCall(readText('Dana: hello\nMarcus: hi there\nDana: how can I help', 't.txt', { agentSpeaker: 'Dana' }));
    expect(call.turns.map((t) => t.role)).toEqual(['agent', 'customer', 'agent']);
  });

  it('defaults the call id to the file name and the agent to unknown', () => {
    const call = onlyCall(readText('Agent: hi\nCustomer: hello', 'exports/2026-03/call-0042.txt'));
    expect(call.id).toBe('call-0042');
    expect(call.agent).toEqual({ id: 'unknown' });
  });

  it('names the line and the label it does not know', () => {
    const error = onlyError(readText('Agent: hi\nCustomer: hello\nSpeaker 3: who is this', 't.txt'));
    expect(error.location).toBe('line 3');
    expect(error.reason).toMatch(/unknown speaker label "Speaker 3"/);
    expect(error.reason).toMatch(/--agent-label/);
  });

  it('a file with no speaker lines says what it expected', () => {
    const error = onlyError(readText('Meeting notes\nCall the customer back on Monday.', 'notes.txt', { inputFormat: 'text' }));
    expect(error.reason).toMatch(/no speaker lines/);
  });
});

describe('CSV', () => {
  const source = fixture('formats/utterances.csv');

  it('groups rows into calls in order of first appearance, one turn per row', () => {
    const rows = source.trim().split('\n').slice(1);
    const ids = [...new Set(rows.map((row) => row.split(',')[0]))];
    const calls = callsOf(readText(source, 'u.csv'));
    expect(calls.map((c) => c.id)).toEqual(ids);
    expect(calls.map((c) => c.turns.length)).toEqual(ids.map((id) => rows.filter((r) => r.startsWith(`${id},`)).length));
    expect(calls[0].agent).toEqual({ id: 'a-52', name: 'Sam Oduya', team: 'Retention' });
    expect(calls[0].turns[0]).toMatchObject({ index: 0, role: 'agent', speaker: 'Sam', start: 0, end: 3.9 });
    expect(calls[1].source.location).toBe(`line ${rows.findIndex((r) => r.startsWith(`${ids[1]},`)) + 2}`);
  });

  it('keeps interleaved calls apart', () => {
    const csv = 'call_id,role,text\nA,agent,hello A\nB,agent,hello B\nA,customer,hi from A\nB,customer,hi from B\n';
    const calls = callsOf(readText(csv, 'x.csv'));
    expect(calls.map((c) => [c.id, c.turns.map((t) => t.text)])).toEqual([
      ['A', ['hello A', 'hi from A']],
      ['B', ['hello B', 'hi from B']],
    ]);
  });

  it('understands common column aliases and clock times', () => {
    const csv = 'Conversation ID,Agent,Speaker,Timestamp,Utterance\nc9,a-3,Rep,00:00:05,how can I help\nc9,a-3,Caller,00:01:02,my card was declined\n';
    const call = onlyCall(readText(csv, 'x.csv'));
    expect(call.id).toBe('c9');
    expect(call.agent.id).toBe('a-3');
    expect(call.turns.map((t) => [t.role, t.start, t.text])).toEqual([
      ['agent', 5, 'how can I help'],
      ['customer', 62, 'my card was declined'],
    ]);
  });

  it('takes column names from options', () => {
    const csv = 'ticket;who;said\nT1;agent;hello\nT1;customer;hi\n';
    const call = onlyCall(readText(csv, 'x.csv', { csvColumns: { call: 'ticket', role: 'who', text: 'said' } }));
    expect(call.id).toBe('T1');
    expect(call.turns.map((t) => t.text)).toEqual(['hello', 'hi']);
  });

  it('maps a speaker who is the call\'s agent by name, and the other speaker to the customer', () => {
    const csv = 'call_id,agent_name,speaker,text\nc1,Sam Oduya,Sam Oduya,hello\nc1,Sam Oduya,Jo,hi\n';
    expect(onlyCall(readText(csv, 'x.csv')).turns.map((t) => t.role)).toEqual(['agent', 'customer']);
  });

  it('without a call column, the whole file is one call named after the file', () => {
    const call = onlyCall(readText('speaker,text\nAgent,hello\nCustomer,hi\n', 'exports/call-77.csv'));
    expect(call.id).toBe('call-77');
  });

  it('a bad row fails its call only, naming the row\'s line', () => {
    const csv = 'call_id,role,start,text\nc1,agent,0,"hello,\nhow can I help"\nc1,customer,soon,hi\nc2,agent,0,hello\nc2,customer,1,hi\n';
    const items = readText(csv, 'x.csv');
    expect(callsOf(items).map((c) => c.id)).toEqual(['c2']);
    const [error] = errorsOf(items);
    expect(error).toBeInstanceOf(InputError);
    expect(error.location).toBe('line 4');
    expect(error.reason).toMatch(/start "soon"/);
  });

  it.each([
    ['unknown role value', 'call_id,role,text\nc1,agent,hi\nc1,boss,hello\n', 'line 3', /unknown role "boss"/],
    ['line numbers count skipped blank lines', 'call_id,role,text\n\nc1,agent,hi\n\n\nc1,boss,hello\n', 'line 6', /unknown role "boss"/],
    ['unknown speaker', 'call_id,speaker,text\nc1,Agent,hi\nc1,Speaker 2,hello\n', 'line 3', /unknown speaker "Speaker 2"/],
    ['configured column missing', 'call_id,role,text\nc1,agent,hi\n', 'line 1', /no column "words"/],
  ])('%s', (_name, csv, location, reason) => {
    const options = reason.source.includes('words') ? { csvColumns: { text: 'words' } } : {};
    const error = onlyError(readText(csv, 'x.csv', options));
    expect(error.location).toBe(location);
    expect(error.reason).toMatch(reason);
  });
});
