// "Are you sure?": the values outside their plausible range, each repeated with the range, before they are saved
// (then kept, marked as confirmed by the person who entered them).
import { useTranslation } from 'react-i18next';
import type { EntryProblem } from '../../../../shared/clinical/entryCheck';
import { say } from '../../i18n/said';
import './vitals.css';

interface Props {
  readonly problems: readonly EntryProblem[];
  readonly label: (field: string) => string | null;
  readonly saving: boolean;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
}

export function PlausibilityQuestion({ problems, label, saving, onConfirm, onBack }: Props) {
  const { t } = useTranslation();
  return (
    <div className="plausibility-question" role="alertdialog" aria-labelledby="plausibility-title" data-testid="plausibility-question">
      <h3 id="plausibility-title">{t('vitalsEntry.confirmTitle')}</h3>
      <ul>
        {problems.map((p) => (
          <li key={p.field} data-testid={`plausibility-${p.field}`}>
            <strong>{label(p.field) ?? p.field}</strong>: {say(p.message)}
          </li>
        ))}
      </ul>
      <p className="field-hint">{t('vitalsEntry.confirmHint')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={saving} onClick={onConfirm} data-testid="plausibility-confirm" autoFocus>
          {saving ? t('form.saving') : t('vitalsEntry.confirmYes')}
        </button>
        <button type="button" className="button" onClick={onBack} data-testid="plausibility-back">
          {t('vitalsEntry.confirmBack')}
        </button>
      </div>
    </div>
  );
}
