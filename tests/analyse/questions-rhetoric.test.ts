// Information-seeking questions versus question-shaped rhetoric, tags, suggestions and exclamations.
import { describe, expect, it } from 'vitest';
import { actsOf, has } from './helpers.js';

const asks = (text: string) => has(text, 'question');

describe('questions that seek information are kept', () => {
  it.each([
    ['did you know about the planned outage on friday'],
    ['Do you know if the engineer is still coming?'],
    ['Why not?'],
    ['so the meter has been blank since monday, and nothing changed as far as you know?'],
    ['Oh dear. Where did you go after the shop closed?'],
    ['hello how are you today'],
    ['oops hi how are you'],
    ['ok where is it now'],
    ['i didn\'t realise the payment went out early can you not do anything'],
    ['sorry about that what\'s the booking reference'],
    ['You don\'t happen to have the invoice number?'],
    ['Would you like to hear what the plan includes today!'],
    ['have you tried switching it off and on again'],
    ['why should the meter read double in a month'],
    // An elliptical question stays one, even with more said after it.
    ['And the fee? I thought it was waived.'],
    ['So Friday then? Great.'],
    ['Monday?'],
  ])('%j', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('question-shaped words that ask nothing', () => {
  it.each([
    // Tags and backchannels on their own.
    ['Right?'],
    ['yeah?'],
    ['It makes a real difference you know?'],
    ['the new plan saves a lot you know?'],
    // Rhetoric that invites wonder or offers a fact.
    ['Can you believe that?'],
    ['They cut the waiting list in half in a year, can you believe it?'],
    ['Can you imagine waiting three weeks for a reply?'],
    ['Did you know that most faults clear after a restart?'],
    ['did you know 9 in 10 customers never call back'],
    ['Isn\'t it brilliant!'],
    // Indignation: the customer is not asking for the reason.
    ['Why should I have to pay for their mistake?'],
    ['so why should we worry about it'],
    // Suggestions phrased as questions.
    ['Perhaps you could write to them first?'],
    ['maybe a short walk after work?'],
    ['Why don\'t you try the online form?'],
    ['why not give the app a go'],
    ['It only takes a minute, how about it?'],
    // Statements that contain question words.
    ['you don\'t know whether the parcel is lost or just late'],
    ['The problem is, is that we never got the letter.'],
    ['and then she goes, what?'],
    // A tag on the speaker's own indignation, run on without punctuation.
    ["ten thirty so that gives them an hour and a half you're having a laugh aren't you"],
    // An answer or an echo said with a rising mark, the speaker going straight on.
    ['Last Sunday? Maybe Saturday evening, actually.'],
    ["There's an F and then 28? The light's flashing red."],
    ['Saturday? Oh, that is a weight off. Yes, please, book it.'],
    ['The third? Yeah, the third, a Friday.'],
  ])('%j', (text) => {
    expect(asks(text)).toBe(false);
  });
});

describe('a tag on a bare approval', () => {
  it.each(["Front row behind a pillar. Charming, isn't it.", 'oh lovely isnt it'])('asks nothing in %j', (text) => {
    expect(actsOf(text, 'customer').some((a) => a.act === 'question')).toBe(false);
  });

  it.each(["it's the blue cable, isn't it", 'that was the tuesday wasnt it'])('still asks in %j', (text) => {
    expect(actsOf(text, 'customer').some((a) => a.act === 'question')).toBe(true);
  });

  it('hears the sarcasm of "Romantic, isn\'t it." after a letdown', () => {
    const acts = actsOf("We paid for the front row and got a pillar instead. Romantic, isn't it.", 'customer');
    expect(acts.filter((a) => a.act === 'customer-emotion').map((a) => a.polarity)).toEqual(['negative']);
  });
});

it('still reads the question after "that\'s not what i asked": pressing for an answer is no rhetoric', () => {
  const acts = actsOf('thats not what i asked is the fine on hold or not', 'customer');
  expect(acts.map((x) => x.act)).toEqual(expect.arrayContaining(['customer-emotion', 'question']));
});

describe('disbelief in the shape of a question', () => {
  it.each([
    'fourteen days are you serious i need that money for rent',
    "Are you joking? We sent those in September.",
    "I didn't cancel! The airline cancelled! Are you even listening to me?",
    'one day a hundred and eighty quid for one day are you having a laugh',
  ])('reads %j as no question and no enquiry', (text) => {
    expect(has(text, 'question', 'customer')).toBe(false);
    expect(has(text, 'enquiry', 'customer')).toBe(false);
  });
  it.each(['are you sure it was the twentieth', 'Are you open on Sunday?', 'are you serious about the discount or is that just for new customers'])(
    'still reads %j as a question', (text) => expect(has(text, 'question', 'customer')).toBe(true));
});
