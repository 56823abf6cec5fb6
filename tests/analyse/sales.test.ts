import { describe, expect, it } from 'vitest';
import { actsAfterInterest, actsOf, analyse, has } from './helpers.js';

describe('sales acts', () => {
  it.each(['how much is the premium plan', 'do you have a family plan', "I'd like to upgrade", 'is there a cheaper plan', "what's the price of the router",
    // Shopping for something that suits.
    "is there a card with you that doesn't charge these fees abroad?", "I'm running out of room. Have you got anything bigger?",
    'Is the annual plan actually cheaper?', 'whats the cheapest new phone you could do me'])(
    'buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));

  it.each(['take two a day with food', "it's two hundred miles from here", "that's two hundred years old"])(
    'no price in %j', (text) => expect(actsOf(text).some((a) => a.act === 'benefit' && 'price' in a && a.price === true)).toBe(false));

  it.each(['I can offer you a discount', 'we have a plan that includes calls abroad', 'would you be interested in fibre', 'I could upgrade you to the faster tier'])(
    'offer in %j', (text) => expect(has(text, 'offer')).toBe(true));

  it.each([
    ["it's $20 a month", true],
    ['it is 15 dollars per month', true],
    // Figures said in words: per unit sold, and hundreds said as the price.
    ['weve got one at thirty five a day', true],
    ["it's forty five for the room and stops this happening again", true],
    ["We also do the HomeLoop Plus, that's two hundred and ten.", true],
    ["you'd get twice the speed", false],
    ['that saves you the installation visit', false],
  ] as const)('benefit in %j (price %s)', (text, price) => {
    const b = actsOf(text).find((a) => a.act === 'benefit');
    expect(b).toBeDefined();
    expect(b && 'price' in b && b.price === true).toBe(price);
  });

  it.each([
    'shall I set that up for you?', 'would you like to go ahead', 'do you want me to add it',
    // Offering to do it, whatever the verb.
    'so shall i pop the care plan on for you', 'Shall I move you across to the lodge?', 'want me to start it on the phone instead',
    'no worries so shall i lock in the five year for you today', 'would you like me to extend it to six months',
    // The offer put at the end of its sentence, and a decision asked for by a time.
    'we can deliver it to your door for four ninety nine saves you coming back do you want that',
    'Cabins are forty-five pounds for an inside two-berth. Do you want one?', 'they are three each, would you like them?',
    'I can pencil in Monday and Tuesday. Can you let me know by five on Friday whether you want them?',
  ])('decision ask in %j', (text) => expect(actsAfterInterest(text).some((a) => a.act === 'decision-ask')).toBe(true));

  it.each(["is there a way to stop it charging me twice", 'Have you got one of the forms?', "is the engineer actually coming"])(
    'no buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(false));

  it.each(['Can I upgrade to the lifetime policy so it keeps going?', 'is that something you can sort', 'Yes. Yes, let\'s do it.'])(
    'no decision ask from the customer in %j', (text) => expect(has(text, 'decision-ask', 'customer')).toBe(false));

  it.each([
    // Steps of serving the call are not a sale to decide on.
    'shall i check that for you', 'would you like me to go over it again', 'do you want me to explain the charges',
    'shall I transfer you to billing', 'want me to spell that', 'shall i just confirm the address',
    "Let's get you sorted. Can I start with your policy number?", 'Would you like the details on that?',
    'i have an engineer free tomorrow between eight and twelve would you like that slot', 'Do you want me to log a complaint?',
    // How, not whether; and an option left with the customer rather than asked.
    'do you want it delivered or collected', "there's a basic tier at fourteen a month if you want it",
  ])('no decision ask in %j', (text) => expect(actsAfterInterest(text).some((a) => a.act === 'decision-ask')).toBe(false));

  it.each([
    ["I'll email you the quote today", 'today'],
    ["you'll get a confirmation within 24 hours", 'within 24 hours'],
    ["I've booked a technician for Tuesday", 'tuesday'],
    ["I'll call you back tomorrow", 'tomorrow'],
    // The thing itself will arrive or show, with its time; ranges of days; a call back fixed in time.
    ['The refund will be back in your account within three working days.', 'within three working days'],
    ['done new card arrives in five to seven working days', 'in five to seven working days'],
    ['The credit will show on your next bill on the fifth.', 'on the fifth'],
    ["you'll get a text the evening before with a two-hour window", 'the evening before'],
    ['speak to you before five, Ben.', 'before five'],
    ["the plan starts on your next bill and you'll get the new terms by email in the next hour", 'in the next hour'],
    ['a confirmation letter will reach you within seven days', 'within seven days'],
    ['the driver will collect the old one on friday', 'on friday'],
    ["I'm sending it to the specialist team today", 'today'],
    ["I'll hold this price for you until Friday", 'friday'],
    ["it'll be ready for you in about twenty minutes", 'in about twenty minutes'],
    ["yeah go on, I'll pop in after work tomorrow", 'after work tomorrow'],
    ['ill text you the tracking in the next half hour', 'in the next half hour'],
    ["they'll phone you by midday tomorrow to agree a time", 'by midday tomorrow'],
    ["the estimate is that it's fixed by six this evening", 'by six'],
    ['take care bernard speak to you at half six', 'at half six'],
    ["I've got a slot with the nurse at ten this morning", 'at ten'],
    // The process's own next step, and a booking confirmed.
    ['Refunds are paid within twenty eight days of us receiving the ticket.', 'within twenty eight days'],
    ["Lovely, I've put you in for Friday at two.", 'friday'],
    // The confirmation named bare, and a promise carried on by "and".
    ['Done. Moved to Tuesday the eighteenth. Confirmation will be emailed within the hour.', 'within the hour'],
    ["Done. Updated confirmation's on its way by email, should be with you in five minutes.", 'in five minutes'],
    ['Done. Confirmation email in the next few minutes. Anything else?', 'in the next few minutes'],
    ["I'll speak to them this morning and ring you back by four o'clock today.", "by four o'clock today"],
    ['done thatll be with you thursday by royal mail', 'thursday'],
  ])('next step in %j with time %j', (text, when) => {
    expect(actsOf(text).find((a) => a.act === 'next-step')).toMatchObject({ when });
  });

  it.each(['I paid the bill last week', 'my router is broken', "I'm not interested"])('no sales act in %j', (text) => {
    const acts = actsOf(text, 'customer').map((a) => a.act);
    for (const name of ['buying-signal', 'offer', 'decision-ask', 'benefit'] as const) expect(acts).not.toContain(name);
  });
});

describe('sales acts: harder cases', () => {
  it.each(['We also do a home insurance add-on.', 'We also have a movies bundle.', 'Our Fibre 500 plan would stop the buffering',
    'you can move to our 500 meg plan for the same price'])(
    'offer in %j', (text) => expect(has(text, 'offer')).toBe(true));
  it.each(["So I suggest the right option, what's making you want to upgrade?", 'let me check that for you', "I'll send a replacement today"])(
    'no offer in %j', (text) => expect(has(text, 'offer')).toBe(false));
  it.each(['Do you sell anything that would boost it upstairs?', 'is there anything cheaper', 'is there a version with more storage'])(
    'buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));
  it.each(['Can I get some money back for the days without service?', 'can i get a refund'])('no buying signal in %j', (text) =>
    expect(has(text, 'buying-signal', 'customer')).toBe(false));
  it('reads a price in words and "Want me to add it?"', () => {
    const acts = actsOf('It covers accidental damage and theft for four pounds a month. Want me to add it?');
    expect(acts.find((a) => a.act === 'benefit')).toMatchObject({ price: true });
    expect(acts.some((a) => a.act === 'decision-ask')).toBe(true);
  });
  it.each(["You'll have to call back another day.", 'the engineer will test it', "I'll book an engineer",
    'sorry to hear that crime reference number', 'the card will arrive', 'talk to you later', "I've just opened my bill today",
    'the reference is sky seven seven three'])('no next step in %j', (text) =>
    expect(has(text, 'next-step')).toBe(false));
});

describe('sales acts however the product is called', () => {
  // An option put forward with its price is an offer; a question about what was just offered is interest in it.
  it.each([
    "there's a two-year fix at nineteen pence a unit with no exit fee",
    'honestly the Pro model is worth a look, it is 120 pounds',
    'our premium cover takes the excess to zero and it is six euros a day',
    'the garden centre do a winter version too at thirty pounds',
  ])('offer in %j', (text) => expect(has(text, 'offer')).toBe(true));

  it.each([
    'the repair is ninety pounds and takes a week',
    "there's a fee of ten pounds for a paper copy",
  ])('no offer in %j (a price without an option put forward, or a charge)', (text) => expect(has(text, 'offer')).toBe(false));

  it.each([
    'i was wondering what my options are',
    'what sort of rate would you give me on twenty thousand',
    "I'd like a few quotes to compare",
    'have you got them in black',
    'does the bigger one come in white',
    'would adding a second driver bring it down',
    'does that include the lessons',
    'how quickly would the new plan kick in',
    "I'm thinking about going back to study",
    // "Fine" as in all right is no penalty owed.
    'fine tomorrow at twelve and can i get the beard trim added how much is that',
    'fine and um how much would it be for like a block of ten lessons',
    'can my girlfriend get her own card on my account whats that cost',
  ])('buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));

  it.each([
    "I was told there's a fee. Could you tell me how much it is?",
    'how much is the charge on my bill for March',
    'I got a parking fine at the hospital, how much is it?',
  ])('no buying signal in %j (money owed)', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(false));

  it('reads a question about what was just offered as interest, and a refusal as none', () => {
    const offer = ['agent', "there's an unlimited add-on at seven pounds a month"] as const;
    const interested = analyse([...offer], ['customer', 'and can I turn it off when I get home?']);
    expect(interested.turns[1].acts.map((a) => a.act)).toContain('buying-signal');
    const refused = analyse([...offer], ['customer', 'are you seriously selling me that? no thank you. when is my refund coming?']);
    expect(refused.turns[1].acts.map((a) => a.act)).not.toContain('buying-signal');
  });
});

describe('offers and interest across sentences and wordings', () => {
  it.each([
    'Fine. There is the Voyager card. No foreign fees, six pounds a month.',
    "we've got an off-peak membership at twenty-nine a month",
    'if you add our care plan for forty nine quid you are covered for five years',
    "I'd put you on our Fibre 500 and TV package. It's forty-four pounds a month all in.",
  ])('offer in %j', (text) => expect(has(text, 'offer')).toBe(true));

  it.each([
    'do you lot do boiler cover or anything like that',
    'I wondered whether you sell the malaria tablets',
    "hi im looking at the seven kilo washing machine on your site",
    'How does that compare with moving up to the bigger plan?',
    'Do you have a card that does not charge a foreign transaction fee?',
    // Where the call began: shopping before a product is named.
    'hi um i was looking at your spanish evening classes for like september',
    "my contract ends next week and i wanted to see about upgrading my phone",
    "i got a text saying i'm due an upgrade so i wanted to see what i could get",
  ])('buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));

  it.each([
    'i was looking at my app last night and there were three payments i never made',
    "i'm ringing to ask about the charge on my statement",
  ])('no buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(false));

  it('reads liking what was just offered as interest', () => {
    const a = analyse(['agent', "there's a TV bundle at fifteen pounds a month"], ['customer', 'so that would save me nine pounds a month? that sounds really good']);
    expect(a.turns[1].acts.map((x) => x.act)).toContain('buying-signal');
    const b = analyse(['agent', "I've reset the router for you"], ['customer', 'that sounds really good thanks']);
    expect(b.turns[1].acts.map((x) => x.act)).not.toContain('buying-signal');
  });
});

describe('a step asked about is not a step taken', () => {
  it('reads "so they\'ll ring me by Friday?" as a check, and "I\'ll call you tomorrow, is that ok?" as a step', () => {
    expect(has("So you're passing it back and they'll ring me by Friday?", 'next-step', 'customer')).toBe(false);
    expect(has("I'll call you back tomorrow morning, is that ok?", 'next-step')).toBe(true);
  });
});

describe('more wordings of offers and interest', () => {
  it.each([
    "I'd add screen and damage cover: seven pounds a month.",
    'I can add a pass for the lounge in your terminal: thirty-five euros.',
    "we've also got the matching pillowcases at half price",
  ])('offer in %j', (text) => expect(has(text, 'offer')).toBe(true));
  it("reads a remedy as no offer: 'what I can do is apply the bundle retrospectively'", () =>
    expect(has('What I can do is apply the travel bundle retrospectively, which brings the charges down to thirty pounds.', 'offer')).toBe(false));
  it.each([
    "I wanted to know what it'll cost me to use my phone out there",
    'is there some kind of cover i could get for my boiler',
    'How do I pay for that?',
    'that refresher sounds like exactly what I need',
    'would that be pro-rated if we switched mid-month',
  ])('buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));
});

describe('next steps said in other words, and times that belong to something else', () => {
  const step = (text: string, role: 'agent' | 'customer' = 'agent') => has(text, 'next-step', role);
  it.each([
    'Let me have a word with the events manager, and one of us will come back to you by Friday with the details.',
    'The refund of £190 will be back on your card in three to five working days.',
    'no worries the hire bikes ready from four today so you can grab it on your way home',
    'saturday booked seven till one you get a text the evening before with a two hour window',
  ])('reads %j as a next step', (text) => {
    expect(step(text)).toBe(true);
  });

  it.each([
    'I can ring the vet this afternoon.',
    'right well ill be writing to them tonight',
    'no i\'ll put the claim form in tonight then',
    'i suppose not i\'ll run a heater round to her tonight',
    "Fine, I'll go and pick it up tomorrow after work.",
    "Okay, I'll have a read of it tonight.",
    'yes please i can be there in about half an hour',
    'yeah ill dig it out tonight and send it over',
    "That's a decent saving. I'll have a proper look at it tonight.",
    'brilliant ill go through it with him tonight',
    "Send me the details and I'll look at them this evening.",
  ])('reads the customer\'s own %j as a next step', (text) => {
    expect(step(text, 'customer')).toBe(true);
  });

  // What the customer did or was told is part of their story, not a step they promise.
  it.each([
    "Hi, I've booked two nights in York next month and wanted to add parking.",
    "I've had an email saying it's ready to collect tomorrow, but I need it on Saturday.",
    'Will it be ready for Saturday? The fair starts at ten.',
    "i've reset it twice already this morning",
    "I'll tell you what, I'll see how I feel when I'm in the shop.",
    "Eight-forty. Right. Well, I'll believe it when I'm in the chair.",
    'No, I will see you tomorrow. Thank you.',
    "No, I'll ask at the desk when I'm back, I suppose.",
  ])('does not read the customer\'s %j as a next step', (text) => {
    expect(step(text, 'customer')).toBe(false);
  });

  it.each([
    "The part's due in on Friday, and we'd fit it the same day.",
    'Refunds go back to your card within fourteen days of the cancellation.',
    "Lovely, you're booked in for ten tomorrow, and the confirmation's on its way.",
    'Both will come on the same van on Thursday.',
    "It's paid back to your card within fourteen days of us getting it.",
    'Kev will take photos, and we\'ll send a plasterer within a fortnight.',
    'the manager will go through it all with you when she rings this afternoon',
    'can you email the forms over by friday and ill send the booking confirmation in the next ten minutes',
  ])('reads the agent\'s %j as a next step', (text) => {
    expect(step(text)).toBe(true);
  });

  it("does not lend an earlier sentence's time to a promise with none", () => {
    expect(step("Losing her this week is a lot. I'll keep it as simple as I can.")).toBe(false);
  });
});

describe('times said relative to the step', () => {
  it.each([
    'Booked for Tuesday. The engineer will text you that morning with a time.',
    "Wednesday nine till twelve it is. He'll text you when he's on his way.",
    'The engineer will text your tenant thirty minutes before arriving.',
  ])('reads %j as a next step', (text) => {
    expect(has(text, 'next-step')).toBe(true);
  });

  it.each([
    'replacements go out thursday with the carrier',
    'Once it is uploaded the reprint goes into the queue and ships within two working days.',
    "he'll be back on your street this thursday",
    "she's done the hem and she'll have it back here thursday morning",
    'the fitters will be there thursday after four to swap it',
  ])('reads the thing or the person sent with its time in %j as a next step', (text) => {
    expect(has(text, 'next-step')).toBe(true);
  });

  it.each([
    'the shed comes on our own lorry its booked for thursday the eleventh between eight and one',
    "Yes, so the engineer's booked for tomorrow, Wednesday, between eight and twelve.",
    "Lovely, that's booked, Biscuit with Mr Adeyemi tomorrow at eleven ten.",
    'thursday at four fifteen lovely ive popped you in with sian',
    "I've applied it, it'll come off your January bill.",
    'he can be with you in about fifteen to twenty minutes',
    'right fittings are on todays van should be with you before two',
    "Done. Confirmation email's coming in the next few minutes.",
    "That's thirty-four on the card, and both go out today, arriving by Wednesday.",
    'Your next Everyday Six goes out on the tenth to Larkhall Terrace.',
  ])('reads a booking, a round or a delivery with its time in %j as a next step', (text) => {
    expect(has(text, 'next-step')).toBe(true);
  });

  it.each(["the prices go up in april", "he'll be there for you whatever happens", 'they ship from our warehouse',
    // A hope is no commitment.
    "Hopefully it'll be on tomorrow's round.", "maybe i'll ring you tomorrow if i get a minute",
    // Booked without a time.
    "it's booked, don't worry"])(
    'reads no next step in %j', (text) => expect(has(text, 'next-step')).toBe(false));

  it('does not read "sitting ready by the door for two hours" as a step', () => {
    expect(has('Sitting ready by the door for two hours is frightening for him.', 'next-step')).toBe(false);
  });
});

describe('steps with the times people give, and shopping in plain words', () => {
  it.each([
    ['ill put the paying in slip in the post for you this week', 'this week'],
    ['thats all ordered and itll be with you by thursday', 'by thursday'],
    ["I've got Mo out your way on Wednesday, he can come between one and three.", 'between one and three'],
    ['the refunds gone through and its back on your card in three to five working days', 'in three to five working days'],
    ["I'll text you as I leave the yard, around quarter to eight.", 'around quarter to eight'],
    ["You'll get an email once it's approved, normally within a couple of hours.", 'within a couple of hours'],
  ])('next step in %j with time %j', (text, when) => {
    expect(actsOf(text).find((a) => a.act === 'next-step')).toMatchObject({ when });
  });

  it.each([
    ["Lovely, I'll upload the gas bill at lunchtime.", 'at lunchtime'],
    ['ill ring you the first week of march to book a slot then', 'first week of march'],
  ])("reads the customer's %j as a step with time %j", (text, when) => {
    expect(actsOf(text, 'customer').find((a) => a.act === 'next-step')).toMatchObject({ when });
  });

  it('reads "the technician rings when he\'s leaving" as a step, and "the wedding rings" as none', () => {
    expect(actsOf('between two and six today the technician rings when he leaves the job before').find((a) => a.act === 'next-step')).toMatchObject({ when: 'between two and six' });
    expect(has('So the wedding rings never made it off the flight on Saturday.', 'next-step')).toBe(false);
  });

  it.each(['i was ill last week and ill again today', "Nobody can say where rates will be in June.", "Lisbon's gorgeous in may, you'll have a lovely time"])(
    'reads no next step in %j', (text) => expect(has(text, 'next-step')).toBe(false));

  it.each([
    "Hello, I'm after guitar lessons for my son.",
    'I saw you do pottery classes?',
    'What sort of thing do you offer for beginners?',
    'i was wondering what it costs to put an advert on your station',
    "Any idea what that's going for?",
    'What rate would I get with you?',
    "I'm just trying to get a feel for prices.",
    'i wanted to see about an upgrade',
    'we should look at doing the attic this year',
    "i don't mind paying a bit extra if it comes tomorrow",
    "I'd be tempted, honestly.",
    "I'd like to hire a trailer for the weekend.",
  ])('buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));

  it.each(["I'm after a refund for the missed session", "i'm after my parcel", "it's tempting to just cancel the lot"])(
    'no buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(false));

  it('reads warming to a price as interest, and thanks for a kindness as none', () => {
    const offer = ['agent', "there's the family plan at thirty-two a month for all four of you"] as const;
    expect(analyse([...offer], ['customer', "oh that's actually pretty decent"]).turns[1].acts.map((x) => x.act)).toContain('buying-signal');
    expect(analyse([...offer], ['customer', "that's decent of you, thanks"]).turns[1].acts.map((x) => x.act)).not.toContain('buying-signal');
  });
});

describe('products put forward in more ways', () => {
  it.each([
    'theres the kestrel estate at three hundred and seventy nine its a bit plainer inside',
    'Our three-year cover is 149 one-off, parts and labour.',
    "Then I'd point you at the Harlow desk chair. It's 329 each.",
    'the compact model would tick all of that its two hundred and nine a month',
    'I carry spare filters on the van, twelve pounds each.',
    'we hire out a loan mower for twenty pounds a day',
  ])('offer in %j', (text) => expect(has(text, 'offer')).toBe(true));

  it.each(['the code is 4471', 'your reference is 2231, thanks', 'your flat is 302'])('reads no price in %j', (text) =>
    expect(has(text, 'benefit')).toBe(false));

  it.each([
    "I'm looking to replace about a dozen chairs.",
    'The matching lamp, is that still available?',
    'whats the actual difference apart from the colour',
    'could we swap to the firmer one is that the same price',
  ])('buying signal in %j', (text) => expect(has(text, 'buying-signal', 'customer')).toBe(true));

  it.each(["I'm looking to cancel the lot", "what's the difference it makes to my bill"])('no buying signal in %j', (text) =>
    expect(has(text, 'buying-signal', 'customer')).toBe(false));
});

describe('a decision ask is about a sale', () => {
  const asks = (...turns: Array<['agent' | 'customer', string]>) => analyse(...turns).turns.at(-1)?.acts.some((a) => a.act === 'decision-ask');
  it.each([
    ['a pause with nothing for sale', [['customer', 'I need to stop my monthly gift for a while, money is tight'], ['agent', 'so shall i put the pause on for you']]],
    ['a proof sent before a free reprint', [['customer', 'the cover photo was cropped badly'], ['agent', "I'm reprinting it at no charge. Would you like me to email you a proof first?"]]],
    ['a booking for a repair under guarantee', [['customer', 'the chain on the blind has snapped'], ['agent', "It's under guarantee, so shall I book an engineer in for you?"]]],
  ] as const)('no decision ask in %s', (_what, turns) => expect(asks(...turns)).toBe(false));
  it.each([
    ['after an offer earlier in the call', [['agent', 'We also do a premium plan at twelve pounds a month.'], ['customer', 'right'], ['agent', 'shall i set that up for you?']]],
    ['with its price in the same turn', [['customer', 'the chain on the blind has snapped'], ['agent', "The motorised one is ninety pounds fitted. Shall I book that in for you?"]]],
    ['naming the commitment', [['customer', 'the chain on the blind has snapped'], ['agent', 'Shall I add the stain guard while I am at it?']]],
    ['a donation asked for outright', [['agent', 'Would you like to donate to the appeal today?']]],
  ] as const)('decision ask %s', (_what, turns) => expect(asks(...turns)).toBe(true));
});

describe('a decision ask said tersely', () => {
  it.each(['Forward-facing seat then. Nine pounds a day, capped at forty-five. Add it?', 'One-way fee to the airport is forty pounds. Want it added?',
    "Twenty quid on a card and it's yours till Friday. Want to?", 'cowl with bird guard is 65 fitted he can do it on the same visit want it'])(
    'decision ask in %j', (text) => expect(actsAfterInterest(text).some((a) => a.act === 'decision-ask')).toBe(true));
  it.each(["Two rolls in stock, forty-eight each, I'll add them.", "Of course, I'll note that you might want it.", 'The customer said she does not want it.'])(
    'no decision ask in %j', (text) => expect(actsAfterInterest(text).some((a) => a.act === 'decision-ask')).toBe(false));
});

describe('saying yes to a decision ask is the decision, not buying interest', () => {
  const signals = (...turns: Array<['agent' | 'customer', string]>) => analyse(...turns).turns.at(-1)?.acts.some((a) => a.act === 'buying-signal');
  const ask: ['agent', string] = ['agent', 'The lounge is fourteen pounds each, with reclining seats mid-ship. Shall I add it for you both?'];
  it.each(['Yes, go on. When can it come?', 'Go on then, yeah. Will they look at the tooth as well, though?', 'yes please how quickly would the money come through'])(
    'no buying signal in %j', (text) => expect(signals(ask, ['customer', text])).toBe(false));
  it.each(['That sounds really good actually. Can you email me the details so I can look at it with my wife first?', 'Is it quieter than the main deck?'])(
    'still a buying signal in %j', (text) => expect(signals(ask, ['customer', text])).toBe(true));
});
