// Numeric readings to canonical observations (monitor-protocols.md 2.7).
//
// Rules: the first state octet must be 0 for a valid value (PIPG "Numeric Objects"); DEMO/TEST data is
// status 'demo' whatever else it says, so a demo monitor is recognisable on every value; INVALID and
// UNAVAILABLE never carry a number; QUESTIONABLE and demo keep the number the monitor showed, flagged.
// Only the physio ids whose canonical MDC code matches a Vigil param are mapped (pressure and NBP pulse
// rates, awRR, CVP, PAP, ST ... are not).
import type { Observation, ObservationStatus } from '../../shared/observation';
import { PARAMS, type VitalParam } from '../../shared/params';
import { fahrenheitToCelsius, MMHG_PER_KPA, UCUM } from '../../shared/units';
import { MEAS_STATE, PHYSIO, UNIT } from './constants';
import type { NumericReading } from './numerics';

interface Target {
  readonly param: VitalParam;
  readonly site?: string;
}

const TEMP_SITES: Readonly<Record<number, string | undefined>> = {
  [PHYSIO.temp]: undefined,
  [PHYSIO.tempCore]: 'core',
  [PHYSIO.tempEsoph]: 'esophageal',
  [PHYSIO.tempSkin]: 'skin',
  [PHYSIO.tempTymp]: 'tympanic',
  [PHYSIO.tempRect]: 'rectal',
  [PHYSIO.tempBlood]: 'blood',
  [PHYSIO.tempOral]: 'oral',
  [PHYSIO.tempAxil]: 'axillary',
};

const TARGETS: ReadonlyMap<number, Target> = new Map<number, Target>([
  [PHYSIO.ecgHeartRate, { param: 'hr' }],
  [PHYSIO.plethPulseRate, { param: 'pr' }],
  [PHYSIO.spo2, { param: 'spo2' }],
  [PHYSIO.respRate, { param: 'rr' }],
  [PHYSIO.nbpSys, { param: 'nibp_sys' }],
  [PHYSIO.nbpDia, { param: 'nibp_dia' }],
  [PHYSIO.nbpMean, { param: 'nibp_mean' }],
  [PHYSIO.artSys, { param: 'abp_sys' }],
  [PHYSIO.artDia, { param: 'abp_dia' }],
  [PHYSIO.artMean, { param: 'abp_mean' }],
  [PHYSIO.abpSys, { param: 'abp_sys' }],
  [PHYSIO.abpDia, { param: 'abp_dia' }],
  [PHYSIO.abpMean, { param: 'abp_mean' }],
  [PHYSIO.etco2, { param: 'etco2' }],
  ...Object.entries(TEMP_SITES).map(([id, site]): [number, Target] => [Number(id), site ? { param: 'temp', site } : { param: 'temp' }]),
]);

export const mappedParam = (physioId: number): VitalParam | null => TARGETS.get(physioId)?.param ?? null;

const round = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** The value in the param's canonical unit, or null when the monitor's unit cannot be converted. */
function toCanonical(param: VitalParam, unitCode: number, value: number): number | null {
  const unit = PARAMS[param].unit;
  if (unit === UCUM.perMinute) return unitCode === UNIT.bpm || unitCode === UNIT.rpm ? value : null;
  if (unit === UCUM.percent) return unitCode === UNIT.percent ? value : null;
  if (unit === UCUM.mmHg) return unitCode === UNIT.mmHg ? value : unitCode === UNIT.kPa ? round(value * MMHG_PER_KPA, 1) : null;
  if (unit === UCUM.celsius) return unitCode === UNIT.degC ? value : unitCode === UNIT.degF ? round(fahrenheitToCelsius(value), 2) : null;
  return null;
}

/** The status the state bits and the FLOAT say, before unit conversion. */
export function statusOf(reading: Pick<NumericReading, 'state' | 'value'>): ObservationStatus {
  const { state, value } = reading;
  if (state & (MEAS_STATE.demoData | MEAS_STATE.testData)) return 'demo';
  if (state & MEAS_STATE.invalid) return 'invalid';
  if (state & MEAS_STATE.unavailable) return 'unavailable';
  if (state & MEAS_STATE.calibrationOngoing) return 'not_calibrated';
  if (state & MEAS_STATE.questionable) return 'questionable';
  if (state & MEAS_STATE.invalidatingOctet) return 'invalid';
  switch (value.kind) {
    case 'number':
      return 'valid';
    case 'positiveInfinity':
      return 'over_range';
    case 'negativeInfinity':
      return 'under_range';
    case 'nan':
      return state & MEAS_STATE.msmtOngoing ? 'not_updated' : 'invalid';
    default:
      return 'invalid';
  }
}

/** A number may be kept for valid, questionable and demo values, never when the state says it is unusable. */
function keptNumber(reading: NumericReading, status: ObservationStatus): number | null {
  if (reading.value.kind !== 'number') return null;
  if (reading.state & (MEAS_STATE.invalid | MEAS_STATE.unavailable | MEAS_STATE.calibrationOngoing)) return null;
  return status === 'valid' || status === 'questionable' || status === 'demo' ? reading.value.value : null;
}

export interface ObservationContext {
  readonly device: string;
  /** UTC ms: the station's receive time (or the capture's time when decoding a file). */
  readonly time: number;
  /** UTC ms on the monitor's clock for this result, when the clock mapping is known. */
  readonly deviceTime?: number | null;
}

/** One observation per mapped reading. */
export function readingsToObservations(readings: readonly NumericReading[], ctx: ObservationContext): Observation[] {
  const out: Observation[] = [];
  for (const reading of readings) {
    const target = TARGETS.get(reading.physioId);
    if (!target) continue;
    let status = statusOf(reading);
    const raw = keptNumber(reading, status);
    const value = raw === null ? null : toCanonical(target.param, reading.unitCode, raw);
    // A number in a unit Vigil cannot convert is not usable.
    if (raw !== null && value === null && status === 'valid') status = 'invalid';
    const o: Observation = { param: target.param, value, unit: PARAMS[target.param].unit, time: ctx.time, status, source: 'serial', device: ctx.device };
    if (target.site !== undefined) o.site = target.site;
    if (ctx.deviceTime !== undefined && ctx.deviceTime !== null) o.deviceTime = ctx.deviceTime;
    out.push(o);
  }
  return out;
}
