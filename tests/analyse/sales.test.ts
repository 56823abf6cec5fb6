import { describe, expect, it } from 'vitest';
import { actsOf, has } from './helpers.js';

describe('sales acts', () => {
  it.each(['how much is the premium plan', 'do you have a family plan', "I'd like to upgrade", 'is there a cheaper plan', "what's the price of the router"])(
    'buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));

  it.each(['I can offer you a discount', 'we have a plan that includes calls abroad', 'would you be interested in fibre', 'I could upgrade you to the faster tier'])(
    'offer in %j', (text) => expect(has(text, 'offer')).toBe(true));

  it.each([
    ["it's $20 a month", true],
    ['it is 15 dollars per month', true],
    ["you'd get twice the speed", false],
    ['that saves you the installation visit', false],
  ] as const)('benefit in %j (price %s)', (text, price) => {
    const b = actsOf(text).find((a) => a.act === 'benefit');
    expect(b).toBeDefined();
    expect(b && 'price' in b && b.price === true).toBe(price);
  });

  it.each(['shall I set that up for you?', 'would you like to go ahead', 'do you want me to add it'])(
    'decision ask in %j', (text) => expect(has(text, 'decision-ask')).toBe(true));

  it.each([
    ["I'll email you the quote today", 'today'],
    ["you'll get a confirmation within 24 hours", 'within 24 hours'],
    ["I've booked a technician for Tuesday", 'tuesday'],
    ["I'll call you back tomorrow", 'tomorrow'],
  ])('next step in %j with time %j', (text, when) => {
    expect(actsOf(text).find((a) => a.act === 'next-step')).toMatchObject({ when });
  });

  it.each(['I paid the bill last week', 'my router is broken', "I'm not interested"])('no sales act in %j', (text) => {
    const acts = actsOf(text, 'customer').map((a) => a.act);
    for (const name of ['buying-signal', 'offer', 'decision-ask', 'benefit'] as const) expect(acts).not.toContain(name);
  });
});
