import { describe, expect, it } from 'vitest';
import { has } from './helpers.js';

describe('empathy', () => {
  it.each([
    "I'm sorry to hear that",
    'I understand how frustrating this must be',
    'that must be stressful',
    'oh that must have been really scary for you',
    'I can imagine',
    'that sounds really stressful with the move',
    "I'd feel the same",
    'im so sorry about your card being stolen',
    'no wonder you are upset',
  ])('recognises %j', (text) => {
    expect(has(text, 'empathy')).toBe(true);
  });

  it.each([
    "I'm not sorry",
    "I don't understand why you're upset",
    "sorry but that's policy",
    "sorry, there's nothing I can do",
    'sorry, could you repeat that',
    'sorry to interrupt',
    'sorry?',
    'oh I am so sorry you had to wait two whole minutes',
    'your order number is 4471',
  ])('does not count %j', (text) => {
    expect(has(text, 'empathy')).toBe(false);
  });
});
