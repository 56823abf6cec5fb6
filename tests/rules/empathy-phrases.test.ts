// Table-driven cases for empathy-phrases: each negative feeling the customer voices is recognised within a few agent turns.
import rule from '../../rules/empathy-phrases.js';
import { testRule } from '../helpers/rule-tester.js';

// The agent recognises the first feeling in words of its own, then answers the second with facts only.
const FITTING_THEN_LATER_FEELING = [
  "customer: the boiler's been off since friday and the baby's room is freezing, i'm at my wits' end",
  "agent: oh no, a cold house with a little one, that's the last thing you need. let's get someone out to you.",
  'customer: ok',
  'agent: the engineer can come tomorrow between eight and twelve',
  "customer: tomorrow, honestly i'm so fed up with this",
  "agent: i've booked it and you'll get a text tonight",
];

// Empathy arrives in the third agent turn: inside a window of three, outside the default of two.
const EMPATHY_IN_THIRD_AGENT_TURN = [
  "customer: this is ridiculous i've been without internet for four days",
  'agent: can i have your postcode',
  'customer: m1 4bt',
  'agent: thanks one moment',
  'customer: ok',
  'agent: i am really sorry youve been without internet for so long',
];

testRule(rule, {
  valid: [
    {
      name: 'frustration met with a fitting apology',
      call: [
        "customer: This is the third time I've called about this and I'm really frustrated.",
        "agent: I'm really sorry to hear that, I understand how frustrating that must be. Let me sort it out now.",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'worry recognised, lower-case without punctuation',
      call: [
        "customer: im so worried my rent payment bounced and i'll get a late fee",
        'agent: that sounds really stressful i can see why youre worried',
        'customer: yeah',
        'agent: lets get the payment sent again right now',
      ],
    },
    {
      name: 'empathy that names the situation',
      call: [
        "customer: we're moving house on friday and the broadband still isn't booked, i'm panicking",
        "agent: moving is stressful enough without this, that must be a real worry. let's get it booked now.",
      ],
    },
    {
      name: 'empathy in the second agent turn is within the default window',
      call: [
        'customer: I am furious, my order is two weeks late and nobody tells me anything.',
        'agent: Can I take your order number?',
        'customer: It is 55102.',
        "agent: Thank you. I'm so sorry you've been left waiting without any news.",
      ],
    },
    {
      name: 'a later feeling counts as heard once the agent recognised the first in words that fit',
      call: FITTING_THEN_LATER_FEELING,
      scoreAtLeast: 100,
    },
    {
      name: 'a wider window accepts later empathy',
      options: { withinAgentTurns: 3 },
      call: EMPATHY_IN_THIRD_AGENT_TURN,
    },
  ],
  invalid: [
    {
      name: 'a stock phrase, then later distress ignored (the graders\' rote case)',
      call: [
        "customer: we've been burgled last night and we're in bits, i need to claim",
        'agent: sorry to hear that. crime reference number?',
        'customer: cr 5521',
        'agent: a claims form will be sent out',
        "customer: i can't even lock the back door, i'm terrified they'll come back",
        'agent: the form covers all of that',
      ],
      errors: [{ messageId: 'missed', turn: 4 }],
      scoreBelow: 70,
    },
    {
      name: 'each feeling must be met when the option is off',
      options: { heardAfterFittingEmpathy: false },
      call: FITTING_THEN_LATER_FEELING,
      errors: [{ messageId: 'missed', turn: 4 }],
      scoreBelow: 70,
    },
    {
      name: 'brush-off apology "sorry but that is our policy"',
      call: [
        'agent: Thanks for calling, how can I help?',
        "customer: This is ridiculous, you've charged me twice!",
        "agent: Sorry but that's our policy.",
        'customer: That is completely unacceptable.',
        'agent: The charge will stay on the account.',
      ],
      errors: [
        { messageId: 'missed', turn: 1 },
        { messageId: 'missed', turn: 3 },
      ],
      scoreBelow: 1,
    },
    {
      name: 'negation: "I\'m not sorry" is not empathy',
      call: [
        'customer: i am so frustrated nobody has called me back',
        "agent: i'm not sorry you were told to wait five working days",
      ],
      errors: [{ messageId: 'missed', turn: 0 }],
    },
    {
      name: 'sarcastic apology is not empathy',
      call: [
        "customer: I've been on hold for an hour, this is a joke.",
        "agent: Oh I'm sooo sorry you had to wait, what a tragedy.",
      ],
      errors: [{ messageId: 'missed', turn: 0 }],
    },
    {
      name: 'fear after a lost card answered only with a question',
      call: [
        'customer: i lost my wallet and someone has used my card im really scared',
        'agent: what is the card number',
        'customer: it ends four four one two',
        'agent: ok the card is now cancelled',
      ],
      errors: [{ messageId: 'missed', turn: 0 }],
    },
    {
      name: 'empathy too late for the default window',
      call: EMPATHY_IN_THIRD_AGENT_TURN,
      errors: [{ messageId: 'missed', turn: 0 }],
    },
  ],
  notApplicable: [
    {
      name: 'a calm request',
      call: ["customer: hi i'd like to update my address", "agent: sure what's the new address", 'customer: 12 mill lane'],
    },
    {
      name: 'only positive feeling',
      call: ["customer: Thanks so much, you've been brilliant!", "agent: You're welcome, have a lovely day."],
    },
    {
      name: 'negated emotion: "not upset at all"',
      call: ["customer: i'm not upset at all i just want to check my balance", 'agent: sure your balance is forty two pounds'],
    },
    {
      name: 'upset only as the call ends leaves the agent no turn',
      call: ['agent: Your refund has been declined.', 'customer: This is useless.'],
    },
  ],
});
