// Emotion cues whose second word is a feeling, with and without an intensifier: "i'm done" as well as "i'm so done".
import { describe, expect, it } from 'vitest';
import { actsOf } from './helpers.js';

const polarity = (text: string) => actsOf(text, 'customer').filter((a) => a.act === 'customer-emotion').map((a) => (a as { polarity: string }).polarity);

describe('customer emotion with or without an intensifier', () => {
  it.each(["i'm done with this", "i'm so done with this", 'im fed up'])('hears frustration in %j', (text) => {
    expect(polarity(text)).toContain('negative');
  });
  it.each(["i'm relieved", "i'm really relieved it's sorted"])('hears relief in %j', (text) => {
    expect(polarity(text)).toContain('positive');
  });
  it("does not read an agent's \"i'm glad\" as the customer's emotion", () => {
    expect(actsOf("i'm glad that worked", 'agent').some((a) => a.act === 'customer-emotion')).toBe(false);
  });
});
