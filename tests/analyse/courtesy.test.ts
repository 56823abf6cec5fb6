import { describe, expect, it } from 'vitest';
import { analyse, has } from './helpers.js';

describe('greeting and closing', () => {
  it.each(['thank you for calling Acme, this is Dana', 'hi, how can I help', 'good morning'])('greeting in %j', (text) =>
    expect(has(text, 'greeting')).toBe(true));

  it.each(['have a great day', 'thanks for calling', 'bye'])('closing in %j', (text) => {
    const a = analyse(['agent', 'hello'], ['customer', 'hi'], ['agent', 'all done'], ['customer', 'thanks'], ['agent', text]);
    expect(a.turns[4].acts.some((x) => x.act === 'closing')).toBe(true);
  });

  it('reads "thank you for calling" as a greeting at the start and a closing at the end', () => {
    const a = analyse(['agent', 'thank you for calling'], ['customer', 'hi'], ['agent', 'done'], ['customer', 'ok'], ['agent', 'thank you for calling']);
    expect(a.turns[0].acts.map((x) => x.act)).toEqual(['greeting']);
    expect(a.turns[4].acts.map((x) => x.act)).toEqual(['closing']);
  });

  it('does not greet with "take care of"', () => {
    expect(has("I'll take care of it", 'closing')).toBe(false);
  });
});
