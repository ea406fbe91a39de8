import { useTranslation } from 'react-i18next';
import { CONSCIOUSNESS_LEVELS } from '../../../../../shared/clinical/neuroEvents';
import { allCorrectIceItems, iceTotal } from './ice';
import type { StandingFindingView } from '../../../../../shared/clinical/engine';
import { askedFindings, consciousnessRequired, convertNeuro, documentedDomains, emptyNeuro, stillPresentField, type IceMode, type NeuroValues } from './neuroForms';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import { CheckboxField } from '../../../ui/form/CheckboxField';
import { RadioField } from '../../../ui/form/RadioField';
import { SelectField } from '../../../ui/form/SelectField';
import { TextField } from '../../../ui/form/TextField';
import { EventFormShell, type EventFormProps } from './EventFormShell';
import { IceItemsField } from './IceItemsField';
import { NeuroFindingsFields } from './NeuroFindingsFields';

const LABELS = {
  iceMode: 'treatments.neuro.iceMode',
  notAssessableReason: 'treatments.neuro.notAssessableReason',
  consciousness: 'treatments.neuro.consciousness',
  otherText: 'treatments.neuro.otherText',
} as const;

interface Props extends EventFormProps {
  /** The motor, ICP and imaging findings that stand now (clinical.status), asked about again. */
  readonly standing: readonly StandingFindingView[];
}

/** A bedside neuro assessment: ICE item by item (or why not), the level of consciousness, standing and new signs. */
export function NeuroForm({ standing, ...props }: Props) {
  const { t } = useTranslation();
  const asked = askedFindings(standing);
  const label = (f: string) => {
    if (Object.hasOwn(LABELS, f)) return t(LABELS[f as keyof typeof LABELS]);
    const finding = asked.find((a) => stillPresentField(a) === f);
    return finding ? t('treatments.neuro.standing.stillPresentOf', { finding: t(finding === 'deep_focal_motor_weakness' ? 'treatments.neuro.deepFocalMotorWeakness' : `treatments.neuro.icp.${finding}`) }) : null;
  };
  const submitLabel = (v: NeuroValues) => (v.iceMode === 'items' ? `${t('treatments.submit')}: ${t('treatments.neuro.total', { total: iceTotal(v.items) })}` : t('treatments.submit'));
  return (
    <EventFormShell<NeuroValues> {...props} kind="neuro" initialValues={(now) => emptyNeuro(toDateTimeLocal(now))} convert={(v, now) => convertNeuro(v, now, standing)} label={label} submitLabel={submitLabel}>
      {(form) => {
        const { values: v, update, errors } = form;
        const domains = documentedDomains(v, standing);
        return (
          <>
            <SelectField
              label={t('treatments.neuro.consciousness')}
              value={v.consciousness}
              onChange={(x) => update((p) => ({ ...p, consciousness: x as NeuroValues['consciousness'] }))}
              options={CONSCIOUSNESS_LEVELS.map((l) => ({ value: l, label: t(`treatments.neuro.levels.${l}`) }))}
              error={errors.consciousness}
              {...(!consciousnessRequired(v) && domains.some((d) => d !== 'consciousness') ? { optional: true } : {})}
              testId="neuro-consciousness"
            />
            <CheckboxField label={t('treatments.neuro.newConfusion')} checked={v.newConfusion} onChange={(x) => update((p) => ({ ...p, newConfusion: x }))} testId="neuro-confusion" />
            <CheckboxField label={t('treatments.neuro.globalAphasia')} checked={v.globalAphasia} onChange={(x) => update((p) => ({ ...p, globalAphasia: x }))} testId="neuro-aphasia" />
            <div className="field-wide">
              <RadioField
                label={t('treatments.neuro.iceMode')}
                value={v.iceMode}
                onChange={(x) => update((p) => ({ ...p, iceMode: x as IceMode }))}
                options={(['items', 'notAssessable', 'none'] as const).map((m) => ({ value: m, label: t(`treatments.neuro.modes.${m}`) }))}
                error={errors.iceMode}
                testId="neuro-ice-mode"
              />
            </div>
            {v.iceMode === 'items' && <IceItemsField items={v.items} onChange={(item, done) => update((p) => ({ ...p, items: { ...p.items, [item]: done } }))} onAllCorrect={() => update((p) => ({ ...p, items: allCorrectIceItems() }))} />}
            {v.iceMode === 'notAssessable' && (
              <TextField
                label={t('treatments.neuro.notAssessableReason')}
                hint={t('treatments.neuro.notAssessableHint')}
                value={v.notAssessableReason}
                onChange={(x) => update((p) => ({ ...p, notAssessableReason: x }))}
                error={errors.notAssessableReason}
                testId="neuro-reason"
              />
            )}
            <NeuroFindingsFields form={form} standing={standing} />
            <p className="field-wide neuro-documents" role="status" data-testid="neuro-documents">
              {domains.length > 0 ? t('treatments.neuro.documents', { domains: domains.map((d) => t(`treatments.neuro.domains.${d}`)).join(t('treatments.neuro.listSeparator')) }) : t('treatments.neuro.documentsNothing')}
            </p>
          </>
        );
      }}
    </EventFormShell>
  );
}
