// Questions in run-on, lower-case speech-to-text and indirect forms; and the statements that only look like them.
import { describe, expect, it } from 'vitest';
import { actsOf } from './helpers.js';

const asks = (text: string, role: 'agent' | 'customer' = 'agent') => actsOf(text, role).some((a) => a.act === 'question');

describe('questions in unpunctuated speech', () => {
  it.each([
    'brightfield energy this is sam how can i help',
    'yes i can sort that out for you today can i just take your postcode',
    'lovely could you read me the number on the meter',
    'understood did anybody else in the house get the letter',
    'okay great does it show a green light now',
    'right that helps have you tried turning it off at the wall',
    'oh really what does the gold plan include',
    "i've got three cards on the account can i freeze just one of them",
    'thanks for waiting what matters most to you in a new boiler',
    "i'd like to understand what you see when you open the app",
    'i need to find out how the payment was taken',
    "i'm on the tuesday class and i wanted to ask if i can switch to thursdays",
    "the lease ends in june but i wanted to ask what happens about a scratch on the door",
    'so just to confirm you move out on the ninth and you want the water account closed',
    "the refund's gone through you'll see it in three days anything else i can help with",
    'Date of birth please.',
    'account number',
    // Details asked for by naming them, or by saying they are needed; the other choice offered with "or is it".
    'and the first line of the address',
    "Thanks, Callum. And I'll need her full name and date of birth.",
    'before i look for a slot is it painful at all or is it just the sharp edge',
    'and while its being looked at does the fine go up or is it on hold',
    // Look like pseudo-clefts, but ask.
    'what happened was it the router or the line',
    'What happened was the engineer late?',
    'what happened to the parcel',
    'what worries you most about the move',
    // Asked after a statement in the same run.
    'running behind how far behind are we talking because i cannot be here after twelve',
    "hang on his account's being closed by the bank can it come to me instead",
    "so this one's an interim are you doing about the same mileage as before",
    "that's more than i pay is there anything cheaper",
    'thanks it is barred now roughly what time did it go missing',
    "before i cancel it is it the price that's the issue or the content",
    'it only affects the odd numbers are you an odd or an even number',
    // A request for a detail, alone or with a tail.
    'postcode',
    'tracking number',
    // A turn of two words naming its own kind of detail.
    'pitch number',
    'boat name',
    "card number when you're ready",
    'email on the account',
    // Several details in a row, or on the record they are kept on.
    'Surname and postcode.',
    'Make, model and registration.',
    'and the name and first line of the address',
    'Postcode on the membership.',
    'and the security answer',
    'Student ID.',
    // Run on from the greeting or a thank-you.
    'clearwater billing marcus speaking account number',
    "hi you're through to brightwave tech support jonas speaking what's going on",
    'policy number or postcode',
    'thank you and the address',
    'happy birthday to him though how old is he',
    'my spaniel used to clear every mug off the table with his is she drinking water ok',
    'more than anything is everything on wifi or is anything plugged in with a cable',
    'a grey stripe down the left and paper jams is that both at once or did the stripe start first',
    // A clause closed on its verb or an object pronoun, then a question; an indefinite subject; "are you" and a place.
    "we'll work with whatever you have can i start with where you're moving from",
    'so where the parcel is can you see that on your system',
    "no nothing's come through to me what's the problem",
    'a new password anything like that and has anything changed with your internet since yesterday',
    'that usually means something is blocking the port are you at home or on a public network',
    'we can have it ready for you after four is this the best number to get you on',
    // An indirect question run on from the greeting, or asked in other words.
    "hiya it's mrs adeyemi i put a repeat in on monday i just wanted to check if they're ready to collect",
    'oh hi yeah um im just calling to check if my sons inhaler prescription has come through',
    'and i was gonna ask if you do a block of lessons before the test',
    "I'd be interested in what that costs.",
    'And I wanted to ask roughly what a dental costs.',
    "I was wondering, actually, whether there's a card without the fee.",
    // What might be the matter, after a greeting; a choice put at the end; a repair; "which one" and its verb.
    "hey this is jonas at pingstack support what's up",
    'hi this is jonas at voltcycle support whats going on with the bike',
    "i've got thursday at four or saturday at nine fifteen which suits you better",
    'sorry i didnt catch the flat number',
    'ok um which one works out cheaper if im there three weeks',
    'batching sounds like work we dont have time for how quickly would team take effect',
    "i'm not surprised you've been so patient with us does that plan work for now",
    'rescue line this is aisha are you and everyone with you in a safe place right now',
    "Ha, that's what my mate said. Does the case have the wallet bit for cards?",
    // "what about" run on; "is there" with a hedge; "like" before an amount quotes nothing; wondering aloud.
    'tuesday works for me and what about the cost',
    "its like minus three out there so im kind of panicking a bit can you help me get it going",
    'shes there every day is there like a proper carers permit i could buy',
    'tuesday thats five days with no heating is there really nothing sooner',
    'okay and if its not in the car is there anywhere else it could have ended up',
    'and the fifteen quid is that definitely still charged even with a certificate',
    'I was just wondering why.',
    "we keep hitting the rate limit and i'm wondering what the options are",
    // A turn that is only a choice of two.
    'manual or automatic',
    'Cash or card.',
    // "what about" with the thing it asks about, after any filler.
    'okay got it and sorry what about the boiler thing',
    'thats less than i feared what about packing though',
    // The question announced as what the caller needs.
    'what i actually need to know is whether the policy covers a hotel',
    'my question is whether anyone checked the car when i dropped it off',
    // After "and", an auxiliary with a noun phrase for its subject.
    'fair enough and does the light on the router change when it happens',
    'ok good and is that charger fixed now because im going back that way',
    'no thank you just cancel it and can the last few issues go to my sisters instead',
    'thank you and was the claim for the knee surgery at the oakfield practice',
    // Mid-turn, once the clause before has its own verb: an auxiliary, a noun phrase and the state asked after.
    'the screen went off after the update is the charger still plugged in',
    'okay so it stops when you move rooms is the laptop on the same network',
    'i can see two orders on here are the blue ones already paid for',
    'it cut out again last night has the engineer been out yet',
    'we moved the meter in march were the readings all sent over',
    'i dont have the letter with me is the postcode any use',
    'the alarm goes off every night does the panel show a zone number',
    // "is that"/"was it" and at most two words ending the turn, after a clause that is not negated.
    'the photo shows a grey door with a plant pot next to it is that yours',
    'the socket is out in the hall behind the sofa is that bad',
    'a payment in lisbon at two am for sixty euros was that you',
    'so i send this one back and i pair the new one the same way is that it',
    'ive got shona free on wednesday at four for two hours is that any good',
    'oh god ive been getting headaches since the test is that normal',
  ])('hears a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'as soon as i can i will ring you back',
    'the software works out his tax and does his payslip so you dont have to',
    'put it in the app and do the same at the new house when you get in',
    'the van broke down and is the reason we were late today',
    "my neighbour can't get a signal either and neither can i",
    'people do it all the time',
    "i don't care what about it",
    'so do i',
    'he did it on purpose',
    "how shall i put it it's not great",
    'the light goes orange and then it comes back',
    'my account number is four four two one',
    // Two words that name a detail but are no request for one.
    'wrong number', 'my number',
    'it was stolen on the bus',
    'i know what happened',
    // Pseudo-clefts: the "what" clause is the subject of "was"/"is".
    'what happened was the engineer never turned up',
    'What helped me was talking to someone about it.',
    'what really worries me is the bill next month',
    'so what bugs me is nobody rang back',
    // An auxiliary after a noun phrase with no verb of its own is that phrase's verb; after a ranked phrase, a "what"
    // clause, an aside or a modal it goes on with the statement.
    'the kitchen wall is the old outside wall and its very thick',
    'i need the cards reprinted same as march the only change is the mobile number on the back',
    'this is the first time its been so bad',
    'right so the best one weve got at the moment is the brightfix twelve fixed for a year',
    'the problem we keep having is the heating going off at night',
    'the reason i ask is the boiler gets serviced in may',
    'they would just have the fitters come back on monday',
    'i go in and have my hair cut every month',
    'there was the van parked outside all morning',
    'my sister said it was that congested she turned back',
    'ill have the seats fitted before you get there',
    'its hard to explain you know is the way it works with these',
    'the man i spoke to yesterday was the manager on duty',
    // A final "is that"/"was it" after a negated clause is a rhetorical tag; after a subject, a manner, a hesitation or
    // an interjection it states or exclaims.
    'well that is no good to me is it',
    'thats hardly my fault is it',
    'so you let me run up the whole bill without a single text is that it',
    'no that is it thanks',
    'ours is that way too',
    'my mother was that way',
    'gosh was that wonderful',
    'what we are hoping is that uh',
    'i dont think the people back then were that different',
    'i think i had the flu then too or was that my brother',
    'one of the things that gets me about the buses is that often',
    // Statements these must not be mistaken for.
    'we can do it on friday',
    "the engineer said it can wait till monday",
    "i know there is a problem with the line",
    'the kids are playing upstairs',
    'that is it the price went up again',
    'i know what he did it for',
    'my postcode is the same',
    'i gave them my account number',
    'i sent it to the old delivery address',
    'the name and the address',
    "i don't know how old he is",
    'the problem is she never rings back',
    'all i know is it was working yesterday',
    "i don't know is is that really the only way or was that the easier way to tell us",
    'i rang on monday and i wanted to cancel it then',
    // A time after "this", an object pronoun after a verb of saying, a repair of one modal by another, a habit.
    'my instructor cancelled on me last night and my test was this morning so ive lost my slot',
    'people are always saying to me how do you stay thin',
    'people would come and say could would you come over and make lasagna',
    "i like to know where my money's going",
    "I'm ringing to find out what's happened to my order.",
    // "what's" embedded, or opening a clause that goes on; a relative "which"; a complaint, not a repair.
    "i know what's going on",
    'we get the local paper to see whats going on in our little community',
    "so by the end of the year what's going to happen is they'll all owe tax",
    'i went for the cheaper one which works fine',
    "i didn't get the letter you sent",
    // A quotation still quotes what was said; wanting to see if is the reason for the call.
    'she was like what are you doing here',
    'I need to see if we can move the date.',
    'more or less',
    'now or never',
    'manual or automatic I really do not mind',
  ])('hears no question in %j', (text) => {
    expect(asks(text, 'customer')).toBe(false);
  });

  it('keeps a question mark question whose words include "goes"', () => {
    expect(asks('so the router goes orange every evening?')).toBe(true);
  });

  it('still drops a quoted question inside a story', () => {
    expect(asks('and then she goes, what are you doing?', 'customer')).toBe(false);
  });
});

describe('questions run on at the end of a statement, and a quotation that is complete', () => {
  it.each([
    'ok the damp is round the back door where is it coming through',
    "and the refund for the tickets when's that",
    'right so the van was late when is the next slot',
  ])('finds a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    "that's the corner where the damp comes through",
    'you can pop in on monday when the branch is open',
    'the cheaper plan which is the one most people pick',
  ])('finds no question in %j', (text) => {
    expect(asks(text)).toBe(false);
  });

  it('asks after "I said no." in the same turn', () => {
    expect(asks('I said no. Can you just send the engineer on Tuesday?', 'customer')).toBe(true);
  });

  it('still treats a question after an open quotation as quoted', () => {
    expect(asks('and he said, uh, can you come back tomorrow', 'customer')).toBe(false);
  });
});

describe('questions after a time clause, "which" with its noun, and a clause ending on its copula', () => {
  it.each([
    'Before you go, could I ask what the other plan costs you?',
    'oh a cracked screen already which model is it',
    'thanks and which day are your bins normally collected',
    "let's see where it is can i take your reference number",
    "sorry it came out like that can i grab your postcode",
    "oh no we'll miss you can i ask what made you decide",
  ])('finds a question in %j', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'the grey one which is the cheapest',
    'the thing is can be quite dear',
    'and then you go, right, fine',
  ])('finds no question in %j', (text) => {
    expect(asks(text)).toBe(false);
  });
});

describe('a wh-phrase before its auxiliary mid-sentence, what can be done, and dialogue narrated without a break', () => {
  it.each([
    "i'll ring back so how much are we talking",
    'i rang them back so how long will it take',
    'thanks so what time does the depot open',
    'and today is that doable',
    'the screen cracked again is it fixable',
    "he goes it's failed on the brakes do you want a quote and i said i'd ring back so how much is that",
    'that sounds good actually how much more is it',
    'seven days and what am i meant to feed him in the meantime',
    'ok and am i still getting charged for delivery',
    'no we never did can you check it again',
  ])('finds a question in %j', (text) => {
    expect(asks(text, 'customer')).toBe(true);
  });

  it.each([
    'i know how long it takes',
    'and he has had it now for about, oh gosh, how long has it been, ten years',
    "he goes it's failed on the brakes do you want a quote and i said no",
    "i don't think i ever have i set it up last year",
    "that's where i am i just need it sorted",
  ])('finds no question in %j', (text) => {
    expect(asks(text, 'customer')).toBe(false);
  });
});

describe('a guess offered with a rising "?" answers; a guess about the listener, or one closed by a tag, checks', () => {
  it.each([
    'About two hours, I think? I would have to check the manual.',
    "Yes, she's in. The boiler's maybe eight years old? I couldn't swear to it.",
    'Probably the Tuesday before? It was definitely that week.',
  ])('finds no question in %j', (text) => {
    expect(asks(text, 'customer')).toBe(false);
  });

  it.each([
    "So you're probably on the older tariff?",
    'Probably the Tuesday before, right?',
    'So the engineer comes around nine?',
  ])('finds a question in %j', (text) => {
    expect(asks(text, 'customer')).toBe(true);
  });
});

describe('a question put after what it asks about', () => {
  it.each([
    'and if the code fails again what then',
    "i've kept the receipt and the march one what about that",
    'so they cancel it and then what',
  ])('finds a question in %j', (text) => {
    expect(asks(text, 'customer')).toBe(true);
  });

  it.each(["honestly i don't know what then", 'we could go for the blue or the red one'])('finds no question in %j', (text) => {
    expect(asks(text, 'customer')).toBe(false);
  });
});

describe('a follow-up that names only the thing asked about', () => {
  it.each(['okay and the twenty pounds', 'great and the numbing thing', 'right okay thanks and the ticket', 'lovely and the cot'])(
    'finds a question in %j', (text) => expect(asks(text, 'customer')).toBe(true));

  it.each(['and the kids', 'just me and the cat', 'okay and the kids are fine', 'we have two cats and the dog'])(
    'finds no question in %j', (text) => expect(asks(text, 'customer')).toBe(false));
});

describe('a "so ... yeah" check of what the speaker has understood', () => {
  it.each(['so i drop it off before twelve and collect it at four yeah', 'okay so if she books the ten it comes to thirty an hour yeah'])(
    'finds a question in %j', (text) => expect(asks(text, 'customer')).toBe(true));

  it.each(["so that's right yeah", 'i dropped it off before twelve yeah', 'So I drop it off before twelve, yeah.'])(
    'finds no question in %j', (text) => expect(asks(text, 'customer')).toBe(false));
});

describe('a question after a set lead-in ("while i\'ve got you"), run on without a comma', () => {
  it.each([
    'thursday thats good and while ive got you am i due another hearing test',
    'thats good and while ive got you can you check the direct debit date',
    'while ive got you is my boiler due a service',
    "while i'm on, can you check my address",
    'before i forget do you need the serial number',
  ])('a question in %j', (text) => expect(asks(text, 'customer')).toBe(true));
  it.each(["i'll do it now while i've got you on the line", 'while ive got you on the phone i wanted to say thanks'])(
    'no question in %j', (text) => expect(asks(text, 'customer')).toBe(false));
});
