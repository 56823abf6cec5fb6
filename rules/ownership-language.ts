// Rule ownership-language: the agent takes the problem on ("I'll", "let me") and never passes it away without a plan.
import { z } from 'zod';
import { actsOf, hasAct } from '../src/model/analysis.js';
import { defineRule, type RawFinding } from '../src/model/rule.js';
import { FIX_ACTS, hasAnyAct, nextAgentTurns, percent } from './support/moments.js';

const options = z
  .object({
    /** Agent turns after a deflection in which a plan (commitment or next step) still redeems it; 0 = same turn only. */
    planWithinAgentTurns: z.number().int().min(0).default(1),
  })
  .strict();
type Options = z.infer<typeof options>;

const messages = {
  deflection: 'The agent passed the problem away without saying what will happen next.',
  noCommitment: 'The agent never committed to act ("I will", "let me") or set a next step for the customer.',
};
type MessageId = keyof typeof messages;

export default defineRule<Options, MessageId>({
  meta: {
    id: 'ownership-language',
    title: 'Ownership, not deflection',
    skill: 'ownership',
    description:
      'When the customer brings a problem or a request, the agent commits to act or sets a next step at least once, and every ' +
      'deflection ("not my department", "nothing I can do") comes with a plan in the same or the next agent turn. Half the score ' +
      'is the commitment, half the share of deflections that came with a plan. Not applicable when the customer brings no ' +
      'problem or request (no request, negative emotion or persisting problem) and the agent does not deflect.',
    defaultWeight: 1,
    options,
    messages,
  },
  check(_call, analysis, opts) {
    const turns = analysis.turns;
    const occasion = turns.some(
      (t) =>
        t.role === 'customer' &&
        (hasAct(t, 'problem-persists') ||
          hasAct(t, 'problem') ||
          actsOf(t, 'enquiry').some((e) => e.kind === 'request') ||
          actsOf(t, 'customer-emotion').some((e) => e.polarity === 'negative')),
    );
    const agentTurns = turns.filter((t) => t.role === 'agent');
    const deflections = agentTurns.filter((t) => hasAct(t, 'deflection'));
    if (agentTurns.length === 0 || (!occasion && deflections.length === 0)) return { score: 'n/a' };

    const findings: RawFinding<MessageId>[] = [];
    let planned = 0;
    for (const turn of deflections) {
      const window = [turn, ...nextAgentTurns(analysis, turn.index, opts.planWithinAgentTurns)];
      if (window.some((t) => hasAnyAct(t, FIX_ACTS))) planned++;
      else findings.push({ turn: turn.index, messageId: 'deflection', span: actsOf(turn, 'deflection')[0].span });
    }
    const committed = agentTurns.some((t) => hasAnyAct(t, FIX_ACTS));
    if (!committed) findings.push({ turn: agentTurns[agentTurns.length - 1].index, messageId: 'noCommitment' });
    const plannedShare = deflections.length === 0 ? 1 : planned / deflections.length;
    return { score: percent(0.5 * (committed ? 1 : 0) + 0.5 * plannedShare), findings };
  },
});
