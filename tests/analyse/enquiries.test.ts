import { describe, expect, it } from 'vitest';
import type { ActOf } from '../../src/model/analysis.js';
import { analyse } from './helpers.js';

const enquiries = (a: ReturnType<typeof analyse>, turn: number) =>
  a.turns[turn].acts.filter((x): x is ActOf<'enquiry'> => x.act === 'enquiry');
/** The turn that addresses each enquiry in `question`, when the agent's only reply is `reply`. */
const addressedBy = (question: string, reply: string) => enquiries(analyse(['customer', question], ['agent', reply]), 0).map((e) => e.addressedBy);

describe('enquiries', () => {
  it('matches a "when" question to the agent turn that gives a time', () => {
    const a = analyse(
      ['customer', 'when will my new card arrive'],
      ['agent', 'can I have your postcode first'],
      ['customer', 'it is AB1 2CD'],
      ['agent', 'thanks, the card will arrive within five business days'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'question', addressedBy: 3 }]);
  });

  it('matches a request to the agent turn that acts on it', () => {
    const a = analyse(
      ['customer', 'I need to change my address'],
      ['agent', "sure, I've updated the address on your account"],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 1 }]);
  });

  it.each([
    ['present tense, after a story', "i'm trying to dock the boat and my card fell in the water so i'm hoping to get it replaced"],
    ['past tense', 'I was hoping you could move my appointment'],
  ])('treats "hoping to" as a request (%s)', (_what, text) => {
    const a = analyse(['customer', text], ['agent', "I can order a replacement for you now"]);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 1 }]);
  });

  it.each([
    ['answering the agent first', 'f twenty eight i need someone out today honestly'],
    ['with "really"', 'hi i really need someone out my key has snapped in the lock'],
    ['someone to explain', "I'd like somebody to explain the letter to me."],
  ])('takes wanting someone to come or act as a request (%s)', (_what, text) => {
    const a = analyse(['agent', "what's the fault code on the display?"], ['customer', text], ['agent', "I've booked an engineer for this afternoon."]);
    expect(enquiries(a, 1)).toMatchObject([{ kind: 'request', addressedBy: 2 }]);
  });

  it('takes a thing wanted after the answer to the agent, in a sentence of its own, as a request', () => {
    const a = analyse(['agent', 'Booking reference?'], ['customer', 'GL4471K. I had to get a taxi, it was sixty-two pounds. I want that back.'], ['agent', "I'll refund the taxi fare today."]);
    expect(enquiries(a, 1)).toMatchObject([{ kind: 'request', addressedBy: 2 }]);
  });

  it.each(['hi its about my dads boiler it packed in last night', "Hi. It's about my dad, Leonard Hughes. His carer didn't turn up."])('takes the reason for the call (%j) as a request', (text) => {
    expect(enquiries(analyse(['customer', text], ['agent', 'of course']), 0)).toMatchObject([{ kind: 'request' }]);
  });

  it.each(["It's about the size of a credit card.", "It's about the only thing keeping me sane."])('takes no measure (%j) for a request', (text) => {
    expect(enquiries(analyse(['customer', text], ['agent', 'right']), 0)).toEqual([]);
  });

  it('does not take a hope about something else as a request', () => {
    const a = analyse(['customer', 'the weather is nice, i hope it stays'], ['agent', 'it does look lovely out there']);
    expect(enquiries(a, 0)).toEqual([]);
  });

  it('treats "can you refund it" as a request', () => {
    const a = analyse(['customer', 'can you refund it'], ['agent', "let me process that refund for you"]);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 1 }]);
  });

  it('leaves an enquiry the agent never takes up unaddressed', () => {
    const a = analyse(
      ['customer', 'how much is the cancellation fee'],
      ['agent', 'is there anything else I can help with'],
      ['customer', 'no'],
      ['agent', 'have a nice day'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it.each(['Thanks for calling Skyline.', 'okay bye then', 'Have a lovely day, take care!'])('takes no sign-off (%j) for an answer', (signOff) => {
    const a = analyse(['customer', 'Right, so who do I contact about the compensation?'], ['agent', signOff]);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it('still takes an answer that ends with a sign-off', () => {
    const a = analyse(['customer', 'Who do I contact about the compensation?'], ['agent', 'The claims team, on the website form. Thanks for calling.']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('notices the customer asking the same thing again', () => {
    const a = analyse(
      ['customer', 'when will the technician come to fix the line'],
      ['agent', 'I see'],
      ['customer', 'so when is the technician coming to fix my line'],
    );
    expect(enquiries(a, 2)[0]?.repeatOf).toBe(0);
  });

  it('matches a request about "it" on what the turn said before it', () => {
    const a = analyse(
      ["customer", "I've just opened a bill for four hundred pounds. I need someone to look at it, because it can't be right."],
      ['agent', "Oh, that's a horrible thing to open. Can I take the account number?"],
      ['customer', '14 Larkfield Road.'],
      ['agent', 'Thanks. When did you last send a reading?'],
      ['customer', 'Not for a while.'],
      ['agent', 'The last actual reading was in March, so this bill is a guess. I can redo it with real figures.'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 5 }]);
  });

  it('takes "depends what they find" as the answer to a price question', () => {
    const a = analyse(
      ['customer', 'responsible for the repair how much is that going to cost me'],
      ['agent', "depends what they find i've booked the leak check for tuesday morning"],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'question', addressedBy: 1 }]);
  });

  it('does not take two wants that share only "i want to" for the same enquiry asked again', () => {
    const a = analyse(
      ['customer', 'I want to get them phones on our account.'],
      ['agent', 'There is the starter plan or the plus plan.'],
      ['customer', 'I want to know they last.'],
    );
    expect(enquiries(a, 2).map((e) => e.repeatOf)).toEqual([undefined]);
  });

  it('does not make enquiries of agent turns or of small talk', () => {
    const a = analyse(['agent', 'what is your account number'], ['customer', 'hi, how are you']);
    expect(enquiries(a, 0)).toEqual([]);
    expect(enquiries(a, 1)).toEqual([]);
  });
});

describe('enquiries: faults, referrals, answer shapes', () => {
  it.each([
    ['my card got declined at the shop today', "let me remove the block for you now"],
    ["i can't log into the app", "okay i'll send you a reset link now"],
    ['The wifi upstairs barely works.', "I'll push an update to the router."],
    ['hi my water has been off since about seven this morning', "i'll send a technician to check the valve now"],
    ['the power keeps tripping off in the kitchen', "I'll book an electrician for you now."],
  ])('a reported fault %j is the problem called about (no enquiry), addressed by the fix', (fault, fix) => {
    const a = analyse(['customer', fault], ['agent', 'what do you see on screen'], ['customer', 'nothing much'], ['agent', fix]);
    expect(enquiries(a, 0)).toEqual([]);
    expect(a.turns[0].acts.filter((x) => x.act === 'problem')).toMatchObject([{ addressedBy: 3 }]);
  });

  it('reads only the first problem told before any question or request', () => {
    const a = analyse(['customer', 'my card got declined at the shop'], ['agent', 'does it show an error'], ['customer', 'it says card blocked'], ['agent', 'let me remove the block now']);
    expect(a.turns.flatMap((t) => t.acts.filter((x) => x.act === 'problem').map(() => t.index))).toEqual([0]);
  });

  it('reads no problem when the customer asks for something in the same turn', () => {
    const a = analyse(['customer', 'my card got declined, can you remove the block?'], ['agent', 'done, the block is off']);
    expect(a.turns[0].acts.some((x) => x.act === 'problem')).toBe(false);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 1 }]);
  });

  it('does not make answers to diagnostic questions into enquiries', () => {
    const a = analyse(['customer', 'my tv box has stopped working'], ['agent', 'what does the screen say'], ['customer', 'it says no signal'], ['agent', "i'll reset it"]);
    expect(enquiries(a, 2)).toEqual([]);
  });

  it("does not take the agent's own story for the answer", () => {
    const a = analyse(
      ['customer', 'what are the evening classes like'],
      ['agent', 'oh lovely i did a bit of spanish myself years ago in valencia have you been'],
      ['customer', 'no not yet'],
      ['agent', 'gorgeous city anyway is there anything else'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it('still takes an answer that comes with a story', () => {
    const a = analyse(['customer', 'does the room include breakfast?'], ['agent', "Breakfast's included, yes. I went there myself two years ago, it's lovely."]);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('takes a rate said aloud as the answer to a question about the rate', () => {
    const a = analyse(['customer', "i was wondering what sort of rate you'd give me if i locked it away for a year"], ['agent', 'one year fixed is four point one and two year is three point nine']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('takes "good news, your cover includes it" as the answer to whether it is covered', () => {
    const a = analyse(
      ['customer', "i'll be twenty eight weeks pregnant and i was wondering if i'm still covered"],
      ['agent', 'let me check can i take your policy number'],
      ['customer', 'ht 778'],
      ['agent', 'thanks so when do you fly out'],
      ['customer', 'june'],
      ['agent', 'okay good news your standard cover includes pregnancy up to thirty two weeks'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 5 }]);
  });

  it('counts "Sales can tell you about that" as a referral', () => {
    const a = analyse(['customer', 'do you do fibre at the new place'], ['agent', 'I only handle moves. Sales can tell you about that.']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('does not take a later unrelated booking as the answer to a price question', () => {
    const a = analyse(
      ['customer', 'how much is the protection plan'],
      ['agent', 'anyway for the repair i can send you a prepaid box today and it takes about five working days'],
      ['customer', 'ok'],
      ['agent', "i've booked the collection for the twenty-eighth"],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it('takes the price two agent turns later as the answer to "How much is it?"', () => {
    const a = analyse(
      ['customer', "I'd like to upgrade to unlimited data. How much is it?"],
      ['agent', 'Can I confirm your name first?'],
      ['customer', 'Jo Bloggs.'],
      ['agent', 'Unlimited is twenty-five pounds a month. Shall I go ahead?'],
    );
    expect(enquiries(a, 0).find((e) => e.kind === 'question')).toMatchObject({ addressedBy: 3 });
  });

  it('splits a request and a question in one sentence and judges each', () => {
    const a = analyse(
      ['customer', 'I need to cancel my membership, and will I still be charged for this month?'],
      ['agent', "I've cancelled the membership for you, it ends today."],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 1 }, { kind: 'question', addressedBy: null }]);
  });

  it('reads "just put me through to a manager please" as a request', () => {
    const a = analyse(['customer', 'just put me through to a manager please'], ['agent', 'the fee is non refundable']);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: null }]);
  });

  it('points the first asking at the answer to the repeat', () => {
    const a = analyse(
      ['customer', 'when will the engineer arrive'],
      ['agent', 'we have your booking on file'],
      ['customer', 'yes but when will he arrive'],
      ['agent', "he'll be with you between two and four this afternoon"],
    );
    expect(enquiries(a, 0)[0]?.addressedBy).toBe(3);
  });
});

describe('enquiries: wanting any action', () => {
  const kinds = (...turns: Array<['agent' | 'customer', string]>) => {
    const a = analyse(...turns);
    return enquiries(a, turns.length - 1).map((e) => e.kind);
  };
  it.each([
    "hiya i want to drop the sports bit off my package",
    "we're moving on the twenty eighth and i need to take the broadband with us",
    'I wanted to check the delivery date on my table order.',
    'The heating has gone off again and I need someone out this afternoon.',
    "Two of the tins never came. I'd like those sent out, please.",
    "There are payments on my card I don't recognise and I want them stopped.",
    'the green bin was missed again can you get someone to come and empty it',
  ])('reads %j, after "how can i help?", as a request', (text) => {
    expect(kinds(['agent', 'Good morning, how can I help?'], ['customer', text])).toEqual(['request']);
  });

  it('reads "i wanted to know if" as a question', () => {
    expect(kinds(['agent', 'Oakden, Tom speaking.'], ['customer', "i wanted to know if you've got them in black"])).toEqual(['question']);
  });

  it.each([
    'I need to run it past my partner first.',
    "Right, I think I'd like to do it.",
    'i have to say the engineer was lovely',
  ])('reads no request in %j (own plan, decision, remark)', (text) => {
    expect(kinds(['agent', 'Shall I set that up for you?'], ['customer', text])).toEqual([]);
  });

  it('reads wanting said in answer to the agent as telling what suits, not a new request', () => {
    expect(kinds(['agent', 'What budget did you have in mind?'], ['customer', "we'd like to keep it under four thousand"])).toEqual([]);
  });
});

describe('answers given as a range or as who to ask', () => {
  it.each([
    ['a price range', 'how much will the repair be', 'most of them land somewhere between forty and one twenty'],
    ['hundreds said aloud', 'how much would a bigger battery be the five hundred one', "that pack's four hundred and twenty"],
    ['a price in figures', 'how much is the engineer visit', "It's £85 for the first hour."],
    ['who handles it', 'do you do the flowers as well', "the florist handles those, so it's best to ask them directly"],
  ])('takes %s as the answer', (_what, question, answer) => {
    const a = analyse(['customer', question], ['agent', answer]);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('does not take a delivery window as the answer to a price question', () => {
    const a = analyse(
      ['customer', 'what would a new one cost me'],
      ['agent', 'the courier will come between nine and five tomorrow'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });
});

describe('answers without the question words: a stance, a page to look at, a price in words', () => {
  it.each([
    ['"not usually" to a yes/no question', 'And would we need planning permission?', 'Not usually, as long as it stays under two and a half metres high.'],
    ['a refusal to a request', 'could i get some of it back early in an emergency', 'no not on the fixed ones, the easy access saver lets you dip in'],
    ['a pointer to the website', 'What would the breakdown cover cost?', "I'm not sure on the prices, they change a lot. It's probably best to have a look on the website."],
    ['a price in words without a currency', 'How much are those?', 'For a home your size the ten kilowatt one. It\'s four thousand two hundred fitted.'],
    ['"that\'s it" to a check of what to do', 'okay so i turn the lever slowly and stop at one point two is that right', "that's it then close it and hold the reset button"],
    ['a short answer with its subject and auxiliary', 'Would he be able to come in the morning?', 'He can, he starts at eight on Thursdays.'],
    ['a yes closing the first sentence', 'Right. And can my wife use any sessions I do not need?', 'Within the same household they transfer, yes.'],
    // Durations, prices said loosely, and money in a yes/no question.
    ['a duration in months', 'How long does the redirection last?', 'Yours runs for six months.'],
    ['a duration in weeks', 'and how long does that take', 'usually a few weeks anything else'],
    ['"straight away" to how quickly', 'How quickly does it start working?', 'Straight away, no waiting about.'],
    ['a time to "when can you"', 'When can you look at it?', 'Earliest diagnostic slot is Monday at eight thirty.'],
    ['a price in teens', 'um how much is it just for the shorts and the top', 'shorts and top are nineteen fifty together'],
    ['a hyphenated price', "what's a new one going to cost me?", "Budget's fifty-eight fitted. Mid-range Falken is seventy-four."],
    ['a loose price', 'how much more is it a month', "um i think it's a few pounds more"],
    ['"no charge" to whether it costs', "Oh, and the cover's got a little tear in it. Is that going to cost us?", 'Small tears are fair wear. No charge.'],
    ['"and yes" after an aside', "And I can turn it off when I'm home?", 'Straight away, and yes, you can pause it in the app.'],
    // A question about money answered on what it turns on, or on who pays.
    ['what the money question turns on', 'Got it, thanks. Refund goes back on the same card?', 'Same card, within five days of the jeans reaching us.'],
    ['money given as the reason, not asked about', 'and will she be in the wooden casket because we paid extra for that one', 'the form says the wooden casket so yes wooden'],
    ['a refusal in other money words', 'is there any money off for this because ive lost three days of work', 'sorry but compensation only starts after two full days without service'],
    ['who bears the cost', 'would i have to pay a plumber for the toilet or is that you', "the toilet and the pipes inside are the landlord's responsibility"],
  ])('takes %s as the answer', (_what, question, answer) => {
    const a = analyse(['customer', question], ['agent', answer]);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('reads "can you tell me what\'s going on" as a question, answered by what is going on', () => {
    const a = analyse(
      ['customer', "i still haven't had my deposit back can you tell me what's going on"],
      ['agent', 'surname'],
      ['customer', 'okonkwo'],
      ['agent', "landlord's disputing two hundred for cleaning"],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'question', addressedBy: 3 }]);
  });

  it.each([
    ["Fine. When can you look at it? I need it for work, I'm a care worker.", 'Earliest slot is Monday at eight thirty.'],
    ['Will it be done before five? I need the car back for the school run.', 'Forty minutes, tops.'],
  ])('reads the need told after the question in %j as its reason, not a second request', (question, answer) => {
    const a = analyse(['customer', question], ['agent', answer]);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('still reads a need told on its own as a request', () => {
    const a = analyse(['customer', 'I need the invoice for my accountant.'], ['agent', 'Lovely weather today.']);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: null }]);
  });

  it('still leaves a yes/no question about money open when the reply names no amount', () => {
    const a = analyse(['customer', 'Is that going to cost us?'], ['agent', 'The cabins come in oak or larch cladding.']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it.each([
    ['Is the retest free?', 'The partial retest only looks at the items that failed, so the brakes and the wiper.'],
    ['does wifi calling cost anything abroad', 'wifi calling you switch on in settings then calls go over the wifi'],
    ['Is there a charge for the freeze?', 'The freeze runs for up to three months and your classes pause too.'],
  ])('leaves the money question %j open when the reply speaks only of the thing paid for', (question, answer) => {
    const a = analyse(['customer', question], ['agent', answer]);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it('still leaves a yes/no question open when the reply talks of something else', () => {
    const a = analyse(['customer', 'And would we need planning permission?'], ['agent', 'The cabins come in oak or larch cladding, whichever you prefer.']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });
});

describe('enquiries the customer does not make, and one the customer says went unanswered', () => {
  it.each([
    ['a request quoted from someone else', 'and then the driver said, can i have your signature here'],
    ['a request narrated between two speakers', "he goes it's failed on the brakes do you want us to quote for it and i said i'd think about it"],
  ])('reads no enquiry in %s', (_what, text) => {
    const a = analyse(['customer', text], ['agent', 'right, okay']);
    expect(enquiries(a, 0)).toEqual([]);
  });

  it('reads "do i need to be in" as a question, answered by a yes', () => {
    const a = analyse(['customer', 'okay wednesday is fine do i need to be in'], ['agent', 'yes someone over eighteen has to be home']);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'question', addressedBy: 1 }]);
  });

  it('reads a yes/no question and its ", or ..." alternative as one enquiry', () => {
    const a = analyse(['customer', 'Can he drop it round, or do I need to come and collect it?'], ['agent', "He's out that way tomorrow, so he'll drop it round."]);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'question', addressedBy: 1 }]);
  });

  it('takes back an answer the customer says was none', () => {
    const a = analyse(
      ['customer', 'Will this go on my credit file?'],
      ['agent', "It's all recalculated once the form is in."],
      ['customer', "You haven't answered my question."],
      ['agent', 'Is there anything else?'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it('still finds an answer that comes after the complaint', () => {
    const a = analyse(
      ['customer', 'And who pays if I am late handing the keys back?'],
      ['agent', "Both crews will be there by eleven fifteen. I'll ring you at eleven."],
      ['customer', "You didn't answer about the keys."],
      ['agent', 'Any late fees from your estate agent, send us the invoice and we will cover them.'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 3 }]);
  });

  it('does not take "nobody told me" as a complaint about the answer', () => {
    const a = analyse(
      ['customer', 'Will this go on my credit file?'],
      ['agent', "No, arrears on this account aren't reported to the credit agencies."],
      ['customer', 'Oh. Nobody told me that.'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });
});

describe('a time asked about, and a request done in few words', () => {
  it.each([
    ['will you be open after six tonight', 'we shut at six thirty'],
    ['Will it be ready before Friday?', 'It goes back to you on Thursday morning.'],
    ['tuesday i work tuesdays is there really nothing sooner', 'thursday at nine'],
  ])('takes a time as the answer to %j', (question, reply) => {
    const a = analyse(['customer', question], ['agent', reply]);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('still wants the price when a price question names a time', () => {
    const a = analyse(['customer', 'how much is it if i book before friday'], ['agent', "we're open till six tomorrow"]);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it('still leaves a question about a time open when the reply gives none', () => {
    const a = analyse(['customer', 'will you be open after six tonight'], ['agent', 'the shop is on the high street']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it('takes "both bagged together" as acting on the request', () => {
    const a = analyse(['customer', "could you add my husband's inhaler to it"], ['agent', 'both bagged together at the counter']);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 1 }]);
  });
});

describe('a yes or no after a short aside', () => {
  it('answers the question when the aside comes first', () => {
    const a = analyse(['customer', 'can i park on the drive while the permit comes through'], ['agent', 'Oh, I missed that one. Yes, for up to a week.']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: 1 }]);
  });

  it('does not take one after a longer opening', () => {
    const a = analyse(['customer', 'can i park on the drive while the permit comes through'], ['agent', 'The depot prints them every other week. No, the new ones are blue.']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });
});

describe('looking is not acting', () => {
  it('does not take "I can see two tickets" as acting on a request', () => {
    const a = analyse(['customer', 'can you send an engineer out to us please'], ['agent', 'So the system shows two tickets, I can see them both.']);
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });
});

describe('a reply that opens by saying it cannot answer', () => {
  const addressed = (question: string, reply: string): boolean =>
    enquiries(analyse(['customer', question], ['agent', reply]), 0).every((e) => e.addressedBy !== null);
  it.each([
    ['I returned it two weeks ago. When is my refund coming?', 'It should be soon. Anything else today?'],
    ['while im on is there a hardback collecting the whole run', "I'm not sure about that one, sorry. Was there anything else?"],
    ['Is there a way to stop this happening if this laptop dies too?', 'No idea, I only do the technical side. Anything else?'],
    ['when do you think the vet will ring only im out this afternoon', 'oh theyre ever so busy today but hopefully it wont be too long'],
    ['You cancelled the flight, not me. Am I eligible?', "I'm not able to go into individual eligibility on this line. The conditions of carriage set out what applies."],
    ['And when will the new one actually arrive?', "I can't give you a date on that, it depends on stock. Anything else?"],
  ])('after %j, %j leaves it unanswered', (question, reply) => expect(addressed(question, reply)).toBe(false));
  it.each([
    ['Is there a version without payroll? And does it do euro invoices?', "There is, the Starter plan. Euro invoices I'm honestly not sure about."],
    ['How much is the stain guard?', "I'm not sure offhand, but I'll check with the team and ring you back by three."],
    ['Do you do breakdown cover?', "I'm not sure on the prices, it's best to have a look on the website under motoring."],
    ['Can I give her ibuprofen and Calpol together?', "I can't advise on doses over the phone, but a pharmacist can tell you straight away, or you can ring 111."],
  ])('after %j, %j answers, acts on or refers it', (question, reply) => expect(addressed(question, reply)).toBe(true));
});

describe('who takes it up, and what a price question wants', () => {
  it.each([
    ['And if it can\'t be put right, what then?', 'It depends on the inspection. The manager will go through that with you.'],
    ['how much would that make the payment', 'i cant work that out here the support team does the calculation'],
    ['Is there any chance of something off the bill?', "I'll ask my manager and give you the answer on Monday."],
    ['And the compensation?', "That's handled by the complaints team, not me."],
    ['How much more is en-suite, roughly?', "It varies by block, it's all on the accommodation website."],
    ['How much more would that be a month?', 'The website will give you a price in a few minutes if you put his details in.'],
  ])('after %j, %j refers it', (question, reply) => expect(addressedBy(question, reply)).toEqual([1]));
  it.each([
    // A team or an engineer named in passing takes nothing up.
    ['What sort of price are they?', "I've got an engineer in your area on Wednesday morning, between nine and twelve."],
    ['what are you charging for a pallet of the cubes now', "Honestly, the picking team have had a week of it, bless them."],
    // "What would I pay" wants a sum, not talk about the product.
    ['Well, the fixed one. What would I actually pay on it?', 'Ooh, my brother-in-law is on one and he swears by it.'],
  ])('after %j, %j leaves it unanswered', (question, reply) => expect(addressedBy(question, reply)).toEqual([null]));
});

describe('a tag that seeks agreement asks for nothing', () => {
  it.each([
    ['indignation at people in general', 'Nobody tells you that, do they?'],
    ['a verdict on the answer', "That's not really an answer, is it?"],
    ['sarcasm without punctuation', 'after four and no car till then well thats just perfect isnt it'],
    ['a generalisation', 'Phones cost a fortune these days, don\'t they?'],
    ['resignation', "I suppose I'll just have to swallow it then, won't I?"],
    ['an opening "well"', 'Well, I\'ll have to find one somewhere else then, won\'t I.'],
  ])('reads no enquiry in %s', (_what, text) => {
    const a = analyse(['customer', text], ['agent', 'Is there anything else?']);
    expect(enquiries(a, 0)).toEqual([]);
    // Still a question in form: Switchboard's annotators label such tags as questions.
    expect(a.turns[0].acts.some((x) => x.act === 'question')).toBe(true);
  });
  it.each([
    ['a fact to be checked', "So that's all done then, is it?"],
    ['what the customer will owe', "And if the new place is dearer, I'm not paying the difference, am I?"],
    ['a price', "That's free, isn't it?"],
    ['without punctuation', 'and you wont take another payment on the fourteenth will you'],
  ])('still reads an enquiry in %s', (_what, text) => {
    const a = analyse(['customer', text], ['agent', 'Is there anything else?']);
    expect(enquiries(a, 0)).toHaveLength(1);
  });
});

describe('a reply that denies at once answers a yes/no question', () => {
  it.each([
    ['Is the twelve pounds I paid on Friday refundable?', "Tickets bought outside the pass aren't refunded."],
    ['And the four months before that, do I get those back?', 'Not refundable under the policy.'],
    ['does my policy include his teeth', "dental illness isnt on your current level we do have an add-on though"],
    ['Will we get anything back for the nine days it was off?', "Generation losses aren't covered by the warranty."],
  ])('after %j, %j answers it', (question, reply) => expect(addressedBy(question, reply)).toEqual([1]));
  it.each([
    ['Is the pool open while my membership is frozen?', "Oh don't worry, lots of people freeze over the summer."],
    ['Do I need to send the discharge notes as well?', "While I've got you, I noticed you haven't got our dental add-on."],
    ['is my tender covered if it gets nicked', 'oh um thats not one i know off hand'],
    ['Will a faster package actually stop that?', 'The hub is far more stable honestly, and with all that headroom you won\'t notice the odd blip.'],
    ['Do you still have the matching footstool in the teal?', "I'm not sure what stock's like on that one, sorry. Is there anything else I can help with today?"],
  ])('after %j, %j leaves it unanswered', (question, reply) => expect(addressedBy(question, reply)).toEqual([null]));
});

describe('an answer to a question asked again', () => {
  it('answers only the question asked again, not the other one asked with it the first time', () => {
    const a = analyse(
      ['customer', "Can I use a different instructor's car if his isn't ready? And do I need to pay again for the change?"],
      ['agent', 'You are very welcome, good luck with it! Remember to bring your provisional licence.'],
      ['customer', 'Thanks... so do I have to pay again?'],
      ['agent', "Oh! No, changes are free if they're more than three working days ahead."],
    );
    expect(enquiries(a, 0).map((e) => e.addressedBy)).toEqual([null, 3]);
    expect(enquiries(a, 2)).toMatchObject([{ repeatOf: 0, addressedBy: 3 }]);
  });
});

describe('a reply that turns away with "anyway"', () => {
  it.each([
    ['What are the hours on that?', "Oh, early mornings are lovely in there, my nephew swims at six. Anyway, you're all booked for Tuesday."],
    ['do you lot do planting as well', 'oh i know the feeling i did my back in lifting compost anyway the driver will ring an hour before'],
    ['Will I get a courtesy car?', "My sister had the same last year, what a day she had. Anyway, I've logged the claim for you."],
  ])('leaves %j unanswered by %j', (question, reply) => expect(addressedBy(question, reply)).toEqual([null]));
  it.each([
    // An answer before the turn, and "anyway" that ends a clause rather than turning away.
    ['do you do the bouncy castles as well', 'we do yeah theyre really popular anyway ill get the repairs guy to ring you'],
    ['Do I need to back anything up first?', "It shouldn't touch your data, but back it up anyway if you can."],
    ['Will the cake be ready for Saturday?', "The bakers are in on Friday night anyway, so I'll move it to Saturday at ten."],
  ])('still takes %j as answered by %j', (question, reply) => expect(addressedBy(question, reply)).toEqual([1]));
});

describe('a request acted on after the agent sets out what it involves', () => {
  it('looks six agent turns ahead for the action', () => {
    const a = analyse(
      ['customer', 'Hi. I need to book some physio, my back has been bad for a month.'],
      ['agent', 'Single sessions are fifty-five pounds.'],
      ['customer', 'Right.'],
      ['agent', 'The six-session block is two hundred and seventy, which saves you sixty.'],
      ['customer', 'Do most people need six?'],
      ['agent', 'It depends on the person.'],
      ['customer', 'And can I claim it back on my work scheme?'],
      ['agent', 'We give you receipts, claiming is up to your scheme.'],
      ['customer', 'Fine.'],
      ['agent', 'Most people find the first session tells them a lot.'],
      ['customer', 'Okay.'],
      ['agent', "I've booked you in for Thursday at four for your first session."],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 11 }]);
  });
});

describe('the customer says the reply was no answer', () => {
  it.each([
    "That tells me how a refund is paid. It doesn't tell me whether I'm getting one.",
    'You skipped my question.',
    "That's not an answer, is it?",
  ])('%j takes the answer back', (complaint) => {
    const a = analyse(
      ['customer', 'Am I getting a refund for the cancelled flight?'],
      ['agent', 'Refunds go back to the original payment method within fourteen days.'],
      ['customer', complaint],
      ['agent', 'Is there anything else I can help with?'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });
});

describe('answers judged enquiry by enquiry (enquiry labels)', () => {
  it.each([
    ['a hedged yes', 'Will he have to drill it?', 'Probably, with a snapped key. He swaps the cylinder.'],
    ['a hedged no', 'do i need to be there when he comes', "i don't think so, he has the key code"],
    ['a round sum said roughly', 'theres a small one in the hall how much would that be', 'about twenty for that size with the half price'],
    ['whose it is to do', 'will you send another one out', 'a replacement is down to the retailer, you will need to contact them'],
    ['a time to a request for today', 'can you get the driver to go back today', "he's finished for the day, the earliest is tomorrow between nine and one"],
    ['a yes on a condition', 'Will they get back to me?', 'If they need anything.'],
    ['who does it instead', 'Is that something you do?', "Oh, that's a lovely thing to have. I'm not sure. I think that might be something the crematorium does rather than us."],
    ['a no concluding the reply', 'is it going to do this again when i pay for the car hire on friday', 'ive added portugal up to sunday on the account so no'],
    ['a short answer and a yes', 'wait so did we have the excess thing for the first week or not', 'you did yes you added it at pickup'],
    ['delight as the verdict asked for', 'is the premium wash with the wax worth it', 'oh the wax is gorgeous honestly it comes up like a mirror'],
    ['delight with a price', 'how much more is a sea view room', 'ooh the sea view rooms are gorgeous, they are twenty pounds a night more'],
    ['an answer before moving on', 'And can they do the conservatory roof as well?', "Ha! Yes, they can, same visit, my own shed roof is just as bad. Right, I've popped the gutters on for the 22nd."],
    ['the team who will deal with it', 'What would that cost me, roughly?', 'Our pricing team will ring you this afternoon with a figure.'],
  ])('takes %s as the answer', (_what, question, reply) => expect(addressedBy(question, reply)).toEqual([1]));

  it.each([
    // "when" opening a clause of time does not ask for a time.
    ['a time, after "when" in a clause of time', 'do you do one of those backup boxes that kicks in when the line drops how much is that', 'it should all be back up by tomorrow morning'],
    // "did you do", "do you have": the subject and verb of a question asked back are no short answer.
    ['a question asked back', 'can you send me the photos they took', 'did you do the walkround photos in the app'],
    ['minutes said roughly, to a price question', 'how much would that be', 'about twenty minutes to do it'],
    ['delight in the subject', 'does that come with an album or is that extra', 'ah the albums are my favourite bit honestly we had one couple burst into tears opening theirs'],
    ['delight in the person asked about', 'and can my wife come too', "oh she'd be so welcome we get loads of couples in on a saturday"],
    // Chat, then the agent's own business: the action after "Right," is about the booking, not the question.
    ['chat before moving on', 'And can they do the conservatory roof as well?', "Ha! I know, the moss is everywhere, my own shed roof looks like a putting green. Right, I've popped the gutters on for the 22nd."],
    ['commiseration before "anyway"', 'Does it cover her flea stuff as well?', 'Oh, the flea stuff, tell me about it! We had ours go mad last summer. Anyway, for Thursday, just bring her in a carrier.'],
    // The team coming out books a visit; it passes no question on to anyone.
    ['a visit booked, to a price question', 'What would that cost me, roughly?', "So, Tuesday, our team will be with you between nine and twelve."],
  ])('does not take %s as the answer', (_what, question, reply) => expect(addressedBy(question, reply)).toEqual([null]));

  it.each([
    ['"any idea when"', 'any idea when the engineer is coming', 'he will be with you by five tomorrow'],
    ['"when" opening the question', 'and when will that be', 'they come out on thursday'],
    ['a bare "When?"', 'When, today?', 'Yes, by five this afternoon.'],
  ])('still takes a time as the answer to %s', (_what, question, reply) => expect(addressedBy(question, reply)).toEqual([1]));

  it('reads a need told after a question as its reason, and the question is answered by its time', () => {
    const a = analyse(['customer', 'and will it be ready the same day i need it for friday morning'], ['agent', 'should be ready by five']);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'question', addressedBy: 1 }]);
  });
});
