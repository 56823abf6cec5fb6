// Speaker labels ("Agent", "Caller", "Supervisor") to roles, for formats that name speakers instead of roles.
import type { Role } from '../model/transcript.js';
import type { ReadOptions } from './types.js';

export const DEFAULT_AGENT_LABELS = ['Agent', 'Rep', 'Representative', 'Advisor', 'CSR'];
export const DEFAULT_CUSTOMER_LABELS = ['Customer', 'Caller', 'Client', 'Member'];
/** Third parties on a call: they are kept as turns but audited as neither side. */
export const DEFAULT_OTHER_LABELS = ['Supervisor', 'IVR', 'System', 'Bot', 'Automated Message', 'Recording'];

/** Normalised label -> its role and the label as first written, for messages. */
export type LabelMap = ReadonlyMap<string, { role: Role; label: string }>;

const cache = new WeakMap<ReadOptions, LabelMap>();
let defaultMap: LabelMap | undefined;

/**
 * The label-to-role map for these options. User labels add to the defaults and win over them,
 * so `--customer-label Member` and `--agent-label Dana` both work without repeating "Agent".
 */
export function labelMap(options: ReadOptions): LabelMap {
  if (!options.agentLabel?.length && !options.customerLabel?.length) {
    defaultMap ??= buildMap([], []);
    return defaultMap;
  }
  let map = cache.get(options);
  if (!map) {
    map = buildMap(options.agentLabel ?? [], options.customerLabel ?? []);
    cache.set(options, map);
  }
  return map;
}

export function roleOfLabel(label: string, labels: LabelMap): Role | undefined {
  return labels.get(normaliseLabel(label))?.role;
}

export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The labels a user could have meant, for error messages. */
export function describeLabels(labels: LabelMap, role: Role): string {
  const names = [...labels.values()].filter((entry) => entry.role === role).map((entry) => entry.label);
  return names.join('/');
}

function buildMap(agent: string[], customer: string[]): LabelMap {
  const map = new Map<string, { role: Role; label: string }>();
  const add = (label: string, role: Role) => {
    if (label.trim()) map.set(normaliseLabel(label), { role, label: label.trim() });
  };
  for (const label of DEFAULT_OTHER_LABELS) add(label, 'other');
  for (const label of DEFAULT_AGENT_LABELS) add(label, 'agent');
  for (const label of DEFAULT_CUSTOMER_LABELS) add(label, 'customer');
  for (const label of agent) add(label, 'agent');
  for (const label of customer) add(label, 'customer');
  return map;
}
