// One sign-off (nurse or physician): who and when, "needs signing again" after a correction, and its button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignOffView } from '../../../../shared/api/methods/episode';
import { roleLabel } from '../../ui/format/labels';
import { formatDateTime } from '../../ui/format/time';
import { SignInCancelled, useSession } from '../../ui/session/SessionContext';
import { useEpisodeActions } from './EpisodeActions';
import { errorMessage } from '../../../../shared/errors';

type SignRole = 'nurse' | 'physician';

export function SignOffRow({ role, view, ready }: { role: SignRole; view: SignOffView | null; ready: boolean }) {
  const { t } = useTranslation();
  const { user, perform } = useSession();
  const actions = useEpisodeActions();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needed = view === null || !view.current;
  const wrongRole = user !== null && user.role !== role;

  const signOff = async () => {
    setBusy(true);
    setError(null);
    try {
      await perform(async (member) => {
        if (member.role !== role) throw new Error(t('checklist.signOff.wrongRole', { role: roleLabel(role) }));
        await actions.signOff();
      });
    } catch (e) {
      if (!(e instanceof SignInCancelled)) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="signoff" data-testid={`signoff-${role}`} data-state={view === null ? 'none' : view.current ? 'current' : 'stale'}>
      <span className="signoff-role">{t(`checklist.signOff.${role}`)}</span>
      <span className={view?.current ? 'signoff-state status-ok' : 'signoff-state'}>
        {view === null ? t('checklist.signOff.notSigned') : t('checklist.signOff.signedBy', { name: view.by, time: formatDateTime(view.at) })}
      </span>
      {view !== null && !view.current && (
        <span className="signoff-again" role="status" data-testid={`signoff-${role}-again`}>
          {t('checklist.signOff.needsAgain')}
        </span>
      )}
      {needed && (
        <button type="button" className="button button-primary" disabled={!ready || wrongRole || busy} data-testid={`signoff-${role}-button`} onClick={() => void signOff()}>
          {t('checklist.signOff.button', { role: roleLabel(role) })}
        </button>
      )}
      {needed && !ready && <span className="field-hint">{t('checklist.signOff.notReady')}</span>}
      {needed && ready && wrongRole && <span className="field-hint">{t('checklist.signOff.wrongRole', { role: roleLabel(role) })}</span>}
      {error !== null && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </li>
  );
}
