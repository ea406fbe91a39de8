// Baseline vital signs and ICE score; "Take from monitor" fills the latest values, which the nurse checks and saves.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistData } from '../../../../shared/episode/records';
import { baselineForm, type BaselineValues } from './checklistForms';
import { prefillFrom, vitalsFromLatest, vitalsSource, VITAL_FIELDS, type VitalField } from './vitals';
import { toDateTimeLocal } from '../../ui/form/datetime';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { TextField } from '../../ui/form/TextField';
import { useEpisodeActions } from './EpisodeActions';
import { ItemFormShell, type ItemFormProps } from './ItemFormShell';
import { useVitalLabel, VitalsFields } from './VitalsFields';

export function BaselineForm(props: ItemFormProps<ChecklistData<'baseline'>>) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const actions = useEpisodeActions();
  const vitalLabel = useVitalLabel();
  const [notice, setNotice] = useState<string | null>(null);
  const label = (field: string) =>
    field === 'time' ? t('checklist.baseline.time') : field === 'iceScore' ? t('checklist.baseline.iceScore') : (VITAL_FIELDS as readonly string[]).includes(field) ? vitalLabel(field as VitalField) : null;

  return (
    <ItemFormShell<BaselineValues, ChecklistData<'baseline'>>
      {...props}
      kind="baseline"
      initialValues={() => (props.initial ? baselineForm.fromData(props.initial, tempUnit) : baselineForm.empty(actions.now()))}
      convert={(v) => baselineForm.convert(v, tempUnit)}
      label={label}
    >
      {({ values: v, set, update, errors }) => {
        const fromMonitor = async () => {
          const latest = await actions.client.call('observations.latest', {}).catch(() => []);
          const found = vitalsFromLatest(latest, actions.now());
          if (found === null) return setNotice(t('checklist.baseline.noMonitorValues'));
          const prefill = prefillFrom(found.numbers, tempUnit);
          update((prev) => ({ ...prev, time: toDateTimeLocal(found.time), vitals: prefill.values, prefill }));
          setNotice(t('checklist.baseline.fromMonitorHint'));
        };
        return (
          <>
            <div className="field-buttons field-wide">
              <button type="button" className="button" data-testid="baseline-from-monitor" onClick={() => void fromMonitor()}>
                {t('checklist.baseline.fromMonitor')}
              </button>
              {v.prefill !== null && (
                <span className="source-tag" data-testid="baseline-source">
                  {vitalsSource(v.vitals, v.prefill) === 'monitor' ? t('checklist.baseline.sourceMonitor') : t('checklist.baseline.sourceManual')}
                </span>
              )}
              {notice !== null && (
                <span className="field-hint" role="status">
                  {notice}
                </span>
              )}
            </div>
            <TextField label={t('checklist.baseline.time')} type="datetime-local" value={v.time} onChange={(x) => set('time', x)} error={errors.time} testId="baseline-time" />
            <VitalsFields values={v.vitals} onChange={(x) => set('vitals', x)} errors={errors} testId="baseline" />
            <TextField label={t('checklist.baseline.iceScore')} numeric value={v.iceScore} onChange={(x) => set('iceScore', x)} error={errors.iceScore} testId="baseline-ice" />
          </>
        );
      }}
    </ItemFormShell>
  );
}
