// The library API: the pipeline's steps for tests and other programs, without the CLI.
export * from './model/index.js';
export { InputError, UsageError } from './errors.js';
export { readInputs, readFileItems, readText, type ReadInputsOptions } from './read/index.js';
export { readers } from './read/formats/index.js';
export { analyseCall } from './analyse/index.js';
export { builtinRules, findRule } from '../rules/index.js';
export { resolveRules, runRules, scoreCall, type RulesConfig, type RuleSettings, type ResolvedRule } from './audit/run-rules.js';
export { auditCall, type AuditSettings } from './audit/audit-call.js';
export { auditBatch, type BatchSettings, type BatchOptions, type BatchItem } from './audit/batch.js';
export { BatchAggregate, AgentAggregate, type AgentScorecard } from './score/aggregate.js';
export { formatters, getFormatter } from './report/index.js';
export type { Formatter, ReportContext, ReportSummary } from './report/types.js';
export { redact } from './privacy/redact.js';
