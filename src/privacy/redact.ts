// Masks what a transcript must not leak into a report: card numbers, phone numbers, e-mail addresses.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Dates, times and money look like digit runs but are evidence worth keeping: protected before masking.
const PROTECTED = new RegExp(
  [
    String.raw`\b\d{4}-\d{1,2}-\d{1,2}(?!\d)`, // 2026-03-02, 2026-03-02T14:05
    String.raw`\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b`, // 02.03.2026, 2/3/26
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?\b`, // 14:05, 00:01:23
    String.raw`[$€£¥]\s?\d[\d,]*(?:\.\d+)?`, // $12,345.67
    String.raw`\b\d[\d,]*\.\d{1,2}\b(?!\.?\d)`, // 49.99
  ].join('|'),
  'g',
);
// A run of digits with the separators people read numbers out with: "+44 (20) 7946-0958", "4111 1111 1111 1111".
const DIGIT_RUN = /\+?\(?\d[\d ().-]*\d\)?/g;
// Spoken digits from speech-to-text ("four one one one ..."): 7 or more in a row.
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const SPOKEN_DIGITS = new RegExp(`\\b${DIGIT_WORD}(?:[ ,-]+${DIGIT_WORD}){6,}\\b`, 'gi');
const HAS_DIGIT_OR_AT = /[\d@]/;
// A character that stands in for e-mails and protected text while digit runs are found: not a digit, so no run crosses it.
const FILLER = '\uE000';

/** A stretch of a text to mask, and what to show instead. */
interface Masked {
  start: number;
  end: number;
  label: string;
}

/** The stretches of `text` that must not leak, in order. */
function sensitive(text: string): Masked[] {
  const out: Masked[] = [];
  let work = text;
  // Most turns hold no digit and no "@": skip the expensive passes for them.
  if (HAS_DIGIT_OR_AT.test(text)) {
    const blank = (m: RegExpMatchArray) => { work = work.slice(0, m.index) + FILLER.repeat(m[0].length) + work.slice(m.index! + m[0].length); };
    if (text.includes('@')) for (const m of text.matchAll(EMAIL)) { out.push({ start: m.index, end: m.index + m[0].length, label: '[email]' }); blank(m); }
    for (const m of work.matchAll(PROTECTED)) blank(m);
    for (const m of work.matchAll(DIGIT_RUN)) {
      const label = digitRunLabel(m[0]);
      // A run may take the space after it ("4471 0932 thanks"): the space is kept.
      if (label) out.push({ start: m.index, end: m.index + m[0].trimEnd().length, label });
    }
  }
  for (const m of work.matchAll(SPOKEN_DIGITS)) out.push({ start: m.index, end: m.index + m[0].length, label: '[number]' });
  return out.sort((a, b) => a.start - b.start);
}

/** `text[from, to)` with the sensitive stretches inside it masked. */
function masked(text: string, from: number, to: number, found: readonly Masked[]): string {
  let out = '';
  let at = from;
  for (const m of found) {
    if (m.end <= from || m.start >= to) continue;
    out += text.slice(at, m.start) + m.label;
    at = m.end;
  }
  return out + text.slice(at, to);
}

/** Returns text with card numbers, phone numbers and e-mail addresses masked. */
export function redact(text: string): string {
  return masked(text, 0, text.length, sensitive(text));
}

/**
 * Masks pieces of `text`, finding what to mask once for all of them: a piece that cuts into a phone or card number
 * ("it's 4471" of "it's 4471 0932") is widened to the whole number before masking, so no part of it leaks.
 */
export function pieceRedactor(text: string): (span: readonly [number, number]) => string {
  const found = sensitive(text);
  return ([from, to]) => {
    for (const m of found) {
      if (m.start < to && from < m.end) { from = Math.min(from, m.start); to = Math.max(to, m.end); }
    }
    return masked(text, from, to, found);
  };
}

/** What a run of digits is masked as, or null when it is kept (too short or too long to be a phone or card number). */
function digitRunLabel(run: string): string | null {
  const digits = run.replace(/\D/g, '').length;
  if (digits < 7 || digits > 19) return null;
  // 13-19 digits is a card number, unless it is written as an international phone number.
  return digits >= 13 && !run.startsWith('+') ? '[card]' : '[phone]';
}
