// The canonical vital-sign parameters: one table, each with its unit and codes.
// MDC codes: ../shared/docs/hl7.md 1.9; LOINC: hl7.md 3.1; UCUM: hl7.md 1.10.
import { UCUM, type UcumUnit } from './units';

export const VITAL_PARAMS = [
  'hr',
  'pr',
  'spo2',
  'rr',
  'temp',
  'nibp_sys',
  'nibp_dia',
  'nibp_mean',
  'abp_sys',
  'abp_dia',
  'abp_mean',
  'etco2',
] as const;

export type VitalParam = (typeof VITAL_PARAMS)[number];

export interface ParamDefinition {
  readonly param: VitalParam;
  readonly label: string;
  /** The canonical UCUM unit every stored value of this param is in. */
  readonly unit: UcumUnit;
  /** IEEE 11073 MDC context-free code and reference id. */
  readonly mdc: { readonly code: number; readonly refid: string };
  readonly loinc: string;
  /** Digits after the decimal point when displayed. */
  readonly decimals: number;
}

export const PARAMS: Readonly<Record<VitalParam, ParamDefinition>> = {
  hr: { param: 'hr', label: 'HR', unit: UCUM.perMinute, mdc: { code: 147842, refid: 'MDC_ECG_HEART_RATE' }, loinc: '8867-4', decimals: 0 },
  pr: { param: 'pr', label: 'Pulse', unit: UCUM.perMinute, mdc: { code: 149530, refid: 'MDC_PULS_OXIM_PULS_RATE' }, loinc: '8889-8', decimals: 0 },
  spo2: { param: 'spo2', label: 'SpO₂', unit: UCUM.percent, mdc: { code: 150456, refid: 'MDC_PULS_OXIM_SAT_O2' }, loinc: '59408-5', decimals: 0 },
  rr: { param: 'rr', label: 'RR', unit: UCUM.perMinute, mdc: { code: 151562, refid: 'MDC_RESP_RATE' }, loinc: '9279-1', decimals: 0 },
  temp: { param: 'temp', label: 'Temp', unit: UCUM.celsius, mdc: { code: 150364, refid: 'MDC_TEMP_BODY' }, loinc: '8310-5', decimals: 1 },
  nibp_sys: { param: 'nibp_sys', label: 'NIBP sys', unit: UCUM.mmHg, mdc: { code: 150021, refid: 'MDC_PRESS_BLD_NONINV_SYS' }, loinc: '8480-6', decimals: 0 },
  nibp_dia: { param: 'nibp_dia', label: 'NIBP dia', unit: UCUM.mmHg, mdc: { code: 150022, refid: 'MDC_PRESS_BLD_NONINV_DIA' }, loinc: '8462-4', decimals: 0 },
  nibp_mean: { param: 'nibp_mean', label: 'NIBP mean', unit: UCUM.mmHg, mdc: { code: 150023, refid: 'MDC_PRESS_BLD_NONINV_MEAN' }, loinc: '8478-0', decimals: 0 },
  abp_sys: { param: 'abp_sys', label: 'ABP sys', unit: UCUM.mmHg, mdc: { code: 150033, refid: 'MDC_PRESS_BLD_ART_SYS' }, loinc: '76215-3', decimals: 0 },
  abp_dia: { param: 'abp_dia', label: 'ABP dia', unit: UCUM.mmHg, mdc: { code: 150034, refid: 'MDC_PRESS_BLD_ART_DIA' }, loinc: '76213-8', decimals: 0 },
  abp_mean: { param: 'abp_mean', label: 'ABP mean', unit: UCUM.mmHg, mdc: { code: 150035, refid: 'MDC_PRESS_BLD_ART_MEAN' }, loinc: '76214-6', decimals: 0 },
  etco2: { param: 'etco2', label: 'etCO₂', unit: UCUM.mmHg, mdc: { code: 151708, refid: 'MDC_CONC_AWAY_CO2_ET' }, loinc: '19891-1', decimals: 0 },
};

export function isVitalParam(value: string): value is VitalParam {
  return (VITAL_PARAMS as readonly string[]).includes(value);
}
