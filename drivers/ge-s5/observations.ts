// Decoded S/5 record to canonical observations (monitor-protocols.md 3.5 "Mapping to Vigil's canonical params").
//
// Rules: a group whose status bit 0 (module exists) is clear yields nothing; a group that exists but
// carries a marker yields an observation with that status and value null.
// NIBP repeats in every record until the next cuff cycle, also when label bit 8 ("older than 60 s") is
// set; we still emit it every time and the station de-duplicates by value and status (3.7).
// etCO2: the record gives 1/100 % of the gas; mm[Hg] needs the CO2 group's amb_press (3.5), so a valid
// et with an unusable amb_press becomes status 'unavailable' (see scaling.ts for the arithmetic).
import type { Observation, ObservationStatus } from '../../shared/observation';
import { PARAMS, type VitalParam } from '../../shared/params';
import { ARTERIAL_LABELS, GROUP_STATUS, PHDB_CLASS, PHDB_TYPE, TEMP_SITES } from './layout';
import type { GeBasicClass, GeGroup, GePhdbSubrecord, GeReading, GeRecord } from './record';
import { etco2MmHgFromRaw } from './scaling';

export interface ObservationOptions {
  /** Device id stored with every observation. */
  readonly device: string;
  /** Receive time (UTC ms); defaults to the record's r_time. */
  readonly time?: number;
}

const exists = (g: GeGroup): boolean => (g.status & GROUP_STATUS.exists) !== 0;

type Emit = (param: VitalParam, status: ObservationStatus, value: number | null, site?: string) => void;

/** Emit one reading as a param; the caller has checked that its group exists. */
const emitReading = (emit: Emit, param: VitalParam, r: GeReading, site?: string): void => emit(param, r.status, r.value, site);

function emitEtco2(emit: Emit, co2: GeBasicClass['co2']): void {
  const { et, ambPress } = co2;
  if (et.status !== 'valid') emit('etco2', et.status, null);
  else if (ambPress.status !== 'valid' || ambPress.raw <= 0) emit('etco2', 'unavailable', null);
  else emit('etco2', 'valid', etco2MmHgFromRaw(et.raw, ambPress.raw));
}

/** rr from the CO2 group when valid, else the ECG group's impedance rr, else the status of whichever exists. */
function emitRr(emit: Emit, b: GeBasicClass): void {
  const co2 = exists(b.co2) ? b.co2.rr : null;
  const imp = exists(b.ecg) ? b.ecg.impRr : null;
  const chosen = co2?.status === 'valid' ? co2 : imp?.status === 'valid' ? imp : (co2 ?? imp);
  if (chosen) emitReading(emit, 'rr', chosen);
}

function emitBasic(emit: Emit, b: GeBasicClass): void {
  if (exists(b.ecg)) emitReading(emit, 'hr', b.ecg.hr);
  if (exists(b.spo2)) {
    emitReading(emit, 'spo2', b.spo2.spo2);
    emitReading(emit, 'pr', b.spo2.pr);
  }
  if (exists(b.nibp)) {
    emitReading(emit, 'nibp_sys', b.nibp.sys);
    emitReading(emit, 'nibp_dia', b.nibp.dia);
    emitReading(emit, 'nibp_mean', b.nibp.mean);
  }
  for (const t of b.temps) if (exists(t)) emitReading(emit, 'temp', t.temp, TEMP_SITES[t.label]);
  // Only the first channel labelled ART or ABP is the arterial line; CVP, PA, ICP ... are not mapped.
  const art = b.invasive.find((p) => exists(p) && ARTERIAL_LABELS.includes(p.label));
  if (art) {
    emitReading(emit, 'abp_sys', art.sys);
    emitReading(emit, 'abp_dia', art.dia);
    emitReading(emit, 'abp_mean', art.mean);
  }
  if (exists(b.co2)) emitEtco2(emit, b.co2);
  emitRr(emit, b);
}

/** The basic class of the displayed-values sub-records (trend sub-records would duplicate them). */
const displayedBasic = (s: GePhdbSubrecord): s is GePhdbSubrecord & { basic: GeBasicClass } =>
  s.type === PHDB_TYPE.displ && s.phdbClass === PHDB_CLASS.basic && s.basic !== null;

export function recordToObservations(record: GeRecord, opts: ObservationOptions): Observation[] {
  const out: Observation[] = [];
  const time = opts.time ?? record.rTime * 1000;
  for (const sub of record.phdb.filter(displayedBasic)) {
    const emit: Emit = (param, status, value, site) => {
      const o: Observation = { param, value, unit: PARAMS[param].unit, time, status, source: 'serial', device: opts.device, deviceTime: sub.time * 1000 };
      if (site !== undefined) o.site = site;
      out.push(o);
    };
    emitBasic(emit, sub.basic);
  }
  return out;
}
