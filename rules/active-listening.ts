// Rule active-listening: when the customer explains something at length, the agent's reply shows it was heard.
import { z } from 'zod';
import { defineRule, type RawFinding } from '../src/model/rule.js';
import { hasAnyAct, nextAgentTurns, percent } from './support/moments.js';

const options = z
  .object({
    /** A customer turn of at least this many words is an explanation that deserves acknowledgement. */
    minCustomerWords: z.number().int().min(1).default(20),
  })
  .strict();
type Options = z.infer<typeof options>;

const messages = {
  notAcknowledged: "The customer explained at length and the agent's reply neither acknowledged nor paraphrased it.",
};
type MessageId = keyof typeof messages;

export default defineRule<Options, MessageId>({
  meta: {
    id: 'active-listening',
    title: 'Acknowledge what the customer explained',
    skill: 'listening',
    description:
      "Each customer turn of at least minCustomerWords words must be met, in the agent's next turn, by an acknowledgement, a " +
      'paraphrase or empathy, rather than a jump to the next scripted step. The score is the share of such explanations ' +
      'acknowledged. Not applicable when the customer never explains at length (or only as the call ends).',
    defaultWeight: 1,
    options,
    messages,
  },
  check(_call, analysis, opts) {
    let moments = 0;
    let heard = 0;
    const findings: RawFinding<MessageId>[] = [];
    for (const turn of analysis.turns) {
      if (turn.role !== 'customer' || turn.tokens.length < opts.minCustomerWords) continue;
      const [reply] = nextAgentTurns(analysis, turn.index, 1);
      if (!reply) continue;
      moments++;
      if (hasAnyAct(reply, ['acknowledgement', 'paraphrase', 'empathy'])) heard++;
      else findings.push({ turn: reply.index, messageId: 'notAcknowledged' });
    }
    if (moments === 0) return { score: 'n/a' };
    return { score: percent(heard / moments), findings };
  },
});
