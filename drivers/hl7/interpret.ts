// What a parsed message means for Vigil: its vitals and lab results, and the `vigil hl7 parse` summary.
import type { LabCatalogue } from '../../shared/labs';
import type { Hl7Obx, ParsedHl7 } from './adapter';
import { mapLabs, type LabRow } from './labs';
import { isDeviceMessage, mapVitals, vitalOf, type VitalsResult } from './pcd01';

export type MessageRoute = 'results' | 'alert' | 'unsupported';

/** ORU^R01 carries results; ORU^R40 (IHE PCD ACM, hl7.md 1.1) is an alert: acknowledged, never stored as vitals. */
export function routeOf(p: ParsedHl7): MessageRoute {
  if (p.messageType === 'ORU^R01') return 'results';
  if (p.messageType === 'ORU^R40' || /ACM/i.test(p.profile ?? '')) return 'alert';
  return 'unsupported';
}

export interface Interpretation {
  readonly vitals: VitalsResult;
  readonly labs: readonly LabRow[];
  /** OBX rows with a value that are neither a known vital nor a known lab test. */
  readonly unrecognised: number;
}

export function interpret(p: ParsedHl7, catalogue: LabCatalogue, receivedAt: number): Interpretation {
  const device = isDeviceMessage(p);
  const isVital = (obx: Hl7Obx) => vitalOf(obx, device) !== null;
  const vitals = mapVitals(p, receivedAt);
  const labs = mapLabs(p, catalogue, receivedAt, isVital);
  const labObx = new Set(labs.map((l) => l.obx));
  const unrecognised = p.observations.filter((o) => o.valueType !== null && !isVital(o) && !labObx.has(o)).length;
  return { vitals, labs, unrecognised };
}

export interface ParseSummaryObservation {
  readonly setId: number | null;
  readonly valueType: string | null;
  readonly code: string | null;
  readonly codingSystem: string | null;
  readonly text: string | null;
  readonly value: number | string | null;
  readonly unit: string | null;
  readonly status: string | null;
  readonly time: string | null;
  /** The canonical vital param or lab code, null when the row is neither. */
  readonly param: string | null;
}

export interface ParseSummary {
  readonly messageType: string | null;
  readonly controlId: string | null;
  readonly patientId: string | null;
  readonly observations: readonly ParseSummaryObservation[];
}

/** The one JSON object `vigil hl7 parse` prints (keys as in ../shared/fixtures/hl7/README.md, plus param). */
export function summarise(p: ParsedHl7, catalogue: LabCatalogue): ParseSummary {
  const device = isDeviceMessage(p);
  return {
    messageType: p.messageType,
    controlId: p.controlId,
    patientId: p.patientId,
    observations: p.observations.map((o) => ({
      setId: o.setId,
      valueType: o.valueType,
      code: o.coded.code,
      codingSystem: o.coded.system,
      text: o.coded.text,
      value: o.value,
      unit: o.unit.code,
      status: o.status,
      time: o.time,
      param: paramOf(o, device, catalogue),
    })),
  };
}

function paramOf(o: Hl7Obx, device: boolean, catalogue: LabCatalogue): string | null {
  if (o.valueType === null) return null;
  const vital = vitalOf(o, device);
  if (vital) return vital.param;
  return catalogue.find(o.alternate ? [o.coded, o.alternate] : [o.coded])?.code ?? null;
}
