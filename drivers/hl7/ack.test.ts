// ACK content: which ACKs (original vs enhanced mode), and every field the rules of hl7.md 1.6 name.
import { describe, expect, it } from 'vitest';
import { parseHl7 } from './adapter';
import { buildAck, buildBareReject, createAckIdSource, planAcks } from './ack';
import { hl7, pcd01 } from './test-support';

const ID = { application: 'VIGIL', facility: 'BED|7', now: Date.UTC(2026, 10, 26, 8, 0, 0, 5), controlId: 'VGL1' };
const segments = (text: string) => text.split('\r').filter(Boolean).map((s) => s.split('|'));

describe('planAcks', () => {
  const mode = (acceptAck: string | null, applicationAck: string | null) => ({ acceptAck, applicationAck });
  it('original mode: one application ACK', () => {
    expect(planAcks(mode(null, null), 'accept')).toEqual(['AA']);
    expect(planAcks(mode(null, null), 'error')).toEqual(['AE']);
    expect(planAcks(null, 'reject')).toEqual(['AR']);
  });

  it('enhanced mode follows MSH-15/16 (AL/NE, NE/AL, AL/AL, NE/NE, ER, SU)', () => {
    expect(planAcks(mode('AL', 'NE'), 'accept')).toEqual(['CA']);
    expect(planAcks(mode('AL', 'NE'), 'error')).toEqual(['CE']);
    expect(planAcks(mode('NE', 'AL'), 'reject')).toEqual(['AR']);
    expect(planAcks(mode('AL', 'AL'), 'accept')).toEqual(['CA', 'AA']);
    expect(planAcks(mode('NE', 'NE'), 'accept')).toEqual([]);
    expect(planAcks(mode('ER', 'SU'), 'accept')).toEqual(['AA']);
    expect(planAcks(mode('ER', 'SU'), 'error')).toEqual(['CE']);
  });

  it('a listener configured for original mode answers AA/AE/AR whatever MSH-15/16 say', () => {
    expect(planAcks(mode('AL', 'NE'), 'accept', 'original')).toEqual(['AA']);
  });
});

describe('buildAck', () => {
  it('swaps sender and receiver, echoes version and MSH-11, makes a new MSH-10, and says what happened', () => {
    const msg = parseHl7(hl7('MSH|^~\\&|GW^0012^EUI-64|WARD|RCV|RF|20260101||ORU^R01^ORU_R01|CTRL-9|D|2.6', 'PID|||M1'));
    const [msh, msa, ...rest] = segments(buildAck(msg, 'AA', null, ID, 'stored 3 vitals'));
    expect(msh!.slice(2, 12)).toEqual(['VIGIL', 'BED\\F\\7', 'GW^0012^EUI-64', 'WARD', '20261126080000.005+0000', '', 'ACK^R01^ACK', 'VGL1', 'D', '2.6']);
    expect(msa).toEqual(['MSA', 'AA', 'CTRL-9', 'stored 3 vitals']);
    expect(rest).toEqual([]);
  });

  it('adds an ERR segment (v2.5+ layout) with the reason, escaped, for AE/AR/CE/CR', () => {
    const msg = parseHl7(pcd01('C2', 'X|9'.replace('|', '\\F\\')));
    const text = buildAck(msg, 'AE', { text: 'patient X|9 (PID-3) is not admitted here', code: 204, location: 'PID^1^3' }, ID);
    const [, msa, err] = segments(text);
    expect(msa).toEqual(['MSA', 'AE', 'C2', 'patient X\\F\\9 (PID-3) is not admitted here']);
    expect(err).toEqual(['ERR', '', 'PID^1^3', '204^Unknown key identifier^HL70357', 'E', '', '', '', 'patient X\\F\\9 (PID-3) is not admitted here']);
    expect(parseHl7(text).messageType).toBe('ACK^R01');
  });

  it('uses the two-component MSH-9 and the ERR-1 layout for v2.2 senders', () => {
    const msg = parseHl7(hl7('MSH|^~\\&|ABL735|LAB|||20010516||ORU^R01|200105|P|2.2', 'PID|1'));
    const [msh, , err] = segments(buildAck(msg, 'AR', { text: 'unsupported', code: 200 }, ID));
    expect(msh![8]).toBe('ACK^R01');
    expect(err).toEqual(['ERR', '^^^200&Unsupported message type&HL70357']);
  });

  it('answers an unreadable frame with AR and an empty MSA-2', () => {
    const [msh, msa, err] = segments(buildBareReject({ text: 'not HL7', code: 100 }, ID));
    expect(msh![8]).toBe('ACK');
    expect(msa).toEqual(['MSA', 'AR', '', 'not HL7']);
    expect(err![3]).toBe('100^Segment sequence error^HL70357');
  });

  it('makes unique control ids', () => {
    const next = createAckIdSource();
    const ids = new Set(Array.from({ length: 500 }, next));
    expect(ids.size).toBe(500);
    expect([...ids].every((id) => id.length <= 20)).toBe(true);
  });
});
