// The protocol's settings, starting from their defaults: a choice where the values are fixed, else a field.
import { useTranslation } from 'react-i18next';
import { settingText, type DeviceValues, type SettingSpec } from './deviceForm';
import { settingLabel as name } from './labels';
import type { FieldErrors } from '../../ui/form/result';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';

interface Props {
  readonly specs: readonly SettingSpec[];
  readonly values: DeviceValues;
  readonly errors: FieldErrors;
  readonly onChange: (key: string, text: string) => void;
}

export function SettingsFields({ specs, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  if (specs.length === 0) return null;
  return (
    <fieldset className="field field-wide device-settings">
      <legend className="field-label">{t('deviceSetup.form.settings')}</legend>
      {specs.map((spec) => {
        const text = settingText(values, spec);
        const error = errors[`settings.${spec.key}`];
        const testId = `device-setting-${spec.key}`;
        if (spec.choices !== undefined || typeof spec.default === 'boolean') {
          const choices = spec.choices ?? [true, false];
          const label = (c: string | number | boolean) => (typeof c === 'boolean' ? t(c ? 'deviceSetup.form.yes' : 'deviceSetup.form.no') : String(c));
          return (
            <SelectField key={spec.key} label={name(spec.key)} value={text} onChange={(x) => onChange(spec.key, x)} options={choices.map((c) => ({ value: String(c), label: label(c) }))} error={error} testId={testId} />
          );
        }
        return <TextField key={spec.key} label={name(spec.key)} numeric={typeof spec.default === 'number'} value={text} onChange={(x) => onChange(spec.key, x)} error={error} testId={testId} />;
      })}
    </fieldset>
  );
}
