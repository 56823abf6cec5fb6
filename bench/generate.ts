// Deterministic synthetic corpus for the benchmark: realistic-looking calls that exercise every rule.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { NativeCall } from '../src/model/transcript.js';

/** mulberry32: a tiny seeded PRNG, so two runs of the bench audit the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENTS = ['Dana Ruiz', 'Sam Okafor', 'Priya Nair', 'Tom Becker', 'Lena Weiss', 'Marco Silva', 'Aiko Tanaka', 'Joe Brennan'];
const TEAMS = ['Billing', 'Technical', 'Retention'];

const OPENINGS = [
  'thank you for calling northwind, this is {agent}, how can I help you today?',
  'hi, you are through to support, my name is {agent}, what can I do for you',
];
const PROBLEMS = [
  'my internet keeps dropping every evening and I work from home',
  'I was charged twice for my subscription this month',
  'the parcel was supposed to arrive on Monday and it still has not come',
  'I cannot log in to my account, it says my password is wrong',
  'I want to cancel my contract, it is too expensive',
];
const EMOTIONS = [
  'this is the third time I have called about this and nobody has fixed it',
  'honestly I am really frustrated, this is ridiculous',
  'I am worried because I need this working for an interview tomorrow',
  'okay that is fine',
];
const AGENT_QUESTIONS = [
  'can you tell me when it started',
  'what model is the router',
  'how often does it happen?',
  'is the light on the front blinking or solid',
  'could you confirm the email address on the account',
];
const EMPATHY = [
  "I'm sorry to hear that, I understand how frustrating that must be",
  'that sounds really stressful, let me sort this out for you',
  'okay',
];
const CUSTOMER_ENQUIRIES = [
  'can you refund the second charge?',
  'when will the engineer come',
  'how much would the faster plan cost',
  'do you have anything cheaper',
  'I need to change my address',
];
const AGENT_ACTIONS = [
  "I've issued a refund for the duplicate charge, you'll see it within five working days",
  "I'll book an engineer for Tuesday morning between eight and twelve",
  'the fibre plan is 35 pounds a month and you would get twice the speed, shall I set that up for you?',
  'let me reset your password now, you will get an email in a couple of minutes',
  'I have updated the address on your account',
];
const FILLER_CUSTOMER = ['okay', 'right', 'yes', 'sure, one moment', 'let me check, it says model r-200', 'it started last week'];
const FILLER_AGENT = ['thanks for waiting', 'I can see the account here', 'bear with me a second', 'great, thank you', 'okay, I see'];
const CLOSINGS = [
  ['does that fix it for you?', 'yes it works now, thanks'],
  ['is there anything else I can help with today?', 'no that is all, thank you'],
  ['okay, goodbye', 'it still does not work though'],
];

export function generateCall(rand: () => number, n: number, turnsWanted: number): NativeCall {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const agentIndex = Math.floor(rand() * AGENTS.length);
  const agent = AGENTS[agentIndex];
  const texts: { role: 'agent' | 'customer'; text: string }[] = [];
  const say = (role: 'agent' | 'customer', text: string) => texts.push({ role, text: text.replace('{agent}', agent.split(' ')[0]) });
  say('agent', pick(OPENINGS));
  say('customer', `${pick(PROBLEMS)}, ${pick(EMOTIONS)}`);
  say('agent', pick(EMPATHY));
  while (texts.length < turnsWanted - 2) {
    const r = rand();
    if (r < 0.2) { say('agent', pick(AGENT_QUESTIONS)); say('customer', pick(FILLER_CUSTOMER)); }
    else if (r < 0.35) { say('customer', pick(CUSTOMER_ENQUIRIES)); say('agent', rand() < 0.8 ? pick(AGENT_ACTIONS) : pick(FILLER_AGENT)); }
    else if (r < 0.45) { say('customer', pick(EMOTIONS)); say('agent', pick(EMPATHY)); }
    else { say('agent', `${pick(FILLER_AGENT)}, ${pick(AGENT_QUESTIONS)}`); say('customer', `${pick(FILLER_CUSTOMER)} ${pick(PROBLEMS)}`); }
  }
  const [check, answer] = pick(CLOSINGS);
  say('agent', check);
  say('customer', answer);
  let clock = 0;
  return {
    id: `bench-${String(n).padStart(6, '0')}`,
    agent: { id: `a-${agentIndex + 1}`, name: agent, team: TEAMS[agentIndex % TEAMS.length] },
    startedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    turns: texts.map((t) => {
      const start = clock;
      clock += 1 + t.text.split(' ').length * 0.35;
      return { speaker: t.role === 'agent' ? agent : 'Customer', role: t.role, text: t.text, start: round1(start), end: round1(clock) };
    }),
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Writes `calls` calls under dir: half as one JSON file per call, half as JSONL files of 500 calls.
 * Turn counts are spread from 20 to 400.
 */
export async function generateCorpus(dir: string, calls: number, seed = 42): Promise<{ bytes: number }> {
  const rand = seededRandom(seed);
  mkdirSync(join(dir, 'json'), { recursive: true });
  mkdirSync(join(dir, 'jsonl'), { recursive: true });
  let bytes = 0;
  const half = Math.floor(calls / 2);
  for (let n = 0; n < half; n++) {
    const text = JSON.stringify(generateCall(rand, n, 20 + Math.floor(rand() * 381)));
    bytes += text.length;
    const sub = join(dir, 'json', String(Math.floor(n / 1000)).padStart(3, '0'));
    if (n % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `call-${n}.json`), text);
  }
  let out: ReturnType<typeof createWriteStream> | undefined;
  for (let n = half; n < calls; n++) {
    if ((n - half) % 500 === 0) {
      if (out) await new Promise<void>((resolve) => out!.end(() => resolve()));
      out = createWriteStream(join(dir, 'jsonl', `batch-${String((n - half) / 500).padStart(4, '0')}.jsonl`));
    }
    const line = `${JSON.stringify(generateCall(rand, n, 20 + Math.floor(rand() * 381)))}\n`;
    bytes += line.length;
    if (!out!.write(line)) await new Promise<void>((resolve) => out!.once('drain', () => resolve()));
  }
  if (out) await new Promise<void>((resolve) => out!.end(() => resolve()));
  return { bytes };
}
