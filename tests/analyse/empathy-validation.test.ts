// Empathy that normalises, validates or affirms the customer, and the look-alikes: questions, negation, brush-offs,
// sarcasm and closing courtesies.
import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

const families: Array<{ family: string; recognises: string[]; ignores: string[] }> = [
  {
    family: 'normalising the trouble',
    recognises: [
      "honestly, these things happen, let's get it sorted",
      "it's an easy mistake to make, the two boxes look the same",
      "oh that's easily done",
      "it's not the end of the world, we can reissue the card today",
      "you're not the first person to be caught out by this",
      'it might turn out to be a blessing in disguise',
    ],
    ignores: [
      'do these things happen often?',
      'is it an easy mistake to make?',
      // A reassurance that closes the matter is a brush-off.
      "these things happen, there's nothing i can do",
      'sorry but these things happen',
      "it's not the end of the world, we can't refund it though",
    ],
  },
  {
    family: 'validating the reaction',
    recognises: [
      'you have every right to be annoyed about that',
      "i don't blame you one bit",
      'you were right to call us straight away',
      "you're absolutely right to be concerned",
      'most people would be upset by a letter like that',
      'anybody would have been worried',
      "i'd have reacted exactly the same",
    ],
    ignores: [
      'do i have every right to cancel?',
      'were you right to call us?',
      "i'm not saying you were right to call",
      'you have the right to cancel within fourteen days',
    ],
  },
  {
    family: 'affirming what the customer did',
    recognises: [
      'you made the right call getting in touch',
      "you've made a sensible decision there",
      'that took a lot of courage to tell me',
    ],
    ignores: [
      'have you made a decision on the plan?',
      'did you make the right choice of tariff?',
      'you made a payment on the fourth',
    ],
  },
  {
    family: 'reacting to bad news',
    recognises: [
      "oh that's terrible news, i'm glad you rang",
      'what sad news',
      'that is really bad news about your dad',
      "oh that's bad, it shouldn't do that",
      "that's really rubbish after the week you've had",
    ],
    ignores: [
      'is that bad news for the renewal?',
      "that's not bad at all for a five year old boiler",
      'what a bad line, can you hear me',
      // Mock tragedy is sarcasm.
      'oh what terrible news, you waited two whole minutes',
    ],
  },
  {
    family: 'sharing the experience',
    recognises: [
      'that happened to me too with my last phone',
      "i've had that happen myself",
      "i've had the same problem before, it's maddening",
    ],
    ignores: [
      // A diagnosis from experience, not something that befell the speaker.
      "i've seen that problem before, it's the filter",
      'what happened to me was different',
    ],
  },
  {
    family: 'reassurance about how things will go',
    recognises: ['everything will go smoothly from here', 'moving house can be challenging'],
    ignores: ['will it go smoothly?', 'will things get better after the upgrade?'],
  },
];

describe.each(families)('empathy by $family', ({ recognises, ignores }) => {
  it.each(recognises)('recognises %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });
  it.each(ignores)('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });
});

describe('closing courtesies', () => {
  it.each(['i hope you have a lovely day', 'wishing you a happy new year', 'hope you enjoy the rest of your weekend'])(
    'do not count %j as empathy',
    (text) => {
      expect(has(text, 'empathy')).toBe(false);
    },
  );

  it.each(['i hope you feel better soon', 'i hope your mother recovers quickly', 'wishing you all the best with the move'])(
    'leave well-wishing %j as empathy',
    (text) => {
      expect(has(text, 'empathy')).toBe(true);
    },
  );
});
