// Which agent took the call: --agent, roster, path patterns, format metadata; and distinct keys for duplicate call ids.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Transcript } from '../../src/model/transcript.js';
import { agentFromPath, applyIdentity, CallKeys, loadRoster, parseRoster } from '../../src/read/agent-identity.js';
import { cleanup, tempDir } from '../cli/exec.js';

function call(id: string, file: string, agentId = 'unknown'): Transcript {
  return { id, agent: { id: agentId }, turns: [{ index: 0, role: 'agent', text: 'hello' }], source: { file, format: 'json' } };
}

describe('agentFromPath', () => {
  it.each([
    ['{agent}/{call}.json', 'exports/2024-03/dana/call-0042.json', { agent: 'dana', call: 'call-0042' }],
    ['{agent}/{call}.json', 'C:\\exports\\dana\\call-7.json', { agent: 'dana', call: 'call-7' }],
    ['*_AGENT_{agent}_DT_*', 'out/redacted-0a1b_CUST_5551234_AGENT_ChrisL_DT_2024-01-05T10-22-01.json', { agent: 'ChrisL' }],
    ['{team}/{agent}/*.vtt', '/data/billing/sam.k/morning.vtt', { team: 'billing', agent: 'sam.k' }],
    ['exports/{agent}/**/{call}.json', '/srv/exports/sam.k/2024/03/11/c-9.json', { agent: 'sam.k', call: 'c-9' }],
    ['exports/{agent}/**/{call}.json', 'exports/sam.k/c-9.json', { agent: 'sam.k', call: 'c-9' }],
    ['calls-{agent}.json', 'calls-lee (2).json', { agent: 'lee (2)' }],
  ])('%s on %s', (pattern, file, expected) => {
    expect(agentFromPath(pattern, file)).toEqual(expected);
  });

  it.each([
    ['{agent}/{call}.json', 'call.json'],
    ['*_AGENT_{agent}_DT_*', 'out/recording-2024-01-05.json'],
    ['{agent}/{call}.json', 'dana/call.vtt'],
  ])('%s does not match %s', (pattern, file) => {
    expect(agentFromPath(pattern, file)).toBeUndefined();
  });
});

describe('roster', () => {
  it('maps call ids to agent id, name and team, tolerating a BOM and column aliases', () => {
    const roster = parseRoster('\uFEFFCall ID,Agent,Agent Name,Team\r\nc-1,a17,Dana Lee,Billing\r\nc-2,a09,,\r\n', 'roster.csv');
    expect(roster.get('c-1')).toEqual({ id: 'a17', name: 'Dana Lee', team: 'Billing' });
    expect(roster.get('c-2')).toEqual({ id: 'a09' });
  });

  it.each([
    ['no call or agent column', 'when,who\nx,y\n', 'line 1', /call column/],
    ['an empty agent', 'call_id,agent_id\nc-1,a1\nc-2,\n', 'line 3', /no agent for call c-2/],
    ['one call given to two agents', 'call_id,agent_id\nc-1,a1\nc-1,a2\n', 'line 3', /both a1 and a2/],
    ['broken quoting', 'call_id,agent_id\n"c-1,a1\n', 'line 2', /roster/],
    ['an empty file', '', '', /empty/],
  ])('rejects %s with a located error', (_name, text, location, reason) => {
    let error: unknown;
    try {
      parseRoster(text, 'roster.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('roster.csv');
    expect((error as InputError).location).toBe(location);
    expect((error as InputError).reason).toMatch(reason);
  });

  it('loads a UTF-16 roster file and names a missing one clearly', async () => {
    const dir = tempDir('roster-');
    onTestFinished(() => cleanup(dir));
    const file = join(dir, 'roster.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('call_id,agent_id\nc-9,a3\n', 'utf16le')]));
    expect((await loadRoster(file)).get('c-9')).toEqual({ id: 'a3' });
    await expect(loadRoster(join(dir, 'missing.csv'))).rejects.toThrow(/cannot read the file \(ENOENT\)/);
  });
});

describe('applyIdentity', () => {
  const roster = parseRoster('call_id,agent_id,name,team\nc-1,a17,Dana Lee,Billing\nrecording-3,a22,Sam Roy,Support\n', 'roster.csv');

  it('--agent wins over everything', () => {
    expect(applyIdentity(call('c-1', 'x/c-1.json', 'fmt'), { agent: 'Pat', roster }).agent).toEqual({ id: 'Pat' });
  });

  it('the roster matches by call id, then by file name', () => {
    expect(applyIdentity(call('c-1', 'x.json', 'fmt'), { roster }).agent).toEqual({ id: 'a17', name: 'Dana Lee', team: 'Billing' });
    expect(applyIdentity(call('uuid-77', 'exports/recording-3.vtt'), { roster }).agent.id).toBe('a22');
  });

  it('the roster matches the call id taken from the path', () => {
    const result = applyIdentity(call('job-1', 'exports/lee/c-1.json'), { roster, pathPattern: '{agent}/{call}.json' });
    expect(result.agent.id).toBe('a17');
  });

  it('the path pattern fills the agent when the roster does not know the call', () => {
    const result = applyIdentity(call('job-1', 'exports/lee/job-1.json', 'fmt'), { roster, pathPattern: '{agent}/{call}.json' });
    expect(result.agent).toEqual({ id: 'lee' });
  });

  it('keeps the format\'s agent when nothing else applies, and "unknown" when there is none', () => {
    expect(applyIdentity(call('c-5', 'c-5.json', 'u-123'), { roster, pathPattern: '{agent}/{call}.json' }).agent.id).toBe('u-123');
    expect(applyIdentity(call('c-5', 'c-5.json'), { roster }).agent.id).toBe('unknown');
  });

  it('does not change the call it was given', () => {
    const original = call('c-1', 'c-1.json');
    applyIdentity(original, { roster });
    expect(original.agent.id).toBe('unknown');
  });
});

describe('CallKeys', () => {
  it('keeps the first id, numbers later copies, and reports where each came from', () => {
    const keys = new CallKeys();
    expect(keys.key(call('call-1', 'a.json'))).toBe('call-1');
    expect(keys.key(call('call-2', 'a.json'))).toBe('call-2');
    expect(keys.key(call('call-1', 'b.json'))).toBe('call-1#2');
    expect(keys.key(call('call-1', 'c.json'))).toBe('call-1#3');
    expect(keys.duplicates()).toEqual([{ id: 'call-1', sources: ['a.json', 'b.json', 'c.json'] }]);
  });

  it('reports no duplicates for distinct ids', () => {
    const keys = new CallKeys();
    keys.key(call('x', 'a.json'));
    keys.key(call('y', 'a.json'));
    expect(keys.duplicates()).toEqual([]);
  });
});
