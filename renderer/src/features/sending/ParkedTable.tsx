// The messages a receiver refused (AR/CR): MSH-10, when queued, the ACK code and the receiver's reason, "Send again".
import { useTranslation } from 'react-i18next';
import type { ParkedMessage } from '../../../../shared/api/methods/outbound';
import { formatSince } from '../../ui/format/time';

export function ParkedTable({ messages, now, onSendAgain }: { messages: readonly ParkedMessage[]; now: number; onSendAgain: (message: ParkedMessage) => void }) {
  const { t } = useTranslation();
  if (messages.length === 0) return <p className="field-hint">{t('sending.parked.none')}</p>;
  return (
    <table className="sending-parked">
      <thead>
        <tr>
          <th scope="col">{t('sending.parked.columns.control')}</th>
          <th scope="col">{t('sending.parked.columns.time')}</th>
          <th scope="col">{t('sending.parked.columns.ack')}</th>
          <th scope="col">{t('sending.parked.columns.reason')}</th>
          <th scope="col">{t('sending.parked.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((m) => (
          <tr key={m.id} data-testid={`parked-row-${m.id}`} data-control-id={m.controlId}>
            <td>
              <code>{m.controlId}</code>
            </td>
            <td>{formatSince(m.createdAt, now)}</td>
            <td>{m.ackCode ?? '—'}</td>
            <td className="sending-reason" data-testid={`parked-reason-${m.id}`}>
              {m.reason ?? <span className="field-hint">{t('sending.parked.noReason')}</span>}
            </td>
            <td>
              <button type="button" className="button button-small" onClick={() => onSendAgain(m)} data-testid={`parked-resend-${m.id}`}>
                {t('sending.parked.sendAgain')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
