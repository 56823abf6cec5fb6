// Table-driven cases for ownership-language: commitments and next steps, not deflection without a plan.
import rule from '../../rules/ownership-language.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'first-person commitment with a time',
      call: [
        'customer: Can you sort out the wrong charge on my bill?',
        "agent: Yes, I'll remove the charge now and you'll get an email confirming it within 24 hours.",
        'customer: Thank you.',
      ],
      scoreAtLeast: 100,
    },
    {
      name: 'a referral that comes with a plan, lower-case',
      call: [
        'customer: i need my pension transferred to another provider',
        "agent: that's handled by our pensions team but i'll transfer you now and stay on the line until they pick up",
        'customer: ok thanks',
      ],
    },
  ],
  invalid: [
    {
      name: '"not my department" with no plan',
      call: [
        'customer: My refund still has not arrived and I am fed up.',
        "agent: That's not my department.",
        'customer: So who do I talk to?',
        "agent: You'll have to call back another day.",
      ],
      errors: [
        { messageId: 'deflection', turn: 1 },
        { messageId: 'deflection', turn: 3 },
        { messageId: 'noCommitment', turn: 3 },
      ],
      scoreBelow: 1,
    },
    {
      name: '"nothing I can do" without punctuation',
      call: [
        'customer: please can you waive the late fee i was in hospital',
        'agent: theres nothing i can do about that',
        'customer: really',
        'agent: yes the fee stands',
      ],
      errors: [
        { messageId: 'deflection', turn: 1 },
        { messageId: 'noCommitment', turn: 3 },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a plain factual question',
      call: ['customer: what time does the branch open tomorrow', 'agent: nine o clock', 'customer: thanks'],
    },
  ],
});
