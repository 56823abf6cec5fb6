import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

describe('resolution acts', () => {
  it.each(['does that fix it?', 'is there anything else I can help with', 'is it working now'])('check in %j', (text) =>
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
