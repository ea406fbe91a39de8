// What the simulated IntelliVue says (monitor-protocols.md 2.4, 2.6, 2.7, 2.10): its MDS attributes and
// numeric objects built from a scenario sample, laid out like the MP70 captures (handles, labels, order),
// including the NBP compound through a cuff cycle (no public capture has a valid NBP).
import type { Scenario, ScenarioSample } from '../scenarios';
import { ATTR, MEAS_STATE, MODE_OP, PHYSIO, POLL_PROFILE, UNIT } from './constants';
import type { PollProfile } from './association';
import { Writer } from './bytes';
import { compoundBytes, labelStringBytes, nuValueBytes, u16Bytes, u32Bytes, type Attribute } from './attributes';
import { encodeFloat, encodeSpecialFloat } from './float';
import { utcToAbsoluteTime, type MonitorZone } from './clock';
import type { ObservationPoll } from './message';

/** One value inside a numeric object. */
interface ValueSpec {
  readonly physioId: number;
  readonly unitCode: number;
  readonly decimals: number;
  readonly value: number | null;
  readonly state: number;
}

/** What the NBP object shows: the last cuff result, or a measurement in progress (2.7 MSMT_ONGOING / EARLY_INDICATION). */
export type NbpDisplay =
  | { readonly phase: 'done'; readonly sys: number; readonly dia: number; readonly mean: number; readonly measuredAtWallMs: number }
  | { readonly phase: 'inflating' }
  | { readonly phase: 'early'; readonly sys: number };

export interface ContentOptions {
  readonly demo: boolean;
  readonly zone: MonitorZone;
}

/** Temperature physio id and label by the scenario's site. */
const TEMP_BY_SITE: Readonly<Record<string, { physioId: number; label: string }>> = {
  axillary: { physioId: PHYSIO.tempAxil, label: 'Taxil' },
  tympanic: { physioId: PHYSIO.tempTymp, label: 'Ttymp' },
  core: { physioId: PHYSIO.tempCore, label: 'Tcore' },
  rectal: { physioId: PHYSIO.tempRect, label: 'Trect' },
  oral: { physioId: PHYSIO.tempOral, label: 'Toral' },
  skin: { physioId: PHYSIO.tempSkin, label: 'Tskin' },
  esophageal: { physioId: PHYSIO.tempEsoph, label: 'Tesoph' },
  blood: { physioId: PHYSIO.tempBlood, label: 'Tblood' },
};

/** Object handles of the MP70 captures, so replayed and synthetic streams look alike. */
const HANDLE = { nbp: 0x827c, hr: 0x82de, rr: 0x82e5, abp: 0x8360, spo2: 0x842a, pleth: 0x8433, co2: 0x846f, temp: 0x8497 } as const;

/** Labels are 6 characters padded with spaces plus a NUL, as the MP70 sends them. */
const label = (text: string): Uint8Array => labelStringBytes(`${text.padEnd(6, ' ')}\0`);

function valueWord(spec: ValueSpec): number {
  return spec.value === null ? encodeSpecialFloat('nan') : encodeFloat(spec.value, spec.decimals);
}

const nu = (spec: ValueSpec) => ({ physioId: spec.physioId, state: spec.state, unitCode: spec.unitCode, raw: valueWord(spec) });

function numericObject(handle: number, text: string, labelId: number, specs: readonly ValueSpec[], extra: readonly Attribute[] = []): ObservationPoll {
  const first = specs[0]!;
  const value: Attribute =
    specs.length === 1 && labelId === first.physioId ? { id: ATTR.nuValue, value: nuValueBytes(nu(first)) } : { id: ATTR.nuCompound, value: compoundBytes(specs.map(nu)) };
  return {
    handle,
    attributes: [
      { id: ATTR.idHandle, value: u16Bytes(handle) },
      { id: ATTR.idLabel, value: u32Bytes(0x00020000 | labelId) },
      { id: ATTR.idLabelString, value: label(text) },
      ...extra,
      value,
    ],
  };
}

/** A single value, or an object the patient does not have (null course): absent, like an unplugged module. */
function single(handle: number, text: string, physioId: number, unitCode: number, decimals: number, value: number | null, state: number): ObservationPoll[] {
  return value === null ? [] : [numericObject(handle, text, physioId, [{ physioId, unitCode, decimals, value, state }])];
}

function nbpObject(nbp: NbpDisplay, base: number, zone: MonitorZone): ObservationPoll {
  const ids = [PHYSIO.nbpSys, PHYSIO.nbpDia, PHYSIO.nbpMean];
  const spec = (physioId: number, value: number | null, state: number): ValueSpec => ({ physioId, unitCode: UNIT.mmHg, decimals: 0, value, state: base | state });
  if (nbp.phase === 'inflating') return numericObject(HANDLE.nbp, 'NBP', PHYSIO.nbp, ids.map((id) => spec(id, null, MEAS_STATE.msmtOngoing)));
  if (nbp.phase === 'early') {
    const early = MEAS_STATE.msmtOngoing | MEAS_STATE.earlyIndication;
    return numericObject(HANDLE.nbp, 'NBP', PHYSIO.nbp, [spec(PHYSIO.nbpSys, nbp.sys, early), spec(PHYSIO.nbpDia, null, MEAS_STATE.msmtOngoing), spec(PHYSIO.nbpMean, null, MEAS_STATE.msmtOngoing)]);
  }
  const stamp: Attribute = { id: ATTR.timeStampAbs, value: utcToAbsoluteTime(nbp.measuredAtWallMs, zone) };
  return numericObject(HANDLE.nbp, 'NBP', PHYSIO.nbp, [spec(PHYSIO.nbpSys, nbp.sys, 0), spec(PHYSIO.nbpDia, nbp.dia, 0), spec(PHYSIO.nbpMean, nbp.mean, 0)], [stamp]);
}

/** A compound object (NU_CMPD_VAL_OBS) of pressures in mmHg; absent when the patient has none of them. */
function compound(handle: number, text: string, labelId: number, entries: readonly (readonly [number, number | null])[], base: number): ObservationPoll[] {
  if (entries.every(([, value]) => value === null)) return [];
  return [numericObject(handle, text, labelId, entries.map(([physioId, value]) => ({ physioId, unitCode: UNIT.mmHg, decimals: 0, value, state: base })))];
}

/** The numeric objects of one period, in the MP70's order (NBP, HR, RR, ABP, SpO2, pulse, CO2, temperature). */
export function numericObjects(sample: ScenarioSample, nbp: NbpDisplay | null, opts: ContentOptions): ObservationPoll[] {
  const v = sample.values;
  const base = opts.demo ? MEAS_STATE.demoData : 0;
  const temp = TEMP_BY_SITE[sample.tempSite ?? ''] ?? { physioId: PHYSIO.temp, label: 'Temp' };
  return [
    ...(nbp ? [nbpObject(nbp, base, opts.zone)] : []),
    ...single(HANDLE.hr, 'HR', PHYSIO.ecgHeartRate, UNIT.bpm, 0, v.hr, base),
    ...single(HANDLE.rr, 'RR', PHYSIO.respRate, UNIT.rpm, 0, v.rr, base),
    ...compound(HANDLE.abp, 'ABP', PHYSIO.abp, [[PHYSIO.abpMean, v.abp_mean], [PHYSIO.abpSys, v.abp_sys], [PHYSIO.abpDia, v.abp_dia]], base),
    ...single(HANDLE.spo2, 'SpO\u2082', PHYSIO.spo2, UNIT.percent, 0, v.spo2, base),
    ...single(HANDLE.pleth, 'Pulse', PHYSIO.plethPulseRate, UNIT.bpm, 0, v.pr, base),
    ...compound(HANDLE.co2, 'CO\u2082', PHYSIO.co2, [[PHYSIO.etco2, v.etco2]], base),
    ...single(HANDLE.temp, temp.label, temp.physioId, UNIT.degC, 2, v.temp, base),
  ];
}

/** A cuff cycle takes about this long before its result shows (inflation and deflation). */
const CUFF_CYCLE_MS = 25_000;

/**
 * What the NBP object shows at `elapsedMs`: the last completed cuff cycle, or, in the window before the next
 * one completes, a measurement in progress (the systolic as an early indication in its last sixth).
 */
export function nbpDisplay(scenario: Scenario, elapsedMs: number, intervalMs: number, wallMsAt: (elapsedMs: number) => number): NbpDisplay | null {
  const now = scenario.sample(elapsedMs);
  const { nibp_sys: sys, nibp_dia: dia, nibp_mean: mean } = now.values;
  if (now.nibpMeasuredAtMs === null || sys === null || dia === null || mean === null) return null;
  const next = now.nibpMeasuredAtMs + intervalMs;
  const cycle = Math.min(CUFF_CYCLE_MS, intervalMs / 4);
  if (next - elapsedMs <= cycle / 6) return { phase: 'early', sys: scenario.sample(next).values.nibp_sys ?? sys };
  if (next - elapsedMs <= cycle) return { phase: 'inflating' };
  return { phase: 'done', sys, dia, mean, measuredAtWallMs: wallMsAt(now.nibpMeasuredAtMs) };
}

/** System model: manufacturer and model name as u16-length-prefixed, NUL-padded byte strings. */
function systemModel(manufacturer: string, model: string): Uint8Array {
  const w = new Writer();
  for (const text of [manufacturer, model]) {
    const bytes = Array.from(`${text}\0`.padEnd(text.length + 1 + ((text.length + 1) % 2), '\0'), (c) => c.charCodeAt(0));
    w.u16(bytes.length).bytes(bytes);
  }
  return w.toBytes();
}

/** MDS attributes of the MDS Create Event and of MDS polls: model, operating mode and the clock pair (2.4, 2.8). */
export function mdsAttributes(wallMs: number, relTime: number, opts: ContentOptions): Attribute[] {
  return [
    { id: ATTR.systemModel, value: systemModel('Philips', 'M8000') },
    { id: ATTR.modeOp, value: u16Bytes(opts.demo ? MODE_OP.demo : MODE_OP.monitoring) },
    { id: ATTR.timeAbs, value: utcToAbsoluteTime(wallMs, opts.zone) },
    { id: ATTR.timeRel, value: u32Bytes(relTime) },
  ];
}

/** The same attributes with the clock pair replaced (replay: the log's MDS with this run's clock). */
export function withClock(attributes: readonly Attribute[], wallMs: number, relTime: number, zone: MonitorZone): Attribute[] {
  return attributes.map((a) =>
    a.id === ATTR.timeAbs ? { id: a.id, value: utcToAbsoluteTime(wallMs, zone) } : a.id === ATTR.timeRel ? { id: a.id, value: u32Bytes(relTime) } : a,
  );
}

/** The MP70 answered MTU 996 on serial and did not grant POLL_EXT_ENUM (2.4 step 2). */
export const MONITOR_MTU = 996;
const GRANTABLE_EXT = POLL_PROFILE.extNumerics1s | POLL_PROFILE.extWaves;

/** The monitor's answer to the client's PollProfileSupport: its min_poll_period, the MP70's MTU and extensions. */
export function grantProfile(asked: PollProfile | null): PollProfile {
  return {
    minPollPeriodTicks: asked?.minPollPeriodTicks ?? 0,
    maxMtuRx: MONITOR_MTU,
    maxMtuTx: Math.min(MONITOR_MTU, asked?.maxMtuRx ?? MONITOR_MTU),
    maxBwTx: 0xffffffff,
    options: POLL_PROFILE.options,
    extOptions: asked?.extOptions === null || asked?.extOptions === undefined ? null : asked.extOptions & GRANTABLE_EXT,
  };
}

/** Split `count` objects into as few messages as fit the MTU: one RORS, or RORLS first/middle/last (2.10). */
export function splitToMtu(
  count: number,
  mtu: number = MONITOR_MTU,
  encode: (from: number, to: number, linked: { state: number; count: number } | null) => Uint8Array,
): Uint8Array[] {
  const whole = encode(0, count, null);
  if (whole.length <= mtu || count <= 1) return [whole];
  const ranges: [number, number][] = [];
  let from = 0;
  for (let to = 1; to <= count; to++) {
    // Close the fragment at `to` when one more object would not fit (or none is left).
    if (to === count || encode(from, to + 1, { state: 1, count: 1 }).length > mtu) {
      ranges.push([from, to]);
      from = to;
    }
  }
  return ranges.map(([a, b], i) => encode(a, b, { state: i === 0 ? 1 : i === ranges.length - 1 ? 3 : 2, count: i + 1 }));
}
