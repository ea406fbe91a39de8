// One destination: connected or not, last ACK, backlog (with the cap warning), totals, and its parked messages.
import { useTranslation } from 'react-i18next';
import type { OutboundDestinationStatus, ParkedMessage } from '../../../../shared/api/methods/outbound';
import { destinationStatus } from './status';
import { ParkedTable } from './ParkedTable';

interface Props {
  readonly destination: OutboundDestinationStatus;
  readonly parked: readonly ParkedMessage[];
  readonly now: number;
  /** Shown to administrators only. */
  readonly onEdit: (() => void) | null;
  readonly onSendAgain: (message: ParkedMessage) => void;
}

export function DestinationPanel({ destination: d, parked, now, onEdit, onSendAgain }: Props) {
  const { t } = useTranslation();
  const status = destinationStatus(d, now);
  return (
    <article className={`sending-destination tone-${status.tone}`} data-testid={`destination-${d.id}`} data-connected={String(d.connected)} data-backlog={d.backlog.count}>
      <div className="panel-head">
        <h3 className="sending-name">
          <span className="status-dot" aria-hidden="true" />
          <code>{d.name}</code> <span data-testid={`destination-connection-${d.id}`}>{status.connection}</span>
        </h3>
        {onEdit && (
          <button type="button" className="button button-small" onClick={onEdit} data-testid={`destination-edit-${d.id}`}>
            {t('sending.editDestination')}
          </button>
        )}
      </div>
      <ul className="sending-facts">
        <li data-testid={`destination-ack-${d.id}`}>{status.lastAck}</li>
        <li data-testid={`destination-backlog-${d.id}`}>{status.backlog}</li>
        <li className="field-hint" data-testid={`destination-totals-${d.id}`}>{t('sending.status.totals', { sent: d.sent, parked: d.parked, expired: d.expired })}</li>
      </ul>
      {status.warning !== null && (
        <p className="sending-warning" role="status" data-testid={`destination-warning-${d.id}`}>
          {status.warning}
        </p>
      )}
      {status.lastError !== null && <p className="field-hint">{t('sending.status.lastError', { error: status.lastError })}</p>}
      <h4 className="sending-subtitle">{t('sending.parked.title')}</h4>
      <ParkedTable messages={parked} now={now} onSendAgain={onSendAgain} />
    </article>
  );
}
