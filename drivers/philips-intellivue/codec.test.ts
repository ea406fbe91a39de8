// The codec against the guide's vectors (frame-and-message-vectors.txt, read at run time) and its frame-layer edge cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ABORT,
  crcCcitt,
  createDeframer,
  decodeFloat,
  decodeMessage,
  encodeAssociationRequest,
  encodeAssociationResult,
  encodeFloat,
  encodeFrame,
  encodeKeepAlive,
  encodeMdsCreateResult,
  encodePollRequest,
  encodeRawFrame,
  fcsBytes,
  mdsClock,
  RELEASE_REQUEST,
  RELEASE_RESPONSE,
  splitDicesLog,
  type FrameResult,
} from './codec';
import { OBJ_CLASS } from './constants';
import { bytesToHex, concatBytes, hasSharedFixtures, keyedVectors, PHILIPS_DIR, readPhilipsFile, vector } from './test-support';

const kinds = (results: readonly FrameResult[]): string[] => results.map((r) => (r.ok ? 'ok' : r.issue.kind));
const payloads = (results: readonly FrameResult[]): string[] => results.flatMap((r) => (r.ok ? [bytesToHex(r.userData)] : []));

describe.skipIf(!hasSharedFixtures)('guide vectors', () => {
  it('[V1] FCS: CRC-CCITT, ones-complement, LSB first, escaped when it hits C0/C1/7D', () => {
    const [data1, data2] = keyedVectors('data');
    const [crc1, crc2] = keyedVectors('crc \\(raw\\)');
    const [wire1, wire2] = keyedVectors('fcs on wire');
    const [frame1, frame2] = keyedVectors('frame');
    expect(crcCcitt(data1!)).toBe((crc1![0]! << 8) | crc1![1]!);
    expect(crcCcitt(data2!)).toBe((crc2![0]! << 8) | crc2![1]!);
    expect(fcsBytes(data1!)).toEqual([...wire1!]);
    expect(fcsBytes(data2!)).toEqual([...wire2!]);
    expect(encodeRawFrame(data1!)).toEqual(frame1);
    expect(encodeRawFrame(data2!)).toEqual(frame2);
    // The receiver's check: data + FCS leaves the PPP residue.
    expect(crcCcitt(concatBytes(data1!, wire1!))).toBe(0xf0b8);
  });

  it('[V2] a full serial frame: header with the unescaped length, data escaped, FCS over header + data', () => {
    const [userData] = keyedVectors('user data');
    const frame = keyedVectors('frame')[2]!;
    expect(encodeFrame(userData!)).toEqual(frame);
    const results = createDeframer().push(frame);
    expect(payloads(results)).toEqual([bytesToHex(userData!)]);
  });

  it('[V3] FLOAT-Type: exponent and mantissa, specials whatever the exponent, and the capture examples', () => {
    const text = readFileSync(join(PHILIPS_DIR, 'frame-and-message-vectors.txt'), 'utf8');
    const lines = [...text.matchAll(/^((?:[0-9a-f]{2} ){3}[0-9a-f]{2}) -> (.*)$/gm)];
    expect(lines.length).toBe(7);
    const specials: Record<string, string> = { NaN: 'nan', NRes: 'nres', '+INF': 'positiveInfinity', '-INF': 'negativeInfinity' };
    for (const [, hex, rest] of lines) {
      const word = Number.parseInt(hex!.replace(/ /g, ''), 16);
      const special = Object.keys(specials).find((s) => rest!.startsWith(s));
      if (special) expect(decodeFloat(word)).toEqual({ kind: specials[special] });
      else expect(decodeFloat(word)).toEqual({ kind: 'number', value: Number(rest!.split('->').at(-1)!.trim()) });
    }
    const captured = [...text.matchAll(/((?:[0-9a-f]{2} ){3}[0-9a-f]{2}) = (-?[\d.]+)/g)];
    expect(captured.length).toBe(5);
    for (const [, hex, value] of captured) expect(decodeFloat(Number.parseInt(hex!.replace(/ /g, ''), 16))).toEqual({ kind: 'number', value: Number(value) });
    expect(encodeFloat(37.02, 2)).toBe(0xfe000e76);
    expect(encodeFloat(-1000, 2)).toBe(0xfefe7960);
  });

  it('[V4] the client messages are byte-identical to the canned ones', () => {
    expect(encodeAssociationRequest()).toEqual(vector('aarq_msg'));
    expect(encodeMdsCreateResult(1, 0x000abd00)).toEqual(vector('mds_create_resp_msg'));
    expect(encodePollRequest({ invokeId: 0, pollNumber: 1, objClass: OBJ_CLASS.mds })).toEqual(vector('poll_mds_request_msg'));
    expect(encodePollRequest({ invokeId: 0, pollNumber: 1, objClass: OBJ_CLASS.numeric })).toEqual(vector('poll_request_msg'));
    expect(encodePollRequest({ invokeId: 1, pollNumber: 1, objClass: OBJ_CLASS.numeric, activePeriodTicks: 240_000 })).toEqual(vector('ext_poll_request_msg5'));
    expect(encodePollRequest({ invokeId: 4, pollNumber: 3, objClass: OBJ_CLASS.wave, activePeriodTicks: 0x493e00 })).toEqual(vector('ext_poll_request_wave_msg'));
    expect(encodeKeepAlive(8, 7)).toEqual(vector('keep_alive_msg2'));
    expect(RELEASE_REQUEST).toEqual(vector('rlrq_msg'));
    expect(RELEASE_RESPONSE).toEqual(vector('rlrq_resp_msg'));
    expect(ABORT).toEqual(vector('assoc_abort'));
  });

  it('[V4] the client messages decode to what they ask for', () => {
    const aarq = decodeMessage(vector('aarq_msg'));
    expect(aarq.ok && aarq.value).toMatchObject({ kind: 'associationRequest', userInfo: { pollProfile: { minPollPeriodTicks: 0x9c4, maxMtuRx: 2500, maxMtuTx: 1000, extOptions: 0x8c000000 } } });
    const ext = decodeMessage(vector('ext_poll_request_msg5'));
    expect(ext.ok && ext.value).toEqual({ kind: 'pollRequest', invokeId: 1, action: 0xf13b, pollNumber: 1, objClass: 6, attrGroup: 0, activePeriodTicks: 240_000 });
    const result = decodeMessage(vector('mds_create_resp_msg'));
    expect(result.ok && result.value).toEqual({ kind: 'eventReportResult', invokeId: 1, eventType: 0x0d06, currentTime: 0x000abd00 });
    for (const [name, kind] of [['rlrq_msg', 'releaseRequest'], ['rlrq_resp_msg', 'releaseResponse'], ['assoc_abort', 'abort']] as const) {
      const m = decodeMessage(vector(name));
      expect(m.ok && m.value.kind).toBe(kind);
    }
  });

  it('[V5] the MP70 association result and MDS Create, with 7D E0 inside the relative time', () => {
    const { records } = splitDicesLog(readPhilipsFile('mp70_serial_demo_numerics_20140411.log'));
    const [ac, mds] = records.slice(0, 2).map((r) => createDeframer().push(r.bytes)[0]!) as [FrameResult, FrameResult];
    expect(ac.ok && decodeMessage(ac.userData)).toMatchObject({
      ok: true,
      value: { kind: 'associationResult', userInfo: { pollProfile: { minPollPeriodTicks: 0x000c3500, maxMtuRx: 996, maxMtuTx: 996, options: 0x60000000, extOptions: 0x88000000 } } },
    });
    // The simulator's association result is the MP70's, byte for byte, given the same profile (2.10).
    const mp70 = { minPollPeriodTicks: 0x000c3500, maxMtuRx: 996, maxMtuTx: 996, maxBwTx: 0xffffffff, options: 0x60000000, extOptions: 0x88000000 };
    expect(ac.ok && bytesToHex(encodeAssociationResult(mp70))).toBe(ac.ok && bytesToHex(ac.userData));
    expect(bytesToHex(records[1]!.bytes)).toContain('9fa67de000');
    const create = mds.ok ? decodeMessage(mds.userData) : null;
    expect(create?.ok && create.value.kind).toBe('mdsCreate');
    const clock = create?.ok ? mdsClock(create.value) : null;
    expect(clock && { abs: bytesToHex(clock.absolute), rel: clock.relative }).toEqual({ abs: '2014041114262300', rel: 0x9fa6c000 });
  });
});

describe('frame layer', () => {
  const frame = (...data: number[]): Uint8Array => encodeFrame(Uint8Array.from(data));

  it('escapes C0, C1 and 7D in the length bytes too', () => {
    const long = new Uint8Array(0x7d).fill(1); // length 0x007D must go out as 7D 5D
    expect(bytesToHex(encodeFrame(long).subarray(0, 7))).toBe('c01101007d5d01');
    expect(payloads(createDeframer().push(encodeFrame(long)))).toEqual([bytesToHex(long)]);
  });

  it('gives the same frames whatever the chunk sizes', () => {
    const stream = concatBytes(frame(1, 2, 3), frame(0xc0, 0xc1, 0x7d), frame(9));
    const whole = payloads(createDeframer().push(stream));
    for (const size of [1, 2, 3, 7]) {
      const d = createDeframer();
      const out: FrameResult[] = [];
      for (let i = 0; i < stream.length; i += size) out.push(...d.push(stream.subarray(i, i + size)));
      expect(payloads(out)).toEqual(whole);
    }
    expect(whole).toEqual(['010203', 'c0c17d', '09']);
  });

  it('reports a bad FCS, a cut-off frame, an abort, a wrong header and bytes outside frames, and keeps going', () => {
    const bad = frame(1, 2, 3);
    bad[bad.length - 2] = bad[bad.length - 2]! ^ 0x01;
    const cut = frame(4, 5, 6).subarray(0, 5);
    const aborted = Uint8Array.from([0xc0, 0x11, 0x01, 0x7d, 0xc1]);
    const foreign = encodeRawFrame(Uint8Array.from([0x22, 0x01, 0x00, 0x01, 0x42]));
    const garbage = Uint8Array.from([0x55, 0x66]);
    const results = createDeframer().push(concatBytes(bad, cut, frame(7), aborted, foreign, garbage, frame(8)));
    expect(kinds(results)).toEqual(['checksum', 'truncated', 'ok', 'malformed', 'unsupported', 'malformed', 'ok']);
    expect(payloads(results)).toEqual(['07', '08']);
  });

  it('rejects a frame whose length field disagrees with its data, and drops oversize frames', () => {
    const lying = encodeRawFrame(Uint8Array.from([0x11, 0x01, 0x00, 0x05, 0x01, 0x02]));
    expect(kinds(createDeframer().push(lying))).toEqual(['truncated']);
    expect(kinds(createDeframer(16).push(concatBytes(encodeFrame(new Uint8Array(40)), frame(1))))).toEqual(['oversize', 'ok']);
  });
});
