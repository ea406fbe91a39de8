// The HL7 messages view (biomedical / IT engineer): every message received, newest first, with its outcome,
// reason and the ACK codes sent back; filter by outcome; a row opens the raw message. Staff only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HL7_OUTCOMES, type Hl7Outcome } from '../../../../shared/api/methods/hl7';
import type { LinkState, StationClient } from '../../api/stationClient';
import { useMessages } from './useMessages';
import { useSession } from '../../ui/session/SessionContext';
import { MessageDialog } from './MessageDialog';
import { MessageTable } from './MessageTable';
import './messages.css';

export function MessagesScreen({ client, link }: { client: StationClient; link: LinkState }) {
  const { t } = useTranslation();
  const { user, requestSignIn } = useSession();
  const [outcome, setOutcome] = useState<Hl7Outcome | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const state = useMessages(client, link, user !== null, outcome);

  return (
    <section className="panel hl7-view" data-testid="messages-screen">
      <div className="panel-head">
        <h2 className="panel-title">{t('hl7View.title')}</h2>
        {user !== null && (
          <div className="hl7-tools">
            <label className="hl7-filter">
              {t('hl7View.filter')}{' '}
              <select value={outcome ?? ''} onChange={(e) => setOutcome(e.target.value === '' ? null : (e.target.value as Hl7Outcome))} data-testid="hl7-filter">
                <option value="">{t('hl7View.all')}</option>
                {HL7_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`hl7View.outcomes.${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" onClick={state.refresh} data-testid="hl7-refresh">
              {t('hl7View.refresh')}
            </button>
          </div>
        )}
      </div>
      <p className="field-hint">{t('hl7View.hint')}</p>
      {user === null ? (
        <p className="notice" data-testid="hl7-sign-in-needed">
          {t('hl7View.signInNeeded')}{' '}
          <button type="button" className="button" onClick={() => void requestSignIn()} data-testid="hl7-sign-in">
            {t('hl7View.signIn')}
          </button>
        </p>
      ) : (
        <>
          {state.error !== null && <p className="form-error">{t('hl7View.loadError', { message: state.error })}</p>}
          {!state.loaded ? (
            <p className="notice">{t('hl7View.loading')}</p>
          ) : state.messages.length === 0 ? (
            <p className="notice" data-testid="hl7-none">
              {t('hl7View.none')}
            </p>
          ) : (
            <MessageTable messages={state.messages} onOpen={setOpen} />
          )}
          {state.nextBefore !== null && (
            <button type="button" className="button" onClick={state.loadOlder} data-testid="hl7-older">
              {t('hl7View.older')}
            </button>
          )}
        </>
      )}
      {open !== null && <MessageDialog client={client} id={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
