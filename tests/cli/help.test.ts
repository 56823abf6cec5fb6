// --version, --help on every command, and how the CLI turns an unknown command or flag into exit 2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { built, execAll, root, SLOW, STACK_FRAME, type ExecResult } from './exec.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

// The flags the README documents for each command.
const FLAGS: Record<string, string[]> = {
  audit: [
    '--format', '--output', '--csv-level', '--per', '--min-score', '--threshold', '--no-redact', '--config', '--rule', '--disable',
    '--input-format', '--agent-label', '--customer-label', '--agent-speaker', '--agent-channel', '--csv-column', '--agent',
    '--agent-from-path', '--roster', '--shard', '--workers', '--quiet',
  ],
  annotate: ['--format', '--output', '--no-redact', '--input-format', '--agent-label', '--customer-label'],
  calibrate: ['--labels', '--format', '--output', '--threshold', '--config', '--no-redact'],
  rules: ['--format'],
  merge: ['--format', '--output', '--threshold', '--min-score'],
  formats: [],
};

const MISTAKES: Array<[what: string, args: string[]]> = [
  ['an unknown command', ['frobnicate']],
  ['an unknown global flag', ['--frobnicate']],
  ['an unknown audit flag', ['audit', 'fixtures/calls', '--frobnicate']],
  ['an unknown annotate flag', ['annotate', 'fixtures/formats/native.json', '--frobnicate']],
  ['an invalid --format choice', ['audit', 'fixtures/calls', '-f', 'xml']],
  ['audit without paths', ['audit']],
];

describe.skipIf(!built)('callaudit --version and --help (built CLI)', { timeout: SLOW }, () => {
  // Every invocation is cheap; start them side by side once and let the tests read the results.
  const results = new Map<string, ExecResult>();
  const exec = (args: string[]): ExecResult => results.get(args.join(' '))!;

  beforeAll(async () => {
    const all = [['--version'], ['--help'], ...Object.keys(FLAGS).map((c) => [c, '--help']), ...MISTAKES.map(([, args]) => args)];
    const done = await execAll(all.map((args) => [args]));
    all.forEach((args, i) => results.set(args.join(' '), done[i]));
  }, SLOW);

  it('--version prints the package.json version and nothing else', () => {
    const r = exec(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.stderr).toBe('');
  });

  it('--help exits 0 and lists every command', () => {
    const r = exec(['--help']);
    expect(r.status).toBe(0);
    for (const command of ['audit', 'annotate', 'calibrate', 'rules', 'formats', 'merge']) expect(r.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect(r.stdout).toContain('--version');
  });

  it.each(Object.entries(FLAGS))('%s --help exits 0 and lists its documented flags', (command, flags) => {
    const r = exec([command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`callaudit ${command}`);
    expect(r.stdout).toContain('--help');
    for (const flag of flags) expect(r.stdout, `${command} --help should list ${flag}`).toMatch(new RegExp(`${flag}\\b(?!-)`));
  });

  it.each(MISTAKES)('%s exits 2 with a message on stderr and nothing on stdout', (_what, args) => {
    const r = exec(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).not.toBe('');
    expect(r.stderr).toMatch(/error/i);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
