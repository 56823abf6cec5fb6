import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

describe('ownership and deflection', () => {
  it.each(["I'll take care of it", 'let me check that for you', "I'm going to reset the line now", 'I will make sure it is sorted'])(
    'ownership in %j', (text) => expect(has(text, 'ownership')).toBe(true));

  it.each(["I'm not going to do that", 'let me know if you need anything', "I won't be able to"])('no ownership in %j', (text) =>
    expect(has(text, 'ownership')).toBe(false));

  it.each(["that's not my department", "there's nothing I can do", "you'll have to call back", 'you need to contact your bank', "it's not our fault"])(
    'deflection in %j', (text) => expect(has(text, 'deflection')).toBe(true));

  it.each(["I'll transfer you to billing and stay on the line", 'let me find out who handles that'])('no deflection in %j', (text) =>
    expect(has(text, 'deflection')).toBe(false));
});

describe('ownership: more verbs', () => {
  it.each(['let me remove the block for you now', "I'm going to push a firmware update to it", "i'll transfer you now and stay on the line"])(
    'ownership in %j', (text) => expect(has(text, 'ownership')).toBe(true));
  it.each(['Is there anything else I can help you with?', "I'll need your postcode"])('no ownership in %j', (text) =>
    expect(has(text, 'ownership')).toBe(false));
});
