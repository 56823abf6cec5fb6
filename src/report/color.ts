// Decides how much colour a report may use, from the terminal and the environment, as a pure function the CLI calls.

/** chalk's levels: 0 none, 1 basic 16 colours, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorSituation {
  /** Whether the report goes to a terminal (false for a pipe or a file). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** An explicit --color / --no-color, when the command has one: it wins over everything else. */
  flag?: boolean;
}

/**
 * NO_COLOR (set and non-empty) turns colour off, even when FORCE_COLOR is also set: a user who asked for no
 * colour should not get escape codes because a CI image exports FORCE_COLOR. FORCE_COLOR then forces a level
 * (0/false off; 1/true/empty basic; 2; 3) even into a pipe. Otherwise colour only on a terminal that is not "dumb".
 */
export function chalkLevel({ isTTY, env, flag }: ColorSituation): ColorLevel {
  const forced = forceColorLevel(env.FORCE_COLOR);
  if (flag === false) return 0;
  if (flag === true) return forced ? forced : (Math.max(1, terminalLevel(env)) as ColorLevel);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (forced !== undefined) return forced;
  if (!isTTY) return 0;
  if (env.TERM === 'dumb') return 0;
  return terminalLevel(env);
}

function forceColorLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'true') return 1;
  if (v === 'false') return 0;
  const n = Number(v);
  if (Number.isInteger(n) && n >= 0) return Math.min(n, 3) as ColorLevel;
  return undefined;
}

function terminalLevel(env: Record<string, string | undefined>): ColorLevel {
  const colorterm = env.COLORTERM?.toLowerCase();
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  if (env.TERM && /-256(colou?r)?$/i.test(env.TERM)) return 2;
  return 1;
}
