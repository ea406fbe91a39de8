// Spot vital signs entered by hand (signed in as a nurse or physician; sign-in on demand), all in one call: each value
// is stored with source 'manual' and who entered it. A value outside its hard limit is refused next to its field; one
// outside its plausible range is asked about first ("are you sure?", the value repeated), then sent confirmed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../../api/stationClient';
import { ApiCallError } from '../../../../shared/api/contract';
import { checkVitalEntries, questions, type EntryProblem } from '../../../../shared/clinical/entryCheck';
import { toDateTimeLocal } from '../../ui/form/datetime';
import { useForm } from '../../ui/form/useForm';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { useSession } from '../../ui/session/SessionContext';
import { convertSpotVitals, emptySpotVitals, SPOT_FIELDS, TEMP_SITES, type SpotField, type SpotVitalsInput, type SpotVitalsValues } from './spotVitals';
import { Form } from '../../ui/form/Form';
import { RadioField } from '../../ui/form/RadioField';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { PlausibilityQuestion } from './PlausibilityQuestion';

interface Props {
  readonly client: StationClient;
  /** The station's clock: the time defaults to its now. */
  readonly now: () => number;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

export function SpotVitalsForm({ client, now, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const { perform } = useSession();
  const form = useForm<SpotVitalsValues>(() => emptySpotVitals(toDateTimeLocal(now()), tempUnit));
  const [asked, setAsked] = useState<{ input: SpotVitalsInput; problems: readonly EntryProblem[] } | null>(null);
  const v = form.values;
  const fieldLabel = (field: string): string | null => {
    if (field === 'time') return t('manualVitals.time');
    if (field === 'site') return t('manualVitals.site');
    return (SPOT_FIELDS as readonly string[]).includes(field) ? t(`manualVitals.fields.${field as SpotField}`, { unit: v.tempUnit === 'F' ? '°F' : '°C' }) : null;
  };
  const send = async (converted: ReturnType<typeof convertSpotVitals>, confirmImplausible: boolean) => {
    const ok = await form.submit(converted, async (input) => {
      try {
        await perform(() => client.call('vitals.record', { ...input, confirmImplausible }));
      } catch (error) {
        // The station questioned a value this window did not (its limits are authoritative): ask, then send again.
        const stationAsked = error instanceof ApiCallError ? error.problems.filter((p) => p.kind === 'plausibility') : [];
        if (stationAsked.length === 0 || stationAsked.length !== (error as ApiCallError).problems.length) throw error;
        setAsked({ input, problems: stationAsked });
        return;
      }
      onSaved();
    });
    return ok;
  };
  const submit = () => {
    const converted = convertSpotVitals(v, now());
    const problems = converted.ok ? questions(checkVitalEntries(converted.value.readings)) : [];
    if (converted.ok && problems.length > 0) setAsked({ input: converted.value, problems });
    else void send(converted, false);
  };
  if (asked !== null)
    return (
      <PlausibilityQuestion
        problems={asked.problems}
        label={fieldLabel}
        saving={form.saving}
        onConfirm={() => void send({ ok: true, value: asked.input }, true).then(() => setAsked(null))}
        onBack={() => setAsked(null)}
      />
    );
  return (
    <Form onSubmit={submit} errors={form.errors} label={fieldLabel} saving={form.saving} submitLabel={t('manualVitals.submit')} onCancel={onCancel} testId="vitals-entry-form" submitTestId="vitals-entry-submit">
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
