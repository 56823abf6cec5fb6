import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

describe('empathy', () => {
  it.each([
    "I'm sorry to hear that",
    'I understand how frustrating this must be',
    'that must be stressful',
    'oh that must have been really scary for you',
    'I can imagine',
    'that sounds really stressful with the move',
    "I'd feel the same",
    'im so sorry about your card being stolen',
    'no wonder you are upset',
  ])('recognises %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    "I'm not sorry",
    "I don't understand why you're upset",
    "sorry but that's policy",
    "sorry, there's nothing I can do",
    'sorry, could you repeat that',
    'sorry to interrupt',
    'sorry?',
    'oh I am so sorry you had to wait two whole minutes',
    'your order number is 4471',
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });
});

describe('apologies that recognise nothing', () => {
  it.each([
    // Asking to hear it again.
    'Sorry, TR7 what?',
    'sorry say the last bit again',
    'sorry missed the end of that whats the last digit',
    "sorry i didn't quite catch the end was that r t",
    'we are open till six sorry did you say the five hundred',
    // Rote or closing the matter.
    'it is showing as delayed at the hub sorry for any inconvenience caused',
    "I'm sorry for any disappointment, but cast changes aren't grounds for a refund.",
    "Sorry, that's just how the diary is.",
    'sorry its just what the system shows the fourteenth is the earliest',
    "Sorry, can't guarantee courier times.",
    // Not empathy at all: a pleasantry, a request, speech-to-text's "what ill do" (what I'll do).
    'Aw, five! They are so funny at that age.',
    'I was hoping you could tell me how to change it.',
    'ok lovely so what ill do is get one of the nurses to ring you back',
  ])('does not count %j as empathy', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });

  it.each([
    "oh margaret i'm sorry that's the last thing you need with him due a dose tonight",
    "I'm so sorry, that's a horrible thing to come home to.",
    'I hope you feel better soon.',
    // The company's failing owned; a situation judged as a load.
    "Cover wasn't arranged, which is our failing, and I apologise.",
    "That shouldn't have happened, I apologise for that.",
    "no worries at all that's a lot to land in one month",
    'thats not what you want to find on an invoice',
  ])('still counts %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });
});

describe('apologies for one\'s own slip, the line or the queue, and look-alikes of understanding', () => {
  it.each([
    "Oh. It's in the drawer. Sorry, I've wasted your time.",
    'Sorry if I sounded short with you earlier.',
    "sorry that was totally my mistake i gave you the wrong postcode",
  ])("reads the customer's %j as no empathy", (text) => {
    expect(has(text, 'empathy', 'customer')).toBe(false);
  });

  it.each([
    "Sorry, the queue's long at the moment.",
    'sorry didnt catch the surname',
    "Sorry, line's bad, you broke up there.",
    "It could, yes. Sorry, it's out of my hands.",
    'Can I get your order number, please?',
    'No problem, I can get that sorted for you.',
    "Is there anything else on the account that's worrying you?",
  ])("reads the agent's %j as no empathy", (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });

  it.each(["I'm sorry you've had to chase this, I know how it wears you down.", "I get your frustration, honestly.", "Oh, that's really worrying, with your mum on her own."])(
    'still recognises %j', (text) => expect(has(text, 'empathy')).toBe(true));

  it("still hears a customer's kindness to the agent", () => {
    expect(has("I know it's not your fault, you've been really patient with me.", 'empathy', 'customer')).toBe(true);
  });
});

describe("a customer's own apology, a well-wish and getting the customer something", () => {
  it.each([
    'sorry you lost me at the standing charge',
    "Sorry to ask again, but can you send me the report?",
    'hi sorry um my card keeps getting declined and you were my last hope',
  ])("reads the customer's %j as no empathy", (text) => expect(has(text, 'empathy', 'customer')).toBe(false));
  it.each([
    'Yes, I can get you a price for that today.',
    "Lovely, and happy birthday to your dad for Saturday!",
    'brilliant anything else i can get you',
  ])("reads the agent's %j as no empathy", (text) => expect(has(text, 'empathy')).toBe(false));
  it.each(["I can get why you'd be cross about that.", "Oh, I'm so sorry, losing him right before the move is awful."])(
    'still recognises %j', (text) => expect(has(text, 'empathy')).toBe(true));
});

describe('"I understand" as a bare nod before business is no empathy', () => {
  it.each([
    'I understand. Can I take the agreement number?',
    "I understand, however the terms state the car must come back full.",
    'i understand can i take your membership number',
    "Just so I understand the damage, did the screen crack from a drop?",
  ])("reads the agent's %j as no empathy", (text) => expect(has(text, 'empathy')).toBe(false));
  it.each(["I understand, it's a lot to take in at once.", 'I completely understand.', 'i understand with a newborn you cant be waiting till tonight'])(
    'still recognises %j', (text) => expect(has(text, 'empathy')).toBe(true));
});
