// Premedication given before the infusion, one kind per row; a corticosteroid brings a warning.
import { useTranslation } from 'react-i18next';
import { PREMED_KINDS, type PremedKind, type PremedValues } from './infusionForm';
import type { FieldErrors } from '../../ui/form/result';
import { CheckboxField } from '../../ui/form/CheckboxField';
import { TextField } from '../../ui/form/TextField';

interface Props {
  readonly premeds: Readonly<Record<PremedKind, PremedValues>>;
  readonly onChange: (kind: PremedKind, values: PremedValues) => void;
  readonly errors: FieldErrors;
}

export function PremedFields({ premeds, onChange, errors }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="field-wide group" data-testid="premeds">
      <legend className="field-label">{t('infusion.premedications')}</legend>
      {PREMED_KINDS.map((kind) => {
        const p = premeds[kind];
        const name = t(`infusion.premedKinds.${kind}`);
        const set = (change: Partial<PremedValues>) => onChange(kind, { ...p, ...change });
        return (
          <div key={kind} className="premed">
            <CheckboxField label={t('infusion.premedGiven', { kind: name })} checked={p.given} onChange={(given) => set({ given })} testId={`premed-${kind}`} />
            {p.given && (
              <div className="premed-fields">
                <TextField label={t('infusion.premedDrug', { kind: name })} value={p.drug} onChange={(drug) => set({ drug })} error={errors[`premed.${kind}.drug`]} testId={`premed-${kind}-drug`} />
                <TextField label={t('infusion.premedDose', { kind: name })} value={p.dose} onChange={(dose) => set({ dose })} error={errors[`premed.${kind}.dose`]} testId={`premed-${kind}-dose`} />
                <TextField
                  label={t('infusion.premedTime', { kind: name })}
                  type="datetime-local"
                  value={p.time}
                  onChange={(time) => set({ time })}
                  error={errors[`premed.${kind}.time`]}
                  testId={`premed-${kind}-time`}
                />
              </div>
            )}
            {kind === 'corticosteroid' && p.given && (
              <p className="warning" role="alert" data-testid="steroid-warning">
                {t('infusion.steroidWarning')}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
