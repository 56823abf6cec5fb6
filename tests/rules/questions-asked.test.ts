// Table-driven cases for questions-asked: discovery questions (some open) before the first fix.
import rule from '../../rules/questions-asked.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a discovery question in a turn that greets the customer by name counts; the greeting question does not',
      call: [
        "agent: Morgan's Garage, Dana speaking, how can I help?",
        "customer: Hi, it's Elaine. The clutch on my car is a week late and I take my dad to dialysis.",
        "agent: Hi Elaine. I'm sorry, the kit's on back order. Which days does he go?",
        'customer: Monday, Wednesday and Friday mornings.',
        "agent: We've a courtesy car back tonight. I'll hold it for you free of charge.",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'a question about the fault still counts beside a look-up, and a tag that asks about the fault is not a remark',
      call: [
        'customer: the heating stopped working this morning',
        "agent: can i take the reference from the letter and what does the boiler display show",
        'customer: HC4417 and it shows F28',
        "agent: right, I'll book an engineer for tomorrow between eight and one",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'a question asked after "sorry" that asks about the problem counts',
      call: [
        'customer: My card was declined at the supermarket today.',
        "agent: Sorry about that. What happened when you tried it?",
        'customer: It said contact your bank.',
        "agent: I'll lift the block now and you'll get a text in five minutes.",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'two open questions before the engineer reset',
      call: [
        'agent: Good morning, thanks for calling Fibrenet, how can I help?',
        "customer: My internet keeps dropping out every evening and it's driving me mad.",
        "agent: I'm sorry to hear that. When did it start?",
        'customer: About a week ago.',
        'agent: What lights do you see on the router when it drops?',
        'customer: The red one flashes.',
        "agent: Okay, I'll send a reset signal to your line now.",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'lower-case speech-to-text without question marks',
      call: [
        'agent: thanks for calling northbank how can i help',
        'customer: my card got declined at the shop today',
        'agent: oh no what did the message on the card machine say',
        'customer: it said do not honour',
        'agent: and is this the card ending in four two',
        'customer: yes',
        'agent: let me remove the block for you now',
      ],
    },
    {
      name: '"let me look into that" followed by more questions is still discovery',
      call: [
        'customer: i was charged twice for my subscription this month',
        'agent: let me look into that for you',
        'customer: ok',
        'agent: can you tell me the dates of the two charges',
        'customer: the first and the third',
        'agent: and which card were they taken from',
        'customer: my visa',
        "agent: i'll refund the duplicate charge today and you'll see it in three to five days",
      ],
    },
    {
      name: 'question inside a statement counts as an open question',
      call: [
        "customer: i can't log into the app",
        "agent: i'd like to understand what you see when you try to log in",
        'customer: it says wrong password',
        'agent: have you changed your password recently',
        'customer: no',
        "agent: okay i'll send you a reset link now",
      ],
    },
    {
      name: 'an identity check run together with a discovery question still counts the question',
      call: [
        'customer: my router keeps dropping out',
        "agent: can i take your name and date of birth and what's been happening with the router",
        'customer: jo hart twelfth of june it drops every night around nine',
        "agent: ok i'll run a line test now and call you back by six",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'an error number on the screen is part of the fault',
      call: [
        'customer: the boiler has stopped and the display is flashing',
        'agent: what error number does the display show',
        'customer: f twenty eight',
        "agent: ok i'll book an engineer for tomorrow morning",
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'one open question is enough when the policy asks for one',
      options: { minQuestions: 1 },
      call: [
        'customer: The heating in my flat has stopped working.',
        'agent: What happens when you turn the thermostat up?',
        'customer: Nothing at all, the boiler stays silent.',
        "agent: I'll book an engineer for tomorrow morning.",
      ],
    },
  ],
  invalid: [
    {
      name: 'a greeting question alone is no discovery, even with the greeting said by name',
      call: [
        "agent: Hi Elaine, how can I help?",
        "customer: The clutch on my car is a week late and I'm really stressed about it.",
        "agent: We've a courtesy car back tonight. I'll hold it for you free of charge.",
      ],
      errors: [{ messageId: 'noQuestions', turn: 2 }],
    },
    {
      name: 'interest in buying answered without asking what the customer needs',
      call: [
        'customer: hi what phones have you got on the thirty pound plan',
        "agent: there's the galaxy a55 and the pixel eight a, both on thirty a month",
        'customer: ok thanks',
      ],
      errors: [{ messageId: 'noQuestions', turn: 1 }],
      scoreBelow: 1,
    },
    {
      name: 'a plain question answered late, after the agent changed the subject',
      call: [
        'customer: when does my contract end',
        'agent: while you are on, we have a new broadband deal at twenty a month',
        'customer: ok but when does my contract end',
        'agent: it ends in march',
      ],
      errors: [{ messageId: 'noQuestions', turn: 1 }],
      scoreBelow: 1,
    },
    {
      name: 'straight to a fix; the greeting question does not count',
      call: [
        'agent: Hello, thanks for calling Fibrenet, how can I help you today?',
        'customer: My router keeps dropping the connection.',
        "agent: I'll send an engineer out tomorrow morning.",
      ],
      errors: [{ messageId: 'noQuestions', turn: 2 }],
      scoreBelow: 1,
    },
    {
      name: 'only closed questions before the fix',
      call: [
        'customer: my tv box has no signal',
        'agent: is the box switched on at the wall',
        'customer: yes',
        'agent: have you tried restarting it',
        'customer: yes twice',
        "agent: right i'll send a replacement box out today",
      ],
      errors: [{ messageId: 'noOpenQuestion', turn: 5 }],
      scoreAtLeast: 50,
      scoreBelow: 100,
    },
    {
      name: 'one closed question then a fix',
      call: [
        'customer: The app crashes every time I open my statements.',
        'agent: Are you on the latest version?',
        'customer: I think so.',
        "agent: Let me send you a link to reinstall it.",
      ],
      errors: [{ messageId: 'noOpenQuestion', turn: 3 }],
      scoreAtLeast: 70,
      scoreBelow: 100,
    },
    {
      name: 'a closed question joined on to an identity check counts, but as closed',
      call: [
        'customer: my router keeps dropping out',
        'agent: can i take your postcode and is it dropping every night',
        'customer: bs1 4dj yes every night',
        "agent: ok i'll run a line test now and call you back by six",
      ],
      errors: [{ messageId: 'noOpenQuestion', turn: 3 }],
      scoreAtLeast: 70,
      scoreBelow: 100,
    },
    {
      name: 'identity checks are not discovery',
      call: [
        'customer: The app crashes every time I open my statements.',
        'agent: Can I take your full name and date of birth?',
        'customer: Ann Lee, third of May.',
        'agent: Account number please.',
        'customer: 4471.',
        "agent: Thanks. I'll send you a link to reinstall it.",
      ],
      errors: [{ messageId: 'noQuestions', turn: 5 }],
      scoreBelow: 1,
    },
    {
      name: 'asking for a tracking number or an address is a look-up, not discovery',
      call: [
        "customer: my tracking says delivered but there's nothing here",
        'agent: tracking number',
        'customer: s d four four seven',
        "agent: what's the address",
        'customer: fourteen gorse lane',
        "agent: i'll send you the driver's photo in the next few minutes",
      ],
      errors: [{ messageId: 'noQuestions', turn: 5 }],
    },
    {
      name: 'a look-up that names its own kind of detail ("boat name") is not discovery',
      call: [
        "customer: i dropped the outboard off three weeks ago and i've still not heard a thing",
        'agent: boat name',
        'customer: sea pickle',
        "agent: it's waiting on a part, someone will ring you on wednesday",
      ],
      errors: [{ messageId: 'noQuestions', turn: 3 }],
    },
    {
      name: 'a job reference, a registration or a name on the booking is a look-up, not discovery',
      call: [
        'customer: the engineer never turned up yesterday and i took the day off',
        'agent: can you give me the job reference',
        'customer: j r four four one',
        'agent: name on the booking',
        'customer: kerry walsh',
        "agent: reg?",
        'customer: it was for the washing machine not a car',
        "agent: it's booked for tuesday between eight and twelve you'll get a text the night before",
      ],
      errors: [{ messageId: 'noQuestions', turn: 7 }],
    },
    {
      name: 'a one-word look-up, asking the account holder, or card or cash is not discovery',
      call: [
        'customer: Hello. My husband passed away and I need to close his phone contract.',
        'agent: Are you the account holder?',
        'customer: No, he was.',
        'agent: Address?',
        'customer: 4 Mill Road.',
        'agent: Card or cash for the final bill?',
        'customer: Card.',
        "agent: I've closed it from today and the final bill will be emailed within five days.",
      ],
      errors: [{ messageId: 'noQuestions', turn: 7 }],
    },
    {
      name: 'asking to hear it again is not discovery, with or without punctuation',
      call: [
        'customer: my sons football shirts came with the wrong names on',
        'agent: sorry could you say that again it broke up',
        'customer: the names on the shirts are wrong',
        'agent: Sorry, the names what?',
        'customer: Wrong. Spelt wrong.',
        'agent: was that 2RT or 2RP',
        'customer: 2RT',
        "agent: i'll have them reprinted and sent out by friday",
      ],
      errors: [{ messageId: 'noQuestions', turn: 7 }],
    },
    {
      name: "asking what the call is about invites the request, like a greeting's question",
      call: [
        'customer: hi its derek whalley',
        'agent: thanks derek whats the call about',
        'customer: my renewal has gone up by three hundred pounds',
        "agent: thats how the system works i can't change it is there anything else",
      ],
      errors: [{ messageId: 'noQuestions', turn: 3 }],
    },
    {
      name: "a tag on the agent's own remark asks nothing about the problem",
      call: [
        "customer: Our buyer's pulled out and now our completion date has moved, it's a nightmare.",
        "agent: Oh, house chains, they're the worst, aren't they?",
        'customer: Honestly, yes.',
        "agent: I've moved your removal to the new date and we'll confirm by email tonight.",
      ],
      errors: [{ messageId: 'noQuestions', turn: 3 }],
    },
    {
      name: 'inviting the customer to tell more counts as discovery (closed), though it asks what they would like',
      call: [
        "customer: I'm really unhappy with how the funeral arrangements were handled.",
        'agent: I am so sorry. Would you like to tell me what happened on the day?',
        'customer: The cars were forty minutes late.',
        "agent: That should never have happened. I'll refund the car hire today and you'll get an email within the hour.",
      ],
      errors: [{ messageId: 'noOpenQuestion', turn: 3 }],
      scoreAtLeast: 70,
    },
    {
      name: 'asking the customer to decide or choose is not discovery',
      call: [
        "customer: my rug's got a coffee stain right in the middle",
        'agent: we can do a deep clean for sixty would that suit',
        'customer: yes',
        'agent: Shall I add the stain guard on? Morning or afternoon?',
        'customer: Morning.',
        'agent: Do you want to pay now or on the day?',
        'customer: On the day.',
        "agent: Lovely, the cleaner will be with you Thursday between eight and ten.",
      ],
      errors: [{ messageId: 'noQuestions', turn: 7 }],
    },
    {
      name: 'questions asked only after the fix do not count as discovery',
      call: [
        'customer: my parcel never arrived',
        "agent: i'll send you a replacement today by tracked delivery",
        'customer: ok',
        'agent: is there anything else i can help with',
        'customer: no thanks',
      ],
      errors: [{ messageId: 'noQuestions', turn: 1 }],
    },
  ],
  notApplicable: [
    {
      name: 'a quick factual question simply answered',
      call: [
        'customer: hi what time do you close on saturdays',
        'agent: we close at five on saturdays',
        'customer: great thanks',
        'agent: youre welcome have a good day',
      ],
    },
    {
      name: '"let me check" before a factual answer is not a fix',
      call: [
        'customer: What time does the Leeds branch open on Sunday?',
        "agent: Let me check. It opens at ten on Sundays.",
        'customer: Lovely, thank you.',
      ],
    },
    {
      name: 'the customer never spoke',
      call: ['agent: hello, you are through to northgas', 'agent: hello, is anyone there?'],
    },
  ],
});
