import { describe, expect, it } from 'vitest';
import { analyse, has } from './helpers.js';

/** The acts of the agent's `check`, asked after the agent has acted on the customer's problem. */
function checkAfterFix(check: string) {
  return analyse(['customer', 'my router keeps dropping'], ['agent', "I'll reset your line now."], ['customer', 'okay'], ['agent', check]).turns[3].acts;
}

describe('resolution acts', () => {
  it.each(['does that fix it?', 'is there anything else I can help with', 'Can you see the live view updating now?', 'Have you got everything you need for tomorrow?', 'did that help?',
    'Fair enough. Does that give you everything you need for Saturday?', 'does that all make sense'])('check in %j', (text) =>
    expect(has(text, 'resolution-check')).toBe(true));

  // What the customer sees is the fix's result once the agent has acted; before, asking it is diagnosis.
  it.each(['is it working now', 'Is the signal still strong?', 'are you seeing the green light', 'is that okay', 'try it now and tell me if it connects',
    'Can you see the transactions coming in?', 'can you see the live view from the garden now'])('check after the agent acted in %j', (text) =>
    expect(checkAfterFix(text).some((a) => a.act === 'resolution-check')).toBe(true));
  it.each(['Is the boiler showing any lights?', 'Are you seeing an error in the integration log, or is it just silently not syncing?', 'is the water still coming through', 'can you go and look at the meter and tell me if the little red dial is moving',
    'Can you see the serial number on the back page?'])(
    'no check before the agent has done anything in %j', (text) => {
      const acts = analyse(['customer', 'the heating has stopped working'], ['agent', text]).turns[1].acts;
      expect(acts.some((a) => a.act === 'resolution-check')).toBe(false);
      expect(acts.some((a) => a.act === 'question')).toBe(true);
    });

  // A plan put to the customer asks for their agreement, not whether the problem is solved (graders marked 2 of 35 as checks).
  it.each(['The next slot is Tuesday at ten. Would that work?', 'i can do the nineteenth which gives you a spare day would that work', "I'll book the engineer for Thursday. Does that work for you?", 'Would it help if I emailed both quotes to you now?'])(
    'a question, not a check, in %j', (text) => {
      const acts = checkAfterFix(text);
      expect(acts.some((a) => a.act === 'resolution-check')).toBe(false);
      expect(acts.some((a) => a.act === 'question')).toBe(true);
    });

  it.each(["Can you at least tell me whether the reports were received?", "can you tell me if it's safe to drive"])('a customer asking to be told is no check in %j', (text) =>
    expect(has(text, 'resolution-check', 'customer')).toBe(false));

  it.each(["yes it's working now", 'that works, thanks', 'perfect, that solves it'])('confirmed in %j', (text) =>
    expect(has(text, 'resolution-confirmed', 'customer')).toBe(true));

  it.each(["it still doesn't work", 'same error again', "no it's still down"])('persists in %j', (text) => {
    expect(has(text, 'problem-persists', 'customer')).toBe(true);
    expect(has(text, 'resolution-confirmed', 'customer')).toBe(false);
  });

  it.each(["it's not working", "that didn't work"])('no confirmation in %j', (text) =>
    expect(has(text, 'resolution-confirmed', 'customer')).toBe(false));

  it('does not take the agent asking whether it is still down for the customer reporting it', () => {
    expect(has('is it still down?', 'problem-persists')).toBe(false);
  });
});

describe('resolution acts: wrap-up replies', () => {
  it.each(['No, that\'s great, thanks.', "no that's it cheers", 'No, that\'s all.', "no that's everything thanks"])(
    'no problem persists in %j', (text) => expect(has(text, 'problem-persists', 'customer')).toBe(false));
  it.each(['Anything else?', 'ok anything else today', 'Need anything further?', 'anything more today',
    'Can I help with something else today?', 'Has that covered everything for the trip?', 'have i covered everything you needed'])('check in %j', (text) => expect(has(text, 'resolution-check')).toBe(true));
  // A writer who punctuates sets the check off; "anything else" ending a punctuated statement is its object.
  it.each(['I need anything else from you for the claim', "Before anything else, can I have a look at what you're covered for?",
    "Uh, I can't think of anything else, uh.", "she goes for convenience over anything else.", 'i never use it for anything else'])('no check in %j', (text) =>
    expect(has(text, 'resolution-check')).toBe(false));
  it.each(['Great, thanks for cancelling it.', "ok thanks that's helpful"])('confirmed in %j', (text) =>
    expect(has(text, 'resolution-confirmed', 'customer')).toBe(true));
  it.each(["It's still slow right now.", "no it's still not fixed, is it"])('persists in %j', (text) =>
    expect(has(text, 'problem-persists', 'customer')).toBe(true));
});

describe('resolution checks as speech-to-text and customers say them', () => {
  it.each([
    ['agent', 'no worries anything else i can help with'],
    ['agent', 'you can take cash out in branch with id anything else'],
    ['agent', 'thats right is there anything more you need from me today'],
    ['agent', 'can you try reconnecting yours now while im on and tell me if the bookings appear'],
    ['agent', "He'll ring ten minutes before. Anything else?"],
    ['customer', "Okay. So that's all done then, is it?"],
  ] as const)('check from the %s in %j', (role, text) => expect(has(text, 'resolution-check', role)).toBe(true));

  it.each(['i need anything else you have on the account for the claim form'])('no check in %j', (text) =>
    expect(has(text, 'resolution-check')).toBe(false));
});

describe('checks in other words: covered, any questions, something else, everything, seen yet', () => {
  it.each(['Has that sorted everything out for you?', 'has that answered your question', 'Any questions on that?', 'Was there something else?', 'is that everything for today'])(
    'check in %j', (text) => expect(has(text, 'resolution-check')).toBe(true));
  it('"is that everything" checks once the agent has acted', () => {
    expect(checkAfterFix('so the engineer comes at two and the rest tomorrow is that everything').some((a) => a.act === 'resolution-check')).toBe(true);
    expect(checkAfterFix('can you see any transactions coming in yet').some((a) => a.act === 'resolution-check')).toBe(true);
  });
  it('and asks what is wrong before it', () => {
    const acts = analyse(['customer', 'the sofa came with a split seam'], ['agent', 'so a split seam on the back cushion and a scuff on one leg, is that everything?']).turns[1].acts;
    expect(acts.some((a) => a.act === 'resolution-check')).toBe(false);
  });
});

describe("the customer's check is whether it is settled", () => {
  const customerAfterFix = (text: string) =>
    analyse(['customer', 'my router keeps dropping'], ['agent', "I'll reset your line now and you'll get a text within the hour."], ['customer', text]).turns[2].acts;
  it.each(['Okay. So that\'s all done then, is it?', "Aw, lovely. So that's everything in hand, then?", 'right is that me done', 'brilliant so thats both sorted now yeah'])(
    'check in %j', (text) => expect(customerAfterFix(text).some((a) => a.act === 'resolution-check')).toBe(true));
  it.each([
    // Asking for something new, a parting statement, a status asked before anything was done.
    'Is there anything else he could do before the test?', 'can you check it went through this time',
    "Lovely, that's sorted then. Thanks.", 'Does that cover it if the pipe bursts again?',
  ])('no check in %j', (text) => expect(customerAfterFix(text).some((a) => a.act === 'resolution-check')).toBe(false));
  it('reads "is it done, has it passed?" opening the call as a question about the job', () =>
    expect(has('oh hello yes is it done has it passed', 'resolution-check', 'customer')).toBe(false));
});
