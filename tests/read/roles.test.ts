// Who is the agent: format roles, then options and labels, then the heuristic; third parties become "other".
import { describe, expect, it } from 'vitest';
import { assignRoles, channelNumber, type RoleHints, type SpeakerTurn } from '../../src/read/roles.js';

/** Turns from "speaker|text" lines. */
function turns(...lines: string[]): SpeakerTurn[] {
  return lines.map((line) => {
    const [speaker, ...rest] = line.split('|');
    return { speaker, text: rest.join('|') };
  });
}

const rolesOf = (t: SpeakerTurn[], hints?: RoleHints) => Object.fromEntries(assignRoles(t, hints).roles);

describe('assignRoles heuristic', () => {
  const cases: Array<{ name: string; turns: SpeakerTurn[]; agent: string; customer: string; sure?: boolean }> = [
    {
      name: 'agent greets first, with punctuation',
      turns: turns('s1|Thank you for calling Vela Bank, this is Maya. How can I help you today?', 's2|Hi, I think there is a charge on my card I did not make.', 's1|I am sorry to hear that. Can I have your name please?', 's2|John Reyes.'),
      agent: 's1',
      customer: 's2',
      sure: true,
    },
    {
      name: 'lower-case speech-to-text without punctuation',
      turns: turns('a|hello', 'b|hi thanks for calling northwind how can i help you', 'a|yeah my internet keeps cutting out', 'b|okay let me check your line can i get your account number'),
      agent: 'b',
      customer: 'a',
      sure: true,
    },
    {
      name: 'customer speaks first and states the reason for the call',
      turns: turns('x|hi im calling about my bill it went up again', 'y|i understand how frustrating that is let me pull up the account', 'x|okay', 'y|i can see a price change from last month'),
      agent: 'y',
      customer: 'x',
    },
    {
      name: 'questions inside statements, without question marks, count for the agent',
      turns: turns('p|The thing stopped working yesterday.', 'q|okay and what model is it. did you try unplugging it', 'p|It is the blue one. I tried that already.', 'q|right which light is flashing. is it the red one', 'p|The red one.'),
      agent: 'q',
      customer: 'p',
    },
    {
      name: 'an outbound call where the agent introduces themself and the company',
      turns: turns('c|Hello?', 'a|Hi, this is Dev from Brightline calling about your service upgrade, is now a good time?', 'c|Sure, go ahead.'),
      agent: 'a',
      customer: 'c',
    },
  ];
  it.each(cases)('$name', ({ turns: t, agent, customer, sure }) => {
    const result = assignRoles(t);
    expect(result.roles.get(agent)).toBe('agent');
    expect(result.roles.get(customer)).toBe('customer');
    expect(result.assignment.method).toBe('heuristic');
    expect(result.assignment.reason).toContain(agent);
    if (sure) expect(result.assignment.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('reports low confidence when nothing tells the speakers apart', () => {
    const result = assignRoles(turns('a|okay', 'b|right', 'a|yes', 'b|sure'));
    expect(result.assignment.confidence).toBeLessThan(0.6);
    // Inbound calls: with nothing else to go on, whoever speaks first is taken as the agent.
    expect(Object.fromEntries(result.roles)).toEqual({ a: 'agent', b: 'customer' });
  });

  it('is surer with strong cues than with weak ones', () => {
    const strong = assignRoles(turns('a|Thank you for calling, how can I help?', 'b|I am calling about my bill.'));
    const weak = assignRoles(turns('a|Let me check.', 'b|Okay.'));
    expect(strong.assignment.confidence).toBeGreaterThan(weak.assignment.confidence);
  });

  it('uses the company name when given', () => {
    const t = turns('a|hello', 'b|hi yes acme here', 'a|hi', 'b|hi');
    expect(rolesOf(t, { companyNames: ['Acme'] }).b).toBe('agent');
  });

  it('treats an IVR voice as a third party when there are three speakers', () => {
    const result = assignRoles(
      turns(
        'spk_0|Thank you for calling Orion Energy. Your call may be recorded. For billing, press one.',
        'spk_1|Hi, this is Ana, how can I help you today?',
        'spk_2|Yes, my account shows a late fee I did not expect.',
        'spk_1|Let me check that for you.',
      ),
    );
    expect(Object.fromEntries(result.roles)).toEqual({ spk_0: 'other', spk_1: 'agent', spk_2: 'customer' });
    expect(result.assignment.reason).toMatch(/automated/);
  });

  it('makes a second agent after a transfer a third party', () => {
    const roles = rolesOf(
      turns(
        'a|Thanks for calling, how can I help?',
        'c|I want to cancel my subscription.',
        'a|I will transfer you to our retention team.',
        'b|Hi, you have been transferred to retention, my name is Jo.',
        'c|Yes, I want to cancel.',
      ),
    );
    expect(roles.a).toBe('agent');
    expect(roles.c).toBe('customer');
    expect(roles.b).toBe('other');
  });
});

describe('assignRoles precedence', () => {
  const t = turns('spk_0|Thanks for calling, how can I help?', 'spk_1|My card was declined.');

  it('roles from the format win over everything', () => {
    const result = assignRoles([{ ...t[0], role: 'customer' }, { ...t[1], role: 'agent' }], { agentSpeaker: 'spk_0' });
    expect(Object.fromEntries(result.roles)).toEqual({ spk_0: 'customer', spk_1: 'agent' });
    expect(result.assignment).toMatchObject({ method: 'format', confidence: 1 });
  });

  it('--agent-speaker overrides the heuristic', () => {
    const result = assignRoles(t, { agentSpeaker: 'SPK_1' });
    expect(Object.fromEntries(result.roles)).toEqual({ spk_0: 'customer', spk_1: 'agent' });
    expect(result.assignment.method).toBe('config');
    expect(result.assignment.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('--agent-channel matches the channel however the format spells it', () => {
    const withChannels = [{ ...t[0], channel: 'ch_0' }, { ...t[1], channel: 'ch_1' }];
    expect(rolesOf(withChannels, { agentChannel: '1' }).spk_1).toBe('agent');
    expect(channelNumber('ch_01')).toBe('1');
    expect(channelNumber('channel 2')).toBe('2');
  });

  it('an --agent-speaker that is not in the call falls back to the heuristic, visibly unsure', () => {
    const result = assignRoles(t, { agentSpeaker: 'spk_7' });
    expect(result.roles.get('spk_0')).toBe('agent');
    expect(result.assignment.confidence).toBeLessThanOrEqual(0.5);
    expect(result.assignment.reason).toMatch(/spk_7.*not in this call/);
  });

  it('labels: built-in Agent / Customer, and names given by --agent-label', () => {
    expect(rolesOf(turns('Customer|Thanks for calling, how can I help?', 'Agent|My card was declined.'))).toEqual({ Customer: 'customer', Agent: 'agent' });
    const named = assignRoles(turns('Dana|hello', 'Sam|hi'), { agentLabel: ['dana'] });
    expect(Object.fromEntries(named.roles)).toEqual({ Dana: 'agent', Sam: 'customer' });
    expect(named.assignment.method).toBe('labels');
  });

  it('a supervisor or bot named as such is a third party', () => {
    const roles = rolesOf(turns('Agent|How can I help?', 'Customer|My bill is wrong.', 'Supervisor Kim|I am listening in.', 'Virtual Assistant|Please rate this call.'));
    expect(roles['Supervisor Kim']).toBe('other');
    expect(roles['Virtual Assistant']).toBe('other');
  });

  it('does not count "Agentur" as the agent label', () => {
    const result = assignRoles(turns('Agentur Nord|hello', 'Kunde|hi'));
    expect(result.assignment.method).toBe('heuristic');
  });

  it('"I\'m not sorry" from the customer does not make them the agent', () => {
    const roles = rolesOf(turns('a|Thank you for calling, this is Lee, how can I help?', "b|I'm not sorry I called, my bill is a mess and I want it fixed."));
    expect(roles).toEqual({ a: 'agent', b: 'customer' });
  });
});
