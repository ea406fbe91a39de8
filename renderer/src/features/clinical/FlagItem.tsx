// One flag: its priority and title, the engine's explanation, when it was raised (and cleared), its evidence on
// demand, and who acknowledged it, or the Acknowledge action.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagView } from '../../../../shared/api/methods/clinical';
import type { StationClient } from '../../api/stationClient';
import { flagPriority } from './flags';
import { flagTitle } from './flagTitle';
import { formatSince } from '../../ui/format/time';
import { sayOr } from '../../i18n/said';
import { useSession } from '../../ui/session/SessionContext';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { EvidenceList } from './EvidenceList';

export function FlagItem({ client, flag, now }: { client: StationClient; flag: FlagView; now: number }) {
  const { t } = useTranslation();
  const { user, requestSignIn } = useSession();
  const [open, setOpen] = useState(false);
  const [acking, setAcking] = useState(false);
  const priority = flagPriority(flag.code);
  const ack = flag.acknowledged;

  const startAck = async () => {
    if (user === null && (await requestSignIn()) === null) return;
    setAcking(true);
  };

  return (
    <li className={`flag flag-${priority}${ack ? ' flag-acked' : ''}`} data-testid={`flag-${flag.id}`} data-code={flag.code} data-priority={priority} data-cleared={flag.clearedAt !== null} data-acked={ack !== null}>
      <div className="flag-head">
        <span className={`flag-priority priority-${priority}`}>{t(`clinical.flags.priority.${priority}`)}</span>
        <span className="flag-title">{flagTitle(flag.code)}</span>
      </div>
      <p className="flag-explanation">{sayOr(flag.message, flag.explanation)}</p>
      <p className="flag-meta">
        {t('clinical.flags.raised', { time: formatSince(flag.raisedAt, now) })}
        {flag.clearedAt !== null && <span className="flag-cleared"> · {t('clinical.flags.cleared', { time: formatSince(flag.clearedAt, now) })}</span>}
      </p>
      <div className="flag-actions">
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid={`flag-why-${flag.id}`}>
          {open ? t('clinical.flags.hideEvidence') : `${t('clinical.why')} ${t('clinical.flags.evidence')}`}
        </button>
        {ack === null ? (
          <button type="button" className="button button-small" onClick={() => void startAck()} data-testid={`flag-ack-${flag.id}`}>
            {t('clinical.flags.acknowledge')}
          </button>
        ) : (
          <span className="flag-acked-by" data-testid={`flag-acked-${flag.id}`}>
            {t('clinical.flags.acknowledged', { name: ack.by, time: formatSince(ack.at, now) })}
            {ack.note !== null && ack.note !== '' && <span className="flag-note"> · {t('clinical.flags.note', { note: ack.note })}</span>}
          </span>
        )}
      </div>
      {open && <EvidenceList evidence={flag.evidence} testId={`flag-evidence-${flag.id}`} />}
      {acking && <AcknowledgeDialog client={client} flag={flag} onClose={() => setAcking(false)} />}
    </li>
  );
}
