// The admission form: what is typed, as strings, and its conversion to the API's admission (checked with the shared schema).
import { admissionSchema, type Admission } from '../../../../shared/episode/records';
import { isIsoDay } from '../../ui/form/datetime';
import { issuesToErrors, type PathToField } from '../../ui/form/issues';
import { Errors, numberText, type Converted } from '../../ui/form/result';

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export interface AdmissionValues {
  readonly mrn: string;
  readonly name: string;
  readonly birthDate: string;
  readonly sex: Sex | '';
  readonly weightKg: string;
  readonly heightCm: string;
  readonly allergies: string;
  readonly diagnosis: string;
  readonly oxygen: 'room_air' | 'home_o2';
  readonly flowLMin: string;
  readonly productCode: string;
  readonly treatingPhysician: string;
  readonly plannedObservationDays: string;
}

/** Form fields in screen (and tab) order; error summaries follow it. */
export const ADMISSION_FIELDS = [
  'mrn', 'name', 'birthDate', 'sex', 'weightKg', 'heightCm', 'allergies', 'diagnosis', 'oxygen', 'flowLMin', 'productCode', 'treatingPhysician', 'plannedObservationDays',
] as const satisfies readonly (keyof AdmissionValues)[];

export const EMPTY_ADMISSION: AdmissionValues = {
  mrn: '', name: '', birthDate: '', sex: '', weightKg: '', heightCm: '', allergies: 'none known', diagnosis: 'Multiple myeloma',
  oxygen: 'room_air', flowLMin: '', productCode: '', treatingPhysician: '', plannedObservationDays: '',
};

/** A schema path (inside `admission`) → the form field. */
export const admissionField: PathToField = (path) => {
  const [first, second] = path;
  if (first === 'baselineOxygen') return second === 'flowLMin' ? 'flowLMin' : 'oxygen';
  return typeof first === 'string' && (ADMISSION_FIELDS as readonly string[]).includes(first) ? first : null;
};

export function toAdmission(v: AdmissionValues): Converted<Admission> {
  const e = new Errors();
  const mrn = e.required('mrn', v.mrn);
  const name = e.required('name', v.name);
  const birthDate = e.required('birthDate', v.birthDate);
  if (birthDate !== '' && !isIsoDay(birthDate)) e.add('birthDate', { code: 'date' });
  if (v.sex === '') e.add('sex', { code: 'choose' });
  const weightKg = e.number('weightKg', v.weightKg);
  const heightCm = e.number('heightCm', v.heightCm);
  const flow = v.oxygen === 'home_o2' ? e.number('flowLMin', v.flowLMin) : null;
  if (v.productCode === '') e.add('productCode', { code: 'choose' });
  const treatingPhysician = e.required('treatingPhysician', v.treatingPhysician);
  const planned = e.number('plannedObservationDays', v.plannedObservationDays, { integer: true, optional: true });
  if (e.any) return { ok: false, errors: e.all };

  const candidate = {
    mrn,
    name,
    birthDate,
    sex: v.sex,
    weightKg,
    heightCm,
    allergies: v.allergies.trim() === '' ? 'none known' : v.allergies.trim(),
    diagnosis: v.diagnosis.trim(),
    baselineOxygen: v.oxygen === 'home_o2' ? { kind: 'home_o2', flowLMin: flow } : { kind: 'room_air' },
    productCode: v.productCode,
    treatingPhysician,
    ...(planned === null ? {} : { plannedObservationDays: planned }),
  };
  const parsed = admissionSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues, admissionField) };
}

/** An admission back into the form (for switching patients the form starts empty; this serves corrections and tests). */
export function admissionValues(a: Admission): AdmissionValues {
  return {
    mrn: a.mrn,
    name: a.name,
    birthDate: a.birthDate,
    sex: a.sex,
    weightKg: numberText(a.weightKg),
    heightCm: numberText(a.heightCm),
    allergies: a.allergies,
    diagnosis: a.diagnosis,
    oxygen: a.baselineOxygen.kind,
    flowLMin: a.baselineOxygen.kind === 'home_o2' ? numberText(a.baselineOxygen.flowLMin) : '',
    productCode: a.productCode,
    treatingPhysician: a.treatingPhysician,
    plannedObservationDays: numberText(a.plannedObservationDays),
  };
}
