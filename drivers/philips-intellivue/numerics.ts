// Numeric poll results to readings (monitor-protocols.md 2.6): one reading per NU_VAL_OBS, and one per
// member of a NU_CMPD_VAL_OBS (NBP, ABP ...), with the object's label (cached: not every result repeats it).
import { ATTR, MEAS_STATE, MODE_OP, OBJ_CLASS } from './constants';
import { findAttribute, readLabelString, readNuValues, readU16, readU32, type NuValue } from './attributes';
import { decodeSafely } from './bytes';
import type { PhilipsMessage, PollResult } from './message';

export interface NumericReading extends NuValue {
  readonly handle: number;
  readonly label: string | null;
  /** NOM_ATTR_TIME_STAMP_ABS of the object (e.g. when the last NBP was measured), if sent. */
  readonly timeStampAbs: Uint8Array | null;
}

/** Object handle -> label text, kept across results of one association. */
export type LabelCache = Map<number, string>;

/** The readings of a numerics poll result; other object classes have none. Malformed values are skipped. */
export function readNumerics(result: PollResult, labels: LabelCache): NumericReading[] {
  if (result.objClass !== OBJ_CLASS.numeric) return [];
  const out: NumericReading[] = [];
  for (const context of result.contexts) {
    for (const object of context.objects) {
      const labelBytes = findAttribute(object.attributes, ATTR.idLabelString);
      if (labelBytes) {
        const text = decodeSafely('label', () => readLabelString(labelBytes));
        if (text.ok) labels.set(object.handle, text.value);
      }
      const timeStampAbs = findAttribute(object.attributes, ATTR.timeStampAbs) ?? null;
      for (const attribute of object.attributes) {
        if (attribute.id !== ATTR.nuValue && attribute.id !== ATTR.nuCompound) continue;
        const values = decodeSafely('numeric value', () => readNuValues(attribute));
        if (!values.ok) continue;
        for (const v of values.value) out.push({ ...v, handle: object.handle, label: labels.get(object.handle) ?? null, timeStampAbs });
      }
    }
  }
  return out;
}

/** Demo or test data: the monitor is in demo mode (2.7 DEMO_DATA / TEST_DATA). */
export const isDemoState = (state: number): boolean => (state & (MEAS_STATE.demoData | MEAS_STATE.testData)) !== 0;

/** NOM_ATTR_MODE_OP of an MDS Create or MDS poll result says DEMO; null when the message does not say. */
export function mdsDemoMode(message: PhilipsMessage): boolean | null {
  const attributes =
    message.kind === 'mdsCreate'
      ? message.attributes
      : message.kind === 'pollResult' && message.objClass === OBJ_CLASS.mds
        ? message.contexts.flatMap((c) => c.objects.flatMap((o) => o.attributes))
        : [];
  const mode = readU16(findAttribute(attributes, ATTR.modeOp));
  return mode === null ? null : (mode & MODE_OP.demo) !== 0;
}

/** The MDS clock pair (TIME_ABS, TIME_REL) of an MDS Create or an MDS poll result (2.8). */
export function mdsClock(message: PhilipsMessage): { absolute: Uint8Array; relative: number } | null {
  const lists =
    message.kind === 'mdsCreate'
      ? [message.attributes]
      : message.kind === 'pollResult' && message.objClass === OBJ_CLASS.mds
        ? message.contexts.flatMap((c) => c.objects.map((o) => o.attributes))
        : [];
  for (const attributes of lists) {
    const absolute = findAttribute(attributes, ATTR.timeAbs);
    const relative = readU32(findAttribute(attributes, ATTR.timeRel));
    if (absolute && absolute.length >= 8 && relative !== null) return { absolute, relative };
  }
  return null;
}
