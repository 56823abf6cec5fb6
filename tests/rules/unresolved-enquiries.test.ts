// Table-driven cases for unresolved-enquiries: every customer question or request is addressed and the call ends settled.
import rule from '../../rules/unresolved-enquiries.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a request acted on after the agent gathers the details it needs',
      call: [
        'customer: hi im moving house next month and i need to move my broadband',
        'agent: whats the account holders name',
        'customer: joanna price',
        'agent: and the new address',
        'customer: flat three twenty two elm road',
        'agent: what date are you moving',
        'customer: the twenty eighth',
        'agent: landline as well or just broadband',
        'customer: just broadband',
        'agent: ive booked the move of your broadband for the twenty eighth youll get a text the day before',
        'customer: great thanks thats all',
      ],
    },
    {
      name: 'a fault back again is the reason for the call, fixed and confirmed',
      call: [
        "customer: My internet's gone down again.",
        'agent: Sorry about that. I can see the router lost its connection, I have pushed an update to it now.',
        "customer: It's working now, thanks.",
      ],
    },
    {
      name: 'question answered and confirmed',
      call: [
        'customer: When will my refund arrive?',
        'agent: Your refund was issued today and will reach your account within three to five working days.',
        "customer: Great, that's all I needed, thanks.",
        "agent: You're welcome, goodbye.",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'two enquiries in one lower-case turn, both answered',
      call: [
        'customer: can you change my delivery address and how much is express shipping',
        "agent: yes i've updated the address to 12 mill lane and express shipping is six pounds",
        'customer: perfect thats sorted then thanks',
      ],
    },
    {
      name: 'request met with an agreed next step',
      call: [
        'customer: My boiler is making a banging noise, can someone come out?',
        "agent: I'll book an engineer for tomorrow between 8 and 12, and you'll get a text to confirm.",
        'customer: OK, that works for me.',
      ],
    },
    {
      name: 'the customer repeats the question and then gets the answer',
      call: [
        'customer: when will the engineer arrive',
        'agent: we have your booking on file',
        'customer: yes but when will he arrive',
        "agent: he'll be with you between two and four this afternoon",
        "customer: ok thanks that's helpful",
      ],
    },
    {
      name: 'without the ending requirement an answered question is enough',
      options: { requireResolution: false },
      call: ['customer: could you tell me why my bill went up this month', 'agent: prices went up across all plans in april', 'customer: right'],
    },
  ],
  invalid: [
    {
      name: 'one of two enquiries ignored',
      call: [
        'agent: Thanks for calling City Gyms.',
        'customer: I need to cancel my membership, and will I still be charged for this month?',
        "agent: I've cancelled the membership for you, it ends today.",
        'customer: Great, thanks for cancelling it.',
      ],
      errors: [{ messageId: 'ignored', turn: 1 }],
      scoreBelow: 100,
    },
    {
      name: 'the customer still reports the problem at the end',
      call: [
        "customer: can you help me my laptop won't connect to the wifi",
        'agent: let me reset your connection from our side, try again now',
        "customer: it still doesn't work",
        'agent: okay well thanks for calling',
      ],
      errors: [{ messageId: 'problemPersists', turn: 2 }],
    },
    {
      name: 'answered but never confirmed or settled',
      call: [
        'customer: could you tell me why my bill went up this month',
        'agent: prices went up across all plans in april',
        'customer: right',
        'agent: bye',
      ],
      errors: [{ messageId: 'noResolution', turn: 3 }],
    },
    {
      name: 'a request for a manager ignored twice, no punctuation',
      call: [
        'customer: i want to speak to a manager',
        'agent: as i said the fee is non refundable',
        'customer: just put me through to a manager please',
        'agent: is there anything else today',
        'customer: this is pointless goodbye',
      ],
      errors: [
        { messageId: 'ignored', turn: 0 },
        { messageId: 'ignored', turn: 2 },
        { messageId: 'noResolution', turn: 4 },
      ],
      scoreBelow: 30,
    },
    {
      name: 'the problem fixed does not make up for a later request ignored',
      call: [
        'customer: my card got declined at the hotel desk',
        "agent: i've lifted the block try it again now",
        "customer: it's gone through thanks and can you send me a new pin as well",
        'agent: enjoy your trip',
      ],
      errors: [
        { messageId: 'ignored', turn: 2 },
        { messageId: 'noResolution', turn: 3 },
      ],
      scoreBelow: 50,
    },
    {
      name: 'a problem told without a request is still judged: never acted on, nothing settled',
      call: [
        'customer: The wifi upstairs barely works.',
        'agent: Okay.',
        'customer: Right.',
        'agent: Thanks for calling, bye.',
      ],
      errors: [{ messageId: 'noResolution', turn: 3 }],
    },
  ],
  notApplicable: [
    {
      name: 'outbound call where the customer asks nothing',
      call: [
        'agent: hello this is sam from northgas calling about your meter reading',
        'customer: oh hello',
        'agent: your reading is booked for monday morning',
        'customer: lovely bye',
      ],
    },
    { name: 'greetings only', call: ['customer: Hello?', 'agent: Hi there, you are through to support.'] },
  ],
});
