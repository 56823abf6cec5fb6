// Per-agent aggregates: exact statistics, order-independent merge of shards, partial JSON round-trip, bounded memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { AgentAggregate, BatchAggregate, passes, WORST_CALLS } from '../../src/score/aggregate.js';
import { makeBatch, makeCall } from '../report/factory.js';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Reference statistics computed the slow, obvious way from the full list of scores. */
function reference(scores: number[], threshold: number) {
  const shown = scores.map(round1).sort((a, b) => a - b);
  const n = shown.length;
  const median = n % 2 ? shown[(n - 1) / 2] : round1((shown[n / 2 - 1] + shown[n / 2]) / 2);
  return {
    mean: round1(scores.reduce((a, b) => a + b, 0) / n),
    median,
    min: shown[0],
    max: shown[n - 1],
    passRate: round1((100 * shown.filter((s) => s >= threshold).length) / n),
  };
}

function agentOf(scores: (number | null)[]): AgentAggregate {
  const agg = new AgentAggregate({ id: 'a-1' });
  scores.forEach((score, i) => agg.add(makeCall({ key: `k${i}`, agent: { id: 'a-1' }, score })));
  return agg;
}

describe('AgentAggregate statistics', () => {
  const cases: { name: string; scores: number[]; threshold: number }[] = [
    { name: 'single call', scores: [42], threshold: 70 },
    { name: 'odd count', scores: [90, 10, 55, 70, 71], threshold: 70 },
    { name: 'even count averages the two middle scores', scores: [60, 80, 70.1, 70.2], threshold: 70 },
    { name: 'duplicates', scores: [50, 50, 50, 100, 100], threshold: 50 },
    { name: 'fractional weighted means', scores: [66.6667, 73.3333, 83.3333, 91.6667], threshold: 75 },
    { name: 'a score shown as 70.0 passes threshold 70', scores: [69.95, 69.94, 12], threshold: 70 },
    { name: 'threshold that is not exact in binary', scores: [0.7, 0.6, 0.8], threshold: 0.7 },
    { name: 'threshold 100 and 0', scores: [100, 99.9, 0], threshold: 100 },
    { name: 'threshold 0 passes everything', scores: [0, 0.1, 50], threshold: 0 },
  ];
  it.each(cases)('$name', ({ scores, threshold }) => {
    const card = agentOf(scores).scorecard(threshold);
    const ref = reference(scores, threshold);
    expect({ mean: card.mean, median: card.median, min: card.min, max: card.max, passRate: card.passRate }).toEqual(ref);
    expect(card.scoredCalls).toBe(scores.length);
  });

  it('matches the reference for random batches at random thresholds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
        (scores, threshold) => {
          const card = agentOf(scores).scorecard(threshold);
          const ref = reference(scores, threshold);
          expect(card.median).toBe(ref.median);
          expect(card.passRate).toBe(ref.passRate);
          expect(card.min).toBe(ref.min);
          expect(card.max).toBe(ref.max);
          // Means are summed in fixed point; they may differ from a float sum only by that rounding.
          expect(Math.abs((card.mean as number) - ref.mean)).toBeLessThanOrEqual(0.1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts unscored calls as audited but leaves them out of every statistic', () => {
    const card = agentOf([null, 80, null]).scorecard(70);
    expect(card).toMatchObject({ calls: 3, scoredCalls: 1, mean: 80, median: 80, passRate: 100 });
    const none = agentOf([null, null]).scorecard(70);
    expect(none).toMatchObject({ calls: 2, scoredCalls: 0, mean: null, median: null, min: null, max: null, passRate: null });
    expect(none.worstCalls).toEqual([]);
  });

  it('averages each rule over the calls where it applied only', () => {
    const agg = new AgentAggregate({ id: 'a-1' });
    agg.add(makeCall({ agent: { id: 'a-1' }, rules: [{ ruleId: 'empathy-phrases', score: 40 }, { ruleId: 'questions-asked', score: 100 }] }));
    agg.add(makeCall({ agent: { id: 'a-1' }, rules: [{ ruleId: 'empathy-phrases', score: null }, { ruleId: 'questions-asked', score: 50 }] }));
    agg.add(makeCall({ agent: { id: 'a-1' }, rules: [{ ruleId: 'empathy-phrases', score: null }, { ruleId: 'questions-asked', score: 0 }] }));
    expect(agg.scorecard(70).perRule).toEqual([
      { ruleId: 'empathy-phrases', applicableCalls: 1, mean: 40 },
      { ruleId: 'questions-asked', applicableCalls: 3, mean: 50 },
    ]);
    const never = new AgentAggregate({ id: 'a-1' });
    never.add(makeCall({ agent: { id: 'a-1' }, rules: [{ ruleId: 'sales-follow-through', score: null }] }));
    expect(never.scorecard(70).perRule).toEqual([{ ruleId: 'sales-follow-through', applicableCalls: 0, mean: null }]);
  });

  it('names the lowest-scoring calls, ties broken by call key whatever the arrival order', () => {
    const scores: [string, number][] = [['c9', 30], ['c1', 90], ['c3', 30], ['c4', 10], ['c5', 55], ['c2', 30], ['c7', 99], ['c8', 54.96]];
    const expected = [['c4', 10], ['c2', 30], ['c3', 30], ['c9', 30], ['c8', 55]];
    for (const order of [scores, [...scores].reverse()]) {
      const agg = new AgentAggregate({ id: 'a-1' });
      for (const [key, score] of order) agg.add(makeCall({ key, agent: { id: 'a-1' }, score, file: `f/${key}.json` }));
      const worst = agg.scorecard(70).worstCalls;
      expect(worst.map((w) => [w.key, w.score])).toEqual(expected);
      expect(worst[0].file).toBe('f/c4.json');
    }
  });

  it('counts findings by rule and message, most frequent first, quoting the example from the lowest call key', () => {
    const agg = new AgentAggregate({ id: 'a-1' });
    const empathyMissed = { ruleId: 'empathy-phrases', score: 0, findings: [{ messageId: 'missed' }] };
    agg.add(makeCall({ key: 'k2', agent: { id: 'a-1' }, rules: [{ ...empathyMissed, findings: [{ messageId: 'missed', quote: 'second', turn: 1 }] }] }));
    agg.add(makeCall({ key: 'k1', agent: { id: 'a-1' }, rules: [{ ...empathyMissed, findings: [{ messageId: 'missed', quote: 'first', turn: 5 }, { messageId: 'missed', quote: 'earlier turn', turn: 2 }] }] }));
    agg.add(makeCall({ key: 'k3', agent: { id: 'a-1' }, rules: [{ ruleId: 'questions-asked', score: 50, findings: [{ messageId: 'none-before-fix', quote: 'q' }] }] }));
    const top = agg.scorecard(70).topFindings;
    expect(top.map((f) => [f.ruleId, f.messageId, f.count])).toEqual([
      ['empathy-phrases', 'missed', 3],
      ['questions-asked', 'none-before-fix', 1],
    ]);
    expect(top[0].example).toMatchObject({ callKey: 'k1', turn: 2, quote: 'earlier turn' });
  });

  it('keeps a name and team given by any call, the same one whatever the order', () => {
    const a = new BatchAggregate();
    const b = new BatchAggregate();
    const calls = [
      makeCall({ agent: { id: 'a-9' } }),
      makeCall({ agent: { id: 'a-9', name: 'Robin Diaz' } }),
      makeCall({ agent: { id: 'a-9', name: 'R. Diaz', team: 'Retention' } }),
    ];
    calls.forEach((c) => a.add(c));
    [...calls].reverse().forEach((c) => b.add(c));
    expect(a.scorecards(70)[0].agent).toEqual({ id: 'a-9', name: 'R. Diaz', team: 'Retention' });
    expect(b.scorecards(70)[0].agent).toEqual(a.scorecards(70)[0].agent);
  });

  it('agrees with passes() for a call score, so per-call verdicts and pass rates never disagree', () => {
    for (const [score, threshold, expected] of [[69.95, 70, true], [69.94, 70, false], [70, 70, true], [0.7, 0.7, true], [80, 80.05, false]] as const) {
      expect(passes(score, threshold)).toBe(expected);
      expect(agentOf([score]).scorecard(threshold).passRate).toBe(expected ? 100 : 0);
    }
  });
});

describe('BatchAggregate', () => {
  it('sorts scorecards by agent id and totals calls, files and input errors', () => {
    const batch = new BatchAggregate();
    batch.add(makeCall({ agent: { id: 'b' }, file: 'one.jsonl' }));
    batch.add(makeCall({ agent: { id: 'a' }, file: 'one.jsonl' }));
    batch.add(makeCall({ agent: { id: 'c' }, file: 'two.json' }));
    batch.noteInputErrors(2);
    expect(batch.scorecards(70).map((s) => s.agent.id)).toEqual(['a', 'b', 'c']);
    expect(batch.totals()).toEqual({ files: 2, calls: 3, inputErrors: 2 });
  });

  it('gives the pass rate over all scored calls of all agents', () => {
    const batch = new BatchAggregate();
    for (const [id, score] of [['a', 90], ['a', 50], ['b', 70], ['b', null]] as const) batch.add(makeCall({ agent: { id }, score }));
    expect(batch.passRate(70)).toBeCloseTo(66.7, 5);
    expect(new BatchAggregate().passRate(70)).toBeNull();
  });

  /** Splits calls into shards, aggregates each on its own and merges them in the given order. */
  function mergeShards(shards: ReturnType<typeof makeBatch>[], order: number[]): BatchAggregate {
    const parts = shards.map((calls, i) => {
      const part = new BatchAggregate();
      calls.forEach((c) => part.add(c));
      part.noteInputErrors(i % 2);
      // Through text, as `--format partial` and `callaudit merge` do.
      return BatchAggregate.fromJSON(JSON.parse(JSON.stringify(part.toJSON())), `part-${i}.json`);
    });
    const merged = new BatchAggregate();
    for (const i of order) merged.merge(parts[i]);
    return merged;
  }

  it('merged shards give exactly the scorecards of one run, in any merge order', () => {
    const calls = makeBatch(600, 7);
    const single = new BatchAggregate();
    calls.forEach((c) => single.add(c));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (shardCount, seed) => {
          // Cut the batch in file order at shardCount-1 places, as `--shard K/N` cuts the inputs.
          const cuts = new Set<number>();
          let s = seed;
          while (cuts.size < shardCount - 1) {
            s = (s * 1103515245 + 12345) % 2 ** 31;
            cuts.add(3 * (1 + (s % 199)));
          }
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), calls.length];
          const shards = bounds.slice(1).map((end, i) => calls.slice(bounds[i], end));
          const order = shards.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
          const merged = mergeShards(shards, order);
          for (const threshold of [0, 62.5, 70, 100]) expect(merged.scorecards(threshold)).toEqual(single.scorecards(threshold));
          expect(merged.totals().calls).toBe(single.totals().calls);
          expect(merged.totals().files).toBe(single.totals().files);
          expect(merged.toJSON().agents).toEqual(single.toJSON().agents);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('merge is symmetric: a+b and b+a serialise identically', () => {
    const calls = makeBatch(200, 3);
    const a = new BatchAggregate();
    const b = new BatchAggregate();
    calls.slice(0, 90).forEach((c) => a.add(c));
    calls.slice(90).forEach((c) => b.add(c));
    const ab = new BatchAggregate().merge(a).merge(b);
    const ba = new BatchAggregate().merge(b).merge(a);
    expect(JSON.stringify(ab.toJSON())).toBe(JSON.stringify(ba.toJSON()));
  });

  it('merging does not change the aggregate merged in', () => {
    const a = new BatchAggregate();
    const b = new BatchAggregate();
    makeBatch(50, 4).forEach((c) => a.add(c));
    makeBatch(50, 5).forEach((c) => b.add(c));
    const before = JSON.stringify(b.toJSON());
    a.merge(b);
    a.merge(b);
    expect(JSON.stringify(b.toJSON())).toBe(before);
  });

  it('round-trips through the partial JSON', () => {
    const batch = new BatchAggregate();
    makeBatch(300, 11).forEach((c) => batch.add(c));
    batch.noteInputErrors(3);
    const json = JSON.parse(JSON.stringify(batch.toJSON()));
    expect(json).toMatchObject({ kind: 'callaudit-partial', schemaVersion: 1 });
    const back = BatchAggregate.fromJSON(json);
    expect(back.toJSON()).toEqual(batch.toJSON());
    expect(back.scorecards(70)).toEqual(batch.scorecards(70));
    expect(back.totals()).toEqual({ ...batch.totals(), inputErrors: 3 });
  });

  it.each([
    ['not a partial at all', { calls: [] }, /not a callaudit partial result/],
    ['a future schema version', { kind: 'callaudit-partial', schemaVersion: 2 }, /schema version 1/],
    ['a histogram that does not add up', 'tamper-histogram', /histogram counts do not add up/],
    ['a negative call count', 'tamper-calls', /\$\.agents\[0\]\.calls/],
  ])('rejects %s with an input error naming the file', (_name, input, message) => {
    const good = new BatchAggregate();
    good.add(makeCall({ score: 50 }));
    let json: unknown = input;
    if (input === 'tamper-histogram') {
      const j = good.toJSON();
      j.agents[0].histogram[0][1] = 5;
      json = j;
    } else if (input === 'tamper-calls') {
      const j = good.toJSON();
      j.agents[0].calls = -1;
      json = j;
    }
    let error: unknown;
    try {
      BatchAggregate.fromJSON(json, 'shards/part-3.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('shards/part-3.json');
    expect((error as InputError).reason).toMatch(message);
  });

  it('keeps memory bounded by agents: 100k calls hold no more state than 1k', () => {
    const batch = new BatchAggregate();
    const agents = ['a-1', 'a-2', 'a-3'].map((id) => ({ id }));
    let sizeAt1k = 0;
    for (let i = 0; i < 100_000; i++) {
      batch.add(makeCall({
        key: `c${i}`,
        agent: agents[i % 3],
        file: `f${i}.json`,
        rules: [
          { ruleId: 'empathy-phrases', score: (i * 37) % 101, findings: [{ messageId: i % 2 ? 'missed' : 'late', quote: `customer said ${i}` }] },
          { ruleId: 'questions-asked', score: i % 5 ? (i * 13) % 101 : null },
        ],
      }));
      if (i === 999) sizeAt1k = JSON.stringify(batch.toJSON()).length;
    }
    for (const agent of batch.agents.values()) {
      expect(agent.worstCalls.length).toBe(WORST_CALLS);
      expect(agent.histogram.length).toBe(1001);
      expect(agent.findings.size).toBe(2);
      expect(agent.rules.size).toBe(2);
    }
    const sizeAt100k = JSON.stringify(batch.toJSON()).length;
    // Only the digits of counters grow (100x the calls would mean ~100x the size if anything were kept per call).
    expect(sizeAt100k).toBeLessThan(sizeAt1k * 1.5);
    expect(batch.totals().calls).toBe(100_000);
  });
});
