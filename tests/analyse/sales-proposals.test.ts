// Proposals and decision asks phrased many ways (charity appeals and product offers alike), and talk that only sounds like one.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/model/transcript.js';
import { actsOf, analyse } from './helpers.js';

const proposes = (text: string): boolean => actsOf(text).some((a) => a.act === 'offer' || a.act === 'decision-ask');

describe('sales: proposals and asks', () => {
  it.each([
    // asked as a request by the speaker
    "i'm calling to ask you to chip in for the school roof",
    'we were hoping you would join the members scheme',
    'I really need you to sign the form today',
    'i encourage you to give the trial a go',
    "I'd like to recommend the annual plan",
    'we usually suggest the family bundle for four people',
    'I wanted to see if you would be willing to support the appeal',
    'so do you think youd be willing to go ahead',
    // amounts put to the listener, with and without punctuation
    'how about $5?',
    'say $12 a month',
    'why not 10 dollars then',
    'would $3 be too much to ask',
    // questions asking for a decision
    'would you care to give a little towards the fund',
    'would you like to increase your monthly gift',
    'are you going to donate this year',
    'do you plan on joining the loyalty club',
    'can i count you in',
    'it wont hurt to try it for a month how bout it',
    "are you sure you don't want to add the cover",
    'wont you please help us reach the target',
    'hey you wanna upgrade while youre here',
    // first-person offers of a better arrangement
    'I can move you to our loyalty plan at twenty a month',
    'we can split it into three payments',
    'we do have a solo plan that would cover two users',
    'you have the chance to lock in this price today',
    'one thing you could do is add a second line',
    'of course you could always give a bit more',
    // bare imperatives at a clause start
    'then definitely give the full amount',
    'please, donate to the appeal today',
    'ok so give what you can',
  ])('proposal in %j', (text) => expect(proposes(text)).toBe(true));

  it.each([
    // the speaker's own giving, or other people's
    'I like to donate to animal shelters',
    "i'm willing to donate myself",
    'the charity is able to give away most of what it raises',
    "I think I'll donate a little bit later",
    'they ask you to donate at every checkout these days',
    // procedure and information, not a proposal
    'you can donate online through the website',
    'just tell me how much you want to donate',
    "i'm hoping you can help me out with my login",
    // a question about the listener, not a decision
    'would you consider yourself a patient person',
    // a remedy, not a sale; a transfer, not an offer
    'i can refund it once as a goodwill gesture',
    'I can put you through to billing',
  ])('no proposal in %j', (text) => expect(proposes(text)).toBe(false));
});

describe('another option priced against what the customer has now', () => {
  const offers = (text: string): boolean => actsOf(text).some((a) => a.act === 'offer');
  it.each([
    'The Octavia estate takes four big cases lying flat, and it\'s only nine pounds a day more.',
    'we can also do a hot water cylinder jacket while we\'re up there for an extra forty five',
    'then the ultra hd sports add on at six pounds a month on top of what you pay now',
    "At five seats, Team works out better: it's twelve pounds a seat instead of fifteen.",
    'the balcony cabins on deck nine are four hundred and twenty extra per person',
    'The oak-effect one in your size is two hundred less than the quartz.',
    'Our Pro plan adds certified analytics for six dollars more a month.',
    'The Sonora 4 is eleven hundred and forty for the pair, or we do a trade-in on your current ones.',
    "Mill House sleeps ten, has a hot tub, and it's free that week at fourteen hundred and twenty for the seven nights.",
    "The family plan covers five of you, and it's fourteen ninety-nine, so three pounds more than you pay now.",
  ])('reads %j as an offer', (text) => {
    expect(offers(text)).toBe(true);
  });

  it.each([
    'A hundred and sixty instead of forty on your bill, that\'s a nasty surprise.',
    'he was under anaesthetic for an extra forty minutes',
    'the flight now lands on the sixteenth instead of the fifteenth',
    'you can spread it over twelve months instead of ten',
    'the fee is forty pounds more than last year because of the rise',
  ])('reads %j as no offer', (text) => {
    expect(offers(text)).toBe(false);
  });
});

describe('buying interest asked in other words', () => {
  const signals = (text: string): boolean => actsOf(text, 'customer').some((a) => a.act === 'buying-signal');
  it.each([
    'Right. And the rechargeable ones, what would they set me back?',
    'Okay. And what do you charge? My friend used a broker who charged nothing.',
    "it's just too much every month is there not like a cheaper one or something",
    "i've got no time to box everything up i don't know if you do that sort of thing",
    "And what's the difference from what I've already paid on the Dairy?",
    "hi i was wondering if you've got any space over easter for our two cats",
    'Have you got any tables free on Saturday night?',
    'Tuesday, please. And while I think of it, what sort of money are varifocals these days?',
    'Okay, the third is not long. What are the new phones going for?',
    "I was sort of hoping to get a ballpark on what an implant runs to.",
    'is there not something sturdier i could go for',
    'well yes i had guessed that what size and what price roughly',
    'i was wondering is there some kind of way we can both be on one membership',
    "I was wondering, actually, whether there's a card that doesn't take a fee every time I use it abroad.",
    'While it is coming anyway, is the matching footstool still available?',
    'Actually, does the matching jacket come in the sage as well?',
    'While I have got you, my daughter keeps on about one of those electric bikes.',
    'My grandson keeps telling me I should have one of those easy access savings accounts.',
    // "charge" as the verb asks a price; what a longer choice would come to.
    'Oh, while I have got you, how much do you charge for whitening?',
    'What would two bags on their own come to?',
  ])('reads %j as a buying signal', (text) => {
    expect(signals(text)).toBe(true);
  });

  it.each([
    'what set you back on this job, the weather?',
    'I paid the charge already, what else do you need?',
    'How much is the charge on my last bill for?',
    "I haven't got any space in the garage for it.",
    // What something is worth or what was paid is no price asked for something to buy.
    "I don't know what sort of money he spent on it.",
    'we went through what the repair cost us last year',
    // Going on about something else, the engineer free to come, or what was paid.
    'he keeps on about the noise from next door',
    'is the engineer still available on Friday?',
    'that is less than what i paid for the old one and it broke in a week',
  ])('reads %j as none', (text) => {
    expect(signals(text)).toBe(false);
  });
});

describe('upsells opened by the moment ("while it\'s in")', () => {
  const offers = (text: string): boolean => actsOf(text).some((a) => a.act === 'offer');
  it.each([
    "Done. While it's in, we're doing a full valet for thirty-five pounds this month, inside and out.",
    'Pixel 7 screen is eighty-nine pounds. While we\'ve got it open I can fit a tempered glass protector for fifteen more.',
    "that's fine we just top it up and we can also do pipe lagging while we're up there for an extra forty five",
    "While the fitter's there, they could fit a smart valve. The valve is sixty pounds fitted.",
    'Before you go, have you seen our new cordless range? It is on offer this month.',
    'and have you thought about a second pair for reading',
  ])('reads %j as an offer', (text) => {
    expect(offers(text)).toBe(true);
  });

  it.each(["While it's in, we'll check the brakes as well.", "That's fine, there's a fine of sixty pounds if the permit lapses.", 'The fitter could fit it on Tuesday if that suits.'])('reads %j as no offer', (text) => {
    expect(offers(text)).toBe(false);
  });
});

describe('a decision ask about something priced puts it on the table', () => {
  const offerIn = (turns: Array<[Role, string]>, at: number): boolean => analyse(...turns).turns[at].acts.some((a) => a.act === 'offer');
  it.each<[string, Array<[Role, string]>, number]>([
    ['priced and asked, nothing offered before', [['customer', 'she needs a trim on friday'], ['agent', 'the de shed treatment is twenty two pounds on top of a groom would you like me to add it']], 1],
    ['punctuated', [['customer', 'Can you fit it this week?'], ['agent', "Yes, Thursday. The anti-snap cylinder is sixty-five pounds fitted. Shall I tell him to bring one?"]], 1],
  ])('offer: %s', (_name, turns, at) => expect(offerIn(turns, at)).toBe(true));
  it.each<[string, Array<[Role, string]>, number]>([
    // The price of what the customer asked about answers them.
    ['the customer just asked for it', [['customer', 'do you do cabins on that crossing'], ['agent', 'cabins are forty five pounds for a two berth do you want one']], 1],
    // The charge is waived: a fix, not a sale.
    ['free of charge', [['customer', 'the heating is off again'], ['agent', "we'll drop two heaters round free of charge, shall I book that in?"]], 1],
    // After an offer the ask is about that one.
    ['an offer came before', [['agent', 'we have a premium wash with wax for four pounds more'], ['customer', 'oh right'], ['agent', "it's four pounds a wash, shall I switch you over?"]], 2],
    // A customer's "shall I" is not the business selling.
    ['said by the customer', [['agent', 'the cabin is forty five'], ['customer', "it's forty five pounds, shall I book it then?"]], 1],
  ])('no offer: %s', (_name, turns, at) => expect(offerIn(turns, at)).toBe(false));
});

describe('talk that sounds like an offer and sells nothing', () => {
  const offers = (text: string): boolean => actsOf(text).some((a) => a.act === 'offer');
  it.each([
    "I've got Tuesday at ten or Wednesday at three fifteen, which would suit you?",
    'okay i can see thursday at ten with doctor hale what days would suit you better',
    'I can hold the suite until six this evening.',
    // Holding what the customer asked for answers them (graders marked no "i can hold/reserve" turn as an offer).
    'yes we have two left i can reserve one for you to collect tomorrow',
    "The booking line is open until six today, and I can give you the number now.",
    'yep about ninety two a month saved and you can switch back to four people any time with no fee',
    "great i've lifted the block so you can try it again now if you're still at the shop",
    "Once the salt's in, give it a couple of hours, and if it's still beeping tonight, ring us back.",
    'Unplug it, give the grille a good hoover, and leave it off for ten minutes.',
  ])('no offer in %j', (text) => expect(offers(text)).toBe(false));
  it.each([
    "For next time, you could take our Zero Excess cover. It's twelve pounds a day and you'd pay nothing for damage.",
    'for next time you could take our zero excess cover its twelve pounds a day',
    'In that case Boiler and Heating would suit you better. It is fourteen pounds fifty a month.',
    'You can add personal possessions cover for items away from home. It is four pounds twenty a month.',
    'so please give some today, every pound helps',
  ])('an offer in %j', (text) => expect(offers(text)).toBe(true));
});
