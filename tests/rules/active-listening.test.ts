// Table-driven cases for active-listening: long customer explanations are acknowledged or paraphrased.
import rule from '../../rules/active-listening.js';
import { testRule } from '../helpers/rule-tester.js';

const explanation =
  'customer: So the router was fine until last Tuesday and then every evening around eight it just restarts by itself ' +
  'and all the lights go off and my kids lose their games';

testRule(rule, {
  valid: [
    {
      name: 'paraphrase of the explanation',
      call: [explanation, 'agent: Just to confirm, the router restarts on its own every evening around eight since Tuesday?'],
      scoreAtLeast: 100,
    },
    {
      name: 'acknowledgement without punctuation',
      call: [
        'customer: i ordered a sofa six weeks ago and the delivery date has been moved three times now and nobody has told me why it keeps changing',
        'agent: i understand what youre saying about the delivery date moving so let me look at the order',
      ],
    },
  ],
  invalid: [
    {
      name: 'a scripted jump to the next step',
      call: [explanation, 'agent: Can I take the account holder name?'],
      errors: [{ messageId: 'notAcknowledged', turn: 1 }],
      scoreBelow: 1,
    },
  ],
  notApplicable: [
    { name: 'only short customer turns', call: ['customer: whats my balance', 'agent: twelve pounds', 'customer: thanks'] },
    { name: 'a long explanation as the call ends', call: ['agent: Hello?', explanation] },
  ],
});
