import { describe, expect, it } from 'vitest';
import type { ActOf } from '../../src/model/analysis.js';
import { analyse } from './helpers.js';

const enquiries = (a: ReturnType<typeof analyse>, turn: number) =>
  a.turns[turn].acts.filter((x): x is ActOf<'enquiry'> => x.act === 'enquiry');

describe('enquiries', () => {
  it('matches a "when" question to the agent turn that gives a time', () => {
    const a = analyse(
      ['customer', 'when will my new card arrive'],
      ['agent', 'can I have your postcode first'],
      ['customer', 'it is AB1 2CD'],
      ['agent', 'thanks, the card will arrive within five business days'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'question', addressedBy: 3 }]);
  });

  it('matches a request to the agent turn that acts on it', () => {
    const a = analyse(
      ['customer', 'I need to change my address'],
      ['agent', "sure, I've updated the address on your account"],
    );
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 1 }]);
  });

  it('treats "can you refund it" as a request', () => {
    const a = analyse(['customer', 'can you refund it'], ['agent', "let me process that refund for you"]);
    expect(enquiries(a, 0)).toMatchObject([{ kind: 'request', addressedBy: 1 }]);
  });

  it('leaves an enquiry the agent never takes up unaddressed', () => {
    const a = analyse(
      ['customer', 'how much is the cancellation fee'],
      ['agent', 'is there anything else I can help with'],
      ['customer', 'no'],
      ['agent', 'have a nice day'],
    );
    expect(enquiries(a, 0)).toMatchObject([{ addressedBy: null }]);
  });

  it('notices the customer asking the same thing again', () => {
    const a = analyse(
      ['customer', 'when will the technician come to fix the line'],
      ['agent', 'I see'],
      ['customer', 'so when is the technician coming to fix my line'],
    );
    expect(enquiries(a, 2)[0]?.repeatOf).toBe(0);
  });

  it('does not make enquiries of agent turns or of small talk', () => {
    const a = analyse(['agent', 'what is your account number'], ['customer', 'hi, how are you']);
    expect(enquiries(a, 0)).toEqual([]);
    expect(enquiries(a, 1)).toEqual([]);
  });
});
