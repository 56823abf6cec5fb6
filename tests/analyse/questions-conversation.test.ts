// Questions of casual conversation (dropped copulas, hedged checks, wh-words left in place) and the look-alikes that ask nothing.
import { describe, expect, it } from 'vitest';
import { analyse, has } from './helpers.js';

const asks = (text: string) => has(text, 'question');

describe('conversational questions are heard', () => {
  it.each([
    // A quotative that closes a "?" sentence checks what the listener said.
    ["So the engineer's booked for tuesday, you said?"],
    // Copula dropped in speech.
    ['you ready to give me the meter reading'],
    ['okay you interested in the fibre upgrade at all'],
    ['you happy with a morning slot'],
    ['hello you there'],
    ['you got any other questions for me'],
    // A wh-word left in place after a preposition.
    ['so you moved in on what date'],
    ['and the letter went to which address'],
    ['the fault is in what part of the house'],
    // The speaker's assumption handed over for confirmation.
    ["you've restarted the router already i take it"],
    ["You'll be home all day, I assume."],
    ["you'd have the paperwork to hand i would assume"],
    ["you don't think it's the battery"],
    ['that must be hard on your back i bet'],
    // After "for you" the pronoun is an object, so the auxiliary opens a new clause.
    ['yes i can look into that for you can i take the order number'],
    // Questions that must survive the repair and trailing-off rules.
    ['Then what?'],
    ['For what?'],
    ['do you know the account number,'],
    ['so what do you,'],
    ['and do you have the reference number'],
    ['is it'],
    ['but do you know?'],
    ['how'],
    // Wanting to find something out asks, indirectly; a memory search that ends the turn may ask the listener.
    ['morning i wanted to find out what happened to my blood pressure tablets'],
    ['the one on the boiler, what was it?'],
    // "has it" inverts, and so does "do" with a personal subject.
    ['has it arrived yet'],
    ['so, do they deliver on saturdays'],
    ['and the engineer, is the visit still on?'],
    // Speech-to-text runs a question on from a statement; a decimal point in its figures is no punctuation.
    ['so thats 49.20 from the 3rd is that all okay for you'],
    ['the thermostat only talks on 2.4 gigahertz is there another one on the sticker'],
    ["i've never had one do i need it"],
    ['i only have one do i need another'],
    ['how often do i need to top it up'],
    // Run-on questions whose subject is a noun phrase or a demonstrative, or whose wh-phrase is long.
    ['and how long till i see my money'],
    ['our fix ends in june what kind of rates are people getting at the moment'],
    ['tomorrow is fine how much more would a colour model cost on the lease'],
    ["so that's the second visit how have things been since he came"],
    ['the packing day before can that move to the twentieth as well'],
    ['aw and are you free on the fourteenth'],
    ['the display itself has it been anywhere near water'],
    ['i moved house in february did that have anything to do with it'],
    // A clause that ends on the verb "do", then a question.
    ["let's see what we can do what's your son's name"],
    ['those radiator valves you do would they work with it'],
  ])('%j', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('conversational look-alikes ask nothing', () => {
  it.each([
    ['you sure can'],
    ['you got it'],
    ['you got a letter from us last week about the price change'],
    ["you don't think straight when you're that tired"],
    // Closing wishes, even with a tag.
    ['You have a lovely evening, okay?'],
    ['enjoy the rest of your weekend, all right?'],
    // Wh-clauses embedded in statements.
    ['it depends on what time you get home'],
    ['we looked at what most people want'],
    ['i read up on what it costs'],
    // A repair request on a word not caught.
    ['Fibre what?'],
    // Turns cut short before the question has content.
    ['but, um, is it,'],
    ['and do you know -'],
    ['Do you know,'],
    ['i wonder, what is, um, you know, what is,'],
    ['i wonder what is uh you know what is'],
    ['and do you'],
    ['i mean is it'],
    ['but can you know'],
    // Hedges that assert; a question quoted in a story.
    ["it'll be fine in the end i guess"],
    ['that must be a real worry for you, i would imagine'],
    ["they'll charge me twice again i bet"],
    ['and he said, you ready?'],
    // "do"/"have" with a singular "it" or "that" is the verb and its object, never an inversion.
    ['then do it, you know.'],
    ['Yes, do that instead.'],
    ['and, uh, have it punched in on the card'],
    ['Thursday. Have it out by seven.'],
    // Set phrases shaped like questions.
    ["in fact, I'm at work today, believe it or not."],
    ['I can go at a moment\'s notice or what have you'],
    ['my bill went up to, what was it, sixty-one pounds'],
    ['it was the, what do you call it, the flue'],
    // The wh-clause is the object of a verb, or the subject of a pseudo-cleft.
    ['you have to find out what works for your system'],
    ["and I'm not sure what happened,"],
    ['Well, what irks me is these cars that drive too fast'],
    ['what most annoys me is the sales calls'],
    // A copula after a comma goes on with the subject before it, where no "?" marks a question.
    ["That's what I liked, too, is the weather."],
    ['one of the restrictions, was the fact that she needed fireproof paint'],
    // A wh-question broken off before it names anything.
    ['How,'],
    ['So, uh, how,'],
    ['What kind of,'],
    // A comma between auxiliary and subject restarts a statement.
    ['Uh, was, I guess because she was busy,'],
    ['have, I have a wide variety of hobbies'],
    // Inversion after a negative or restrictive adverbial is emphasis.
    ['and never yet have I met anybody on the course who minded'],
    ['But by no means do I endorse it.'],
    ['and very seldom do I catch the late news'],
    ['Only once in my life have I not paid.'],
    // Where the writer punctuates, a clause run on without a comma or "?" is a statement.
    ['Well, the problem with ours is that the plots are a third of an acre.'],
    ["We've got forty surgeries on it, and the only complaint I hear is that the touchscreen takes a day to learn."],
    // Demonstratives that are objects or open a clause, not subjects.
    ['i knew people who did that years ago'],
    ['i already did that for you'],
    ['the shop has it in stock'],
    ['my biggest fear would that they would be lonely'],
    ['it does that many times a day'],
    ['american express does that by the way'],
    ['my husband does that thank goodness'],
    ['i would rather go have it done now'],
    ['we moved in here may this house'],
    ['things that my roommate does that bother me you know'],
  ])('%j', (text) => {
    expect(asks(text)).toBe(false);
  });
});

describe('an offer to act is a question as well as a decision ask; a proposal to commit is a decision ask only', () => {
  const acts = (text: string) => analyse(['agent', 'The cover plan is twelve pounds a month and covers parts and labour.'], ['customer', 'That sounds useful.'], ['agent', text]).turns[2].acts.map((a) => a.act);
  it.each(['Would you like me to add it to your account?', 'shall i put that on for you', 'want me to add it'])('%j', (text) => {
    expect(acts(text)).toEqual(expect.arrayContaining(['question', 'decision-ask']));
  });
  it('"would you like to go ahead?" asks for the commitment only', () => {
    const found = acts('Would you like to go ahead with it today?');
    expect(found).toContain('decision-ask');
    expect(found).not.toContain('question');
  });
});
