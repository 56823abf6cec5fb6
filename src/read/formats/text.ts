// Reader for plain-text transcripts: "Agent: ..." / "Customer: ..." lines, optional timestamps and "# key: value" headers.
import { InputError } from '../../errors.js';
import { UNKNOWN_AGENT_ID, type Transcript, type Turn } from '../../model/transcript.js';
import { callIdFromFile, checkedCall, parseClock, snippet } from '../call.js';
import { cleanTurnText } from '../decode.js';
import { describeLabels, labelMap, normaliseLabel, roleOfLabel, type LabelMap } from '../labels.js';
import type { ReadOptions, Reader, SourceText } from '../types.js';

const TS = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/**
 * A speaker line: [timestamp] Label (Name) [timestamp]: [timestamp] words.
 * The label is one to three words; the colon must be followed by a space or the line end so
 * "10:30" and "https://" never read as labels. Indented lines never match: they continue the turn above.
 */
const TURN_LINE = new RegExp(
  String.raw`^(?:[\[(](${TS})[\])]|(${TS}))?[ \t]*(?:[-–][ \t]*)?` +
    String.raw`([A-Za-z][\w.'’-]*(?: [\w.'’-]+){0,2})` +
    String.raw`(?:[ \t]*\(([^():]{1,40})\))?` +
    String.raw`(?:[ \t]*[\[(](${TS})[\])])?` +
    String.raw`[ \t]*:(?=\s|$)[ \t]*` +
    String.raw`(?:[\[(](${TS})[\])][ \t]*)?` +
    '(.*)$',
);
const HEADER_LINE = /^#[ \t]*([A-Za-z][\w -]{0,40}?)[ \t]*:[ \t]*(.*)$/;
/** Quick pre-check used by sniff: a line that starts like a label. */
const LABEL_START = /^(?:[\[(]?\d{1,3}:\d{2}[^\]\s]*[\])]?[ \t]*)?[A-Za-z][\w.' ()-]{0,40}:(?=\s|$)/;

const HEADER_KEYS: Record<string, 'agent' | 'agentName' | 'team' | 'call' | 'date' | 'customer'> = {
  agent: 'agent',
  'agent-id': 'agent',
  'agent id': 'agent',
  agent_id: 'agent',
  'agent-name': 'agentName',
  'agent name': 'agentName',
  agent_name: 'agentName',
  team: 'team',
  call: 'call',
  'call-id': 'call',
  'call id': 'call',
  call_id: 'call',
  id: 'call',
  date: 'date',
  'started-at': 'date',
  startedat: 'date',
  customer: 'customer',
  'customer-id': 'customer',
  customer_id: 'customer',
};

export const textReader: Reader = {
  name: 'text',
  description: 'plain text: "Agent: ..." / "Customer: ..." lines, optional [00:01:23] timestamps and "# agent: ..." headers',
  extensions: ['.txt', '.text'],
  sniff(source, json) {
    if (json !== undefined) return 0;
    const labels = labelMap({});
    let considered = 0;
    let labelled = 0;
    let known = 0;
    let headers = 0;
    let start = 0;
    const text = source.text;
    while (considered < 40 && start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const line = text.slice(start, Math.min(end, start + 300));
      start = end + 1;
      if (!line.trim()) continue;
      if (HEADER_LINE.test(line)) {
        headers++;
        continue;
      }
      considered++;
      if (!LABEL_START.test(line)) continue;
      labelled++;
      const m = TURN_LINE.exec(line);
      if (m && (roleOfLabel(m[3], labels) || (m[4] && roleOfLabel(m[4], labels)))) known++;
    }
    if (considered === 0) return headers > 0 ? 0.3 : 0;
    if (known > 0) return Math.min(0.9, 0.6 + (0.3 * labelled) / considered);
    // "Dana: ... / Bob: ..." lines: still ours, so the user hears which label is unknown.
    return labelled / considered >= 0.5 ? 0.4 : 0;
  },
  read(source, options) {
    return [readTextTranscript(source, options)];
  },
};

interface TextHeader {
  agent?: string;
  agentName?: string;
  team?: string;
  call?: string;
  date?: string;
  customer?: string;
  metadata: Record<string, string>;
}

/** Parses one plain-text call; throws InputError for an unknown speaker label or a call that cannot be audited. */
export function readTextTranscript(source: SourceText, options: ReadOptions): Transcript {
  const labels = labelMap(options);
  const agentSpeaker = options.agentSpeaker ? normaliseLabel(options.agentSpeaker) : undefined;
  const header: TextHeader = { metadata: {} };
  const turns: Turn[] = [];
  const lines = source.text.split('\n');

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const lineNo = i + 1;

    if (line.startsWith('#')) {
      const h = HEADER_LINE.exec(line);
      if (h) applyHeader(header, h[1], h[2]);
      continue; // "#" lines without a key are comments
    }

    const m = TURN_LINE.exec(line);
    if (m) {
      const [, tsBefore, bareTs, label, name, tsAfterLabel, tsAfterColon, words] = m;
      let role = roleOfLabel(label, labels);
      let speaker = name?.trim() || label.trim();
      if (!role && name) {
        // "Dana Ruiz (Agent):" names the person first and the role in brackets.
        role = roleOfLabel(name, labels);
        speaker = label.trim();
      }
      if (!role && agentSpeaker !== undefined && isLabelLike(label)) {
        // With --agent-speaker, the named speaker is the agent and every other speaker the customer.
        role = normaliseLabel(label) === agentSpeaker ? 'agent' : 'customer';
      }
      if (role) {
        const clock = tsBefore ?? bareTs ?? tsAfterLabel ?? tsAfterColon;
        const start = clock === undefined ? undefined : parseClock(clock);
        turns.push({
          index: turns.length,
          role,
          speaker,
          text: cleanTurnText(words),
          ...(start !== undefined && { start }),
        });
        continue;
      }
      if (isLabelLike(label)) throw unknownLabel(source.file, lineNo, label, labels);
    }

    // A line without a label continues the turn above; text before the first turn is a preamble.
    const previous = turns[turns.length - 1];
    if (previous) {
      const more = cleanTurnText(line);
      previous.text = previous.text ? `${previous.text} ${more}` : more;
    }
  }

  if (turns.length === 0) {
    if (source.text.trim() === '') throw new InputError(source.file, '', 'empty file');
    throw new InputError(
      source.file,
      '',
      `no speaker lines found: expected lines like "Agent: ..." and "Customer: ..." (labels ${describeLabels(labels, 'agent')} and ${describeLabels(labels, 'customer')})`,
    );
  }

  const transcript: Transcript = {
    id: header.call || callIdFromFile(source.file),
    agent: {
      id: header.agent || UNKNOWN_AGENT_ID,
      ...(header.agentName && { name: header.agentName }),
      ...(header.team && { team: header.team }),
    },
    turns,
    source: { file: source.file, format: 'text' },
  };
  if (header.customer) transcript.customer = { id: header.customer };
  if (header.date) transcript.startedAt = header.date;
  if (Object.keys(header.metadata).length > 0) transcript.metadata = header.metadata;
  const checked = checkedCall(transcript, '');
  if (checked instanceof InputError) throw checked;
  return checked;
}

function applyHeader(header: TextHeader, rawKey: string, rawValue: string): void {
  const key = rawKey.trim().toLowerCase();
  const value = cleanTurnText(rawValue);
  const field = HEADER_KEYS[key];
  if (field) header[field] = value;
  else header.metadata[key] = value;
}

/** Names, not phrases: "Speaker 2", "Dana Ruiz", "IVR" are labels; "so the thing is" is a sentence with a colon. */
function isLabelLike(label: string): boolean {
  return label
    .trim()
    .split(/\s+/)
    .every((word) => /^[A-Z0-9]/.test(word));
}

function unknownLabel(file: string, lineNo: number, label: string, labels: LabelMap): InputError {
  return new InputError(
    file,
    `line ${lineNo}`,
    `unknown speaker label ${snippet(label)}: expected ${describeLabels(labels, 'agent')} or ${describeLabels(labels, 'customer')} (add it with --agent-label or --customer-label, or indent a continuation line)`,
  );
}
