// The archive as a table: receive time, sender, type, control id, patient id, outcome, reason, ACK codes.
import { useTranslation } from 'react-i18next';
import type { Hl7MessageSummary } from '../../../../shared/api/methods/hl7';
import { ackCodes, outcomeTone } from './segments';
import { formatReceived } from './time';

export function MessageTable({ messages, onOpen }: { messages: readonly Hl7MessageSummary[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <table className="hl7-table" data-testid="hl7-table">
      <thead>
        <tr>
          <th scope="col">{t('hl7View.columns.received')}</th>
          <th scope="col">{t('hl7View.columns.sender')}</th>
          <th scope="col">{t('hl7View.columns.type')}</th>
          <th scope="col">{t('hl7View.columns.control')}</th>
          <th scope="col">{t('hl7View.columns.patient')}</th>
          <th scope="col">{t('hl7View.columns.outcome')}</th>
          <th scope="col">{t('hl7View.columns.reason')}</th>
          <th scope="col">{t('hl7View.columns.acks')}</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((m) => {
          const acks = ackCodes(m);
          return (
            <tr key={m.id} className="hl7-row" data-testid="hl7-row" data-outcome={m.outcome}>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(m.id)} aria-label={t('hl7View.open', { id: m.id })} data-testid={`hl7-open-${m.id}`}>
                  {formatReceived(m.receivedAt)}
                </button>
              </td>
              <td>
                {m.sender ?? '—'}
                <div className="field-hint">{m.peer}</div>
              </td>
              <td>{m.messageType ?? '—'}</td>
              <td>
                <code>{m.controlId ?? '—'}</code>
              </td>
              <td>{m.patientId ?? '—'}</td>
              <td>
                <span className={`outcome outcome-${outcomeTone(m.outcome)}`} data-testid="hl7-outcome">
                  {t(`hl7View.outcomes.${m.outcome}`)}
                </span>
              </td>
              <td className="hl7-reason">{m.reason ?? ''}</td>
              <td>{acks.length > 0 ? acks.join(' ') : <span className="field-hint">{t('hl7View.noAck')}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
