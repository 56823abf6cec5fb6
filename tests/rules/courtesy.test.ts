// Table-driven cases for courtesy: greeting, polite closing, and not talking over the customer.
import rule from '../../rules/courtesy.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'greets, closes, waits for the customer',
      call: [
        'agent@0-4: Good morning, thank you for calling Brightwater, my name is Lee.',
        'customer@4.2-8: Hi, I want to check my last bill.',
        'agent@8.3-12: Of course, your last bill was 42 pounds.',
        'customer@12.1-14: Great, thanks.',
        'agent@14.2-17: Thanks for calling, have a lovely day, goodbye.',
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'lower-case, no timings',
      call: ['agent: hi thanks for calling how can i help', 'customer: whats my balance', 'agent: its twelve pounds', 'customer: cheers', 'agent: no problem have a good day bye'],
    },
  ],
  invalid: [
    {
      name: 'no greeting, no closing',
      call: ['agent: Account number.', 'customer: 5512.', 'agent: Your balance is 12 pounds.', 'customer: OK.', 'agent: Done.'],
      errors: [
        { messageId: 'noGreeting', turn: 0 },
        { messageId: 'noClosing', turn: 4 },
      ],
      scoreBelow: 1,
    },
    {
      name: 'the agent talks over the customer',
      call: [
        'agent@0-3: Hello, thanks for calling Brightwater.',
        'customer@3-12: I have been trying to explain this for ten minutes and every time I',
        'agent@9-13: Yes yes, I know, the bill is correct.',
        'customer@13.5-15: Fine.',
        'agent@15.2-17: Thank you for calling, goodbye.',
      ],
      errors: [{ messageId: 'interrupted', turn: 2 }],
      scoreBelow: 100,
    },
  ],
  notApplicable: [{ name: 'the agent never speaks', call: ['customer: hello', 'customer: hello is anyone there'] }],
});
