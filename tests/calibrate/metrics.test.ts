// Agreement metrics checked against tables worked out by hand.
import { describe, expect, it } from 'vitest';
import { agreement, binaryScores, cohensKappa, confusionMatrix, scoresFor } from '../../src/calibrate/metrics.js';

describe('cohensKappa', () => {
  // Two graders, 50 calls. Both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
  // po = 35/50 = 0.7; A says yes 25/50, B 30/50; pe = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7-0.5)/(1-0.5) = 0.4.
  const table = [
    [20, 5],
    [10, 15],
  ];
  it('matches the hand-computed 2x2 example', () => {
    expect(agreement(table)).toBeCloseTo(0.7, 10);
    expect(cohensKappa(table)).toBeCloseTo(0.4, 10);
  });

  it('matches a hand-computed 3x3 example', () => {
    // n=30, diagonal 24; row sums 12,10,8; column sums 11,12,7; pe = 308/900; kappa = (720-308)/(900-308) = 412/592.
    const m = [
      [10, 2, 0],
      [1, 8, 1],
      [0, 2, 6],
    ];
    expect(cohensKappa(m)).toBeCloseTo(412 / 592, 10);
  });

  it.each([
    ['perfect agreement over two labels', [[3, 0], [0, 7]], 1],
    ['agreement no better than chance', [[25, 25], [25, 25]], 0],
    ['systematic disagreement', [[0, 5], [5, 0]], -1],
  ])('%s', (_name, m, expected) => {
    expect(cohensKappa(m)).toBeCloseTo(expected, 10);
  });

  it('is undefined (null) when both sides only ever used one label', () => {
    expect(cohensKappa([[9, 0], [0, 0]])).toBeNull();
    expect(cohensKappa([[0, 0], [0, 0]])).toBeNull();
  });
});

describe('binaryScores', () => {
  it('gives precision, recall and F1 for the 2x2 example', () => {
    // Human = rows, machine = columns: tp 20, fn 5, fp 10.
    const s = binaryScores(20, 10, 5, 15);
    expect(s.precision).toBeCloseTo(2 / 3, 10);
    expect(s.recall).toBeCloseTo(0.8, 10);
    expect(s.f1).toBeCloseTo(8 / 11, 10);
  });

  it('leaves undefined ratios as null instead of inventing a zero', () => {
    expect(binaryScores(0, 0, 4)).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(binaryScores(0, 3, 0)).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(binaryScores(0, 0, 0, 12)).toMatchObject({ precision: null, recall: null, f1: null });
  });
});

describe('confusionMatrix and scoresFor', () => {
  const labels = ['pass', 'fail', 'na'] as const;
  it('counts human rows against machine columns and scores one class against the rest', () => {
    const pairs: Array<[(typeof labels)[number], (typeof labels)[number]]> = [
      ['pass', 'pass'],
      ['pass', 'fail'],
      ['fail', 'fail'],
      ['fail', 'fail'],
      ['fail', 'na'],
      ['na', 'na'],
      ['na', 'fail'],
    ];
    const c = confusionMatrix(pairs, labels);
    expect(c.matrix).toEqual([
      [1, 1, 0],
      [0, 2, 1],
      [0, 1, 1],
    ]);
    // fail: tp 2, fn 1 (fail->na), fp 2 (pass->fail, na->fail), tn 2.
    const fail = scoresFor(c, 'fail');
    expect(fail).toMatchObject({ tp: 2, fn: 1, fp: 2, tn: 2 });
    expect(fail.precision).toBeCloseTo(0.5, 10);
    expect(fail.recall).toBeCloseTo(2 / 3, 10);
  });

  it('rejects a label outside the set', () => {
    expect(() => confusionMatrix([['pass', 'maybe' as 'pass']], labels)).toThrow(/maybe/);
  });
});
