// Paraphrase by a "so ..." restatement of the customer's account, and acknowledgements that are really empathy.
import { describe, expect, it } from 'vitest';
import { analyse, has } from './helpers.js';

const restates = (customer: string, agent: string) =>
  analyse(['customer', customer], ['agent', agent]).turns[1].acts.some((a) => a.act === 'paraphrase');

describe('paraphrase by restatement', () => {
  it.each([
    ['my heating stops every morning and the boiler shows an f28 code', 'okay so the boiler shows a code every morning and the heating cuts out?'],
    ['sarah jones, twelfth of march', "thanks sarah so you've been waiting since january and nobody's called you back"],
    ['we moved in on friday', 'right, so the meter was never read, and the old supplier is still billing you, is that right'],
    ['yes it says card not accepted', 'ah that explains it so the card expired and the app still has the old one'],
  ])('hears a restatement of %j in %j', (customer, agent) => {
    expect(restates(customer, agent)).toBe(true);
  });

  it.each([
    ['my heating stops every morning', "so i'll book an engineer for thursday"],
    ['my heating stops every morning', 'so you need to bleed the radiators first'],
    ['it keeps dropping', "so it'll reset overnight"],
    ['can you send it again', 'sure, I can do that now'],
  ])('does not take %j / %j for a paraphrase', (customer, agent) => {
    expect(restates(customer, agent)).toBe(false);
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

  it.each(['understood, not Monday then', 'I see, and when did it start', 'got it'])('still acknowledges %j', (text) => {
    expect(has(text, 'acknowledgement')).toBe(true);
  });

  it('reads no listening acts in customer replies', () => {
    expect(has('oh okay, that makes sense', 'acknowledgement', 'customer')).toBe(false);
  });
});
