// Questions of casual conversation (dropped copulas, hedged checks, wh-words left in place) and the look-alikes that ask nothing.
import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

const asks = (text: string) => has(text, 'question');

describe('conversational questions are heard', () => {
  it.each([
    // A quotative that closes a "?" sentence checks what the listener said.
    ["So the engineer's booked for tuesday, you said?"],
    // Copula dropped in speech.
    ['you ready to give me the meter reading'],
    ['okay you interested in the fibre upgrade at all'],
    ['you happy with a morning slot'],
    ['hello you there'],
    ['you got any other questions for me'],
    // A wh-word left in place after a preposition.
    ['so you moved in on what date'],
    ['and the letter went to which address'],
    ['the fault is in what part of the house'],
    // The speaker's assumption handed over for confirmation.
    ["you've restarted the router already i take it"],
    ["You'll be home all day, I assume."],
    ["you'd have the paperwork to hand i would assume"],
    ["you don't think it's the battery"],
    ['that must be hard on your back i bet'],
    // After "for you" the pronoun is an object, so the auxiliary opens a new clause.
    ['yes i can look into that for you can i take the order number'],
    // Questions that must survive the repair and trailing-off rules.
    ['Then what?'],
    ['For what?'],
    ['do you know the account number,'],
    ['so what do you,'],
    ['and do you have the reference number'],
    ['is it'],
    ['but do you know?'],
  ])('%j', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('conversational look-alikes ask nothing', () => {
  it.each([
    ['you sure can'],
    ['you got it'],
    ['you got a letter from us last week about the price change'],
    ["you don't think straight when you're that tired"],
    // Closing wishes, even with a tag.
    ['You have a lovely evening, okay?'],
    ['enjoy the rest of your weekend, all right?'],
    // Wh-clauses embedded in statements.
    ['it depends on what time you get home'],
    ['we looked at what most people want'],
    ['i read up on what it costs'],
    // A repair request on a word not caught.
    ['Fibre what?'],
    // Turns cut short before the question has content.
    ['but, um, is it,'],
    ['and do you know -'],
    ['Do you know,'],
    ['i wonder, what is, um, you know, what is,'],
    ['i wonder what is uh you know what is'],
    ['and do you'],
    ['i mean is it'],
    ['but can you know'],
    // Hedges that assert; a question quoted in a story.
    ["it'll be fine in the end i guess"],
    ['that must be a real worry for you, i would imagine'],
    ["they'll charge me twice again i bet"],
    ['and he said, you ready?'],
  ])('%j', (text) => {
    expect(asks(text)).toBe(false);
  });
});
