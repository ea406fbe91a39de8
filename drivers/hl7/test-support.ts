// Test helpers for the HL7 driver: the public samples are read at run time from ../shared (never copied here).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_FIXTURES, hasSharedFixtures } from '../../test/helpers/shared';
import { parseHl7, type ParsedHl7 } from './adapter';
import { decodeFrame } from './charset';

export const HL7_FIXTURES = join(SHARED_FIXTURES, 'hl7');
export { hasSharedFixtures };

/** Sample names (without .hl7) that have an expected file; empty when ../shared is absent. */
export function sampleNames(): string[] {
  if (!hasSharedFixtures) return [];
  return readdirSync(HL7_FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .sort();
}

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(HL7_FIXTURES, `${name}.hl7`)));
}

export function sampleExpected(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(HL7_FIXTURES, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
}

export function parseSample(name: string): ParsedHl7 {
  return parseHl7(decodeFrame(sampleBytes(name)).text);
}

/** Segments joined with CR, as a message is sent on the wire. */
export const hl7 = (...segments: string[]): string => `${segments.join('\r')}\r`;

/** A small PCD-01 message with its own control id and patient, for wire and station tests. */
export function pcd01(controlId: string, mrn: string | null, obx: string[] = ['OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||R|||20260101120000+0000||||0012AB0000C0FFEE^TEST_MON']): string {
  return hl7(
    `MSH|^~\\&|TEST_GW^0012AB0000C0FFEE^EUI-64|WARD|VIGIL||20260101120000+0000||ORU^R01^ORU_R01|${controlId}|P|2.6||||||UNICODE UTF-8|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO`,
    ...(mrn === null ? [] : [`PID|||${mrn}^^^HOSP^MR||Петрова^Анна`]),
    'OBR|1|||182777000^monitoring of patient^SCT|||20260101120000+0000',
    ...obx,
  );
}
