import { describe, expect, it } from 'vitest';
import { actsOf, analyse } from './helpers.js';

const polarities = (text: string) =>
  actsOf(text, 'customer').flatMap((a) => (a.act === 'customer-emotion' ? [a.polarity] : []));

describe('customer emotion', () => {
  it.each([
    'I am so frustrated with this',
    "this is the third time I've called about it",
    'this is ridiculous',
    'honestly that is unacceptable',
    "I'm worried the payment went to the wrong place",
    'I lost all my photos',
    'nobody helps me',
    'i have been on hold for hours and nobody cares',
  ])('hears negative emotion in %j', (text) => {
    expect(polarities(text)).toContain('negative');
  });

  it.each([
    "that's great, thank you so much, it's a weight off",
    'perfect, I really appreciate it',
    "what a relief, you've been so helpful",
  ])('hears positive emotion in %j', (text) => {
    expect(polarities(text)).toContain('positive');
  });

  it.each([
    "I'm not upset, just checking",
    "I'm not worried about it",
    'my address is 12 Elm Street',
    'can you check the order status',
  ])('hears no negative emotion in %j', (text) => {
    expect(polarities(text)).not.toContain('negative');
  });

  it('scores an angry turn below a pleased one, and a negated complaint above the complaint', () => {
    const [angry, pleased, negated] = analyse(
      ['customer', 'this is terrible, I am furious'],
      ['customer', 'wonderful, that is great news'],
      ['customer', 'this is not terrible'],
    ).turns.map((t) => t.sentiment);
    expect(angry).toBeLessThan(0);
    expect(pleased).toBeGreaterThan(0);
    expect(negated).toBeGreaterThan(angry);
  });
});

describe('emotion in plain words, and thanks that is only polite', () => {
  it.each([
    ['my wallet just got nicked and im absolutely shaking', 'negative'],
    ["sorry, I'm in a bit of a state, my little boy has a rash", 'negative'],
    ['so youre telling me we pay every month and get nothing', 'negative'],
    ["thank you, that's really taken a weight off", 'positive'],
  ])('reads %j as %s emotion', (text, polarity) => {
    expect(actsOf(text, 'customer').some((a) => a.act === 'customer-emotion' && a.polarity === polarity)).toBe(true);
  });

  it.each(['ah thats great thank you', "No, that's brilliant, thanks Lena.", "that's great, thank you so much", "no that's perfect cheers jonas", 'brilliant thanks ever so much'])('reads %j as polite thanks, no emotion', (text) => {
    expect(actsOf(text, 'customer').some((a) => a.act === 'customer-emotion')).toBe(false);
  });
});

describe('emotion said without the usual words', () => {
  it.each([
    "That's what frightens me, really, that something will bounce.",
    "sorry i'm a bit all over the place",
    'My lower back has been killing me for a month.',
    "I'm trying very hard not to panic.",
    "Then what's the point? You're charging me more for nothing.",
    "I'm not trying to have a go at you, I just don't understand it.",
    'Thanks, I feel a lot better about it already.',
    "Oh, that's less than I'd feared.",
  ])('reads %j as emotion', (text) => expect(polarities(text).length).toBeGreaterThan(0));

  it.each(["i'm not panicking, just checking the date", 'I understand the bill now, thanks'])('reads %j as no negative emotion', (text) =>
    expect(polarities(text)).not.toContain('negative'));
});

describe('a feeling said in whatever words follow "i feel"', () => {
  it.each([
    ['honestly i feel like the walls are closing in', 'negative'],
    ['I just feel so flat about the whole thing', 'negative'],
    ["i don't feel safe with the door like that", 'negative'],
    ['that makes me feel a lot calmer, thanks', 'positive'],
    ['I feel loads lighter now you have explained it', 'positive'],
    ["oh that's a massive relief", 'positive'],
  ])('reads %j as %s emotion', (text, polarity) => {
    expect(polarities(text)).toEqual([polarity]);
  });

  it.each([
    'feel free to ring me back after four',
    'i feel you should refund the delivery charge',
    "I don't feel bad about cancelling it",
    'thanks for not making me feel silly',
    'do you feel that is fair?',
    'if i feel any pain i will ring the surgery',
  ])('reads %j as no emotion', (text) => {
    expect(polarities(text)).toEqual([]);
  });
});

describe('families of strain rather than single phrases', () => {
  it.each([
    'the beeping is driving me round the bend',
    "i'm losing my patience with this now",
    "I'm not terribly impressed, if I'm honest",
    "we can't carry on like this",
    "that's the fourth time the van has not turned up",
    'my hands were still shaking when I rang',
    "we've been without heating for nine days",
    'and i pay extra for the privilege',
    "oh for heaven's sake, not again",
    'so much for next day delivery',
    "i've wasted my whole saturday on this wardrobe",
    'Eighty on top of what I already paid. Super.',
    "I've been down to the depot four times now",
    "we can't afford another bill like that",
    "end of september the twenty eighth its been a rough few weeks to be honest",
    "It's been a funny few months, one way and another.",
    "I've just told you. The footstool.",
    "no i think youve done quite enough",
    'so i just sit here for two days and hope it turns up',
    "thursday? they can't wait till thursday! is there no way to get it to them today?",
    "my dad's got one of your pendants and he had a fall on tuesday night",
  ])('hears negative emotion in %j', (text) => {
    expect(polarities(text)).toContain('negative');
  });

  it.each(['the washing machine is shaking the floor', 'the third option sounds best', 'sorry love the line dropped', 'Friday at ten. Super.', 'take two tablets three times a day',
    "thirty six months is a long time, i'd need to run that past my director", "it's not been a bad week actually",
    'is there no charge for the second visit then', "you've done the meter reading already, thanks"])('hears none in %j', (text) => {
    expect(polarities(text)).toEqual([]);
  });
});

describe('strain said politely, as a verdict, or with a tag', () => {
  it.each([
    'Is there really nothing sooner?',
    'Which, with respect, is what you said last week.',
    'Bit galling, if I am honest.',
    "well that's super isn't it another fortnight without a cooker",
    "i'm starting to sweat a bit about saturday",
  ])('hears negative emotion in %j', (text) => {
    expect(polarities(text)).toContain('negative');
  });

  it.each([['you have really calmed me down', 'positive'], ['that would take so much pressure off', 'positive']])('hears %j as %s', (text, polarity) => {
    expect(polarities(text)).toContain(polarity);
  });

  it.each(["it's lovely isn't it the new kitchen", 'Bad line, sorry.'])('hears no negative emotion in %j', (text) => {
    expect(polarities(text)).not.toContain('negative');
  });
});

describe('understatement and shock in everyday idiom', () => {
  it.each([
    "Term starts on Wednesday, so the timing's not ideal.",
    "Honestly, it stings a bit after eight years with you.",
    "it's four hundred pounds, which isn't nothing",
    "so yeah, not my finest evening",
    'two thousand seven hundred blimey',
    "My wife finds it funny. I'm rather less amused.",
    'The price rise felt like a slap in the face.',
    "i've been stewing over it all morning",
    "I'm sweating bullets here, the doors open at seven.",
    "it's been eight days and i'm starting to imagine all sorts",
    'should do great thats really filled me with confidence',
  ])('hears negative emotion in %j', (text) => {
    expect(polarities(text)).toContain('negative');
  });

  it.each(['an ideal time would be Tuesday', "the bee stings on his arm have gone down", "nothing's changed since Monday"])('hears none in %j', (text) => {
    expect(polarities(text)).toEqual([]);
  });
});

describe('the "oh no" of catching one\'s own slip', () => {
  it.each([
    "It's 40562. Oh no, sorry, that's my last order. It's 41190.",
    "oh no that'll be me i must have picked the wrong day",
    'Oh no, silly me, I gave you my old email.',
  ])('hears no emotion in %j', (text) => {
    expect(polarities(text)).toEqual([]);
  });

  it.each(['Oh no. I clicked the link yesterday and put my card details in.', "oh no the whole ceiling's come down in the kitchen"])(
    'still hears dismay in %j', (text) => expect(polarities(text)).toContain('negative'));
});

describe('praise said straight back at a refusal', () => {
  const reaction = (agent: string, customer: string) => analyse(['agent', agent], ['customer', customer]).turns[1].acts;
  const feeling = (acts: ReturnType<typeof reaction>) => acts.filter((a) => a.act === 'customer-emotion').map((a) => 'polarity' in a && a.polarity);

  it.each([
    ["Can't say over the phone. The application does a soft check first.", 'Lovely. Really helpful, thanks.'],
    ["it's on the website", 'ok great really helpful thanks'],
    ["we don't do quotes for driver changes over the phone sorry that's how it's set up", "oh right brilliant well i'll sort it myself then"],
    ["Sorry, can't guarantee courier times. That's down to the delivery firm.", "Well, that's wonderful, isn't it."],
  ])('reads %j / %j as sarcasm, which confirms nothing', (agent, customer) => {
    const acts = reaction(agent, customer);
    expect(feeling(acts)).toEqual(['negative']);
    expect(acts.some((a) => a.act === 'resolution-confirmed')).toBe(false);
  });

  it.each([
    // The agent helped, or offered a way round the refusal.
    ["I've booked a mobile fitter for tomorrow between eight and twelve.", 'Great, that really helps.'],
    ["We can't come today, but I'll send someone on Tuesday between eight and one.", 'Brilliant, thanks.'],
    // Agreeing to a plan, answering "anything else?", or only putting up with it.
    ["I can't do it now, do you want to come in for a session before she starts?", "Yes, that'd be great."],
    ["I can't change the terms, I'm afraid. Anything else?", "No, that's smashing. Thank you."],
    ["It's all on the website under lease options, I can't send it.", 'Right. Fine. I\'ll look.'],
  ])('reads no sarcasm in %j / %j', (agent, customer) => {
    expect(feeling(reaction(agent, customer))).not.toContain('negative');
  });
});

describe('relief and crossness in a few more words', () => {
  const feels = (text: string): boolean => actsOf(text, 'customer').some((a) => a.act === 'customer-emotion');
  it.each([
    "Honestly I'm just relieved it's not listeners walking away.",
    "Thank you. You've no idea what a relief that is.",
    'Yes, that would actually be a relief.',
    "I'm fairly cross about it, to be honest.",
    'im getting a bit cross now',
  ])('a feeling in %j', (text) => expect(feels(text)).toBe(true));
  it.each(["I'm not cross, I'm just puzzled.", 'can you cross that off the list', "i'll cross the road and check the meter"])(
    'no feeling in %j', (text) => expect(feels(text)).toBe(false));
});

describe('praise tacked on to a mishap', () => {
  it.each([
    'a box turned up on the doorstep anyway. Which is lovely, except nobody was home.',
    'the order came forty minutes late, which, great, and half of it is missing',
    'the jar smashed over everything which was lovely to open',
    'so thats a lovely little souvenir i didnt ask for',
    "There's a rip down the arm. So that's been a lovely start to the week.",
    'id planned the whole weeks dinners around it so that was fun',
    "Great, so I'm paying for other people's cars getting nicked.",
    'great so im out of pocket till next week and still starving',
    'great so i could be without them all weekend',
  ])('hears negative emotion in %j', (text) => {
    expect(polarities(text)).toContain('negative');
  });

  it.each([
    'great so she clicks the link and then she has her own login',
    'okay great so same drop off at the airport just saturday instead of thursday',
    "he's eating like a horse, which is lovely news",
    'so that was great to hear, thanks',
    "Great, so what could I get instead?",
  ])('hears no negative emotion in %j', (text) => {
    expect(polarities(text)).not.toContain('negative');
  });
});
