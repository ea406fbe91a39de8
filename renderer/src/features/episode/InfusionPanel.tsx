// The infusion: locked until both sign-offs are current, then its form; once recorded, what was given.
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { infusionSummary } from './summaries';
import { formatClock } from '../../ui/format/time';
import { useEpisodeActions } from './EpisodeActions';
import { InfusionForm } from './InfusionForm';
import { drugText } from '../../ui/format/recorded';

export function InfusionPanel({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const actions = useEpisodeActions();
  const { nurse, physician } = episode.checklist.signOffs;
  const unlocked = nurse?.current === true && physician?.current === true;
  const infusion = episode.infusion;

  return (
    <section className="panel" aria-labelledby="infusion-title" data-testid="infusion">
      <h2 id="infusion-title" className="panel-title">
        {t('infusion.title')}
      </h2>
      {infusion !== null ? (
        <div className="infusion-done" data-testid="infusion-recorded">
          <p className="status-line status-ok">
            <strong>{t('infusion.recorded')}</strong> · {infusionSummary(infusion.entry.data)}
          </p>
          <p>{t('infusion.verifiedBy', { by: infusion.entry.recordedBy, second: infusion.entry.data.secondVerifier })}</p>
          <p className={infusion.doseCheck.withinRule ? 'status-line status-ok' : 'status-line status-warn'}>
            {infusion.doseCheck.withinRule ? t('infusion.doseWithin') : infusion.entry.data.doseOverrideReason ?? ''}
          </p>
          <ul className="infusion-details">
            {infusion.entry.data.premedications.length === 0 && <li>{t('infusion.noPremeds')}</li>}
            {infusion.entry.data.premedications.map((p) => (
              <li key={`${p.kind}-${p.time}`}>{t('infusion.premedLine', { kind: t(`infusion.premedKinds.${p.kind}`), drug: drugText(p.drug), dose: p.dose, time: formatClock(p.time) })}</li>
            ))}
            <li>{t('infusion.vitalsCount', { count: infusion.entry.data.vitals.length })}</li>
            <li>{infusion.entry.data.reaction.occurred ? t('infusion.reactionYes', { text: infusion.entry.data.reaction.description }) : t('infusion.reactionNone')}</li>
          </ul>
          {infusion.entry.data.premedications.some((p) => p.kind === 'corticosteroid') && <p className="warning">{t('infusion.steroidWarning')}</p>}
        </div>
      ) : unlocked ? (
        <InfusionForm initial={null} correcting={false} onSave={(data) => actions.recordInfusion(data)} />
      ) : (
        <p className="notice" data-testid="infusion-locked">
          {t('infusion.locked')}
        </p>
      )}
    </section>
  );
}
