// Empathy that names the customer's situation, and the apologies that are sarcasm, refusals or lookups.
import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

describe('empathy naming the situation', () => {
  it.each([
    'a new baby and no heating, that must be a real worry',
    'changing banks is stressful enough without this happening',
    "oh that's annoying ok let's get it sorted",
    'I can hear how worried you are',
    "three weeks without a reply, that's not okay",
    "I know, it's far from ideal",
    "that's a nasty surprise, I'd be annoyed too",
    "i'm really sorry you've been left without hot water can i take your postcode",
  ])('recognises %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    "Oh I'm sooo sorry you had to wait, what a tragedy",
    'Sorry, the price is set by the system, I cannot change it.',
    'I can see it was delivered on Tuesday.',
    'I can see your account now',
    "it's not my department, sorry",
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });

  it("does not read a customer's own 'oh no' as empathy", () => {
    expect(has('Oh no. I gave them my PIN.', 'empathy', 'customer')).toBe(false);
  });
});
