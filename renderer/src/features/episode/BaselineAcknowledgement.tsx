// A baseline outside the thresholds holds the infusion until a physician acknowledges it with a reason (audited).
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { useEpisodeActions } from './EpisodeActions';
import { AcknowledgementForm } from './AcknowledgementForm';
import { PhysicianItem } from './PhysicianItem';

export function BaselineAcknowledgement({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const actions = useEpisodeActions();
  const entry = episode.checklist.entries.baseline_acknowledgement;
  const findings = episode.checklist.state.baselineFindings;
  if (entry === undefined && findings.length === 0) return null;
  return (
    <PhysicianItem
      kind="baseline_acknowledgement"
      title={t('checklist.acknowledgementTitle')}
      testId="baseline-acknowledgement"
      entry={entry}
      form={episode.infusion === null && <AcknowledgementForm findings={findings} initial={null} correcting={false} onSave={(data) => actions.record('baseline_acknowledgement', data)} />}
      onlyPhysician={t('checklist.acknowledgementOnlyPhysician')}
    />
  );
}
