import { describe, expect, it } from 'vitest';
import { actsOf } from './helpers.js';

const questionKind = (text: string) => actsOf(text).find((a) => a.act === 'question') as { kind: string } | undefined;

describe('question detection', () => {
  it.each([
    ['What model is it?', 'open'],
    ['what model is it', 'open'],
    ['can you tell me when it started', 'open'],
    ['did that fix it', 'closed'],
    ['Is the light on the router blinking?', 'closed'],
    ['how long have you had this problem', 'open'],
    ['how much does it cost', 'open'],
    ['why did you cancel the order', 'open'],
    ['where is the package now', 'open'],
    ['okay so when did you first notice it', 'open'],
    ['um uh do you have the account number handy', 'closed'],
    ['do do you have the account number', 'closed'],
    ['I was wondering if you could check my balance', 'closed'],
    ['tell me about the error you are seeing', 'open'],
    ['could you walk me through what happened', 'open'],
    ["you're calling about the bill?", 'closed'],
    ['so the router restarts every evening right', 'closed'],
    ["it's the blue cable, isn't it", 'closed'],
    ['anything else you noticed', 'closed'],
    ['what kind of phone do you have', 'open'],
    ["what's your account number", 'open'],
  ])('finds a question in %j (%s)', (text, kind) => {
    expect(questionKind(text)?.kind).toBe(kind);
  });

  it.each([
    "that's what I said",
    'I know where it is',
    "that's how I did it",
    'what a day',
    'you know',
    "that's right",
    'do it again now',
    'have a great day',
    'I think it could be the cable',
    'my sister, who is a nurse, told me',
    "I don't know if it works or not",
    'how about that',
    "and she's like, what are you doing?",
    'it was, uh, which is fine',
  ])('finds no question in %j', (text) => {
    expect(questionKind(text)).toBeUndefined();
  });

  it('finds a question after a statement in one unpunctuated turn', () => {
    expect(questionKind('okay i see the order here so when did you place it')?.kind).toBe('open');
  });

  it('points the span at the question inside the turn', () => {
    const text = 'I checked the line. Is the light green now?';
    const q = actsOf(text).find((a) => a.act === 'question')!;
    expect(text.slice(...q.span!)).toBe('Is the light green now?');
  });
});

describe('questions joined in one sentence', () => {
  const asked = (text: string) => actsOf(text).filter((a) => a.act === 'question').map((a) => [text.slice(...a.span!), a.kind]);
  it.each([
    ['can i take your postcode and when did it start', [['can i take your postcode', 'closed'], ['when did it start', 'open']]],
    ['I need to cancel my membership, and will I still be charged?', [['will I still be charged?', 'closed']]],
    ['what time do you open and do you deliver', [['what time do you open', 'open'], ['do you deliver', 'closed']]],
    ['did you restart it and then did the light come on', [['did you restart it', 'closed'], ['did the light come on', 'closed']]],
    ['how much is it, and also how long does fitting take?', [['how much is it', 'open'], ['how long does fitting take?', 'open']]],
  ])('%j asks each question apart', (text, questions) => {
    expect(asked(text)).toEqual(questions);
  });

  it.each([
    // An alternative question asks one thing.
    'is it the blue one or is it the red one',
    // "and" inside the question joins words, not questions.
    'can you check the router and the cable',
    'do you know when and where it happened',
    // A statement joined on is no question.
    'can you check it and i will wait',
  ])('%j is one question', (text) => {
    expect(asked(text)).toHaveLength(1);
  });
});

describe('a question asked by asking to ask', () => {
  it.each([
    ["ok can i ask why you're leaving", 'open'],
    ['can I ask what made you want to switch?', 'open'],
    ['can i ask if you still have the box', 'closed'],
  ])('%j is a %s question', (text, kind) => {
    expect(actsOf(text).find((a) => a.act === 'question')).toMatchObject({ kind });
  });
});

describe('indirect questions put as a need or a hope', () => {
  it.each([
    ["and I was hoping you could tell me what the charge is for", 'open'],
    ['I need to know whether the course has to start again', 'closed'],
    ["we were hoping someone could let us know if it's covered", 'closed'],
    ['I wondered how long the refund takes', 'open'],
  ])('%j is a %s question', (text, kind) => {
    expect(questionKind(text)?.kind).toBe(kind);
  });

  it.each(['I was hoping to get it sorted today', 'I need to know my balance is right before Friday'])('%j asks nothing', (text) => {
    expect(questionKind(text)).toBeUndefined();
  });
});
