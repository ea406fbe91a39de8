import { describe, expect, it } from 'vitest';
import { ackCodes, mergeNewest, outcomeTone, segments, splitSegment, visible } from './segments';

describe('HL7 raw message as text', () => {
  it('one segment per line whatever the separator; empty lines dropped', () => {
    expect(segments('MSH|^~\\&|GW\rPID|||MRN-1\r\nOBX|1|NM\n\r')).toEqual(['MSH|^~\\&|GW', 'PID|||MRN-1', 'OBX|1|NM']);
  });

  it('control characters become visible pictures; markup stays plain text', () => {
    expect(visible('\u000bMSH|a\u001c')).toBe('\u240bMSH|a\u241c');
    expect(visible('OBX|1|ST|<script>alert(1)</script>')).toBe('OBX|1|ST|<script>alert(1)</script>');
    expect(visible('a\tb')).toBe('a\tb');
  });

  it('splits the segment id for display', () => {
    expect(splitSegment('PID|||MRN-1')).toEqual({ id: 'PID', rest: '|||MRN-1' });
    expect(splitSegment('garbage')).toEqual({ id: '', rest: 'garbage' });
  });

  it('ACK codes, outcome tones, and merging a refreshed newest page', () => {
    expect(ackCodes({ acks: 'CA AA' })).toEqual(['CA', 'AA']);
    expect(ackCodes({ acks: '' })).toEqual([]);
    expect(ackCodes({ acks: null })).toEqual([]);
    expect(outcomeTone('accepted')).toBe('ok');
    expect(outcomeTone('rejected')).toBe('bad');
    expect(outcomeTone('duplicate')).toBe('info');
    const shown = [{ id: 5 }, { id: 4 }, { id: 3 }, { id: 2 }];
    expect(mergeNewest(shown, [{ id: 7 }, { id: 6 }, { id: 5 }]).map((m) => m.id)).toEqual([7, 6, 5, 4, 3, 2]);
    expect(mergeNewest(shown, []).map((m) => m.id)).toEqual([5, 4, 3, 2]);
  });
});
