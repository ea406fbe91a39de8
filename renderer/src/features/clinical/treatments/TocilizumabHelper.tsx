// Beside a tocilizumab record: 8 mg/kg from the admission weight (max 800 mg) and which dose this would be.
// A reminder, not an order: the station warns again when it records the 3rd dose in 24 h or the 4th in total.
import { useTranslation } from 'react-i18next';
import { tocilizumabHint } from './tocilizumab';
import { fromDateTimeLocal } from '../../../ui/form/datetime';
import { useTreatmentActions } from './TreatmentActions';
import { say } from '../../../i18n/said';

export function TocilizumabHelper({ at, onUse }: { at: string; onUse: (doseText: string) => void }) {
  const { t } = useTranslation();
  const { episode } = useTreatmentActions();
  const weight = episode.admission.weightKg;
  const hint = tocilizumabHint(weight, episode.timeline, fromDateTimeLocal(at) ?? Date.now());
  const before = { in24h: hint.count.in24h - 1, total: hint.count.total - 1 };
  return (
    <aside className="toci field-wide" data-testid="toci-helper">
      <h4>{t('treatments.tocilizumab.title')}</h4>
      {hint.doseMg === null ? (
        <p className="warning">{t('treatments.tocilizumab.noWeight')}</p>
      ) : (
        <p className="toci-dose">
          <span data-testid="toci-dose">{t('treatments.tocilizumab.dose', { weight, dose: hint.doseMg })}</span>
          {hint.capped && <span className="toci-capped"> ({t('treatments.tocilizumab.capped')})</span>}{' '}
          <button type="button" className="button button-small" onClick={() => onUse(`${hint.doseMg} mg IV`)} data-testid="toci-use">
            {t('treatments.tocilizumab.use', { dose: hint.doseMg })}
          </button>
        </p>
      )}
      <p className="toci-count" data-testid="toci-count">
        {t('treatments.tocilizumab.count', { in24h: before.in24h, total: before.total, next24h: hint.count.in24h, nextTotal: hint.count.total })}
      </p>
      {hint.count.warningMessages.map((w) => (
        <p key={w.key} className="warning" data-testid="toci-warning">
          {say(w)}
        </p>
      ))}
      <p className="field-hint">{t('treatments.tocilizumab.reminder')}</p>
    </aside>
  );
}
