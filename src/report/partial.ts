// --format partial: the batch's mergeable aggregate (no per-call output), for sharded runs and `callaudit merge`.
import type { Formatter } from './types.js';

export function createPartialFormatter(): Formatter {
  return {
    name: 'partial',
    begin: () => '',
    call: () => '',
    end: (summary) => `${JSON.stringify(summary.aggregate.toJSON())}\n`,
  };
}
