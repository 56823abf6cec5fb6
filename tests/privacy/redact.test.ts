// Redaction of evidence quotes: card numbers, phone numbers, e-mails and spoken digit strings are masked; prices, dates, times and short references are not.
import { describe, expect, it } from 'vitest';
import { pieceRedactor, redact } from '../../src/privacy/redact.js';

describe('redact masks what must not leak', () => {
  const mustMask: [string, string, string][] = [
    // [what, input, expected]
    ['card with spaces', 'my card is 4111 1111 1111 1111 thanks', 'my card is [card] thanks'],
    ['card with dashes', 'it is 5500-0000-0000-0004.', 'it is [card].'],
    ['card without separators', 'card number 4111111111111111', 'card number [card]'],
    ['amex grouping 4-6-5', 'amex 3782 822463 10005 please', 'amex [card] please'],
    ['card then expiry', 'use 4111 1111 1111 1111 exp 12/27', 'use [card] exp 12/27'],
    ['US phone with area code in brackets', 'call me at (555) 123-4567 tomorrow', 'call me at [phone] tomorrow'],
    ['US phone with dots', 'it is 555.123.4567', 'it is [phone]'],
    ['US phone, international', 'reach me on +1 555 123 4567', 'reach me on [phone]'],
    ['US short local number', 'extension line 555-0100', 'extension line [phone]'],
    ['UK landline', 'my number is 020 7946 0958', 'my number is [phone]'],
    ['UK international', '+44 20 7946 0958 is my work line', '[phone] is my work line'],
    ['French pairs', 'appelez le 01 23 45 67 89', 'appelez le [phone]'],
    ['German with area code', 'Telefon 030 12345678', 'Telefon [phone]'],
    ['German international', 'phone +49 30 12345678', 'phone [phone]'],
    ['Australian mobile', 'mobile 0412 345 678', 'mobile [phone]'],
    ['Australian international', 'mobile +61 412 345 678', 'mobile [phone]'],
    ['ten digits run together, lower-case speech to text', 'yeah its 5551234567 call anytime', 'yeah its [phone] call anytime'],
    ['e-mail', 'send it to dana.ruiz+billing@example.co.uk now', 'send it to [email] now'],
    ['e-mail in capitals', 'DANA@EXAMPLE.COM', '[email]'],
    ['e-mail with accents', 'écrivez à josé@correo.es', 'écrivez à [email]'],
    ['spoken card digits', 'its four one one one one one one one one one one one', 'its [number]'],
    ['spoken phone with oh', 'call oh two oh seven nine four six oh nine five eight', 'call [number]'],
    ['spoken digits with commas', 'Four, one, one, one, one, one, one.', '[number].'],
    ['spoken digits in capitals', 'FIVE FIVE FIVE ONE TWO THREE FOUR', '[number]'],
  ];
  it.each(mustMask)('%s', (_what, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('masks every occurrence in a turn, of every kind', () => {
    const turn = 'card 4111 1111 1111 1111, mail a@b.io, phone (555) 123-4567, backup 4222-2222-2222-2222';
    const out = redact(turn);
    expect(out).toBe('card [card], mail [email], phone [phone], backup [card]');
    expect(out).not.toMatch(/\d{3}/);
  });
});

describe('redact keeps what a reviewer needs', () => {
  const mustKeep: [string, string][] = [
    ['a price', 'the plan is $49.99 a month'],
    ['a price with thousands separator', 'the laptop is $1,299.99'],
    ['an ISO date', 'it renews on 2026-03-02 automatically'],
    ['an ISO timestamp', 'logged at 2026-03-02T14:05:00Z'],
    ['a US date', 'it shipped 03/02/2026'],
    ['a time', 'the engineer comes at 14:05'],
    ['a time with seconds', 'the outage began 09:41:17'],
    ['a time range', 'between 10:30 and 11:45 tomorrow'],
    ['a short order number', 'order 12345 was late'],
    ['an order reference with letters', 'order #A-48213 please'],
    ['a short dashed reference', 'ticket 123-456 is open'],
    ['a zip code', 'my zip is 90210'],
    ['years', 'customer since 2019, renewed in 2026'],
    ['a version', 'firmware 2.3.4 fixes it'],
    ['a few spoken numbers', 'i called one two three times'],
    ['an @ that is not an e-mail', 'tweet us @acmehelp'],
    ['plain words', "I'm not sorry, that's policy"],
  ];
  it.each(mustKeep)('%s', (_what, input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('redact handles international numbers, dates with times and large prices', () => {
  it('an Indian mobile is masked whole', () => {
    expect(redact('call +91 98765 43210')).toBe('call [phone]');
  });
  it('a French number in international form is masked whole', () => {
    expect(redact('+33 1 23 45 67 89')).toBe('[phone]');
  });
  it('a date followed by a time is kept', () => {
    expect(redact('on 2026-03-02 14:05')).toBe('on 2026-03-02 14:05');
  });
  it('a European date with dots is kept', () => {
    expect(redact('delivered 02.03.2026')).toBe('delivered 02.03.2026');
  });
  it('a dashed day-month-year date is kept', () => {
    expect(redact('delivered 02-03-2026')).toBe('delivered 02-03-2026');
  });
  it('a price of five figures is kept', () => {
    expect(redact('the quote was $12345.67')).toBe('the quote was $12345.67');
  });
});

describe('pieceRedactor masks a piece of a turn without leaking part of a number', () => {
  const turn = "Sure, it's 4471 0932 567, thanks.";
  it('widens a piece that cuts into a phone number to the whole number', () => {
    const at = turn.indexOf("it's");
    expect(pieceRedactor(turn)([at, at + "it's 4471".length])).toBe("it's [phone]");
  });
  it('leaves a piece that touches no number as it is', () => {
    expect(pieceRedactor(turn)([0, 4])).toBe('Sure');
  });
  it('masks a whole number inside the piece', () => {
    expect(pieceRedactor(turn)([0, turn.length])).toBe(redact(turn));
  });
});
