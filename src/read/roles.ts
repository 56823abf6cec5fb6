// Decides which speaker is the agent, which the customer, and which are third parties, when a format does not say.
import type { Role, RoleAssignment } from '../model/transcript.js';

/** One turn as the role step sees it: who spoke, what they said, and anything the format already knew. */
export interface SpeakerTurn {
  speaker: string;
  text: string;
  /** Audio channel, as the format names it ("0", "ch_1", "2"). */
  channel?: string;
  /** Role stated by the format itself (Contact Lens AGENT, Genesys internal...). */
  role?: Role;
}

export interface RoleHints {
  /** `--agent-speaker spk_0`: a speaker id as the format spells it (case-insensitive). */
  agentSpeaker?: string;
  /** `--agent-channel 0`: matches "0", "ch_0", "channel 0". */
  agentChannel?: string;
  /** Display names or labels that mean agent / customer (case-insensitive), on top of the built-in ones. */
  agentLabel?: string[];
  customerLabel?: string[];
  /** The contact centre's company or brand names: the speaker who says them early is likely the agent. */
  companyNames?: string[];
}

export interface RoleResult {
  /** Role of every speaker that appears in the turns. */
  roles: Map<string, Role>;
  assignment: RoleAssignment;
}

const BUILT_IN_AGENT_LABELS = ['agent', 'representative', 'rep', 'advisor', 'adviser', 'csr', 'operator', 'associate', 'support'];
const BUILT_IN_CUSTOMER_LABELS = ['customer', 'caller', 'client', 'member', 'patient', 'guest'];
/** Names that mark a speaker as neither the agent nor the customer. */
const THIRD_PARTY_NAME = /\b(?:ivr|bot|system|automated|auto attendant|virtual assistant|assistant bot|supervisor|manager|announcement|recording|hold music|voicemail)\b/i;

interface Cue {
  pattern: RegExp;
  weight: number;
  /** What the reason says when this cue fires. */
  label: string;
  /** Only count it in the speaker's first few turns (openings). */
  openingOnly?: boolean;
}

// Weights: an opening line is strong evidence; one service phrase alone is not.
const AGENT_CUES: Cue[] = [
  { pattern: /\bthanks? (?:you )?for (?:calling|contacting|holding the line)\b/, weight: 3, label: 'thanks the caller for calling', openingOnly: true },
  { pattern: /\b(?:how|what) (?:can|may|could) (?:i|we) (?:help|assist|do for you)\b/, weight: 3, label: 'offers help ("how can I help")' },
  { pattern: /\bhow (?:can|may) i direct your call\b/, weight: 2, label: 'offers to direct the call' },
  { pattern: /\byou(?:'ve| have) reached\b|\bwelcome to\b/, weight: 2, label: 'greets the caller', openingOnly: true },
  { pattern: /\b(?:my name is|this is|you're speaking (?:to|with)) [a-z]+\b.{0,30}\b(?:speaking|from|with|at|how)\b/, weight: 2, label: 'introduces themself', openingOnly: true },
  { pattern: /\b(?:is there )?anything else (?:i|we) can (?:help|do|assist)\b/, weight: 2, label: 'asks "anything else I can help with"' },
  { pattern: /\blet me (?:check|look|pull|see|verify|get|take a look|confirm|transfer|go ahead)\b/, weight: 1, label: 'says "let me check"' },
  { pattern: /\bi(?:'ll| will) (?:go ahead|send|transfer|escalate|credit|refund|update|process|waive|schedule|set up|reset|cancel that|note)\b/, weight: 1, label: 'commits to an action on the account' },
  { pattern: /\b(?:can|could|may) i (?:have|get|confirm|take|verify) (?:your|the)\b/, weight: 1, label: 'asks for the caller\'s details' },
  { pattern: /\bfor (?:security|verification)(?: purposes)?\b|\bverify (?:your|the) (?:identity|account|name|address|date)\b/, weight: 2, label: 'runs a security check' },
  { pattern: /\bbear with me\b|\bone moment(?: please)?\b|\bthanks? (?:you )?for (?:your patience|holding|waiting)\b/, weight: 1, label: 'asks the caller to hold' },
  { pattern: /\bi(?:'ve| have) (?:updated|processed|applied|credited|escalated|sent|submitted|issued|refunded|reset|scheduled|cancelled|canceled)\b/, weight: 1, label: 'reports an action taken' },
  { pattern: /\bi (?:can see|see here|see that|see on)\b|\bon (?:your|the) account\b|\bin (?:the|our) system\b/, weight: 1, label: 'reads from the account' },
  { pattern: /\b(?:sorry to hear|i understand how|i apologi[sz]e for)\b/, weight: 1, label: 'apologises or empathises' },
];

const CUSTOMER_CUES: Cue[] = [
  { pattern: /\bmy (?:account|bill|card|order|internet|phone|package|payment|service|router|modem|subscription|statement|balance|plan|password|refund|policy|claim|flight|booking|reservation|delivery|credit card|debit card|car|loan|mortgage|number|address)\b/, weight: 2, label: 'speaks of "my" bill, account or service' },
  { pattern: /\bi(?:'m| am) calling (?:about|because|to|regarding|for|in regards)\b|\bthe reason (?:i'm|i am) calling\b/, weight: 3, label: 'states why they are calling' },
  { pattern: /\bi (?:was|got|have been|'ve been|'m being|am being) (?:charged|billed|double|overcharged|cut off|disconnected)\b/, weight: 2, label: 'complains of a charge' },
  { pattern: /\bi(?:'ve| have) been (?:on hold|waiting|trying|calling)\b|\b(?:second|third|fourth) time (?:i'm|i am|i've|calling)\b/, weight: 2, label: 'has been waiting or calling back' },
  { pattern: /\b(?:can|could|would) you (?:help me|tell me|check|fix|cancel|explain|send me|look into)\b/, weight: 1, label: 'asks the other side to act' },
  { pattern: /\bi (?:want|need|would like|'d like|wanna) to (?:cancel|upgrade|change|return|dispute|know|report|speak|close|open|pay|order)\b/, weight: 1, label: 'states a request' },
  { pattern: /\bspeak (?:to|with) (?:a|your|the) (?:manager|supervisor)\b|\b(?:this is|that's|it's) (?:ridiculous|unacceptable)\b/, weight: 1, label: 'escalates in frustration' },
];

/** IVR and bot prompts: a speaker who says these is a machine, not the agent, when there is a third speaker. */
const IVR_CUE = /\bpress (?:one|two|three|four|five|nine|zero|\d)\b|\bpara español\b|\byour call (?:may|will) be (?:recorded|monitored)\b|\bcalls are answered in the order\b|\bplease (?:hold|stay on the line) while (?:we|i) (?:connect|transfer)\b/;
const QUESTION_START = /^(?:what|how|why|when|where|which|who|can|could|would|will|do|does|did|is|are|was|have|has|may|should)\b(?!')/;
/** Sentence and clause starts: speech-to-text drops question marks, so "okay what model is it" still asks. */
const CLAUSE_BREAK = /[.!?;,]\s+|\s+(?:and|so|okay|alright|right)\s+/;
const OPENING_TURNS = 3;

interface SpeakerEvidence {
  speaker: string;
  firstTurn: number;
  turns: number;
  words: number;
  questions: number;
  agentPoints: number;
  customerPoints: number;
  cues: string[];
  ivr: boolean;
}

/**
 * Assigns a role to every speaker. Order: roles stated by the format; then `agentSpeaker` / `agentChannel`;
 * then agent/customer labels; then a heuristic over what each speaker says. Speakers beyond the agent and
 * the customer (IVR, supervisor, a second agent after a transfer) become `other`.
 */
export function assignRoles(turns: readonly SpeakerTurn[], hints: RoleHints = {}): RoleResult {
  const speakers = distinctSpeakers(turns);
  const roles = new Map<string, Role>();

  // 1. Roles stated by the format.
  for (const turn of turns) if (turn.role && !roles.has(turn.speaker)) roles.set(turn.speaker, turn.role);
  if (speakers.length > 0 && speakers.every((s) => roles.has(s))) {
    return { roles, assignment: { method: 'format', confidence: 1, reason: 'roles given by the source format' } };
  }
  const fromFormat = roles.size > 0;

  // 2. Explicit mapping from the command line or config.
  const notes: string[] = [];
  let method: RoleAssignment['method'] | undefined;
  if (!hasRole(roles, 'agent')) {
    const chosen = configuredAgent(turns, speakers, hints, notes);
    if (chosen) {
      roles.set(chosen.speaker, 'agent');
      method = 'config';
      notes.push(chosen.reason);
    }
  }

  // 3. Labels: "Agent" / "Customer" and whatever the user added, then names that mark a third party.
  const agentLabels = labelSet(BUILT_IN_AGENT_LABELS, hints.agentLabel);
  const customerLabels = labelSet(BUILT_IN_CUSTOMER_LABELS, hints.customerLabel);
  for (const speaker of speakers) {
    if (roles.has(speaker)) continue;
    if (matchesLabel(speaker, agentLabels) && !hasRole(roles, 'agent')) {
      roles.set(speaker, 'agent');
      method ??= 'labels';
      notes.push(`"${speaker}" is labelled as the agent`);
    } else if (matchesLabel(speaker, customerLabels) && !hasRole(roles, 'customer')) {
      roles.set(speaker, 'customer');
      method ??= 'labels';
      notes.push(`"${speaker}" is labelled as the customer`);
    } else if (THIRD_PARTY_NAME.test(speaker)) {
      roles.set(speaker, 'other');
    }
  }

  // 4. Heuristic for whatever is still missing.
  const open = speakers.filter((s) => !roles.has(s));
  let confidence = method ? 1 : fromFormat ? 1 : 0;
  if (open.length > 0) {
    const evidence = gatherEvidence(turns, open, hints.companyNames);
    const guess = guessRoles(evidence, !hasRole(roles, 'agent'), !hasRole(roles, 'customer'));
    for (const [speaker, role] of guess.roles) roles.set(speaker, role);
    if (guess.decided) {
      // When the agent came from config or labels, the rest is elimination: as sure as the mapping.
      if (!method && !fromFormat) {
        method = 'heuristic';
        confidence = guess.confidence;
      } else {
        confidence = Math.min(confidence, Math.max(guess.confidence, 0.8));
      }
      notes.push(guess.reason);
    }
  }

  if (!hasRole(roles, 'agent') || !hasRole(roles, 'customer')) {
    const missing = !hasRole(roles, 'agent') ? 'agent' : 'customer';
    return {
      roles,
      assignment: {
        method: method ?? (fromFormat ? 'format' : 'heuristic'),
        confidence: 0,
        reason: [`no ${missing} found among ${speakers.length === 0 ? 'no speakers' : speakers.join(', ')}`, ...notes].join('; '),
      },
    };
  }
  // A requested mapping that matched nothing must be visible: the result is only a guess then.
  if (notes.some((n) => n.startsWith('requested'))) confidence = Math.min(confidence, 0.5);
  return {
    roles,
    assignment: {
      method: method ?? (fromFormat ? 'format' : 'heuristic'),
      confidence: round(confidence),
      reason: notes.join('; ') || 'roles given by the source format',
    },
  };
}

function distinctSpeakers(turns: readonly SpeakerTurn[]): string[] {
  const seen = new Set<string>();
  for (const turn of turns) seen.add(turn.speaker);
  return [...seen];
}

function hasRole(roles: Map<string, Role>, role: Role): boolean {
  for (const r of roles.values()) if (r === role) return true;
  return false;
}

function configuredAgent(
  turns: readonly SpeakerTurn[],
  speakers: string[],
  hints: RoleHints,
  notes: string[],
): { speaker: string; reason: string } | undefined {
  if (hints.agentSpeaker !== undefined) {
    const wanted = hints.agentSpeaker.trim().toLowerCase();
    let speaker = speakers.find((s) => s.toLowerCase() === wanted);
    // "--agent-speaker 1" also names spk_1 or speaker_1, when exactly one speaker ends in that number.
    if (speaker === undefined && /^\d+$/.test(wanted)) {
      const numbered = speakers.filter((s) => /(\d+)$/.exec(s)?.[1] === wanted);
      if (numbered.length === 1) speaker = numbered[0];
    }
    if (speaker !== undefined) return { speaker, reason: `agent speaker ${speaker} set by option` };
    notes.push(`requested agent speaker "${hints.agentSpeaker}" is not in this call (speakers: ${speakers.join(', ')})`);
  }
  if (hints.agentChannel !== undefined) {
    const wanted = channelNumber(hints.agentChannel);
    const turn = turns.find((t) => t.channel !== undefined && channelNumber(t.channel) === wanted);
    if (turn) return { speaker: turn.speaker, reason: `agent channel ${hints.agentChannel} set by option` };
    notes.push(`requested agent channel "${hints.agentChannel}" is not in this call`);
  }
  return undefined;
}

/** "ch_1", "channel 1", "1" all name channel 1. */
export function channelNumber(channel: string): string {
  const digits = /(\d+)\s*$/.exec(channel.trim());
  return digits ? String(Number(digits[1])) : channel.trim().toLowerCase();
}

function labelSet(builtIn: string[], extra: string[] | undefined): Set<string> {
  const set = new Set(builtIn);
  for (const label of extra ?? []) if (label.trim()) set.add(label.trim().toLowerCase());
  return set;
}

/** "Agent", "agent 2", "Agent (Dana)", "Customer - Sam" all carry the label; "Agentur" does not. */
function matchesLabel(speaker: string, labels: Set<string>): boolean {
  const name = speaker.trim().toLowerCase();
  if (labels.has(name)) return true;
  const head = /^([a-z]+(?: [a-z]+)?)[\s\-_(:#\d]/.exec(name);
  if (!head) return false;
  return labels.has(head[1]) || labels.has(head[1].split(' ')[0]);
}

function gatherEvidence(turns: readonly SpeakerTurn[], open: string[], companyNames: string[] | undefined): SpeakerEvidence[] {
  const bySpeaker = new Map<string, SpeakerEvidence>();
  for (const speaker of open) {
    bySpeaker.set(speaker, { speaker, firstTurn: Infinity, turns: 0, words: 0, questions: 0, agentPoints: 0, customerPoints: 0, cues: [], ivr: false });
  }
  const company = companyPattern(companyNames);
  const firedAgent = new Map<string, Set<Cue>>();
  const firedCustomer = new Map<string, Set<Cue>>();
  turns.forEach((turn, index) => {
    const ev = bySpeaker.get(turn.speaker);
    if (!ev) return;
    const text = normaliseForCues(turn.text);
    const opening = ev.turns < OPENING_TURNS;
    ev.firstTurn = Math.min(ev.firstTurn, index);
    ev.turns++;
    ev.words += text ? text.split(' ').length : 0;
    if (text.includes('?') || text.split(CLAUSE_BREAK).some((clause) => QUESTION_START.test(clause))) ev.questions++;
    if (IVR_CUE.test(text)) ev.ivr = true;
    // Each cue counts once per speaker, so one catch-phrase repeated cannot outweigh everything else.
    fire(AGENT_CUES, text, opening, firedAgent, ev, 'agent');
    fire(CUSTOMER_CUES, text, opening, firedCustomer, ev, 'customer');
    if (company && opening && company.test(text) && !ev.cues.includes('names the company')) {
      ev.agentPoints += 2;
      ev.cues.push('names the company');
    }
  });
  return [...bySpeaker.values()];
}

function fire(cues: Cue[], text: string, opening: boolean, fired: Map<string, Set<Cue>>, ev: SpeakerEvidence, side: 'agent' | 'customer'): void {
  let done = fired.get(ev.speaker);
  if (!done) fired.set(ev.speaker, (done = new Set()));
  for (const cue of cues) {
    if (done.has(cue) || (cue.openingOnly && !opening) || !cue.pattern.test(text)) continue;
    done.add(cue);
    if (side === 'agent') ev.agentPoints += cue.weight;
    else ev.customerPoints += cue.weight;
    ev.cues.push(cue.label);
  }
}

function companyPattern(names: string[] | undefined): RegExp | undefined {
  const cleaned = (names ?? []).map((n) => n.trim().toLowerCase()).filter(Boolean);
  if (cleaned.length === 0) return undefined;
  return new RegExp(`\\b(?:${cleaned.map(escapeRegExp).join('|')})\\b`);
}

/** Lower case, curly apostrophes straightened, spaces collapsed: speech-to-text and typed text look alike. */
function normaliseForCues(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim();
}

function score(ev: SpeakerEvidence): number {
  return ev.agentPoints - ev.customerPoints;
}

function guessRoles(
  evidence: SpeakerEvidence[],
  needAgent: boolean,
  needCustomer: boolean,
): { roles: Map<string, Role>; decided: boolean; confidence: number; reason: string } {
  const roles = new Map<string, Role>();
  // With three or more open speakers, an IVR or bot voice is a third party, not the agent.
  let pool = evidence;
  if (evidence.length >= 3) {
    for (const ev of evidence) if (ev.ivr) roles.set(ev.speaker, 'other');
    pool = evidence.filter((ev) => !ev.ivr);
  }
  if (pool.length === 0) return { roles, decided: false, confidence: 0, reason: '' };

  // Questions: the agent usually asks more. Worth a point to whoever asks at least two more.
  const byQuestions = [...pool].sort((a, b) => b.questions - a.questions);
  if (pool.length >= 2 && byQuestions[0].questions - byQuestions[1].questions >= 2) {
    byQuestions[0].agentPoints += 1;
    byQuestions[0].cues.push(`asks more questions (${byQuestions[0].questions} to ${byQuestions[1].questions})`);
  }
  // Inbound calls: the agent usually speaks first. A weak tie-breaker only.
  const first = pool.reduce((a, b) => (b.firstTurn < a.firstTurn ? b : a));
  first.agentPoints += 0.5;

  const ranked = [...pool].sort((a, b) => score(b) - score(a) || a.firstTurn - b.firstTurn);
  const reasonParts: string[] = [];
  let confidence = 0.5;
  if (needAgent) {
    const agent = ranked[0];
    roles.set(agent.speaker, 'agent');
    const runnerUp = ranked[1];
    const margin = runnerUp ? score(agent) - score(runnerUp) : Math.max(score(agent), 0.5);
    confidence = 0.5 + 0.47 * (1 - Math.exp(-margin / 2.5));
    reasonParts.push(describe(agent, 'agent'));
  }
  const rest = ranked.filter((ev) => !roles.has(ev.speaker));
  if (needCustomer && rest.length > 0) {
    // The customer is the least agent-like remaining speaker; ties go to whoever talks more.
    const customer = rest.reduce((a, b) => (score(b) < score(a) || (score(b) === score(a) && b.words > a.words) ? b : a));
    roles.set(customer.speaker, 'customer');
    reasonParts.push(describe(customer, 'customer'));
  }
  for (const ev of pool) if (!roles.has(ev.speaker)) roles.set(ev.speaker, 'other');
  const others = pool.filter((ev) => roles.get(ev.speaker) === 'other').map((ev) => ev.speaker);
  const ivr = evidence.filter((ev) => ev.ivr && roles.get(ev.speaker) === 'other').map((ev) => ev.speaker);
  if (ivr.length) reasonParts.push(`${ivr.join(', ')} sounds like an automated system`);
  if (others.length) reasonParts.push(`${others.join(', ')} treated as a third party`);
  return { roles, decided: true, confidence, reason: reasonParts.join('; ') };
}

function describe(ev: SpeakerEvidence, role: Role): string {
  const cues = role === 'agent' ? ev.cues.filter((c) => !CUSTOMER_LABELS.has(c)) : ev.cues.filter((c) => CUSTOMER_LABELS.has(c));
  if (cues.length === 0) return role === 'agent' ? `${ev.speaker} taken as the agent (no clear cue; speaks first or by elimination)` : `${ev.speaker} is the customer by elimination`;
  return `${ev.speaker} is the ${role}: ${cues.slice(0, 3).join(', ')}`;
}

const CUSTOMER_LABELS = new Set(CUSTOMER_CUES.map((c) => c.label));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
