// `npm run bench`: audits a generated corpus and compares it with the read+parse floor, side by side.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCall, generateCorpus, seededRandom } from './generate.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const cli = join(root, 'bin', 'callaudit.js');
const floorScript = join(root, 'dist', 'bench', 'floor.js');
// Reports the child's peak RSS on stderr as it exits; covers worker threads, which share the process.
const RSS_PROBE = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nbench-maxrss='+process.resourceUsage().maxRSS+'\\n'))`;

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('sizes', '1000,100000').split(',').map(Number);
const seed = Number(opt('seed', '42'));

interface Measure { seconds: number; maxRssMb: number; exit: number | null }

function measure(command: string[]): Measure {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', RSS_PROBE, ...command], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /bench-maxrss=(\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0) process.stderr.write(`bench: ${command.join(' ')} exited ${run.status}\n${(run.stderr ?? '').slice(0, 2000)}\n`);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, exit: run.status };
}

const rows: string[][] = [];
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log(`callaudit bench: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), seed ${seed}`);
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'callaudit-bench-'));
  try {
    process.stderr.write(`generating ${fmt(size)} calls...\n`);
    const { bytes } = await generateCorpus(join(dir, 'corpus'), size, seed);
    const mb = bytes / 1e6;
    const floor = measure([floorScript, join(dir, 'corpus')]);
    const audit = measure([cli, 'audit', join(dir, 'corpus'), '--format', 'table', '--quiet', '-o', join(dir, 'report.txt')]);
    const floorRate = size / floor.seconds;
    const auditRate = size / audit.seconds;
    rows.push([fmt(size), 'floor (read+parse, 1 core)', fmt(floorRate), fmt(mb / floor.seconds, 1), '1.00', fmt(floor.maxRssMb), String(floor.exit)]);
    rows.push([fmt(size), 'audit (all default rules)', fmt(auditRate), fmt(mb / audit.seconds, 1), (auditRate / floorRate).toFixed(2), fmt(audit.maxRssMb), String(audit.exit)]);
    process.stderr.write(`corpus ${fmt(size)} calls, ${fmt(mb, 1)} MB\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Cold start: one call, the way an analyst runs it.
const oneDir = mkdtempSync(join(tmpdir(), 'callaudit-bench-one-'));
writeFileSync(join(oneDir, 'one-call.json'), JSON.stringify(generateCall(seededRandom(seed), 0, 60)));
const coldRuns = Array.from({ length: 5 }, () => measure([cli, 'audit', join(oneDir, 'one-call.json')]).seconds).sort((a, b) => a - b);
rmSync(oneDir, { recursive: true, force: true });

const header = ['calls', 'run', 'calls/s', 'MB/s', 'vs floor', 'peak RSS MB', 'exit'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]): string => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(`cold start, one 60-turn call: median ${coldRuns[2].toFixed(3)} s (min ${coldRuns[0].toFixed(3)} s, max ${coldRuns[4].toFixed(3)} s over 5 runs)`);
