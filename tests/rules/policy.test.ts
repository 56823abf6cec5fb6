// Rule policy over hand-picked acts: what each rule decides when the detectors are taken as given.
import { describe, expect, it } from 'vitest';
import { findRule } from '../../rules/index.js';
import { resolveRules, runRules } from '../../src/audit/run-rules.js';
import type { Act } from '../../src/model/analysis.js';
import type { RuleResult } from '../../src/model/results.js';
import { act, scripted, type ScriptedTurn } from './scripted-calls.js';

function judge(ruleId: string, turns: ScriptedTurn[], options: Record<string, unknown> = {}): RuleResult {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const { call, analysis } = scripted(turns);
  return runRules(call, analysis, resolveRules({ [ruleId]: { options } }, [rule]), { redact: true })[0];
}
const found = (r: RuleResult): [string, number][] => r.findings.map((f) => [f.messageId, f.turn]);

const A = (...acts: ReturnType<typeof act.plain>[]): ScriptedTurn => ({ role: 'agent', acts });
const C = (...acts: ReturnType<typeof act.plain>[]): ScriptedTurn => ({ role: 'customer', acts });

describe('questions-asked policy', () => {
  const problem = C(act.upset());
  const fix = A(act.plain('ownership'));
  it.each([
    ['no question', [problem, fix], 0],
    // One good question is enough (the labelled graders pass it); an open one is still wanted.
    ['one closed', [problem, A(act.question('closed')), C(), fix], 70],
    ['one open', [problem, A(act.question('open')), C(), fix], 100],
    ['two closed', [problem, A(act.question('closed')), C(), A(act.question('closed')), C(), fix], 70],
    ['open and closed', [problem, A(act.question('open')), C(), A(act.question('closed')), C(), fix], 100],
  ])('grades %s before the fix', (_name, turns, score) => {
    expect(judge('questions-asked', turns as ScriptedTurn[]).score).toBe(score);
  });

  it('does not count the greeting question or the check after the fix', () => {
    const check = A(act.plain('resolution-check'), act.question('closed'));
    const r = judge('questions-asked', [A(act.plain('greeting'), act.question('open')), problem, fix, C(), check]);
    expect(found(r)).toEqual([['noQuestions', 2]]);
  });

  it('treats "let me check" followed by a question as discovery, not the fix', () => {
    const r = judge('questions-asked', [problem, A(act.plain('ownership')), C(), A(act.question('open')), C(), A(act.question('closed')), C(), fix]);
    expect(r.score).toBe(100);
    expect(found(r)).toEqual([]);
  });

  it('ends discovery at an offer or a resolution check, whatever comes after', () => {
    for (const marker of ['offer', 'resolution-check'] as const) {
      const r = judge('questions-asked', [problem, A(act.plain(marker)), C(), A(act.question('open'))]);
      expect(found(r), marker).toEqual([['noQuestions', 1]]);
    }
  });

  it('ends discovery at a next step only when the agent stops asking, as at a commitment', () => {
    const step = A(act.plain('next-step'));
    expect(found(judge('questions-asked', [problem, step, C(), A(act.question('open')), C(), fix]))).toEqual([]);
    expect(found(judge('questions-asked', [problem, step, C(), A(), C(), A(act.question('open'))]))).toEqual([['noQuestions', 1]]);
  });

  it('honours minQuestions and requireOpen', () => {
    const turns = [problem, A(act.question('closed')), C(), fix];
    expect(judge('questions-asked', turns, { requireOpen: false }).score).toBe(100);
    expect(found(judge('questions-asked', turns))).toEqual([['noOpenQuestion', 3]]);
    expect(found(judge('questions-asked', turns, { minQuestions: 2 })).sort()).toEqual([['noOpenQuestion', 3], ['tooFewQuestions', 3]]);
    expect(judge('questions-asked', turns, { minQuestions: 2 }).score).toBe(35);
  });

  it('is not applicable to a plain question answered, even after "let me check"', () => {
    expect(judge('questions-asked', [C(act.enquiry(1)), A(act.plain('ownership'))]).applicable).toBe(false);
    expect(judge('questions-asked', [C(act.enquiry(1)), A()]).applicable).toBe(false);
  });

  it('applies to a request and to an upset customer even when no fix comes', () => {
    expect(judge('questions-asked', [C(act.enquiry(1, 'request')), A(act.plain('ownership'))]).applicable).toBe(true);
    expect(found(judge('questions-asked', [problem, A(), C(), A()]))).toEqual([['noQuestions', 3]]);
  });
});

describe('empathy-phrases policy', () => {
  it('gives the share of emotional moments recognised after a stock phrase', () => {
    const r = judge('empathy-phrases', [C(act.upset()), A(act.empathy('sorry to hear')), C(act.upset()), A(), C(), A()]);
    expect(r.score).toBe(50);
    expect(found(r)).toEqual([['missed', 2]]);
  });

  it('passes empathy in words that fit where no feeling was detected, but not a stock phrase', () => {
    expect(judge('empathy-phrases', [C(), A(act.empathy("that's a long time to be without a kitchen"))]).score).toBe(100);
    expect(judge('empathy-phrases', [C(), A(act.empathy('sorry about that'))]).applicable).toBe(false);
    expect(judge('empathy-phrases', [A(act.empathy("that's a rotten week")), C()]).applicable).toBe(false);
  });

  it('counts later feelings as heard once the agent recognised one in words that fit, unless the option is off', () => {
    const turns = [C(act.upset()), A(act.empathy("that's a rotten start to the holiday")), C(act.upset()), A(), C(), A()];
    expect(judge('empathy-phrases', turns).score).toBe(100);
    expect(found(judge('empathy-phrases', turns, { heardAfterFittingEmpathy: false }))).toEqual([['missed', 2]]);
  });

  it('counts empathy only within the window of agent turns', () => {
    const turns = [C(act.upset()), A(), C(), A(), C(), A(act.plain('empathy'))];
    expect(found(judge('empathy-phrases', turns))).toEqual([['missed', 0]]);
    expect(found(judge('empathy-phrases', turns, { withinAgentTurns: 3 }))).toEqual([]);
  });

  it('does not count a stock phrase said before the customer was upset', () => {
    expect(found(judge('empathy-phrases', [A(act.plain('empathy')), C(act.upset()), A()]))).toEqual([['missed', 1]]);
    expect(found(judge('empathy-phrases', [A(act.empathy('sorry about that')), C(act.upset()), A()]))).toEqual([['missed', 1]]);
  });

  it('counts a later feeling as heard after fitting empathy for one the detector missed, unless the option is off', () => {
    // "the shirts would fit my husband" (no feeling word) / "oh no, with photo day on Saturday too" / "cutting it fine".
    const turns = [A(), C(), A(act.empathy('with photo day on saturday too')), C(act.upset()), A()];
    expect(found(judge('empathy-phrases', turns))).toEqual([]);
    expect(found(judge('empathy-phrases', turns, { heardAfterFittingEmpathy: false }))).toEqual([['missed', 3]]);
    // Not an agent's opening line before the customer has said anything.
    expect(found(judge('empathy-phrases', [A(act.empathy('what a week to have picked')), C(act.upset()), A()]))).toEqual([['missed', 1]]);
  });

  it('is not applicable for positive emotion or for upset with no agent turn after', () => {
    expect(judge('empathy-phrases', [C(act.pleased()), A()]).applicable).toBe(false);
    expect(judge('empathy-phrases', [A(), C(act.upset())]).applicable).toBe(false);
  });

  it('puts the message window in words', () => {
    const r = judge('empathy-phrases', [C(act.upset()), A()], { withinAgentTurns: 1 });
    expect(r.findings[0].message).toContain('next 1 agent turn');
  });
});

describe('unresolved-enquiries policy', () => {
  const settled = C(act.plain('resolution-confirmed'));
  it('weights enquiries addressed and the ending', () => {
    expect(judge('unresolved-enquiries', [C(act.enquiry(1), act.enquiry(null)), A(), settled]).score).toBe(65);
    expect(judge('unresolved-enquiries', [C(act.enquiry(1)), A()]).score).toBe(70);
    expect(judge('unresolved-enquiries', [C(act.enquiry(1)), A()], { resolutionShare: 0.5 }).score).toBe(50);
  });

  it('counts an enquiry asked again in vain as unanswered both times, whatever reply the first seemed to get', () => {
    const reasked: Act = { act: 'enquiry', kind: 'question', addressedBy: null, repeatOf: 0 };
    const answeredOnce = judge('unresolved-enquiries', [C(act.enquiry(1)), A(), C(act.enquiry(3)), A(), settled]);
    const askedInVain = judge('unresolved-enquiries', [C(act.enquiry(1)), A(), C(reasked), A(), settled]);
    expect(answeredOnce.score).toBe(100);
    // Two enquiries, neither answered: only the settled ending scores.
    expect(askedInVain.score).toBe(30);
  });

  it('quotes the span of an ignored enquiry', () => {
    const r = judge('unresolved-enquiries', [
      { role: 'customer', text: 'Hi. Can I get a refund? Thanks.', acts: [{ act: 'enquiry', kind: 'question', addressedBy: null, span: [4, 23] }] },
      A(act.plain('next-step')),
    ]);
    expect(r.findings.map((f) => f.quote)).toEqual(['Can I get a refund?']);
    expect(r.findings[0].message).toContain('question');
  });

  it('flags a problem that persists after the last fix, not one fixed again and confirmed', () => {
    const base = [C(act.enquiry(1, 'request')), A(act.plain('ownership')), C(act.plain('problem-persists'))];
    expect(found(judge('unresolved-enquiries', [...base, A()]))).toEqual([['problemPersists', 2]]);
    expect(found(judge('unresolved-enquiries', [...base, A(act.plain('ownership')), settled]))).toEqual([]);
    expect(found(judge('unresolved-enquiries', [...base, A(act.plain('ownership')), C()]))).toEqual([['noResolution', 4]]);
  });

  it('accepts an agreed next step as a settled ending, unless the problem is reported after it', () => {
    expect(found(judge('unresolved-enquiries', [C(act.enquiry(1, 'request')), A(act.plain('next-step')), C()]))).toEqual([]);
    expect(
      found(judge('unresolved-enquiries', [C(act.enquiry(1, 'request')), A(act.plain('next-step')), C(act.plain('problem-persists'))])),
    ).toEqual([['problemPersists', 2]]);
  });

  it('drops the ending when requireResolution is off', () => {
    const r = judge('unresolved-enquiries', [C(act.enquiry(1)), A()], { requireResolution: false });
    expect(r.score).toBe(100);
    expect(found(r)).toEqual([]);
  });

  it('is not applicable without an enquiry or a problem, and judges the ending of a problem brought without one', () => {
    expect(judge('unresolved-enquiries', [C(act.pleased()), A()]).applicable).toBe(false);
    const upset = judge('unresolved-enquiries', [C(act.upset()), A()]);
    expect(upset.score).toBe(70);
    expect(found(upset)).toEqual([['noResolution', 1]]);
    expect(judge('unresolved-enquiries', [C(act.upset()), A(act.plain('next-step'))]).score).toBe(100);
  });
});

describe('sales-follow-through policy', () => {
  it('accepts follow-through in the offer turn itself or within the window', () => {
    expect(found(judge('sales-follow-through', [A(act.plain('offer'), act.plain('decision-ask'))]))).toEqual([]);
    expect(found(judge('sales-follow-through', [A(act.plain('offer')), C(), A(act.plain('benefit'))]))).toEqual([]);
    expect(found(judge('sales-follow-through', [A(act.plain('offer')), C(), A(), C(), A(act.plain('decision-ask'))]))).toEqual([]);
    expect(found(judge('sales-follow-through', [A(act.plain('offer')), C(), A(), C(), A(), C(), A(act.plain('benefit'))]))).toEqual([]);
    // The default window is three agent turns: a decision ask in the fourth is too late.
    expect(found(judge('sales-follow-through', [A(act.plain('offer')), C(), A(), C(), A(), C(), A(), C(), A(act.plain('decision-ask'))]))).toEqual([
      ['offerDropped', 0],
    ]);
  });

  it('takes a next step as follow-through only in the offer turn or the agent turn straight after', () => {
    expect(found(judge('sales-follow-through', [A(act.plain('offer')), C(), A(act.plain('next-step'))]))).toEqual([]);
    // A later next step is about other business ("the driver will ring an hour before").
    expect(found(judge('sales-follow-through', [A(act.plain('offer')), C(), A(), C(), A(act.plain('next-step'))]))).toEqual([['offerDropped', 0]]);
    expect(found(judge('sales-follow-through', [C(act.plain('buying-signal')), A(act.plain('next-step')), C()]))).toEqual([]);
    expect(found(judge('sales-follow-through', [C(act.plain('buying-signal')), A(), C(), A(act.plain('next-step'))]))).toEqual([['signalIgnored', 0]]);
  });

  it('counts a bare offer as answering a buying signal, but the offer still needs its own follow-through', () => {
    const r = judge('sales-follow-through', [C(act.plain('buying-signal')), A(act.plain('offer')), C(), A()]);
    expect(found(r)).toEqual([['offerDropped', 1]]);
    expect(r.score).toBe(50);
  });

  it('flags an ignored buying signal, not one voiced as the call ends', () => {
    expect(found(judge('sales-follow-through', [C(act.plain('buying-signal')), A(), C(), A()]))).toEqual([['signalIgnored', 0]]);
    expect(judge('sales-follow-through', [A(), C(act.plain('buying-signal'))]).applicable).toBe(false);
  });

  it('does not take the benefit the offer states as carrying it forward', () => {
    // "we've twenty percent off cushions this week" / "I just want my sofa": the pitch alone, then dropped.
    expect(found(judge('sales-follow-through', [A(act.plain('offer'), act.plain('benefit')), C(), A()]))).toEqual([['offerDropped', 0]]);
  });

  it('does not take a customer next step as the agent following through', () => {
    expect(found(judge('sales-follow-through', [A(act.plain('offer')), C(act.plain('next-step')), A()]))).toEqual([['offerDropped', 0]]);
  });

  it('takes a decision ask about something priced, with no offer before it, as an opportunity taken up', () => {
    const asked = judge('sales-follow-through', [C(), A(act.price(), act.plain('decision-ask')), C()]);
    expect(asked.applicable).toBe(true);
    expect(asked.score).toBe(100);
    expect(judge('sales-follow-through', [C(), A(act.price()), C(), A(act.plain('decision-ask')), C()]).score).toBe(100);
    // "Shall I rebook it for Tuesday?" sells nothing.
    expect(judge('sales-follow-through', [C(), A(act.plain('decision-ask')), C()]).applicable).toBe(false);
  });

  it('takes a decision ask right after an offer as its follow-through, and a late one as a fresh opportunity', () => {
    // Right after an offer the ask carries that offer: one opportunity, followed through.
    expect(found(judge('sales-follow-through', [A(act.plain('offer')), C(), A(act.plain('decision-ask'))]))).toEqual([]);
    expect(judge('sales-follow-through', [A(act.plain('offer')), C(), A(act.plain('decision-ask'))]).score).toBe(100);
    // Long after it, the offer was dropped and the ask is a fresh opportunity taken up: half followed.
    const late = judge('sales-follow-through', [A(act.plain('offer')), C(), A(), C(), A(), C(), A(), C(), A(act.price(), act.plain('decision-ask'))]);
    expect(found(late)).toEqual([['offerDropped', 0]]);
    expect(late.score).toBe(50);
  });
});

describe('ownership-language policy', () => {
  const request = C(act.enquiry(1, 'request'));
  it('redeems a deflection with a plan in the same or next agent turn only', () => {
    expect(found(judge('ownership-language', [request, A(act.plain('deflection'), act.plain('next-step'))]))).toEqual([]);
    expect(found(judge('ownership-language', [request, A(act.plain('deflection')), C(), A(act.plain('ownership'))]))).toEqual([]);
    const late = judge('ownership-language', [request, A(act.plain('deflection')), C(), A(), C(), A(act.plain('ownership'))]);
    expect(found(late)).toEqual([['deflection', 1]]);
    expect(late.score).toBe(50);
  });

  it('wants at least one commitment when there is a problem', () => {
    const r = judge('ownership-language', [C(act.upset()), A(), C(), A()]);
    expect(found(r)).toEqual([['noCommitment', 3]]);
    expect(r.score).toBe(50);
  });

  it('applies whenever the agent deflects, and not to a calm plain question', () => {
    expect(judge('ownership-language', [C(), A(act.plain('deflection'))]).applicable).toBe(true);
    expect(judge('ownership-language', [C(act.enquiry(1)), A()]).applicable).toBe(false);
  });
});

describe('courtesy policy', () => {
  it('looks for the greeting in the first and the closing in the last agent turns', () => {
    const turns = [A(), C(), A(), C(), A(act.plain('greeting')), C(), A(act.plain('closing'))];
    expect(found(judge('courtesy', turns))).toEqual([['noGreeting', 0]]);
    expect(found(judge('courtesy', turns, { greetingWithinAgentTurns: 3 }))).toEqual([]);
  });

  it('scores interruptions as a share of timed handovers, within the tolerance', () => {
    const r = judge('courtesy', [
      { role: 'agent', acts: [act.plain('greeting')], start: 0, end: 2 },
      { role: 'customer', start: 2, end: 6 },
      { role: 'agent', start: 5.8, end: 7 },
      { role: 'customer', start: 7, end: 10 },
      { role: 'agent', acts: [act.plain('closing')], start: 8, end: 11 },
    ]);
    expect(found(r)).toEqual([['interrupted', 4]]);
    expect(r.findings[0].message).toContain('2s');
    expect(r.score).toBe(80);
  });

  it('can drop the greeting and closing requirements', () => {
    const r = judge('courtesy', [A(), C(), A()], { requireGreeting: false, requireClosing: false });
    expect(r.applicable).toBe(false);
  });
});

describe('active-listening policy', () => {
  const long = (acts: ScriptedTurn['acts'] = []): ScriptedTurn => ({ role: 'customer', text: 'word '.repeat(25), acts });
  it('counts acknowledgement, paraphrase or empathy in the next agent turn', () => {
    for (const name of ['acknowledgement', 'paraphrase', 'empathy'] as const) {
      expect(judge('active-listening', [long(), A(act.plain(name))]).score, name).toBe(100);
    }
    const r = judge('active-listening', [long(), A(), long(), A(act.plain('acknowledgement'))]);
    expect(r.score).toBe(50);
    expect(found(r)).toEqual([['notAcknowledged', 1]]);
  });

  it('respects minCustomerWords', () => {
    expect(judge('active-listening', [long(), A()], { minCustomerWords: 30 }).applicable).toBe(false);
  });
});
