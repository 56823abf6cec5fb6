// Feelings told the way people tell them: idioms of alarm and dismay, money that will not stretch, set sarcasm, and
// the denied feeling that leaves only mild confusion ("I'm not cross, I'm just puzzled"), which graders do not count.
import { describe, expect, it } from 'vitest';
import { actsOf, has } from './helpers.js';

const emotions = (text: string) => actsOf(text, 'customer').flatMap((a) => (a.act === 'customer-emotion' ? [a.polarity] : []));

describe('alarm and dismay in idiom', () => {
  it.each([
    "It's gone up to five hundred and forty. I nearly dropped my tea.",
    "it's been dropping five times a day and i'm kind of at the end of my rope with it",
    "there's no van and no call and my stomach is in knots here",
    "I've looked up the variable rate and it's put the wind up me a bit.",
    "I won't be able to train for three months, which is a bit of a blow.",
    "I thought I'd cancelled the trial. I'm kicking myself.",
    "the big one came back with his head chopped off i could have cried when i opened it",
    "I'm lying awake doing sums about what happens next.",
    "It's wearing pretty thin, I'll be honest.",
    "we'd been waiting eleven weeks for it so i'm a bit deflated really",
    'i found droppings in the cutlery drawer and i cant stop shuddering',
    'the toothache is really starting to get me down',
    "I'm standing in the bedroom upstairs, I just don't know where to start.",
    "I've run out of towels and patience.",
    'Fine. I won\'t be using you again.',
    "I'm sure it's nice. It's just not what we booked.",
    "I'm trying very hard not to freak out.",
    'Thank you, love, I was getting myself in a bit of a state about that.',
    "the renewal's doubled and honestly it's put me in a bit of a spin",
    'ive been in a right state since the letter came',
    "a hundred and ten for a wash and wax is daylight robbery",
    "the exports keep timing out and it's driving them up the wall",
    "I'm all of a flutter, to be honest.",
    'I must say, it has all been rather a lot.',
    "I've restarted it fifteen times this week and I've honestly had it.",
    'this has been an absolute shambles from start to finish',
    "which is a bit of a cheek if you ask me",
    'Go on then, dazzle me.',
    'i sat up half the night holding the bits',
    "Coffee, this morning, about three euros. Please, they're all looking at me.",
    // Reserve and resignation.
    "I don't do online. I'm seventy-three. Have you got a paper form, or is that too much to ask?",
    "The streetlight's been out for months, which I've also reported, for all the good it did me.",
    "No. I'll be making a formal complaint, because this has been thoroughly unhelpful.",
    'Fine. Whatever.',
    "thursday thats two more days fine ill be in i dont have much choice do i",
    'but i cant get to it have you not listened to a word ive said',
    'It gave me quite a fright when I opened it.',
    // Patience worn thin, and understatement.
    "It's been late four months in a row, so I'm starting to wonder whether anyone reads the notes.",
    "I'm trying really hard to stay polite here, but I want that charge taken off.",
    'im not expecting miracles i just want somebody to ring me back',
    "I'm a reasonably patient woman, but this is the fourth letter.",
    'ive given up hoping it will get fixed to be honest',
    'the return is due friday so no pressure',
    "It's my brother's wedding and I'm best man, so yeah, no pressure.",
    "So I'll send the only copy I have and hope for the best.",
    'forty minutes on hold which is par for the course with you',
    'The bill for the court costs came as a bit of a surprise.',
    "It's been a rather trying fortnight with the builders in.",
    'I find it a little hard to swallow after ten years with you.',
    'so thats rather a nuisance as my shop opens at eight',
    "I must say I'm a bit put out that nobody rang.",
    "i can't even get up the stairs at the moment, so the gym's no use to me",
    "I've got forty things on my list and I'm barely keeping my head above water.",
    'i stood at carousel 7 for an hour so thats a great start',
    // Indignation asked as a question.
    'so what am i supposed to do now walk',
    'but how were we supposed to know it was leaking it was behind the dishwasher',
    "So I'm meant to just pay it and hope for the best?",
    'its come without any hinges who packs a wardrobe without the hinges',
    "it's gone up by six hundred pounds i mean seriously who signs off on that",
    // Resignation and its sarcasm.
    'course you don\'t',
    'that doesnt help me now does it',
    "I suppose not. I'll sort myself out.",
    "So I'm on my own sorting this out, basically. Fine.",
    'Go on, then. Still narked about the sneaky rise, mind.',
    // Strain and dismay in everyday words.
    'to be honest it has been stressing me out all week',
    "I'm absolutely lost without them.",
    "An anaesthetic, at her age. Oh, I really don't like the sound of that.",
    "Nothing. That's the bit that gets me.",
    "It's sitting outside someone else's door and I'm getting nowhere here.",
    'the first time i claim its no thats out of order',
    'Not impressed. I want my money back for it.',
    "I've stopped believing anything anyone tells me, to be honest.",
    'the others are really loud every night and im just not sleeping',
    "Yes, let's do it. Sorry, I'm getting a bit teary.",
    "that's right i'm all of a dither to be honest my son usually sorts all this",
    'she was supposed to update it herself how is that my problem',
    "i look out my window every tuesday honestly i dont know why i bother paying council tax",
    "if it's weeks I'm completely stuffed, I can't even get my files off it",
    "we're getting woken at dawn, so we're both a bit short-tempered at the moment",
    'its the calls with her that get to me honestly',
    'So loyalty counts for precisely nothing, then.',
    "I'm sixty-odd when it ends, which isn't a cheery thought.",
    'can i pause it after this one for a month i dont really trust it right now',
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    'i found out from my own customers which is always fun',
    'Dinner party tonight, by the way. Great timing.',
    "i got someone's sushi instead of my curry so that's dinner sorted then",
    'Marvellous use of my Saturday morning, that was.',
    "We did mention it at the front desk, but nothing happened. I'm sure she was terribly busy.",
    'i put a tag on it so it would not go missing so thats worked well',
    'The refund was approved in May and I have chased it twice since then. Impressive.',
    'Six hundred pounds for a filling. I am sure it was all very necessary.',
    'the room seats sixty and we have eighty coming but im sure theyll enjoy standing',
    'well i expect the computer knows best',
    "I'll tell my boss I've taken up parcel-watching as a hobby.",
    "my card's just been declined twice at the till",
    // Let down again, or at a cost of their own.
    "This is the second time my sofa delivery's been cancelled.",
    "I really don't want it arriving. I've asked twice now, I just want it paused.",
    "I've had to take a whole day off work for this.",
  ])('hears the sarcasm in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    "I can't stop thinking, no, I'm fine, it works now.",
    "you've got me down as retiring at sixty-seven",
    'the kids had loads of fun at the party, thanks',
    'I was made to wait for the engineer to arrive, that was all.',
    'we put the old dog basket down by the door',
    // The same words about a thing, or taken back.
    'the ticket machine at the station is out of order',
    "it doesn't stress me out at all, it's just a question",
    "she's not lost without it, she's got a spare",
    "She's fine, but she gets a bit flustered with people she doesn't know.",
    'the lift at the station is stuffed full of bikes again',
    'Am I supposed to bring the old router with me?',
    "Who decides whether the claim goes ahead?",
    "I'm seriously thinking about the bigger plan, to be honest.",
    'No, I suppose not. Thanks.',
    'I put down a deposit of fifty pounds last week.',
    "No. I'll sort it out myself.",
    // The same words with nothing borne.
    "Yes, I'm sure she is busy on Thursdays, so Friday then.",
    'we put out the recycling on a tuesday',
    'For the second time slot, Tuesday would be better.',
    "I'm off work on Friday, so any time then.",
    "I'm starting to think it won't be big enough for the four of us. Is there something bigger?",
    "I'm sure it'll be fine once the engineer has been.",
    'I expect the driver will ring when he is close.',
    'my son plays guitar as a hobby',
    'No pressure at all, take your time with it.',
    'no pressure, whenever suits you is fine',
    'That came as a nice surprise, thank you.',
    "I'm patient with the kids but the dog needs walking first.",
  ])('hears no negative emotion in %j', (text) => {
    expect(emotions(text)).not.toContain('negative');
  });
});

describe('money that will not stretch', () => {
  it.each([
    "I've got about two hundred to last me till payday, so the charge really hurts.",
    "we haven't got four hundred quid lying around for a new pump",
    "That was the last of our savings, the deposit.",
    'I was made redundant on Friday and I just can\'t justify forty-five a month right now.',
    "i'm on a pension so i need to know my options before i cancel it",
    "I'm a pensioner, how am I meant to find six hundred pounds?",
    "The second one took the food shop money with it. Can you refund it?",
    "My rent's due out today and the app has locked me out.",
    "Things have been tight since the hours were cut.",
  ])('hears strain in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    "I'm on Universal Credit, and I do sixteen hours a week.",
    "We're moving our workplace pension to another provider in April.",
    'Can you tighten the bolts on the fence panel?',
  ])('hears none in %j', (text) => {
    expect(emotions(text)).not.toContain('negative');
  });
});

describe('a denied feeling leaves only mild confusion', () => {
  it.each([
    "I'm not cross, I'm just a bit puzzled. Why has it changed?",
    "I'm not angry, I'm just baffled, because I've got invoices for every bottle.",
    "i am not upset i am just confused because my neighbours seem to have water",
    "I'm not upset, I just don't understand why, it was serviced in March.",
  ])('hears no emotion in %j', (text) => {
    expect(emotions(text)).toEqual([]);
  });

  it.each([
    "I'm not cross, I'm just really disappointed. It was my late mum's coat.",
    "I'm so confused by this letter and nobody will explain it.",
  ])('still hears the feeling in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });
});

describe('relief and delight in idiom, and whose feeling it is', () => {
  it.each([
    "That's music to my ears, thank you.",
    'Oh, I can breathe again.',
    "That's a weight off my mind.",
    "Great. That's genuinely a weight off.",
    "Thank you so much, you've made it sound a lot less scary.",
    'Oh, thank you. I genuinely thought that money was gone for good.',
  ])('hears relief in %j', (text) => {
    expect(emotions(text)).toContain('positive');
  });

  // The worry a relief ends is the relief's: no distress left to answer.
  it.each([
    'lovely thanks so much thats one less thing to worry about with everything else going on',
    "That's a weight off my mind, honestly. I was dreading telling the boss.",
    'Oh thank goodness, I thought we would have to find another three hundred pounds this month.',
    "Hiya! It's our honeymoon and I'm honestly giddy about it.",
  ])('hears only relief or delight in %j', (text) => {
    expect(emotions(text)).toEqual(['positive']);
  });

  it.each([
    'Thank god. But I am still furious that nobody told me.',
    "brilliant so i get a washing machine i cant use thanks for nothing i'll look elsewhere",
  ])('still hears the feeling a relief does not end in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each(["Go on, then. She'll be over the moon if we can make it work.", 'Go on then, my sister will be over the moon.'])(
    "reads someone else's delight in %j as not the customer's own",
    (text) => {
      expect(emotions(text)).not.toContain('positive');
    },
  );

  it("hears the loss in a pet put to sleep, though the pet is the sentence's subject", () => {
    expect(has('Hello. I need to cancel the plan for Maisie. She was put to sleep on Tuesday.', 'customer-emotion', 'customer')).toBe(true);
  });

  it('hears the loss in a pet the customer had put down', () => {
    expect(has('We had to have her put down on Tuesday.', 'customer-emotion', 'customer')).toBe(true);
  });
});

describe('what hangs on it, told as a fact', () => {
  it.each([
    "I run my whole shop off that tablet and it won't charge.",
    'Three customers have cancelled on me since the card reader died.',
    "If the suit's not here by Friday my son won't be at his own graduation in it.",
    "She's had the date circled since the summer.",
    "Mum's been in and out of hospital since June, so this matters.",
    "he's got two tablets left and the chemist says it's not come in",
    "i honestly don't think i can trust the app now",
    "my wife had a c-section last week and she's not meant to be lifting the baby into the bath",
    "it's getting dark and I'm on my own with my phone on ten percent",
    "the boiler's been a real headache all winter",
    'The visa appointment is on Monday, so that was already cutting it fine.',
    "right whatever",
    "the kids are fed up with cold baths and so am i",
    "I'm honestly shaking a bit, the card got declined at the till.",
  ])('hears strain in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    'We buried my father on Tuesday, so the house has to be cleared.',
  ])('hears loss in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    "I've got a headache from reading the small print, that's all.",
    'The kids are fed up with the rain.',
    "She's on eighty percent battery so it's fine.",
    'we run the business from home now',
    'the tablets are on the left of the box',
    "It's a business account, I'm on my own, no staff.",
    "no i'll leave it for now and see how it goes",
  ])('hears no negative emotion in %j', (text) => {
    expect(emotions(text)).not.toContain('negative');
  });
});

describe('sarcasm and relief in set shapes', () => {
  it.each([
    "That's two days' leave down the drain, then.",
    "The thing I keep fretting over is whether it'll come in time.",
    'Evidently not.',
    "oh great so i'm paying for a box i can't use then",
    'Brilliant. So missing one payment costs me forty quid.',
    'An hour on hold. Great. Love that for me.',
    "I do love being sold to when I've rung to complain.",
    "he's down to his last couple of tablets",
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    "Oh, that's lovely. I wasn't expecting anything back.",
    'oh thats brilliant she will be so pleased',
    "Okay. That's really reassuring, thanks.",
    'no thats everything i cant wait thank you so much',
  ])('hears positive emotion in %j', (text) => {
    expect(emotions(text)).toContain('positive');
  });

  it.each([
    'Great. So what would the bigger one cost?',
    "Perfect. So I just bring the old one in when the new one's ready?",
    "Yes, to me please, she'd only fret about it.",
    "no that's great thanks",
  ])('hears no negative emotion in %j', (text) => {
    expect(emotions(text)).not.toContain('negative');
  });
});

describe('strain and relief in everyday idiom', () => {
  it.each([
    'The photos never came. I actually cried.',
    'the constant calls are wearing me a bit thin',
    "it's getting a bit old having to ring every week",
    "I've had about two hours sleep since the boiler went",
    "the match is Saturday so I'm starting to get twitchy",
    "They don't make it easy, do they?",
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each(["Phew. Thank you, that's the one."])('hears positive emotion in %j', (text) => {
    expect(emotions(text)).toContain('positive');
  });

  it.each([
    "he's getting old now, he's eighty-one",
    'I had about two hours of training on it',
    "forty a month, that's not bad at all",
    "they make it easy to book online",
  ])('hears no negative emotion in %j', (text) => {
    expect(emotions(text)).not.toContain('negative');
  });
});

describe('pressed, resigned, relieved: feelings said in set phrases', () => {
  it.each([
    "three weeks are you serious she can't sleep in there",
    "That's not what I asked. Is the fine on hold?",
    "right well i'm not holding my breath",
    "I think I've had about as much help as I can stand.",
    "it's been one of those months so something's got to give",
    'Not exactly how I planned my holiday.',
    "i'm scraping by as it is",
  ])('hears negative emotion in %j', (text) => {
    expect(emotions(text)).toContain('negative');
  });

  it.each([
    "Oh, that's not as bad as I'd feared.",
    'That would mean a great deal to him, thank you.',
    "Oh, that's actually quite exciting.",
    "Honestly, I thought you'd just say no.",
  ])('hears positive emotion in %j', (text) => {
    expect(emotions(text)).toContain('positive');
  });

  it.each([
    'Are you serving the whole estate?',
    "That's what I asked for last time, yes.",
    'She will be thrilled if we can make it work.',
  ])('hears no emotion in %j', (text) => {
    expect(emotions(text)).toEqual([]);
  });
});
