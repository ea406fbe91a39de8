// Admission: every field of the admission, keyboard-first (labels bound, tab order = screen order, Enter admits).
// With a patient already admitted it becomes "Switch patient" and asks for a reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import type { Product } from '../../../../shared/episode/products';
import { ADMISSION_FIELDS, admissionField, EMPTY_ADMISSION, SEXES, toAdmission, type AdmissionValues } from './admissionForm';
import { withReason } from '../../ui/form/reason';
import { useForm } from '../../ui/form/useForm';
import { useSession } from '../../ui/session/SessionContext';
import { Form } from '../../ui/form/Form';
import { RadioField } from '../../ui/form/RadioField';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { useEpisodeActions } from './EpisodeActions';
import { ReasonField } from './ReasonField';

interface Props {
  readonly products: readonly Product[];
  /** The episode a switch replaces; null for a plain admission. */
  readonly replacing: EpisodeView | null;
  readonly onDone?: () => void;
}

export function AdmissionForm({ products, replacing, onDone }: Props) {
  const { t } = useTranslation();
  const { staff } = useSession();
  const actions = useEpisodeActions();
  const form = useForm<AdmissionValues>(EMPTY_ADMISSION);
  const [reason, setReason] = useState('');
  const { values: v, errors, set } = form;
  const label = (field: string): string | null => {
    if (field === 'reason') return t('admission.switchReason');
    if (field === 'oxygen') return t('admission.fields.baselineOxygen');
    return (ADMISSION_FIELDS as readonly string[]).includes(field) ? t(`admission.fields.${field as Exclude<(typeof ADMISSION_FIELDS)[number], 'oxygen'>}`) : null;
  };
  const physicians = staff.filter((s) => s.role === 'physician');

  const submit = async () => {
    const converted = withReason(toAdmission(v), replacing === null ? null : reason);
    const ok = await form.submit(converted, ({ value, reason: why }) => actions.admit(value, why), { prefix: 'admission', toField: (p) => (p[0] === 'reason' ? 'reason' : admissionField(p)) });
    if (ok) onDone?.();
  };

  return (
    <section className="panel" aria-labelledby="admission-title">
      <h2 id="admission-title" className="panel-title">
        {replacing === null ? t('admission.title') : t('admission.switchTitle')}
      </h2>
      {replacing !== null && <p className="notice">{t('admission.switchExplain', { name: replacing.patient.name, mrn: replacing.patient.mrn })}</p>}
      <Form
        onSubmit={() => void submit()}
        errors={errors}
        label={label}
        saving={form.saving}
        submitLabel={replacing === null ? t('admission.submit') : t('admission.submitSwitch')}
        onCancel={onDone}
        testId="admission-form"
        submitTestId="admission-submit"
      >
        <TextField label={t('admission.fields.mrn')} value={v.mrn} onChange={(x) => set('mrn', x)} error={errors.mrn} testId="admission-mrn" autoFocus />
        <TextField label={t('admission.fields.name')} value={v.name} onChange={(x) => set('name', x)} error={errors.name} testId="admission-name" />
        <TextField label={t('admission.fields.birthDate')} type="date" value={v.birthDate} onChange={(x) => set('birthDate', x)} error={errors.birthDate} testId="admission-birthDate" />
        <SelectField
          label={t('admission.fields.sex')}
          value={v.sex}
          onChange={(x) => set('sex', x as AdmissionValues['sex'])}
          options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
          error={errors.sex}
          testId="admission-sex"
        />
        <TextField label={t('admission.fields.weightKg')} numeric value={v.weightKg} onChange={(x) => set('weightKg', x)} error={errors.weightKg} testId="admission-weightKg" />
        <TextField label={t('admission.fields.heightCm')} numeric value={v.heightCm} onChange={(x) => set('heightCm', x)} error={errors.heightCm} testId="admission-heightCm" />
        <TextField label={t('admission.fields.allergies')} value={v.allergies} onChange={(x) => set('allergies', x)} error={errors.allergies} testId="admission-allergies" />
        <TextField label={t('admission.fields.diagnosis')} value={v.diagnosis} onChange={(x) => set('diagnosis', x)} error={errors.diagnosis} testId="admission-diagnosis" />
        <RadioField
          label={t('admission.fields.baselineOxygen')}
          value={v.oxygen}
          onChange={(x) => set('oxygen', x as AdmissionValues['oxygen'])}
          options={[
            { value: 'room_air', label: t('admission.fields.roomAir') },
            { value: 'home_o2', label: t('admission.fields.homeO2') },
          ]}
          error={errors.oxygen}
          testId="admission-oxygen"
        />
        {v.oxygen === 'home_o2' && (
          <TextField label={t('admission.fields.flowLMin')} numeric value={v.flowLMin} onChange={(x) => set('flowLMin', x)} error={errors.flowLMin} testId="admission-flowLMin" />
        )}
        <SelectField
          label={t('admission.fields.productCode')}
          value={v.productCode}
          onChange={(x) => set('productCode', x)}
          options={products.map((p) => ({ value: p.code, label: p.name }))}
          error={errors.productCode}
          testId="admission-productCode"
        />
        <TextField
          label={t('admission.fields.treatingPhysician')}
          value={v.treatingPhysician}
          onChange={(x) => set('treatingPhysician', x)}
          error={errors.treatingPhysician}
          testId="admission-treatingPhysician"
          list="admission-physicians"
        />
        <datalist id="admission-physicians">
          {physicians.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        <TextField
          label={t('admission.fields.plannedObservationDays')}
          optional
          numeric
          value={v.plannedObservationDays}
          onChange={(x) => set('plannedObservationDays', x)}
          error={errors.plannedObservationDays}
          testId="admission-plannedObservationDays"
        />
        {replacing !== null && <ReasonField label={t('admission.switchReason')} value={reason} onChange={setReason} error={errors.reason} />}
      </Form>
    </section>
  );
}
