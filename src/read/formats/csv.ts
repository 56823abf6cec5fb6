// Reader for CSV exports: one row per utterance, rows grouped into calls by call id in order of first appearance.
import { InputError } from '../../errors.js';
import { UNKNOWN_AGENT_ID, type Role, type Transcript, type Turn } from '../../model/transcript.js';
import { callIdFromFile, checkedCall, parseClock, snippet } from '../call.js';
import { parseCsv } from '../csv-parse.js';
import { cleanTurnText } from '../decode.js';
import { labelMap, normaliseLabel, roleOfLabel, type LabelMap } from '../labels.js';
import type { ReadItem, ReadOptions, Reader, SourceText } from '../types.js';

type Column = 'call' | 'agent' | 'agentName' | 'team' | 'speaker' | 'role' | 'start' | 'end' | 'text';

/** Header names each column is known by, compared lower-case with spaces, dashes and underscores removed. */
export const CSV_COLUMN_ALIASES: Record<Column, string[]> = {
  call: ['call_id', 'call', 'callId', 'conversation_id', 'conversation', 'contact_id', 'interaction_id', 'session_id'],
  agent: ['agent_id', 'agent', 'rep_id', 'employee_id'],
  agentName: ['agent_name', 'rep_name'],
  team: ['team', 'agent_team', 'group', 'department'],
  speaker: ['speaker', 'speaker_name', 'speaker_label', 'participant', 'from'],
  role: ['role', 'speaker_role', 'participant_role', 'participant_type'],
  start: ['start', 'start_time', 'begin', 'begin_time', 'timestamp', 'time', 'offset', 'start_seconds', 'start_offset'],
  end: ['end', 'end_time', 'stop', 'end_seconds', 'end_offset'],
  text: ['text', 'utterance', 'transcript', 'content', 'message', 'sentence'],
};

const ALIAS_INDEX = new Map<string, Column>();
for (const [column, aliases] of Object.entries(CSV_COLUMN_ALIASES) as Array<[Column, string[]]>) {
  for (const alias of aliases) ALIAS_INDEX.set(headerKey(alias), column);
}

/** Role column values beyond the speaker labels: what contact-centre exports write there. */
const ROLE_WORDS: Record<string, Role> = {
  internal: 'agent',
  staff: 'agent',
  employee: 'agent',
  external: 'customer',
  contact: 'customer',
  other: 'other',
  thirdparty: 'other',
  'third party': 'other',
};

export const csvReader: Reader = {
  name: 'csv',
  description: 'CSV: one row per utterance (call_id, agent_id, speaker or role, start, end, text)',
  extensions: ['.csv', '.tsv'],
  sniff(source, json) {
    if (json !== undefined) return 0;
    const firstLine = firstNonBlankLine(source.text);
    // JSON Lines and bracketed text are not CSV headers; saying so early keeps sniffing cheap.
    if (firstLine === undefined || /^\s*[{[]/.test(firstLine)) return 0;
    const delimiter = guessDelimiter(firstLine);
    if (!delimiter) return 0;
    const known = new Set<Column>();
    for (const cell of firstLine.split(delimiter)) {
      const column = ALIAS_INDEX.get(headerKey(cell.replace(/^"|"$/g, '')));
      if (column) known.add(column);
    }
    if (known.has('text') && (known.has('call') || known.has('speaker') || known.has('role'))) return 0.9;
    if (known.has('text')) return 0.7;
    // Looks like an utterance export missing its text column: ours, so the error says which column is missing.
    return known.size >= 2 ? 0.5 : 0;
  },
  read(source, options) {
    return readCsvCalls(source, options);
  },
};

interface CsvRow {
  line: number;
  cells: string[];
}

/** Parses the whole file, then builds one call per call id; a call with a bad row becomes one InputError. */
export function readCsvCalls(source: SourceText, options: ReadOptions): ReadItem[] {
  const firstLine = firstNonBlankLine(source.text);
  if (firstLine === undefined) throw new InputError(source.file, '', 'empty file');
  const delimiter = guessDelimiter(firstLine) ?? ',';

  let records: Array<{ record: string[]; info: { lines: number; empty_lines: number } }>;
  try {
    records = parseCsv(source.text, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const message = error instanceof Error ? error.message.split(':')[0] : 'cannot parse';
    throw new InputError(source.file, line ? `line ${line}` : '', `invalid CSV: ${message.toLowerCase()}`);
  }
  if (records.length === 0) throw new InputError(source.file, '', 'empty file');

  const starts = startLines(records);
  const header = records[0].record;
  const headerLine = starts[0];
  const columns = resolveColumns(header, options, source.file, headerLine);
  if (records.length === 1) throw new InputError(source.file, '', 'no rows after the header');

  const calls = new Map<string, CsvRow[]>();
  const defaultId = callIdFromFile(source.file);
  for (let r = 1; r < records.length; r++) {
    const cells = records[r].record;
    const id = cell(cells, columns.call) || defaultId;
    let rows = calls.get(id);
    if (!rows) calls.set(id, (rows = []));
    rows.push({ line: starts[r], cells });
  }

  const labels = labelMap(options);
  const items: ReadItem[] = [];
  for (const [id, rows] of calls) items.push(buildCall(id, rows, columns, labels, options, source.file));
  return items;
}

function buildCall(id: string, rows: CsvRow[], columns: Partial<Record<Column, number>>, labels: LabelMap, options: ReadOptions, file: string): ReadItem {
  const agent = { id: '', name: '', team: '' };
  for (const row of rows) {
    agent.id ||= cell(row.cells, columns.agent);
    agent.name ||= cell(row.cells, columns.agentName);
    agent.team ||= cell(row.cells, columns.team);
  }
  // A speaker who is the call's agent by name or id is the agent, even without a role column.
  const agentNames = new Set([agent.id, agent.name].filter(Boolean).map(normaliseLabel));
  const agentSpeaker = options.agentSpeaker ? normaliseLabel(options.agentSpeaker) : undefined;

  const turns: Turn[] = [];
  const unresolved: Array<{ turn: Turn; line: number; speaker: string }> = [];
  let agentFoundByName = false;
  for (const row of rows) {
    if (columns.text !== undefined && row.cells.length <= columns.text) {
      return new InputError(file, `line ${row.line}`, `row has ${row.cells.length} fields but the text column is field ${columns.text + 1}`);
    }
    const speaker = cell(row.cells, columns.speaker);
    const roleValue = cell(row.cells, columns.role);
    let role: Role | undefined;
    if (roleValue) {
      role = roleOfLabel(roleValue, labels) ?? ROLE_WORDS[normaliseLabel(roleValue)];
      if (!role) return new InputError(file, `line ${row.line}`, `unknown role ${snippet(roleValue)}: expected agent, customer or other`);
    } else if (speaker) {
      role = roleOfLabel(speaker, labels);
      if (!role && agentSpeaker !== undefined) role = normaliseLabel(speaker) === agentSpeaker ? 'agent' : 'customer';
      if (!role && agentNames.has(normaliseLabel(speaker))) {
        role = 'agent';
        agentFoundByName = true;
      }
    } else {
      return new InputError(file, `line ${row.line}`, 'row has neither a role nor a speaker');
    }

    const start = timeCell(row, columns.start, 'start', file);
    if (start instanceof InputError) return start;
    const end = timeCell(row, columns.end, 'end', file);
    if (end instanceof InputError) return end;

    const turn: Turn = {
      index: turns.length,
      role: role ?? 'other',
      ...(speaker && { speaker }),
      text: cleanTurnText(cell(row.cells, columns.text)),
      ...(start !== undefined && { start }),
      ...(end !== undefined && { end }),
    };
    turns.push(turn);
    if (!role) unresolved.push({ turn, line: row.line, speaker });
  }

  if (unresolved.length > 0) {
    // Once the agent is known by name, the other named speaker is the customer; otherwise the mapping is unknown.
    if (!agentFoundByName) {
      const first = unresolved[0];
      return new InputError(
        file,
        `line ${first.line}`,
        `unknown speaker ${snippet(first.speaker)}: add a role column, or map it with --agent-label, --customer-label or --agent-speaker`,
      );
    }
    for (const { turn } of unresolved) turn.role = 'customer';
  }

  const transcript: Transcript = {
    id,
    agent: { id: agent.id || UNKNOWN_AGENT_ID, ...(agent.name && { name: agent.name }), ...(agent.team && { team: agent.team }) },
    turns,
    source: { file, format: 'csv', location: `line ${rows[0].line}` },
  };
  return checkedCall(transcript, `line ${rows[0].line}`);
}

function resolveColumns(header: string[], options: ReadOptions, file: string, line: number): Partial<Record<Column, number>> {
  const keys = header.map(headerKey);
  const columns: Partial<Record<Column, number>> = {};
  keys.forEach((key, index) => {
    const column = ALIAS_INDEX.get(key);
    if (column && columns[column] === undefined) columns[column] = index;
  });
  for (const [column, name] of Object.entries(options.csvColumns ?? {}) as Array<[Column, string | undefined]>) {
    if (!name) continue;
    const index = keys.indexOf(headerKey(name));
    if (index === -1) {
      throw new InputError(file, `line ${line}`, `no column ${snippet(name)} for ${column}; the columns are ${header.map((h) => h.trim()).join(', ')}`);
    }
    columns[column] = index;
  }
  if (columns.text === undefined) {
    throw new InputError(
      file,
      `line ${line}`,
      `no text column (looked for ${CSV_COLUMN_ALIASES.text.join(', ')}); the columns are ${header.map((h) => h.trim()).join(', ')}`,
    );
  }
  if (columns.role === undefined && columns.speaker === undefined) {
    throw new InputError(file, `line ${line}`, `no role or speaker column; the columns are ${header.map((h) => h.trim()).join(', ')}`);
  }
  return columns;
}

function timeCell(row: CsvRow, index: number | undefined, name: string, file: string): number | undefined | InputError {
  const value = cell(row.cells, index);
  if (!value) return undefined;
  const seconds = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : parseClock(value);
  if (seconds === undefined) {
    return new InputError(file, `line ${row.line}`, `${name} ${snippet(value)} is not a time in seconds or hh:mm:ss`);
  }
  return seconds;
}

function cell(cells: string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

function headerKey(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/**
 * The line each record starts on. csv-parse reports the line a record ends on (a quoted field may span lines),
 * so a record starts after the previous one ends, plus the blank lines skipped in between.
 */
function startLines(records: ReadonlyArray<{ info: { lines: number; empty_lines: number } }>): number[] {
  const starts: number[] = [];
  let previousEnd = 0;
  let previousEmpty = 0;
  for (const { info } of records) {
    starts.push(previousEnd + 1 + (info.empty_lines - previousEmpty));
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
  }
  return starts;
}

function firstNonBlankLine(text: string): string | undefined {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, Math.min(end, start + 4096));
    if (line.trim()) return line;
    start = end + 1;
  }
  return undefined;
}

/** Comma, semicolon (European spreadsheets) or tab, whichever splits the header most, outside quotes. */
function guessDelimiter(line: string): string | undefined {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best: string | undefined;
  for (const d of [',', ';', '\t']) if (counts[d] > 0 && (best === undefined || counts[d] > counts[best])) best = d;
  return best;
}
