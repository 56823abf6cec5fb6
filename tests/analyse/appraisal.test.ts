// Appraisals: rated words in a frame that makes them a feeling ("i'm shattered") or a judgement of what happened
// ("that sounds grim"). The words here are in no cue list: only the frame and the valence lexicon find them.
import { describe, expect, it } from 'vitest';
import { actsOf } from './helpers.js';

const emotions = (text: string) => actsOf(text, 'customer').flatMap((a) => (a.act === 'customer-emotion' ? [a.polarity] : []));
const empathic = (text: string, role: 'agent' | 'customer' = 'agent') => actsOf(text, role).some((a) => a.act === 'empathy');

describe('the customer appraising their own state', () => {
  it.each([
    "honestly i'm shattered, it's been three weeks of this",
    'i feel pretty grim about the whole thing',
    'we were absolutely appalled when the letter came',
    "it's left me a bit rattled to be honest",
    'this is making me really tense',
    "i'm getting irritated now",
    'im properly fuming',
    "i'm not happy about this at all",
    "i'm not impressed with how this was handled",
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    "oh i'm chuffed with that",
    "we're overjoyed, thank you",
  ])('hears positive emotion in %j', (text) => {
    expect(emotions(text)).toContain('positive');
  });

  it.each([
    "i'm not worried about it, just want to check the date",
    "i'm happy to wait until thursday",
    "i'm good thanks, and you",
    "i'm not interested in the upgrade",
    "i'm unemployed at the moment so it's the basic plan",
    "it's a critical update apparently",
    'was it a bad line or something',
    "i'm calling about the damaged parcel",
  ])('hears no emotion in %j', (text) => {
    expect(emotions(text)).toEqual([]);
  });
});

describe("the listener's state or situation appraised back (empathy)", () => {
  it.each([
    'oh that sounds grim, let me see what i can do',
    'you must be exhausted after a night like that',
    'you sound really rattled, take your time',
    'what a dismal way to start the holiday',
    "that's dreadful, i'm going to sort it now",
    'how distressing for you',
    'that must have been a harrowing wait',
  ])('counts %j', (text) => {
    expect(empathic(text)).toBe(true);
  });

  it.each([
    "you're being ridiculous",
    "you're a disgrace",
    'how bad is the damage?',
    "it's a bad line, can you repeat that",
    "that doesn't sound dreadful to me",
    "i don't think you're upset about the price",
    'if you were worried about the charge, the letter explains it',
    "that's vague, which account do you mean",
  ])('does not count %j', (text) => {
    expect(empathic(text)).toBe(false);
  });

  it('reads a customer appraising the agent as empathy only when it addresses them', () => {
    expect(empathic("you must be exhausted with calls like mine today", 'customer')).toBe(true);
    expect(empathic("it's been dreadful this week", 'customer')).toBe(false);
  });
});

describe('phrasal feelings, the speaker in their place, validation, and a situation denied its good', () => {
  it.each([
    "i'd be fed up too",
    'anyone would feel let down by that',
    'it is a fair thing to be unhappy about',
    "that's really not fair on you",
    "it's natural to feel anxious before a move",
  ])('counts %j as empathy', (text) => {
    expect(empathic(text)).toBe(true);
  });

  it.each([
    "it's not available in your area, i'm afraid",
    "i'd be happy to book that for you",
    "i understand but we can't authorise works without the landlord",
  ])('does not count %j as empathy', (text) => {
    expect(empathic(text)).toBe(false);
  });

  it.each(["honestly i'm fed up with it", "i'm worn out chasing this", "that's not good enough"])('hears the customer in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });
});

describe('sincere apologies, situations that wear, and a customer judging what happened', () => {
  it.each([
    "oh i'm so sorry to hear about your dad",
    "oh that's a lot to have hanging over you with the rent",
    'yeah that gets old fast',
  ])('counts %j as empathy', (text) => {
    expect(empathic(text)).toBe(true);
  });

  it("still hears sarcasm in \"oh i'm so sorry you had to wait two whole minutes\"", () => {
    expect(empathic("oh i'm so sorry you had to wait two whole minutes")).toBe(false);
  });

  it.each(['which is a bit galling when you paid eight grand for it', "it's getting a bit tiresome, honestly"])('hears the customer in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });
});

describe('lifting blame and sharing relief, in more wordings', () => {
  it.each([
    "oh, please don't feel terrible",
    "you've nothing to apologise for, honestly",
    "not at all, it's an easy one to miss",
    'try not to worry yourself, she is in good hands',
    "i know it's a lot, both the cost and the hassle",
    "i'm really glad that's off your mind",
    'that must be a huge relief with the little one',
  ])('counts %j as empathy', (text) => {
    expect(empathic(text)).toBe(true);
  });

  it.each(['Sorry, you broke up a little there. Was that zero four?', 'congratulations on the move, can i take the new address'])(
    'does not count %j as empathy',
    (text) => {
      expect(empathic(text)).toBe(false);
    },
  );
});

describe('everyday relief and strain, and a sincere "you poor thing"', () => {
  it.each([
    "no, that's put my mind at rest",
    'oh that takes the pressure off',
    "you've saved my holiday",
    "i'm in a bit of a flap about it",
    "it's keeping me up at night",
  ])('hears the customer in %j', (text) => {
    expect(emotions(text)).not.toEqual([]);
  });

  it.each([
    "oh kofi i'm so sorry, that's rotten luck twice in a row, you poor thing",
    "oh, don't you worry, it happens all the time",
    "there's nothing worse than a first day in the wrong blazer",
    "i know that's not the answer you were hoping for",
  ])('counts %j as empathy', (text) => {
    expect(empathic(text)).toBe(true);
  });
});
