// One message: where it came from, what was stored, and the raw text, one segment per line, shown as text only.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hl7MessageDetail } from '../../../../shared/api/methods/hl7';
import type { StationClient } from '../../api/stationClient';
import { segments, splitSegment, visible } from './segments';
import { formatReceived } from './time';
import { useSession } from '../../ui/session/SessionContext';
import { Modal } from '../../ui/Modal';
import { errorMessage } from '../../../../shared/errors';

export function MessageDialog({ client, id, onClose }: { client: StationClient; id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { perform } = useSession();
  const [message, setMessage] = useState<Hl7MessageDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    perform(() => client.call('hl7.message', { id })).then(
      (m) => !cancelled && setMessage(m),
      (e: unknown) => !cancelled && setError(errorMessage(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [client, id, perform]);

  return (
    <Modal title={t('hl7View.detail.title', { id })} onClose={onClose} testId="hl7-message-dialog" wide>
      <div className="dialog-top-actions">
        <button type="button" className="button" onClick={onClose} data-testid="hl7-message-close">
          {t('hl7View.detail.close')}
        </button>
      </div>
      {error !== null && <p className="form-error">{error}</p>}
      {message === null ? (
        error === null && <p className="notice">{t('hl7View.detail.loading')}</p>
      ) : (
        <>
          <dl className="hl7-detail">
            <dt>{t('hl7View.columns.received')}</dt>
            <dd>{formatReceived(message.receivedAt)}</dd>
            <dt>{t('hl7View.columns.type')}</dt>
            <dd>
              {message.messageType ?? '—'} · <code>{message.controlId ?? '—'}</code>
            </dd>
            <dt>{t('hl7View.columns.outcome')}</dt>
            <dd>
              {t(`hl7View.outcomes.${message.outcome}`)}
              {message.reason !== null && ` · ${message.reason}`}
              {message.acks ? ` · ACK ${message.acks}` : ''}
            </dd>
            <dt>{t('hl7View.detail.peer')}</dt>
            <dd>{message.peer}</dd>
            <dt>{t('hl7View.detail.listener')}</dt>
            <dd>{message.listener}</dd>
            <dt>{t('hl7View.detail.charset')}</dt>
            <dd>
              {message.charset ?? '—'}
              {message.charsetNote !== null && <span className="field-hint"> {message.charsetNote}</span>}
            </dd>
            <dt>{t('hl7View.detail.bytes')}</dt>
            <dd>{t('hl7View.detail.bytesValue', { n: message.bytes })}</dd>
            <dt>{t('hl7View.detail.kind')}</dt>
            <dd>{message.kind ?? '—'}</dd>
            <dt>{t('hl7View.detail.stored')}</dt>
            <dd>
              {t('hl7View.detail.storedValue', { vitals: message.vitalsStored, labs: message.labsStored })}
              {message.duplicateOf !== null && <span> · {t('hl7View.detail.duplicateOf', { id: message.duplicateOf })}</span>}
            </dd>
          </dl>
          <h3 className="hl7-raw-title">{t('hl7View.detail.raw')}</h3>
          <ol className="hl7-raw" data-testid="hl7-raw">
            {segments(message.raw).map((line, i) => {
              const { id: seg, rest } = splitSegment(visible(line));
              return (
                <li key={i} className="hl7-segment" data-testid="hl7-segment">
                  <b>{seg}</b>
                  {rest}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Modal>
  );
}
