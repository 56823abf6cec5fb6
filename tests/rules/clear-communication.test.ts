// Table-driven cases for clear-communication: no monologues, few fillers.
import rule, { countFillers } from '../../rules/clear-communication.js';
import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';

const longTurn =
  'agent: ' +
  'so what happens is the system takes the reading from your meter and then it compares it with the estimate we had on file ' +
  'and if the two are different by more than ten percent it sends the account to a review queue where somebody checks the ' +
  'figures by hand and then they decide whether to issue a corrected bill or keep the estimate and that can take up to two ' +
  'weeks depending on how busy the team is and whether they need to send an engineer to read the meter again in person';

testRule(rule, {
  valid: [
    {
      name: 'short plain turns',
      call: [
        'agent: Hello, thanks for calling. How can I help today?',
        'customer: My bill looks too high.',
        'agent: I can check that. Your meter reading was higher than the estimate.',
        'customer: Oh I see.',
        "agent: I'll send you a breakdown by email now so you can see each charge.",
      ],
      scoreAtLeast: 100,
    },
    {
      name: '"do you know" is a question, not a filler',
      call: [
        'agent: do you know your account number by any chance',
        'customer: no sorry',
        'agent: not a problem do you know the postcode on the account then',
        'customer: yes its m1 4bt',
        'agent: thank you i have found the account and the payment went through on monday',
      ],
    },
  ],
  invalid: [
    {
      name: 'one long monologue',
      call: ['agent: Hi, how can I help?', 'customer: Why is my bill an estimate?', longTurn, 'customer: right'],
      errors: [{ messageId: 'monologue', turn: 2 }],
      scoreBelow: 100,
    },
    {
      name: 'a stream of fillers',
      call: [
        'agent: um hi uh thanks for calling um how can i help',
        'customer: my order is late',
        'agent: right so um basically uh the order is you know um delayed at the depot',
        'customer: when will it come',
        'agent: erm i mean uh probably tomorrow basically',
      ],
      errors: [{ messageId: 'fillers', turn: 2 }],
      scoreBelow: 100,
    },
  ],
  notApplicable: [{ name: 'the agent barely speaks', call: ['agent: hello', 'customer: hi is that the bank', 'agent: yes'] }],
});

describe('countFillers', () => {
  it.each([
    [['um', 'so', 'uh', 'yes'], 2],
    [['do', 'you', 'know', 'your', 'pin'], 0],
    [['it', 'is', 'you', 'know', 'broken'], 1],
    [['what', 'i', 'mean', 'is'], 0],
    [['i', 'mean', 'it', 'is', 'basically', 'fine'], 2],
  ])('%j has %i fillers', (tokens, count) => {
    expect(countFillers(tokens)).toBe(count);
  });
});
