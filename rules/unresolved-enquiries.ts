// Rule unresolved-enquiries: every customer question or request gets an answer, an action or a referral, and the call ends settled.
import { z } from 'zod';
import { actsOf } from '../src/model/analysis.js';
import { defineRule, type RawFinding } from '../src/model/rule.js';
import { broughtProblem, customerUpset, FIX_ACTS, lastTurnWith, percent } from './support/moments.js';

const options = z
  .object({
    /** Also require the call to end settled: the customer confirms the resolution or a next step is agreed. */
    requireResolution: z.boolean().default(true),
    /** Share of the score that the ending carries (the rest is the share of enquiries addressed). */
    resolutionShare: z.number().min(0).max(1).default(0.3),
  })
  .strict();
type Options = z.infer<typeof options>;

const messages = {
  ignored: 'The customer {kind} was never answered, acted on or referred.',
  problemPersists: 'The customer still reports the problem after the agent last tried to fix it, and the call ends there.',
  noResolution: 'The call ends without the customer confirming a resolution or an agreed next step.',
};
type MessageId = keyof typeof messages;

export default defineRule<Options, MessageId>({
  meta: {
    id: 'unresolved-enquiries',
    title: 'No enquiry left unattended',
    skill: 'responsiveness',
    description:
      'Each customer question or request must be addressed by a later agent turn (answer, action or referral); each one left ' +
      'unaddressed is a finding quoting it; one the customer has to ask again in vain counts as unanswered both times. ' +
      'The call must also end settled: a customer who still reports the problem after the ' +
      "agent's last fix, or an ending with neither a confirmed resolution nor an agreed next step, is a finding. The score is " +
      'the share of enquiries addressed, with the ending weighted by resolutionShare. Not applicable when the customer made no ' +
      'enquiry and brought no problem (none told, no negative emotion, no problem that persists).',
    defaultWeight: 1,
    options,
    messages,
  },
  check(_call, analysis, opts) {
    const findings: RawFinding<MessageId>[] = [];
    let total = 0;
    let addressed = 0;
    // "And the instalments? I did ask.": asked again and still unanswered, so the first asking was not answered either,
    // whatever reply it seemed to get.
    const reaskedInVain = new Set<number>();
    for (const turn of analysis.turns) {
      for (const e of actsOf(turn, 'enquiry')) if (e.repeatOf !== undefined && e.addressedBy === null) reaskedInVain.add(e.repeatOf);
    }
    for (const turn of analysis.turns) {
      if (turn.role !== 'customer') continue;
      let firstOfTurn = true;
      for (const enquiry of actsOf(turn, 'enquiry')) {
        total++;
        const unanswered = reaskedInVain.has(turn.index) && firstOfTurn && enquiry.addressedBy !== null;
        firstOfTurn = false;
        if (unanswered) continue;
        if (enquiry.addressedBy !== null) addressed++;
        else findings.push({ turn: turn.index, messageId: 'ignored', data: { kind: enquiry.kind }, span: enquiry.span });
      }
    }
    // A problem the customer brought without a question or request ("the boiler packed in last night"): no enquiry is
    // left unattended, and the ending still counts. Graders judge every such call. (Not a fix the agent offers unasked:
    // an outbound check-in that books an upgrade brought no problem.)
    if (total === 0 && !broughtProblem(analysis) && !customerUpset(analysis)) return { score: 'n/a' };
    const answeredShare = total === 0 ? 1 : addressed / total;
    if (!opts.requireResolution) return { score: percent(answeredShare), findings };

    const lastPersist = lastTurnWith(analysis, 'customer', ['problem-persists']);
    const lastFix = lastTurnWith(analysis, 'agent', FIX_ACTS);
    const lastSettled = Math.max(
      lastTurnWith(analysis, 'customer', ['resolution-confirmed']),
      lastTurnWith(analysis, 'any', ['next-step']),
    );
    // Settled when a confirmation or agreed next step comes after the last report that the problem persists.
    const settled = lastSettled >= 0 && lastSettled > lastPersist;
    if (!settled) {
      const persistsAfterFix = lastPersist >= 0 && lastPersist > lastFix;
      findings.push(
        persistsAfterFix
          ? { turn: lastPersist, messageId: 'problemPersists' }
          : { turn: analysis.turns.length - 1, messageId: 'noResolution' },
      );
    }
    const share = opts.resolutionShare;
    return { score: percent((1 - share) * answeredShare + share * (settled ? 1 : 0)), findings };
  },
});
