// The pre-infusion checklist: status, the items, the timing override and the two sign-offs.
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { ChecklistItem } from './ChecklistItem';
import { CHECKLIST_KINDS } from './checklistKinds';
import { ChecklistStatus } from './ChecklistStatus';
import { SignOffs } from './SignOffs';
import { TimingOverride } from './TimingOverride';
import { BaselineAcknowledgement } from './BaselineAcknowledgement';

export function ChecklistPanel({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const locked = episode.infusion !== null;
  return (
    <section className="panel" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title" className="panel-title">
        {t('checklist.title')}
      </h2>
      <ChecklistStatus episode={episode} />
      <ol className="items">
        {CHECKLIST_KINDS.map((kind) => (
          <ChecklistItem key={kind} kind={kind} entry={episode.checklist.entries[kind]} locked={locked} />
        ))}
      </ol>
      <BaselineAcknowledgement episode={episode} />
      <TimingOverride episode={episode} />
      <SignOffs episode={episode} />
    </section>
  );
}
