import { describe, expect, it } from 'vitest';
import { analyse, has } from './helpers.js';

describe('acknowledgement', () => {
  it.each(['I see', 'got it', 'okay, I understand', 'that makes sense', 'thanks for explaining', 'Completely understand.', "That's fair enough, it wasn't in the plan.", "That's useful to know.", 'Lovely, got that.',
    // The agent taking a detail in.
    "No problem at all, that's helpful.", "That's really useful, thank you.", "oh right that's actually good to know",
    'Completely understood.', 'totally get it',
    // A detail taken in as worth having; speech-to-text's read-back closed by "got it".
    "Thanks for flagging that, I'll put it on the dietary sheet.", "Okay, that's a useful clue.", 'oh okay good to know',
    'okay tomorrow before ten got it', 'yes gel or paracetamol not the ibuprofen tablets got it',
    // Conceding the point.
    "You're right, three in a year isn't good enough.", 'youre right i answered the general question there', 'Ah, good shout.',
    // Closing a speech-to-text turn that runs on.
    'yeah go on then that makes sense', 'so thats what knocks the whole house out that makes sense now',
    // An explanation taken in as clear.
    "No, that's all very clear. You've been very kind."])('recognises %j', (text) => {
    expect(has(text, 'acknowledgement')).toBe(true);
  });
  // A customer's thanks for the help as the call ends.
  it('hears a customer take in the cause: "well, that would explain it"', () => {
    expect(has('Well, that would explain it. I did wonder.', 'acknowledgement', 'customer')).toBe(true);
  });
  it('does not count a customer\'s "that\'s really helpful, thanks"', () => {
    expect(has("Perfect, that's really helpful, thanks.", 'acknowledgement', 'customer')).toBe(false);
  });
  it.each(["I don't understand", 'I do not get it', 'the bill is wrong', "that's helpful for the engineer to see", "the figures don't add up",
    "i understand but we can't authorise works without approval", "that's completely understandable",
    // "got it" as a verb with its subject.
    'i rang the depot and they said they never got it', "the one with the red strap my neighbour's got it",
    'the twenty-sixth if you have got it',
    // Right to act, or right about a fact: validation and concession graders leave.
    "You're right to ring, that's not on.", "you're right that the out of contract price is higher",
    'i hope i explained it properly if that makes sense',
    "that's clear from the statement you sent", "it's not clear to me what the charge is"])('does not count %j', (text) => {
    expect(has(text, 'acknowledgement')).toBe(false);
  });
});

describe('paraphrase', () => {
  it.each([
    "so if i've understood, you booked the advance rate in june and you just want us to know",
    "it's been fine until this month, and now it's come in at over two hundred. have i got that right?",
    "so what you're saying is the bill doubled",
    'just to confirm, the router restarts every evening',
    'if I understand correctly you were charged twice',
    "so what you're really asking is whether she should still get her tablet tomorrow",
    "right so what you're after is the ticket being cancelled",
    "so for five weeks it's been just you, and you'd like the discount from the day she left",
    'oh i see so theres a week between moving out and getting the keys',
    "so just to check i've got it right, you'd rather someone came to you?",
  ])('recognises the cue in %j', (text) => {
    expect(has(text, 'paraphrase')).toBe(true);
  });

  it('recognises a restatement of the customer words and points at their turn', () => {
    const a = analyse(
      ['customer', 'my router keeps restarting every evening around eight and the internet drops'],
      ['agent', 'so your router restarts every evening around eight'],
    );
    const p = a.turns[1].acts.find((x) => x.act === 'paraphrase');
    expect(p).toMatchObject({ act: 'paraphrase', ofTurn: 0 });
  });

  it('does not take an unrelated reply for a paraphrase', () => {
    const a = analyse(
      ['customer', 'my router keeps restarting every evening around eight'],
      ['agent', 'can I have your account number please'],
    );
    expect(a.turns[1].acts.some((x) => x.act === 'paraphrase')).toBe(false);
  });
});

describe('acknowledgement: a read-back closed mid-turn, and what only sounds like one', () => {
  it.each([
    // Speech-to-text runs the read-back, its "got it" and the next clause together.
    'since monday got it and is it just the upstairs radiators',
    'lovely seventy eight and thirty got that and any allergies i should know about',
    'ok month by month got it ill tell my manager',
    "Right, I've got that. I'll put it on the fridge.",
  ])('recognises %j', (text) => expect(has(text, 'acknowledgement')).toBe(true));
  it.each([
    // The record found, a read-back's lead, the speaker's own things.
    "Thank you, I've got it, the grey corner sofa. When did it arrive?",
    'Just so I\'ve got it right, you moved in on the third?',
    "Ooh, the velvet one, I've got that one in green myself.",
    // Thanks for patience; the lead into a refusal; "got it" carried on by its object.
    'Thanks for bearing with me, sorry for the wait.',
    "I appreciate that. However, we can't refund a used ticket.",
    'the fitter on tuesday got it working again',
  ])('does not count %j', (text) => expect(has(text, 'acknowledgement')).toBe(false));
});

describe('paraphrase: a word for their information, and the plan read off the account', () => {
  const after = (customer: string, agent: string) => analyse(['customer', customer], ['agent', agent]).turns[1].acts.some((a) => a.act === 'paraphrase');
  it.each([
    ['my boiler keeps losing pressure', 'and just so you know theres a boiler care plan at twelve pounds a month'],
    ['Can you check my renewal?', "Just so you know, if you pack the china yourselves, standard won't cover it."],
    ['its kieran mills', 'lovely kieran okay so youre on the anytime twelve month and that renews on the ninth'],
    ['Helen Ward, HW two two one.', "Thanks, Helen. So you're on Core, which is gym floor only."],
  ])('does not read %j then %j as a paraphrase', (customer, agent) => expect(after(customer, agent)).toBe(false));
  it.each([
    ['im on the twenty pound sim only and i want a new phone', "thanks maya so you're on the twenty pound sim only plan and you want a new handset is that right"],
    ['we keep the boat on a swinging mooring and the renewal went up', "So you're on a swinging mooring, and the renewal has gone up?"],
    ['NF four four seven', "Thank you. So you're on the twentieth at the moment, one car and two adults. Is that right?"],
  ])('still reads %j then %j as a paraphrase', (customer, agent) => expect(after(customer, agent)).toBe(true));
});
