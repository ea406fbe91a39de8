// The rarer parts of a neuro assessment: motor and ICP signs (ICANS grade 4) and findings outside ICANS. A finding
// that stands is asked about again ("still present?"), never shown as an empty box.
import { useTranslation } from 'react-i18next';
import type { StandingFindingView } from '../../../../../shared/clinical/engine';
import { ICP_SIGNS, OTHER_NEURO_FINDINGS } from '../../../../../shared/clinical/neuroEvents';
import { askedFindings, type NeuroValues, type StillPresent } from './neuroForms';
import type { FormState } from '../../../ui/form/useForm';
import { CheckboxField } from '../../../ui/form/CheckboxField';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { StandingFindings } from './StandingFindings';

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);
}

export function NeuroFindingsFields({ form, standing }: { form: FormState<NeuroValues>; standing: readonly StandingFindingView[] }) {
  const { t } = useTranslation();
  const { values: v, update, errors } = form;
  const asked = askedFindings(standing);
  const answer = (finding: string, x: string) => update((p) => ({ ...p, stillPresent: { ...p.stillPresent, [finding]: x as StillPresent } }));
  return (
    <>
      {standing.length > 0 && <StandingFindings standing={standing} values={v.stillPresent} errors={errors} onAnswer={answer} />}
      <fieldset className="field field-wide check-group">
        <legend className="field-label">{t(asked.length > 0 ? 'treatments.neuro.newSigns' : 'treatments.neuro.icpSigns')}</legend>
        {!asked.includes('deep_focal_motor_weakness') && (
          <CheckboxField
            label={t('treatments.neuro.deepFocalMotorWeakness')}
            checked={v.deepFocalMotorWeakness}
            onChange={(x) => update((p) => ({ ...p, deepFocalMotorWeakness: x }))}
            testId="neuro-motor"
          />
        )}
        {ICP_SIGNS.filter((s) => !asked.includes(s)).map((s) => (
          <CheckboxField key={s} label={t(`treatments.neuro.icp.${s}`)} checked={v.icpSigns.includes(s)} onChange={(x) => update((p) => ({ ...p, icpSigns: toggle(p.icpSigns, s, x) }))} testId={`neuro-icp-${s}`} />
        ))}
      </fieldset>
      <fieldset className="field field-wide check-group">
        <legend className="field-label">{t('treatments.neuro.otherFindings')}</legend>
        <span className="field-hint">{t('treatments.neuro.otherHint')}</span>
        {OTHER_NEURO_FINDINGS.map((f) => (
          <CheckboxField
            key={f}
            label={t(`treatments.neuro.other.${f}`)}
            checked={v.otherFindings.includes(f)}
            onChange={(x) => update((p) => ({ ...p, otherFindings: toggle(p.otherFindings, f, x) }))}
            testId={`neuro-other-${f}`}
          />
        ))}
        <TextAreaField label={t('treatments.neuro.otherText')} optional value={v.otherText} onChange={(x) => update((p) => ({ ...p, otherText: x }))} error={errors.otherText} testId="neuro-other-text" />
      </fieldset>
    </>
  );
}
