// Restating what was said (paraphrase) versus reflecting a feeling (empathy) or asking about one.
import { describe, expect, it } from 'vitest';
import { analyse, has } from './helpers.js';

const after = (customer: string, agent: string) => analyse(['customer', customer], ['agent', agent]).turns[1].acts.map((a) => a.act);

describe('paraphrase versus reflection', () => {
  it.each([
    ['the engineer never turned up and now they want to charge me', 'it sounds like the engineer missed the visit and you got billed anyway'],
    ['i paid twice in march', 'from what you said the march payment went out twice'],
    ['my son changed the password and now none of us can log in', 'so i understand your son changed the password and the account is locked'],
    ['i had a smart meter fitted and the screen is blank', 'thanks for letting me know so the screen has been blank since it was fitted'],
    ['my parcel went to the wrong house', 'as you said it was left at number twelve not yours'],
  ])('hears a restatement of %j in %j', (customer, agent) => {
    expect(after(customer, agent)).toContain('paraphrase');
  });

  it.each([
    ['i just feel like nobody listens', 'it sounds like you are feeling really let down'],
    ['this is the fourth time i have called', 'you sound exhausted by all of this'],
  ])('reads %j / %j as empathy, not a restatement', (customer, agent) => {
    const acts = after(customer, agent);
    expect(acts).toContain('empathy');
    expect(acts).not.toContain('paraphrase');
  });

  it.each([
    ['work has been awful', 'how does that make you feel?'],
    ['work has been awful', 'how long have you felt this way'],
    ['i am so tired of it', 'do you feel so down every day?'],
    ['the bill doubled', 'it sounds like you should switch to the fixed tariff'],
  ])('does not take %j / %j for a paraphrase', (customer, agent) => {
    expect(after(customer, agent)).not.toContain('paraphrase');
  });

  it('reads "i understand how you feel" as empathy, not a bare acknowledgement', () => {
    expect(has('i understand how you feel', 'empathy')).toBe(true);
    expect(has('i understand how you feel', 'acknowledgement')).toBe(false);
  });

  it('keeps a bare "i understand" before a question as an acknowledgement', () => {
    expect(has('i understand. when did it start?', 'acknowledgement')).toBe(true);
  });

  it('reads "i understand. that must be a worry." as empathy', () => {
    expect(has('i understand. that must be a worry.', 'empathy')).toBe(true);
    expect(has('i understand. that must be a worry.', 'acknowledgement')).toBe(false);
  });
});
