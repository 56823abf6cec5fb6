// Rule empathy-phrases: when the customer voices frustration, worry or loss, the agent recognises it within a few turns.
import { z } from 'zod';
import { actsOf, hasAct } from '../src/model/analysis.js';
import { defineRule, type RawFinding } from '../src/model/rule.js';
import { nextAgentTurns, percent } from './support/moments.js';

const options = z
  .object({
    /** How many of the agent's following turns may pass before the feeling must have been recognised. */
    withinAgentTurns: z.number().int().min(1).default(2),
  })
  .strict();
type Options = z.infer<typeof options>;

const messages = {
  missed: 'The customer voiced a negative feeling and the agent showed no empathy in the next {window} agent turn(s).',
};
type MessageId = keyof typeof messages;

export default defineRule<Options, MessageId>({
  meta: {
    id: 'empathy-phrases',
    title: 'Empathy when the customer is upset',
    skill: 'empathy',
    description:
      'Each customer turn with negative emotion (frustration, worry, loss) must be followed by agent empathy within the next ' +
      'few agent turns. Negated or brush-off apologies are not empathy (the detector decides which phrases are). The score is ' +
      'the share of emotional moments the agent recognised. Not applicable when the customer shows no negative emotion, or only ' +
      'at the very end when the agent has no turn left to answer.',
    defaultWeight: 1,
    options,
    messages,
  },
  check(_call, analysis, opts) {
    let moments = 0;
    let recognised = 0;
    const findings: RawFinding<MessageId>[] = [];
    for (const turn of analysis.turns) {
      if (turn.role !== 'customer') continue;
      if (!actsOf(turn, 'customer-emotion').some((e) => e.polarity === 'negative')) continue;
      const replies = nextAgentTurns(analysis, turn.index, opts.withinAgentTurns);
      // A customer who hangs up right after venting gave the agent no occasion.
      if (replies.length === 0) continue;
      moments++;
      if (replies.some((r) => hasAct(r, 'empathy'))) recognised++;
      else findings.push({ turn: turn.index, messageId: 'missed', data: { window: opts.withinAgentTurns } });
    }
    if (moments === 0) return { score: 'n/a' };
    return { score: percent(recognised / moments), findings };
  },
});
