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

describe('sarcastic approval and everyday idioms of strain', () => {
  it.each([
    'Ten working days. Fantastic. Meanwhile my money is sitting with you.',
    'Friday. Great. So another four days without a phone.',
    'so i get nothing for today fine',
    "honestly i'm a bit on edge about it",
    "i'm going round in circles here",
    "which is a bit rich when you've had my money for eleven years",
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    'Great. So what could I get for about thirty a month?',
    'Lovely. Thanks.',
    "No, that's great, thanks.",
    "that's pretty much everything",
  ])('hears no negative emotion in %j', (text) => {
    expect(emotions(text)).not.toContain('negative');
  });
});
