export * from './transcript.js';
export * from './analysis.js';
export * from './results.js';
export * from './rule.js';
