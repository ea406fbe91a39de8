// Sending (biomedical / IT engineer): per HL7 destination, connected or not, last ACK, backlog, the messages the
// receiver refused with "Send again" (audited), and for an administrator the destination's settings. Staff only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboundDestinationStatus, ParkedMessage } from '../../../../shared/api/methods/outbound';
import type { LinkState, StationClient } from '../../api/stationClient';
import { useOutbound } from './useOutbound';
import { useStationNow } from '../../ui/useNow';
import { useSession } from '../../ui/session/SessionContext';
import { DestinationFormDialog } from './DestinationFormDialog';
import { DestinationPanel } from './DestinationPanel';
import { ResendDialog } from './ResendDialog';
import './sending.css';

type Dialog = { readonly kind: 'settings'; readonly destination: OutboundDestinationStatus | null } | { readonly kind: 'resend'; readonly message: ParkedMessage } | null;

export function SendingScreen({ client, link, clockOffset }: { client: StationClient; link: LinkState; clockOffset: number }) {
  const { t } = useTranslation();
  const { user, requestSignIn } = useSession();
  const state = useOutbound(client, link, user !== null);
  const now = useStationNow(clockOffset);
  const [dialog, setDialog] = useState<Dialog>(null);
  const admin = user?.role === 'admin';
  const close = () => {
    setDialog(null);
    state.reload();
  };

  const body = () => {
    if (link !== 'open' && link !== 'connecting') {
      return (
        <p className="form-error" data-testid="sending-unreachable">
          {t('sending.unreachable')}
        </p>
      );
    }
    if (user === null) {
      return (
        <p className="notice" data-testid="sending-sign-in-needed">
          {t('sending.signInNeeded')}{' '}
          <button type="button" className="button" onClick={() => void requestSignIn()} data-testid="sending-sign-in">
            {t('sending.signIn')}
          </button>
        </p>
      );
    }
    if (!state.loaded) return <p className="notice">{state.error === null ? t('sending.loading') : t('sending.loadError', { message: state.error })}</p>;
    return (
      <>
        {state.error !== null && <p className="form-error">{t('sending.loadError', { message: state.error })}</p>}
        {state.destinations.length === 0 ? (
          <p className="notice" data-testid="sending-none">
            {t('sending.none')}
          </p>
        ) : (
          state.destinations.map((d) => (
            <DestinationPanel
              key={d.id}
              destination={d}
              parked={state.parked.get(d.id) ?? []}
              now={now}
              onEdit={admin ? () => setDialog({ kind: 'settings', destination: d }) : null}
              onSendAgain={(message) => setDialog({ kind: 'resend', message })}
            />
          ))
        )}
      </>
    );
  };

  return (
    <section className="panel sending" data-testid="sending-screen">
      <div className="panel-head">
        <h2 className="panel-title">{t('sending.title')}</h2>
        {admin && state.loaded && state.destinations.length === 0 && (
          <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'settings', destination: null })} data-testid="destination-add">
            {t('sending.addDestination')}
          </button>
        )}
      </div>
      <p className="field-hint">{t('sending.hint')}</p>
      {body()}
      {dialog?.kind === 'settings' && <DestinationFormDialog client={client} destination={dialog.destination} onClose={close} />}
      {dialog?.kind === 'resend' && <ResendDialog client={client} message={dialog.message} onClose={close} />}
    </section>
  );
}
