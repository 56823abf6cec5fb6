// Empathy that names the customer's situation, and the apologies that are sarcasm, refusals or lookups.
import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

describe('empathy naming the situation', () => {
  it.each([
    'a new baby and no heating, that must be a real worry',
    'changing banks is stressful enough without this happening',
    "oh that's annoying ok let's get it sorted",
    'I can hear how worried you are',
    "three weeks without a reply, that's not okay",
    "I know, it's far from ideal",
    "that's a nasty surprise, I'd be annoyed too",
    "i'm really sorry you've been left without hot water can i take your postcode",
  ])('recognises %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    "Oh I'm sooo sorry you had to wait, what a tragedy",
    'Sorry, the price is set by the system, I cannot change it.',
    'I can see it was delivered on Tuesday.',
    'I can see your account now',
    "it's not my department, sorry",
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });

  it("does not read a customer's own 'twice in a week is galling' as empathy", () => {
    expect(has('Twice in a week is a bit galling when you are waiting on the money.', 'empathy', 'customer')).toBe(false);
  });

  it("does not read a customer's own 'oh no' as empathy", () => {
    expect(has('Oh no. I gave them my PIN.', 'empathy', 'customer')).toBe(false);
  });
});

describe('naming the weight of the situation in other words', () => {
  it.each([
    'Eleven calls in a week on top of everything else, that is exhausting.',
    "oh that's not what you need when you're working",
    'A sync outage with a client deadline is a horrible combination, so let us move fast.',
    'That sounds like it was a really hard time for the business.',
    "It doesn't sound silly at all.",
    "I know it's not what you wanted to hear.",
    "that's a really natural thing to worry about",
    'you must be shattered after that queue',
    "you're welcome, i hope he's warm again soon",
    'Oh, poor Biscuit, and poor you.',
    "That's a lot to be holding while you keep him calm.",
    'Eleven hours with a back that is still recovering is a lot to ask of anyone.',
    'being down to your last two tablets would make anyone uneasy',
    'After waiting that long you must be so relieved.',
    "Oh, take a breath, you're not the first and you won't be the last.",
    "With a baby in a cold house, that's a priority, and we'll treat it as one.",
    'Three weeks of silence when you are waiting to hear would leave anyone uneasy, so let us find out.',
    "Ouch, that's a rough way to lose six weeks.",
    "I know, it's not a nice feeling finding that out after being loyal.",
    "That's a big jump, and I can see why it'd be unsettling.",
    "Of course you'd worry.",
    "Oh, shift changes are the worst, aren't they?",
    "Three cancellations with a test date looming, I'd be climbing the walls as well.",
    'Not at all. I hope the knee mends quickly.',
    "that's a fair worry if you're in all day",
    'a week of washing up by hand with a newborn is miserable, let me see what we can do',
    'Finding the flat double booked at the end of a long drive is really disorienting.',
    'That must have given you quite a fright when the alarm went off.',
    'of course you want those to work more than anything is everything on wifi',
    "I know, nobody likes opening a renewal with a jump like that.",
    'no one wants a surprise like that on their bill',
    "Not at all, it's an unsettling thing to happen to anyone.",
    'thank you for ringing us i know that cant have been an easy call to make',
    "Thank you for ringing, I know these calls aren't easy to make.",
    'okay thank you for ringing rather than sitting on it',
    "A green pool three days before the party, that's not the welcome home you wanted.",
    'a completion deadline with streaky pages is not what you need',
    "That's a big jump, and hardly what anyone wants landing on the doormat.",
    'of course you shouldnt have to be crawling under the stairs with your knees',
    "That's a really tough spot, Joanne, finding somewhere new in three months.",
    'Half an hour staring at a hedge, not how anyone wants to end their day.',
    "Forty minutes on hold on top of all this, I'm not surprised you gave up.",
    "That's a morning you didn't need, with a parent ringing on top of it.",
    "You're welcome. I hope his chest settles down soon.",
  ])('empathy in %j', (text) => expect(has(text, 'empathy')).toBe(true));

  // "a lot" of something is an amount; "it's not silly" without "at all" can be a correction.
  it.each(["it's not silly, it's the law", 'that is a lot of data for one month', 'that is a lot to pay for one month', 'you must be the account holder', 'do you have a baby or anyone vulnerable with no heating?', 'Take care of yourself, Anne. We will speak tomorrow.', 'the fence posts are rotten at the base, so it is wear and tear', 'Sorry, the line crackled there, was that a B or a D?', 'you need it to be switched on at the wall first', 'they work from the cabinet so nobody needs to be in',
    'Thank you for calling Harbour Energy, how can I help?', "I'm not sure what you need for that model.", "you don't need the adapter, it's in the box",
    "you shouldn't need the code, it's on the bill", "I'm not surprised by the reading, it matches last year"])('no empathy in %j', (text) =>
    expect(has(text, 'empathy')).toBe(false));
});

describe('judging what the customer went through, in words no list holds', () => {
  it.each([
    "that's a rotten welcome home to come back to",
    "Oh, that's a real knock when you'd saved up for it.",
    'two months of letters and no answer, thats a long haul to be going through',
    "I know, that's such a jolt with the wedding so close",
    "Oh Sue, that's a big jump to find on the mat with no warning",
    'three hundred pounds is a lot when it was meant for the boiler',
    'a fortnight of cold showers is no fun at all',
    "two weeks of that, no wonder you've had enough",
  ])('counts %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    "that's a leak on the mains pipe, I'll send someone",
    "that's a fair point with two kids at home",
    "that's a two-year contract with a fixed price",
    "that's a twenty pound fee for the callout",
    "is that a problem with the app?",
    "that's a question for the billing team",
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });
});

describe('a feeling reflected before a question run on in speech-to-text, and validation of what they went through', () => {
  it.each([
    'oh goodness that must have been frightening for you both is he hurt at all',
    "You shouldn't have had to ring us three times about it.",
    'you must have had a long cold night of it',
  ])('counts %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each(['do you feel frightened when it goes off?', 'should you have been charged for that?'])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });
});

describe('empathy that weighs the situation in plain words', () => {
  it.each([
    'that sounds really unsettling especially on stairs can i ask is this your first pair',
    'Oh gosh, stuck at Frankfurt with the desk closed, that must be so disorienting.',
    'Oh, being singled out like that must have felt awful.',
    'Three days without hot water is no fun, especially when it was only serviced in the spring.',
    "three resets and it's still offline that would wear anyone down let's get it sorted",
    "Three weeks to go and a bodice that still isn't right, I'd be on edge as well.",
    'with the kids in the back i wouldnt either well get you sorted',
    'two days left is far too close for comfort lets make sure she doesnt run out',
    "I know, it's a long wait on top of a long day.",
    "That's a whole morning gone, and a day's leave you don't get back.",
    "Please don't be embarrassed, it happens to a lot of people.",
    'Not at all, lots of people get caught out by it.',
    'no worries that catches loads of admins out',
    'Not daft at all, plenty of people stop printing when they retire.',
    "Thank you for telling me, I know that's not an easy call to make.",
    "That's fair, you don't want to be wondering about it halfway up a fell.",
    'Rotten timing, I know.',
  ])('recognises %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    "It's a long time since we last serviced it, so I'd book one.",
    'Is it a long wait for the engineer?',
    "That's a whole day of work on the quote, so it's a fixed fee.",
    'Would it be confusing to have two accounts?',
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });
});

describe('apologies that close the matter or mend the speaker\'s own slip', () => {
  it.each([
    "Sorry to hear that, but vans need a permit at all our sites.",
    "we're sorry for any inconvenience but once it's left our warehouse it's the courier's responsibility",
    "we don't do quotes for driver changes over the phone sorry that's how it's set up",
    "Sorry, yes! He'll drop it at your address when he's finished the Fenton job.",
    'ah sorry i got that wrong so you can still list and sell as normal',
    'oh sorry of course i can order it for you now',
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });

  it.each(["I'm so sorry to hear that, it must have been a horrible night.", 'Sorry to hear that. Three weeks is a long wait.'])('still counts %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });
});

describe('a circumstance of theirs judged hard: something going on, a stretch of time or a count as the subject', () => {
  it.each([
    'three nights with the baby up and no heating is rough, lets get someone out',
    'not hearing back for a fortnight is the worst part, I know',
    'waiting in all day for nobody is properly maddening',
    'sitting in your coats is no good lets get the heating back on first is the boiler light on',
    'honestly running a shop with the card machine down is a nightmare',
    'Twice in one month is poor, and I am sorry.',
    "finding out from a letter rather than from us isn't great",
    'packing up a house with two toddlers is no joke',
  ])('counts %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    // No circumstance of theirs: a rule, the speaker's own story, a clause, a question.
    'anything over the booked period is charged at the daily rate',
    'nothing on the account is missing',
    'going back home was terrible for me when I was young',
    'accepting that something is wrong is the hardest step',
    'my moving house is a nightmare at the minute',
    'is waiting the worst part for you?',
    // Said of the customer's circumstance but judged well or not at all.
    'waiting until Monday is fine by us',
    'two days is the usual turnaround',
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });

  it("does not read the customer's own judgement as the agent's empathy", () => {
    expect(has('three nights with no heating is rough on the kids', 'empathy', 'customer')).toBe(false);
  });
});
