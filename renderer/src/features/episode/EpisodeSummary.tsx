// The admission at a glance, with the two ways out: switch patient (with a reason) and discharge (with a reason).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import type { Product } from '../../../../shared/episode/products';
import { formatDateTime } from '../../ui/format/time';
import { formatAmount } from '../../ui/format/values';
import { Modal } from '../../ui/Modal';
import { AdmissionForm } from './AdmissionForm';
import { DischargeForm } from './DischargeForm';
import { recordedText } from '../../ui/format/recorded';

export function EpisodeSummary({ episode, products }: { episode: EpisodeView; products: readonly Product[] }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'switch' | 'discharge' | null>(null);
  const a = episode.admission;
  return (
    <section className="panel" aria-labelledby="summary-title" data-testid="episode-summary">
      <div className="panel-head">
        <h2 id="summary-title" className="panel-title">
          {t('episode.summaryTitle')}
        </h2>
        <div className="field-buttons">
          <button type="button" className="button" data-testid="switch-patient" onClick={() => setDialog('switch')}>
            {t('episode.switchPatient')}
          </button>
          <button type="button" className="button" data-testid="discharge" onClick={() => setDialog('discharge')}>
            {t('episode.discharge')}
          </button>
        </div>
      </div>
      <p className="summary-line">
        <span>{t('episode.admitted', { time: formatDateTime(episode.admittedAt) })}</span>
        <span>{t('episode.weightHeight', { weight: formatAmount(a.weightKg), height: formatAmount(a.heightCm) })}</span>
        <span>{t('episode.allergies', { text: recordedText(a.allergies) })}</span>
        <span>{a.baselineOxygen.kind === 'home_o2' ? t('episode.oxygenHome', { flow: formatAmount(a.baselineOxygen.flowLMin) }) : t('episode.oxygenRoomAir')}</span>
        <span>{t('episode.physician', { name: a.treatingPhysician })}</span>
      </p>
      {dialog === 'switch' && (
        <Modal title={t('admission.switchTitle')} onClose={() => setDialog(null)} wide>
          <AdmissionForm products={products} replacing={episode} onDone={() => setDialog(null)} />
        </Modal>
      )}
      {dialog === 'discharge' && (
        <Modal title={t('episode.dischargeTitle')} onClose={() => setDialog(null)}>
          <DischargeForm onDone={() => setDialog(null)} />
        </Modal>
      )}
    </section>
  );
}
