// Rule courtesy: the agent opens with a greeting, closes politely, and lets the customer finish speaking.
import { z } from 'zod';
import { hasAct } from '../src/model/analysis.js';
import { defineRule, type RawFinding } from '../src/model/rule.js';
import { percent } from './support/moments.js';

const options = z
  .object({
    /** The greeting must come within the agent's first this many turns. */
    greetingWithinAgentTurns: z.number().int().min(1).default(2),
    /** The closing must come within the agent's last this many turns. */
    closingWithinAgentTurns: z.number().int().min(1).default(2),
    /** Overlap (seconds) before an agent turn that starts while the customer is still talking counts as interrupting. */
    interruptionToleranceSeconds: z.number().min(0).default(0.5),
    requireGreeting: z.boolean().default(true),
    requireClosing: z.boolean().default(true),
  })
  .strict();
type Options = z.infer<typeof options>;

const messages = {
  noGreeting: 'The agent did not greet the customer at the start of the call.',
  noClosing: 'The agent did not close the call politely (thanks, goodbye, anything else).',
  interrupted: 'The agent started speaking {seconds}s before the customer had finished.',
};
type MessageId = keyof typeof messages;

export default defineRule<Options, MessageId>({
  meta: {
    id: 'courtesy',
    title: 'Greeting, closing and no interrupting',
    skill: 'professionalism',
    description:
      "The agent greets the customer in their first turns and closes politely in their last turns; with timings, the agent does " +
      "not start talking over the customer's turn (overlap beyond a tolerance). Greeting and closing each carry 30% of the " +
      'score and the share of customer turns not interrupted 40% (when the call has timings). Not applicable when the agent never speaks.',
    defaultWeight: 1,
    options,
    messages,
  },
  check(call, analysis, opts) {
    const agentTurns = analysis.turns.filter((t) => t.role === 'agent');
    if (agentTurns.length === 0) return { score: 'n/a' };
    const findings: RawFinding<MessageId>[] = [];
    let earned = 0;
    let possible = 0;

    if (opts.requireGreeting) {
      possible += 0.3;
      if (agentTurns.slice(0, opts.greetingWithinAgentTurns).some((t) => hasAct(t, 'greeting'))) earned += 0.3;
      else findings.push({ turn: agentTurns[0].index, messageId: 'noGreeting' });
    }
    if (opts.requireClosing) {
      possible += 0.3;
      if (agentTurns.slice(-opts.closingWithinAgentTurns).some((t) => hasAct(t, 'closing'))) earned += 0.3;
      else findings.push({ turn: agentTurns[agentTurns.length - 1].index, messageId: 'noClosing' });
    }

    // Handovers from customer to agent where both timings are known: the agent should let the customer finish.
    let handovers = 0;
    let interruptions = 0;
    for (let i = 1; i < call.turns.length; i++) {
      const before = call.turns[i - 1];
      const turn = call.turns[i];
      if (turn.role !== 'agent' || before.role !== 'customer' || turn.start === undefined || before.end === undefined) continue;
      handovers++;
      const overlap = before.end - turn.start;
      if (overlap > opts.interruptionToleranceSeconds) {
        interruptions++;
        findings.push({ turn: i, messageId: 'interrupted', data: { seconds: Math.round(overlap * 10) / 10 } });
      }
    }
    if (handovers > 0) {
      possible += 0.4;
      earned += 0.4 * (1 - interruptions / handovers);
    }
    if (possible === 0) return { score: 'n/a', findings };
    return { score: percent(earned / possible), findings };
  },
});
