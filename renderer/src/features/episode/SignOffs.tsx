// The two sign-offs of the checklist (nurse, physician).
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { SignOffRow } from './SignOffRow';

export function SignOffs({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { signOffs, state } = episode.checklist;
  return (
    <div className="signoffs">
      <h3>{t('checklist.signOff.title')}</h3>
      <ul>
        <SignOffRow role="nurse" view={signOffs.nurse} ready={state.readyForSignOff} />
        <SignOffRow role="physician" view={signOffs.physician} ready={state.readyForSignOff} />
      </ul>
    </div>
  );
}
