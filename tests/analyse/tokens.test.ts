import { describe, expect, it } from 'vitest';
import { ACT_NAMES } from '../../src/model/analysis.js';
import { analyse } from './helpers.js';

describe('per-turn analysis', () => {
  it('keeps contractions whole, lower-cases tokens and stems content words only', () => {
    const [t] = analyse(['customer', "I'm Refunding the ORDERS, don't cancel"]).turns;
    expect(t.tokens).toEqual(["i'm", 'refunding', 'the', 'orders', "don't", 'cancel']);
    expect(t.stems).toEqual(['refund', 'order', 'cancel']);
  });

  it('splits sentences on punctuation and keeps unpunctuated speech as one sentence', () => {
    const [a, b] = analyse(['agent', 'Hello there. How can I help? I am Dana!'], ['customer', 'yeah my internet is down again']).turns;
    expect(a.sentences).toEqual(['Hello there.', 'How can I help?', 'I am Dana!']);
    expect(b.sentences).toEqual(['yeah my internet is down again']);
  });

  it('gives spans inside the text and sorts acts by position, deterministically', () => {
    const text = 'Thank you for calling, this is Dana. Is the router on? I am sorry to hear about the outage.';
    const a = analyse(['agent', text], ['customer', 'ok']);
    const again = analyse(['agent', text], ['customer', 'ok']);
    expect(a.turns[0].acts).toEqual(again.turns[0].acts);
    const starts = a.turns[0].acts.map((x) => x.span![0]);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    for (const act of a.turns[0].acts) {
      expect(ACT_NAMES).toContain(act.act);
      expect(act.span![1]).toBeLessThanOrEqual(text.length);
    }
  });

  it('copes with empty turns and typographic apostrophes', () => {
    const a = analyse(['agent', ''], ['customer', 'I\u2019m not sure it\u2019s working']);
    expect(a.turns[0]).toMatchObject({ tokens: [], acts: [], sentiment: 0 });
    expect(a.turns[1].tokens).toContain("i'm");
  });
});
