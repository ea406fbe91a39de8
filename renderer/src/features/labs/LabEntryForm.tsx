// Manual lab entry by panel. Keyboard: Tab goes value → unit → next test, Enter saves. A value far from the previous
// result is questioned by the station: its words appear beside the value, and "Confirm and save" keeps it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../../shared/api/contract';
import type { LabGroup } from '../../../../shared/labs';
import type { StationClient } from '../../api/stationClient';
import { toDateTimeLocal } from '../../ui/form/datetime';
import { useForm } from '../../ui/form/useForm';
import { convertLabPanel, emptyPanel, implausibleQuestions, panelTests, PANELS, type LabEntryInput, type LabPanelValues } from './entry';
import { useSession } from '../../ui/session/SessionContext';
import { Form } from '../../ui/form/Form';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { LabEntryRow } from './LabEntryRow';
import { labName } from './names';

interface Props {
  readonly client: StationClient;
  readonly now: () => number;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

export function LabEntryForm({ client, now, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { perform } = useSession();
  const [panel, setPanel] = useState<LabGroup>('inflammation');
  const form = useForm<LabPanelValues>(() => emptyPanel('inflammation', toDateTimeLocal(now())));
  const [questions, setQuestions] = useState<Record<string, string> | null>(null);
  const tests = panelTests(panel);
  const label = (field: string) => {
    const test = tests.find((x) => x.code === field);
    return field === 'observedAt' ? t('labs.entry.time') : test === undefined ? null : labName(test.code, test.name);
  };

  const choosePanel = (next: string) => {
    const group = PANELS.find((p) => p === next);
    if (group === undefined) return;
    setPanel(group);
    setQuestions(null);
    form.reset(emptyPanel(group, form.values.observedAt));
  };

  const save = async (confirm: boolean) => {
    setQuestions(null);
    const asked: { current: Record<string, string> | null } = { current: null };
    let sent: readonly LabEntryInput[] = [];
    const ok = await form.submit(
      convertLabPanel(form.values, tests, now()),
      (results) =>
        perform(async () => {
          sent = results;
          try {
            await client.call('labs.record', { results, confirmImplausible: confirm });
          } catch (error) {
            asked.current = error instanceof ApiCallError && error.code === 'invalid_input' ? implausibleQuestions(error.problems, results) : null;
            if (asked.current === null) throw error;
          }
        }),
      { toField: (path) => (path[0] === 'results' && typeof path[1] === 'number' ? (sent[path[1]]?.code ?? null) : null) },
    );
    // A question is not an error: the values stay, the question shows beside each one, and the focus goes to
    // "Confirm and save" (Tab back to correct a value instead).
    if (asked.current !== null) setQuestions(asked.current);
    else if (ok) onSaved();
  };

  return (
    <Form onSubmit={() => void save(false)} errors={form.errors} label={label} saving={form.saving} submitLabel={t('labs.entry.save')} onCancel={onCancel} testId="lab-entry-form" submitTestId="lab-entry-save">
      <SelectField label={t('labs.entry.panel')} value={panel} onChange={choosePanel} options={PANELS.map((p) => ({ value: p, label: t(`labs.groups.${p}`) }))} testId="lab-entry-panel" />
      <TextField type="datetime-local" label={t('labs.entry.time')} value={form.values.observedAt} onChange={(v) => form.set('observedAt', v)} error={form.errors.observedAt} testId="lab-entry-time" />
      <div className="lab-entry-rows field-wide">
        {tests.map((test, i) => (
          <LabEntryRow key={test.code} test={test} form={form} question={questions?.[test.code] ?? null} autoFocus={i === 0} />
        ))}
      </div>
      {questions !== null && (
        <div className="warning field-wide" role="alert" data-testid="lab-entry-question">
          <p>{t('labs.entry.questionIntro')}</p>
          <ul>
            {Object.entries(questions).map(([code, text]) => (
              <li key={code}>{text}</li>
            ))}
          </ul>
          <button type="button" className="button button-primary" data-testid="lab-entry-confirm" disabled={form.saving} onClick={() => void save(true)} autoFocus>
            {t('labs.entry.confirmSave')}
          </button>
        </div>
      )}
    </Form>
  );
}
