// Comparing tiny hand-made results with labels: verdict mapping, exhaustive turn labels, quotes and what is missing.
import { describe, expect, it } from 'vitest';
import { calibrate, compareCallLevel, compareEnquiries, compareTurnLevel } from '../../src/calibrate/compare.js';
import { parseLabels } from '../../src/calibrate/labels.js';
import type { Act } from '../../src/model/analysis.js';
import type { CallResult, RuleResult } from '../../src/model/results.js';

function rule(ruleId: string, score: number | null, quote?: string): RuleResult {
  return {
    ruleId,
    score,
    applicable: score !== null,
    weight: 1,
    findings: quote ? [{ ruleId, turn: 1, quote, messageId: 'm', message: 'm', severity: 'warning' }] : [],
  };
}

function result(callId: string, rules: RuleResult[], turns: Array<{ role: 'agent' | 'customer'; acts: Act['act'][] }> = []): CallResult {
  return {
    callId,
    key: callId,
    agent: { id: 'a1' },
    source: { file: `${callId}.json`, format: 'json' },
    turnCount: turns.length,
    score: null,
    rules,
    annotations: turns.map((t, turn) => ({ turn, role: t.role, acts: t.acts.map((act) => ({ act }) as Act) })),
  };
}

describe('compareCallLevel', () => {
  const labels = parseLabels(
    [
      'call_id,rule,verdict',
      'c1,empathy-phrases,pass',
      'c2,empathy-phrases,fail',
      'c3,empathy-phrases,fail',
      'c4,empathy-phrases,na',
      'c5,empathy-phrases,pass',
      'c1,questions-asked,pass',
      'c9,empathy-phrases,pass',
    ].join('\n'),
    'calls.csv',
  );
  const results = [
    result('c1', [rule('empathy-phrases', 90), rule('questions-asked', 100)]),
    result('c2', [rule('empathy-phrases', 20, 'card 4111 1111 1111 1111 was declined')]),
    result('c3', [rule('empathy-phrases', 75)]),
    result('c4', [rule('empathy-phrases', null)]),
    result('c5', [rule('empathy-phrases', 40, 'sorry but that is policy')]),
  ];

  it('maps scores to verdicts at the threshold and fills the 3x3 matrix (rows human, columns callaudit)', () => {
    const report = compareCallLevel(results, labels);
    const empathy = report.rules.find((r) => r.rule === 'empathy-phrases')!;
    expect(empathy.n).toBe(5);
    expect(empathy.confusion.matrix).toEqual([
      [1, 1, 0],
      [1, 1, 0],
      [0, 0, 1],
    ]);
    expect(empathy.agreement).toBeCloseTo(3 / 5, 10);
    // fail as positive: tp 1 (c2), fp 1 (c5), fn 1 (c3).
    expect(empathy.precision).toBeCloseTo(0.5, 10);
    expect(empathy.recall).toBeCloseTo(0.5, 10);
    expect(report.missingCalls).toEqual(['c9']);
  });

  it('lists the disagreeing calls with the first finding, redacted', () => {
    const empathy = compareCallLevel(results, labels).rules.find((r) => r.rule === 'empathy-phrases')!;
    expect(empathy.disagreements).toEqual([
      { callId: 'c3', human: 'fail', machine: 'pass', score: 75 },
      { callId: 'c5', human: 'pass', machine: 'fail', score: 40, turn: 1, quote: 'sorry but that is policy' },
    ]);
    const strict = compareCallLevel(results, labels, { passScore: 95 }).rules.find((r) => r.rule === 'empathy-phrases')!;
    const c2 = compareCallLevel([result('c2', [rule('empathy-phrases', 90, 'card 4111 1111 1111 1111 was declined')])], parseLabels('call_id,rule,verdict\nc2,empathy-phrases,fail', 'x.csv'));
    expect(c2.rules[0].disagreements[0].quote).toBe('card [card] was declined');
    // A stricter pass mark turns c1's 90 into a fail.
    expect(strict.disagreements.map((d) => d.callId)).toContain('c1');
  });

  it('warns about a labelled rule that did not run instead of counting it', () => {
    const report = compareCallLevel([result('c1', [])], parseLabels('call_id,rule,verdict\nc1,sales-follow-through,na', 'x.csv'));
    expect(report.rules).toEqual([]);
    expect(report.warnings.join()).toMatch(/sales-follow-through/);
  });
});

describe('compareTurnLevel', () => {
  const results = [
    result('c1', [], [
      { role: 'agent', acts: ['question'] },
      { role: 'customer', acts: ['customer-emotion'] },
      { role: 'agent', acts: ['empathy', 'question'] },
      { role: 'customer', acts: [] },
    ]),
    result('c2', [], [
      { role: 'agent', acts: ['empathy'] },
      { role: 'customer', acts: [] },
    ]),
  ];
  // Exhaustive per call and act: turn 0 of c1 has no `1` row for empathy, so it is a negative without a 0 row.
  const labels = parseLabels(
    ['call_id,turn,act,value', 'c1,2,empathy,1', 'c1,1,customer-emotion,1', 'c1,3,customer-emotion,1', 'c2,0,empathy,0', 'c1,0,question,1'].join('\n'),
    'turns.csv',
  );
  const texts = new Map([
    ['c1', ['what happened', 'I am so fed up', 'that sounds awful, what then', 'email me at jo@example.com please']],
    ['c2', ['sorry but that is policy', 'fine']],
  ]);

  it('judges every turn of every labelled call for every labelled act', () => {
    const report = compareTurnLevel(results, labels, { texts });
    const empathy = report.acts.find((a) => a.act === 'empathy')!;
    expect(empathy).toMatchObject({ n: 6, tp: 1, fp: 1, fn: 0, tn: 4 });
    expect(empathy.precision).toBeCloseTo(0.5, 10);
    expect(empathy.disagreements).toEqual([{ callId: 'c2', turn: 0, role: 'agent', human: 0, machine: 1, quote: 'sorry but that is policy' }]);

    const question = report.acts.find((a) => a.act === 'question')!;
    // c1 turn 2 is a question callaudit found but the grader did not mark: a false positive.
    expect(question).toMatchObject({ tp: 1, fp: 1, fn: 0, tn: 4 });
    expect(report.acts.map((a) => a.act)).toEqual(['customer-emotion', 'empathy', 'question']);
  });

  it('quotes missed turns redacted, and leaves redaction off on request', () => {
    const emotion = compareTurnLevel(results, labels, { texts }).acts.find((a) => a.act === 'customer-emotion')!;
    expect(emotion.disagreements).toEqual([{ callId: 'c1', turn: 3, role: 'customer', human: 1, machine: 0, quote: 'email me at [email] please' }]);
    const raw = compareTurnLevel(results, labels, { texts, redact: false }).acts.find((a) => a.act === 'customer-emotion')!;
    expect(raw.disagreements[0].quote).toContain('jo@example.com');
  });

  it('warns about a label pointing past the end of the call and reports labelled calls with no result', () => {
    const report = compareTurnLevel(results, parseLabels('call_id,turn,act,value\nc2,7,empathy,1\nc8,0,empathy,1', 't.csv'));
    expect(report.warnings.join()).toMatch(/c2 has 2 turns, no turn 7/);
    expect(report.missingCalls).toEqual(['c8']);
  });
});

describe('compareEnquiries', () => {
  // Customer turns carry callaudit's enquiries with the turn it found addressing each (null: none).
  function withEnquiries(callId: string, turnCount: number, enquiries: Record<number, Array<number | null>>): CallResult {
    return {
      ...result(callId, []),
      turnCount,
      annotations: Array.from({ length: turnCount }, (_, turn) => ({
        turn,
        role: turn % 2 ? ('customer' as const) : ('agent' as const),
        acts: (enquiries[turn] ?? []).map((addressedBy): Act => ({ act: 'enquiry', kind: 'question', addressedBy })),
      })),
    };
  }
  const results = [
    withEnquiries('c1', 6, { 1: [2], 3: [null] }),
    // Turn 1 asks two things, answered at 2 and 4; turn 3 asks two things and one is never answered.
    withEnquiries('c2', 5, { 1: [2, 4], 3: [4, null] }),
    withEnquiries('c3', 3, { 1: [2] }),
  ];
  const labels = parseLabels(
    ['call_id,turn,addressed_by', 'c1,1,2', 'c1,3,none', 'c1,5,none', 'c2,1,2', 'c2,3,4', 'c3,1,none', 'c9,1,none'].join('\n'),
    'enquiries.csv',
  );
  const texts = new Map([['c3', ['hello', 'can you change my number to 07700 900123', 'one moment please']]]);

  it('counts an enquiry left unaddressed as the positive, and one callaudit does not read as addressed', () => {
    const { enquiries, missingCalls } = compareEnquiries(results, labels, { texts });
    // c1 turn 3 both open (tp); c2 turn 3 only callaudit (fp); c1 turn 5 not read and c3 turn 1 answered wrongly (fn).
    expect(enquiries).toMatchObject({ n: 6, detected: 5, tp: 1, fp: 1, fn: 2, tn: 2 });
    expect(enquiries!.precision).toBeCloseTo(0.5, 10);
    expect(enquiries!.recall).toBeCloseTo(1 / 3, 10);
    // Both addressed: c1 turn 1 at the grader's turn, c2 turn 1 only once both parts are answered (turn 4, not 2).
    expect(enquiries!.sameTurn).toBeCloseTo(0.5, 10);
    expect(missingCalls).toEqual(['c9']);
  });

  it('lists the disagreements with the enquiry and the reply callaudit took for an answer, redacted', () => {
    const { enquiries } = compareEnquiries(results, labels, { texts });
    expect(enquiries!.disagreements).toEqual([
      { callId: 'c1', turn: 5, human: null },
      { callId: 'c2', turn: 3, human: 4, machine: null },
      { callId: 'c3', turn: 1, human: null, machine: 2, quote: 'can you change my number to [phone]', reply: 'one moment please' },
    ]);
  });

  it('has nothing to report without enquiry labels, and warns about a label past the end of the call', () => {
    expect(compareEnquiries(results, { enquiries: [] }).enquiries).toBeNull();
    const report = compareEnquiries(results, parseLabels('call_id,turn,addressed_by\nc3,1,7', 'e.csv'));
    expect(report.enquiries).toBeNull();
    expect(report.warnings.join()).toMatch(/c3 has 3 turns/);
  });
});

describe('calibrate', () => {
  it('counts each labelled call once whichever level labels it', () => {
    const labels = {
      ...parseLabels('call_id,rule,verdict\nc1,questions-asked,pass', 'a.csv'),
      turns: parseLabels('call_id,turn,act,value\nc1,0,question,1\nc2,0,question,1', 'b.csv').turns,
    };
    const report = calibrate([result('c1', [rule('questions-asked', 80)], [{ role: 'agent', acts: ['question'] }])], labels);
    expect(report.callsCompared).toBe(1);
    expect(report.missingCalls).toEqual(['c2']);
    expect(report.rules[0]).toMatchObject({ rule: 'questions-asked', n: 1, agreement: 1, kappa: null });
  });
});
