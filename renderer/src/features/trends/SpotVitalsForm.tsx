// Spot vital signs entered by hand (signed in as a nurse or physician; sign-in on demand): each value is stored with
// source 'manual' and appears on the trends as an outlined diamond. Temperature in °C or °F (sent as [degF]) with its site.
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../../api/stationClient';
import { toDateTimeLocal } from '../../ui/form/datetime';
import { useForm } from '../../ui/form/useForm';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { useSession } from '../../ui/session/SessionContext';
import { convertSpotVitals, emptySpotVitals, SPOT_FIELDS, TEMP_SITES, type SpotField, type SpotVitalsValues } from './spotVitals';
import { Form } from '../../ui/form/Form';
import { RadioField } from '../../ui/form/RadioField';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { errorMessage } from '../../../../shared/errors';

interface Props {
  readonly client: StationClient;
  readonly now: () => number;
  readonly onSaved: () => void;
  /** Some values were stored before one was refused: the chart should refresh. */
  readonly onPartial: () => void;
  readonly onCancel: () => void;
}

export function SpotVitalsForm({ client, now, onSaved, onPartial, onCancel }: Props) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const { perform } = useSession();
  const form = useForm<SpotVitalsValues>(() => emptySpotVitals(toDateTimeLocal(now()), tempUnit));
  const v = form.values;
  const fieldLabel = (field: string): string | null => {
    if (field === 'time') return t('manualVitals.time');
    if (field === 'site') return t('manualVitals.site');
    return (SPOT_FIELDS as readonly string[]).includes(field) ? t(`manualVitals.fields.${field as SpotField}`, { unit: v.tempUnit === 'F' ? '°F' : '°C' }) : null;
  };
  const submit = async () => {
    const ok = await form.submit(convertSpotVitals(v, now()), (records) =>
      perform(async () => {
        const saved: string[] = [];
        for (const record of records) {
          try {
            await client.call('vitals.record', record);
          } catch (error) {
            // Each value is its own call: say which ones are already stored before the station's reason.
            if (saved.length === 0) throw error;
            onPartial();
            throw new Error(t('manualVitals.partial', { saved: saved.join(', '), message: errorMessage(error) }));
          }
          saved.push(fieldLabel(record.param) ?? record.param);
        }
      }),
    );
    if (ok) onSaved();
  };
  return (
    <Form onSubmit={() => void submit()} errors={form.errors} label={fieldLabel} saving={form.saving} submitLabel={t('manualVitals.submit')} onCancel={onCancel} testId="vitals-entry-form" submitTestId="vitals-entry-submit">
      <TextField type="datetime-local" label={t('manualVitals.time')} value={v.time} onChange={(x) => form.set('time', x)} error={form.errors.time} testId="vitals-entry-time" />
      {SPOT_FIELDS.map((field) => (
        <TextField key={field} numeric label={fieldLabel(field)!} value={v[field]} onChange={(x) => form.set(field, x)} error={form.errors[field]} testId={`vitals-entry-${field}`} autoFocus={field === 'hr'} />
      ))}
      <RadioField
        label={t('manualVitals.tempUnit')}
        value={v.tempUnit}
        onChange={(x) => form.set('tempUnit', x === 'F' ? 'F' : 'C')}
        options={[
          { value: 'C', label: '°C' },
          { value: 'F', label: '°F' },
        ]}
        testId="vitals-entry-unit"
      />
      <SelectField label={t('manualVitals.site')} value={v.site} onChange={(x) => form.set('site', x)} options={TEMP_SITES.map((s) => ({ value: s, label: t(`manualVitals.sites.${s}`) }))} testId="vitals-entry-site" optional />
    </Form>
  );
}
