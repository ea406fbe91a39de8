import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeForLog } from './escapeForLog';

describe('escapeForLog', () => {
  it('keeps ordinary text as it is', () => {
    expect(escapeForLog('GET /index.html?x=1 – Müller')).toBe('GET /index.html?x=1 – Müller');
  });

  it('escapes what would end a line or forge one, and the backslash that starts an escape', () => {
    expect(escapeForLog('/x\r\nvigil station: stopped')).toBe('/x\\u{d}\\u{a}vigil station: stopped');
    expect(escapeForLog('a\u2028b\u0085c\u001b[2Jd')).toBe('a\\u{2028}b\\u{85}c\\u{1b}[2Jd');
    expect(escapeForLog('evil\u202Etxt.exe')).toBe('evil\\u{202e}txt.exe');
    expect(escapeForLog('C:\\u{a}')).toBe('C:\\\\u{a}');
  });

  it('caps the length and says how long the text was', () => {
    expect(escapeForLog('a'.repeat(500), 10)).toBe('aaaaaaaaaa…(500 characters)');
  });

  it('never lets a line break through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(escapeForLog(text)).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
  });
});
