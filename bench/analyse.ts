// Times the analyse step alone, in one process: µs per word and calls/s of analyseCall over the calls under the given paths.
// Usage: node dist/bench/analyse.js <paths...> [--rounds 5]   (build first with `npx tsc -p .`)
import { performance } from 'node:perf_hooks';
import { analyseCall } from '../src/analyse/index.js';
import { InputError } from '../src/errors.js';
import type { Transcript } from '../src/model/transcript.js';
import { readInputs } from '../src/read/index.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const paths = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));

const loadStarted = performance.now();
const calls: Transcript[] = [];
for await (const item of readInputs(paths)) if (!(item instanceof InputError)) calls.push(item);
const loadMs = performance.now() - loadStarted;

let words = 0;
for (const call of calls) for (const turn of call.turns) words += turn.text.split(/\s+/).filter(Boolean).length;

// The first round warms the JIT and the stem memo; the median of the rest is reported.
// CPU time (user + system) as well as wall time: on a shared machine it varies less with other people's load.
const times: number[] = [];
const cpuTimes: number[] = [];
for (let r = 0; r <= rounds; r++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const call of calls) analyseCall(call);
  const used = process.cpuUsage(cpu);
  if (r > 0) {
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
}
cpuTimes.sort((a, b) => a - b);
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)];
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const min = times[0];
console.log(JSON.stringify({
  calls: calls.length,
  words,
  readMs: Math.round(loadMs),
  medianMs: Math.round(median),
  minMs: Math.round(min),
  usPerWord: Number(((median * 1000) / words).toFixed(3)),
  usPerWordMin: Number(((min * 1000) / words).toFixed(3)),
  callsPerSecond: Math.round(calls.length / (median / 1000)),
  cpuMs: Math.round(cpuMedian),
  cpuUsPerWord: Number(((cpuMedian * 1000) / words).toFixed(3)),
}));
