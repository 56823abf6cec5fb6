// Table-driven cases for sales-follow-through: buying signals answered, offers carried to a benefit, a decision ask or a next step.
import rule from '../../rules/sales-follow-through.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      // One no is the customer's choice; after two, a better fit the customer takes up still follows through.
      name: 'an offer turned down once, and a better fit after two noes',
      call: [
        'agent: While you are on, we have screen cover at eight pounds a month. Shall I add it?',
        "customer: No thanks, my bank account covers it.",
        'agent: Fair enough. We also have the Shield case at nineteen ninety-nine. Want one?',
        'customer: No, honestly, not today.',
        'agent: Or the bundle with a screen protector, twenty-four pounds.',
        'customer: Actually, does the bundle come in green?',
        'agent: It does. Shall I add the green bundle to your order?',
        'customer: Yes, add it.',
      ],
    },
    {
      name: 'price question answered with price, benefit and a decision ask',
      call: [
        'customer: How much is the unlimited data plan?',
        "agent: It's 25 pounds a month and includes 5G. Shall I switch you over today?",
        'customer: Yes please.',
        "agent: Done, you'll get a confirmation text within the hour.",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'an offer during support carried by benefit, price and a decision ask',
      call: [
        'customer: The video calls keep buffering when I work from home.',
        'agent: Our Fibre 500 plan would stop the buffering and it is only ten pounds more a month. Would you like me to upgrade you?',
        'customer: Not right now, thanks.',
      ],
    },
    {
      name: 'lower-case stock question answered with a reservation',
      call: [
        'customer: do you have the blue one in a size ten',
        'agent: yes we have two left i can reserve one for you to collect tomorrow',
        'customer: brilliant',
      ],
    },
    {
      name: 'interest answered after the agent checks the account and the need',
      call: [
        "customer: My discount has ended. I'm wondering whether you have a cheaper plan I could move to.",
        'agent: Of course. Can I confirm your name and date of birth first?',
        'customer: Peter Novak, twelfth of June 1984.',
        'agent: Thanks. How much data do you use in a month?',
        'customer: Maybe eight gigs.',
        'agent: And do you use your phone abroad?',
        'customer: No, hardly ever.',
        'agent: Then our Essentials plan at fifteen pounds a month covers you. Shall I move you onto it today?',
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'offer followed through in the next agent turn',
      call: [
        'agent: We also do a home insurance add-on.',
        'customer: Oh, what does that cover?',
        'agent: It covers accidental damage and theft for four pounds a month. Want me to add it?',
      ],
    },
    {
      name: 'an offer taken up by a booking in the next agent turn, no punctuation',
      call: [
        'agent: we also have a beginners group on tuesdays eight weeks for ninety six pounds',
        'customer: oh that sounds fun put me down',
        "agent: lovely you're in for tuesday the fourteenth at seven and i'll email the details tonight",
      ],
    },
  ],
  invalid: [
    {
      name: 'a poor fit pressed after the customer said no twice',
      call: [
        'customer: I just need to change my delivery address, I am moving in with my son.',
        'agent: Done. While I have you, our Premium box is sixty pounds a month with rarer wines. Shall I switch you over?',
        "customer: No, thank you. If anything I'm cutting down.",
        'agent: It is only fifteen pounds more, and the first month is half price. Shall I add it?',
        "customer: I've said no. I only rang about the address.",
        'agent: No problem. Anything else?',
        'customer: No.',
      ],
      errors: [{ messageId: 'pressedAfterNo', turn: 2 }, { messageId: 'pressedAfterNo', turn: 4 }],
      scoreBelow: 70,
    },
    {
      name: 'upgrade interest ignored',
      call: [
        'agent: Your bill is paid up to date.',
        "customer: I'd like to upgrade my phone actually.",
        'agent: Ok. Anything else about the bill?',
        'customer: No.',
        'agent: Thanks for calling, bye.',
      ],
      errors: [{ messageId: 'signalIgnored', turn: 1 }],
      scoreBelow: 1,
    },
    {
      name: 'offer dropped',
      call: [
        'agent: We also have a premium plan.',
        'customer: Oh right.',
        'agent: Anyway, your bill is paid. Goodbye.',
      ],
      errors: [{ messageId: 'offerDropped', turn: 0 }],
    },
    {
      name: 'price question met with a deflection, no punctuation',
      call: [
        'customer: how much would it cost to add my son to the plan',
        'agent: i only deal with billing today',
        'customer: oh ok',
        'agent: bye then',
      ],
      errors: [{ messageId: 'signalIgnored', turn: 0 }],
    },
    {
      name: 'interest pushed to the website in the same reply as an unrelated next step',
      call: [
        "customer: could he have an extra session a week before the exams how much would that cost",
        "agent: the prices for extra sessions are all on the website under packages and i'll set up ellen's hello session for next wednesday at four",
        'customer: okay lovely thank you',
        'agent: bye now',
      ],
      errors: [{ messageId: 'signalIgnored', turn: 0 }],
    },
    {
      name: 'interest pushed to another team, then an unrelated booking',
      call: [
        'customer: I need to move my broadband to my new flat.',
        'agent: What date are you moving?',
        'customer: The first of May. Do you do fibre there, how much would that be?',
        'agent: I only handle home moves. Sales can tell you about that.',
        'customer: Oh. Okay.',
        "agent: I've booked the move for the first of May, you'll get a text the day before.",
      ],
      errors: [{ messageId: 'signalIgnored', turn: 2 }],
    },
    {
      name: 'interest pushed to the website, with a benefit said in passing',
      call: [
        "customer: While I'm on, what rates have you got on fixed savings at the moment?",
        "agent: Our rates are all on the website, so you can have a look there when you're ready.",
        'customer: Right, okay.',
        "agent: Anyway, the certificate's logged, you'll get a letter within five days.",
      ],
      errors: [{ messageId: 'signalIgnored', turn: 0 }],
    },
    {
      name: 'one signal followed through, a later offer dropped',
      call: [
        'customer: How much is the sports package?',
        'agent: It is twelve pounds a month and you get every live match. Shall I add it?',
        'customer: Yes, go on.',
        'agent: Great. We also have a movies bundle.',
        'customer: Okay.',
        'agent: Right, that is all done. Bye.',
      ],
      errors: [{ messageId: 'offerDropped', turn: 3 }],
      scoreAtLeast: 50,
      scoreBelow: 100,
    },
    {
      name: 'interest met with small talk, then a next step about the delivery already arranged',
      call: [
        "agent: Right, eleven fresh ones on Thursday's van, no charge.",
        'customer: Great. Do you lot do planting as well? My back is not up to it.',
        'agent: Oh, I know the feeling, I did my back in last spring!',
        'customer: Ha. So, the planting?',
        'agent: Anyway, the driver will ring about an hour before he arrives on Thursday.',
      ],
      errors: [{ messageId: 'signalIgnored', turn: 1 }],
    },
    {
      name: 'an offer turned down, then only a next step about the claim two turns on',
      call: [
        'agent: What I can do is move you up to Comprehensive Plus, which includes a courtesy car. It is an extra nine pounds a month.',
        "customer: So it wouldn't cover this one?",
        'agent: No, new cover does not apply to existing claims.',
        "customer: Then what's the point? No thanks.",
        "agent: That's your choice. I've logged the claim and an assessor will call you within five working days.",
      ],
      errors: [{ messageId: 'offerDropped', turn: 0 }, { messageId: 'signalIgnored', turn: 1 }],
    },
  ],
  notApplicable: [
    {
      name: 'a password reset with nothing to sell',
      call: [
        "customer: i can't log in to my account",
        "agent: i'll send a password reset link to your email now",
        'customer: got it thanks',
      ],
    },
    {
      name: 'interest voiced as the call ends leaves the agent no turn',
      call: ['agent: Your repair is booked for Monday.', 'customer: Great. How much is the extended warranty by the way?'],
    },
  ],
});
