// The colour decision: terminals get colour, pipes and files do not, NO_COLOR and FORCE_COLOR are respected.
import { describe, expect, it } from 'vitest';
import { chalkLevel, type ColorSituation } from '../../src/report/color.js';

describe('chalkLevel', () => {
  const cases: [string, ColorSituation, number][] = [
    ['a plain terminal', { isTTY: true, env: { TERM: 'xterm' } }, 1],
    ['a 256-colour terminal', { isTTY: true, env: { TERM: 'xterm-256color' } }, 2],
    ['a truecolor terminal', { isTTY: true, env: { COLORTERM: 'truecolor' } }, 3],
    ['a pipe or a file', { isTTY: false, env: {} }, 0],
    ['a dumb terminal', { isTTY: true, env: { TERM: 'dumb' } }, 0],
    ['NO_COLOR on a terminal', { isTTY: true, env: { NO_COLOR: '1' } }, 0],
    ['NO_COLOR empty is not set', { isTTY: true, env: { NO_COLOR: '' } }, 1],
    ['NO_COLOR wins over FORCE_COLOR', { isTTY: true, env: { NO_COLOR: '1', FORCE_COLOR: '3' } }, 0],
    ['FORCE_COLOR into a pipe', { isTTY: false, env: { FORCE_COLOR: '1' } }, 1],
    ['FORCE_COLOR empty means basic colour', { isTTY: false, env: { FORCE_COLOR: '' } }, 1],
    ['FORCE_COLOR=true', { isTTY: false, env: { FORCE_COLOR: 'true' } }, 1],
    ['FORCE_COLOR=2', { isTTY: false, env: { FORCE_COLOR: '2' } }, 2],
    ['FORCE_COLOR above 3 is capped', { isTTY: false, env: { FORCE_COLOR: '7' } }, 3],
    ['FORCE_COLOR=0 turns a terminal off', { isTTY: true, env: { FORCE_COLOR: '0' } }, 0],
    ['FORCE_COLOR=false turns a terminal off', { isTTY: true, env: { FORCE_COLOR: 'false' } }, 0],
    ['FORCE_COLOR garbage is ignored', { isTTY: false, env: { FORCE_COLOR: 'yes please' } }, 0],
    ['--no-color beats FORCE_COLOR', { isTTY: true, env: { FORCE_COLOR: '3' }, flag: false }, 0],
    ['--color beats NO_COLOR and a pipe', { isTTY: false, env: { NO_COLOR: '1' }, flag: true }, 1],
  ];
  it.each(cases)('%s', (_name, situation, level) => {
    expect(chalkLevel(situation)).toBe(level);
  });
});
