import { useTranslation } from 'react-i18next';
import { ATTRIBUTION_TARGETS } from '../../../../../shared/clinical/events';
import { convertAttribution, type AttributionValues } from './eventForms';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import { useSession } from '../../../ui/session/SessionContext';
import { roleLabel } from '../../../ui/format/labels';
import { RadioField } from '../../../ui/form/RadioField';
import { SelectField } from '../../../ui/form/SelectField';
import { TextField } from '../../../ui/form/TextField';
import { EventFormShell, type EventFormProps } from './EventFormShell';

const LABELS = { target: 'treatments.attribution.target', cause: 'treatments.attribution.cause', effectiveFrom: 'treatments.attribution.effectiveFrom' } as const;

/** A physician attributes a sign to another cause (or withdraws that); the station accepts it only from a physician. */
export function AttributionForm(props: EventFormProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const label = (f: string) => (Object.hasOwn(LABELS, f) ? t(LABELS[f as keyof typeof LABELS]) : null);
  const initial = (now: number): AttributionValues => ({ time: toDateTimeLocal(now), target: '', active: 'attribute', cause: '', effectiveFrom: '' });
  return (
    <EventFormShell<AttributionValues> {...props} kind="attribution" initialValues={initial} convert={convertAttribution} label={label}>
      {({ values: v, update, errors }) => (
        <>
          <p className="notice field-wide">{t('treatments.attribution.explain')}</p>
          {user !== null && user.role !== 'physician' && <p className="warning field-wide">{t('clinical.confirm.notPhysician', { role: roleLabel(user.role) })}</p>}
          <SelectField
            label={t('treatments.attribution.target')}
            value={v.target}
            onChange={(x) => update((p) => ({ ...p, target: x as AttributionValues['target'] }))}
            options={ATTRIBUTION_TARGETS.map((a) => ({ value: a, label: t(`treatments.attribution.targets.${a}`) }))}
            error={errors.target}
            testId="attribution-target"
          />
          <RadioField
            label={t('treatments.attribution.active')}
            value={v.active}
            onChange={(x) => update((p) => ({ ...p, active: x as AttributionValues['active'] }))}
            options={[
              { value: 'attribute', label: t('treatments.attribution.attribute') },
              { value: 'withdraw', label: t('treatments.attribution.withdraw') },
            ]}
            testId="attribution-active"
          />
          <TextField label={t('treatments.attribution.cause')} optional={v.active === 'withdraw'} value={v.cause} onChange={(x) => update((p) => ({ ...p, cause: x }))} error={errors.cause} testId="attribution-cause" />
          <TextField
            label={t('treatments.attribution.effectiveFrom')}
            type="datetime-local"
            optional
            hint={t('treatments.attribution.effectiveFromHint')}
            value={v.effectiveFrom}
            onChange={(x) => update((p) => ({ ...p, effectiveFrom: x }))}
            error={errors.effectiveFrom}
            testId="attribution-from"
          />
        </>
      )}
    </EventFormShell>
  );
}
