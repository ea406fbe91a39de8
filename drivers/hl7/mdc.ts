// MDC / LOINC codes of the vitals and OBX-6 units as vendors send them (hl7.md 1.5, 1.9, 1.10, 3.1).
import type { CodedTriplet } from '../../shared/labs';
import { PARAMS, type VitalParam } from '../../shared/params';
import { MMHG_PER_KPA, UCUM, fahrenheitToCelsius } from '../../shared/units';

export interface VitalCode {
  readonly param: VitalParam;
  readonly site?: string;
  /** When one message carries several codes for the same param, the lowest rank wins (ECG HR over NIBP pulse …). */
  readonly rank: number;
}

const v = (param: VitalParam, rank = 0, site?: string): VitalCode => (site === undefined ? { param, rank } : { param, rank, site });

/** Context-free MDC codes (partition × 65536 + term). Vendors differ, so every code of hl7.md 1.9 is accepted. */
export const MDC_VITALS: Readonly<Record<number, VitalCode>> = {
  147842: v('hr'),
  149530: v('pr'), 149538: v('pr'), 149514: v('pr', 1), 149522: v('pr', 2), 149546: v('pr', 3),
  150456: v('spo2'),
  150021: v('nibp_sys'), 150022: v('nibp_dia'), 150023: v('nibp_mean'),
  150033: v('abp_sys'), 150034: v('abp_dia'), 150035: v('abp_mean'),
  150037: v('abp_sys', 1), 150038: v('abp_dia', 1), 150039: v('abp_mean', 1),
  150017: v('abp_sys', 2), 150018: v('abp_dia', 2), 150019: v('abp_mean', 2),
  151562: v('rr'), 151578: v('rr'), 151570: v('rr', 1), 151586: v('rr', 2), 151658: v('rr', 3),
  151708: v('etco2'), 151712: v('etco2'), 151728: v('etco2'),
  150344: v('temp'), 150364: v('temp'),
  150368: v('temp', 0, 'core'), 150372: v('temp', 0, 'esophageal'), 150380: v('temp', 0, 'nasopharyngeal'),
  150388: v('temp', 0, 'skin'), 150392: v('temp', 0, 'tympanic'), 150396: v('temp', 0, 'venous'), 150352: v('temp', 0, 'arterial'),
  150356: v('temp', 0, 'airway'), 188420: v('temp', 0, 'rectal'), 188424: v('temp', 0, 'oral'), 188428: v('temp', 0, 'ear'),
  188432: v('temp', 0, 'finger'), 188448: v('temp', 0, 'toe'), 188452: v('temp', 0, 'axillary'), 188496: v('temp', 0, 'axillary'),
  188456: v('temp', 0, 'gastrointestinal'), 188436: v('temp', 0, 'blood'), 188504: v('temp', 0, 'nasal'), 188500: v('temp', 0, 'myocardial'),
};

/** REFIDs whose numbers are not verified (hl7.md 1.9: map NIBP cuff names by REFID if seen). */
const REFID_ONLY: Readonly<Record<string, VitalCode>> = {
  MDC_PRESS_CUFF_SYS: v('nibp_sys', 1), MDC_PRESS_CUFF_DIA: v('nibp_dia', 1), MDC_PRESS_CUFF_MEAN: v('nibp_mean', 1),
};

/** LOINC vital-sign codes, used only in device (PCD) messages so a lab's blood gas never becomes a vital. */
export const LOINC_VITALS: Readonly<Record<string, VitalCode>> = {
  '8867-4': v('hr'), '8889-8': v('pr'), '59408-5': v('spo2'), '9279-1': v('rr'),
  '8480-6': v('nibp_sys', 1), '8462-4': v('nibp_dia', 1), '8478-0': v('nibp_mean', 1),
  '76534-7': v('nibp_sys'), '76215-3': v('abp_sys'), '76213-8': v('abp_dia'), '76214-6': v('abp_mean'),
  '8310-5': v('temp'), '8329-5': v('temp', 0, 'core'), '8331-1': v('temp', 0, 'oral'), '8328-7': v('temp', 0, 'axillary'),
  '8332-9': v('temp', 0, 'rectal'), '8333-7': v('temp', 0, 'tympanic'), '8334-5': v('temp', 0, 'bladder'),
  '60836-4': v('temp', 0, 'esophageal'), '60834-9': v('temp', 0, 'blood'), '19891-1': v('etco2'),
};

/** MDC unit codes to UCUM. */
const MDC_UNITS: Readonly<Record<number, string>> = {
  264864: UCUM.perMinute, 264928: UCUM.perMinute, 264672: UCUM.perMinute, 262688: UCUM.percent,
  266016: UCUM.mmHg, 265987: UCUM.kPa, 268192: UCUM.celsius, 266560: UCUM.fahrenheit, 262656: '1',
};

const UNIT_ALIASES: Readonly<Record<string, string>> = {
  '/min': UCUM.perMinute, '1/min': UCUM.perMinute, 'min-1': UCUM.perMinute, '/minute': UCUM.perMinute, bpm: UCUM.perMinute,
  'beats/min': UCUM.perMinute, rpm: UCUM.perMinute, 'br/min': UCUM.perMinute, 'breaths/min': UCUM.perMinute,
  '%': UCUM.percent, percent: UCUM.percent, 'mm[hg]': UCUM.mmHg, mmhg: UCUM.mmHg, 'mm hg': UCUM.mmHg, kpa: UCUM.kPa,
  cel: UCUM.celsius, '°c': UCUM.celsius, degc: UCUM.celsius, c: UCUM.celsius, '[degf]': UCUM.fahrenheit, '°f': UCUM.fahrenheit,
  degf: UCUM.fahrenheit, f: UCUM.fahrenheit, '1': '1',
};

/** A 32-bit MDC code from decimal or the Philips MDIL `0002-4182` form (partition-hex). */
export function normaliseMdcCode(code: string | null): number | null {
  if (code === null) return null;
  const c = code.trim();
  if (/^\d{1,10}$/.test(c)) return Number(c);
  const mdil = /^(\d{1,4})-([0-9A-Fa-f]{4})$/.exec(c);
  return mdil ? Number(mdil[1]) * 65536 + parseInt(mdil[2]!, 16) : null;
}

const isMdcSystem = (system: string | null): boolean => system === 'MDC' || system === 'MDIL';
const isLoincSystem = (system: string | null): boolean => system === 'LN' || system === 'LOINC';

export interface VitalMatch extends VitalCode {
  readonly mdcCode: number | null;
}

/** The vital an OBX-3 names: MDC code in either triplet, then LOINC (device messages only), then the REFID text. */
export function lookupVital(triplets: readonly CodedTriplet[], allowLoinc: boolean): VitalMatch | null {
  for (const t of triplets) {
    const code = isMdcSystem(t.system) ? normaliseMdcCode(t.code) : null;
    const hit = code === null ? undefined : MDC_VITALS[code];
    if (hit) return { ...hit, mdcCode: code };
  }
  for (const t of triplets) {
    const hit = allowLoinc && isLoincSystem(t.system) && t.code ? LOINC_VITALS[t.code] : undefined;
    if (hit) return { ...hit, mdcCode: null };
  }
  for (const t of triplets) {
    const hit = t.text ? REFID_ONLY[t.text] : undefined;
    if (hit) return { ...hit, mdcCode: null };
  }
  return null;
}

/** OBX-6 to UCUM: an MDC unit code (decimal or MDIL), its REFID, or a text alias; null when unknown or empty. */
export function unitToUcum(unit: CodedTriplet): string | null {
  const fromCode = normaliseMdcCode(unit.code);
  if (fromCode !== null && MDC_UNITS[fromCode]) return MDC_UNITS[fromCode]!;
  for (const text of [unit.code, unit.text]) {
    if (!text) continue;
    const alias = UNIT_ALIASES[text.trim().toLowerCase().replace(/^\{[a-z]+\}/, '')];
    if (alias) return alias;
  }
  const refid = unit.text ?? '';
  if (/^MDC_DIM_(BEAT|RESP)?_?PER_MIN$/.test(refid)) return UCUM.perMinute;
  const byRefid: Readonly<Record<string, string>> = { MDC_DIM_PERCENT: UCUM.percent, MDC_DIM_MMHG: UCUM.mmHg, MDC_DIM_KILO_PASCAL: UCUM.kPa, MDC_DIM_DEGC: UCUM.celsius, MDC_DIM_FAHR: UCUM.fahrenheit };
  return byRefid[refid] ?? null;
}

/**
 * A value in the param's canonical unit (PARAMS), or null when it cannot be converted.
 * °F → °C and kPa → mmHg are exact here: rounding happens only for display.
 */
export function toParamUnit(param: VitalParam, value: number, ucum: string | null): number | null {
  const canonical = PARAMS[param].unit;
  // Rates and percentages have one plausible unit; pressures and temperatures never get a guessed unit.
  if (ucum === null) return canonical === UCUM.perMinute || canonical === UCUM.percent ? value : null;
  if (ucum === canonical) return value;
  if (canonical === UCUM.celsius && ucum === UCUM.fahrenheit) return fahrenheitToCelsius(value);
  if (canonical === UCUM.mmHg && ucum === UCUM.kPa) return value * MMHG_PER_KPA;
  return null;
}
