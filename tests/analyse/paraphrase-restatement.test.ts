// Paraphrase by a restatement of the customer's account ("so ...", a check-back, "i understand ..."), and acknowledgements that are really empathy.
import { describe, expect, it } from 'vitest';
import { analyse, has } from './helpers.js';

const restates = (customer: string, agent: string) =>
  analyse(['customer', customer], ['agent', agent]).turns[1].acts.some((a) => a.act === 'paraphrase');

describe('paraphrase by restatement', () => {
  it.each([
    ['my heating stops every morning and the boiler shows an f28 code', 'okay so the boiler shows a code every morning and the heating cuts out?'],
    ['we moved in on friday', 'right, so the meter was never read, and the old supplier is still billing you, is that right'],
    ['yes it says card not accepted', 'ah that explains it so the card expired and the app still has the old one'],
    // Without "so": a check-back, or "i understand/gather ...", reusing their words.
    ['i was charged twice for march', 'okay. you were charged twice for march, is that right? let me open the account and look through the billing history for this year'],
    ['the engineer never turned up on tuesday', "the engineer didn't come on tuesday? i'm really sorry about that, let me find the next free slot in your area"],
    ['my broadband has been down since monday', 'i understand your broadband has been down since monday. i will run a line test and check for faults in the exchange'],
    ['my broadband has been down since monday', 'right, i gather the broadband has been off since monday, is that correct? while we talk i am going to reset the port'],
    // Any opening when their words come back; a need restated after the facts; a late "so" that checks back in words.
    ['i need the car three mornings a week, by half eight', 'got it, so three mornings a week you need the car by half eight'],
    ['the app locked me out and payroll runs friday', "right, so the app's locked you out and you need to be in before friday's payroll"],
    ['the sofa came and the back seam has split', "oh no that's a let down after all that waiting so the sofa came but the back seam has split is that right"],
    ['i took the day off and nobody came or called', 'so you took the day off, waited in, and nobody came or let you know'],
    // Their inability told back is not a refusal said back: that is the customer's complaint ("so you can't help me").
    ['the garage wants the money by friday and i cannot pay it until the claim is paid', "so the garage wants paying by friday and you can't pay it while the claim sits with us"],
    // Run on in speech-to-text into a word of sympathy with a modal ("that must have been"), which instructs nothing.
    ['its come this morning three hundred pounds and ive had the heating on about twice', 'oh dear so youve barely had the heating on and youve been sent a bill for three hundred pounds that must have been a shock over breakfast'],
  ])('hears a restatement of %j in %j', (customer, agent) => {
    expect(restates(customer, agent)).toBe(true);
  });

  it.each([
    ['my heating stops every morning', "so i'll book an engineer for thursday"],
    ['my heating stops every morning', 'so you need to bleed the radiators first'],
    ['my heating stops every morning', 'so the radiators should be bled first'],
    ['it keeps dropping', "so it'll reset overnight"],
    ['can you send it again', 'sure, I can do that now'],
    // One reused word is not a restatement; a question about their kit is not one either.
    ['my broadband has been down since monday', 'your router is the white one?'],
    ['my broadband has been down since monday', 'do you have the broadband router there?'],
    // Instructions and plans, even when they check back.
    ['i was charged twice for march', 'you need to check the march statement for the charge, is that right?'],
    ['i was charged twice for march', "i understand, i'll look at the march charges now"],
    // A consequence the agent draws from what they looked up.
    ['what can you do for me', "your contract ended in january, so you're paying the full price now"],
    // A number read back, and a late "so" of purpose in a question.
    ['it is four five eight two one', "lovely, so that's four five eight two one"],
    ['i fly to portugal on friday', 'shall i put the travel pass on for you now so it works when you land in portugal?'],
    ['can you move the payment', "so there's nothing you can do about the payment"],
    // The agent reporting its own work done.
    ['can you book me in for tuesday', 'right lovely so that is all booked in for you anything else i can help with'],
  ])('does not take %j / %j for a paraphrase', (customer, agent) => {
    expect(restates(customer, agent)).toBe(false);
  });

  it.each([
    // The customer's own news after the greeting, and indignation at what was said.
    ['Good morning, Harbour Utilities, how can I help?', 'hi um so my water has been off since about seven this morning and there was no letter'],
    ['Hello, Sunway Travel, Tom speaking.', "Hiya! So we're booked for Santorini on the twelfth of June, it's our honeymoon."],
    ["The envelope is still in the queue, I'm afraid.", "So you're telling me nobody's even opened the envelope in five weeks."],
  ])('does not take the customer turn after %j for a paraphrase: %j', (agent, customer) => {
    expect(analyse(['agent', agent], ['customer', customer]).turns[1].acts.some((x) => x.act === 'paraphrase')).toBe(false);
  });

  it("does not count the customer's bitter summary as active listening", () => {
    const a = analyse(['agent', "I'm afraid I can't give you a date."], ['customer', "So you can't give me a date."]);
    expect(a.turns[1].acts.some((x) => x.act === 'paraphrase')).toBe(false);
  });
});

describe('acknowledgement versus empathy', () => {
  it.each([
    "I understand, it's confusing when a bill arrives out of the blue",
    "I hear you, that's really annoying",
  ])('reads %j as empathy rather than a bare acknowledgement', (text) => {
    expect(has(text, 'empathy')).toBe(true);
    expect(has(text, 'acknowledgement')).toBe(false);
  });

  it.each(['understood, not Monday then', 'I see, and when did it start', 'got it', 'Okay. That helps, actually. Thank you.', 'Ha, fair point.',
    "You've got it exactly.", "That's reasonable.", 'It has, thanks Jonas. Much clearer now.'])('still acknowledges %j', (text) => {
    expect(has(text, 'acknowledgement')).toBe(true);
  });

  it('reads a customer taking in an explanation as an acknowledgement, as for any speaker', () => {
    expect(has('oh okay, that makes sense', 'acknowledgement', 'customer')).toBe(true);
    expect(has('oh okay', 'acknowledgement', 'customer')).toBe(false);
    expect(has('Ah, that explains it. Now you mention it, the first one was the week after.', 'acknowledgement', 'customer')).toBe(true);
  });

  it("does not read the agent's diagnosis or a customer's new interest as an acknowledgement", () => {
    expect(has("That explains it, I'm afraid. Switzerland isn't in the roaming zone.", 'acknowledgement', 'agent')).toBe(false);
    expect(has("Oh, I didn't know you could pause it. Could we do that?", 'acknowledgement', 'customer')).toBe(false);
  });
});

describe("the listener's part in the plan, said back to check it", () => {
  it.each([
    ['unplug the router, wait thirty seconds and it should find the network again', 'so i just unplug it and wait thirty seconds and it finds the network again, right'],
    ["I'll pass it back to the surgery and they'll ring you by Friday", "So you're passing it back to the surgery and they'll ring me by Friday?"],
    ['the payment went out on the 27th and your salary came in on the 28th', 'oh so the payment went out the day before my salary came in'],
    // The customer's part in the agent's plan, with or without a check.
    ["you'll get an email when hmrc accepts it and the wages go out on friday", 'so i just wait for that email and then the wages go out on friday like normal'],
    ['leave the broken bin by the gate and the crew will swap it on collection day', 'so i leave the broken one by the gate and they swap it when they come yeah'],
    ['do the selfie check tonight and the payout should reach your bank before friday', 'so if i do the selfie thing tonight the money should be in my bank before friday'],
  ])('after %j reads %j as a paraphrase', (agent, customer) => {
    const a = analyse(['agent', agent], ['customer', customer]);
    expect(a.turns[1].acts.some((x) => x.act === 'paraphrase')).toBe(true);
  });

  it.each([
    // The customer's own story, a question about what to do, a bitter summary.
    ["the bill was based on estimates for six months", 'so i rang them yesterday and they said it was fine'],
    ['the fixed saver pays four percent', 'Right. So should I open the fixed one now, or wait?'],
    ['we estimated your usage for six months', 'Wonderful. So I get punished because you guessed wrong for six months.'],
    ['you can find the status online', 'so when will she call'],
  ])('after the agent\'s %j does not read %j as a paraphrase', (agent, customer) => {
    const a = analyse(['agent', agent], ['customer', customer]);
    expect(a.turns[1].acts.some((x) => x.act === 'paraphrase')).toBe(false);
  });

  it("does not read the customer's answer to the greeting as a paraphrase", () => {
    const a = analyse(['agent', 'Good morning, Tradeloft support, Jonas speaking.'], ['customer', 'Hi, Jonas. So, I run a small shop on Tradeloft selling perfume, all genuine.']);
    expect(a.turns[1].acts.some((x) => x.act === 'paraphrase')).toBe(false);
  });

  it.each([
    ['my broadband keeps dropping', "ok so i'll run a line test now, alright?"],
    ['what have you got for a small business', "ok so there's a new twelve month fix at twenty pence a unit"],
  ])('after %j does not read %j as a paraphrase', (customer, agent) => {
    const a = analyse(['customer', customer], ['agent', agent]);
    expect(a.turns[1].acts.some((x) => x.act === 'paraphrase')).toBe(false);
  });
});

describe('a summing-up of the agent\'s own order or plan is not a restatement', () => {
  it.each([
    ['the blue one please, on the thirty gig plan', "Ha, you're not alone. So that's the Nova 8 in blue on thirty gig with the damage cover, forty-one a month altogether."],
    ['tuesday morning is fine', "Lovely. So that's Thursday at half past ten at our Market Street clinic."],
    ['that all sounds fine', "so just to recap i'll ring the supplier get a date for the worktops and call you before three"],
    ['ok thank you', 'So to recap, the vet fills in section three, you send it back with the invoice, and we will aim to pay within ten working days.'],
    // A summary of what was agreed, with no "I" or "we" in it.
    ['okay fair enough', "Brilliant. So just to recap, the duplicate's cancelled and twelve ninety-nine is on its way back within three to five working days."],
  ])('after %j, does not read %j as a paraphrase', (customer, agent) => {
    expect(restates(customer, agent)).toBe(false);
  });

  it.each([
    ['two adults and a car on the ninth and the same sailing back on the tenth', "lovely, so that's two adults and a car on the ninth and the same sailing back on the tenth, is that right?"],
    ['the router restarts itself every evening around seven', 'just to confirm, the router restarts every evening around seven?'],
  ])('after %j, still reads %j as a paraphrase', (customer, agent) => {
    expect(restates(customer, agent)).toBe(true);
  });
});

describe("a customer's new question after \"so\" is not a restatement", () => {
  const customerRestates = (agent: string, customer: string) =>
    analyse(['agent', agent], ['customer', customer]).turns[1].acts.some((a) => a.act === 'paraphrase');
  it.each([
    ["I've passed it to the lost property team and she'll call you.", 'so when will she call'],
    ['The tracking shows it as delayed at the depot since Monday.', 'so when does it get marked lost'],
  ])('after %j, does not read %j as a paraphrase', (agent, customer) => {
    expect(customerRestates(agent, customer)).toBe(false);
  });
});

describe('a purpose clause is no check of what was said', () => {
  it.each([
    "I'll ring you at half ten to confirm he's on his way.",
    "i'll email the quote over this afternoon so you've got the figures to hand",
    'Sorry, you cut out there, could you say that again?',
    'and when you say it packed in, is there a code on the display',
  ])('reads no paraphrase in %j', (text) => {
    expect(has(text, 'paraphrase')).toBe(false);
  });

  it.each([
    'Okay, just to confirm, the router restarts every evening around seven.',
    "right that makes sense so you've got water but no way of cooking",
    'Of course. Just so I have it right, you want the letter sent to you, not to your mum.',
  ])('still reads %j as a paraphrase', (text) => {
    expect(has(text, 'paraphrase')).toBe(true);
  });
});

describe('an agent reading the account after an identity check restates nothing', () => {
  const paraphrasedAt = (...turns: Array<['agent' | 'customer', string]>) => analyse(...turns).turns[turns.length - 1].acts.some((a) => a.act === 'paraphrase');

  it('does not take "so you\'re on the free plan" after an email address as a restatement', () => {
    expect(paraphrasedAt(
      ['customer', 'my photos have stopped backing up'],
      ['agent', 'can i take the email on the account'],
      ['customer', 'its gordon dot ellery at btinternet dot com'],
      ['agent', 'thanks gordon so youre on the free plan which is five gig and youre at five point zero'],
    )).toBe(false);
  });

  it('still hears the customer\'s earlier words said back after the check', () => {
    expect(paraphrasedAt(
      ['customer', 'my broadband keeps dropping every evening around eight'],
      ['agent', 'can i take the postcode'],
      ['customer', 'ls6 4qt'],
      ['agent', 'thanks so youve got the broadband dropping every evening around eight'],
    )).toBe(true);
    expect(paraphrasedAt(
      ['customer', "i've been waiting since january for a callback and nobody has called me back"],
      ['agent', 'can i take your name and date of birth'],
      ['customer', 'sarah jones, twelfth of march'],
      ['agent', "thanks sarah so you've been waiting since january and nobody's called you back"],
    )).toBe(true);
  });
});

describe('a restatement run on after a word of sympathy', () => {
  const told = 'hi so my parcel came yesterday and the box was flat like someone sat on it and the lamp inside is smashed';
  it.each([
    'oh no im sorry to hear that so the box turned up crushed and the lamp inside is broken',
    'thanks for letting me know about all that so the box was flattened and the lamp is smashed',
  ])('restates in %j', (reply) => expect(restates(told, reply)).toBe(true));
  it('not a "so" late in a sentence of the agent\'s own', () => expect(restates(told, 'i will need to raise a claim with the courier today so the box can be collected')).toBe(false));
});
