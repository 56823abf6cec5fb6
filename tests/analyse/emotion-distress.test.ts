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
    // What happened to someone close is the customer's distress.
    "I'm sorting out my brother's affairs. He passed away three weeks ago.",
    // Hardship with a dependant, however flatly told.
    "Hi, our boiler's packed in. No heating, no hot water, and we've got a four-month-old.",
    'theres water coming through my kitchen ceiling its pouring im seventy nine',
    "We've got nowhere to stay here and I can't do a hotel night with these two kids.",
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    'oh thank goodness for that',
    "oh that's so much better, thank you",
    "Paid. Thank you, you've made a rotten week a little bit better.",
    'Oh my days, thank you.',
    "Honestly, I'm not stressed anymore, you've sorted it.",
    "Yes! Do it. I'm actually squealing a bit.",
    "Okay, well, that's better than I feared.",
    "Oh, that's one less thing to carry. Thank you.",
    "Thank you. That's actually a relief to hear.",
    "No, I think that's it. Thank you, you've calmed me right down.",
    'Yes! Back in business. Thank you.',
  ])('hears relief in %j', (text) => {
    expect(emotions(text)).toContain('positive');
  });

  it.each([
    "No, that's great, thanks.",
    // Thanks, however warm, is politeness.
    "No, that's everything. Thanks so much, Lena.",
    "No, I think that's it. You've been very kind. Thank you, Priya.",
    "She'll be over the moon if we can make it work.",
    'no honestly youve been amazing thank you',
    'we set up the party in the garden, which was lovely',
    // Someone else's feeling, reported.
    'Actually, my daughter was gutted to miss it.',
    // A dependant or a loss alone is only a fact.
    'my kids use the broadband for homework and the signal upstairs is weak',
    'no heating in the office since monday, can you send someone',
    "He's in a right state about it.",
    'Fine. Whatever it takes, we need the second room too.',
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
    "Six hundred and eighteen? For the same house, which hasn't moved an inch. Lovely.",
    "behind the green bin oh that's just perfect the bins went out yesterday so i can't get it back",
    "Well, that's just grand, isn't it. So what am I meant to do with three weeks of rubbish?",
    'i have just opened a bill for eight hundred pounds so that was a lovely way to start the weekend',
    'hmm the daytime rate going up worries me a bit to be honest',
    "I'll be honest, I'm running on fumes.",
    "I haven't slept properly since the letter came.",
    'um not brilliant to be honest i did my knee in at netball',
    "frankly i've had enough",
    "I don't think I could face a room full of puppies.",
    'My debit card was declined at the hotel. In front of a queue of people, which was lovely.',
    'Apparently not.',
    "I'm at my wits' end with it, honestly.",
    "I'm starting to feel like we're being singled out.",
    "money's really tight at the minute with my hours being cut",
    'tomorrow so i just lose a whole afternoon of takings is there nothing you can do today',
    "There's a baby in the flat. How is that not an emergency?",
    'Seventy-five, ouch.',
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    'Great. So what could I get for about thirty a month?',
    'Lovely. Thanks.',
    "No, that's great, thanks.",
    "that's pretty much everything",
    "That's just perfect, thank you.",
    'what a lovely way to start the day',
    "the old engineer hasn't been back, the new one's lovely",
  ])('hears no negative emotion in %j', (text) => {
    expect(emotions(text)).not.toContain('negative');
  });
});

describe('paying "in bits" is instalments, not distress', () => {
  it.each(['and what about this bill in the meantime can i pay it in bits', 'Could I pay in bits, like monthly?'])(
    'hears no emotion in %j', (text) => expect(emotions(text)).toEqual([]));
});

describe('worn down, left to luck, or a bad day met with sarcasm', () => {
  it.each([
    'how soon can they come because honestly i cant keep doing this',
    'Right. So I pay first and hope.',
    'so i just wait and hope basically',
    'Had a parking ticket outside my own house, which was a lovely welcome.',
    "Scratched right down the side, so that's been a lovely start to the week.",
  ])('hears negative emotion in %j', (text) => expect(emotions(text)).toContain('negative'));
  it.each(["I hope so, thanks.", 'we had a lovely start to the holiday, thank you', "I can't keep the receipt, can I?"])(
    'hears no negative emotion in %j', (text) => expect(emotions(text)).not.toContain('negative'));
});
