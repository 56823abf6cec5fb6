// Sales and next-step acts in wordings no fixed verb list held: any promised action with a time, conditional and named
// offers, and buying interest put indirectly. Each case has its near miss.
import { describe, expect, it } from 'vitest';
import { actsAfterInterest, analyse, has } from './helpers.js';

describe('a next step is any action promised with a time', () => {
  it.each([
    "i'll take his name off the account today",
    "they'll get their invitations in the next five minutes",
    'the workshop will post the new panel within ten working days',
    'they should be with you around ten thirty',
    "i'll talk it over with my wife at the weekend",
    "if you email it over, i'll send the comparison back by the end of tomorrow",
    // What the process sends, said without a promise; how long a refund takes.
    'Done. Engineer on the tenth, between eight and twelve.',
    'done engineer tomorrow between nine and twelve',
    "Done. You're booked. Confirmation comes by email today.",
    'thursday morning eight till twelve the engineer texts thirty minutes before he gets to you',
    'done the refund takes three to five working days anything else',
    // A negation before a new subject does not reach it (speech-to-text, no comma).
    "so it's not your kit i've booked an engineer for tomorrow between eight and one",
    'the nearest engineer can be with you in about forty minutes',
    'so ill call you back before 4 with news on the tablets',
    'the assisted collections team ringing you within five working days',
    // A hedge on an earlier clause of a run-on sentence.
    "it takes maybe an hour the docs have a step by step guide i'll email you the link in the next few minutes",
    // Sent, with when: out today, by text now.
    'lovely thats going out today is there anything else',
    'Done. Your documents will go in the post today.',
    'ok the code is coming to you by text now',
    "Yes, hold it, and I'll let you know by Saturday once I've seen the garage.",
    'ill ring you back before 3 oclock to tell you which',
  ])('counts %j', (text) => {
    expect(has(text, 'next-step')).toBe(true);
  });

  it.each([
    "it'll be eighteen a month from june",
    'the price will go up in april',
    "i'll take the call",
    'if anything changes, call us straight away and we will adjust it',
    'it will save you money next month',
    // How long a job lasts, or a process the customer starts.
    "it's a full screen assembly, eighty nine pounds fitted, and it takes about an hour",
    'You apply on the council website under van permits. It takes up to ten working days.',
    'the engineer came on tuesday and left the boiler running',
    "i haven't booked the engineer for tomorrow yet",
    'yes. send it within thirty days of the repair.',
    'the price has gone up by 4 percent this year',
    'is the water still coming through now?',
  ])('does not count %j', (text) => {
    expect(has(text, 'next-step')).toBe(false);
  });
});

describe('offers put conditionally or by name', () => {
  it.each([
    "if you move to our sim-only plan, it's eighteen a month",
    "we run a comeback programme with a trainer, six sessions, it's ninety pounds",
    "there is, it's called night drive",
    "we do, the fix 24, it locks your rate for two years",
    "there's our one-year fixed saver, which pays four point four percent",
    // An option put forward with its price, whatever it is called; "no worries" before it negates nothing.
    "no worries we can do a pixel eight screen today it's one hundred and nine pounds with genuine parts",
    'I can see two together in row D of the stalls at sixty-five each.',
    "We've got two that pair with your inverter: the PowerCell 5 at three thousand one hundred fitted.",
    // An upsell opened or suggested: "while I've got you", "you could take our", "do you want a sat nav".
    "While I've got you, I noticed you haven't got our dental add-on.",
    'For future rentals, you could take our Zero Excess cover.',
    'Do you want a sat nav for the week? It is six pounds a day.',
    "there is boiler only cover at sixteen pounds fifty a month",
    "Our Fibre 500 is twenty-nine a month on an eighteen-month deal.",
    "honestly you'd be better off on our globecash plus",
    'Before I cancel, I can drop you to our Four-a-Month plan.',
    "and while youre moving its worth adding our contents cover",
    // A product put to the customer as theirs to take, with its price.
    'you could join quickbite plus for three ninety nine a month free delivery on everything',
    'Then the Beginners Ten is the one for you: one evening a week, two hundred and forty pounds.',
    'The Vela 12 is our best seller right now, thirty-four a month with unlimited data.',
    "Ah, she'd love the Volt City then. It's fourteen ninety-nine.",
    // Suggested, as a trial, or as something else we do.
    "For that I'd suggest our Relocation Intensive: two lessons a week with the same tutor.",
    'so for you id suggest our ten kilowatt hour battery',
    "You'd be better on Auto-Supply: three every five weeks at fifteen percent off. Forty-nine eighty a delivery.",
    'theres a free thirty day trial on the movies pack if you want something to fill the gap',
    'oh and we do contact lenses as well if youve ever thought about trying them',
    // Named by what others like the customer take, or as one of ours there is.
    "A lot of supporters in your position move over to our weekly lottery instead. It's four pounds a month.",
    "Actually, for three days a week, there's our flexi season.",
    'Then our tyre cover\'s worth a look. Six pounds a month, covers all four tyres.',
    'rather than just moving your package over id put you on fibre five hundred its thirty four a month',
    "The seventy-five square foot unit is free, thirty-eight pounds a week, against the fifteen you're paying now.",
  ])('counts %j', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each([
    "if you move house, let us know the new address",
    'there is a fee of fifty pounds for the records',
    "we can't do a refund, it's forty pounds to rebook",
    "great and while i've got you is anything else playing up on the laptop",
    'you could get a local engineer in yourself and claim back up to one hundred pounds',
    "so you'd like the twenty-five percent discount from the end of August?",
    'yes we do that as well, it is in the app',
  ])('does not count %j', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });
});

it.each([
  "While I've got you, the vet said his teeth will need doing next year.",
  "i've got the insurance with you so i'm hoping it's covered",
  "there's a payment on the app for eighty quid at some shop i've never heard of",
])('does not take the customer\'s %j for an offer: offers come from the business side', (text) => {
  expect(has(text, 'offer', 'customer')).toBe(false);
});

it('reads an option named with its price, in answer to "is there anything with...", as an offer', () => {
  const a = analyse(['customer', 'Is there anything with a window? She likes to watch for the dolphins.'],
    ['agent', 'There is. A sea-view lounge seat is thirty-nine pounds for the two of you. Would you like me to add that?']);
  expect(a.turns[1].acts.map((x) => x.act)).toEqual(expect.arrayContaining(['offer', 'decision-ask']));
});

describe('buying interest put indirectly', () => {
  it.each([
    'what would the stain guard come to for it',
    'how much cheaper is the overnight rate, roughly?',
    "hmm that's a jump, what's in between",
    'is that something you do, the fixed tariff?',
    "my neighbour's on the faster fibre package and it reaches her shed",
    'should i open the fixed one now or wait',
    "i'm wondering whether there's a tariff that's cheaper for charging it overnight",
    'Are there any seats left near the front?',
    'Could I put my name down for the January one now, over the phone?',
    "I'm wondering whether a battery would make more sense.",
    'How long would a 10 take to pay for itself?',
    "is there an exit fee if it doesn't work out for us",
    'the place in town does a couples one for twenty five can you get anywhere near that',
    'Five a month is nothing compared with my staff sitting idle. How soon could it be on?',
    'Ha. So is it still on offer?',
    'Maybe. Does it come in the same sage?',
    "What's the overnight rate, roughly?",
    // Weighing what an option costs or does against another.
    'Actually, what about a cabin? Are they much extra?',
    'Our neighbours have the ones with the little remote. Are those a lot more?',
    'Ha, fair. But is there an off-peak price?',
    'Ooh. Does the foil one take any longer?',
    // Asking what there is, what it adds, how it is paid.
    "i'm due an upgrade so what have you got",
    "I was wondering what faster options you've got.",
    'The sofa thing is a real risk. What would that add to the renewal?',
    'Ooh. Can that be split at all, or is it all up front?',
    'and have you got the same dress in the navy in a size ten?',
    'while i think of it do you still do those wine boxes',
    'have you got any waterproofs in the sale',
    'oh that might do how would i go about getting a book of those',
    'Is there anything left near us for the same show?',
    "my granddaughter tells me i'm due an upgrade",
    'a chap at the golf club said you do an account with the travel insurance thrown in',
    'Is there anything with a window? She likes to watch for the dolphins.',
    'and can you add a booster seat?',
    'That stain guard you sell, is it worth having?',
    "we've got thirty people now and it can't keep up what would that cost",
    "Could she have her nails done while she's in, or is that extra?",
    'the album is that extra or not',
    "My neighbour's gone on a water meter. Would I save anything with one, living on my own?",
    "While I've got you, we're taking on four more apprentices in January. Does that change the price?",
  ])('hears %j', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(true);
  });

  it.each([
    'how much do i owe on the bill',
    "my neighbour's got the same problem with her line",
    'should i restart the router first',
    'are there any engineers available today to fix it',
    'is it much worse at night',
    'does the old one need to go back',
    "so what consumption have you got down for me?",
    "i'd like to know what evidence you've got",
    'what would the appeal need, a letter from the vet?',
    'is that extra bedroom the one with the damp patch',
    "we're taking on water through the kitchen ceiling",
    'Am I allowed to use the pool on my membership, or is that extra?',
  ])('does not hear %j', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(false);
  });
});

describe('price questions and expected steps in more wordings', () => {
  it.each([
    'what does the managed service cost?',
    'how much more would a colour model cost on the lease',
    "roughly what's the damage?",
    'i just wanted to know what your fees are like',
    'is there anything a bit cheaper with a decent camera',
    'could you email me the figures so i can show him',
  ])('hears buying interest in %j', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(true);
  });

  it.each([
    'it should update on the portal by tonight',
    'they usually reply within ten working days',
    'i can get her to ring you back tomorrow before twelve',
    "that's what i'm here for, speak to you within the hour",
  ])('counts %j as a next step', (text) => {
    expect(has(text, 'next-step')).toBe(true);
  });

  it.each(['it should be fine by tomorrow', 'they usually cost more in december'])('does not count %j as a next step', (text) => {
    expect(has(text, 'next-step')).toBe(false);
  });
});

describe('offers put as a question about the product, an incentive, or what others take', () => {
  it.each([
    "have you looked at our harbour plus membership? it's thirty-five a year",
    'are you on our smile care membership? most patients find it pays for itself',
    "if you switch today i'll waive the switch fee",
    "a lot of people add a glass protector and a case, it's fifteen pounds for both",
    'the delivery pass would save you on the delivery charges',
    // Advice that is the agent's own recommendation.
    "honestly what i'd do is move you onto go further it's twenty two a month",
    'Best thing for you right now is a three-year fix at six point one pence a unit.',
    'actually the family box might be perfect for you, four meals for four people',
    "For eight-year-olds starting out, I'd point you to our Keys Beginners group.",
    "We've also got Harvest Red coming off the line next week, if you want one on.",
    "the other thing you'll want is our excess cover it's twenty two a day",
    "If you want more data, there's the thirty gig at fifteen.",
  ])('counts %j', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each([
    'have you looked at the router lights?',
    'a lot of people get that error after the update',
    'The best thing is to have a look on our website, there is a calculator on there.',
    "what i'd do first is restart the router and wait two minutes",
    'that time might be good for you if you finish work at five',
    "the ten o'clock slot might be perfect for you if you finish at nine",
  ])('does not count %j', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });
});

describe('taking to what was put forward', () => {
  it.each([
    ['We also do a lifetime plan, where conditions stay covered every year.', 'Lifetime sounds better.'],
    ["There's our whole home wifi kit, it's five pounds a month.", "huh five a month that's less than i thought"],
    ['We have a pool suite for two hundred more a night.', "Oh, we'd love that."],
    ["There's our two-year fixed saver at three point nine percent.", "No, I'd rather know where I stand. Let's go with the fixed."],
    ['our duo plan is two full memberships on one account for fifty four pounds a month', 'oh right so that is less than what i pay now on my own'],
    // Still weighing it: not wanting to pay for nothing is no refusal.
    ['We do an anti-glare coating, it is forty-five pounds on top.', "Forty-five on top. Does it actually make much difference? I don't want to pay for something that turns out to be a gimmick."],
  ])('after %j hears interest in %j', (agent, customer) => {
    const a = analyse(['agent', agent], ['customer', customer]);
    expect(a.turns[1].acts.some((x) => x.act === 'buying-signal')).toBe(true);
  });

  it.each([
    ["Your bill this month is forty-two pounds.", 'And when is that taken?'],
    ["Your bill this month is forty-two pounds.", "That's a lot more than I expected."],
    // Taken up, or turned down in anger, after the ask: no interest shown.
    ["It's eight percent off, fixed for the year. Would you like me to switch you over today?", 'Eight percent off, and it stays fixed for the whole year? Yeah, go on, that sounds good.'],
    ["It's eight pounds a month and your food gets to you faster. Want me to sign you up?", "Are you serious? I've just told you my food came cold and late, and you want me to pay you eight quid a month for more of it? No."],
    ["With our care plan it's twenty percent off this week. Shall I add it?", "No. I'm not paying a penny, and I'm getting a bit fed up of being sold to. How do I make a claim?"],
    // Taking up the decision ask after a thought is the decision, and what it asks next is about the purchase made.
    [
      "How about our small box once a month? It's fourteen fifty a delivery. Want me to switch you to that?",
      "Once a month, on the week I'm back... yeah, actually, that would work. Can it be the last week of the month?",
    ],
  ])('after %j hears no interest in %j', (agent, customer) => {
    const a = analyse(['agent', agent], ['customer', customer]);
    expect(a.turns[1].acts.some((x) => x.act === 'buying-signal')).toBe(false);
  });
});

describe('options with a price said as pounds and pence, and the terms of a deal weighed', () => {
  it.each([
    "there's also the premium box for eleven forty-nine a week",
    "the simplest option is the annual plan, it's ninety-nine a year",
    "you'd need the contents add-on, it's about six fifty a month",
    'you could also move to the basic tier, which comes in at four ninety-nine',
    "there's a fourteen day free trial on the plus plan",
  ])('counts %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each([
    "you're paying twelve ninety-nine at the moment",
    'the engineer will be there at twelve thirty',
  ])('does not count %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });

  it.each([
    "sounds good but what's the catch",
    'is there a minimum term on that one',
    'how soon could we get it fitted',
    'I was hoping to see what I could switch to',
    'can you give me a rough idea of the cost',
  ])('counts %j as a buying signal', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(true);
  });

  it.each(['the catch on the gate is broken', 'how soon could the refund reach me'])('does not count %j as a buying signal', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(false);
  });
});

describe('asking which time or place suits is not a decision ask', () => {
  it.each(['and when would you like the pause to start from', 'Where would you like the parts sent?'])('%j asks a question, no decision', (text) => {
    expect(has(text, 'decision-ask')).toBe(false);
    expect(has(text, 'question')).toBe(true);
  });

  it.each(['Rolling monthly, cancel any time. Want me to move you over today?', 'Which would you rather have, the 5 or the 10? Would you like me to order it?'])('%j still asks for the decision', (text) => {
    expect(actsAfterInterest(text).some((a) => a.act === 'decision-ask')).toBe(true);
  });
});

describe('options put forward in more shapes, and interest in more words', () => {
  it.each([
    'we do have express cover at twelve pounds a month which gets someone out the same day',
    "honestly you'd be better on our off-peak pass, it's forty a month",
    'you can extend it to two years for another thirty pounds',
    'what a lot of people do is go monthly, its nineteen ninety nine',
    "there's the family room on the second floor at ninety a night",
    "there's also the sea view rooms, those are two hundred extra per person",
  ])('counts %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each(['we do have your meter reading from march', 'you can extend the warranty claim online'])('does not count %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });

  it.each([
    "I was wondering what deals you've got at the moment",
    'is that possible and would it cost more',
    'I wanted to ask about upgrading to the bigger box',
    'what does that work out to?',
  ])('counts %j as a buying signal', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(true);
  });
});

describe('what others take, a promotion, finance; interest in cost and in more', () => {
  it.each([
    'most families go for the premium lodge at ninety a night',
    'some couples add the evening buffet, its twelve pounds a head',
    'what I can do is pop you on our basic plan, four ninety-nine a month',
    'the big thing right now is our autumn promotion',
    'we can do finance over five years if that helps',
  ])('counts %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each(['most families go home before six', 'the promotion to manager came through for her'])('does not count %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });

  it.each([
    "I'm wondering what it'd cost to go up to the gold membership",
    'can you give me a ballpark figure for the extension',
    'can I put some more into the savings pot while you are there',
    'is there like a cheaper one I could get instead',
  ])('counts %j as a buying signal', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(true);
  });
});

describe('prices in figures, new products, steps sent out, apostrophes dropped', () => {
  it.each([
    // A price written in figures without its currency, as transcripts often give it.
    "Have you seen the new Orbit 40? It's 349 and it folds flat.",
    'If you went onto the yearly plan it drops to 18.50 a month.',
    "We've just launched a Saturday beginners' class, eight pounds a session.",
    'Something that might suit you better is the long-range battery.',
    'have you tried our gold membership yet',
  ])('counts %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each([
    "It's 4 minutes away from the station.",
    'The 150 people on the list get an email first.',
    'have you tried a different cable',
    "Your appointment's at 10.30 on Monday.",
    "Sure, it's 4471 0932.",
    'so that might suit you if you can wait',
  ])('does not count %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });

  it.each([
    'i can get a plumber out to you tomorrow morning',
    "I can get those to you by Wednesday.",
    "you're on the list for next tuesday first thing",
    'hell ring you twenty minutes before he gets there',
    'well do yours on friday morning',
    'A replacement would come next Wednesday on our own van.',
  ])('counts %j as a next step', (text) => {
    expect(has(text, 'next-step')).toBe(true);
  });

  it.each([
    // Only proposed: the question after it asks whether to go ahead.
    'I can get an engineer to you on Thursday morning. Shall I book that in?',
    'what the hell happened on friday',
    'well done on friday',
    'it would come to ninety pounds next month',
  ])('does not count %j as a next step', (text) => {
    expect(has(text, 'next-step')).toBe(false);
  });

  it.each([
    "What's it costing these days?",
    "I'd happily take a whole box of those.",
    "I've been eyeing up the big tent on your website.",
  ])('counts %j as a buying signal', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(true);
  });

  it.each(["What's it doing now?", "I've been looking at the bill and it's wrong.", "I'd happily take a refund instead."])('does not count %j as a buying signal', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(false);
  });
});

describe('buying interest in the terms of buying', () => {
  it.each([
    'Is there a contract on it? I do not want to be tied in.',
    'how long would we be locked in for',
    'Can I pay monthly? I cannot hand over four thousand at once.',
    'Is there any finance on it?',
    'Does it work with an iPhone?',
    'What does the gold package actually get you?',
    'Could you send me all of that in writing so I can show my husband?',
    'So what could I get for around thirty a month?',
    "My contract's up, so I thought I'd see what's out there.",
  ])('counts %j as a buying signal', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(true);
  });

  it.each([
    "I just need to know what's going on with my order.",
    'Was there a contract signed by the previous owner?',
    'Can you send me a copy of the complaint letter?',
    'will he be able to fix the lawn or is that extra',
  ])('does not count %j as a buying signal', (text) => {
    expect(has(text, 'buying-signal', 'customer')).toBe(false);
  });
});

describe('"what I can do is..." with a price, and remedies that sell nothing', () => {
  it.each([
    "What I can do is a pause. It's three pounds a month for up to two months.",
    'so what i can do for you is thirty percent off your next three boxes',
    "what i can do is our sealing service that's eighty pounds and it keeps them out",
    'well check the tyres for free while its up do you want the tracking done as well its twenty five pounds',
    // Named without an article, figures and all.
    "We've got Fibre 300 at thirty-one pounds a month on a two-year term.",
    "there's the orbit 15 pro at 42.99 if you want the bigger screen",
  ])('counts %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each([
    'What I can do is put half the room rate back on your card, which is forty-four pounds.',
    'What I can do is apply the bundle from last month, which brings the charges down to thirty pounds.',
    "We'll send you a replacement axle free of charge, it's a forty pound part.",
    'What I can do is move you onto the Saturday course instead, at no extra cost.',
  ])('does not count %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });
});

describe('a decision ask run on after a negated phrase, and interest in a price or in paying more', () => {
  it.each([
    // Speech-to-text runs "with no deposit" into the ask: the negation belongs to the phrase before.
    'i can keep the chalet for forty eight hours with no deposit would you like me to put that hold on',
    'you can cancel any time with no fee shall i book it in for you',
  ])('decision ask in %j', (text) => expect(actsAfterInterest(text).some((a) => a.act === 'decision-ask')).toBe(true));
  it.each(['what are you charging for a pallet of the cubes now', 'could i pay a bit more in each month to bring it up',
    'is the matching pattern book still in stock', 'could you do me a price on forty boxes', 'so the regas is that something you can add'])(
    'buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));
  it.each(["what are they charging me for, it's gone up again", 'could i pay it off by card'])(
    'no buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(false));
});

describe('money on its way back, said without a verb of doing', () => {
  it.each([
    'Back on your card within ten working days after we have inspected it.',
    "Refund's done, fourteen sixty back to your card in three to five days.",
    "Okay, I've put the refund through. It'll go back to the same card within five working days.",
    'once we have it the refund reaches your card within 7 working days',
    // What the process does next, or a booking confirmed, with its time.
    "it'll be reversed to your card within five to seven working days",
    'The claims team replies within ten working days.',
    "the replacement's dispatched within 2 working days once it's paid",
    'sixteen fifty will land in your account within five working days',
    'yes youll get it by text as well within the next minute',
    'done moved to tuesday the fourteenth anything else',
    "Lovely, that's you at eleven-fifteen on Saturday the nineteenth.",
    'morning rhys twenty bags done thatll come on the usual friday run',
  ])('next step in %j', (text) => expect(has(text, 'next-step')).toBe(true));
  it.each([
    'it went back to your card last week', 'the money goes back to your card',
    // Done now, not after the call; a charge waived.
    "Done, it's live straight away.", "the freeze fee's refunded and you're on a medical freeze",
  ])('no next step in %j', (text) => expect(has(text, 'next-step')).toBe(false));
});

describe('an option recommended for the customer, with its price', () => {
  it.each([
    'then you want the starter block ten hours for three hundred and forty pounds',
    "For a move like that, what you want is our intensive course. It's nine hundred and forty.",
    'i reckon youd want a seventy five square foot unit its eighty nine a month',
    "Then how about dropping to our small box once a month? It's fourteen fifty a delivery.",
    'i could do you the first month of platinum at forty five pounds',
    "What a lot of couples do is our Celebration package, two hundred and ten pounds for the two of you.",
    'we do the mesh pack two units five pounds a month added to your bill',
    'done you can also add the excess cover its 12 a day',
    // Without a price, a tempting question still puts the product forward.
    'And can I tempt you with our interval package?',
    'Right, the one you want is Night Saver. Your electricity is eight pence a unit overnight.',
    'The Outlook 2 fits your system. It is battery, a hundred and nineteen pounds.',
    'There are two options. The home whitening kit is two hundred and ninety-five.',
  ])('counts %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each([
    // Recommended without a price, or what the customer needs to do or bring.
    'you want the green button on the left',
    "you need the right ones before term starts, that's sixty pounds of uniform",
    'we do the repair free of charge, it would be a forty pound part',
    // The total of what was booked, a distance, a recommendation with no price.
    'So the new total is two hundred and nineteen.',
    'The depot is two hundred miles away.',
    'Your new total is two hundred and nineteen pounds.',
  ])('does not count %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });

  it('hears "want one in the same box" as the ask', () => {
    expect(has('we do the disc at nine pounds want one in the same box', 'decision-ask')).toBe(true);
    expect(has('i want one in the same box as the others', 'decision-ask')).toBe(false);
  });
});

describe('a plan, pass or package named with its price', () => {
  it.each([
    'One more thing: we have the Homeguard cover plan at eleven pounds a month. It covers parts and labour.',
    'the sports pass is six pounds a month and it gets you every match',
    'Roaming add-on, three pounds a day, and your allowance works as it does at home.',
    'if the spare room is still slow the booster pack is four pounds a month on a twelve month term',
    "Honestly, the family plan would suit you. It's twenty a month for both lines.",
    // Cover, a railcard, a guard or an upgrade sold the same way.
    'Our Zero Excess cover brings that down to nothing, and it is eleven euros a day.',
    'network railcard thirty five pounds a year a third off off peak after ten',
    "What most cafes go for is our Commercial Guard contract. It's forty-nine pounds a month.",
    'the garden ceremony upgrade at six hundred gets you the walled garden',
  ])('counts %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(true);
  });

  it.each([
    // What the customer has, owes or was just sold; a bare "the plan"; a payment plan; a verb "pass".
    "You're on the essentials plan at nineteen pounds a month.",
    'your membership went up to thirty-two pounds in March',
    "So that's the twin room with the breakfast package, ninety pounds a night.",
    'I can set up a payment plan of twenty pounds a month.',
    'we pass the old units to a charity, and the clearance is about three hundred pounds',
    'it is under warranty, but a call-out for noise is ninety pounds if no fault is found',
    'And is that the gold membership at forty a month?',
    // "cover" as a verb, or cover the customer already has or just took.
    "The vouchers cover the full ticket price, forty-one pounds twenty, so nothing's been held back.",
    'it doesnt cover them fully but the blood tests it includes would be about ninety pounds a year otherwise',
    'European Cover added, fifty-six pounds, payable at the desk when you pick up.',
    'your cover went up to twelve pounds a month this year',
    'so youve got our national cover at one hundred and twelve this year',
    'the buildings cover comes to eighteen forty a month from friday',
  ])('does not count %j as an offer', (text) => {
    expect(has(text, 'offer')).toBe(false);
  });
});

describe('another option put beside the first, or something more the business sells', () => {
  it.each([
    "The standard room is ninety a night. There's also the garden suite, with its own terrace.",
    'theres also a monthly pass if you come in more than twice a week',
    'we also do a matching pillow set if you want the full look',
  ])('counts %j as an offer', (text) => expect(has(text, 'offer')).toBe(true));
  it.each([
    "There's also a free leaflet on managing the move, I'll pop it in the post.",
    'we also have a hardship fund you could apply to',
  ])('does not count %j as an offer', (text) => expect(has(text, 'offer')).toBe(false));
  it('not when the customer says it', () => expect(has("there's also the garden suite, I saw it online", 'offer', 'customer')).toBe(false));
});

describe('a product asked after by its kind, or the size or price wanted', () => {
  it.each([
    'is there like a bundle or something i can add before i go',
    "Is there any sort of discount? I'm here every day.",
    'is there a card you do that doesnt charge for using it abroad',
    'can i move to something smaller now half of it is cleared',
    // The tag's negation does not reach the question after it (speech-to-text marks no break).
    'you do a dental add on dont you how much would that be',
  ])('buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));
  it.each([
    'is there any way to stop the letters coming',
    'i dont know how much it is',
    "is there a charge for the callout, it wasn't on the letter",
  ])('no buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(false));
});

describe('the customer turns down what was just offered', () => {
  const declined = (reply: string) => analyse(['agent', 'Our premium plan is twelve pounds a month. Shall I add it?'], ['customer', reply])
    .turns[1].acts.some((a) => a.act === 'offer-declined');
  it.each(['No, thank you.', "oh, no. I'm renting, I can't put cameras up", "I've said no, young man.", "nope im alright thanks", 'Are you seriously trying to sell me something now?'])(
    'declined in %j', (reply) => expect(declined(reply)).toBe(true));
  it.each(['No problem, go ahead.', "No, that's fine, add it.", "I'm fine with that.", 'Yes please.'])(
    'not declined in %j', (reply) => expect(declined(reply)).toBe(false));
  it('only after an offer or a decision ask', () => {
    const a = analyse(['agent', 'Your engineer comes on Tuesday.'], ['customer', 'No thanks, that day is no good.']);
    expect(a.turns[1].acts.some((x) => x.act === 'offer-declined')).toBe(false);
  });
});

describe('what comes next named bare, with its time', () => {
  it.each([
    'Done. Renewal papers by email today. Anything else?',
    'sorted new contract in your inbox in ten minutes anything else',
    'So, to sum up: the surveyor by Friday afternoon, and the written quote within five working days.',
    "Booked. Payment link's coming by text in two minutes.",
    'final statement in the post within fourteen days',
    "You'll also get a letter confirming the new rate within a week.",
  ])('next step in %j', (text) => expect(has(text, 'next-step')).toBe(true));
  it.each([
    // The customer's part as a condition or a deadline, a count of things, a benefit's terms.
    'If you send us the receipt within thirty days of the repair we can look again.',
    'Please sign the form today or the hours stay unpaid.',
    'It struggles with more than a thousand invoices in one go.',
    "The letter in March said we'd cover it.",
    "quote today's reference if you ring back",
  ])('no next step in %j', (text) => expect(has(text, 'next-step')).toBe(false));
});

describe('buying interest that is not, and a gift sent as no donation ask', () => {
  const customerHas = (text: string) => has(text, 'buying-signal', 'customer');
  it.each([
    "Hi, my flight was cancelled and I was told I'd get a refund within a week.",
    "Oh. So I'd get four hundred and ten back before the deductions?",
    "I want to take the sports pack off, the season's over.",
    "we're moving on the ninth and i want to take the broadband with us",
    'Yes, go on then, let\'s do it.',
  ])('reads the customer\'s %j as no buying signal', (text) => expect(customerHas(text)).toBe(false));
  it.each([
    "I'd like to take the bigger plan if it's only three pounds more.",
    'So I\'d buy one every four weeks at one forty-two?',
    "i'd get the faster one if it works in the new flat",
  ])('still reads the customer\'s %j as a buying signal', (text) => expect(customerHas(text)).toBe(true));
  it.each(['Give your mum my best, and enjoy the show!', 'Free on site, just give your registration at check-in.'])(
    'reads the agent\'s %j as no offer', (text) => expect(has(text, 'offer')).toBe(false));
  it('still reads a plea to give as an ask', () => expect(has('Please give your donation today, even two dollars helps.', 'offer')).toBe(true));
});

describe('a parting that recalls a call back, and asks that are tasks or indignation', () => {
  it.each(["Take care of yourself, Margaret. Speak to you on Friday.", 'youre welcome deborah speak tomorrow'])(
    'no next step in %j', (text) => expect(has(text, 'next-step')).toBe(false));
  it.each(["I'll speak to you on Friday once I've heard from the surveyor.", 'speak to you before five with the answer'])(
    'next step in %j', (text) => expect(has(text, 'next-step')).toBe(true));
  it.each([
    ['agent', 'Our care plan is twelve pounds a month. Would you be able to go and read the meter for me now?'],
    ['customer', 'You want me to pay extra to protect it from your own drivers? No thanks.'],
  ] as const)('no decision ask from the %s in %j', (role, text) => expect(has(text, 'decision-ask', role)).toBe(false));
  it('still reads "would you be able to commit to it today" after an offer as a decision ask', () =>
    expect(has('Our care plan is twelve pounds a month and covers repairs. Would you be able to commit to it today?', 'decision-ask')).toBe(true));
});

describe('what happens during the call, or how long a task lasts, is no next step', () => {
  it.each([
    "Let me check. Yes, one crew left on the twenty-eighth.",
    'the challenge form takes about five minutes',
    "Nothing to reset. The first charge takes about five hours, then it's back to normal.",
  ])('no next step in %j', (text) => expect(has(text, 'next-step')).toBe(false));
  it.each(['A decision normally takes about ten working days.', "Let me email that over to you tonight.",
    // Someone sent by name.
    'let me check the diary yes dave can be there at 8am tomorrow'])(
    'next step in %j', (text) => expect(has(text, 'next-step')).toBe(true));
});

describe('adding it later yourself is no offer', () => {
  it.each([
    'No problem, you can add it in the app before you go.',
    'yes the new card arrives in three days and you can add the new number to google pay tonight',
    "That's completely fair. You can add it any time in the first thirty days after delivery.",
  ])('no offer in %j', (text) => expect(has(text, 'offer')).toBe(false));
  it.each(['For another sixty-five you can add dinner for two in the restaurant on the Saturday.', 'you can add the europe pass its five pound a month'])(
    'offer in %j', (text) => expect(has(text, 'offer')).toBe(true));
});

describe('terms in the customer\'s favour answer a question about the contract', () => {
  it.each([
    "It's a rolling monthly plan, so there's no contract and you can change again any time.",
    'no exit fee on it either, it is a rolling contract',
  ])('benefit in %j', (text) => expect(has(text, 'benefit')).toBe(true));
  it.each(["I've got no idea what the contract says.", 'the contract ends in March', 'sorry but you can cancel any time before the fourteenth'])(
    'no benefit in %j', (text) => expect(has(text, 'benefit')).toBe(false));
});
