// Customer distress and relief in plain words, and the words that name a topic or close a call without a feeling.
import { describe, expect, it } from 'vitest';
import { actsOf } from './helpers.js';

const emotions = (text: string, role: 'agent' | 'customer' = 'customer') =>
  actsOf(text, role).flatMap((a) => (a.act === 'customer-emotion' ? [a.polarity] : []));

describe('customer distress and relief', () => {
  it.each([
    "honestly i'm gutted, it was my dad's watch",
    "my car was broken into last night and i'm really shaken up",
    "we're in bits to be honest",
    'oh god, has someone been using my card?',
    "Great, thanks for nothing.",
    "So there's nothing you can do.",
    "i can't take another whole day off work for this",
    "i've heard nothing for three weeks",
    "nobody's called me back",
    "I'm a bit confused about this letter",
    "she's been taken into hospital so i need to cancel",
    "i'm in a lot of pain with it",
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    'oh thank goodness for that',
    "oh that's so much better, thank you",
  ])('hears relief in %j', (text) => {
    expect(emotions(text)).toContain('positive');
  });

  it.each([
    "No, that's great, thanks.",
    'brilliant thank you',
    'yes that is perfect',
    'I want to claim for accidental damage',
    "the phone isn't damaged, just the case",
  ])('hears no emotion in %j', (text) => {
    expect(emotions(text)).toEqual([]);
  });

  it('reads no customer emotion in an agent turn, even one naming a feeling', () => {
    expect(emotions("I'm sorry, that sounds really frustrating", 'agent')).toEqual([]);
    expect(emotions('It covers accidental damage and theft for six pounds a month.', 'agent')).toEqual([]);
  });
});
