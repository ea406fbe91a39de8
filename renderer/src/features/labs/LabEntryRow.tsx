// One test in the lab entry panel: the value, the unit (the test's accepted units, canonical first) and, when another
// unit is chosen, what the value is in the canonical unit.
import { useTranslation } from 'react-i18next';
import type { LabTestDefinition } from '../../../../shared/labs';
import type { FormState } from '../../ui/form/useForm';
import { previewCanonical, unitOptions, type LabPanelValues } from './entry';
import { formatLabValue } from './table';
import { labUnitLabel } from './units';
import { Field } from '../../ui/form/Field';
import { labName } from './names';

interface Props {
  readonly test: LabTestDefinition;
  readonly form: FormState<LabPanelValues>;
  /** The station's question about this value (implausible: confirm to save), or null. */
  readonly question: string | null;
  readonly autoFocus: boolean;
}

export function LabEntryRow({ test, form, question, autoFocus }: Props) {
  const { t } = useTranslation();
  const value = form.values.values[test.code] ?? '';
  const unit = form.values.units[test.code] ?? test.unit;
  const preview = unit === test.unit ? null : previewCanonical(test, value, unit);
  const setValue = (v: string) => form.update((prev) => ({ ...prev, values: { ...prev.values, [test.code]: v } }));
  const setUnit = (u: string) => form.update((prev) => ({ ...prev, units: { ...prev.units, [test.code]: u } }));
  const hint = preview === null ? undefined : t('labs.entry.preview', { value: formatLabValue(preview), unit: labUnitLabel(test.unit) });
  return (
    <Field label={labName(test.code, test.name)} error={form.errors[test.code] ?? (question === null ? undefined : { text: question })} hint={hint} className="lab-entry-row">
      {(control) => (
        <span className="lab-entry-inputs">
          <input {...control} type="text" inputMode="decimal" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} data-testid={`lab-entry-value-${test.code}`} autoFocus={autoFocus} />
          <select aria-label={t('labs.entry.unitOf', { test: labName(test.code, test.name) })} value={unit} onChange={(e) => setUnit(e.target.value)} data-testid={`lab-entry-unit-${test.code}`}>
            {unitOptions(test).map((u) => (
              <option key={u} value={u}>
                {labUnitLabel(u)}
              </option>
            ))}
          </select>
        </span>
      )}
    </Field>
  );
}
