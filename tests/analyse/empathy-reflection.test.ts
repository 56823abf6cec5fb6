// Empathy that reflects a feeling back, validates it or reassures, and the look-alikes that ask, suppose or sell.
import { describe, expect, it } from 'vitest';
import { analyse, has } from './helpers.js';

describe('empathy by reflecting the feeling back', () => {
  it.each([
    'you sound really worn out',
    'it sounds like you are feeling let down by the whole thing',
    'sounds like youve been under a lot of pressure lately',
    "i can tell you're worried about the deposit",
    'i can hear the frustration in your voice',
    'you must be exhausted after all those calls',
    "i understand that you're anxious about the results",
    "I know how stressful it is when the heating goes in winter",
    'so you feel ignored and nobody called you back',
    'i see how upset you are',
  ])('recognises %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    // Asking about a feeling, or supposing one, is not recognising it.
    'do you feel anxious when the alarm goes off?',
    'how long have you felt low',
    'if you feel unsafe at any point please call the emergency line',
    "what makes you feel worried about the switch?",
    // Ordinary service words that look like feelings.
    "you're down for the premium plan from monday",
    "you're low on data this month",
    "if you're happy with that i'll go ahead",
    'you sound like you have the older router',
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });
});

describe('empathy by validating or reassuring', () => {
  it.each([
    "that's completely understandable",
    "it's perfectly normal to feel nervous about switching",
    'it makes sense you would be annoyed',
    "you're not alone, loads of people have been caught out by this",
    'you did nothing wrong here',
    'none of this is your fault',
    "it'll get better once the new line is in",
    'things will work out, we will get you sorted',
    "you've got this",
    'i hope things improve for you soon',
    "that's a lot to deal with on top of the move",
    'moving house can be really stressful',
    'that sounds like a really difficult time',
    "what a horrible situation to be in",
    'please dont be hard on yourself',
    'i know its hard right now',
  ])('recognises %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    // Courtesy and approval of a plan are not recognising a feeling.
    'sounds good',
    'that sounds good to me',
    'good luck with the move',
    "that's good to hear",
    'take care',
    'you can do it online in the app',
    'you can manage it from your account page',
    "it'll work out cheaper on the annual plan",
    'it should be fine to leave it plugged in',
    'it would be hard to say exactly when',
    'you could recover your password from the login page',
    'how difficult would it be for you to come in on monday',
    "it's easy to set up",
    // Negation and sarcasm still cancel.
    "i'm not sorry, it's the same for everyone",
    "oh i'm so sorry you had to wait two whole minutes",
    "sorry i don't understand what you mean",
    "i'm unable to call you back, sorry",
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });

  it('reads reassurance spoken by the agent, not the customer', () => {
    const a = analyse(['customer', "i'm sure it'll get better"], ['agent', 'i hope so too, you will get through this']);
    expect(a.turns[0].acts.some((x) => x.act === 'empathy')).toBe(false);
    expect(a.turns[1].acts.some((x) => x.act === 'empathy')).toBe(true);
  });
});
