// Agreement statistics between a human grader and callaudit: confusion matrices, precision/recall/F1, Cohen's kappa.

/** Rows are the human label, columns callaudit's; `matrix[h][m]` counts items the human put in h and callaudit in m. */
export interface Confusion<L extends string> {
  labels: readonly L[];
  matrix: number[][];
}

export interface BinaryScores {
  /** Of the items callaudit called positive, the share the human also did; null when callaudit called none. */
  precision: number | null;
  /** Of the items the human called positive, the share callaudit found; null when the human called none. */
  recall: number | null;
  /** Harmonic mean of precision and recall; null when both are undefined, 0 when either is 0. */
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Counts (human, machine) pairs into a confusion matrix over the given label order. */
export function confusionMatrix<L extends string>(pairs: Iterable<readonly [human: L, machine: L]>, labels: readonly L[]): Confusion<L> {
  const position = new Map<L, number>(labels.map((label, i) => [label, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [human, machine] of pairs) {
    const h = position.get(human);
    const m = position.get(machine);
    if (h === undefined || m === undefined) throw new RangeError(`label outside ${labels.join('/')}: ${human}, ${machine}`);
    matrix[h][m]++;
  }
  return { labels, matrix };
}

export function total(matrix: number[][]): number {
  let n = 0;
  for (const row of matrix) for (const cell of row) n += cell;
  return n;
}

/** Share of items on which both agree (observed agreement); null when there are none. */
export function agreement(matrix: number[][]): number | null {
  const n = total(matrix);
  if (n === 0) return null;
  let diagonal = 0;
  matrix.forEach((row, i) => (diagonal += row[i]));
  return diagonal / n;
}

/**
 * Cohen's kappa: agreement corrected for the agreement expected by chance from each side's label frequencies.
 * Null when chance agreement is already 1 (both sides used a single, identical label), where kappa is undefined.
 */
export function cohensKappa(matrix: number[][]): number | null {
  const n = total(matrix);
  if (n === 0) return null;
  const observed = agreement(matrix) as number;
  let expected = 0;
  for (let i = 0; i < matrix.length; i++) {
    const humanShare = matrix[i].reduce((a, b) => a + b, 0) / n;
    const machineShare = matrix.reduce((a, row) => a + row[i], 0) / n;
    expected += humanShare * machineShare;
  }
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}

/** Precision, recall and F1 from the four cells of a 2x2 table. */
export function binaryScores(tp: number, fp: number, fn: number, tn = 0): BinaryScores {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (!precision || !recall) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, tn };
}

/** One-vs-rest scores for one label of a k x k confusion matrix (e.g. "fail" among pass/fail/na). */
export function scoresFor<L extends string>(confusion: Confusion<L>, positive: L): BinaryScores {
  const p = confusion.labels.indexOf(positive);
  if (p < 0) throw new RangeError(`unknown label ${positive}`);
  const { matrix } = confusion;
  const tp = matrix[p][p];
  const fn = matrix[p].reduce((a, b) => a + b, 0) - tp;
  const fp = matrix.reduce((a, row) => a + row[p], 0) - tp;
  const tn = total(matrix) - tp - fn - fp;
  return binaryScores(tp, fp, fn, tn);
}
