// A one-call audit loads only the libraries its input and report need: every module loaded delays the cold start.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, cleanup, execAll, SLOW, tempDir, type ExecOptions, type ExecResult } from './exec.js';

const ONE_CALL = 'fixtures/calls/cancellation-retention-offer.json';

// [what, args, env, library -> whether the run loads it]
const CASES: Array<[what: string, args: string[], env: ExecOptions['env'], loads: Record<string, boolean>]> = [
  ['one native JSON call, table to a pipe', ['audit', ONE_CALL], {}, { 'csv-parse': false, tinyglobby: false, chalk: false, 'csv-stringify': false }],
  ['a CSV transcript', ['audit', 'fixtures/formats/utterances.csv'], {}, { 'csv-parse': true }],
  ['a glob the shell left alone', ['audit', 'fixtures/calls/cancellation-*.json'], {}, { tinyglobby: true }],
  ['a CSV report', ['audit', ONE_CALL, '--format', 'csv'], {}, { 'csv-stringify': true }],
  ['a coloured table', ['audit', ONE_CALL], { NO_COLOR: undefined, FORCE_COLOR: '1' }, { chalk: true }],
];

describe.skipIf(!built)('what a one-call audit loads (built CLI)', { timeout: SLOW }, () => {
  let dir: string;
  let results: Array<{ run: ExecResult; libraries: Set<string> }>;

  beforeAll(async () => {
    dir = tempDir();
    // A module hook (it runs on its own thread) appends every ES module node loads to the file the env names;
    // CommonJS modules (loaded with require, which the hook does not see) are added from require's cache at exit.
    writeFileSync(join(dir, 'hooks.mjs'), [
      "import { appendFileSync } from 'node:fs';",
      'export async function load(url, context, next) {',
      '  appendFileSync(process.env.MODULE_LOG, `${url}\\n`);',
      '  return next(url, context);',
      '}',
    ].join('\n'));
    writeFileSync(join(dir, 'register.mjs'), [
      "import { appendFileSync } from 'node:fs';",
      "import { createRequire, register } from 'node:module';",
      "register('./hooks.mjs', import.meta.url);",
      'const { cache } = createRequire(import.meta.url);',
      "process.on('exit', () => appendFileSync(process.env.MODULE_LOG, Object.keys(cache).map((file) => `${file}\\n`).join('')));",
    ].join('\n'));
    const logs = CASES.map((_, i) => join(dir, `modules-${i}.log`));
    logs.forEach((log) => writeFileSync(log, ''));
    const runs = await execAll(CASES.map(([, args, env], i) => [args, {
      env: { ...env, MODULE_LOG: logs[i], NODE_OPTIONS: `--import=${pathToFileURL(join(dir, 'register.mjs')).href}` },
    }]));
    results = runs.map((run, i) => ({
      run,
      libraries: new Set(readFileSync(logs[i], 'utf8').split('\n').map((url) => /\/node_modules\/([^/]+)\//.exec(url)?.[1]).filter((name) => name !== undefined)),
    }));
  }, SLOW);

  afterAll(() => cleanup(dir));

  it.each(CASES.map((c, i) => [...c, i] as const))('%s', (_what, _args, _env, loads, i) => {
    const { run, libraries } = results[i];
    expect(run.status, run.stderr).toBe(0);
    // The hook saw the run's own modules, so an absent library really was not loaded.
    expect(libraries.has('commander')).toBe(true);
    for (const [library, loaded] of Object.entries(loads)) expect(libraries.has(library), library).toBe(loaded);
  });
});
