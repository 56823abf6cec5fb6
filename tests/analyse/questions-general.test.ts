// Question shapes that generalise beyond one data set: statements that look like questions, and questions that look
// like statements. Examples are written for customer-service calls.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/model/transcript.js';
import { actsOf, analyse } from './helpers.js';

const asks = (text: string) => actsOf(text).some((a) => a.act === 'question');

describe('questions: statements shaped like questions', () => {
  it.each([
    // "you don't have" states a fact unless "happen to" makes it a request.
    ["you don't have to pay anything extra for that."],
    ["and you don't have a contract with us any more"],
    // Musing about a third party is not asking the listener.
    ["I wonder if the courier will ever turn up."],
    // "right" inside the clause, not set off as a tag.
    ['The router never worked right.'],
    ["it's not working right"],
    ['I think that is absolutely right.'],
    // A backchannel, not the tag "huh".
    ['Okay, uh-huh.'],
    ['okay uh huh'],
    // A pseudo-cleft: the "what" clause is the subject of what follows.
    ['What happened is, the engineer never came.'],
    ['what happened was that the parcel went to the wrong depot'],
    // A complement "is that" after the subject it completes.
    ['The thing that worries me, is that, um, it could happen again.'],
    ['What I would suggest, is that before you restart it you unplug the cable.'],
    // A relative clause mid-sentence.
    ['we moved you to the basic plan which is the cheapest one we have'],
    ['Pardon me?'],
  ])('finds no question in %j', (text) => {
    expect(asks(text)).toBe(false);
  });
});

describe('questions: kept', () => {
  it.each([
    ["you don't happen to have the order number"],
    ['I wonder if you could check the delivery date.'],
    ['You moved in May, right?'],
    ['you moved in may right'],
    ['So the bill went up, right.'],
    ['Paid in full, huh?'],
    ["there's a week left to go, isn't there?"],
    ['So you ordered it on Monday, is that right?'],
    ['ok which plan do you want'],
    ['what happened was it the router'],
  ])('finds a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('questions: speech-to-text shapes', () => {
  it.each([
    // A negative statement closed by a positive tag, without the comma.
    ["you haven't had an engineer out yet have you"],
    ["it's not showing on the bill is it"],
    ["so you didn't get the text message did you"],
    // A restart on the auxiliary.
    ['are have you tried turning it off'],
    ['do would you prefer a morning slot'],
    // A check of what the listener meant.
    ['you mean the old router'],
    // "does"/"did" before a name.
    ['did Priya call you back'],
    // A wh-question cut down to its phrase.
    ['which one'],
    ['where abouts'],
    ['what colour'],
    ['for how many months'],
  ])('finds a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    ['we sorted it out in the end when we did it'],
    ["i don't i don't have that problem"],
    ["i can't i can't do it alone"],
    ['that one could have that effect too'],
    // A verdict looking for agreement, not an answer.
    ["well that's no good is it"],
    ['what a mess'],
    ['what great service'],
    ['did well on the test'],
  ])('finds no question in %j', (text) => {
    expect(asks(text)).toBe(false);
  });
});

describe('questions: clefts, agreement, word searches and repairs', () => {
  it.each([
    // A copula that does not agree with the pronoun after it introduces a clause.
    ['The one thing that annoys me, is they never call back.'],
    ['what happens is you get a new card in the post'],
    // "what" + copula + a judgement, then what it was.
    ["What's worse, is the letter went to my old address."],
    ["what's annoying about it is the app logs me out"],
    // Searching for a word aloud.
    ["we had one of those, what's it called, smart meters"],
    ["it's, what's the word, prorated"],
    // Asking to hear it again.
    ["Sorry, what did you say?"],
    ['what was that'],
    // "right now" is an adverbial, not a clause marker.
    ['the problem right now is the engineer has no slots'],
  ])('finds no question in %j', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    ["what's the reason your payment was declined"],
    ['what did you say to the engineer'],
    ['what was that charge for'],
    ['is he still living at the address'],
    ['where are they now'],
  ])('finds a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('questions: exclamations and run-on speech', () => {
  it.each([
    ["isn't that great"],
    ['Oh, wasn\'t that lovely.'],
    ['I use it for work more than anything else'],
    ["they did all they could possibly do you know and it still broke"],
    ['that sounds about right'],
    ['you are right'],
  ])('finds no question in %j', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    ["isn't that good enough"],
    ['it arrives tomorrow anything else i can help with'],
    ['do you know the account number'],
  ])('finds a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('questions: a closing opinion quotes nothing', () => {
  const lastAsks = (...turns: Array<[Role, string]>) => analyse(...turns).turns.at(-1)!.acts.some((a) => a.act === 'question');
  it.each<[string, Array<[Role, string]>]>([
    ['", i thought." after an opinion', [['customer', 'The second engineer seemed keener, I thought.'], ['agent', 'Good.'], ['customer', 'What did you end up choosing?']]],
    ['"if you\'re like" is a condition', [['customer', "and if you're like,"], ['customer', 'are you still on the old tariff?']]],
  ])('hears a question when %s', (_, turns) => {
    expect(lastAsks(...turns)).toBe(true);
  });

  it('still hears a thought that opens its clause as quoting', () => {
    expect(lastAsks(['customer', 'and i thought'], ['customer', 'why would they charge me twice'])).toBe(false);
  });
});

describe('questions: asides and reported thoughts', () => {
  it.each([
    ['The catch, I think, is the exit fee.'],
    ['the reason, you know, was the price'],
    ['I thought, well, how am I meant to pay that?'],
    ['Some of the plans have, I think, a free month.'],
  ])('finds no question in %j', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    ['I think, um, are you still at the same address?'],
    ['So, you know, is the router on?'],
  ])('finds a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('questions: the filler "you know" after an auxiliary', () => {
  it.each([
    ['the app still does you know'],
    ['and the app will you know log you out after a while'],
    ['we chased the courier as often as we can you know'],
  ])('finds no question in %j', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    ['ok so do you know the reference'],
    ['or is it'],
    ['or do you'],
  ])('finds a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });
});
