// IEC-HS warning (Hines et al. 2023) [S15], §3.1 [Design, K-verify]: ferritin > 2 × baseline or ULN with a rising
// trend once CRS improves; separately ferritin > 10,000 ng/mL. Cytopenias, fibrinogen and transaminases are shown
// alongside. A warning for the physician; it never changes a CRS or ICANS grade.
import type { LabAnalyte, LabResult } from '../events';
import { THRESHOLDS } from '../thresholds';
import type { Ordered, TimelineIndex } from '../timeline';
import { labValue } from '../values';
import { english } from '../../messages/en';
import { message, type Message } from '../../messages/message';

export interface LabPoint {
  readonly time: number;
  readonly value: number;
  readonly uln?: number;
  readonly lln?: number;
  readonly event: Ordered<LabResult>;
}

export interface IecHsSignal {
  /** Ferritin > 2 × baseline (at infusion) or > 2 × ULN, rising, with CRS improving or resolved. */
  readonly warning: boolean;
  readonly ferritin?: LabPoint;
  readonly ferritinReference?: { readonly kind: 'baseline' | 'uln'; readonly value: number };
  readonly ferritinAboveFactor: boolean;
  readonly ferritinRising: boolean;
  readonly crsImproving: boolean;
  /** Ferritin > 10,000 ng/mL: flagged on its own (§3.1). */
  readonly ferritinOver10000: boolean;
  /** Supporting findings shown alongside, in English; `supportingMessages` the same for the window to say. */
  readonly supporting: readonly string[];
  readonly supportingMessages?: readonly Message[];
}

function series(ix: TimelineIndex, analyte: LabAnalyte): LabPoint[] {
  return ix.labs.flatMap((lab) => {
    if (lab.event.analyte !== analyte) return [];
    const v = labValue(lab.event);
    return v ? [{ time: lab.event.time, ...v, event: lab }] : [];
  });
}

// §3.1 [Design]: ferritin > 2 × the baseline at infusion or > 2 × ULN.
export function ferritinAboveFactor(ferritin: number, baseline: number | undefined, uln: number | undefined): boolean {
  const f = THRESHOLDS.iecHsFerritinFactor.value;
  return (baseline !== undefined && ferritin > f * baseline) || (uln !== undefined && ferritin > f * uln);
}

// §3.1: new or worsening cytopenia: below the lab's lower limit, or lower than the previous value.
function cytopenia(points: LabPoint[], analyte: Message): Message | null {
  const last = points.at(-1);
  const prev = points.at(-2);
  if (!last) return null;
  if (last.lln !== undefined && last.value < last.lln) return message('said.iecHs.belowLowerLimit', { analyte });
  return prev && last.value < prev.value ? message('said.iecHs.falling', { analyte }) : null;
}

const analyteName = (analyte: 'anc' | 'platelets' | 'hemoglobin' | 'alt' | 'ast'): Message => message(`said.iecHs.analyte.${analyte}`);

/** The IEC-HS signal at the evaluation time. `crs` is the current and maximum CRS grade. */
export function iecHsSignal(ix: TimelineIndex, crs: { current: number; max: number }): IecHsSignal {
  const ferritins = series(ix, 'ferritin');
  const ferritin = ferritins.at(-1);
  const previous = ferritins.at(-2);
  const baseline = ferritins.filter((p) => p.time <= ix.infusionAt).at(-1)?.value;
  const aboveFactor = ferritin ? ferritinAboveFactor(ferritin.value, baseline, ferritin.uln) : false;
  const rising = ferritin !== undefined && previous !== undefined && ferritin.value > previous.value;
  const crsImproving = crs.max > 0 && crs.current < crs.max;
  const supporting: Message[] = [];
  for (const analyte of ['anc', 'platelets', 'hemoglobin'] as const) {
    const c = cytopenia(series(ix, analyte), analyteName(analyte));
    if (c) supporting.push(c);
  }
  const fibrinogen = series(ix, 'fibrinogen').at(-1);
  const fibrinogenLimit = THRESHOLDS.iecHsFibrinogenBelowMgDl.value;
  if (fibrinogen && fibrinogen.value < fibrinogenLimit) supporting.push(message('said.iecHs.fibrinogenLow', { value: fibrinogen.value, limit: fibrinogenLimit }));
  const factor = THRESHOLDS.iecHsTransaminaseFactor.value;
  for (const analyte of ['alt', 'ast'] as const) {
    const p = series(ix, analyte).at(-1);
    if (p?.uln !== undefined && p.value > factor * p.uln) supporting.push(message('said.iecHs.transaminaseHigh', { analyte: analyteName(analyte), factor }));
  }
  const reference = baseline !== undefined ? { kind: 'baseline' as const, value: baseline } : ferritin?.uln !== undefined ? { kind: 'uln' as const, value: ferritin.uln } : undefined;
  return {
    warning: aboveFactor && rising && crsImproving,
    ...(ferritin ? { ferritin } : {}),
    ...(reference ? { ferritinReference: reference } : {}),
    ferritinAboveFactor: aboveFactor,
    ferritinRising: rising,
    crsImproving,
    ferritinOver10000: ferritin !== undefined && ferritin.value > THRESHOLDS.hlhFerritinNgMl.value,
    supporting: supporting.map((m) => english(m)),
    supportingMessages: supporting,
  };
}
