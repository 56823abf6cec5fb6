// The built-in rules: an explicit registry sorted by id (no folder scanning, so a build ships exactly these).
import type { Rule } from '../src/model/rule.js';
import activeListening from './active-listening.js';
import clearCommunication from './clear-communication.js';
import courtesy from './courtesy.js';
import empathyPhrases from './empathy-phrases.js';
import ownershipLanguage from './ownership-language.js';
import questionsAsked from './questions-asked.js';
import salesFollowThrough from './sales-follow-through.js';
import unresolvedEnquiries from './unresolved-enquiries.js';

export const builtinRules: readonly Rule[] = [
  activeListening,
  clearCommunication,
  courtesy,
  empathyPhrases,
  ownershipLanguage,
  questionsAsked,
  salesFollowThrough,
  unresolvedEnquiries,
];

const byId = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
