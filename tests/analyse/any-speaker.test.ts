// Acts are detected whoever speaks (the annotate contract); only customer-emotion, enquiry and buying-signal are the
// customer's by definition. Whose acts count for a scorecard is the rules' business.
import { describe, expect, it } from 'vitest';
import type { ActName } from '../../src/model/analysis.js';
import type { Role } from '../../src/model/transcript.js';
import { analyse } from './helpers.js';

/** The acts of the second turn, said in reply to the first. */
function replyActs(first: [Role, string], second: [Role, string]): ActName[] {
  return analyse(first, second).turns[1].acts.map((a) => a.act);
}

describe('acts on customer turns', () => {
  it.each<[string, string, string, ActName]>([
    ['acknowledges an explanation', 'the update runs overnight so the box restarts around three', 'ah got it, thanks', 'acknowledgement'],
    ['acknowledges without punctuation', 'the fee is waived if you pay by the end of the month', 'oh i see that makes sense', 'acknowledgement'],
    ['checks an instruction back', 'unplug the router for thirty seconds and then plug it back in', 'so i unplug the router for thirty seconds and plug it back in?', 'paraphrase'],
    ['feels for the agent', "I'm sorry, the system is being really slow today", "don't worry, I know it's not your fault", 'empathy'],
    ['commits to a step with a time', "we'll need a photo of the damage", "I'll send the photos over tonight", 'next-step'],
  ])('a customer who %s', (_what, agent, customer, act) => {
    expect(replyActs(['agent', agent], ['customer', customer])).toContain(act);
  });

  it.each<[string, string, string, ActName]>([
    // Their own trouble: the words voice the customer's feeling (customer-emotion), not empathy.
    ['reacts to their own trouble', 'the card was used in another country yesterday', 'oh no. I gave them my PIN.', 'empathy'],
    ['judges the service', 'the next engineer visit is in two weeks', "that's not okay, that's really not good enough", 'empathy'],
    ['hopes for the best', "we'll look into it", "i'm sure it'll get better", 'empathy'],
    // The agent's refusal said back at them is a complaint, not a check of understanding.
    ['says a refusal back', "I'm afraid I can't give you a date.", "So you can't give me a date.", 'paraphrase'],
    ['says a refusal back unpunctuated', 'we cannot refund the delivery charge', 'so you cant refund us the delivery charge', 'paraphrase'],
    ['says a bare okay', 'the engineer comes on thursday', 'okay', 'acknowledgement'],
  ])('not: a customer who %s', (_what, agent, customer, act) => {
    expect(replyActs(['agent', agent], ['customer', customer])).not.toContain(act);
  });

  it('still reads the customer\'s own feeling in the words of a complaint', () => {
    expect(replyActs(['agent', 'the next engineer visit is in two weeks'], ['customer', "that's not okay, that's really not good enough"])).toContain('customer-emotion');
  });
});

describe('the customer\'s acts on agent turns', () => {
  it.each<[string, ActName]>([
    ["that must be so frustrating, I'm sorry", 'customer-emotion'],
    ['can you hold for a moment while I check', 'enquiry'],
    ['how much would the upgrade cost you? it is ten pounds a month', 'buying-signal'],
  ])('reads %j from the agent as no %s', (agent, act) => {
    expect(replyActs(['customer', 'my bill went up again'], ['agent', agent])).not.toContain(act);
  });
});

describe('agent skills spoken by a third party', () => {
  it('reads an acknowledgement and empathy from a supervisor who joins the call', () => {
    const acts = replyActs(['customer', "I've been cut off three times this week and I'm losing work"], ['other', "I hear you, and I'm so sorry you've been cut off"]);
    expect(acts).toContain('empathy');
  });
});

describe('acts that need the words in their place, whoever speaks', () => {
  it.each<[string, Role, string, ActName]>([
    ['an acknowledgement inside a question', 'customer', 'I still have not had my refund. When will I get it?', 'acknowledgement'],
    ['asking for something for oneself', 'customer', "can i get a different model instead the reviews on this one aren't great", 'decision-ask'],
    ['asking how something works', 'customer', 'Wifi calling, how does that work?', 'resolution-check'],
    ['thanks for a detail', 'agent', 'Okay, that helps. When did it drop this morning?', 'resolution-confirmed'],
  ])('not: %s', (_what, role, text, act) => {
    expect(replyActs([role === 'agent' ? 'customer' : 'agent', 'hello'], [role, text])).not.toContain(act);
  });

  it.each<[string, Role, string, ActName]>([
    ['an acknowledgement after a filler', 'agent', 'okay i see, and when did it start?', 'acknowledgement'],
    ['getting something done for the listener', 'agent', "it's forty a month, can i get that booked in for you today?", 'decision-ask'],
    ['thanks for a detail', 'agent', 'Thank you, that is useful. I am running a line test now.', 'acknowledgement'],
  ])('%s', (_what, role, text, act) => {
    expect(replyActs([role === 'agent' ? 'customer' : 'agent', 'hello'], [role, text])).toContain(act);
  });

  it('reads an answer that reuses the question\'s words as an answer, not a paraphrase', () => {
    expect(replyActs(['agent', 'and is your broadband working at home?'], ['customer', "yes the broadband's working fine at home"])).not.toContain('paraphrase');
  });
});

describe('what a customer wants', () => {
  it('reads "I\'d like to ..." as a request', () => {
    expect(replyActs(['agent', 'how can I help?'], ['customer', "hi, I'd like to upgrade my mobile plan"])).toContain('enquiry');
  });

  it('reads a preference given in answer to the agent\'s question as an answer, not a request', () => {
    expect(replyActs(['agent', 'how long were you thinking, and is it more beach or exploring?'], ['customer', "ten days, mostly beach, but we'd like a couple of day trips"])).not.toContain('enquiry');
  });

  it('still reads a request to act after the agent\'s question', () => {
    expect(replyActs(['agent', 'is there anything else?'], ['customer', "yes, I'd like to cancel the old direct debit"])).toContain('enquiry');
  });
});
