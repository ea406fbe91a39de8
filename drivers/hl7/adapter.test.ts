// The adapter over @medplum/core: the public samples parse to their expected files; escapes, charsets and bad input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Hl7ParseError, parseHl7 } from './adapter';
import { decodeFrame, declaredCharset } from './charset';
import { escapeText, unescapeLeaf } from './escape';
import { parseHl7Time } from './dtm';
import { createLabCatalogue } from '../../shared/labs';
import { summarise } from './interpret';
import { hasSharedFixtures, hl7, parseSample, pcd01, sampleBytes, sampleExpected, sampleNames } from './test-support';

const CONTRACT_KEYS = ['setId', 'valueType', 'code', 'codingSystem', 'text', 'value', 'unit', 'status', 'time'] as const;

describe.skipIf(!hasSharedFixtures)('public HL7 samples (../shared/fixtures/hl7, driven by the expected files)', () => {
  const names = sampleNames();
  it('finds the eight samples', () => expect(names.length).toBe(8));

  it.each(names)('%s parses to its expected file', (name) => {
    const expected = sampleExpected(name);
    const summary = summarise(parseSample(name), createLabCatalogue());
    expect(summary.messageType).toBe(expected.messageType);
    expect(summary.controlId).toBe(expected.controlId);
    expect(summary.patientId).toBe(expected.patientId);
    const observations = summary.observations.map((o) => Object.fromEntries(CONTRACT_KEYS.map((k) => [k, o[k]])));
    expect(observations).toEqual(expected.observations);
  });

  it('decodes by the bytes, not by MSH-18, and notes the mismatch', () => {
    const philips = decodeFrame(sampleBytes('philips-pcd01-intellivue-mx500-pocd-ig'));
    expect(philips.charset).toBe('utf-8');
    expect(philips.text).toContain('… shortened for brevity …');
    expect(philips.note).toMatch(/MSH-18 says "8859\/1"/);
    const mindray = decodeFrame(sampleBytes('mindray-bc-hematology-cbc-oru-v231-lf'));
    expect(mindray.text).toContain('Général');
    expect(mindray.note).toMatch(/UNICODE/);
  });
});

describe('escape sequences (the library leaves them raw)', () => {
  it('decodes the synthetic case of the fixtures README per leaf', () => {
    const msg = parseHl7(hl7('MSH|^~\\&|A|B|||20260101||ORU^R01|1|P|2.6', 'OBX|1|ST|x^y^L||a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f\\X41\\g||||||F'));
    expect(msg.observations[0]!.value).toBe('a|b^c&d~e\\fAg');
  });

  it('handles hex bytes as UTF-8, formatting escapes, and keeps unknown or unterminated sequences', () => {
    expect(unescapeLeaf('line\\X0D0A\\next')).toBe('line\r\nnext');
    expect(unescapeLeaf('caf\\XC3A9\\')).toBe('café');
    expect(unescapeLeaf('a\\.br\\b\\H\\bold\\N\\')).toBe('a\nbbold');
    expect(unescapeLeaf('odd \\Q\\ and \\F')).toBe('odd \\Q\\ and \\F');
  });

  it('uses the delimiters the message declares', () => {
    const msg = parseHl7(hl7('MSH#*~!@#A#B###20260101##ORU*R01#1#P#2.6', 'OBX#1#ST#x*y*L##p!F!q!S!r'));
    expect(msg.messageType).toBe('ORU^R01');
    expect(msg.observations[0]!.value).toBe('p#q*r');
  });

  it('round-trips any text through escapeText (fast-check)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }).filter((s) => !/[\r\n]/.test(s)), (s) => {
          expect(unescapeLeaf(escapeText(s))).toBe(s);
        }), { numRuns: 300 });
  });
});

describe('parseHl7 on bad input', () => {
  it('refuses text that is not HL7 and an MSH without delimiters', () => {
    expect(() => parseHl7('hello')).toThrow(Hl7ParseError);
    expect(() => parseHl7('MSH')).toThrow(/delimiter/);
    expect(() => parseHl7('MSH|^^^^|x')).toThrow(/distinct/);
  });

  it('reads "" as null, takes every PID-3 repetition, and tolerates leading line breaks', () => {
    const msg = parseHl7(`\r\n${hl7('MSH|^~\\&|A|B|||20260101||ORU^R01|7|P|2.6', 'PID|||""~M123^^^H^MR~ 456 ^^^H^PI', 'OBX|1|NM|x^y^L||""|mg||||||F')}`);
    expect(msg.patientId).toBeNull();
    expect(msg.patientIds).toEqual(['M123', ' 456 ']);
    expect(msg.observations[0]!.value).toBeNull();
  });

  it('reads MSH-18 straight from the bytes', () => {
    expect(declaredCharset(new TextEncoder().encode(pcd01('1', 'M1')))).toBe('UNICODE UTF-8');
    expect(declaredCharset(new TextEncoder().encode('garbage'))).toBeNull();
  });

  it('falls back to a single-byte charset for bytes that are not UTF-8', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('MSH|^~\\&|A|B|||1||ORU^R01|1|P|2.3||||||8859/1\rPID|||1||M'), 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    const decoded = decodeFrame(latin1);
    expect(decoded.charset).toBe('latin1');
    expect(decoded.text.endsWith('Müller')).toBe(true);
    expect(decoded.note).toMatch(/not valid UTF-8.*MSH-18/);
    expect(decodeFrame(latin1, 'windows-1252').note).toMatch(/configured/);
  });

  it('never throws anything but Hl7ParseError on mutated messages (fast-check)', () => {
    const base = pcd01('FUZZ', 'M1');
    const mutation = fc.tuple(fc.nat({ max: base.length - 1 }), fc.constantFrom('|', '^', '~', '\\', '&', '\r', '\n', 'X', '', '""', '\\X4\\'));
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 10 }), (mutations) => {
        let text = base;
        for (const [at, s] of mutations) text = text.slice(0, at) + s + text.slice(at + 1);
        try {
          summarise(parseHl7(text), createLabCatalogue());
        } catch (error) {
          expect(error).toBeInstanceOf(Hl7ParseError);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('HL7 times', () => {
  it('reads every precision and the zone without early rounding', () => {
    expect(parseHl7Time('20260912120000.0000+0530')).toEqual({ ms: Date.UTC(2026, 8, 12, 6, 30), zoned: true });
    expect(parseHl7Time('20210425230331.496-0400')?.ms).toBe(Date.UTC(2021, 3, 26, 3, 3, 31, 496));
    expect(parseHl7Time('20210425230331.5+0000')?.ms).toBe(Date.UTC(2021, 3, 25, 23, 3, 31, 500));
    expect(parseHl7Time('200808151030-0700')?.ms).toBe(Date.UTC(2008, 7, 15, 17, 30));
    expect(parseHl7Time('2026')).toEqual({ ms: new Date(2026, 0, 1).getTime(), zoned: false });
  });

  it('rejects impossible dates and garbage', () => {
    for (const bad of ['', '2026023', '20260230', '20261301', '202601011260', 'now', '20260101+2500']) expect(parseHl7Time(bad)).toBeNull();
  });
});
