// When the infusion falls after the product's window but before its latest day, a physician may let it go ahead with a reason.
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { useEpisodeActions } from './EpisodeActions';
import { OverrideForm } from './OverrideForm';
import { PhysicianItem } from './PhysicianItem';

export function TimingOverride({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const actions = useEpisodeActions();
  const entry = episode.checklist.entries.timing_override;
  const timing = episode.checklist.state.timing;
  if (entry === undefined && (timing === null || !timing.overridable)) return null;
  return (
    <PhysicianItem
      kind="timing_override"
      title={t('checklist.overrideTitle')}
      testId="timing-override"
      entry={entry}
      form={episode.infusion === null && <OverrideForm initial={null} correcting={false} onSave={(data) => actions.record('timing_override', data)} />}
      onlyPhysician={t('checklist.overrideOnlyPhysician')}
    />
  );
}
