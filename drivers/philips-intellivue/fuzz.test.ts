// Robustness of the codec (fast-check, bounded runs): the deframer and the message decoder never throw, a frame
// whose FCS failed never yields a value, and generated poll results round-trip value for value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDeframer,
  decodeMessage,
  encodeAssociationRequest,
  encodeFrame,
  encodeKeepAlive,
  encodePollResult,
  encodeRawFrame,
  fcsBytes,
  frameContent,
  readNumerics,
  readingsToObservations,
  StreamInterpreter,
  type FrameResult,
  type ObservationPoll,
} from './codec';
import { ACTION, ATTR, OBJ_CLASS, PHYSIO } from './constants';
import { nuValueBytes, compoundBytes, u16Bytes } from './attributes';
import { bytesToHex, concatBytes, hasSharedFixtures, readPhilipsFile } from './test-support';
import { splitDicesLog } from './capture';

const RUNS = { numRuns: 150 };
const PHYSIO_IDS = Object.values(PHYSIO);

interface NuInput {
  physioId: number;
  state: number;
  unitCode: number;
  raw: number;
}
interface ResultInput {
  objects: { poll: ObservationPoll; values: NuInput[] }[];
  relTime: number;
  invokeId: number;
  extended: boolean;
}

const arbNu: fc.Arbitrary<NuInput> = fc.record({
  physioId: fc.oneof(fc.constantFrom(...PHYSIO_IDS), fc.integer({ min: 0, max: 0xffff })),
  state: fc.oneof(fc.constantFrom(0, 0x0400, 0x8000, 0x2000, 0x4000, 0x0020, 0x0060), fc.integer({ min: 0, max: 0xffff })),
  unitCode: fc.constantFrom(0x0aa0, 0x0ae0, 0x0220, 0x0f20, 0x0f03, 0x17a0, 0x1140, 0x0200),
  raw: fc.oneof(fc.constantFrom(0x007fffff, 0x00800000, 0x007ffffe, 0x00800002, 0xfe000e76), fc.integer({ min: 0, max: 0xffffffff })),
});

const arbObject: fc.Arbitrary<{ poll: ObservationPoll; values: NuInput[] }> = fc
  .tuple(fc.integer({ min: 0, max: 0xffff }), fc.array(arbNu, { minLength: 1, maxLength: 4 }))
  .map(([handle, values]) => ({
    values,
    poll: {
      handle,
      attributes: [
        { id: ATTR.idHandle, value: u16Bytes(handle) },
        values.length === 1 ? { id: ATTR.nuValue, value: nuValueBytes(values[0]!) } : { id: ATTR.nuCompound, value: compoundBytes(values) },
      ],
    },
  }));

const arbResult: fc.Arbitrary<ResultInput> = fc.record({
  objects: fc.array(arbObject, { maxLength: 6 }),
  relTime: fc.integer({ min: 0, max: 0xffffffff }),
  invokeId: fc.integer({ min: 0, max: 0xffff }),
  extended: fc.boolean(),
});

const resultBytes = (r: ResultInput): Uint8Array =>
  encodePollResult({
    invokeId: r.invokeId,
    action: r.extended ? ACTION.extendedPoll : ACTION.poll,
    pollNumber: 1,
    sequenceNo: 0,
    relTime: r.relTime,
    absTime: new Uint8Array(8).fill(0xff),
    objClass: OBJ_CLASS.numeric,
    contexts: [{ contextId: 1, objects: r.objects.map((o) => o.poll) }],
  });

/** Any user data: generated poll results, client messages, or random bytes behind a plausible first byte. */
const arbUserData = fc.oneof(
  arbResult.map(resultBytes),
  fc.constant(encodeAssociationRequest()),
  fc.integer({ min: 0, max: 0xffff }).map((i) => encodeKeepAlive(i, i)),
  fc.tuple(fc.constantFrom(0xe1, 0x0d, 0x0e, 0x19, 0x00, 0x42), fc.uint8Array({ maxLength: 80 })).map(([b, rest]) => Uint8Array.of(b, ...rest)),
);

/** Decoding and interpreting whatever came out of the deframer must not throw. */
function consume(results: readonly FrameResult[]): void {
  const interpreter = new StreamInterpreter(0);
  for (const r of results) {
    if (!r.ok) continue;
    const m = decodeMessage(r.userData);
    if (m.ok) interpreter.interpret(m.value, { device: 'fuzz', time: 0 });
  }
}

describe('fuzzing the IntelliVue codec', () => {
  it('round-trips generated numeric poll results value for value', () => {
    fc.assert(
      fc.property(arbResult, (r) => {
        const m = decodeMessage(resultBytes(r));
        expect(m.ok && m.value.kind).toBe('pollResult');
        if (!m.ok || m.value.kind !== 'pollResult') return;
        const readings = readNumerics(m.value, new Map());
        expect(readings.map(({ physioId, state, unitCode, raw }) => ({ physioId, state, unitCode, raw }))).toEqual(r.objects.flatMap((o) => o.values));
        for (const o of readingsToObservations(readings, { device: 'fuzz', time: 0 })) if (o.status !== 'valid') expect(o.value === null || ['demo', 'questionable'].includes(o.status)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws on random byte streams, in any chunking', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }), (bytes, sizes) => {
        const d = createDeframer();
        const out: FrameResult[] = [];
        for (let at = 0, i = 0; at < bytes.length; i++) {
          const n = sizes[i % sizes.length]!;
          out.push(...d.push(bytes.subarray(at, at + n)));
          at += n;
        }
        consume(out);
      }),
      RUNS,
    );
  });

  it('never throws in the message decoder, on any user data or any cut of it', () => {
    fc.assert(
      fc.property(arbUserData, fc.nat(), (data, cut) => {
        const whole = decodeMessage(data);
        const truncated = decodeMessage(data.subarray(0, cut % (data.length + 1)));
        expect(typeof whole.ok).toBe('boolean');
        expect(typeof truncated.ok).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('yields nothing from a frame whose content was damaged, and every other frame intact', () => {
    fc.assert(
      fc.property(fc.array(arbUserData, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 0xffff }), (messages, which, at, xor) => {
        const victim = which % messages.length;
        const frames = messages.map((m, i) => {
          if (i !== victim) return encodeFrame(m);
          // A non-zero burst of at most 16 bits anywhere in header, data or FCS: CRC-CCITT detects every one.
          const content = frameContent(m);
          const full = Uint8Array.from([...content, ...fcsBytes(content)]);
          const p = at % (full.length - 1);
          full[p] = full[p]! ^ (xor >> 8);
          full[p + 1] = full[p + 1]! ^ (xor & 0xff);
          return encodeRawFrame(full.subarray(0, -2), [full[full.length - 2]!, full[full.length - 1]!]);
        });
        const results = createDeframer().push(concatBytes(...frames));
        expect(results.map((r) => (r.ok ? bytesToHex(r.userData) : 'issue'))).toEqual(messages.map((m, i) => (i === victim ? 'issue' : bytesToHex(m))));
        consume(results);
      }),
      RUNS,
    );
  });

  it.skipIf(!hasSharedFixtures)('survives mutated real streams: no throw, and every frame it accepts is one the monitor sent', () => {
    const log = splitDicesLog(readPhilipsFile('mp70_serial_demo_numerics_20140411.log')).records.slice(0, 40);
    const stream = concatBytes(...log.map((r) => r.bytes));
    const originals = new Set(log.flatMap((r) => createDeframer().push(r.bytes)).flatMap((f) => (f.ok ? [bytesToHex(f.userData)] : [])));
    const arbMutation = fc.record({ kind: fc.constantFrom('flip', 'insert', 'delete'), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(fc.array(arbMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const bytes = Array.from(stream);
        for (const m of mutations) {
          const at = m.at % bytes.length;
          if (m.kind === 'flip') bytes[at] = bytes[at]! ^ (m.byte || 1);
          else if (m.kind === 'insert') bytes.splice(at, 0, m.byte);
          else bytes.splice(at, 1);
        }
        const results = createDeframer().push(Uint8Array.from(bytes));
        for (const r of results) if (r.ok) expect(originals.has(bytesToHex(r.userData))).toBe(true);
        consume(results);
      }),
      { numRuns: 60 },
    );
  });
});
