import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

describe('resolution acts', () => {
  it.each(['does that fix it?', 'is there anything else I can help with', 'is it working now', 'Can you see the live view updating now?', 'Have you got everything you need for tomorrow?', 'Is the signal still strong?'])('check in %j', (text) =>
    expect(has(text, 'resolution-check')).toBe(true));

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
  it.each(['Anything else?', 'ok anything else today', 'is that okay', 'Need anything further?', 'anything more today',
    'Can I help with something else today?', 'Has that covered everything for the trip?', 'have i covered everything you needed'])('check in %j', (text) => expect(has(text, 'resolution-check')).toBe(true));
  it.each(['I need anything else from you for the claim'])('no check in %j', (text) =>
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
    ['customer', "Okay. So that's all done then, is it?"],
  ] as const)('check from the %s in %j', (role, text) => expect(has(text, 'resolution-check', role)).toBe(true));

  it.each(['i need anything else you have on the account for the claim form'])('no check in %j', (text) =>
    expect(has(text, 'resolution-check')).toBe(false));
});
