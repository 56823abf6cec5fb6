// Decides which agent took each call (flag, roster, file path, format metadata) and keeps duplicate call ids apart.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import type { Agent, Transcript } from '../model/transcript.js';
import { parseCsv } from './csv-parse.js';

/** Call id -> agent, as a QA team's roster file gives it. */
export type Roster = Map<string, Agent>;

export interface PathMatch {
  agent?: string;
  call?: string;
  team?: string;
}

const PLACEHOLDER = /\{(agent|call|team|[a-z_]+)\}|\*\*\/|\*\*|\*|\?|[.+^$(){}|[\]\\]/g;

/**
 * Compiles a pattern such as "{agent}/{call}.json" or "*_AGENT_{agent}_DT_*" to a matcher over file paths.
 * The pattern matches the end of the path, so it works on absolute and relative paths alike.
 * `*` matches within one folder name, `**` across folders, `{name}` captures (unknown names are ignored).
 * With `**` the match may start at several folders; the leftmost wins, so anchor such patterns with a literal folder.
 */
export function compilePathPattern(pattern: string): (file: string) => PathMatch | undefined {
  const names: string[] = [];
  const body = pattern.replace(/\\/g, '/').replace(PLACEHOLDER, (token, name: string | undefined) => {
    if (name !== undefined) {
      names.push(name);
      return '([^/]+?)';
    }
    if (token === '**/') return '(?:.*/)?';
    if (token === '**') return '.*';
    if (token === '*') return '[^/]*';
    if (token === '?') return '[^/]';
    return `\\${token}`;
  });
  const regex = new RegExp(`(?:^|/)${body}$`);
  return (file) => {
    const match = regex.exec(file.replace(/\\/g, '/'));
    if (!match) return undefined;
    const found: PathMatch = {};
    names.forEach((name, i) => {
      const value = match[i + 1];
      if (value && (name === 'agent' || name === 'call' || name === 'team')) found[name] = value;
    });
    return found;
  };
}

/** The agent (and call id, team) a file path names under `pattern`, or undefined when the path does not match. */
export function agentFromPath(pattern: string, file: string): PathMatch | undefined {
  return compilePathPattern(pattern)(file);
}

const CALL_COLUMNS = ['call_id', 'call', 'callid', 'contact_id', 'conversation_id', 'id', 'file'];
const AGENT_COLUMNS = ['agent_id', 'agent', 'agentid', 'user_id', 'employee_id'];
const NAME_COLUMNS = ['agent_name', 'name', 'agentname', 'full_name'];
const TEAM_COLUMNS = ['team', 'team_name', 'group', 'queue'];

/** Parses a roster CSV (header row; columns call and agent, optionally name and team). */
export function parseRoster(text: string, file: string): Roster {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new InputError(file, line ? `line ${line}` : '', `roster: ${(error as Error).message}`);
  }
  if (rows.length === 0) throw new InputError(file, '', 'roster: the file is empty');
  const header = rows[0].map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const column = (candidates: string[]) => candidates.map((c) => header.indexOf(c)).find((i) => i >= 0);
  const callCol = column(CALL_COLUMNS);
  const agentCol = column(AGENT_COLUMNS);
  if (callCol === undefined || agentCol === undefined) {
    throw new InputError(file, 'line 1', `roster: needs a call column (call_id) and an agent column (agent_id); found ${rows[0].join(', ') || 'nothing'}`);
  }
  const nameCol = column(NAME_COLUMNS.filter((c) => header.indexOf(c) !== agentCol));
  const teamCol = column(TEAM_COLUMNS);

  const roster: Roster = new Map();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const call = row[callCol]?.trim();
    const agentId = row[agentCol]?.trim();
    if (!call && !agentId) continue;
    if (!call) throw new InputError(file, `line ${r + 1}`, 'roster: the call id is empty');
    if (!agentId) throw new InputError(file, `line ${r + 1}`, `roster: no agent for call ${call}`);
    const agent: Agent = { id: agentId };
    const name = nameCol !== undefined ? row[nameCol]?.trim() : undefined;
    if (name) agent.name = name;
    const team = teamCol !== undefined ? row[teamCol]?.trim() : undefined;
    if (team) agent.team = team;
    const existing = roster.get(call);
    if (existing && existing.id !== agent.id) {
      throw new InputError(file, `line ${r + 1}`, `roster: call ${call} is given to both ${existing.id} and ${agent.id}`);
    }
    roster.set(call, agent);
  }
  return roster;
}

/** Reads a roster file; UTF-8 (with or without BOM) or UTF-16 with BOM, as spreadsheet exports come. */
export async function loadRoster(csvFile: string): Promise<Roster> {
  let bytes: Buffer;
  try {
    bytes = await readFile(csvFile);
  } catch (error) {
    throw new InputError(csvFile, '', `roster: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseRoster(decodeRoster(bytes), csvFile);
}

function decodeRoster(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

export interface IdentityOptions {
  /** `--agent NAME`: one agent for every call read. */
  agent?: string;
  roster?: Roster;
  /** `--agent-from-path` pattern. */
  pathPattern?: string;
}

/**
 * Returns the call with its agent filled in. Precedence: `--agent`, then the roster (by call id, the path's
 * {call}, or the file name), then the path pattern's {agent}, then what the format said. A call with none of
 * these keeps the agent id "unknown" (the CLI warns; the call is still audited).
 */
export function applyIdentity(call: Transcript, options: IdentityOptions): Transcript {
  if (options.agent?.trim()) return withAgent(call, { id: options.agent.trim() });
  const fromPath = options.pathPattern ? agentFromPath(options.pathPattern, call.source.file) : undefined;
  if (options.roster && options.roster.size > 0) {
    for (const key of rosterKeys(call, fromPath)) {
      const agent = options.roster.get(key);
      if (agent) return withAgent(call, agent);
    }
  }
  if (fromPath?.agent) {
    const agent: Agent = { id: fromPath.agent };
    if (fromPath.team) agent.team = fromPath.team;
    return withAgent(call, agent);
  }
  return call;
}

function rosterKeys(call: Transcript, fromPath: PathMatch | undefined): string[] {
  const file = call.source.file.replace(/\\/g, '/');
  const name = basename(file);
  return [call.id, fromPath?.call, name, name.slice(0, name.length - extname(name).length)].filter((k): k is string => Boolean(k));
}

function withAgent(call: Transcript, agent: Agent): Transcript {
  return { ...call, agent };
}

/** Gives every call a distinct key across a batch: the first "call-1" stays, later ones become "call-1#2"... */
export class CallKeys {
  private readonly seen = new Map<string, string[]>();

  key(call: Pick<Transcript, 'id' | 'source'>): string {
    const where = call.source.location ? `${call.source.file}:${call.source.location}` : call.source.file;
    const files = this.seen.get(call.id);
    if (!files) {
      this.seen.set(call.id, [where]);
      return call.id;
    }
    files.push(where);
    return `${call.id}#${files.length}`;
  }

  /** Call ids seen more than once, with where each copy came from, in order. */
  duplicates(): Array<{ id: string; sources: string[] }> {
    const out: Array<{ id: string; sources: string[] }> = [];
    for (const [id, sources] of this.seen) if (sources.length > 1) out.push({ id, sources: [...sources] });
    return out;
  }
}
