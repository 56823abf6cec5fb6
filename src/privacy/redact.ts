// Masks what a transcript must not leak into a report: card numbers, phone numbers, e-mail addresses.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// 13-19 digits, optionally grouped by spaces or dashes ("4111 1111 1111 1111", "4111-1111-1111-1111").
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
// Phone numbers: optional +country, optional (area), then groups; at least 7 digits in all.
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){1,4}/g;
// Spoken digits from speech-to-text ("four one one one ..."): 7 or more in a row.
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const SPOKEN_DIGITS = new RegExp(`\\b${DIGIT_WORD}(?:[ ,-]+${DIGIT_WORD}){6,}\\b`, 'gi');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const countDigits = (s: string): number => s.replace(/\D/g, '').length;

/** Returns text with card numbers, phone numbers and e-mail addresses masked. */
export function redact(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(CARD, (m) => (countDigits(m) >= 13 ? '[card]' : m))
    .replace(PHONE, (m) => (countDigits(m) >= 7 && !ISO_DATE.test(m) ? '[phone]' : m))
    .replace(SPOKEN_DIGITS, '[number]');
}
