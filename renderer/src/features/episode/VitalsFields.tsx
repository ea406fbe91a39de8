// The six vital signs of a set, as number fields (temperature in the display unit). Errors are keyed `${prefix}${field}`.
import { useTranslation } from 'react-i18next';
import { VITAL_FIELDS, type VitalField, type VitalsValues } from './vitals';
import { tempUnitLabel } from '../../ui/format/temperature';
import type { FieldErrors } from '../../ui/form/result';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { TextField } from '../../ui/form/TextField';

interface Props {
  readonly values: VitalsValues;
  readonly onChange: (values: VitalsValues) => void;
  readonly errors: FieldErrors;
  readonly prefix?: string;
  readonly testId: string;
}

export function useVitalLabel(): (field: VitalField) => string {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  return (field) => (field === 'temp' ? t('vitals.temp', { unit: tempUnitLabel(tempUnit) }) : t(`vitals.${field}`));
}

export function VitalsFields({ values, onChange, errors, prefix = '', testId }: Props) {
  const label = useVitalLabel();
  return (
    <>
      {VITAL_FIELDS.map((field) => (
        <TextField
          key={field}
          label={label(field)}
          numeric
          value={values[field]}
          onChange={(x) => onChange({ ...values, [field]: x })}
          error={errors[`${prefix}${field}`]}
          testId={`${testId}-${field}`}
        />
      ))}
    </>
  );
}
