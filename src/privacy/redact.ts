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
// Private-use characters stand in for protected text while digit runs are masked.
const SENTINEL = /\uE000(\d+)\uE001/g;

/** Returns text with card numbers, phone numbers and e-mail addresses masked. */
export function redact(text: string): string {
  // Most turns hold no digit and no "@": skip the expensive passes for them.
  if (!HAS_DIGIT_OR_AT.test(text)) return text.replace(SPOKEN_DIGITS, '[number]');
  const kept: string[] = [];
  const masked = (text.includes('@') ? text.replace(EMAIL, '[email]') : text)
    .replace(PROTECTED, (m) => `\uE000${kept.push(m) - 1}\uE001`)
    .replace(DIGIT_RUN, maskDigitRun)
    .replace(SPOKEN_DIGITS, '[number]');
  return masked.replace(SENTINEL, (_, i: string) => kept[Number(i)]);
}

function maskDigitRun(run: string): string {
  const digits = run.replace(/\D/g, '').length;
  if (digits < 7 || digits > 19) return run;
  // 13-19 digits is a card number, unless it is written as an international phone number.
  if (digits >= 13 && !run.startsWith('+')) return '[card]';
  return run.endsWith(' ') ? '[phone] ' : '[phone]';
}
