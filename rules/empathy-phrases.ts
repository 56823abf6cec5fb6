// Rule empathy-phrases: when the customer voices frustration, worry or loss, the agent recognises it within a few turns.
import { z } from 'zod';
import { actsOf, hasAct, type TurnAnalysis } from '../src/model/analysis.js';
import { defineRule, type RawFinding } from '../src/model/rule.js';
import { nextAgentTurns, percent } from './support/moments.js';

const options = z
  .object({
    /** How many of the agent's following turns may pass before the feeling must have been recognised. */
    withinAgentTurns: z.number().int().min(1).default(2),
    /**
     * Once the agent has recognised a feeling in words that fit the customer's situation (whether or not the detector
     * saw that feeling), later feelings in the call count as heard: graders fail a later feeling left alone only when
     * the earlier recognition was a stock phrase.
     */
    heardAfterFittingEmpathy: z.boolean().default(true),
  })
  .strict();
type Options = z.infer<typeof options>;

const messages = {
  missed: 'The customer voiced a negative feeling and the agent showed no empathy in the next {window} agent turn(s).',
};
type MessageId = keyof typeof messages;

// Stock phrases said to anyone: recognition "by rote" in the graders' guideline ("sorry to hear that. crime reference?"),
// and reassurance that names nothing ("it'll be fine").
const STOCK_EMPATHY = new Set([
  'sorry', 'sorry to hear', "i'm sorry to hear", 'im sorry to hear', "i'm sorry", 'im sorry', 'i understand', 'i completely understand',
  'i do understand', 'sorry about that', 'i apologise', 'i apologize', 'apologies', "don't worry", 'dont worry',
  "it'll be fine", 'itll be fine', "you'll be fine", 'youll be fine',
]);

/** Empathy in words that fit: more than a stock phrase. */
function fitting(reply: TurnAnalysis): boolean {
  return actsOf(reply, 'empathy').some((e) => !STOCK_EMPATHY.has((e.cue ?? '').toLowerCase()));
}

export default defineRule<Options, MessageId>({
  meta: {
    id: 'empathy-phrases',
    title: 'Empathy when the customer is upset',
    skill: 'empathy',
    description:
      'Each customer turn with negative emotion (frustration, worry, loss) must be followed by agent empathy within the next ' +
      'few agent turns. Negated or brush-off apologies are not empathy (the detector decides which phrases are). Once the agent ' +
      'has recognised a feeling in words that fit (more than a stock "sorry to hear that" or "don\'t worry"), whether or not a ' +
      'feeling was detected in the turn before, later feelings in the call count as heard (option heardAfterFittingEmpathy). ' +
      'The score is the share of emotional moments the agent recognised. With no negative emotion detected, empathy in words that fit still passes (the feeling was there to ' +
      'recognise); otherwise not applicable when the customer shows no negative emotion, or only at the very end when the ' +
      'agent has no turn left to answer.',
    defaultWeight: 1,
    options,
    messages,
  },
  check(_call, analysis, opts) {
    let moments = 0;
    let recognised = 0;
    let heard = false;
    const findings: RawFinding<MessageId>[] = [];
    let customerSpoke = false;
    for (const turn of analysis.turns) {
      // Fitting empathy counts as hearing the customer even where the feeling it answers went undetected ("oh no,
      // with photo day on Saturday too": the customer's "the shirts would fit my husband" carried no feeling word).
      if (turn.role === 'agent' && opts.heardAfterFittingEmpathy && customerSpoke && fitting(turn)) heard = true;
      if (turn.role !== 'customer') continue;
      customerSpoke = true;
      if (!actsOf(turn, 'customer-emotion').some((e) => e.polarity === 'negative')) continue;
      const replies = nextAgentTurns(analysis, turn.index, opts.withinAgentTurns);
      // A customer who hangs up right after venting gave the agent no occasion.
      if (replies.length === 0) continue;
      moments++;
      const answered = replies.filter((r) => hasAct(r, 'empathy'));
      if (answered.length || heard) recognised++;
      else findings.push({ turn: turn.index, messageId: 'missed', data: { window: opts.withinAgentTurns } });
      if (opts.heardAfterFittingEmpathy && answered.some(fitting)) heard = true;
    }
    // A feeling the detector missed: an agent who recognises it in words that fit has found one to recognise (graders
    // passed 37 such calls of the labelled set, and saw no feeling in 18).
    if (moments === 0) {
      const recognises = analysis.turns.some((t) => t.role === 'agent' && fitting(t) && analysis.turns.slice(0, t.index).some((c) => c.role === 'customer'));
      return recognises ? { score: 100, findings } : { score: 'n/a' };
    }
    return { score: percent(recognised / moments), findings };
  },
});
